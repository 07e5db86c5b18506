// An ellipsis (…, ‥, .., ...) trails off mid-sentence after a conjunction or a word carrying a
// particle or a connective ending (`그런데..... 양이.... 어마어마 하쥬...`, `못하지만... 해물라면`),
// and ends the sentence after a final ending or a bare noun (`개뿔... 다음`).
import type { SegmentRule } from '../types.js';
import { isEllipsisChar, isPeriod } from '../chars.js';
import { CONJUNCTIONS, CONNECTIVE_SYLLABLES, PARTICLE_SYLLABLES } from '../lang/ko.js';
import { endsWithHangul } from '../words.js';

const SYMMETRIC_OR_QUOTE = /^["“‘'「『]$/;

export function isEllipsisMark(mark: string): boolean {
  let periods = 0;
  for (let k = 0; k < mark.length; k++) {
    const code = mark.charCodeAt(k);
    if (isEllipsisChar(code)) periods += 2;
    else if (isPeriod(code)) periods++;
    else return false;
  }
  return periods >= 2;
}

export const ellipsis: SegmentRule = {
  id: 'ellipsis',
  description: 'An ellipsis after a conjunction or a word with a particle (그런데…, 양이…) does not end the sentence.',
  kinds: ['punctuation'],
  decide(c) {
    // Only ellipses after a Hangul word with no final ending.
    if (!isEllipsisMark(c.mark) || !endsWithHangul(c.word) || c.ending.strength !== 'none') return undefined;
    if (c.end > c.markEnd) return undefined; // emoticons after it: 맛있다…ㅠㅠ
    if (CONJUNCTIONS.has(c.word)) return 'hold';
    // 둘러보고... "아저씨, …": direct speech after the ellipsis starts a new sentence.
    if (c.pairs.has(c.next) && SYMMETRIC_OR_QUOTE.test(c.text[c.next]!)) return undefined;
    // 양이…, 없다는…, 못하지만…, 사면…: a particle or a connective ending waits for the rest.
    if (c.word.length >= 2 && (PARTICLE_SYLLABLES.has(c.word[c.word.length - 1]!) || CONNECTIVE_SYLLABLES.has(c.word[c.word.length - 1]!))) return 'hold';
    return undefined;
  },
};
