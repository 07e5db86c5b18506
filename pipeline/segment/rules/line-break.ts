// A line break ends a sentence, except in hard-wrapped prose: a line that stops on a particle or
// a connective ("…금융 비용이\n크게 줄어들 것으로…"), or a long line that stops mid-phrase.
// Headlines and list items (short lines ending in a noun) stay sentences of their own.
import type { SegmentRule } from '../types.js';
import { isSpace, isLineBreak } from '../chars.js';
import { CLOSERS, SYMMETRIC } from '../pairs.js';
import { CONNECTIVE_SYLLABLES, PARTICLE_SYLLABLES } from '../lang/ko.js';
import { startsListItem } from './list-marker.js';

/** A line at least this long that ends without an ending or punctuation is taken as wrapped. */
const WRAPPED_LINE_LENGTH = 40;

export const lineBreak: SegmentRule = {
  id: 'line-break',
  description: 'A line break ends the sentence (always with splitLines; otherwise unless the line stops mid-clause).',
  kinds: ['punctuation', 'quote-end', 'space', 'line-break'],
  decide(c) {
    // Only line breaks concern this rule.
    if (!c.newline) return undefined;
    if (c.splitLines || c.kind === 'punctuation' || c.kind === 'quote-end') return 'cut';
    if (startsListItem(c.text, c.next, c.limit)) return 'cut';
    if (c.ending.strength !== 'none') return 'cut';
    const last = c.text.charCodeAt(c.end - 1);
    if (CLOSERS.has(last) || SYMMETRIC.has(last)) return 'cut';
    const word = c.word;
    const lastSyllable = word[word.length - 1] ?? '';
    // …비용이 / …늘어나고: a particle or a connective at the line end means the clause goes on.
    if (word.length >= 2 && (PARTICLE_SYLLABLES.has(lastSyllable) || CONNECTIVE_SYLLABLES.has(lastSyllable) || lastSyllable === '고' || lastSyllable === '며')) return 'hold';
    if (last === 0x2c) return 'hold';
    let lineStart = c.end;
    while (lineStart > c.sentenceStart && !isLineBreak(c.text.charCodeAt(lineStart - 1))) lineStart--;
    while (lineStart < c.end && isSpace(c.text.charCodeAt(lineStart))) lineStart++;
    return c.end - lineStart < WRAPPED_LINE_LENGTH ? 'cut' : 'hold';
  },
};
