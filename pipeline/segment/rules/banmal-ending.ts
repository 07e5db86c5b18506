// Banmal (plain informal speech) ends its sentences with endings that are also connectives:
// -어/-아 (재밌어, 좋아, 있어), -해 (사랑해), -지 (좋지, 뭐 먹지), -이야 (대박이야), -자 (먹자),
// -어라 (챙겨라), -네 (좋네). The classification calls them `contextual`; written without
// punctuation (`진짜 재밌어 또 가자`) they end a sentence only where the text speaks banmal, and
// never before an auxiliary verb (`먹어 봤어`, `맛있어 보임`) or a negation (`하지 않아`). In prose
// that puts a period after its -다 (news, reference) and in polite text (-요, -니다) they are
// connectives (`골을 넣어 팀이`, `차단되어 있어 따뜻하며`) and hold.
import type { Candidate, SegmentRule } from '../types.js';
import { BANMAL_JI_STEMS, HOUSEHOLD, SPEECH_ACTS, NOT_BANMAL_NE, NOT_BANMAL_HAE, NOT_BANMAL_WO, QUESTION_WORDS, SENTENCE_OPENERS } from '../lang/ko.js';
import { classifyEndingIn, leadsIntoVerbAt } from '../endings.js';
import { core, coreRange, isContinuation, pastFollows } from '../words.js';
import { isHangulSyllable, isLineBreak, isSpace, jongOf } from '../chars.js';
import { isAfterthought, isAlternativeQuestion, isEcho } from './sentence-ending.js';

/** The contextual endings this rule reads (see `decide` in ../endings.ts). */
const BANMAL_WEAK = new Set(['-어', '-아', '-해', '-봐', '-줘', '-워', '-져', '-지', '-이야', '-네', '-자', '-어라']);

/** Ending names that show a text speaks banmal when they close a sentence. */
const BANMAL_NAMES = new Set(['-어', '-아', '-해', '-봐', '-줘', '-워', '-져', '-겨', '-쳐', '-려', '-혀', '-와', '-지', '-이야', '-야', '-거야', '-냐', '-었냐', '-었니', '-었어', '-잖아', '-더라', '-ㄹ게', '-ㄹ께', '-ㄹ래', '-었대', '-자', '-네', '-군', '-구나', '-대', '-래', '-ㄹ까', '-걸', '-게', '-어라']);

/** Ending names of polite speech. */
const POLITE_NAMES = new Set(['-요', '-니다', '-니당', '-용', '-죠', '-ㅂ니까']);

/** Vowel indexes ㅏ ㅑ ㅗ (and ㅘ): a stem with one of them takes -아, the others -어. */
const BRIGHT_VOWELS = new Set([0, 2, 8, 9]);

function vowelOf(code: number): number {
  return Math.floor(((code - 0xac00) % 588) / 28);
}

/**
 * The word has the shape of a banmal predicate, not of a noun: -어/-아 after a closed stem syllable
 * in vowel harmony (먹어, 있어, 좋아, 괜찮아; not 언어, 아시아); -지 after a question word unless
 * after an adnominal (할지, 하는지 are embedded questions), or else after a predicate stem (좋지,
 * 그렇지, 당연하지; not 바지, 금지); -해, -워, -네 but not in a noun (올해, 위해, 파워, 동네, 친구네).
 */
function predicateShape(word: string, name: string, asks: boolean): boolean {
  const n = word.length;
  // 먹어 봐, 도와 줘: the auxiliary alone.
  if (n === 1) return name === '-봐' || name === '-줘';
  const stem = word.charCodeAt(n - 2);
  if (!isHangulSyllable(stem)) return false;
  if (name === '-어' || name === '-아') {
    if (jongOf(stem) === 0) return false;
    return BRIGHT_VOWELS.has(vowelOf(stem)) === (name === '-아');
  }
  // -지 asks after a question word whatever the stem (뭐 먹지, 어디 가지), but not as -ㄴ지/-ㄹ지 (뭘 할지 모르겠어).
  if (name === '-지') return asks ? jongOf(stem) !== 4 /* ㄴ */ && jongOf(stem) !== 8 /* ㄹ */ : BANMAL_JI_STEMS.has(stem);
  if (name === '-해') return !NOT_BANMAL_HAE.has(word.slice(-2)) && !word.endsWith('지중해');
  if (name === '-워') return !NOT_BANMAL_WO.has(word.slice(-2));
  // 우리네, 친구네, 이모네: 네 after a person is "and family", a noun; 동네, 그네, 지네 are nouns too.
  if (name === '-네') return !NOT_BANMAL_NE.has(word.slice(0, -1)) && !word.endsWith('님네') && !word.endsWith('동네');
  return true;
}

/** A question word (뭐, 어디, 언제, 왜…) comes earlier in the sentence, within a few words: `오늘 점심 뭐 먹지`. */
function askedBefore(c: Candidate): boolean {
  const { text } = c;
  let k = c.end - c.word.length;
  // The question word may be the word itself (뭐지, 왜지, 어디지).
  if (QUESTION_WORDS.some((word) => text.startsWith(word, k))) return true;
  for (let words = 0; words < 4; words++) {
    if (k - 1 <= c.sentenceStart || !isSpace(text.charCodeAt(k - 1)) || isLineBreak(text.charCodeAt(k - 1))) return false;
    let start = k - 1;
    while (start > c.sentenceStart && !isSpace(text.charCodeAt(start - 1))) start--;
    for (const word of QUESTION_WORDS) if (text.startsWith(word, start)) return true;
    k = start;
  }
  return false;
}

/** An open syllable in ㅏ ㅓ ㅕ: the -어/-아 form of a verb before 가다 or 오다 (가져가, 들어가, 나와, 올라가). */
function afterInfinitive(code: number): boolean {
  if (!isHangulSyllable(code) || jongOf(code) !== 0) return false;
  const vowel = vowelOf(code);
  return vowel === 0 || vowel === 4 || vowel === 6;
}

/** Marks that close a sentence or follow its last word: sentence punctuation, ~, line breaks, jamo reactions, ;, ^, emoji. */
const END_MARK = (() => {
  const table = new Uint8Array(0x10000);
  for (const char of '.?!\u2026\u2025\u3002\uff0e\uff1f\uff01\u203c\u2047\u2048\u2049~\n\r\u2028\u2029;^') table[char.charCodeAt(0)] = 1;
  for (let code = 0x3131; code <= 0x3163; code++) table[code] = 1; // ㄱ…ㅣ
  for (let code = 0xd800; code <= 0xdbff; code++) table[code] = 1; // emoji (high surrogates)
  return table;
})();

/** Cache of the last paragraph read: candidates of one paragraph share its text and limit. */
let cachedText = '';
let cachedLimit = -1;
let cachedBanmal = false;
let cachedPolite = false;

/** The paragraph ending at `limit` speaks banmal: it closes more sentences with banmal endings than with polite ones. */
function speaksBanmal(text: string, from: number, limit: number): boolean {
  readParagraph(text, from, limit);
  return cachedBanmal;
}

/** The paragraph ending at `limit` closes some sentence with a polite ending (-요, -니다). */
function speaksPolitely(text: string, from: number, limit: number): boolean {
  readParagraph(text, from, limit);
  return cachedPolite;
}

/** Counts the banmal and polite ends of the paragraph around `from`, once per paragraph. */
function readParagraph(text: string, from: number, limit: number): void {
  if (text === cachedText && limit === cachedLimit) return;
  // The paragraph starts after the last blank line before `from` (or at the start of the text);
  // line breaks are found natively, and most paragraphs have none.
  let start = 0;
  for (let nl = text.lastIndexOf('\n', from - 1); nl > 0; nl = text.lastIndexOf('\n', nl - 1)) {
    let k = nl - 1;
    while (k >= 0 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09 || text.charCodeAt(k) === 0x0d)) k--;
    if (k < 0 || text.charCodeAt(k) === 0x0a) {
      start = nl + 1;
      break;
    }
  }
  let banmal = 0;
  let polite = 0;
  // A word that ends a sentence: before punctuation, a tilde, a line break, a reaction (ㅋㅋ, ;;, ^^)
  // or an emoji, or at the end of the paragraph (one table lookup per character).
  for (let at = start + 1; at <= limit; at++) {
    if (at < limit && END_MARK[text.charCodeAt(at)] === 0) continue;
    const k = at - 1;
    if (!isHangulSyllable(text.charCodeAt(k))) continue;
    let wordStart = k;
    while (wordStart > start && isHangulSyllable(text.charCodeAt(wordStart - 1))) wordStart--;
    coreRange(text, wordStart, k + 1);
    const name = classifyEndingIn(text, core.start, core.end).name;
    // (안 돼, 해야 돼, 늦지 마, 이리 와, 빨리 가, 가져가, 나와: endings the classification leaves out.)
    const last = text.charCodeAt(k);
    if (BANMAL_NAMES.has(name) || last === 0xb3fc /* 돼 */ || (last === 0xb9c8 /* 마 */ && k === wordStart) || ((last === 0xac00 /* 가 */ || last === 0xc640 /* 와 */ || last === 0xd574 /* 해 */) && (k === wordStart || afterInfinitive(text.charCodeAt(k - 1))))) banmal++;
    else if (POLITE_NAMES.has(name)) polite++;
  }
  cachedText = text;
  cachedLimit = limit;
  cachedBanmal = banmal > 0 && banmal >= polite;
  cachedPolite = polite > 0;
}

export const banmalEnding: SegmentRule = {
  id: 'banmal-ending',
  description: 'Cut at a space after a banmal ending in text that speaks banmal (진짜 재밌어 또 가자, 오늘 점심 뭐 먹지 어제…); hold before an auxiliary (먹어 봤어, 맛있어 보임) or a negation (하지 않아), at the first word (맞아 큰일났지), and in formal or polite text.',
  kinds: ['space'],
  decide(c) {
    if (!c.splitAtEndings || c.ending.strength !== 'contextual' || c.newline) return undefined;
    const name = c.ending.name;
    if (!BANMAL_WEAK.has(name)) return undefined;
    const { word } = c;
    // 오늘 점심 뭐 먹지: -지 after a question word asks, in any text that is not polite (몇 가지 is a noun).
    const asks = name === '-지' && !(word === '가지' && c.text.startsWith('몇 ', c.end - 4)) && askedBefore(c);
    if (!predicateShape(word, name, asks)) return undefined;
    // 맞아 큰일났지, 민수야 밥 먹자: a first word in -아 or -야 is an interjection or a name called.
    const wordStart = c.end - word.length;
    const speechAct = SPEECH_ACTS.some((act) => word.endsWith(act));
    if ((wordStart <= c.sentenceStart || !isSpace(c.text.charCodeAt(wordStart - 1))) && !speechAct) return undefined;
    // Prose that puts a period after its -다 (news, reference) uses these endings as connectives.
    if (c.register === 'formal') return undefined;
    const next = c.nextWord;
    // 먹어 봤어, 하지 않아 (usually settled as weak by the classification already), 있어 "라고…".
    if (next.length === 0 || leadsIntoVerbAt(c.text, c.next, name) || isContinuation(next) || SENTENCE_OPENERS.has(next)) return undefined;
    // 지민이네 집에, 민수네 가게: -네 before a home or a household is "and family", a noun.
    if (name === '-네' && HOUSEHOLD.some((noun) => next.startsWith(noun))) return undefined;
    // -네 closes a sentence in polite text too (좋네 다음에 또 올게요); the others only in banmal.
    if (isAlternativeQuestion(c) || isAfterthought(c) || isEcho(c)) return undefined;
    // 날씨가 좋아 공원에 갔어: a present -어 before a past predicate is the connective -어(서); two
    // sentences would both be past (날씨가 좋았어 공원에 갔어).
    // (고마워, 미안해: thanks and apologies are said whole, whatever follows.)
    if ((name === '-어' || name === '-아' || name === '-해' || name === '-워') && !speechAct && pastFollows(c)) return undefined;
    // Last, as it reads the whole paragraph (once): -자 proposes in any text that is not polite
    // (사진 찍자 여기 배경 예쁘다), and so do the imperative -어라 and -지 after a question word; -네 ends sentences in polite text too; the others need banmal.
    if (name === '-자' || name === '-어라' || asks ? speaksPolitely(c.text, c.sentenceStart, c.limit) : name !== '-네' && !speaksBanmal(c.text, c.sentenceStart, c.limit)) return undefined;
    return 'cut';
  },
};
