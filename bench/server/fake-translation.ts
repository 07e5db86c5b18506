// The bench server's stand-in for a translation: deterministic, about as many tokens as real
// English would be, and carrying a hash of the Korean it was made for, so the bench can tell a
// translation attached to the wrong sentence (a wrong pair) from a right one.
import { createHash } from 'node:crypto';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';

const WORDS = (
  'the government said on monday that it would expand support for small businesses and households ' +
  'affected by rising prices while officials expect growth to slow in the second half of the year ' +
  'analysts warned that exports could weaken as demand from china and the united states cools ' +
  'the president met the prime minister to discuss trade security technology and energy cooperation'
).split(' ');

/** English tokens per Korean token (o200k), roughly what real news translations show. */
export const ENGLISH_PER_KOREAN_TOKEN = 0.85;

export function sourceTag(ko: string): string {
  return createHash('sha256').update(ko.normalize('NFC')).digest('hex').slice(0, 8);
}

export function fakeTranslate(ko: string): string {
  const tag = sourceTag(ko);
  const target = Math.max(3, Math.round(countTokens(ko) * ENGLISH_PER_KOREAN_TOKEN) - 6);
  let state = parseInt(tag, 16) >>> 0;
  const words: string[] = [];
  for (let i = 0; i < target; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    words.push(WORDS[state % WORDS.length]!);
  }
  return `[${tag}] ${words.join(' ')}.`;
}

const CLEAN = /^\[([0-9a-f]{8})\] [a-z]+(?: [a-z]+)*\.$/;

export type Verdict = 'missing' | 'right' | 'wrong-pair' | 'corrupt';

/** Judge one output line: no English, the right pair, someone else's English, or damaged text. */
export function judge(ko: string, en: string | null): Verdict {
  if (en === null) return 'missing';
  const match = CLEAN.exec(en);
  if (!match) return 'corrupt';
  return match[1] === sourceTag(ko) ? 'right' : 'wrong-pair';
}
