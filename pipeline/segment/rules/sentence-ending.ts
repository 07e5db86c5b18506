// Sentences written without punctuation (chat, blogs, headlines, lists): a word with a
// sentence-final ending (했다, 합니다, 좋아요, 그렇죠, 했음, 가능함) ends the sentence at the space after it.
// Weak endings (하다, 보이다, 할까, 좋네) cut only before a word that opens a sentence, since
// `하락세를 보이다 지난해…` and `할까 말까` are mid-sentence. In formal prose (every punctuated
// sentence ends in -다.) an ending without punctuation cuts only before a conjunction.
import type { Candidate, SegmentRule } from '../types.js';
import { AFTER_NOMINAL_NOUN, AFTERTHOUGHT_ADVERBS, INTENSIFIERS, ARGUMENT_PARTICLE_SYLLABLES, NOMINAL_KIM, PARTICLES, SENTENCE_OPENERS, WHILE_BEFORE_ITDA, CONJUNCTIONS, CONNECTIVE_SYLLABLES, PARTICLE_SYLLABLES } from '../lang/ko.js';
import { classifyEnding } from '../endings.js';
import { coreWord, pastFollows, tokenStart } from '../words.js';
import { decorationLength, isHangulSyllable, isLineBreak, isSpace, isTerminal } from '../chars.js';
import { isCloser, isSymmetric } from '../pairs.js';
import { startsListItem } from './list-marker.js';

/** Endings no news typo or noun produces: 합니다, 했어요, 그렇죠, 했음, 가능함, 할께, 없재… */
const UNMISTAKABLE = new Set(['-니다', '-니당', '-용', '-죠', '-음', '-함', '-됨', '-임', '-것임', '-ㄹ께', '-제', '-유', '-구먼', '-걸랑', '-긋나', '-기라', '-아이가', '-구나', '-군', '-거야', '-드림']);

// -요 is not among them: news text has nouns and typos ending so (재해요 소, 아침고요 수목원).
function isUnmistakable(c: Candidate): boolean {
  return UNMISTAKABLE.has(c.ending.name);
}

/** First characters of SENTENCE_OPENERS, as a table. */
const OPENER_START: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const word of SENTENCE_OPENERS) table[word.charCodeAt(0)] = 1;
  return table;
})();

/**
 * `c.nextWord` is a sentence opener (그런데, 하지만). A quick no from the character after the space
 * first: the next word starts there unless a stray closing quote is skipped, and no opener starts
 * with any other character (nor is empty), so most candidates read no word.
 */
function opensSentence(c: Candidate): boolean {
  const first = c.text.charCodeAt(c.next);
  if (OPENER_START[first] !== 1 && !isCloser(first) && !isSymmetric(first)) return false;
  return SENTENCE_OPENERS.has(c.nextWord);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** First characters and longest length of AFTERTHOUGHT_ADVERBS: a quick no before slicing a word. */
const AFTERTHOUGHT_FIRST = new Set([...AFTERTHOUGHT_ADVERBS].map((word) => word.charCodeAt(0)));
const AFTERTHOUGHT_LONGEST = Math.max(...[...AFTERTHOUGHT_ADVERBS].map((word) => word.length));

/** Longest afterthought, in words. */
const AFTERTHOUGHT_WORDS = 2;

/**
 * What follows the ending up to the end of the text, a line break or sentence punctuation is one or
 * two afterthought adverbs (진짜로, 정말), or one or two bare nouns closed by `!` (성수동 ○○베이커리!!):
 * inverted word order that finishes the sentence.
 */
export function isAfterthought(c: Candidate): boolean {
  const { text, limit } = c;
  let words = 0;
  // A noun in the tail (not an adverb) must be exclaimed: 다녀왔습니다 성수동 ○○베이커리!!
  let exclaimed = false;
  let k = c.next;
  while (k < limit) {
    const start = k;
    while (k < limit && !isSpace(text.charCodeAt(k)) && !isTerminal(text.charCodeAt(k))) k++;
    if (k === start) return false;
    words++;
    if (words > AFTERTHOUGHT_WORDS) return false;
    if (k - start > AFTERTHOUGHT_LONGEST || !AFTERTHOUGHT_FIRST.has(text.charCodeAt(start)) || !AFTERTHOUGHT_ADVERBS.has(text.slice(start, k))) {
      if (!isBareNoun(text.slice(start, k))) return false;
      exclaimed = true;
    }
    if (k >= limit) return !exclaimed;
    const code = text.charCodeAt(k);
    if (isTerminal(code)) {
      // The sentence punctuation must close it: a space, a line break or the end after it.
      // A question after the ending is its own sentence: 같았음 뭐라고?
      let m = k;
      while (m < limit && isTerminal(text.charCodeAt(m))) {
        const mark = text.charCodeAt(m++);
        if (mark === 0x3f || (exclaimed && mark !== 0x21)) return false;
      }
      return m >= limit || isSpace(text.charCodeAt(m));
    }
    // A line break ends the afterthought too.
    if (isLineBreak(code)) return !exclaimed;
    while (k < limit && isSpace(text.charCodeAt(k))) {
      if (isLineBreak(text.charCodeAt(k))) return !exclaimed;
      k++;
    }
  }
  return words > 0 && !exclaimed;
}

/** Longest echo, in words. */
const ECHO_WORDS = 3;

/**
 * What follows the ending, up to the end, a line break or sentence punctuation, repeats the words
 * before it, the last one cut short or not: `안 사요 안 사`, `가자 가자`, `좋아요 좋아`. Said again for
 * emphasis, it is one sentence.
 */
export function isEcho(c: Candidate): boolean {
  const { text, limit } = c;
  // A quick no: the tail's first character must occur in the few words before (it starts one of them).
  const first = text.charCodeAt(c.next);
  let seen = false;
  for (let k = c.end - 1, floor = Math.max(c.sentenceStart, c.end - ECHO_LOOKBACK); k >= floor && !seen; k--) seen = text.charCodeAt(k) === first;
  if (!seen) return false;
  // Word bounds of the tail, read in place: [start0, end0, start1, end1, …].
  const bounds = ECHO_BOUNDS;
  let words = 0;
  let k = c.next;
  for (;;) {
    const start = k;
    while (k < limit && !isSpace(text.charCodeAt(k)) && !isTerminal(text.charCodeAt(k))) k++;
    if (k === start || words === ECHO_WORDS) return false;
    bounds[2 * words] = start;
    bounds[2 * words + 1] = k;
    words++;
    if (k >= limit || isTerminal(text.charCodeAt(k)) || isLineBreak(text.charCodeAt(k))) break;
    let stop = false;
    while (k < limit && isSpace(text.charCodeAt(k))) if (isLineBreak(text.charCodeAt(k++))) stop = true;
    if (stop) break;
  }
  // The last tail word begins the ending's word (사 of 사요); the others repeat the words before it.
  const wordStart = c.end - c.word.length;
  const lastStart = bounds[2 * words - 2]!;
  const lastLength = bounds[2 * words - 1]! - lastStart;
  if (lastLength > c.word.length || !text.startsWith(text.slice(lastStart, lastStart + lastLength), wordStart)) return false;
  let end = wordStart;
  for (let i = words - 2; i >= 0; i--) {
    const start = bounds[2 * i]!;
    const length = bounds[2 * i + 1]! - start;
    if (end - 1 <= c.sentenceStart || text.charCodeAt(end - 1) !== 0x20) return false;
    const from = end - 1 - length;
    if (from < c.sentenceStart || (from > c.sentenceStart && !isSpace(text.charCodeAt(from - 1)))) return false;
    for (let m = 0; m < length; m++) if (text.charCodeAt(from + m) !== text.charCodeAt(start + m)) return false;
    end = from;
  }
  return true;
}

/** Characters read back for the quick no of isEcho (three words). */
const ECHO_LOOKBACK = 24;

/** Scratch space for isEcho. */
const ECHO_BOUNDS: number[] = [0, 0, 0, 0, 0, 0];

/** A plain noun: Hangul (with Latin letters or ○ masks), no ending, no particle or connective at its end. */
function isBareNoun(word: string): boolean {
  if (!/^[\uac00-\ud7a3A-Za-z○●]+$/.test(word) || !/[\uac00-\ud7a3]$/.test(word)) return false;
  if (SENTENCE_OPENERS.has(word) || CONJUNCTIONS.has(word) || word === '안' || word === '못') return false;
  const last = word[word.length - 1]!;
  if (word.length >= 2 && (PARTICLE_SYLLABLES.has(last) || CONNECTIVE_SYLLABLES.has(last) || last === '고' || last === '며')) return false;
  // 해운대, 가게, 피자 end like weak endings; 좋네, 하다, 갈까 do not read as nouns.
  const ending = classifyEnding(word);
  return ending.strength === 'none' || ((ending.strength === 'weak' || ending.strength === 'contextual') && !PREDICATE_LIKE.has(ending.name));
}

/** Weak endings that read as a predicate, not a noun, in an afterthought. */
const PREDICATE_LIKE = new Set(['-다', '-네', '-지', '-나', '-ㄹ까', '-니다?', '-음', '-ㅁ', '-임']);

/**
 * A word whose last syllable in ㅁ is a verb's nominal ending rather than a noun's last syllable
 * (most words in ㅁ are nouns: 소금, 강남, 편의점, 점점): a vowel ㅟ or ㅚ (바뀜, 튐), -어지다/-아지다
 * (무너짐, 산만해짐, 좋아짐; not 이삿짐, 조짐), the verbs in -기다 (웃김, 남김) and -음 after a closed
 * syllable (먹음, 받음).
 */
function isVerbNominal(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  if (!isHangulSyllable(last) || (last - 0xac00) % 28 !== 16) return false;
  const vowel = Math.floor(((last - 0xac00) % 588) / 28);
  if (vowel === 16 || vowel === 11) return true; // ㅟ, ㅚ
  // 먹음, 받음, 찾음: -음 after a closed syllable (the nouns so made, 믿음 and 웃음, are NOT_FINAL).
  if (last === 0xc74c /* 음 */) return word.length >= 2 && (word.charCodeAt(word.length - 2) - 0xac00) % 28 !== 0;
  if (last === 0xc9d0 /* 짐 */) return word.length >= 3 && (word.charCodeAt(word.length - 2) - 0xac00) % 28 === 0;
  return NOMINAL_KIM.some((verb) => word.endsWith(verb));
}

/** 못, 안, 잘: adverbs that come before verbs only. */
const NEGATION_ADVERBS = new Set([0xbabb, 0xc548, 0xc798]);

/**
 * The word (in ㅁ, two syllables or more) follows a word ending in a particle it governs (or 못, 안,
 * 잘: 안 잡힘), and the next word neither carries an ending (도움 받았어요: a noun and its verb) nor
 * continues a noun (그침 없이).
 */
function isNominalPredicate(c: Candidate): boolean {
  const { text, word } = c;
  if (word.length < 2 || c.newline) return false;
  const wordStart = c.end - word.length;
  if (wordStart < 2 || wordStart - 1 <= c.sentenceStart || text.charCodeAt(wordStart - 1) !== 0x20) return false;
  const before = text.charCodeAt(wordStart - 2);
  const beforeIsWord = wordStart - 3 >= c.sentenceStart && isHangulSyllable(text.charCodeAt(wordStart - 3));
  // 택시 안 잡힘, 결국 못 받음: a negation or 잘 before it makes any word in ㅁ a verb (더, 좀, 꼭 also
  // come before nouns: 더 점검 필요).
  // 발색 진짜 예쁨, 너무 귀여움: after an intensifier too.
  // (The word before is read last: most words in ㅁ are settled by their own shape.)
  const governed = beforeIsWord && isVerbNominal(word) && ARGUMENT_PARTICLE_SYLLABLES.has(String.fromCharCode(before));
  if (!governed && !(!beforeIsWord && NEGATION_ADVERBS.has(before)) && !INTENSIFIERS.has(previousWord(c))) return false;
  const next = c.nextWord;
  if (next.length === 0 || AFTER_NOMINAL_NOUN.has(next) || PARTICLES.has(next)) return false;
  // 벗겨짐 방지를: a noun with an object particle right after makes one noun phrase with the word.
  if (next.length >= 2 && /[을를]$/.test(next)) return false;
  return classifyEnding(next).strength !== 'strong';
}

/** Connective endings of a verb that picks up after a past -다 used as -다가: 켜니까, 가면, 닫고, 하는데. */
const ALTERNATION_CONNECTIVE = /(?:니까|으면|면|고|는데|면서|서)$/;

/** 오다 or 가다 in a form that ends a sentence or joins it: 옴, 왔어요, 와서, 갈게, 감. */
const COME_OR_GO = /^(?:[왔갔].*|옴|감|와|가|와요|가요|와서|가서|올게|갈게|올게요|갈게요|올께|갈께|오자|가자|왔음|갔음)$/;

/** `word` (its emoji and reactions removed) is a form of 오다 or 가다 after -다(가): 갔다 옴, 들렀다 왔어요. */
function isComeOrGo(word: string): boolean {
  return COME_OR_GO.test(coreWord(word));
}

/**
 * A past -다 (껐다, 왔다) followed by 오다/가다 (등산 갔다 옴, 병원 갔다 왔어요), by one verb with a connective ending (껐다 켜니까 바로 됨), or by
 * a second past -다 and 하다 (왔다 갔다 하는): two actions in turn, one sentence.
 */
function isAlternation(c: Candidate): boolean {
  const { word, text } = c;
  if (c.ending.name !== '-다' || word.length < 2 || (word.charCodeAt(word.length - 2) - 0xac00) % 28 !== 20 /* ㅆ */) return false;
  const next = c.nextWord;
  if (next.length === 0 || next.length > 4 || SENTENCE_OPENERS.has(next) || next.startsWith('그')) return false;
  if (isComeOrGo(next)) return true;
  const afterNext = c.next + next.length;
  if (next.length < 2 || afterNext >= c.limit || text.charCodeAt(afterNext) !== 0x20) return false;
  if (ALTERNATION_CONNECTIVE.test(next)) return !ARGUMENT_PARTICLE_SYLLABLES.has(next[next.length - 2]!) || next.length === 2;
  // 왔다 갔다 하는, 껐다 켰다 했더니
  return next.endsWith('다') && (next.charCodeAt(next.length - 2) - 0xac00) % 28 === 20 && (text.charCodeAt(afterNext + 1) === 0xd558 /* 하 */ || text.startsWith('했', afterNext + 1));
}

/** +, &, =, ×, / typed alone between two words (좋아요 + 댓글): the words on both sides belong together. */
function isJoiningSymbol(code: number): boolean {
  // (Compared directly: this is read at every space candidate.)
  return code === 0x2b || code === 0x26 || code === 0x3d || code === 0xd7 || code === 0x2f;
}

/** Words read ahead for the second half of an alternative question. */
const ALTERNATIVE_WORDS = 3;

/**
 * The same predicate comes back within a few words, right before a question mark: an alternative
 * question, one sentence (`부먹이 맞음 찍먹이 맞음?`, `짜장이 좋아요 짬뽕이 좋아요?`).
 */
export function isAlternativeQuestion(c: Candidate): boolean {
  const { text, limit, word } = c;
  let k = c.next;
  for (let words = 0; words < ALTERNATIVE_WORDS && k < limit; words++) {
    const start = k;
    while (k < limit && !isSpace(text.charCodeAt(k)) && !isTerminal(text.charCodeAt(k))) k++;
    if (k < limit && text.charCodeAt(k) === 0x3f /* ? */) return k - start >= word.length && text.startsWith(word, k - word.length);
    if (k >= limit || !isSpace(text.charCodeAt(k))) return false;
    while (k < limit && isSpace(text.charCodeAt(k))) if (isLineBreak(text.charCodeAt(k++))) return false;
  }
  return false;
}

/** The word before `c.word`, on the same line of the sentence ('' at its start). */
function previousWord(c: Candidate): string {
  const wordStart = c.end - c.word.length;
  let k = wordStart - 1;
  if (k <= c.sentenceStart || c.text.charCodeAt(k) !== 0x20) return '';
  return c.text.slice(tokenStart(c.text, k, c.sentenceStart), k);
}

export const sentenceEnding: SegmentRule = {
  id: 'sentence-ending',
  description: 'Cut at a space after a sentence-final ending (했다 그런데, 좋아요 오늘은, 했음 그리고, 반으로 바뀜 단톡); hold before an afterthought (버텨본다 진짜로), in -다(가) (껐다 켜니까, 갔다 옴) and in an alternative question (맞음 찍먹이 맞음?).',
  kinds: ['space'],
  decide(c) {
    // Without splitAtEndings only punctuation and line breaks cut.
    if (!c.splitAtEndings) return undefined;
    // 좋아요 + 댓글, 했음 & 완료: a symbol standing alone between words joins them.
    if (isJoiningSymbol(c.text.charCodeAt(c.next)) && c.next + 1 < c.limit && c.text.charCodeAt(c.next + 1) === 0x20) return c.ending.strength === 'none' ? undefined : 'hold';
    if (c.ending.strength === 'strong') {
      // 뻑뻑함 없이, 상큼함 그 자체: a nominal ending used as a noun.
      if (AFTER_NOMINAL_NOUN.has(c.nextWord) || (c.nextWord === '그' && c.ending.name.startsWith('-함'))) return 'hold';
      // 알게 됐어요, 살게 해 줘: -게 before 되다/하다/만들다 is adverbial, not the promise -ㄹ게.
      if (c.ending.name === '-ㄹ게' && /^(?:되|돼|됐|됨|됩|된|될|하|해|했|함|합|한|할|만들|모르)/.test(c.nextWord)) return 'hold';
      // 양파를 잘게 썰어: 잘게 is "finely" (잘다) before a verb of cutting, not "I'll sleep".
      if (c.ending.name === '-ㄹ게' && c.word.endsWith('잘게') && /^(?:썰|자르|자른|잘라|잘랐|다지|다져|다진|찢|부수|부숴|쪼개|빻|갈아|나누|나눠)/.test(c.nextWord)) return 'hold';
      // 친구가 알려줘 알게 됐어: -줘 before a past predicate is the connective -줘(서).
      if (c.word.endsWith('줘') && pastFollows(c)) return 'hold';
      // 있지 않다, 했지 못했다: 지 before a negation is a connective.
      if (c.word.endsWith('지') && /^(?:않|못|말|마)/.test(c.nextWord)) return 'hold';
      // An emoji or emoticon glued to the ending closes the sentence whatever the register: 실화냐고요🌊 사진으로는.
      const decorated = decorationLength(c.text, c.markStart - 1) > 0 || isLowSurrogate(c.text.charCodeAt(c.markStart - 1));
      // Prose that puts a period after every -다 (news) writes -다 without one only as a
      // connective or a typo: 흩어졌다 다시 뭉치는, 노력하겠다 "라고, 어린다 슬기.
      // (The register last: it reads the whole paragraph.)
      if (!decorated && !isUnmistakable(c) && c.register === 'formal') return opensSentence(c) || startsListItem(c.text, c.next, c.limit) ? 'cut' : 'hold';
      // 맞냐 틀리냐가, 먹냐 마냐: two questions in -냐 set side by side are one noun phrase.
      if ((c.ending.name === '-냐' || c.ending.name === '-었냐') && /냐[가는를의에도]?$/.test(c.nextWord)) return 'hold';
      // 껐다 켜니까, 왔다 갔다 하는: a past -다 joining two actions is a connective (-다가).
      if (isAlternation(c)) return 'hold';
      // 조금 있다 하겠음, 좀 있다 봐: 있다 after a stretch of time means "a while later".
      if (c.word === '있다' && WHILE_BEFORE_ITDA.has(previousWord(c))) return 'hold';
      if (isAlternativeQuestion(c)) return 'hold';
      // 버텨본다 진짜로, 다녀왔습니다 성수동 ○○베이커리!!: a word or two put after the ending belong to it.
      if (!decorated && !c.newline && (isAfterthought(c) || isEcho(c))) return 'hold';
      return 'cut';
    }
    // (A contextual ending, 재밌어, 좋지, is weak here; rules/banmal-ending.ts reads it further.)
    if (c.ending.strength !== 'weak' && c.ending.strength !== 'contextual') return undefined;
    // 비쌈 그래도: other ㅁ-endings count only in notes that use nominal endings elsewhere.
    if (opensSentence(c) && (c.ending.name !== '-ㅁ' || (c.register !== 'formal' && c.nominalStyle))) return 'cut';
    // Notes written in nominal endings (했음, 가능함): 좋음, 맛집임 end sentences too. Other
    // syllables in ㅁ (웃김, 보여줌) are left alone: nouns end that way (강남, 사람).
    if ((c.ending.name === '-음' || c.ending.name === '-임') && c.nominalStyle) return 'cut';
    // 반으로 바뀜 단톡…, 코 옆이 무너짐 지성…: a word in ㅁ after a particle it governs is a predicate.
    // (isNominalPredicate first: it settles most words alone, while the register reads the whole paragraph.)
    if ((c.ending.name === '-ㅁ' || c.ending.name === '-음') && isNominalPredicate(c) && c.register !== 'formal') return isAlternativeQuestion(c) ? 'hold' : 'cut';
    return undefined;
  },
};
