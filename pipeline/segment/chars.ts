// Character classes the segmenter tests at every position. All checks work on UTF-16 code units
// (or code points where a surrogate pair matters) and never allocate.

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

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

function spaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x200b ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0x2060 ||
    code === 0xfeff ||
    code === 0x85 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    (code >= 0x1c && code <= 0x1f)
  );
}

export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x85;
}

/** Characters that end a sentence: . ? ! … ‥ and their full-width and CJK forms. */
export function isTerminal(code: number): boolean {
  return (CHAR_CLASS[code]! & CharClass.terminal) !== 0;
}

function terminalCode(code: number): boolean {
  return (
    code === 0x2e || // .
    code === 0x3f || // ?
    code === 0x21 || // !
    code === 0x2026 || // … ellipsis
    code === 0x2025 || // ‥ two-dot leader
    code === 0x3002 || // 。 ideographic full stop
    code === 0xff0e || // ． full-width full stop
    code === 0xff1f || // ？
    code === 0xff01 || // ！
    code === 0x203c || // ‼
    code === 0x2047 || // ⁇
    code === 0x2048 || // ⁈
    code === 0x2049 //  ⁉
  );
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

function emoticonCode(code: number): boolean {
  return (
    isLoneJamo(code) ||
    code === 0x5e || // ^
    code === 0x3b || // ;
    code === 0x7e || // ~
    code === 0xff5e || // ～
    code === 0x223c || // ∼
    code === 0x2661 ||
    code === 0x2665 ||
    code === 0x2606 ||
    code === 0x2605 ||
    code === 0x5f || // _ as in ^_^ and T_T
    code === 0x2312 || // ⌒
    code === 0x25bd // ▽
  );
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

/** Class of every UTF-16 code unit, so the main loop costs one lookup per character. */
export const CHAR_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    let flags = 0;
    if (spaceCode(code)) flags |= CharClass.space;
    if (terminalCode(code)) flags |= CharClass.terminal;
    if (emoticonCode(code)) flags |= CharClass.emoticon;
    if (emoticonCode(code) || (code >= 0xd800 && code <= 0xdfff) || isEmoji(code)) flags |= CharClass.decoration;
    if (code === 0x7e || code === 0xff5e || code === 0x223c) flags |= CharClass.tilde;
    if (code === 0x68 || code === 0x77) flags |= CharClass.urlStart;
    table[code] = flags;
  }
  return table;
})();
