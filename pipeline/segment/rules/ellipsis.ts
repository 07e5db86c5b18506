// An ellipsis (…, ‥, .., ...) trails off mid-sentence after a conjunction or a noun with its
// particle (`그런데..... 양이.... 어마어마 하쥬...`), and ends the sentence after a final or a
// trailing connective ending (`뻔한 거 같고.. 원래…`).
import type { SegmentRule } from '../types.js';
import { isEllipsisChar, isPeriod } from '../chars.js';
import { CONJUNCTIONS, TRAILING_CONNECTIVES } from '../lang/ko.js';
import { endsWithHangul } from '../words.js';

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
  description: 'An ellipsis after a conjunction or a noun phrase does not end the sentence; after an ending it does.',
  kinds: ['punctuation'],
  decide(c) {
    // Only ellipses after a Hangul word.
    if (!isEllipsisMark(c.mark) || !endsWithHangul(c.word)) return undefined;
    if (c.ending.strength !== 'none') return undefined;
    if (c.end > c.markEnd) return undefined; // emoticons after it: 맛있다…ㅠㅠ
    if (CONJUNCTIONS.has(c.word)) return 'hold';
    for (const ending of TRAILING_CONNECTIVES) if (c.word.endsWith(ending) && c.word.length > ending.length - 1) return undefined;
    return 'hold';
  },
};
