// The splitter: one left-to-right pass that proposes a boundary at each punctuation run, closed
// quote, space after a word and line break, and asks the rules (./rules) whether to cut there.
// Quoted and bracketed stretches are stepped over whole, so nothing inside them is cut.
import { CHAR_CLASS, CharClass, DECORATION_CODES, JONG, codeUnits, SPACE_CODES, TERMINAL_CODES, codeClass, decorationLength, fillCodes, isHangulSyllable, isLineBreak, isSpace, isTerminal, jongOf } from './chars.js';
import { classifyEnding, classifyEndingIn, type Ending } from './endings.js';
import type { SegmentOptions } from './options.js';
import { CLOSERS, OPENERS, QUOTE_KIND, SYMMETRIC, isCloser, isSymmetric, matchPairs } from './pairs.js';
import { RULES } from './rules/index.js';
import { startsListItem } from './rules/list-marker.js';
import { BULLETS, HANGUL_LIST_MARKERS, PLAYFUL_YONG_BEFORE, SENTENCE_OPENERS } from './lang/ko.js';
import type { SegmentRule } from './types.js';
import type { Candidate, CandidateKind, Decision, Register, SplitDecision } from './types.js';
import { CONTINUATION_START, core, coreRange, coreWord, isContinuation, isDecorationOnly, tokenStart, wordAt } from './words.js';

const NO_PAIRS: ReadonlyMap<number, number> = new Map();
const NO_ENDING: Ending = { strength: 'none', name: '' };

/** Last syllables worth classifying at a bare space; any other word cannot end a sentence there. */
const ENDING_SYLLABLES = new Set('다요용당죠쥬줘까군나네지함됨음임야자라어아래대니냐걸게께재제유먼만랑가해봐와워려져쳐겨혀햐듯'.split('').map((char) => char.charCodeAt(0)));

/** The nominal endings -음, -임, -ㅁ (compared as strings: no Set lookup on the hot path). */
function isNominalName(name: string): boolean {
  return name === '-음' || name === '-임' || name === '-ㅁ';
}
/** First characters of the sentence openers that confirm a weak ending. */
const OPENER_FIRST = new Set([...SENTENCE_OPENERS].map((word) => word.charCodeAt(0)));

/** Characters that, ending a word before a space, make the space worth a candidate. */
const WORTH_PROPOSING: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const code of ENDING_SYLLABLES) if (isHangulSyllable(code)) table[code] = 1;
  // Syllables in ㅁ (jongseong 16): the nominal -ㅁ.
  for (let code = 0xac00 + 16; code <= 0xd7a3; code += 28) table[code] = 1;
  for (const code of [...CLOSERS, ...SYMMETRIC]) table[code] = 1;
  return fillCodes(table, 1, DECORATION_CODES);
})();

/** PLAYFUL_YONG_BEFORE as a table of codes. */
const PLAYFUL_YONG_BEFORE_CODES: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const char of PLAYFUL_YONG_BEFORE) table[char.charCodeAt(0)] = 1;
  return table;
})();

/** `endingBound`: no ending, a weak ending other than a nominal one (-음, -임, -ㅁ), or anything. */
export const BOUND_NONE = 0;
export const BOUND_WEAK = 1;
export const BOUND_ANY = 2;

/**
 * The most a word ending in `prev` + `last` can carry, read from those two syllables alone (an
 * upper bound of `classifyEndingIn`, which also reads the word's length and third-to-last
 * syllable): so a space after most words is settled without reading the word. Mirrors `decide`
 * in ./endings.ts; a test checks it against `classifyEndingIn` for every pair of syllables.
 */
export function endingBound(prev: number, last: number): number {
  const prevJong = jongOf(prev);
  switch (last) {
    case 0xb2e4: // 다: not after 보 마 려 바 (보다, 마다, 하려다)
      return prev === 0xbcf4 || prev === 0xb9c8 || prev === 0xb824 || prev === 0xbc14 ? BOUND_NONE : BOUND_ANY;
    case 0xc6a9: // 용
      return PLAYFUL_YONG_BEFORE_CODES[prev] === 1 ? BOUND_ANY : BOUND_NONE;
    case 0xb2f9: // 당
      return prev === 0xb2c8 /* 니 */ ? BOUND_ANY : BOUND_NONE;
    case 0xae4c: // 까
      return prev === 0xb2c8 /* 니 */ ? BOUND_ANY : prevJong === JONG.rieul ? BOUND_WEAK : BOUND_NONE;
    case 0xad70: // 군
      return prev === 0xb294 /* 는 */ || prevJong === JONG.ssangSiot ? BOUND_ANY : BOUND_NONE;
    case 0xb098: // 나
      return prev === 0xad6c /* 구 */ || prev === 0xae0b /* 긋 */ ? BOUND_ANY : prevJong === JONG.ssangSiot ? BOUND_WEAK : BOUND_NONE;
    case 0xb124: // 네: 했네, 좋네
      return BOUND_ANY;
    case 0xc9c0: // 지: 했지, 하겠지; 좋지, 뭐 먹지 (banmal); not 까지; -ㄴ지/-ㄹ지 weak
      return prev === 0xae4c /* 까 */ ? BOUND_NONE : prevJong === JONG.nieun || prevJong === JONG.rieul ? BOUND_WEAK : BOUND_ANY;
    case 0xaed8: // 께
      return prevJong === JONG.rieul ? BOUND_ANY : BOUND_NONE;
    case 0xc7ac: // 재
    case 0xc81c: // 제
      return prevJong === JONG.ssangSiot || prevJong === JONG.bieupSiot ? BOUND_ANY : BOUND_NONE;
    case 0xc720: // 유
      return prev === 0xc544 || prev === 0xc5b4 || prev === 0xd574 ? BOUND_ANY : BOUND_NONE;
    case 0xba3c: // 먼
    case 0xb9cc: // 만
      return prev === 0xad6c /* 구 */ ? BOUND_ANY : BOUND_NONE;
    case 0xb791: // 랑
      return prev === 0xac78 /* 걸 */ ? BOUND_ANY : BOUND_NONE;
    case 0xac00: // 가
      return prev === 0xc774 /* 이 */ ? BOUND_ANY : BOUND_NONE;
    case 0xc57c: // 야: 거야, 대박이야
      return prev === 0xac70 /* 거 */ || prev === 0xc774 /* 이 */ ? BOUND_ANY : BOUND_WEAK;
    case 0xc790: // 자: banmal 먹자, 가자 after a verb stem (PROPOSITIVE_STEMS in ./endings.ts)
      switch (prev) {
        case 0xd558: case 0xac00: case 0xbcf4: case 0xc790: case 0xc26c: case 0xb098: case 0xb450: case 0xd574: case 0xba39: case 0xb180: case 0xc0b4: case 0xb4e4: case 0xcc3e: case 0xc7a1:
        case 0xc53b: case 0xc6c3: case 0xac77: case 0xb4e3: case 0xcc38: case 0xbbff: case 0xc788: case 0xc549: case 0xc77d: case 0xb2eb: case 0xd314: case 0xc54c: case 0xbd99: case 0xbc1b:
        case 0xcc0d: case 0xc2dc: case 0xcf1c: case 0xb044: case 0xc4f0: case 0xb6f0: case 0xce58: case 0xd0a4: case 0xb123: case 0xbe7c: case 0xad7d: case 0xc9d3: case 0xbb3b: case 0xb0b4: case 0xc11c:
          return BOUND_ANY;
        default:
          return BOUND_WEAK;
      }
    case 0xb77c: // 라: 나간기라, 했더라; 먹어라, 챙겨라 (IMPERATIVE_BEFORE_RA in ./endings.ts)
      switch (prev) {
        case 0xae30: case 0xb354: // 기 더
        case 0xc5b4: case 0xc544: case 0xd574: case 0xbd10: case 0xc640: case 0xc918: case 0xc838: case 0xccd0: case 0xaca8: case 0xc6cc: case 0xb824: case 0xc154: case 0xc368: case 0xcf1c: case 0xd600:
          return BOUND_ANY;
        default:
          return BOUND_WEAK;
      }
    case 0xd574: // 해: banmal 사랑해 (not 위해, 통해, 대해, 의해, 인해, 올해…)
      switch (prev) {
        case 0xc704: case 0xd1b5: case 0xb300: case 0xc758: case 0xc778: case 0xad00: case 0xd5a5: case 0xbe44: case 0xc62c: case 0xc774: case 0xc190: case 0xd53c: case 0xbc29: // 위 통 대 의 인 관 향 비 올 이 손 피 방
          return BOUND_WEAK;
        default:
          return BOUND_ANY;
      }
    case 0xc6cc: // 워: banmal 귀여워 (not 파워, 타워, 샤워)
      return prev === 0xd30c || prev === 0xd0c0 || prev === 0xc0e4 ? BOUND_WEAK : BOUND_ANY;
    case 0xbd10: case 0xc838: // 봐 져
      return BOUND_ANY;
    case 0xc640: case 0xb824: case 0xccd0: case 0xaca8: case 0xd600: case 0xd590: // 와 려 쳐 겨 혀 햐
    case 0xac78: // 걸
      return BOUND_WEAK;
    case 0xb0d0: // 냐: 실화냐, 했냐
      return BOUND_ANY;
    case 0xc5b4: // 어: 했어; banmal 먹어, 있어 (a closed stem syllable)
    case 0xb2c8: // 니: 했니
      return prevJong === JONG.ssangSiot || (last === 0xc5b4 && prevJong > 0) ? BOUND_ANY : BOUND_WEAK;
    case 0xc544: // 아: 했잖아; banmal 좋아, 괜찮아 (a closed stem syllable)
      return prev === 0xc796 /* 잖 */ || prevJong > 0 ? BOUND_ANY : BOUND_WEAK;
    case 0xb300: // 대: 닫았대
      return prevJong === JONG.ssangSiot ? BOUND_ANY : BOUND_WEAK;
    case 0xb798: case 0xac8c: // 래 게: 할래, 할게
      return prevJong === JONG.rieul ? BOUND_ANY : BOUND_WEAK;
    case 0xb4ef: // 듯: 될 듯 (the syllable before is a space), 될듯
      return BOUND_ANY;
    case 0xc694: case 0xc8e0: case 0xc96c: case 0xc918: case 0xd568: case 0xb428: case 0xc74c: case 0xc784: // 요 죠 쥬 줘 함 됨 음 임
      return BOUND_ANY;
    default:
      // Other syllables in ㅁ give the nominal -ㅁ; the rest nothing.
      return isHangulSyllable(last) && jongOf(last) === JONG.mieum ? BOUND_ANY : BOUND_NONE;
  }
}

/** `OPENER_FIRST` as a table. */
const OPENER_START: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const code of OPENER_FIRST) table[code] = 1;
  return table;
})();

/** First characters of a list marker: digits, circled numbers, 가 나 다…, bullets. */
const LIST_START: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0x30; code <= 0x39; code++) table[code] = 1;
  for (let code = 0x2460; code <= 0x24ff; code++) table[code] = 1;
  for (const marker of [...HANGUL_LIST_MARKERS, ...BULLETS]) table[marker.charCodeAt(0)] = 1;
  return table;
})();

/** Characters `startsListItem` may find a marker at: LIST_START and Latin letters (a. b.). */
const MAY_OPEN_LIST: Uint8Array = (() => {
  const table = LIST_START.slice();
  for (let code = 0x41; code <= 0x5a; code++) table[code] = table[code + 0x20] = 1;
  return table;
})();

/** What the character after a space is: another space, the start of a list marker, or the start of a word. */
const AFTER_SPACE_WORD = 0;
const AFTER_SPACE_LIST = 1;
const AFTER_SPACE_SPACE = 2;
// (LIST_START marks with 1, which is AFTER_SPACE_LIST; spaces go over it.)
const AFTER_SPACE: Uint8Array = fillCodes(LIST_START.slice(), AFTER_SPACE_SPACE, SPACE_CODES);

const QUOTE_FLAG = 64;

/** CHAR_CLASS plus quotes and brackets: the one lookup the main loop makes per character. */
const LOOP_CLASS: Uint8Array = (() => {
  const table = CHAR_CLASS.slice();
  for (const code of [...OPENERS.keys(), ...CLOSERS, ...SYMMETRIC]) table[code] |= QUOTE_FLAG;
  return table;
})();

/** The rules that look at each candidate kind, in order. */
const RULES_BY_KIND: Record<CandidateKind, readonly SegmentRule[]> = {
  punctuation: RULES.filter((rule) => rule.kinds.includes('punctuation')),
  'quote-end': RULES.filter((rule) => rule.kinds.includes('quote-end')),
  space: RULES.filter((rule) => rule.kinds.includes('space')),
  'line-break': RULES.filter((rule) => rule.kinds.includes('line-break')),
};

export type Trace = (decision: SplitDecision) => void;

let fastPaths = true;
/** Tests switch the shortcuts off to check they decide exactly as the rules do. */
export function useFastPaths(enabled: boolean): void {
  fastPaths = enabled;
}

/**
 * Split `text[from, to)` into sentence ranges (whitespace between sentences excluded), as one flat
 * array of offsets: start and end of the first sentence, then of the second, and so on.
 */
export function splitRanges(text: string, from: number, to: number, options: SegmentOptions, trace?: Trace, codes?: Uint16Array): number[] {
  return new Scanner(text, from, to, options, trace, codes ?? codeUnits(text)).run();
}


/** One pass over one text. Its state lives in fields, so a paragraph costs one object, not a set of closures. */
class Scanner {
  /** Sentence start and end offsets, in pairs. */
  readonly ranges: number[] = [];
  readonly shared: Shared;
  /** Where the current sentence starts. */
  start: number;

  constructor(
    readonly text: string,
    readonly from: number,
    readonly to: number,
    readonly options: SegmentOptions,
    readonly trace: Trace | undefined,
    /** `text` as code units (see `codeUnits`). */
    readonly codes: Uint16Array,
  ) {
    this.shared = { text, codes, from, to, matched: undefined, register: undefined, nominalStyle: undefined, options };
    this.start = skipSpaces(text, from, to);
  }

  run(): number[] {
    const { text, from, to, trace, codes } = this;
    // The tables as locals: V8 then checks each once, not on every character (a module constant
    // is read from its context slot, and checked, at each use).
    const loopClass = LOOP_CLASS;
    const afterSpace = AFTER_SPACE;
    const worthProposing = WORTH_PROPOSING;
    let i = this.start;

    while (i < to) {
      const code = codes[i]!;
      const flags = loopClass[code]!;
      if (flags === 0) {
        // Most characters (Hangul syllables, letters, digits) need nothing, nor does most often a
        // single space between two words after one (see below): skip them in a tight loop.
        i++;
        while (i < to) {
          const next = codes[i]!;
          if (loopClass[next] === 0) i++;
          // (AFTER_SPACE_WORD written as its value: a module constant is read from its context slot.)
          else if (next === 0x20 && i + 1 < to && afterSpace[codes[i + 1]!] === 0 && worthProposing[codes[i - 1]!] === 0) i++;
          else break;
        }
        continue;
      }
      const close = flags & QUOTE_FLAG ? pairsOf(this.shared).get(i) : undefined;
      if (close !== undefined) {
        trace?.({ offset: i, kind: 'pair', decision: 'hold', rule: 'quote-or-bracket', context: context(text, i, from, to) });
        const opener = i;
        i = close + 1;
        if (this.pairEndsWithPunctuation(opener, close) || this.bracketEndsWithSentence(opener, close)) i = this.propose('quote-end', close, close + 1, i);
        continue;
      }
      if (flags & CharClass.terminal) {
        let j = i + 1;
        while (j < to && isTerminal(text.charCodeAt(j))) j++;
        i = this.propose('punctuation', i, j, j);
        continue;
      }
      if (flags & CharClass.tilde && i > this.start && isHangulSyllable(text.charCodeAt(i - 1))) {
        // 좋아해요~ 오늘은, 있었고~ 그 상처는: a tilde after a word ends it in informal writing.
        let j = i + 1;
        while (j < to && (isTilde(text.charCodeAt(j)) || isTerminal(text.charCodeAt(j)))) j++;
        i = this.propose('punctuation', i, j, j);
        continue;
      }
      if (flags & CharClass.space) {
        // (A sentence never starts with a space, so there is a word before this one.)
        if (code === 0x20 && i + 1 < to) {
          // The common case, one space between two words, settled from the character before it.
          const after = text.charCodeAt(i + 1);
          const next = AFTER_SPACE[after]!;
          if (next !== AFTER_SPACE_SPACE) {
            const before = text.charCodeAt(i - 1);
            if (WORTH_PROPOSING[before] === 0) {
              if (next === AFTER_SPACE_WORD) {
                i++;
                continue;
              }
            } else if (fastPaths && trace === undefined && isHangulSyllable(before)) {
              // The word's last two syllables often settle it (see the fast path in `propose`): no
              // ending holds; a weak one holds unless a conjunction follows.
              const bound = endingBound(i >= 2 ? text.charCodeAt(i - 2) : 0, before);
              if ((bound === BOUND_NONE || (bound === BOUND_WEAK && OPENER_START[after] === 0)) && (MAY_OPEN_LIST[after] === 0 || !startsListItem(text, i + 1, to))) {
                i++;
                continue;
              }
            }
          }
        }
        let j = i + 1;
        while (j < to && LOOP_CLASS[text.charCodeAt(j)]! & CharClass.space) j++;
        if (j >= to) break;
        if (i > this.start && this.worthProposing(i, j)) i = this.propose(this.hasLineBreak(i, j) ? 'line-break' : 'space', i, i, i);
        else i = j;
        continue;
      }
      if (flags & CharClass.decoration && i > this.start && isHangulSyllable(text.charCodeAt(i - 1)) && decorationLength(text, i) > 0) {
        // 해볼게요^^로마: emoticons glued between a word and the next.
        let j = i;
        // (Never read past `to`: a read out of range throws V8's optimized code away.)
        for (let length = decorationLength(text, j); length > 0; length = j < to ? decorationLength(text, j) : 0) j += length;
        if (j < to && isHangulSyllable(text.charCodeAt(j))) {
          i = this.propose('punctuation', i, j, j);
          continue;
        }
        i = j;
        continue;
      }
      if (flags & CharClass.urlStart && startsUrl(text, i, to)) {
        while (i < to && !isSpace(text.charCodeAt(i)) && !isHangulSyllable(text.charCodeAt(i))) i++;
        while (i > this.start && isTerminal(text.charCodeAt(i - 1))) i--;
        continue;
      }
      i++;
    }
    const end = trimEnd(text, this.start, to);
    if (end > this.start) this.ranges.push(this.start, end);
    return this.ranges;
  }

  /** Evaluates a candidate; returns where scanning resumes. */
  propose(kind: CandidateKind, markStart: number, markEnd: number, resume: number): number {
    const { text, to } = this;
    let end = kind === 'space' || kind === 'line-break' ? markStart : this.absorb(markEnd);
    let next = skipSpaces(text, end, to);
    if (next > end && kind !== 'space' && kind !== 'line-break' && !this.hasLineBreak(end, next)) {
      // Emoji or ㅋㅋ after the punctuation and a space belong to the sentence they react to: 했어요. 😊
      let k = next;
      for (let length = k < to ? decorationLength(text, k) : 0; length > 0; length = k < to ? decorationLength(text, k) : 0) k += length;
      if (k > next && (k >= to || isSpace(text.charCodeAt(k)) || !isTilde(text.charCodeAt(next)))) {
        end = k;
        next = skipSpaces(text, k, to);
      }
    }
    // Nothing after it: the last sentence closes at the end anyway.
    if (next >= to) return to;
    const tokenFrom = tokenStart(text, markStart, this.start);
    let ending = NO_ENDING;
    let wordStart = markStart;
    let wordEnd = markStart;
    if (kind !== 'quote-end') {
      coreRange(text, tokenFrom, markStart);
      wordStart = core.start;
      wordEnd = core.end;
      ending = classifyEndingIn(text, wordStart, wordEnd);
    }
    const newline = this.hasLineBreak(end, next);
    if (fastPaths && kind === 'space' && !newline && (LOOP_CLASS[text.charCodeAt(markStart - 1)]! & (QUOTE_FLAG | CharClass.decoration)) === 0 && (MAY_OPEN_LIST[text.charCodeAt(next)] === 0 || !startsListItem(text, next, to))) {
      // The common cases, decided before building a candidate: a word with no ending is
      // mid-sentence; a weak ending (하다, 좋네) stays so unless a conjunction follows (see
      // rules/sentence-ending.ts, which this mirrors) or it is a nominal ending (-음, -임, -ㅁ).
      if (ending.strength === 'none') {
        this.trace?.({ offset: end, kind, decision: 'hold', rule: 'no-ending', context: context(text, end, this.from, to) });
        return next;
      }
      if (ending.strength === 'weak' && !isNominalName(ending.name) && OPENER_START[text.charCodeAt(next)] === 0) {
        this.trace?.({ offset: end, kind, decision: 'hold', rule: 'weak-ending', context: context(text, end, this.from, to) });
        return next;
      }
      if ((ending.strength === 'contextual' || (ending.strength === 'weak' && ending.name === '-ㅁ')) && this.trace === undefined && isHangulSyllable(text.charCodeAt(markStart - 1)) && OPENER_START[text.charCodeAt(next)] === 0 && (LOOP_CLASS[text.charCodeAt(next)]! & QUOTE_FLAG) === 0 && this.shared.register === 'formal') {
        // In formal prose a contextual ending (있어, 지난해, 맞아) or a noun in ㅁ (강남, 프로그램)
        // before a space holds: `sentence-ending` cuts there only before a sentence opener,
        // `banmal-ending` and the nominal -ㅁ never in formal text, and the rules for emoticons
        // and emoji not after a syllable. So it is decided as the rules would, without a candidate.
        return Math.max(resume, markStart + 1);
      }
    }
    if (fastPaths && kind === 'punctuation' && ending.strength === 'strong' && next > end && !newline && this.isPlainMark(markStart, markEnd) && wordEnd === markStart && (LOOP_CLASS[text.charCodeAt(next)]! & QUOTE_FLAG) === 0) {
      // The most common end, decided without a candidate: 했다. 그런데 / 했어요? 네 — a final
      // ending right before . ? ! and a space. Of the rules only `continuation` can hold it.
      const held = CONTINUATION_START[text.charCodeAt(next)] === 1 && isContinuation(wordAt(text, next, to));
      this.trace?.({ offset: end, kind, decision: held ? 'hold' : 'cut', rule: held ? 'continuation' : 'terminal-punctuation', context: context(text, end, this.from, to) });
      if (held) return Math.max(resume, markStart + 1);
      const sentenceEnd = trimEnd(text, this.start, end);
      if (sentenceEnd > this.start) this.ranges.push(this.start, sentenceEnd);
      this.start = next;
      return next;
    }
    const candidate = new SplitCandidate(this.shared, kind, this.start, markStart, markEnd, end, next, tokenFrom, wordStart, wordEnd, ending, newline);
    let decision: Decision = kind === 'punctuation' || kind === 'quote-end' ? 'cut' : 'hold';
    let rule = 'default';
    for (const candidateRule of RULES_BY_KIND[kind]) {
      const answer = candidateRule.decide(candidate);
      if (answer === undefined) continue;
      decision = answer;
      rule = candidateRule.id;
      break;
    }
    let cutAt = end;
    if (decision === 'cut' && kind === 'space' && !candidate.newline) {
      // Keep an emoticon typed after a space with its sentence: 좋아요 ㅋㅋ
      const after = this.tokenEnd(next);
      const close = QUOTE_KIND[text.charCodeAt(next)] === 0 ? undefined : pairsOf(this.shared).get(next);
      if (isDecorationOnly(text, next, after)) {
        cutAt = after;
        next = skipSpaces(text, after, to);
        if (next >= to) return to;
      } else if (text.charCodeAt(next) === 0x28 && close !== undefined && (close + 1 >= to || isSpace(text.charCodeAt(close + 1)))) {
        // A note in brackets after the ending: 버렸음 (출근시간 19시) 다음
        cutAt = close + 1;
        next = skipSpaces(text, cutAt, to);
        if (next >= to) return to;
      }
    }
    this.trace?.({ offset: cutAt, kind, decision, rule, context: context(text, cutAt, this.from, to) });
    if (decision === 'hold') return Math.max(resume, markStart + 1);
    const sentenceEnd = trimEnd(text, this.start, cutAt);
    if (sentenceEnd > this.start) this.ranges.push(this.start, sentenceEnd);
    this.start = next;
    return next;
  }

  /** `text[markStart, markEnd)` is a run of . ? ! (one period at most, so no ellipsis). */
  isPlainMark(markStart: number, markEnd: number): boolean {
    const { text } = this;
    let periods = 0;
    for (let k = markStart; k < markEnd; k++) {
      const code = text.charCodeAt(k);
      if (code === 0x2e) periods++;
      else if (code !== 0x3f && code !== 0x21) return false;
    }
    return periods <= 1;
  }

  /** Extends a boundary over what sticks to the punctuation: closing quotes, footnotes, emoticons, more punctuation. */
  absorb(markEnd: number): number {
    const { text, to } = this;
    let p = markEnd;
    while (p < to) {
      const code = text.charCodeAt(p);
      if (isTerminal(code)) {
        p++;
        continue;
      }
      const close = QUOTE_KIND[code] === 0 ? undefined : pairsOf(this.shared).get(p);
      if (close !== undefined) {
        if (code === 0x5b && this.isFootnote(p + 1, close)) {
          p = close + 1;
          continue;
        }
        // A note glued to the period, then a space: 했다.(사진=연합뉴스) 다음, 하다.(6회 우승) 또한
        if (code === 0x28 && p > 0 && isTerminal(text.charCodeAt(p - 1)) && (close + 1 >= to || isSpace(text.charCodeAt(close + 1)))) {
          p = close + 1;
          continue;
        }
        break;
      }
      if (isCloser(code)) {
        p++;
        continue;
      }
      if (isSymmetric(code)) {
        // An unmatched quote glued to the next word opens the next sentence: 했다."그런데
        const after = p + 1 < to ? text.charCodeAt(p + 1) : 0x20;
        if (!isSpace(after) && !isTerminal(after) && !isCloser(after)) break;
        p++;
        continue;
      }
      const length = decorationLength(text, p);
      if (length > 0) {
        p += length;
        continue;
      }
      break;
    }
    return p;
  }

  /** A footnote mark: [7], [1,3], [참고 2], [주 4], [a]. */
  isFootnote(from: number, close: number): boolean {
    const { text } = this;
    if (close - from < 1 || close - from > 10) return false;
    let digits = 0;
    for (let k = from; k < close; k++) {
      const code = text.charCodeAt(k);
      if (code >= 0x30 && code <= 0x39) digits++;
      else if (isTerminal(code) || (isSpace(code) && code !== 0x20)) return false;
    }
    return digits > 0 || close - from <= 2;
  }


  tokenEnd(from: number): number {
    const { text, to } = this;
    let k = from;
    while (k < to && !isSpace(text.charCodeAt(k))) k++;
    return k;
  }

  hasLineBreak(from: number, until: number): boolean {
    const { text } = this;
    for (let k = from; k < until; k++) if (isLineBreak(text.charCodeAt(k))) return true;
    return false;
  }

  /** Cheap filter for spaces: only words that could carry an ending, a closer or an emoticon. */
  worthProposing(space: number, next: number): boolean {
    const { text } = this;
    if (WORTH_PROPOSING[text.charCodeAt(space - 1)] === 1 || isLineBreak(text.charCodeAt(space))) return true;
    // 목적 2. 범위, 제출 ② 심사: a list marker after the space.
    if (LIST_START[text.charCodeAt(next)] === 1 && startsListItem(text, next, this.to)) return true;
    return next - space > 1 && this.hasLineBreak(space, next);
  }

  /** A bracket holding a whole sentence without punctuation: (전 안 먹었지만 다들 그렇다고 하더라구요ㅋㅋ) */
  bracketEndsWithSentence(opener: number, close: number): boolean {
    const { text } = this;
    // Only a bracket standing on its own; one glued to a word (한계(…) 가운데서) is part of the clause.
    if (text.charCodeAt(opener) !== 0x28 || (opener > this.start && !isSpace(text.charCodeAt(opener - 1)))) return false;
    let k = close;
    while (k > opener + 1 && (decorationLength(text, k - 1) > 0 || isLowSurrogate(text.charCodeAt(k - 1)))) k--;
    const word = coreWord(text.slice(tokenStart(text, k, opener + 1), k));
    return classifyEnding(word).strength === 'strong';
  }

  /** The inside of a quote or bracket ends with its own punctuation: "…했다." */
  pairEndsWithPunctuation(opener: number, close: number): boolean {
    const { text } = this;
    let k = close - 1;
    while (k > opener) {
      const code = text.charCodeAt(k);
      if (isSpace(code) || decorationLength(text, k) > 0 || (code >= 0xdc00 && code <= 0xdfff) || isCloser(code) || isSymmetric(code)) {
        k--;
        continue;
      }
      return isTerminal(code);
    }
    return false;
  }
}

/** State one `splitRanges` call shares with its candidates. */
interface Shared {
  text: string;
  /** `text` as code units. */
  codes: Uint16Array;
  from: number;
  to: number;
  /** Matched quotes and brackets (opener offset → closer offset), built on first use: most paragraphs never need them. */
  matched: ReadonlyMap<number, number> | undefined;
  register: Register | undefined;
  nominalStyle: boolean | undefined;
  /** Closer offset → opener offset, built on first use. */
  openers?: Map<number, number>;
  options: SegmentOptions;
}

/** A candidate whose costlier fields (words, register) are read only when a rule asks. */
class SplitCandidate implements Candidate {
  readonly text: string;
  readonly limit: number;
  readonly splitLines: boolean;
  readonly splitAtEndings: boolean;
  readonly spaced: boolean;
  #nextWord: string | undefined;
  #token: string | undefined;
  #word: string | undefined;
  #mark: string | undefined;

  constructor(
    private readonly shared: Shared,
    readonly kind: CandidateKind,
    readonly sentenceStart: number,
    readonly markStart: number,
    readonly markEnd: number,
    readonly end: number,
    readonly next: number,
    private readonly tokenFrom: number,
    private readonly wordStart: number,
    private readonly wordEnd: number,
    readonly ending: Ending,
    readonly newline: boolean,
  ) {
    this.text = shared.text;
    this.limit = shared.to;
    this.splitLines = shared.options.splitLines;
    this.splitAtEndings = shared.options.splitAtEndings;
    this.spaced = next > end;
  }

  get pairs(): ReadonlyMap<number, number> {
    return pairsOf(this.shared);
  }

  get token(): string {
    return (this.#token ??= this.text.slice(this.tokenFrom, this.markStart));
  }

  get word(): string {
    return (this.#word ??= this.text.slice(this.wordStart, this.wordEnd));
  }

  get mark(): string {
    return (this.#mark ??= this.text.slice(this.markStart, this.markEnd));
  }

  get nextWord(): string {
    return (this.#nextWord ??= wordAt(this.text, this.#skipStrayClosers(this.next), this.limit));
  }

  get register(): Register {
    return (this.shared.register ??= registerOf(this.text, this.shared.from, this.limit));
  }

  get nominalStyle(): boolean {
    return (this.shared.nominalStyle ??= hasNominalEndings(this.text, this.shared.from, this.limit));
  }

  openerOf(close: number): number {
    if (!this.shared.openers) {
      this.shared.openers = new Map();
      for (const [open, end] of this.pairs) this.shared.openers.set(end, open);
    }
    return this.shared.openers.get(close) ?? -1;
  }

  /** A closing quote with no opener before the next word (`있다 '며`) is skipped to read the word. */
  #skipStrayClosers(from: number): number {
    let k = from;
    while (k < this.limit) {
      const code = this.text.charCodeAt(k);
      if (!(isCloser(code) || (isSymmetric(code) && !this.pairs.has(k)))) break;
      k++;
    }
    return k > from ? skipSpaces(this.text, k, this.limit) : k;
  }
}

/** The matched pairs of a text, found on first use (one scan from its first quote or bracket). */
function pairsOf(shared: Shared): ReadonlyMap<number, number> {
  if (shared.matched !== undefined) return shared.matched;
  const { text, codes, from, to } = shared;
  let firstQuote = from;
  while (firstQuote < to && QUOTE_KIND[codes[firstQuote]!] === 0) firstQuote++;
  shared.matched = firstQuote < to ? matchPairs(text, firstQuote, to, shared.options.maxPairLength, codes) : NO_PAIRS;
  return shared.matched;
}

/** Plain written -다 endings: 했다, 한다, 것이다. */
export function isPlainDa(ending: Ending): boolean {
  return ending.name === '-다' || ending.name === '-이다' || ending.name === '-(이)다';
}

/** The characters `isTerminal` accepts (chars.ts), as a search. */
const TERMINAL_SEARCH = new RegExp(codeClass(TERMINAL_CODES), 'g');

/** The register of `text[from, to)`, from the words before its sentence punctuation. */
function registerOf(text: string, from: number, to: number): Register {
  let plain = 0;
  // Sentence punctuation found by a native regular-expression scan (`test` makes no match object),
  // on the paragraph only (a slice, no copy) so it never runs on past its end: about half the
  // cost of a table lookup per character in JavaScript.
  const search = TERMINAL_SEARCH;
  const paragraph = text.slice(from, to);
  search.lastIndex = 1;
  while (search.test(paragraph)) {
    const k = from + search.lastIndex - 1;
    if (isTerminal(text.charCodeAt(k - 1))) continue;
    coreRange(text, tokenStart(text, k, Math.max(from, k - 40)), k);
    const ending = classifyEndingIn(text, core.start, core.end);
    if (ending.strength === 'none') continue;
    if (!isPlainDa(ending)) return 'informal';
    plain++;
  }
  return plain === 0 ? 'unpunctuated' : 'formal';
}

const STRONG_NOMINAL = new Set(['-함', '-됨', '-음', '-것임']);
const NOMINAL_SEARCH = /[함됨음임]/g;

/** Some word of `text[from, to)` ends with a strong nominal ending before a space, punctuation or the end. */
function hasNominalEndings(text: string, from: number, to: number): boolean {
  // Only 함, 됨, 음 and 임 end a word with a strong nominal ending (see decide in ./endings.ts):
  // found by a native search of the paragraph, as in `registerOf`.
  const search = NOMINAL_SEARCH;
  const paragraph = text.slice(from, to);
  search.lastIndex = 0;
  while (search.test(paragraph)) {
    const k = from + search.lastIndex - 1;
    const after = k + 1 < to ? text.charCodeAt(k + 1) : 0x20;
    if (isHangulSyllable(after)) continue;
    const ending = classifyEnding(coreWord(text.slice(tokenStart(text, k + 1, Math.max(from, k - 30)), k + 1)));
    if (ending.strength === 'strong' && STRONG_NOMINAL.has(ending.name)) return true;
  }
  return false;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isTilde(code: number): boolean {
  return code === 0x7e || code === 0xff5e || code === 0x223c;
}

function skipSpaces(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && isSpace(text.charCodeAt(k))) k++;
  return k;
}

function trimEnd(text: string, start: number, end: number): number {
  let k = end;
  while (k > start && isSpace(text.charCodeAt(k - 1))) k--;
  return k;
}

function startsUrl(text: string, i: number, to: number): boolean {
  return text.startsWith('http://', i) || text.startsWith('https://', i) || (text.startsWith('www.', i) && i + 4 < to);
}

function context(text: string, offset: number, from: number, to: number): string {
  const before = text.slice(Math.max(from, offset - 12), offset);
  const after = text.slice(offset, Math.min(to, offset + 12));
  return `${before}|${after}`.replace(/\s+/g, ' ');
}
