// Numbers: decimals and dotted dates are not sentence ends (3.14, 1.5배, 3.1운동, 2019. 7. 1.).
// Counterexample: "매출은 1000억 원이다. 2020년에는…" ends after 이다, not inside a number.
import type { SegmentRule } from '../types.js';
import { isAsciiDigit, isSpace } from '../chars.js';

/** A weekday in brackets after a dotted date: (금), (화요일), (토·일). */
const WEEKDAY = /^\([월화수목금토일](?:요일)?(?:[·,~-][월화수목금토일])?\)/;

/** A time of day: 10:00, 9:30, 14시. */
const TIME_OF_DAY = /^\d{1,2}(?::\d{2}|시)/;

function allDigits(token: string): boolean {
  if (token.length === 0) return false;
  for (let k = 0; k < token.length; k++) if (!isAsciiDigit(token.charCodeAt(k))) return false;
  return true;
}

export const number: SegmentRule = {
  id: 'number',
  description: 'A period between digits (3.14, 6.13 지방선거), in a dotted date (2019. 7. 1.) before a weekday (2.14.(금) 18시) or before a time (8.11. 10:00부터) does not end a sentence.',
  kinds: ['punctuation'],
  decide(c) {
    // Only a single period after a digit.
    if (c.mark !== '.' && c.mark !== '．') return undefined;
    if (!isAsciiDigit(c.text.charCodeAt(c.markStart - 1))) return undefined;
    const after = c.next < c.limit ? c.text.charCodeAt(c.next) : 0;
    if (!c.spaced && isAsciiDigit(after)) return 'hold';
    // 2.14.(금) 18:00까지, 12.3.(수) 14시: a date with its weekday in brackets.
    if (c.text.charCodeAt(c.markEnd) === 0x28 && WEEKDAY.test(c.text.slice(c.markEnd, c.markEnd + 6)) && !c.newline) return 'hold';
    // 1. 목적 2. 범위: a list number in the middle of a line.
    if (c.spaced && c.token.length <= 3 && allDigits(c.token) && c.markStart - c.token.length > c.sentenceStart && isSpace(c.text.charCodeAt(c.markStart - c.token.length - 1)) && !c.newline) return 'hold';
    // 8.11. 10:00부터, 3.2. 14시: a dotted month and day before the time of day.
    if (c.spaced && !c.newline && /^\d{1,2}\.\d{1,2}$/.test(c.token) && TIME_OF_DAY.test(c.text.slice(c.next, c.next + 6))) return 'hold';
    // 2023.12.31. 기준: a date written with dots.
    if (/^\d{2,4}\.\d{1,2}\.\d{1,2}$/.test(c.token) && !c.newline) return 'hold';
    if (!allDigits(c.token) || c.token.length > 4 || c.newline) return undefined;
    // 2019. 7. 1. — a digit group followed by another digit group.
    if (c.spaced && isAsciiDigit(after)) return 'hold';
    // …the closing "1." of a dotted date: the token before was also "NN.".
    const before = c.text.slice(Math.max(c.sentenceStart, c.markStart - c.token.length - 8), c.markStart - c.token.length);
    if (/\d{1,4}\.\s*$/.test(before)) return 'hold';
    return undefined;
  },
};
