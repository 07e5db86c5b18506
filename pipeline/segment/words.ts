// Reading words around a possible boundary: the word before it (with and without the quotes,
// brackets and emoticons stuck to it) and the word after it.
import { EMOTICON_CODES, JONG, SPACE_CODES, TERMINAL_CODES, decorationLength, fillCodes, isEmoticonChar, isHangulSyllable, isLineBreak, isLoneJamo, isSpace, isTerminal, jongOf } from './chars.js';
import { classifyEndingIn } from './endings.js';
import type { Candidate } from './types.js';
import { CLOSERS, OPENERS, QUOTE_KIND, QuoteKind, SYMMETRIC, isQuoteOrBracket } from './pairs.js';
import { CLOSING_REACTION_JAMO, CONTINUATION_PREFIXES, CONTINUATION_WORDS, REACTION_JAMO } from './lang/ko.js';

/** Longest stretch read back for the word before a mark; longer runs without a space are not words. */
export const MAX_TOKEN_LENGTH = 64;

/** Start of the whitespace-delimited token that ends at `end` (not before `floor`, nor more than MAX_TOKEN_LENGTH back). */
export function tokenStart(text: string, end: number, floor: number): number {
  let k = end;
  const limit = Math.max(floor, end - MAX_TOKEN_LENGTH);
  // A zero-width joiner inside an emoji sequence (🏃‍♀️) is no word break, though it counts as a space elsewhere.
  while (k > limit && (!isSpace(text.charCodeAt(k - 1)) || (text.charCodeAt(k - 1) === 0x200d && k - 1 > limit && isEmojiUnit(text.charCodeAt(k - 2))))) k--;
  return k;
}

function isStrippable(code: number): boolean {
  return STRIPPABLE[code] === 1;
}

/** Code units `coreRange` strips from a word's ends: closing and symmetric quotes, sentence punctuation, emoticons, emoji (surrogates, U+FE0F, ZWJ, U+2600–U+27BF) and the comma. */
const STRIPPABLE: Uint8Array = (() => {
  // From the code lists, not a pass over all 65,536 code units: start-up time counts.
  const table = new Uint8Array(0x10000);
  fillCodes(table, 1, [...CLOSERS, ...SYMMETRIC]);
  fillCodes(table, 1, TERMINAL_CODES);
  fillCodes(table, 1, EMOTICON_CODES);
  return fillCodes(table, 1, [[0xd800, 0xdfff], 0xfe0f, 0x200d, 0x2c, [0x2600, 0x27bf]]);
})();

/** Characters that end the word `wordAt` reads: whitespace, sentence punctuation, quotes, brackets, comma. */
const WORD_STOP: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  fillCodes(table, 1, SPACE_CODES);
  fillCodes(table, 1, TERMINAL_CODES);
  fillCodes(table, 1, [...OPENERS.keys(), ...CLOSERS, ...SYMMETRIC]);
  table[0x2c] = 1;
  return table;
})();

/** Bounds set by `coreRange` (module state, so the hot path allocates nothing). */
export const core = { start: 0, end: 0 };

/**
 * The word inside `text[from, to)`: trailing quotes, brackets, footnotes ([7]), emoticons and
 * punctuation removed, leading quotes too. Sets `core.start` and `core.end`.
 */
export function coreRange(text: string, from: number, to: number): void {
  let end = to;
  while (end > from) {
    const code = text.charCodeAt(end - 1);
    if (code === 0x5d) {
      // A footnote or bracket at the end: 있다[7]
      const open = text.lastIndexOf('[', end - 1);
      if (open <= from) break;
      end = open;
      continue;
    }
    if (!isStrippable(code)) break;
    end--;
  }
  let start = from;
  while (start < end) {
    const code = text.charCodeAt(start);
    if ((QUOTE_KIND[code]! & (QuoteKind.opener | QuoteKind.symmetric)) === 0) break;
    start++;
  }
  // A word glued to a bracket keeps only what follows it: 주식입니다(소각주식수 → 소각주식수.
  for (let k = end - 1; k > start; k--) {
    const code = text.charCodeAt(k);
    if (isQuoteOrBracket(code)) {
      start = k + 1;
      break;
    }
  }
  core.start = start;
  core.end = end;
}

/** The word inside `token` (see `coreRange`). */
export function coreWord(token: string): string {
  coreRange(token, 0, token.length);
  return token.slice(core.start, core.end);
}

/** The word starting at `index`, up to whitespace, punctuation or a quote (at most `max` characters). */
export function wordAt(text: string, index: number, limit: number, max = 24): string {
  let k = index;
  const stop = Math.min(limit, index + max);
  while (k < stop) {
    const code = text.charCodeAt(k);
    if (WORD_STOP[code] === 1) break;
    k++;
  }
  return text.slice(index, k);
}

/** `word` continues the sentence before it: a quoting verb or a particle typed apart (라고, 하며, 는). */
export function isContinuation(word: string): boolean {
  if (word.length === 0 || CONTINUATION_START[word.charCodeAt(0)] !== 1) return false;
  // 하고나서는 (after doing it) starts a new sentence.
  if (word.startsWith('하고나')) return false;
  // 생각보다 (than expected) opens a clause; 생각했다, 생각하며 continue one.
  if (word.startsWith('생각보다')) return false;
  if (CONTINUATION_WORDS.has(word)) return true;
  const prefixes = PREFIXES_BY_FIRST.get(word.charCodeAt(0));
  if (prefixes) for (const prefix of prefixes) if (word.startsWith(prefix)) return true;
  return false;
}

/** First characters of every continuation word or prefix: a quick no for most words. */
export const CONTINUATION_FIRST = new Set([...CONTINUATION_WORDS, ...CONTINUATION_PREFIXES].map((word) => word.charCodeAt(0)));
/** `CONTINUATION_FIRST` as a table (1: a first character), so the hot paths make no Set lookup. */
export const CONTINUATION_START: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const code of CONTINUATION_FIRST) table[code] = 1;
  return table;
})();

/** CONTINUATION_PREFIXES by the code of their first character (no one-character string made per lookup). */
const PREFIXES_BY_FIRST = new Map<number, string[]>();
for (const prefix of CONTINUATION_PREFIXES) {
  const list = PREFIXES_BY_FIRST.get(prefix.charCodeAt(0)) ?? [];
  list.push(prefix);
  PREFIXES_BY_FIRST.set(prefix.charCodeAt(0), list);
}

/** The token is only emoticons or emoji: ㅋㅋㅋ, ㅠㅠ, ^^, 😊. */
export function isDecorationOnly(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  let k = from;
  while (k < to) {
    const length = decorationLength(text, k);
    if (length === 0) {
      const code = text.charCodeAt(k);
      if (!(isTerminal(code) || code === 0xfe0f)) return false;
      k++;
      continue;
    }
    k += length;
  }
  return true;
}

/** A code unit of an emoji: a surrogate, a variation selector or a symbol in U+2600–U+27BF. */
function isEmojiUnit(code: number): boolean {
  return (code >= 0xd800 && code <= 0xdfff) || code === 0xfe0f || (code >= 0x2600 && code <= 0x27bf);
}

const REACTION: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const char of REACTION_JAMO) table[char.charCodeAt(0)] = 1;
  for (const char of CLOSING_REACTION_JAMO) table[char.charCodeAt(0)] = 2;
  return table;
})();

/** `trailingJamo` of a token ending in `code` can be more than 0: a reaction mark, punctuation or a tilde. */
export function mayEndReactionRun(code: number): boolean {
  return REACTION[code] !== 0 || isTerminal(code) || code === 0x7e;
}

/** What `trailingJamo` found last: the run holds only closing reactions (ㄷㄷ, ㄱㄱ, ;;). */
export const reaction = { closing: false };

/**
 * Count of reaction marks (ㅋ ㅎ ㅠ ㅜ ㄷ ㄱ ㅇ ㄴ ㅡ ;, see REACTION_JAMO) at the end of `token`, punctuation and
 * tildes skipped; 0 when the run holds other jamo (ㅁㄴㅇㄹ is keyboard mashing, not a reaction).
 * Sets `reaction.closing`.
 */
export function trailingJamo(token: string): number {
  let count = 0;
  let closing = true;
  for (let k = token.length - 1; k >= 0; k--) {
    const code = token.charCodeAt(k);
    const kind = REACTION[code]!;
    if (kind !== 0) {
      count++;
      if (kind !== 2) closing = false;
    } else if (isLoneJamo(code)) {
      count = 0;
      break;
    } else if (isTerminal(code) || code === 0x7e) continue;
    else break;
  }
  reaction.closing = closing && count > 0;
  return count;
}

export function endsWithHangul(word: string): boolean {
  return word.length > 0 && isHangulSyllable(word.charCodeAt(word.length - 1));
}

/** Words read ahead for the predicate of the noun before the emoji. */
const LOOKAHEAD_WORDS = 3;

/** Subject and topic particles: a clause that has its own subject does not take the noun before the emoji. */
const SUBJECT_SYLLABLES = new Set(['이', '가', '은', '는']);

/**
 * (Read after an emoji or a laughter run that follows a noun.) One of the next LOOKAHEAD_WORDS words (before punctuation or a line break) carries a final ending,
 * and no word before it carries a subject or topic particle (`신발👟 너무 편해요`, `색깔🌹 진짜 예쁘지 않나요`;
 * not `정리 끝💸 생각보다 외식비가 많았다`).
 */
export function predicateFollows(text: string, from: number, limit: number): boolean {
  let k = from;
  for (let words = 0; words < LOOKAHEAD_WORDS && k < limit; words++) {
    const start = k;
    while (k < limit && !isSpace(text.charCodeAt(k)) && !isTerminal(text.charCodeAt(k))) k++;
    coreRange(text, start, k);
    const strength = classifyEndingIn(text, core.start, core.end).strength;
    if (strength === 'strong' || strength === 'contextual') return true;
    if (core.end - core.start >= 2 && SUBJECT_SYLLABLES.has(text[core.end - 1]!)) return false;
    if (k >= limit || !isSpace(text.charCodeAt(k))) return false;
    while (k < limit && isSpace(text.charCodeAt(k))) if (isLineBreak(text.charCodeAt(k++))) return false;
  }
  return false;
}

/** Words read ahead for the predicate of the next clause. */
const PREDICATE_LOOKAHEAD_WORDS = 3;

/** The next predicate (the first word with a final ending, before punctuation or a line break) is in the past tense: 갔어, 먹었다, 봤음. */
export function pastFollows(c: Candidate): boolean {
  const { text, limit } = c;
  let k = c.next;
  for (let words = 0; words < PREDICATE_LOOKAHEAD_WORDS && k < limit; words++) {
    const start = k;
    while (k < limit && !isSpace(text.charCodeAt(k)) && !isTerminal(text.charCodeAt(k))) k++;
    coreRange(text, start, k);
    const ending = classifyEndingIn(text, core.start, core.end);
    if (ending.strength === 'strong' || ending.strength === 'contextual') {
      const end = core.end;
      // 했어, 갔다, 봤음, 먹었어요: ㅆ in the syllable before the ending (before 요 too).
      const last = text.charCodeAt(end - 1) === 0xc694 /* 요 */ ? end - 1 : end;
      return last - 2 >= core.start && jongOf(text.charCodeAt(last - 2)) === JONG.ssangSiot;
    }
    if (k >= limit || !isSpace(text.charCodeAt(k))) return false;
    while (k < limit && isSpace(text.charCodeAt(k))) if (isLineBreak(text.charCodeAt(k++))) return false;
  }
  return false;
}
