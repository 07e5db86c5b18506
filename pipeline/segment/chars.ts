// Character classes the segmenter tests at every position. All checks work on UTF-16 code units
// (or code points where a surrogate pair matters) and never allocate.

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

/**
 * The UTF-16 code units of `text` as an array (one native copy). Hot loops read characters from it:
 * an element of a typed array is one load, where `charCodeAt` first tests which of V8's string
 * layouts it reads from, at every character.
 */
export function codeUnits(text: string): Uint16Array {
  const bytes = Buffer.from(text, 'utf16le');
  return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
}

/** Final consonant (jongseong) indexes used by the ending rules. */
export const JONG = { none: 0, nieun: 4, nieunHieut: 6, rieul: 8, mieum: 16, bieup: 17, bieupSiot: 18, ssangSiot: 20 } as const;

export function isHangulSyllable(code: number): boolean {
  return code >= HANGUL_FIRST && code <= HANGUL_LAST;
}

/** Jongseong index of a Hangul syllable (0 = open syllable), -1 for anything else. */
export function jongOf(code: number): number {
  return isHangulSyllable(code) ? (code - HANGUL_FIRST) % 28 : -1;
}

/** Hangul compatibility jamo typed alone: ㅋㅋ, ㅎㅎ, ㅠㅠ, ㄷㄷ, ㅇㅇ. */
export function isLoneJamo(code: number): boolean {
  return code >= 0x3131 && code <= 0x318e;
}

export function isHangul(code: number): boolean {
  return isHangulSyllable(code) || isLoneJamo(code) || (code >= 0x1100 && code <= 0x11ff);
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export function isAsciiUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

export function isAsciiAlnum(code: number): boolean {
  return isAsciiDigit(code) || isAsciiLetter(code);
}

/** Whitespace, including the invisible characters scraped text carries (ZWSP, BOM, NBSP). */
export function isSpace(code: number): boolean {
  return (CHAR_CLASS[code]! & CharClass.space) !== 0;
}


export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x85;
}

/** Characters that end a sentence: . ? ! … ‥ and their full-width and CJK forms. */
export function isTerminal(code: number): boolean {
  return (CHAR_CLASS[code]! & CharClass.terminal) !== 0;
}


export function isPeriod(code: number): boolean {
  return code === 0x2e || code === 0xff0e || code === 0x3002;
}

export function isEllipsisChar(code: number): boolean {
  return code === 0x2026 || code === 0x2025;
}

/** Emoji and pictographs, by code point (call with codePointAt). */
export function isEmoji(cp: number): boolean {
  return (
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    (cp >= 0x2600 && cp <= 0x27bf) ||
    (cp >= 0x2b00 && cp <= 0x2bff) ||
    cp === 0xfe0f ||
    cp === 0x200d ||
    cp === 0x2764 ||
    cp === 0x2665 ||
    cp === 0x2661 ||
    cp === 0x2606 ||
    cp === 0x2605 ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f)
  );
}

/** Laughter and crying written with jamo or symbols: ㅋ ㅎ ㅠ ㅜ ㄷ ㅡ, ^ ; ~ ♡ ♥. */
export function isEmoticonChar(code: number): boolean {
  return (CHAR_CLASS[code]! & CharClass.emoticon) !== 0;
}


/** Length in code units of the emoji or emoticon character at `index`, 0 if none. */
export function decorationLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const flags = CHAR_CLASS[code]!;
  if ((flags & CharClass.decoration) === 0) return 0;
  if (flags & CharClass.emoticon) return 1;
  const cp = text.codePointAt(index)!;
  if (isEmoji(cp)) return cp > 0xffff ? 2 : 1;
  return 0;
}

/** Bit flags of `CHAR_CLASS`: what the splitter's main loop must look at. 0 means "nothing". */
export const CharClass = {
  space: 1,
  terminal: 2,
  quote: 4,
  decoration: 8,
  tilde: 16,
  urlStart: 32,
  /** Not read by the main loop: backs `isEmoticonChar`. */
  emoticon: 128,
} as const;

type CodeRanges = ReadonlyArray<readonly [number, number] | number>;

/** Whitespace, including the invisible characters scraped text carries (ZWSP, BOM, NBSP). */
export const SPACE_CODES: CodeRanges = [0x20, [0x09, 0x0d], 0xa0, 0x3000, [0x200b, 0x200d], 0x2060, 0xfeff, 0x85, 0x1680, [0x2000, 0x200a], 0x2028, 0x2029, 0x202f, 0x205f, [0x1c, 0x1f]];
/** Laughter and crying written with jamo or symbols: ㅋ ㅎ ㅠ ㅜ ㄷ ㅡ, ^ ; ~ ♡ ♥. */
export const EMOTICON_CODES: CodeRanges = [[0x3131, 0x318e], 0x5e, 0x3b, 0x7e, 0xff5e, 0x223c, 0x2661, 0x2665, 0x2606, 0x2605, 0x5f, 0x2312, 0x25bd];
/** Emoticons, surrogates (emoji beyond the BMP) and the BMP part of `isEmoji`. */
export const DECORATION_CODES: CodeRanges = [...EMOTICON_CODES, [0xd800, 0xdfff], [0x2600, 0x27bf], [0x2b00, 0x2bff], 0xfe0f, 0x200d];

/** Sentence punctuation: . ? ! … ‥ 。 ． ？ ！ ‼ ⁇ ⁈ ⁉ (`isTerminal`). */
export const TERMINAL_CODES: CodeRanges = [0x2e, 0x3f, 0x21, 0x2026, 0x2025, 0x3002, 0xff0e, 0xff1f, 0xff01, 0x203c, [0x2047, 0x2049]];

/** The codes of `ranges` as a regular-expression character class (`[\u002e…]`). */
export function codeClass(ranges: CodeRanges): string {
  const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
  return `[${ranges.map((range) => (typeof range === 'number' ? hex(range) : `${hex(range[0])}-${hex(range[1])}`)).join('')}]`;
}

/** Sets `table[code]` to `value` for every code in `ranges` (a fill per range: start-up time counts). */
export function fillCodes(table: Uint8Array, value: number, ranges: CodeRanges): Uint8Array {
  for (const range of ranges) {
    if (typeof range === 'number') table[range] = value;
    else table.fill(value, range[0], range[1] + 1);
  }
  return table;
}

/** Class of every UTF-16 code unit, so the main loop costs one lookup per character. */
export const CHAR_CLASS: Uint8Array = (() => {
  // Filled from lists of codes and ranges, not by testing all 65,536 codes: start-up time counts.
  const table = new Uint8Array(0x10000);
  const mark = (flags: number, ranges: CodeRanges) => {
    for (const range of ranges) {
      const [first, last] = typeof range === 'number' ? [range, range] : range;
      for (let code = first; code <= last; code++) table[code]! |= flags;
    }
  };
  mark(CharClass.space, SPACE_CODES);
  mark(CharClass.terminal, TERMINAL_CODES);
  mark(CharClass.emoticon, EMOTICON_CODES);
  mark(CharClass.decoration, DECORATION_CODES);
  mark(CharClass.tilde, [0x7e, 0xff5e, 0x223c]);
  mark(CharClass.urlStart, [0x68, 0x77]);
  return table;
})();
