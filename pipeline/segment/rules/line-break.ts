// A line break ends a sentence, except in hard-wrapped prose: a long line that stops mid-clause.
// Counterexample kept together: "…정부는 이번 조치로 수출 기업의 부담이\n크게 줄어들 것으로 보고 있다."
import type { SegmentRule } from '../types.js';
import { isSpace, isLineBreak } from '../chars.js';
import { CLOSERS, SYMMETRIC } from '../pairs.js';
import { startsListItem } from './list-marker.js';

/** A line at least this long that ends without an ending or punctuation is taken as wrapped. */
const WRAPPED_LINE_LENGTH = 40;

export const lineBreak: SegmentRule = {
  id: 'line-break',
  description: 'A line break ends the sentence (always with splitLines; otherwise unless a long line stops mid-clause).',
  kinds: ['punctuation', 'quote-end', 'space', 'line-break'],
  decide(c) {
    // Only line breaks concern this rule.
    if (!c.newline) return undefined;
    if (c.splitLines || c.kind === 'punctuation' || c.kind === 'quote-end') return 'cut';
    if (startsListItem(c.text, c.next, c.limit)) return 'cut';
    if (c.ending.strength !== 'none') return 'cut';
    const last = c.text.charCodeAt(c.end - 1);
    if (CLOSERS.has(last) || SYMMETRIC.has(last)) return 'cut';
    let lineStart = c.end;
    while (lineStart > c.sentenceStart && !isLineBreak(c.text.charCodeAt(lineStart - 1))) lineStart--;
    while (lineStart < c.end && isSpace(c.text.charCodeAt(lineStart))) lineStart++;
    if (c.end - lineStart < WRAPPED_LINE_LENGTH && last !== 0x2c) return 'cut';
    return 'hold';
  },
};
