// List numbers and bullets: the period of "1." or "가." opening an item is not a sentence end,
// and a new item starts a new sentence. Counterexample: "총 1. 5배" is not a list (it is mid-sentence).
import type { Candidate, SegmentRule } from '../types.js';
import { isAsciiDigit, isAsciiLetter, isSpace } from '../chars.js';
import { BULLETS, HANGUL_LIST_MARKERS } from '../lang/ko.js';

const ROMAN = /^(?:[ivx]{1,5}|[IVX]{1,5})$/;
const CIRCLED_FIRST = 0x2460; // ①
const CIRCLED_LAST = 0x24ff;

/** `token` (without its period) can number a list item: 1, 12, 가, iv, B. */
export function isListNumber(token: string): boolean {
  if (token.length === 0 || token.length > 4) return false;
  let digits = true;
  for (let k = 0; k < token.length; k++) if (!isAsciiDigit(token.charCodeAt(k))) digits = false;
  if (digits) return token.length <= 3;
  if (token.length === 1 && (HANGUL_LIST_MARKERS.has(token) || isAsciiLetter(token.charCodeAt(0)))) return true;
  return ROMAN.test(token);
}

/** The kind of list marker at `index` (`digit`, `circled`, `hangul`, `roman`, `letter`, `bullet`), if one opens an item there. */
export function listMarkerKind(text: string, index: number, limit: number): string | undefined {
  if (!startsListItem(text, index, limit)) return undefined;
  const code = text.charCodeAt(index);
  if (BULLETS.has(text[index]!)) return `bullet${text[index]}`;
  if (code >= CIRCLED_FIRST && code <= CIRCLED_LAST) return 'circled';
  if (isAsciiDigit(code)) return `digit${text[index + 1] === ')' || text[index + 2] === ')' || text[index + 3] === ')' ? ')' : '.'}`;
  if (HANGUL_LIST_MARKERS.has(text[index]!)) return 'hangul';
  return ROMAN.test(text.slice(index, text.indexOf('.', index))) ? 'roman' : 'letter';
}

/** A list item starts at `index`: a bullet, a circled number, or "1." / "1)" / "가." followed by a space. */
export function startsListItem(text: string, index: number, limit: number): boolean {
  if (index >= limit) return false;
  const code = text.charCodeAt(index);
  const start = LIST_FIRST[code]!;
  if (start === 0) return false;
  if (start === BULLET) return index + 1 < limit && isSpace(text.charCodeAt(index + 1));
  if (start === CIRCLED) return true;
  let k = index;
  while (k < limit && k - index < 4 && !isSpace(text.charCodeAt(k)) && text.charCodeAt(k) !== 0x2e && text.charCodeAt(k) !== 0x29) k++;
  if (k >= limit || (text.charCodeAt(k) !== 0x2e && text.charCodeAt(k) !== 0x29)) return false;
  return k + 1 < limit && isSpace(text.charCodeAt(k + 1)) && isListNumber(text.slice(index, k));
}

const BULLET = 1;
const CIRCLED = 2;
const NUMBER_FIRST = 3;
/** What a character can open: a bullet, a circled number, or a list number (digit, 가 나 다…, Latin letter). */
const LIST_FIRST: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0x30; code <= 0x39; code++) table[code] = NUMBER_FIRST;
  for (let code = 0x41; code <= 0x5a; code++) table[code] = NUMBER_FIRST;
  for (let code = 0x61; code <= 0x7a; code++) table[code] = NUMBER_FIRST;
  for (const marker of HANGUL_LIST_MARKERS) table[marker.charCodeAt(0)] = NUMBER_FIRST;
  for (let code = CIRCLED_FIRST; code <= CIRCLED_LAST; code++) table[code] = CIRCLED;
  for (const bullet of BULLETS) if (bullet.length === 1) table[bullet.charCodeAt(0)] = BULLET;
  return table;
})();

/** Cheap test before reading the token: the character before the period can end a list number. */
function mayEndListNumber(c: Candidate): boolean {
  if (c.markStart <= c.sentenceStart) return false;
  const code = c.text.charCodeAt(c.markStart - 1);
  if (LIST_FIRST[code] !== NUMBER_FIRST) return false;
  if (isAsciiDigit(code) || isAsciiLetter(code)) return true;
  // 가. 나.: a Hangul marker is the whole token.
  return c.markStart - 1 === c.sentenceStart || isSpace(c.text.charCodeAt(c.markStart - 2));
}

export const listMarker: SegmentRule = {
  id: 'list-marker',
  description: 'The period after a list number ("1. 서론", "가. 목적", and "2." inside a line that opened with one) does not end the sentence.',
  kinds: ['punctuation'],
  decide(c) {
    // Only a lone period right after a list number.
    if (c.markEnd - c.markStart !== 1 || c.text.charCodeAt(c.markStart) !== 0x2e || !mayEndListNumber(c)) return undefined;
    if (!isListNumber(c.token)) return undefined;
    const tokenStart = c.markStart - c.token.length;
    if (tokenStart === c.sentenceStart) return 'hold';
    // 가. 목적 나. 범위: the next number of a list that opened the sentence.
    return isSpace(c.text.charCodeAt(tokenStart - 1)) && listMarkerKind(c.text, c.sentenceStart, c.limit) !== undefined ? 'hold' : undefined;
  },
};
