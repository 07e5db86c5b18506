// Classifies the end of a Korean word as a sentence-final ending, from its last two syllables.
// `strong`: the word ends a sentence unless what follows says otherwise (했다, 합니다, 좋아요, 했음).
// `weak`: it may end a sentence (하다, 보이다, 할까, 좋네, 웃김) but also appears mid-sentence
// (도주하다 붙잡혀, 할까 말까), so only punctuation or a line end confirms it.
// `contextual`: a banmal ending that is as often a connective (재밌어, 좋아, 사랑해, 좋지, 대박이야):
// it is weak except where the text around it says otherwise (rules/banmal-ending.ts: the text speaks
// banmal, no auxiliary follows; -지 after a question word), so it is never settled without a look.
import { JONG, isHangulSyllable, jongOf } from './chars.js';
import { BANMAL_AUXILIARY_STARTS, NOT_AUXILIARY, ADVERBS_BEFORE_NOMINAL, PLAYFUL_YONG_BEFORE, NOT_FINAL, NOUNS_ENDING_IN_HAM, NOUNS_LIKE_ENDINGS, NOUNS_ENDING_IN_YO, POLITE_YO_BEFORE_CLOSED, POLITE_YO_BEFORE_OPEN_EXTRA } from './lang/ko.js';

export type EndingStrength = 'strong' | 'contextual' | 'weak' | 'none';

export interface Ending {
  strength: EndingStrength;
  /** Short name of the ending found, for debug output: `-었다`, `-요`, `-음`… */
  name: string;
}

/** Final consonants ㅀ and ㅎ (JONG has the others the rules use). */
const RIEUL_HIEUT = 15;
const HIEUT = 27;

const NONE: Ending = Object.freeze({ strength: 'none', name: '' });

/** A table of `codes` (1: in it), so the classifier tests a code unit with one load instead of a Set lookup. */
function codeTable(codes: Iterable<number>, size = 0x10000): Uint8Array {
  const table = new Uint8Array(size);
  for (const code of codes) table[code] = 1;
  return table;
}

/** `codeTable` of one-character strings (no string is made per lookup). */
function charTable(chars: Iterable<string>): Uint8Array {
  const codes: number[] = [];
  for (const char of chars) if (char.length === 1) codes.push(char.charCodeAt(0));
  return codeTable(codes);
}

const ADVERBS_BEFORE_NOMINAL_CODES = charTable(ADVERBS_BEFORE_NOMINAL);
const PLAYFUL_YONG_BEFORE_CODES = charTable(PLAYFUL_YONG_BEFORE);
const POLITE_YO_BEFORE_OPEN_EXTRA_CODES = charTable(POLITE_YO_BEFORE_OPEN_EXTRA);
const POLITE_YO_BEFORE_CLOSED_CODES = charTable(POLITE_YO_BEFORE_CLOSED);

/** Medial vowel index (jungseong) of a syllable. */
function vowelOf(code: number): number {
  return Math.floor(((code - 0xac00) % 588) / 28);
}
/** Vowels ㅏ ㅑ ㅗ ㅘ (indexes 0, 2, 8, 9): a stem with one of them takes -아, the others -어. */
const BRIGHT_VOWELS = codeTable([0, 2, 8, 9], 21);
/**
 * Verb stems (last syllables) before the propositive -자: 하자, 가자, 보자, 자자, 쉬자, 만나자, 두자, 해보자, 먹자,
 * 놀자, 살자, 만들자, 찾자, 잡자, 씻자, 웃자, 걷자, 듣자, 참자, 믿자, 있자, 앉자, 읽자, 닫자, 팔자, 알자, 붙자, 받자,
 * 찍자, 마시자, 켜자, 끄자, 쓰자, 뛰자, 치자, 지키자, 넣자, 빼자, 굽자, 짓자, 묻자, 내자, 서자.
 * Nouns end in 자 after other syllables (남자, 여자, 의자, 과자, 피자, 기자, 숫자, 글자, 감자, 배우자).
 */
const PROPOSITIVE_STEMS = codeTable([0xd558, 0xac00, 0xbcf4, 0xc790, 0xc26c, 0xb098, 0xb450, 0xd574, 0xba39, 0xb180, 0xc0b4, 0xb4e4, 0xcc3e, 0xc7a1, 0xc53b, 0xc6c3, 0xac77, 0xb4e3, 0xcc38, 0xbbff, 0xc788, 0xc549, 0xc77d, 0xb2eb, 0xd314, 0xc54c, 0xbd99, 0xbc1b, 0xcc0d, 0xc2dc, 0xcf1c, 0xb044, 0xc4f0, 0xb6f0, 0xce58, 0xd0a4, 0xb123, 0xbe7c, 0xad7d, 0xc9d3, 0xbb3b, 0xb0b4, 0xc11c]);

/** The -어/-아 form of a verb before the imperative 라: 어 아 해 봐 와 줘 져 쳐 겨 워 려 셔 써 켜 혀 (먹어라, 해라, 챙겨라). */
const IMPERATIVE_BEFORE_RA = codeTable([0xc5b4, 0xc544, 0xd574, 0xbd10, 0xc640, 0xc918, 0xc838, 0xccd0, 0xaca8, 0xc6cc, 0xb824, 0xc154, 0xc368, 0xcf1c, 0xd600]);

/** Vowels of the -어/-아 form of a verb in an open syllable: ㅏ ㅐ ㅓ ㅕ ㅘ ㅝ (가, 해, 어, 려, 와, 워). */
const INFINITIVE_VOWELS = codeTable([0, 1, 4, 6, 9, 14], 21);

/** Syllables before 해 in postpositions and nouns (위해, 통해, 대해, 의해, 인해, 관해, 향해, 비해, 올해, 이해, 손해, 피해, 방해). */
const HAE_NOT_BANMAL_BEFORE = charTable('위통대의인관향비올이손피방');
// Vowels ㅗ ㅛ ㅜ ㅠ ㅡ (indexes 8, 12, 13, 17, 18).
const ROUNDED_OR_EU = codeTable([8, 12, 13, 17, 18], 21);

/** `word` is the word before a possible boundary, stripped of punctuation, quotes and emoticons. */
export function classifyEnding(word: string): Ending {
  return classifyEndingIn(word, 0, word.length);
}

/** `classifyEnding` of `text.slice(from, to)`, without copying it. */
export function classifyEndingIn(text: string, from: number, to: number): Ending {
  const n = to - from;
  if (n <= 0) return NONE;
  const last = text.charCodeAt(to - 1);
  if (!isHangulSyllable(last)) return NONE;
  const prev = n >= 2 ? text.charCodeAt(to - 2) : 0;
  const hasPrev = isHangulSyllable(prev);
  // 함, 됨 typed apart from their verb: 맛나 보이게 함.
  if (n === 1 && (last === 0xd568 || last === 0xb428)) return ending('strong', last === 0xd568 ? '-함' : '-됨');
  // 못 탐, 안 잠, 잘 씀: one syllable in ㅁ after a verbal adverb is a verb's nominal ending.
  if (n === 1) {
    if (last === 0xb4ef /* 듯 */) return afterFutureAdnominal(text, from) ? ending('strong', '-ㄹ 듯') : afterPastAdnominal(text, from) ? ending('weak', '-ㄴ 듯') : NONE;
    // 먹어 봐, 도와 줘: an auxiliary typed apart from its verb, in banmal.
    if (last === 0xbd10 /* 봐 */ || last === 0xc918 /* 줘 */) return ending('contextual', nameOf(last));
    // 일주일 뒤에 옴, 방금 옴: 옴 alone is 오다 in the nominal ending (the noun, a skin disease, is rare).
    if (last === 0xc634 /* 옴 */ && from >= 1 && text.charCodeAt(from - 1) === 0x20) return ending('strong', '-옴');
    // 두고 감, 먹고 옴, 씻고 잠: 가다, 주다, 두다, 자다 in the nominal ending after a verb in -고.
    if (AFTER_GO_NOMINALS[last] === 1 && afterGoConnective(text, from)) return ending('strong', '-고 ㅁ');
    return jongOf(last) === JONG.mieum && afterVerbalAdverb(text, from) ? ending('weak', '-ㅁ') : NONE;
  }
  // 세금 포함, 사물함: nouns in 함 (미포함 stays a predicate: 배송비 미포함).
  if (last === 0xd568 && NOUNS_ENDING_IN_HAM.some((noun) => (noun === '포함' ? n === 2 : noun.length <= n) && text.endsWith(noun, to))) return NONE;
  const found = decide(text, from, to, prev, hasPrev, last);
  if (found === NONE) return NONE;
  if (n <= 4 && isNotFinal(text, from, to)) return NONE;
  if ((last === 0xc5b4 || last === 0xc694) && NOUN_PENULTIMATE[prev] === 1 && NOUNS_LIKE_ENDINGS.some((noun) => noun.length <= n && text.endsWith(noun, to))) return NONE; // 어, 요
  // 하지 않았다, 먹어 봤어, 붙어 있어: before a negation or an auxiliary (after one space) a banmal
  // ending is a connective for certain, so it is weak (read here, this saves a candidate per case).
  if (found.strength === 'contextual' && to + 1 < text.length && text.charCodeAt(to) === 0x20 && text.charCodeAt(to + 1) !== 0x20 && leadsIntoVerbAt(text, to + 1, found.name)) return weakTwin(found);
  return found;
}

/** Negations after -지: 하지 않아, 좋지 못해, 가지 마. */
const AFTER_JI = ['않', '안', '못', '말', '마', '아니'];

/**
 * At `k` starts a negation (after -지) or an auxiliary verb (after -어/-아: 먹어 봤어, 도와 줘, 있어 가져가
 * is not one), so the banmal ending `name` before it joins the two verbs. -네, -자, -어라 take no auxiliary.
 */
export function leadsIntoVerbAt(text: string, k: number, name: string): boolean {
  if (name === '-네' || name === '-자' || name === '-어라') return false;
  if (name === '-지') {
    for (const start of AFTER_JI) if (text.startsWith(start, k)) return true;
    return false;
  }
  const starts = AUXILIARY_BY_FIRST.get(text.charCodeAt(k));
  if (starts === undefined) return false;
  const exceptions = NOT_AUXILIARY_BY_FIRST.get(text.charCodeAt(k));
  if (exceptions !== undefined) for (const start of exceptions) if (text.startsWith(start, k)) return false;
  for (const start of starts) if (start.length === 1 || text.startsWith(start, k)) return true;
  return false;
}

/** `words` by their first character. */
function byFirst(words: readonly string[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const word of words) {
    const list = map.get(word.charCodeAt(0)) ?? [];
    list.push(word);
    map.set(word.charCodeAt(0), list);
  }
  return map;
}
const AUXILIARY_BY_FIRST = byFirst(BANMAL_AUXILIARY_STARTS);
const NOT_AUXILIARY_BY_FIRST = byFirst(NOT_AUXILIARY);

/** The word at `from` follows one of ADVERBS_BEFORE_NOMINAL and a space (못 탐); a noun there (못 밤) is rare. */
function afterVerbalAdverb(text: string, from: number): boolean {
  if (from < 2 || text.charCodeAt(from - 1) !== 0x20) return false;
  const adverb = text.charCodeAt(from - 2);
  if (ADVERBS_BEFORE_NOMINAL_CODES[adverb] !== 1) return false;
  // The adverb is a word of its own: 못 탐, not 잘못 탐… (a two-syllable 잘못 is still an adverb, but 그만큼 다 is not).
  return from < 3 || !isHangulSyllable(text.charCodeAt(from - 3)) || text.charCodeAt(from - 3) === 0xc798 /* 잘 */;
}

/** NOT_FINAL nouns in 임 (게임, 타임, 모임, 책임…), matched as the end of a longer word. */
const NOUNS_IN_IM = [...NOT_FINAL].filter((word) => word.length >= 2 && word.endsWith('임'));

/**
 * Syllables before 게 that make it the promise -ㄹ게 (먹을게, 할게, 갈게, 드릴게): 을 and the future
 * form of vowel stems. Stems in ㄹ are left out (길게, 멀게, 힘들게, 만들게 are adverbial -게).
 */
const PROMISE_GE_BEFORE = charTable('을할갈줄볼올될쓸탈잘낼칠릴킬실질찰둘');

/** One-syllable nominals of verbs used after -고: 감 (가다), 줌 (주다), 둠 (두다), 잠 (자다). */
const AFTER_GO_NOMINALS = codeTable([0xac10, 0xc90c, 0xb460, 0xc7a0]);

/** The word at `from` follows a verb in -고 (두고 감, 씻고 잠), not the conjunction 그리고. */
function afterGoConnective(text: string, from: number): boolean {
  if (from < 3 || text.charCodeAt(from - 1) !== 0x20 || text.charCodeAt(from - 2) !== 0xace0 /* 고 */) return false;
  const before = text.charCodeAt(from - 3);
  if (!isHangulSyllable(before)) return false;
  return !(before === 0xb9ac /* 리 */ && from >= 4 && text.charCodeAt(from - 4) === 0xadf8 /* 그 */);
}

/** The word at `from` follows an adnominal in -ㄴ and a space: 망한 듯, 온 듯 (also 미친 듯 웃었다, so weak). */
function afterPastAdnominal(text: string, from: number): boolean {
  return from >= 2 && text.charCodeAt(from - 1) === 0x20 && jongOf(text.charCodeAt(from - 2)) === JONG.nieun;
}

/** The word at `from` follows a word in -ㄹ and a space: 될 듯, 못 내려갈 듯 (not 미친 듯). */
function afterFutureAdnominal(text: string, from: number): boolean {
  return from >= 2 && text.charCodeAt(from - 1) === 0x20 && jongOf(text.charCodeAt(from - 2)) === JONG.rieul;
}

/** NOT_FINAL by last character, so the check reads the text in place instead of slicing it. */
const NOT_FINAL_BY_LAST = new Map<number, string[]>();
for (const word of NOT_FINAL) {
  const last = word.charCodeAt(word.length - 1);
  const list = NOT_FINAL_BY_LAST.get(last) ?? [];
  list.push(word);
  NOT_FINAL_BY_LAST.set(last, list);
}

/** `text.slice(from, to)` is in NOT_FINAL. */
function isNotFinal(text: string, from: number, to: number): boolean {
  const words = NOT_FINAL_BY_LAST.get(text.charCodeAt(to - 1));
  if (words === undefined) return false;
  for (const word of words) if (word.length === to - from && text.startsWith(word, from)) return true;
  return false;
}

/** Second-to-last characters of NOUNS_LIKE_ENDINGS (all are two syllables or more): a quick no. */
const NOUN_PENULTIMATE = codeTable(NOUNS_LIKE_ENDINGS.map((noun) => noun.charCodeAt(noun.length - 2)));

/** `-X` names for single-syllable endings, built once per syllable. */
const NAMES = new Map<number, string>();
function nameOf(code: number): string {
  let name = NAMES.get(code);
  if (name === undefined) NAMES.set(code, (name = `-${String.fromCharCode(code)}`));
  return name;
}

const strongEndings = new Map<string, Ending>();
const weakEndings = new Map<string, Ending>();
/** One frozen object per ending, so classifying allocates nothing. */
const contextualEndings = new Map<string, Ending>();
function ending(strength: 'strong' | 'contextual' | 'weak', name: string): Ending {
  const table = strength === 'strong' ? strongEndings : strength === 'weak' ? weakEndings : contextualEndings;
  let found = table.get(name);
  if (!found) table.set(name, (found = Object.freeze({ strength, name })));
  return found;
}

/** The weak ending of the same name as a contextual one, kept on the side so classifying allocates and looks up nothing. */
const WEAK_TWINS = new Map<Ending, Ending>();
function weakTwin(found: Ending): Ending {
  let twin = WEAK_TWINS.get(found);
  if (twin === undefined) WEAK_TWINS.set(found, (twin = ending('weak', found.name)));
  return twin;
}

function decide(text: string, from: number, to: number, prev: number, hasPrev: boolean, last: number): Ending {
  const n = to - from;
  switch (last) {
    case 0xb2e4: { // 다
      if (!hasPrev) return NONE; // 다 alone is the adverb "all"
      const p = prev;
      if (p === 0xb2c8 /* 니 */) {
        // 합니다, 습니다, 아닙니다, 아니다 — but 다니다 and 지니다 are verbs in dictionary form.
        const pp = n >= 3 ? text.charCodeAt(to - 3) : 0;
        if (jongOf(pp) === JONG.bieup || text.charCodeAt(to - 3) === 0xc544 /* 아 */) return ending('strong', '-니다');
        return ending('weak', '-니다?');
      }
      if (p === 0xbcf4 /* 보 */ || p === 0xb9c8 /* 마 */ || p === 0xb824 /* 려 */ || p === 0xbc14 /* 바 */) return NONE; // 보다 (than), 마다 (every), 하려다
      if (jongOf(prev) > 0) return ending('strong', '-다');
      if (p === 0xc774 /* 이 */ && n >= 3 && jongOf(text.charCodeAt(to - 3)) > 0) {
        // 끓이다, 쌓이다, 놓이다: a verb stem in ㄶ ㅀ ㅎ (no noun ends so) + 이다 is a verb, often a connective.
        const jong = jongOf(text.charCodeAt(to - 3));
        return jong === JONG.nieunHieut || jong === RIEUL_HIEUT || jong === HIEUT ? ending('weak', '-다') : ending('strong', '-이다');
      }
      if (p === 0xac70 /* 거 */ || p === 0xd130 /* 터 */) return ending('strong', '-(이)다');
      // 합시다, 갑시다, 먹읍시다: the propositive -ㅂ시다.
      if (p === 0xc2dc /* 시 */ && n >= 3 && (jongOf(text.charCodeAt(to - 3)) === JONG.bieup || text.charCodeAt(to - 3) === 0xc74d /* 읍 */)) return ending('strong', '-ㅂ시다');
      if (p === 0xc774 /* 이 */ && n === 2) return NONE;
      return ending('weak', '-다');
    }
    case 0xc6a9: { // 용
      // 해용, 좋아용: a playful 요. Nouns end in 용 too (사용, 이용, 내용, 비용), so only after an ending.
      if (!hasPrev) return NONE;
      return PLAYFUL_YONG_BEFORE_CODES[prev] === 1 ? ending('strong', '-용') : NONE;
    }
    case 0xb2f9: // 당
      // 했답니당, 먹어봤습니당: a playful 니다.
      return hasPrev && text.charCodeAt(to - 2) === 0xb2c8 /* 니 */ ? ending('strong', '-니당') : NONE;
    case 0xc694: { // 요
      if (!hasPrev) return NONE;
      if (n === 2 && NOUNS_ENDING_IN_YO.has(text.slice(from, to))) return NONE;
      const p = prev;
      if (jongOf(prev) === 0) {
        if (ROUNDED_OR_EU[vowelOf(prev)] !== 1 || POLITE_YO_BEFORE_OPEN_EXTRA_CODES[p] === 1) return ending('strong', '-요');
        return NONE;
      }
      if (jongOf(prev) === JONG.ssangSiot || POLITE_YO_BEFORE_CLOSED_CODES[p] === 1) return ending('strong', '-요');
      return NONE;
    }
    case 0xc8e0: // 죠
    case 0xc96c: // 쥬
    case 0xc918: // 줘
      return hasPrev ? ending('strong', '-죠') : NONE;
    case 0xae4c: { // 까
      if (!hasPrev) return NONE;
      const p = prev;
      if (p === 0xb2c8 /* 니 */ && n >= 3) {
        const pp = text.charCodeAt(to - 3);
        if (jongOf(pp) === JONG.bieup || text.charCodeAt(to - 3) === 0xc2b5 /* 습 */) return ending('strong', '-ㅂ니까');
        return NONE; // 하니까 (because)
      }
      if (jongOf(prev) === JONG.rieul) return ending('weak', '-ㄹ까');
      return NONE;
    }
    case 0xad70: // 군
      if (hasPrev && (text.charCodeAt(to - 2) === 0xb294 /* 는 */ || jongOf(prev) === JONG.ssangSiot)) return ending('strong', '-군');
      return NONE;
    case 0xb098: // 나
      if (hasPrev && text.charCodeAt(to - 2) === 0xad6c /* 구 */) return ending('strong', '-구나');
      // 있긋나, 하겠나 (Gyeongsang -긋나).
      if (hasPrev && text.charCodeAt(to - 2) === 0xae0b /* 긋 */) return ending('strong', '-긋나');
      if (hasPrev && jongOf(prev) === JONG.ssangSiot) return ending('weak', '-나');
      return NONE;
    case 0xb124: // 네
      if (!hasPrev) return NONE;
      if (jongOf(prev) === JONG.ssangSiot) return ending('strong', '-네');
      // 좋네, 예쁘네: -네 rarely joins clauses, but 우리네, 친구네 (집) and 자네 are nouns.
      return ending('contextual', '-네');
    case 0xc9c0: // 지
      if (hasPrev && (jongOf(prev) === JONG.ssangSiot || text.charCodeAt(to - 2) === 0xaca0 /* 겠 */)) return ending('strong', '-지');
      // 내일까지, 여기까지: the particle "until".
      if (prev === 0xae4c /* 까 */) return NONE;
      if (!hasPrev) return NONE;
      // 할지, 하는지, 먹은지: embedded questions; elsewhere banmal 좋지, 뭐 먹지 (or a noun: 바지, 금지).
      return jongOf(prev) === JONG.nieun || jongOf(prev) === JONG.rieul ? ending('weak', '-지') : ending('contextual', '-지');
    case 0xd568: // 함
    case 0xb428: // 됨
      return hasPrev ? ending('strong', nameOf(last)) : NONE;
    case 0xc74c: { // 음
      if (!hasPrev) return NONE;
      const jong = jongOf(prev);
      if (jong === JONG.ssangSiot || jong === JONG.bieupSiot || jong === JONG.nieunHieut) return ending('strong', '-음');
      return ending('weak', '-음');
    }
    case 0xc784: // 임
      if (hasPrev && text.charCodeAt(to - 2) === 0xac83 /* 것 */) return ending('strong', '-것임');
      // 휴무임, 맛집임: a noun with the nominal copula (not a compound ending in 게임, 타임, 모임: 원스어폰어타임).
      if (n >= 3) return NOUNS_IN_IM.some((noun) => text.endsWith(noun, to)) ? NONE : ending('strong', '-임');
      return hasPrev ? ending('weak', '-임') : NONE;
    case 0xaed8: // 께
      // 할께, 갈께: the common spelling of the promise ending -ㄹ게.
      return hasPrev && jongOf(prev) === JONG.rieul ? ending('strong', '-ㄹ께') : NONE;
    case 0xc7ac: // 재
    case 0xc81c: // 제
      // 없재, 싶았제, 했제: Gyeongsang -재/-제.
      return hasPrev && (jongOf(prev) === JONG.ssangSiot || jongOf(prev) === JONG.bieupSiot) ? ending('strong', '-제') : NONE;
    case 0xc720: // 유
      // 않아유, 했어유: Chungcheong -유.
      return hasPrev && (text.charCodeAt(to - 2) === 0xc544 /* 아 */ || text.charCodeAt(to - 2) === 0xc5b4 /* 어 */ || text.charCodeAt(to - 2) === 0xd574 /* 해 */) && n >= 3 ? ending('strong', '-유') : NONE;
    case 0xba3c: // 먼
    case 0xb9cc: // 만
      // 안되는구먼, 하는구만.
      return hasPrev && text.charCodeAt(to - 2) === 0xad6c /* 구 */ ? ending('strong', '-구먼') : NONE;
    case 0xb791: // 랑
      // 먹었걸랑.
      return hasPrev && text.charCodeAt(to - 2) === 0xac78 /* 걸 */ ? ending('strong', '-걸랑') : NONE;
    case 0xac00: // 가
      // 했다아이가 (Gyeongsang).
      return n >= 4 && (text.endsWith('다아이가', to) || text.endsWith('지아이가', to)) ? ending('strong', '-아이가') : NONE;
    case 0xd574: // 해
      // 사랑해, 말해, 못해: banmal -해 (위해, 통해, 대해, 의해, 인해, 관해, 향해, 비해, 올해, 이해, 손해, 피해, 방해 are not).
      if (!hasPrev) return NONE;
      return HAE_NOT_BANMAL_BEFORE[prev] === 1 ? ending('weak', '-해') : ending('contextual', '-해');
    case 0xc6cc: // 워
      // 귀여워, 추워, 어려워: banmal -워 (파워, 타워, 샤워 are loanwords).
      if (!hasPrev) return NONE;
      return prev === 0xd30c /* 파 */ || prev === 0xd0c0 /* 타 */ || prev === 0xc0e4 /* 샤 */ ? ending('weak', '-워') : ending('contextual', '-워');
    case 0xbd10: // 봐
    case 0xc838: // 져
      return hasPrev ? ending('contextual', nameOf(last)) : NONE;
    case 0xc918: // 줘
    case 0xc640: // 와
    case 0xb824: // 려
    case 0xccd0: // 쳐
    case 0xaca8: // 겨
    case 0xd600: // 혀
    case 0xd590: // 햐
      // Informal -어 contracted with the stem: 뽑아버려, 귀여워, 해봐, 도와줘, 우묵햐.
      return hasPrev ? ending('weak', nameOf(last)) : NONE;
    case 0xb300: // 대
      // 닫았대, 했대, 좋았대: hearsay after the past tense.
      if (hasPrev && jongOf(prev) === JONG.ssangSiot) return ending('strong', '-었대');
      return hasPrev ? ending('weak', nameOf(last)) : NONE;
    case 0xb4ef: // 듯
      // 될듯, 갈듯: -ㄹ 듯 typed without its space.
      return hasPrev && jongOf(prev) === JONG.rieul ? ending('strong', '-ㄹ듯') : NONE;
    case 0xc57c: // 야
      if (hasPrev && text.charCodeAt(to - 2) === 0xac70 /* 거 */) return ending('strong', '-거야');
      // 대박이야, 진심이야: the banmal copula after a noun in a closed syllable (the particle 이야 too: 지금이야).
      if (prev === 0xc774 /* 이 */ && n >= 3 && jongOf(text.charCodeAt(to - 3)) > 0) return ending('contextual', '-이야');
      return hasPrev ? ending('weak', '-야') : NONE;
    case 0xc634: // 옴
      // 나옴, 들어옴, 다녀옴: 오다 in the nominal ending (no noun ends in 옴).
      return hasPrev ? ending('strong', '-옴') : NONE;
    case 0xbd04: // 봄
    case 0xc90c: // 줌
    case 0xb460: // 둠
      // 가봄, 먹어봄, 해줌, 사둠: 보다, 주다, 두다 as auxiliaries in the nominal ending, after the -어/-아
      // form of a verb (an open syllable in ㅏ ㅓ ㅕ ㅐ ㅘ ㅝ; 올봄, 늦봄, 초봄, 새봄 are nouns).
      if (hasPrev && jongOf(prev) === 0 && prev !== 0xc0c8 /* 새 */ && INFINITIVE_VOWELS[vowelOf(prev)] === 1) return ending('strong', '-어 ' + String.fromCharCode(last));
      return hasPrev ? ending('weak', '-ㅁ') : NONE;
    case 0xac8c: // 게
      // 할게, 갈게, 먹을게: the promise -ㄹ게 (알게 되다, 살게 하다 are held by the sentence-ending rule).
      if (hasPrev && PROMISE_GE_BEFORE[prev] === 1) return ending('strong', '-ㄹ게');
      return hasPrev ? ending('weak', nameOf(last)) : NONE;
    case 0xb798: // 래
      // 할래, 갈래, 먹을래: -ㄹ래 (not the connective -길래: 부르길래, 불편해지길래).
      if (hasPrev && jongOf(prev) === JONG.rieul && prev !== 0xae38 /* 길 */) return ending('strong', '-ㄹ래');
      return hasPrev ? ending('weak', nameOf(last)) : NONE;
    case 0xc790: // 자
    case 0xb77c: // 라
      // 나간기라, 외로븐기라 (Gyeongsang -기라).
      if (last === 0xb77c && hasPrev && text.charCodeAt(to - 2) === 0xae30 /* 기 */ && n >= 3) return ending('strong', '-기라');
      // 먹자, 가자, 놀자, 해보자: the propositive -자 after a verb stem (남자, 의자, 피자, 숫자 are nouns).
      if (last === 0xc790 && PROPOSITIVE_STEMS[prev] === 1) return ending('contextual', '-자');
      // 했더라, 놨더라, 좋더라: the retrospective -더라.
      if (last === 0xb77c && hasPrev && text.charCodeAt(to - 2) === 0xb354 /* 더 */ && n >= 3) return ending('strong', '-더라');
      // 챙겨라, 먹어라, 해라: the imperative -어라 after the -어 form of a verb.
      if (last === 0xb77c && IMPERATIVE_BEFORE_RA[prev] === 1) return ending('contextual', '-어라');
    case 0xc5b4: // 어
    case 0xb2c8: // 니
    case 0xb0d0: // 냐
      // 했어, 먹었니, 봤냐: banmal after the past tense (no noun ends in ㅆ + 어/니/냐); not 있어, 재밌어,
      // which are as often the connective -어(서) (붙어 있어 꼬들살인…) or before an auxiliary (맛있어 보임).
      if ((last === 0xc5b4 || last === 0xb2c8 || last === 0xb0d0) && hasPrev && jongOf(prev) === JONG.ssangSiot && prev !== 0xc788 /* 있 */ && prev !== 0xbc0c /* 밌 */) return ending('strong', last === 0xc5b4 ? '-었어' : last === 0xb2c8 ? '-었니' : '-었냐');
      // 실화냐, 뭐냐, 웃기냐: -냐 asks a question (as a connective it takes 고: 하냐고, 있느냐 하는 is a quote).
      if (last === 0xb0d0 && hasPrev) return ending('strong', '-냐');
    case 0xc544: // 아
      // 했잖아, 있잖아: -잖아.
      if (last === 0xc544 && hasPrev && text.charCodeAt(to - 2) === 0xc796 /* 잖 */) return ending('strong', '-잖아');
      // 먹어, 있어, 재밌어, 좋아, 괜찮아: banmal -어/-아 after a closed stem syllable in vowel harmony
      // (ㅏ ㅑ ㅗ ㅘ take -아); after an open syllable -아 is a noun's (아시아, 미아), -어 too (헤어, 에어).
      if ((last === 0xc5b4 || last === 0xc544) && hasPrev && jongOf(prev) > 0 && (BRIGHT_VOWELS[vowelOf(prev)] === 1) === (last === 0xc544)) return ending('contextual', nameOf(last));
    case 0xac78: // 걸
      return hasPrev ? ending('weak', nameOf(last)) : NONE;
    case 0xb9bc: // 림
      // 전화드림, 연락드림, 안내드림: 드리다 in the nominal ending after a noun.
      if (n >= 3 && prev === 0xb4dc /* 드 */) return ending('strong', '-드림');
      return hasPrev ? ending('weak', '-ㅁ') : NONE;
    case 0xb984: // 름
      // 빠름, 다름, 모름: -르다 verbs in the nominal ending, read as -음 (이름, 여름, 구름 are in NOT_FINAL).
      return hasPrev ? ending('weak', '-음') : NONE;
    default:
      // Other nominal endings: 웃김, 해냄, 달려옴, 보임.
      if (hasPrev && jongOf(last) === JONG.mieum) return ending('weak', '-ㅁ');
      return NONE;
  }
}
