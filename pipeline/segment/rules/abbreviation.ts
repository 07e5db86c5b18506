// Latin abbreviations and initials: "Mr. Kim", "U.S. 정부", "No. 1", "vs. 일본", "J. K. 롤링".
// Counterexample: "He left. 그리고" — an ordinary English word before the period ends the sentence.
import type { SegmentRule } from '../types.js';
import { isAsciiLetter, isAsciiUpper } from '../chars.js';
import { ABBREVIATIONS, PREPOSITIVE_ABBREVIATIONS } from '../lang/ko.js';

const DOTTED = /^(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}$/;

export const abbreviation: SegmentRule = {
  id: 'abbreviation',
  description: 'The period of an abbreviation or initial (Mr., U.S., p.m., No. 1, vs., etc.) does not end the sentence.',
  kinds: ['punctuation'],
  decide(c) {
    // Only a single period after Latin letters.
    if (c.markEnd - c.markStart !== 1 || !isAsciiLetter(c.text.charCodeAt(c.markStart - 1)) || c.mark !== '.') return undefined;
    const word = c.word.replace(/^.*[^A-Za-z.]/, '');
    const lower = word.toLowerCase();
    const after = c.next < c.limit ? c.text.charCodeAt(c.next) : 0;
    if (PREPOSITIVE_ABBREVIATIONS.has(lower)) return 'hold';
    if (ABBREVIATIONS.has(lower) || DOTTED.test(word)) {
      // "…etc. The" — an English sentence starts after it.
      return c.spaced && isAsciiUpper(after) && !DOTTED.test(word) ? undefined : 'hold';
    }
    if (word.length === 1 && isAsciiUpper(word.charCodeAt(0))) return 'hold';
    return undefined;
  },
};
