// Matches quotes and brackets in one pass so the splitter can hold a quoted or bracketed stretch
// together: `"…했다. …한다"라고 말했다` and `주식입니다(소각주식수 제외).` stay one sentence.
// A quote or bracket with no partner (or one too far away) is treated as plain text, so one
// stray `"` cannot swallow a paragraph.
import { codeUnits, isAsciiAlnum, isAsciiDigit, isAsciiLetter, isHangulSyllable } from './chars.js';

/** Opening character → the closing character it pairs with. */
export const OPENERS: ReadonlyMap<number, number> = new Map(
  [
    ['(', ')'], ['[', ']'], ['{', '}'], ['（', '）'], ['［', '］'], ['｛', '｝'], ['【', '】'], ['〔', '〕'], ['〖', '〗'], ['〘', '〙'],
    ['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』'], ['《', '》'], ['〈', '〉'], ['<', '>'], ['＜', '＞'], ['«', '»'], ['‹', '›'], ['„', '“'],
  ].map(([open, close]) => [open!.charCodeAt(0), close!.charCodeAt(0)]),
);

export const CLOSERS: ReadonlySet<number> = new Set([...OPENERS.values()]);

/** Quotes that open and close with the same character: " ' ` ″ ＂ ＇ 〃. */
export const SYMMETRIC: ReadonlySet<number> = new Set([0x22, 0x27, 0x60, 0x2033, 0xff02, 0xff07, 0x3003]);

/** Bits of `QUOTE_KIND`. */
export const QuoteKind = { opener: 1, closer: 2, symmetric: 4 } as const;

/** What every UTF-16 code unit is as a quote or bracket (0: none), so hot paths test one byte, not a Set. */
export const QUOTE_KIND: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const code of OPENERS.keys()) table[code]! |= QuoteKind.opener;
  for (const code of CLOSERS) table[code]! |= QuoteKind.closer;
  for (const code of SYMMETRIC) table[code]! |= QuoteKind.symmetric;
  return table;
})();

const QUOTE_TABLE = QUOTE_KIND;

export function isQuoteOrBracket(code: number): boolean {
  return (QUOTE_TABLE[code] ?? 0) !== 0;
}

export function isCloser(code: number): boolean {
  return ((QUOTE_KIND[code] ?? 0) & QuoteKind.closer) !== 0;
}

export function isSymmetric(code: number): boolean {
  return ((QUOTE_KIND[code] ?? 0) & QuoteKind.symmetric) !== 0;
}

/** How far down the stack a closer looks for its opener. */
const SEARCH_DEPTH = 8;

/**
 * Returns opener index → closer index for every matched pair in `text[from, to)` no longer than
 * `maxLength` code units. `'` between letters (don't, it's) and before a two-digit year ('90년대)
 * is an apostrophe, not a quote.
 */
export function matchPairs(text: string, from: number, to: number, maxLength: number, codes: Uint16Array = codeUnits(text)): Map<number, number> {
  const pairs = new Map<number, number>();
  stack.pairs = pairs;
  stack.maxLength = maxLength;
  stack.depth = 0;
  for (let i = from; i < to; i++) {
    // (Read from the code units, `codes`: a load per character instead of a `charCodeAt`.)
    const code = codes[i]!;
    const kind = QUOTE_TABLE[code]!;
    if (kind === 0) continue;
    if (kind & QuoteKind.closer) {
      // “ opens, but it also closes „ (German low quote): the closer search runs first for it, and
      // when it closes nothing it opens below. (One call site each for closing and opening: a call
      // or a test first made long after V8 optimized this loop would throw that code away.)
      const alsoOpens = (kind & QuoteKind.opener) !== 0;
      if (closeFromStack(i, code) || !alsoOpens) continue;
    }
    if (kind & QuoteKind.opener) {
      push(i, CLOSER_OF[code]!);
      continue;
    }
    if (code === 0x27 && isApostrophe(text, i, from, to)) continue;
    if (!closeFromStack(i, code)) push(i, code);
  }
  stack.pairs = NO_PAIRS;
  return pairs;
}

/** The open marks of the current `matchPairs` call (module state: no closure per call). */
const NO_PAIRS = new Map<number, number>();
const stack = { pairs: NO_PAIRS, maxLength: 0, depth: 0 };

/** Opens a mark at `index` that `close` will close. */
function push(index: number, close: number): void {
  STACK_INDEX[stack.depth] = index;
  STACK_CLOSE[stack.depth++] = close;
}

/** Closes the nearest open mark waiting for `code` (looking SEARCH_DEPTH deep), and every mark above it. */
function closeFromStack(index: number, code: number): boolean {
  const bottom = Math.max(0, stack.depth - SEARCH_DEPTH);
  for (let k = stack.depth - 1; k >= bottom; k--) {
    if (STACK_CLOSE[k] !== code) continue;
    const open = STACK_INDEX[k]!;
    stack.depth = k;
    if (index - open <= stack.maxLength) stack.pairs.set(open, index);
    return true;
  }
  return false;
}

/** The stack, reused across calls (it only grows); `depth` marks its top. */
const STACK_INDEX: number[] = [];
const STACK_CLOSE: number[] = [];

/** The closing character of each opener (OPENERS as a table). */
const CLOSER_OF: Uint16Array = (() => {
  const table = new Uint16Array(0x10000);
  for (const [open, close] of OPENERS) table[open] = close;
  return table;
})();

function isApostrophe(text: string, i: number, from: number, to: number): boolean {
  const before = i > from ? text.charCodeAt(i - 1) : 0x20;
  const after = i + 1 < to ? text.charCodeAt(i + 1) : 0x20;
  if (isAsciiLetter(before) && isAsciiAlnum(after)) return true;
  // '90년대, '24 시즌: a year cut to two digits.
  if (isAsciiDigit(after) && i + 2 < to && isAsciiDigit(text.charCodeAt(i + 2))) {
    const third = i + 3 < to ? text.charCodeAt(i + 3) : 0x20;
    return !isAsciiDigit(third) && third !== 0x27 && (isHangulSyllable(third) || third === 0x20 || third === 0x2c || third === 0x2e);
  }
  return false;
}
