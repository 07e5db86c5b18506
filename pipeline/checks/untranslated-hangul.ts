// @fileoverview Hangul left in the English. A name or term given in parentheses after its English,
// `Lee Jae-myung (이재명)` or `jeong (정, affection)`, is allowed.
import type { Check } from './types.js';
import { HANGUL, HANGUL_RUN, comparable } from '../validate/text.js';

export const meta = {
  type: 'error',
  docs: { description: 'Korean text is left in the English, outside a parenthesised gloss.' },
  messages: {
    hangul: 'Korean left untranslated in the English: "{{text}}".',
  },
} satisfies Check['meta'];

/** Longest Hangul gloss accepted inside parentheses, in characters. */
const MAX_GLOSS = 20;
/** Longest Hangul word accepted inside quotes, in syllables. */
const MAX_QUOTED = 5;

export function create(context: Parameters<Check['create']>[0]): ReturnType<Check['create']> {
  return {
    pair({ ko, en }) {
      if (!HANGUL.test(en)) return;
      // The whole English equal to the Korean is identical-to-source's finding.
      if (comparable(ko) === comparable(en)) return;
      for (const match of en.matchAll(HANGUL_RUN)) {
        const start = match.index;
        const end = start + match[0].length;
        if (insideGloss(en, start, end)) continue;
        context.report({ messageId: 'hangul', data: { text: match[0] }, side: 'en', range: [start, end] });
      }
    },
  };
}

/** Inside `( … )`, `[ … ]` or quotes, short, with Latin text outside: a gloss or a quoted Korean word. */
function insideGloss(text: string, start: number, end: number): boolean {
  if (!/[A-Za-z]{2}/.test(text.slice(0, start) + text.slice(end))) return false;
  for (const [open, close] of GLOSS_MARKS) {
    const at = text.lastIndexOf(open, start - 1);
    if (at < 0) continue;
    const closing = text.indexOf(close, end);
    if (closing < 0) continue;
    const inside = text.slice(at + 1, closing);
    // The marks must enclose this run and nothing long: `(이재명)`, `"정" (jeong)`.
    if (text.slice(at + 1, start).includes(close) && open !== close) continue;
    const hangul = (inside.match(HANGUL_RUN) ?? []).join('').replace(/\s/g, '').length;
    // In quotes, only a word ("정", "빨리빨리"); a quoted Korean sentence is untranslated speech.
    const limit = open === '(' || open === '[' || open === '（' ? MAX_GLOSS : MAX_QUOTED;
    if (hangul <= limit && inside.length <= limit + 20) return true;
  }
  return false;
}

const GLOSS_MARKS: [string, string][] = [
  ['(', ')'],
  ['[', ']'],
  ['（', '）'],
  ['“', '”'],
  ['‘', '’'],
  ['"', '"'],
  ["'", "'"],
];
