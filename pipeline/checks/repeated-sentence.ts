// @fileoverview A sentence or phrase repeated inside the English (a model loop), where the Korean does not
// repeat itself; and, across the corpus, one long English sentence given for two different Korean ones.
import { hash } from 'node:crypto';
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { ENGLISH_FUNCTION_WORDS, clip, comparable, contentStem, englishSentences, englishWords } from '../validate/text.js';
import { lengthScore } from './length-ratio.js';
import { englishTerms, type EnglishTerm } from '../validate/lexicon.js';
import { memoByText } from '../validate/memo.js';
import { matchesOf } from '../regexp.js';
import { englishDigitNumbers, koreanNumbers, mentionsMatch } from '../validate/numbers.js';

export const meta = {
  type: 'error',
  docs: { description: 'The English repeats a sentence or phrase the Korean says once.' },
  messages: {
    sentence: 'The English repeats the sentence "{{text}}".',
    near: 'The English says nearly the same sentence twice: "{{text}}".',
    phrase: 'The English repeats "{{text}}" {{count}} times in a row.',
    clause: 'The English says "{{text}}" twice.',
    corpus: 'This English is also the translation of a different Korean sentence ({{other}}).',
  },
} satisfies Check['meta'];

/** A stretch of the English and where it stands. */
type Span = { text: string; range: [number, number] };

/** Share of words (Jaccard) two sentences must have in common to be one sentence said twice. */
const NEAR_REPEAT = 0.6;
/** Shortest sentence (comparable characters) whose immediate repetition counts. */
const SHORT_ADJACENT = 8;
/** Shortest English (comparable characters) whose reuse across the corpus is worth a warning. */
const CORPUS_MIN = 40;
/** Corpus memory bound: older entries are forgotten so memory stays flat. */
const CORPUS_MAX_ENTRIES = 200_000;

/** The first 64 bits of a text's SHA-256, as four UTF-16 units: the corpus map keeps digests, not whole sentences. */
function digest(text: string): string {
  const bytes = hash('sha256', text, 'buffer');
  return String.fromCharCode(bytes.readUInt16LE(0), bytes.readUInt16LE(2), bytes.readUInt16LE(4), bytes.readUInt16LE(6));
}

export function create(context: CheckContext): CheckVisitor {
  /** Digest of an English text (trimmed, lower case) → the digest of its Korean, then the id of the pair it was first in. */
  const seen = new Map<string, string>();
  return {
    pair({ id, ko, en }) {
      if (!en.trim()) return;
      // One sentence cannot repeat itself; most pairs stop here.
      const sentences = /[.!?\n]\s*\S/.test(en) ? englishSentences(en) : [];
      const counts = new Map<string, number>();
      let before = '';
      for (const sentence of sentences) {
        const key = comparable(sentence.text);
        // One sentence said twice where the sentence splitter saw one ("… at 10 a.m. The store opens at 10 a.m."): its
        // comparable text is one half written twice, and the English breaks between the halves.
        const half = doubledHalf(sentence.text, key);
        if (half && !repeatsItself(ko)) {
          context.report({ messageId: 'sentence', data: { text: clip(half.text) }, side: 'en', range: [sentence.range[0] + half.range[0], sentence.range[0] + half.range[1]] });
          return;
        }
        const adjacent = key === before;
        before = key;
        // Short bits ("Yes.", "No.") may well repeat, but not a clause said twice in a row ("If not, text me.").
        if (key.length < (adjacent ? SHORT_ADJACENT : 12)) continue;
        const count = adjacent ? 2 : (counts.get(key) ?? 0) + 1;
        counts.set(key, count);
        if (count === 2 && !repeatsItself(ko)) {
          context.report({ messageId: 'sentence', data: { text: clip(sentence.text) }, side: 'en', range: sentence.range });
          return;
        }
      }
      const koreanSentences = ko.split(/(?<=[.?!。])\s+/).filter((sentence) => sentence.trim()).length;
      const near =
        (repeatsItself(ko) ? undefined : (echoedSentence(sentences, koreanSentences) ?? restatedNext(sentences, koreanSentences, ko, en))) ??
        nearRepeat(sentences, koreanSentences) ??
        restatedSentence(sentences, koreanSentences, ko, en);
      if (near) {
        context.report({ messageId: 'near', data: { text: clip(near.text) }, side: 'en', range: near.range });
        return;
      }
      const loop = phraseLoop(en);
      if (loop && !/(.)\1{2}|(\S+)\s\2\s\2/.test(ko)) {
        context.report({ messageId: 'phrase', data: { text: clip(loop.text), count: loop.count }, side: 'en', range: loop.range });
        return;
      }
      const repeatedClause = clauseRepeat(en, ko, lengthScore(ko, en) >= RESTATED_Z ? LONG_SPREAD_RUN : SPREAD_RUN) ?? phraseRepeat(en) ?? doubledPhrase(en, ko) ?? repeatedTrigram(en, ko);
      const clause =
        (repeatedClause && !repeatsItself(ko) && !koreanRepeatsPhrase(ko) ? repeatedClause : undefined) ??
        repeatedTail(en, ko) ??
        restatedClause(ko, en) ??
        restatedWhole(ko, en) ??
        restatedProposition(ko, en) ??
        doubledFigure(ko, en) ??
        restatedPart(ko, en) ??
        restatementOpener(ko, en) ??
        doubledRecord(ko, en) ??
        doneAgain(ko, en);
      if (clause) {
        context.report({ messageId: 'clause', data: { text: clip(clause.text) }, side: 'en', range: clause.range });
        return;
      }
      if (en.length < CORPUS_MIN) return;
      const key = digest(en.trim().toLowerCase());
      const previous = seen.get(key);
      const koKey = digest(ko.trim());
      if (previous !== undefined && !previous.startsWith(koKey)) {
        context.report({ messageId: 'corpus', data: { other: previous.slice(koKey.length) }, side: 'en', range: [0, en.length], severity: 'warning' });
        return;
      }
      if (seen.size >= CORPUS_MAX_ENTRIES) seen.delete(seen.keys().next().value!);
      seen.set(key, koKey + id);
    },
  };
}

// Session 15: words a repeated phrase may share without being said twice: figures' units, calendar words.
const UNIT_WORDS = new Set('won dollar dollars yen euro euros million billion trillion thousand percent per cent month months year years week weeks day days hour hours minute minutes jan feb mar apr may jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun'.split(' '));
const TRIGRAM_WORD = /[A-Za-z0-9][A-Za-z0-9'’-]*/g;

/**
 * Session 15: three words, two of them content words of four letters or more (no figure, unit, calendar word or
 * capitalised name), said twice apart in an English whose Korean repeats no word ("empty the dust bin … then empty the
 * dust bin", "Joseon white porcelain, Goryeo celadon, Joseon white porcelain").
 */
function repeatedTrigram(en: string, ko: string): Span | undefined {
  // Code and its comments repeat names by nature.
  if (/[(){}=#<>[\]]|\b(?:def|import|return)\b/.test(en)) return undefined;
  const words = [...en.matchAll(TRIGRAM_WORD)];
  if (words.length < 6) return undefined;
  const first = new Map<string, number>();
  for (let i = 0; i + 3 <= words.length; i++) {
    const gram = words.slice(i, i + 3).map((word) => word[0]);
    if (gram.some((word) => /\d/.test(word) || UNIT_WORDS.has(word.toLowerCase()))) continue;
    if (gram.filter((word) => word.length > 3 && !/^[A-Z]/.test(word) && !ENGLISH_FUNCTION_WORDS.has(word.toLowerCase())).length < 2) continue;
    const key = gram.join(' ').toLowerCase();
    const at = first.get(key);
    if (at === undefined) first.set(key, i);
    else if (i - at >= 3) {
      // A Korean that repeats a word (its first two syllables) may be rendered with a repeat.
      const stems = (ko.match(/[가-힣]{2,}/g) ?? []).map((word) => word.slice(0, 2));
      if (new Set(stems).size < stems.length) return undefined;
      const start = words[i]!.index;
      const last = words[i + 2]!;
      return { text: en.slice(start, last.index + last[0].length), range: [start, last.index + last[0].length] };
    }
  }
  return undefined;
}

/**
 * Two English sentences that share most of their words ("… is reviewing additional measures." / "… is considering
 * additional measures.") where the Korean has fewer sentences than the English: one said twice in other words.
 */
function nearRepeat(sentences: Span[], koreanSentences: number): Span | undefined {
  if (sentences.length < 2 || sentences.length > 12) return undefined;
  if (koreanSentences >= sentences.length) return undefined;
  const words = sentences.map((sentence) => new Set(englishWords(sentence.text)));
  for (let j = 1; j < sentences.length; j++) {
    for (let i = 0; i < j; i++) {
      const a = words[i]!;
      const b = words[j]!;
      if (a.size < 5 || b.size < 5) continue;
      let shared = 0;
      for (const word of a) if (b.has(word)) shared++;
      if (shared / (a.size + b.size - shared) >= NEAR_REPEAT) return sentences[j];
    }
  }
  return undefined;
}

/** How much longer than the Korean predicts (length-ratio z-score) the English must be to hold a restatement. */
const RESTATED_Z = 3;
const stem = (word: string): string => word.replace(/'s$/, '').replace(/(?<=[a-z]{3})(?:es|s)$/, '');

/**
 * One Korean sentence rendered as two English sentences in a row that say the same thing in other words ("Skies will
 * be mostly clear nationwide this weekend. Mostly clear skies are expected across the country this weekend."): most
 * content words of one are in the other, and the English is far longer than the Korean predicts.
 */
function restatedSentence(sentences: Span[], koreanSentences: number, ko: string, en: string): Span | undefined {
  if (sentences.length < 2 || sentences.length > 4) return undefined;
  if (koreanSentences > 1) return undefined;
  if (lengthScore(ko, en) < RESTATED_Z) return undefined;
  const content = sentences.map((sentence) => new Set(englishWords(sentence.text).filter((word) => !ENGLISH_FUNCTION_WORDS.has(word)).map(stem)));
  for (let j = 1; j < sentences.length; j++) {
    const a = content[j - 1]!;
    const b = content[j]!;
    if (a.size < 3 || b.size < 3) continue;
    let shared = 0;
    for (const word of a) if (b.has(word)) shared++;
    if (shared >= 3 && shared / Math.min(a.size, b.size) >= 0.5) return sentences[j];
  }
  return undefined;
}

/** Keys without their longer forms (기온 for 기온, 기온이). */
function rootKeys(keys: string[]): string[] {
  return keys.filter((key) => !keys.some((other) => other !== key && key.startsWith(other)));
}

/** How much longer than predicted (z) an English must be for a clause of it to be read as a restatement. */
const RESTATED_CLAUSE_Z = 2.5;
/** Content items (stems, figures) a restating clause shares with what came before, and their least share of it. */
const RESTATED_ITEMS = 2;
const RESTATED_SHARE = 0.6;
/** Verbs of saying (stemmed): a clause with one attributes a quote. */
const REPORTING = new Set(['said', 'say', 'add', 'told', 'tell', 'stat', 'not', 'explain', 'accord']);

/** A crude English stem, so that "employed"/"employment", "acting"/"actors", "hire"/"hiring" meet. */

/**
 * A clause or sentence of the English that says again what an earlier part of the same English said, where the Korean
 * says it once: most of its content words, figures or words rendering the same Korean term are already there ("The
 * company will increase hiring of new employees this year, hiring more new recruits this year."; "… rose by 190,000 from
 * a year earlier last month. Employment increased by 190,000 year on year."). Only in an English far longer than the
 * Korean predicts, and never for an item whose Korean term the Korean itself says twice.
 */
function restatedClause(ko: string, en: string): Span | undefined {
  if (en.length > 600 || !/[,;.!?]\s*\S/.test(en)) return undefined;
  if (repeatsItself(ko) || koreanRepeatsPhrase(ko)) return undefined;
  if (lengthScore(ko, en) < RESTATED_CLAUSE_Z) return undefined;
  const terms = englishTerms(en);
  const items: { stem: string; keys: string[] }[][] = [];
  const ranges: [number, number][] = [];
  for (const piece of en.matchAll(/(?:[^,;:.!?—]|(?<=\d)[,.](?=\d))+(?:[.!?]+|[,;:—]|$)/g)) {
    const text = piece[0];
    if (!/[A-Za-z0-9]/.test(text)) continue;
    const from = piece.index;
    const to = from + text.length;
    const words = [...text.matchAll(/[A-Za-z][A-Za-z'’-]*|\d[\d,.]*\d|\d/g)].filter((word) => !ENGLISH_FUNCTION_WORDS.has(word[0].toLowerCase()) && (word[0].length >= 3 || /\d/.test(word[0])));
    items.push(
      words.map((word) => {
        const at = from + word.index;
        const term = terms.find((found) => found.index <= at && at < found.index + found.text.length);
        // A Korean key said twice in the Korean may be rendered twice.
        const keys = (term?.keys ?? []).filter((key) => key.length >= 2 && ko.includes(key) && ko.indexOf(key) === ko.lastIndexOf(key));
        return { stem: contentStem(word[0].toLowerCase().replace(/[.,]$/, '')), keys };
      }),
    );
    ranges.push([from + text.length - text.trimStart().length, to]);
  }
  for (let j = 1; j < items.length; j++) {
    // "…," the official said: an attribution names its speaker again. A verb of saying that opens a restatement
    // (", saying they had created a new material for batteries") is left out and the rest is read.
    const reporting = items[j]!.filter((item) => REPORTING.has(item.stem));
    // Session 12: a closing attribution (", the Korean National Police Agency said.") names the speaker the sentence
    // began with ("Police will …"): no restatement.
    if (reporting.length > 0 && j === items.length - 1 && EN_CLOSING_ATTRIBUTION.test(en.slice(ranges[j]![0], ranges[j]![1]))) continue;
    const current = items[j]!.filter((item) => !REPORTING.has(item.stem));
    if (current.length < (reporting.length > 0 ? RESTATED_ITEMS + 1 : RESTATED_ITEMS)) continue;
    const stems = new Set(items.slice(0, j).flat().map((item) => item.stem));
    // Session 13: an earlier word claims a Korean term only when it renders that term alone ("Court" may be 지법 or 법정).
    const keys = new Set(items.slice(0, j).flat().map((item) => rootKeys(item.keys)).filter((roots) => roots.length === 1).flat());
    // Two words said again at least (a name glossed by a noun, "Cheong Wa Dae, the former presidential office", renders
    // one Korean word twice in other words and repeats none); words rendering the same Korean term count towards the share.
    // A figure of its own ("…, they were 1,000 won last year") is news, not a restatement.
    if (current.some((item) => /^\d/.test(item.stem) && !stems.has(item.stem))) continue;
    const same = new Set(current.filter((item) => stems.has(item.stem)).map((item) => item.stem)).size;
    // Session 13: a word renders a Korean term again only when every Korean word it may render is already rendered
    // ("cold wave" after "temperatures" renders 한파, not 기온 again).
    const rendersAgain = (item: { keys: string[] }) => item.keys.length > 0 && rootKeys(item.keys).every((key) => keys.has(key));
    const repeated = current.filter((item) => stems.has(item.stem) || rendersAgain(item)).length;
    // A whole sentence restated may say one word again and the rest in other words ("The food … is delicious. The dishes
    // here are delicious."); a phrase after a comma (an apposition) must say two again.
    const sentence = /[.!?]["”’)]?\s*$/.test(en.slice(0, ranges[j]![0]));
    // Session 6, round 3: a phrase every word of which says again a word or a Korean word already rendered, one word
    // of it the same ("apologized to the public …, apologizing to the nation"), is a restatement too.
    const whole = same >= 1 && repeated === current.length;
    // Session 10: a phrase that renders again two Korean terms already rendered, each in other words ("the country's
    // largest low-cost carrier, the biggest budget airline in Korea": 최대, 저비용항공사), restates them; a name glossed by
    // a noun renders one.
    const rerendered = new Set(current.filter(rendersAgain).map((item) => item.keys.reduce((a, b) => (a.length <= b.length ? a : b)))).size;
    if (same === 0 && rerendered >= 2 && repeated >= RESTATED_ITEMS && repeated / current.length >= 0.5) {
      const [start, end] = ranges[j]!;
      const text = en.slice(start, end).replace(/[\s,;:—]+$/, '');
      return { text, range: [start, start + text.length] };
    }
    if ((same >= (sentence ? 1 : RESTATED_ITEMS) || whole) && repeated >= RESTATED_ITEMS && repeated / current.length >= RESTATED_SHARE) {
      const [start, end] = ranges[j]!;
      const text = en.slice(start, end).replace(/[\s,;:—]+$/, '');
      return { text, range: [start, start + text.length] };
    }
  }
  return undefined;
}

/** The speaker then a verb of saying, closing the sentence ("the ministry said.", "officials told reporters."). */
const EN_CLOSING_ATTRIBUTION = /\b(?:said|says|told (?:reporters|\w+)|added|noted|stated|announced|reported)\W*$/i;

// Korean that says an act is done again or twice: then the English may do it again.
// 재확인, 재입력, 재시도 … are often "check again", "enter again"; 재시작, 재부팅, 재설치 are verbs of their own ("restart").
const KO_AGAIN = /다시|또|재차|거듭|반복|한\s?번\s?더|두\s?번|되풀이|계속|재(?:확인|검토|점검|입력|시도|방문|실행|측정|검사|조회|발송|전송|요청|접수|제출|작성|로그인|인증)/;
const EN_AGAIN = /\b(?:again|once more|a second time|one more time)\b/gi;
const AGAIN_FILLER = new Set(['the', 'a', 'an', 'your', 'my', 'our', 'their', 'its', 'this', 'that', 'it', 'them', 'all', 'then', 'and', 'to', 'of', 'up', 'in', 'on', 'out', 'off', 'into', 'down', 'over', 'back']);

/**
 * Session 10: an act the English does twice, the second time "again", where the Korean does it once and says nothing of
 * doing it again ("First update the app to the latest version, then update the app again and restart your phone" for
 * 앱을 최신 버전으로 업데이트한 다음 휴대폰을 재시작하세요): the verb and its object right before "again" are already
 * said earlier in the English, in that order.
 */
function doneAgain(ko: string, en: string): Span | undefined {
  if (!/again|once more|second time|one more time/i.test(en) || KO_AGAIN.test(ko)) return undefined;
  const lower = en.toLowerCase();
  for (const match of lower.matchAll(EN_AGAIN)) {
    const words = [...lower.slice(Math.max(0, match.index - 40), match.index).matchAll(/[a-z][a-z'’-]*/g)].map((word) => word[0]);
    const content = words.filter((word) => !AGAIN_FILLER.has(word)).slice(-2);
    if (content.length < 2 || content.some((word) => word.length < 3 || ENGLISH_FUNCTION_WORDS.has(word))) continue;
    const before = lower.slice(0, Math.max(0, match.index - 40 + (lower.slice(Math.max(0, match.index - 40), match.index).lastIndexOf(content[0]!))));
    const verb = wordStart(before, againStem(content[0]!));
    if (verb < 0 || wordStart(before.slice(verb, verb + 40), againStem(content[1]!)) < 0) continue;
    const start = lower.lastIndexOf(content[0]!, match.index);
    const end = match.index + match[0].length;
    return { text: en.slice(start, end), range: [start, end] };
  }
  return undefined;
}

/** Where a word starting with the stem first stands in the text, or -1. */
function wordStart(text: string, stem: string): number {
  if (stem.length < 2) return -1;
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) if (at === 0 || !/[a-z]/.test(text[at - 1]!)) return at;
  return -1;
}

/** A verb's stem for "update"/"updating"/"updated", letters only. */
function againStem(word: string): string {
  return word.replace(/[^a-z]/g, '').replace(/(?:ing|ed|es|s|e)$/, '').slice(0, 8);
}

/**
 * A phrase of two or three words said twice back to back, with only a comma between ("This winter, this winter is
 * expected …"), one content word of three letters at least among them, where the Korean repeats no word of its own.
 */
function doubledPhrase(en: string, ko: string): Span | undefined {
  // 뉴욕, 뉴욕 / 이번 주말, 이번 주말: the Korean says a word or two twice itself.
  if (/(?<![가-힣])([가-힣]{1,6}(?: [가-힣]{1,6})?)[\s,!.]+\1/.test(ko)) return undefined;
  // One word said twice at the end of a clause ("… announce the measures soon, soon."): a model's stutter, unless it is
  // an intensifier people double ("very, very", "long, long ago") or the Korean doubles a word (빨리빨리).
  for (const stutter of en.matchAll(/, ([A-Za-z]{4,})(?=\s*[.!?;]|$)/g)) {
    const word = stutter[1]!;
    if (en.slice(Math.max(0, stutter.index - word.length - 1), stutter.index).toLowerCase() !== ` ${word.toLowerCase()}`.slice(-word.length - 1)) continue;
    if (!/[\s,]$|^$/.test(en.slice(Math.max(0, stutter.index - word.length - 1), stutter.index - word.length))) continue;
    if (DOUBLED_FOR_EMPHASIS.has(word.toLowerCase()) || /([가-힣]{1,3})\1/.test(ko)) continue;
    const start = stutter.index + 2;
    return { text: word, range: [start, start + word.length] };
  }
  // A copy of its own: wordSpan leaves CLAUSE_WORD's lastIndex where it stopped.
  const words = matchesOf(CLAUSE_WORDS, en);
  for (let size = 2; size <= 3; size++) {
    for (let i = 0; i + 2 * size <= words.length; i++) {
      let same = true;
      for (let k = 0; k < size && same; k++) same = words[i + k]![0].toLowerCase() === words[i + size + k]![0].toLowerCase();
      if (!same) continue;
      const run = words.slice(i, i + size).map((word) => word[0].toLowerCase());
      // The phrase ends on its head word ("this winter"; not "again and" of "again and again, and").
      if (ENGLISH_FUNCTION_WORDS.has(run.at(-1)!) || !run.some((word) => !ENGLISH_FUNCTION_WORDS.has(word) && /^[a-z]{3,}$/.test(word))) continue;
      const between = en.slice(words[i + size - 1]!.index + words[i + size - 1]![0].length, words[i + size]!.index);
      if (!/^[\s,]+$/.test(between)) continue;
      // Inside a compound ("positional-or-keyword or keyword-only") the words are no phrase of their own.
      const last2 = words[i + 2 * size - 1]!;
      if (/[-/]$/.test(en.slice(0, words[i]!.index)) || /^[-/]/.test(en.slice(last2.index + last2[0].length))) continue;
      const start = words[i + size]!.index;
      const last = words[i + 2 * size - 1]!;
      return { text: en.slice(start, last.index + last[0].length), range: [start, last.index + last[0].length] };
    }
  }
  return undefined;
}

/** Words English doubles for emphasis. */
const DOUBLED_FOR_EMPHASIS = new Set('very really much many more long far again ever slowly little bit please thank thanks ever never well yeah okay sorry bravo hurry faster higher louder closer'.split(' '));

/** Particles of phrasal verbs: "broke out" and "put out" say nothing twice. */
const VERB_PARTICLES = new Set(['out', 'off', 'down', 'over', 'back', 'away', 'along', 'around']);
/** How long (z) the first English sentence alone must be to be a whole rendering of a one-clause Korean. */
const WHOLE_FIRST_Z = -0.5;
/** A restating sentence is at most this much longer than the first, and shares at least this share of its items. */
const WHOLE_LONGER = 1.2;
const WHOLE_SHARE = 0.25;
/** A restating sentence that says most of its words again (or their Korean words) may be this much longer, from WHOLE_CLOSE_Z. */
const WHOLE_SYNONYM_SHARE = 0.6;
const WHOLE_SYNONYM_LONGER = 1.6;
const WHOLE_CLOSE_Z = 2;
// A second Korean sentence: after an end mark, or after a chat's emoticon (만났다ㅠ 정주행 각, 웃겨ㅋㅋ 진짜).
const KO_SENTENCE_BREAK = /[.!?。]\s*[가-힣]|[ㅋㅎㅠㅜ;^~]+\s+[가-힣]/;
// A Korean connective or list that gives a sentence a second clause (or item) to render. Session 17: and a headline's
// ellipsis (물류센터 화재…소방관 3명 고립), which joins two.
const KO_SECOND_CLAUSE = /[가-힣](?:고|며|지만|면서|는데|은데|어서|아서|해서|여서|으나|다가|거나|도록|려고|니까|므로)[\s,]|[,·…]|\.\.\.|[가-힣][와과] /;

/**
 * A one-clause Korean sentence whose English says it in full and then again: the first English sentence (or clause
 * before a semicolon) alone is of full length, the English as a whole far longer than predicted, and a later one
 * repeats a content word or figure of it ("Your registration is complete. Your sign-up has been completed."; "Service
 * on Subway Line 2 was delayed for 30 minutes; Line 2 trains ran half an hour late.").
 */
function restatedWhole(ko: string, en: string): Span | undefined {
  if (en.length > 400 || !/[.;!?]\s*\S/.test(en)) return undefined;
  const sentence = ko.trim();
  if (KO_SECOND_CLAUSE.test(sentence) || KO_SENTENCE_BREAK.test(sentence) || repeatsItself(ko)) return undefined;
  const z = lengthScore(ko, en);
  if (z < WHOLE_CLOSE_Z) return undefined;
  // A period before a lower-case word ends an abbreviation ("11:40 a.m. and was put out"), not a sentence.
  const pieces = [...en.matchAll(/(?:[^.;!?]|[.;!?](?![\s"”’)]|$)|\.(?=\s+[a-z]))+(?:[.;!?]+["”’)]?|$)/g)].filter((piece) => /[A-Za-z]/.test(piece[0]));
  if (pieces.length !== 2) return undefined;
  const [first, second] = pieces as [RegExpMatchArray, RegExpMatchArray];
  if (lengthScore(ko, first[0].trim()) < WHOLE_FIRST_Z) return undefined;
  const stems = (text: string) => new Set([...text.matchAll(/[A-Za-z][A-Za-z'’-]*|\d[\d,.]*\d|\d/g)].map((word) => word[0].toLowerCase()).filter((word) => !ENGLISH_FUNCTION_WORDS.has(word) && !VERB_PARTICLES.has(word) && (word.length >= 3 || /\d/.test(word))).map(contentStem));
  // Korean words (said once) that a piece renders: "movie" and "film" both render 영화, "boring" and "dull" 지루.
  const terms = englishTerms(en);
  const keysIn = (piece: RegExpMatchArray) => {
    const from = piece.index!;
    const to = from + piece[0].length;
    return new Set(terms.filter((term) => term.index >= from && term.index < to).flatMap((term) => term.keys.filter((key) => key.length >= 2 && ko.indexOf(key) >= 0 && ko.indexOf(key) === ko.lastIndexOf(key))));
  };
  const before = stems(first[0]);
  const again = [...stems(second[0])];
  // A figure of its own is news, not a restatement.
  if (again.some((item) => /^\d/.test(item) && !before.has(item))) return undefined;
  const shared = again.filter((item) => before.has(item)).length;
  const firstKeys = keysIn(first);
  const secondKeys = [...keysIn(second)];
  const sharedKeys = secondKeys.filter((key) => firstKeys.has(key)).length;
  // A restatement is no longer than what it restates, and a quarter of its words at least are said again; a background
  // sentence (news) is longer and mostly new. Session 6, round 3: a second sentence whose content words all say again
  // a word or a Korean word the first rendered (synonyms: "It was a dull film.") is a restatement from z ≥ 2, and one
  // up to 1.6 × as long when most of it is said again.
  const longer = second[0].trim().length / first[0].trim().length;
  const weak = longer <= WHOLE_LONGER && shared > 0 && shared >= again.length * WHOLE_SHARE && z >= RESTATED_CLAUSE_Z;
  const restated = Math.max(shared, sharedKeys);
  const strong = again.length >= 2 && restated >= 2 && restated >= again.length * WHOLE_SYNONYM_SHARE && longer <= WHOLE_SYNONYM_LONGER;
  if (!weak && !strong) return undefined;
  const start = second.index! + second[0].length - second[0].trimStart().length;
  const text = second[0].trim();
  return { text, range: [start, start + text.length] };
}

/** Least share of a restating sentence's content words said before. */
const PROPOSITION_SHARE = 0.5;
const LINE_LABEL = /^(?:[A-Z]|\d{1,2})[.)]\s+/;
/** Words two sentences open with alike ("Together, we can …" twice) to be one frame said twice, and the least share
 * (Jaccard) of all their words the two then have in common. */
const PARALLEL_OPENING = 3;
const PARALLEL_SHARE = 0.3;

/**
 * Session 9: one Korean sentence with one clause (no -고, -며, list or comma) as two English sentences that say one
 * proposition twice, in an English far longer than predicted: the second says again two content words of the first and
 * half of its own ("Resetting will delete all saved data. All of your stored data will be erased."), or opens with the
 * first one's frame and shares half of all its words ("Together, we can do it. Together, we can make it happen.").
 * The first sentence may be short here (a short Korean predicts its length loosely); the content overlap decides. A
 * Korean that says nothing twice has no word an English split would need to repeat.
 */
function restatedProposition(ko: string, en: string): Span | undefined {
  if (en.length > 300 || !/[.;!?]\s*\S/.test(en)) return undefined;
  // A label both sides open with (A. …, Q. …, 1. …) is no sentence.
  const sentence = ko.trim().replace(LINE_LABEL, '');
  if (KO_SECOND_CLAUSE.test(sentence) || /[.!?。]\s*[가-힣]/.test(sentence) || repeatsItself(ko)) return undefined;
  if (lengthScore(ko, en) < WHOLE_CLOSE_Z) return undefined;
  const body = en.trimStart();
  const offset = en.length - body.length + (LINE_LABEL.exec(body)?.[0].length ?? 0);
  const pieces = [...en.slice(offset).matchAll(/(?:[^.;!?]|[.;!?](?![\s"”’)]|$))+(?:[.;!?]+["”’)]?|$)/g)].filter((piece) => /[A-Za-z]/.test(piece[0]));
  if (pieces.length !== 2) return undefined;
  const [first, second] = pieces as [RegExpMatchArray, RegExpMatchArray];
  const stems = (text: string) => new Set([...text.matchAll(/[A-Za-z][A-Za-z'’-]*|\d[\d,.]*\d|\d/g)].map((word) => word[0].toLowerCase()).filter((word) => !ENGLISH_FUNCTION_WORDS.has(word) && !VERB_PARTICLES.has(word) && (word.length >= 3 || /\d/.test(word))).map(contentStem));
  const before = stems(first[0]);
  const again = [...stems(second[0])];
  if (again.some((item) => /^\d/.test(item) && !before.has(item))) return undefined;
  const shared = again.filter((item) => before.has(item)).length;
  const longer = second[0].trim().length / first[0].trim().length;
  const restated = shared >= 2 && shared >= again.length * PROPOSITION_SHARE && longer <= WHOLE_SYNONYM_LONGER;
  const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? [];
  const a = words(first[0]);
  const b = words(second[0]);
  let opening = 0;
  while (opening < a.length && opening < b.length && a[opening] === b[opening]) opening++;
  const setA = new Set(a);
  const setB = new Set(b);
  let common = 0;
  for (const word of setA) if (setB.has(word)) common++;
  const parallel = opening >= PARALLEL_OPENING && common >= PARALLEL_SHARE * (setA.size + setB.size - common);
  if (!restated && !parallel) return undefined;
  const start = offset + second.index! + second[0].length - second[0].trimStart().length;
  const text = second[0].trim();
  return { text, range: [start, start + text.length] };
}

/**
 * Session 9: a figure the English writes twice where the Korean gives it once: the fact it belongs to said again, in
 * any words ("… cancel 100 billion won worth of its own shares, retiring treasury stock worth 100 billion won"; "a 20
 * percent drop in body weight, a 20 percent reduction in weight"). A figure of 10 or more, or a percentage, not a year;
 * a Korean that gives the value twice (a score 10대 10, two sums) may have it twice in English too.
 */
function doubledFigure(ko: string, en: string): Span | undefined {
  if (en.length > 600) return undefined;
  const tokens = en.match(/\d[\d,.]*/g);
  if (!tokens || tokens.length < 2 || new Set(tokens).size === tokens.length) return undefined;
  if (repeatsItself(ko) || koreanRepeatsPhrase(ko)) return undefined;
  const english = englishDigitNumbers(en);
  let korean: ReturnType<typeof koreanNumbers> | undefined;
  for (let j = 1; j < english.length; j++) {
    const second = english[j]!;
    const value = second.values[0]!.value;
    if (value < 10 && second.kind !== 'percent') continue;
    if (/^\d{4}$/.test(second.raw) && value >= 1900 && value <= 2100) continue;
    const first = english.slice(0, j).find((mention) => mention.values[0]!.value === value && mention.kind === second.kind);
    if (!first) continue;
    korean ??= koreanNumbers(ko);
    if (korean.filter((mention) => mentionsMatch(mention, second)).length !== 1) continue;
    // Session 13: the Korean writes the figure twice itself, once where no number is read (4·19 혁명 … 19일).
    if ((ko.match(/\d+/g) ?? []).filter((digits) => Number(digits) === value).length >= 2) continue;
    return { text: second.raw, range: second.range };
  }
  return undefined;
}

/** A trailing phrase after a comma that repeats the words just before it: "amid high rates and high prices, high prices". */
function repeatedTail(en: string, ko: string): Span | undefined {
  const match = /,\s*([A-Za-z][A-Za-z' -]*?)[.!?]?\s*$/.exec(en);
  if (!match) return undefined;
  // Intensifiers do not make a phrase new: "until the end, right until the very end".
  const plain = (words: string[]) => words.filter((word) => !INTENSIFIERS.has(word));
  const tail = plain(englishWords(match[1]!));
  if (tail.length < 2 || tail.every((word) => ENGLISH_FUNCTION_WORDS.has(word))) return undefined;
  const before = plain(englishWords(en.slice(0, match.index)));
  if (before.length <= tail.length || before.slice(-tail.length).join(' ') !== tail.join(' ')) return undefined;
  if (koreanRepeatsPhrase(ko) || koreanRepeatsPair(ko)) return undefined;
  const start = match.index + match[0].indexOf(match[1]!);
  return { text: match[1]!.trim(), range: [start, start + match[1]!.trim().length] };
}

const INTENSIFIERS = new Set('right very really just truly even all quite so'.split(' '));

/** Subjects and links that may open a sentence that only restates the one before ("It drew many tourists."). */
const ECHO_OPENERS = new Set('it he she they this that these those we i you there so and but yes indeed again'.split(' '));

/**
 * A sentence whose words (after an opening pronoun or link) are a run of words of the sentence before it: "… and drew
 * many tourists. It drew many tourists.", "He said, \"I'm proud of the players. I'm proud of the players.\"" — where the
 * Korean has fewer sentences than the English. Three words at least, two of them content words.
 */
function echoedSentence(sentences: Span[], koreanSentences: number): Span | undefined {
  if (sentences.length < 2 || sentences.length > 40) return undefined;
  if (koreanSentences >= sentences.length) return undefined;
  for (let j = 1; j < sentences.length; j++) {
    const words = englishWords(sentences[j]!.text);
    while (words.length > 3 && ECHO_OPENERS.has(words[0]!)) words.shift();
    if (words.length < 3 || words.filter((word) => !ENGLISH_FUNCTION_WORDS.has(word)).length < 2) continue;
    const before = englishWords(sentences[j - 1]!.text);
    if (containsRun(before, words)) return sentences[j];
  }
  return undefined;
}

function containsRun(words: string[], run: string[]): boolean {
  outer: for (let start = 0; start + run.length <= words.length; start++) {
    for (let i = 0; i < run.length; i++) if (words[start + i] !== run[i]) continue outer;
    return true;
  }
  return false;
}

/**
 * One phrase given twice as a whole phrase of one sentence, set off by commas or the sentence's ends: "Citing
 * insufficient evidence, the court rejected the warrant, citing insufficient evidence." Three words, two content.
 */
function phraseRepeat(en: string): Span | undefined {
  if (!/[,;]/.test(en) || en.length > 1500) return undefined;
  const piece = /[^,;:.!?\n—]+|[.!?\n]/g;
  let seen = new Set<string>();
  for (const match of en.matchAll(piece)) {
    // A phrase is compared with the phrases of its own sentence only.
    if (/^[.!?\n]$/.test(match[0])) {
      seen = new Set<string>();
      continue;
    }
    const words = englishWords(match[0]);
    if (words.length < 3 || words.filter((word) => !ENGLISH_FUNCTION_WORDS.has(word)).length < 2) continue;
    // Session 13: the figures belong to the phrase ("storage temperature: -10°C to 50°C" is not "5°C to 35°C").
    const key = `${words.join(' ')} ${(match[0].match(/\d[\d,.]*/g) ?? []).join(' ')}`;
    if (seen.has(key)) {
      const lead = match[0].length - match[0].trimStart().length;
      return { text: match[0].trim(), range: [match.index + lead, match.index + lead + match[0].trim().length] };
    }
    seen.add(key);
  }
  return undefined;
}

/** A phrase of 1–6 words said three or more times in a row ("to the end, to the end, to the end"). */
function phraseLoop(text: string): { text: string; count: number; range: [number, number] } | undefined {
  const lower = text.toLowerCase().split(/[^a-z']+/).filter(Boolean);
  for (let size = 1; size <= 6; size++) {
    for (let start = 0; start + 3 * size <= lower.length; start++) {
      // Cheap test first: the next word group must start like this one.
      if (lower[start] !== lower[start + size]) continue;
      let count = 1;
      while (start + (count + 1) * size <= lower.length && sameRun(lower, start, start + count * size, size)) count++;
      // A single short word twice is speech ("very, very"); three of a longer phrase is a loop.
      if (count >= 3 && !(size === 1 && lower[start]!.length <= 2)) {
        const phrase = lower.slice(start, start + size).join(' ');
        return { text: phrase, count, range: wordSpan(text, start, start + count * size - 1, LOOP_WORD) };
      }
      // Skip the run just measured, so a long run of one short word stays linear.
      if (count > 1) start += (count - 1) * size;
    }
  }
  return undefined;
}

/** Words that carry no content of their own; a repeated run made of them ("of the", "and the") is just English. */
/** Shortest run of words said twice back to back (", and parking is available, and parking is available"). */
const ADJACENT_RUN = 4;
/** Shortest run of words said twice anywhere in one English text (a clause echoed with another verb form). */
const SPREAD_RUN = 6;
/** The same when the English is far longer than the Korean predicts (a restated clause: "…from one year to two …, and to
 * extend the period from one year to two years"): five words, two of them content words. */
const LONG_SPREAD_RUN = 5;
/** Longer English (a paragraph of docs or code) legitimately repeats phrases; the clause test reads short texts. */
const CLAUSE_MAX_WORDS = 120;

/**
 * A run of words the English says twice inside one sentence: four or more words back to back with two content words
 * among them, or six or more with three content words — a model echoing a clause it already wrote. Runs whose words
 * the Korean itself holds in Latin letters (code, names copied over) are left alone.
 */
function clauseRepeat(text: string, ko: string, spreadRun: number): Span | undefined {
  const words = text.toLowerCase().match(/[a-z0-9]+(?:['.,][a-z0-9]+)*/g) ?? [];
  if (words.length < 2 * ADJACENT_RUN || words.length > CLAUSE_MAX_WORDS) return undefined;
  const seen = new Map<string, number[]>();
  for (let start = 0; start + ADJACENT_RUN <= words.length; start++) {
    const key = words.slice(start, start + ADJACENT_RUN).join(' ');
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, [start]);
      continue;
    }
    for (const first of earlier) {
      let length = ADJACENT_RUN;
      while (first + length < start && start + length < words.length && words[first + length] === words[start + length]) length++;
      if (first + length > start) continue;
      const run = words.slice(start, start + length);
      const content = run.filter((word) => !ENGLISH_FUNCTION_WORDS.has(word)).length;
      const adjacent = first + length === start;
      if ((adjacent && content >= 2) || (length >= spreadRun && content >= (spreadRun < SPREAD_RUN ? 2 : 3))) {
        const range = wordSpan(text, start, start + length - 1, CLAUSE_WORD);
        const between = text.slice(wordSpan(text, first, first, CLAUSE_WORD)[0], range[0]);
        const latin = ko.toLowerCase();
        if (/[.?!;:](?:\s|$)|\n/.test(between) || run.some((word) => /[a-z]/.test(word) && !ENGLISH_FUNCTION_WORDS.has(word) && latin.includes(word))) continue;
        return { text: run.join(' '), range };
      }
    }
    earlier.push(start);
  }
  return undefined;
}

/** The Korean says two words twice, endings aside ("좋은 사람, 정말 좋은 사람이었다"), so the English may echo them. */
function koreanRepeatsPair(ko: string): boolean {
  const words = ko.split(/[\s,.!?"'“”‘’·]+/).filter(Boolean).map((word) => word.slice(0, 2));
  const seen = new Set<string>();
  for (let i = 0; i + 2 <= words.length; i++) {
    const key = `${words[i]} ${words[i + 1]}`;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** The Korean itself says a run of three words twice ("좋은 사람, 좋은 사람"), so the English may echo it (asked several times per pair: kept). */
const koreanRepeatsPhrase = memoByText(readsPhraseTwice, 2);

function readsPhraseTwice(ko: string): boolean {
  const words = ko.split(/[\s,.!?"'“”‘’·]+/).filter(Boolean);
  const seen = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) {
    const key = words.slice(i, i + 3).join(' ');
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** A word as phraseLoop and as clauseRepeat split the English. */
const LOOP_WORD = /[a-z']+/gi;
const CLAUSE_WORD = /[a-z0-9]+(?:['.,][a-z0-9]+)*/gi;
const CLAUSE_WORDS = new RegExp(CLAUSE_WORD.source, 'gi');

/** Offsets from the start of word `first` to the end of word `last` (0-based indexes of the matches of `word`). */
function wordSpan(text: string, first: number, last: number, word: RegExp): [number, number] {
  word.lastIndex = 0;
  let start = 0;
  for (let index = 0, match = word.exec(text); match; index++, match = word.exec(text)) {
    if (index === first) start = match.index;
    if (index === last) return [start, match.index + match[0].length];
  }
  return [start, text.length];
}

function sameRun(words: string[], a: number, b: number, size: number): boolean {
  for (let i = 0; i < size; i++) if (words[a + i] !== words[b + i]) return false;
  return true;
}

/** The Korean says one sentence twice, so the English may too (asked several times per pair: kept). */
const repeatsItself = memoByText(saysSentenceTwice, 2);

function saysSentenceTwice(ko: string): boolean {
  const sentences = ko.split(/(?<=[.?!。])\s+/).map(comparable).filter((sentence) => sentence.length >= 4);
  return new Set(sentences).size < sentences.length;
}

/**
 * A stretch of text that is one sentence written twice, back to back, with only a break between ("The store opens at
 * 10 a.m. The store opens at 10 a.m."): the second copy and where it stands.
 */
function doubledHalf(text: string, key: string): Span | undefined {
  if (key.length < 2 * SHORT_ADJACENT || key.length % 2 !== 0 || key.slice(0, key.length / 2) !== key.slice(key.length / 2)) return undefined;
  // The second copy starts where the first one's words end and a new sentence opens.
  for (const match of text.matchAll(/[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])/g)) {
    const start = match.index + match[0].length;
    if (comparable(text.slice(0, start)) === comparable(text.slice(start))) return { text: text.slice(start), range: [start, text.length] };
  }
  return undefined;
}

/** A record stated in English: "a record high", "an all-time low", "the lowest ever recorded", "the most on record". */
const EN_RECORD =
  /\b(?:record[- ](?:highs?|lows?|levels?|numbers?|amounts?|figures?)|all[- ]time (?:highs?|lows?)|(?:highest|lowest|most|fewest|least|largest|biggest|smallest|best|worst|hottest|coldest|warmest)(?: (?:level|number|figure|amount|rate|point|total)s?)? (?:ever(?: (?:recorded|seen|reported|posted))?|on record|in history|since records began)|(?:new|fresh) records?)\b/gi;
/** The Korean's records: 역대, 사상, 최고치/최저치, 신기록, 기록적, 관측·통계·집계 이래. */
const KO_RECORD = /역대|사상|최[고저]치|신기록|기록적|이래|이후\s?(?:최[고저대소다]|가장)|처음/g;

/**
 * One sentence that states a record twice ("… the lowest ever recorded, marking an all-time low"), where the Korean
 * states it once (역대 최저를 기록했다): the second statement.
 */
function doubledRecord(ko: string, en: string): Span | undefined {
  if (!/record|ever|all[- ]time|history/i.test(en)) return undefined;
  const records = [...en.matchAll(EN_RECORD)];
  if (records.length < 2) return undefined;
  const korean = ko.match(KO_RECORD)?.length ?? 0;
  for (let i = 1; i < records.length; i++) {
    const first = records[i - 1]!;
    const second = records[i]!;
    // Both in one sentence, with a comma or link between them (not "record highs … a record low" of two things).
    const between = en.slice(first.index + first[0].length, second.index);
    if (/[.!?;]\s/.test(between) || between.length > 60 || !/,|\bmarking\b|\bwhich\b|\bor\b/.test(between)) continue;
    if (korean >= 2 || /\b(?:while|whereas|but|and)\b/.test(between)) continue;
    return { text: second[0], range: [second.index, second.index + second[0].length] };
  }
  return undefined;
}

/** Words that open a restatement or gloss of what was just said. */
const RESTATEMENT_OPENER = /(?:[,;:—–]|[.!?])\s*(?:in other words|that is to say|to put it (?:another way|simply|differently)|put (?:simply|differently|another way)|simply put|i\.e\.|that is,|which is to say|which means that)\s*,?\s*/i;
/** The Korean's own markers of a restatement: 즉, 다시 말해, 바꿔 말하면, 요컨대, 이른바, 말하자면. */
const KO_RESTATEMENT = /즉|다시 말해|바꿔 말하면|바꾸어 말하면|요컨대|이른바|말하자면|다시 말하면|의미한다|뜻한다|뜻이다|셈이다/;
/** How much longer (z) than predicted the English must be for its "in other words …" to be read as added. */
const OPENER_Z = 1.5;

/** "…, in other words, …" / "i.e. …": the English says again what it just said, where the Korean has no such marker. */
function restatementOpener(ko: string, en: string): Span | undefined {
  const opener = RESTATEMENT_OPENER.exec(en);
  if (!opener || KO_RESTATEMENT.test(ko) || lengthScore(ko, en) < OPENER_Z) return undefined;
  const start = opener.index + opener[0].length;
  const rest = en.slice(start).trim().replace(/[\s,;:—]+$/, '');
  if (!/[A-Za-z]{3}/.test(rest)) return undefined;
  const from = opener.index + opener[0].search(/[A-Za-z]/);
  return { text: en.slice(from, start) + rest, range: [from, start + rest.length] };
}

/** Least length (z) of the English for one part of it to be read as a restatement of another. */
const RESTATED_PART_Z = 2.5;
/** Least length (z) for a closing participial phrase that says nothing new to be read as a restatement. */
const RESTATED_TAIL_Z = 1.5;
/** The part read first must render the whole Korean on its own: at least this long (z) against it. */
const RESTATED_PART_FULL_Z = -1;
/** A restating part says again at least this many items, and this share of its items. */
const RESTATED_PART_ITEMS = 2;
const RESTATED_PART_SHARE = 0.6;
/** Words that add nothing a restatement must say again: intensifiers, light verbs and links. */
const FILLER = new Set('right very really just even still again also too all once more so such quite indeed actually make makes making made get gets getting got being within until up out back about around mark marks marked marking express expresses expressed expressing convey conveys conveyed conveying'.split(' '));
/**
 * Phrases that restate one another, each read as one canonical word: English says "consecutive" as "in a row" or
 * "straight", "24 hours" as "a day", "contact" as "get back to".
 */
const RESTATING_PHRASES: [RegExp, string][] = [
  [/\b(?:in a row|back[- ]to[- ]back|consecutive(?:ly)?|straight|successive(?:ly)?|running|streaks?|on end)\b/g, ' consecutive '],
  [/\b(?:security|surveillance|closed[- ]circuit)(?: camera| video| footage)?s?\b|\bcctv\b/g, ' cctv '],
  [/\b(?:get(?:s|ting)? back to|reach(?:es|ing)? out to|reach(?:es|ed|ing)?|get(?:s|ting)? in touch with|contact(?:s|ed|ing)?|call(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?)\b/g, ' contact '],
  [/\b(?:against|oppos\w*|objects? to|object(?:ed|ing) to|opposition)\b/g, ' oppose '],
  [/\b(?:strongly|firmly|fiercely|vehemently|staunchly|adamantly|resolutely)\b/g, ' strongly '],
  [/\b(?:police|officers?|cops?|policemen|law enforcement)\b/g, ' police '],
  [/\b(?:footage|videos?|recordings?|clips?|images)\b/g, ' video '],
  [/\b(?:lightweight|light)\b/g, ' light '],
  [/\b(?:good|well|great|excellent|solid|impressive)\b/g, ' good '],
  [/\b(?:analy[sz]\w*|review\w*|examin\w*|inspect\w*|scrutini[sz]\w*|study\w*|studied|look(?:s|ed|ing)? into|go(?:es|ing)? through|went through)\b/g, ' examine '],
  [/\b(?:rose|rise[sn]?|rising|increas\w*|grew|grow\w*|climb\w*|gain\w*|jump\w*|up)\b/g, ' rise '],
  [/\b(?:fell|fall\w*|drop\w*|declin\w*|decreas\w*|slid|slip\w*|down)\b/g, ' fall '],
  [/\b(?:end|finish|close)\b/g, ' end '],
  [/\b(?:beginning|start|outset)\b/g, ' start '],
  [/\b(?:wins?|won|winning|victor(?:y|ies))\b/g, ' win '],
  [/\b(?:plans?|planned|proposals?|projects?|schemes?)\b/g, ' plan '],
  [/\b(?:buy\w*|bought|purchas\w*)\b/g, ' buy '],
  [/\b(?:huge|large|big|massive|major)\b/g, ' big '],
  [/\b(?:tired|exhausted|worn out|drained|fatigued|wiped out|beat)\b/g, ' tired '],
  [/\b(?:prais\w*|highly rat\w*|rat\w* (?:\w+ )?highly|commend\w*|laud\w*|applaud\w*|compliment\w*|spoke highly)\b/g, ' praise '],
  [/\b(?:fighting spirit|will to (?:fight|win)|determination|grit|tenacity)\b/g, ' fightingspirit '],
  [/\b(?:happy|glad|pleased|delighted)\b/g, ' happy '],
  [/\b(?:sad|upset|unhappy|heartbroken)\b/g, ' sad '],
  [/\b(?:delicious|tasty|great-tasting)\b/g, ' delicious '],
  [/\b(?:friendly|kind|nice|welcoming)\b/g, ' friendly '],
  [/\b(?:cheap|inexpensive|affordable)\b/g, ' cheap '],
  [/\b(?:expensive|pricey|costly)\b/g, ' expensive '],
  [/\b(?:quickly|fast|rapidly|swiftly)\b/g, ' fast '],
  [/\b(?:soon|shortly|before long|in the near future)\b/g, ' soon '],
  // Session 8: expecting and predicting, going on and persisting, for now and for the time being, weighing and taking
  // into account, remorse and repentance, together and hand in hand, housing and homes, an upward trend and a rise.
  [/\b(?:predict\w*|expect\w*|forecast\w*|anticipat\w*|foresee\w*|foresaw)\b/g, ' expect '],
  [/\b(?:continu\w*|persist\w*|remain(?:s|ed|ing)?|carr(?:y|ies|ied|ying) on|go(?:es|ing)? on|went on|keep(?:s|ing)? up|kept up)\b/g, ' continue '],
  [/\b(?:for the time being|for now|for the moment|for the foreseeable future|in the short term|in the near term)\b/g, ' fornow '],
  [/\b(?:(?:took|take[ns]?|taking)(?: [\w'’]+){0,3} into (?:account|consideration)|consider(?:s|ed|ing|ation)?|factor(?:s|ed|ing)? in|weigh(?:s|ed|ing)?)\b/g, ' consider '],
  [/\b(?:remorse(?:ful)?|repent\w*|contrit\w*|regret(?:s|ful|ted|ting)?)\b/g, ' remorse '],
  [/\b(?:together|hand in hand|side by side|alongside|jointly)\b/g, ' together '],
  [/\b(?:thank(?:s|ed|ing)?|gratitude|grateful|appreciat\w*)\b/g, ' thank '],
  [/\b(?:hir(?:e|ed|ing)|recruit(?:s|ed|ing|ment)?|employ(?:s|ed|ing)?)\b/g, ' hire '],
  [/\b(?:employees|staff(?:ers)?|workers|personnel|hires)\b/g, ' staff '],
  [/\b(?:housing|homes?|houses?)\b/g, ' home '],
  [/\b(?:upward (?:trend|momentum|climb)|uptrend|upswing|upturn)\b/g, ' rise '],
  [/\b(?:downward (?:trend|momentum|spiral)|downtrend|downswing|downturn)\b/g, ' fall '],
  [/\b(?:leav(?:e|es|ing) (?:work|the office)|left (?:work|the office)|get(?:s|ting)? off work|got off work|head(?:s|ed|ing)? (?:out of|home from) (?:the office|work)|clock(?:s|ed|ing)? out|knock(?:s|ed|ing)? off)\b/g, ' offwork '],
];
/** The phrases as one pattern, one group each, so a text is read in one pass. */
const RESTATING = new RegExp(RESTATING_PHRASES.map(([pattern]) => `(${pattern.source})`).join('|'), 'g');
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12 };
const HOURS: Record<string, number> = { hour: 1, day: 24, week: 168, month: 720, year: 8760 };

/** Content items of a stretch of English: canonical words for restating phrases, figures, durations in hours; each with
 * its offset in the text (the offset of a rewritten phrase is approximate). */
function restatementItems(text: string): { item: string; at: number }[] {
  let lower = text.toLowerCase();
  // "24 hours" and "a day", "two weeks" and "14 days" are one length of time. Rewrites keep the text's length.
  const keep = (replacement: string, length: number) => replacement.padEnd(length, ' ').slice(0, Math.max(length, replacement.length));
  // "the third consecutive month" is three months in a row.
  lower = lower.replace(/\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:consecutive|straight|successive)\s+(hour|day|week|month|year)s?\b/g, (whole: string, ordinal: string, unit: string) => {
    const value = NUMBER_WORDS[ordinal] ?? parseInt(ordinal, 10);
    return keep(`d${value * HOURS[unit]!}h consecutive`, whole.length);
  });
  lower = lower.replace(/\b(a|an|one|\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twelve)[\s-]+(hour|day|week|month|year)s?\b/g, (whole: string, count: string, unit: string) => {
    const value = /^an?$/.test(count) ? 1 : (NUMBER_WORDS[count] ?? Number(count));
    return keep(`d${value * HOURS[unit]!}h`, whole.length);
  });
  lower = lower.replace(RESTATING, (whole: string, ...groups: unknown[]) => keep(RESTATING_PHRASES[groups.findIndex((group) => group !== undefined)]![1].trim(), whole.length));
  const items: { item: string; at: number }[] = [];
  for (const match of lower.matchAll(/[a-z][a-z'’-]*|\d[\d,.]*\d|\d/g)) {
    const word = match[0].replace(/[’']s$/, '');
    if (ENGLISH_FUNCTION_WORDS.has(word) || FILLER.has(word)) continue;
    if (word in NUMBER_WORDS) items.push({ item: String(NUMBER_WORDS[word]), at: match.index });
    else if (/^\d/.test(word)) items.push({ item: word.replace(/,/g, ''), at: match.index });
    else if (word.length >= 3) items.push({ item: contentStem(word).replace(/(?:anc|enc)$/, '').replace(/([bdglmnprt])\1$/, '$1'), at: match.index });
  }
  return items;
}

/** A sentence that restates the one before it says again at least this share of its items (two at least). */
const RESTATED_NEXT_SHARE = 0.75;
/** …in an English at least this much longer (z) than the Korean predicts. */
const RESTATED_NEXT_Z = 1.5;

/**
 * An English sentence whose content (restating phrases and figures read as one) is all said in the sentence just before
 * it, where the English has more sentences than the Korean: "I'm so tired today. I'm really exhausted today."
 */
function restatedNext(sentences: Span[], koreanSentences: number, ko: string, en: string): Span | undefined {
  if (sentences.length < 2 || sentences.length > 12 || koreanSentences >= sentences.length) return undefined;
  if (lengthScore(ko, en) < RESTATED_NEXT_Z || koreanRepeatsPhrase(ko)) return undefined;
  let earlier = new Set(restatementItems(sentences[0]!.text).map(({ item }) => item));
  for (let j = 1; j < sentences.length; j++) {
    const items = restatementItems(sentences[j]!.text).map(({ item }) => item);
    const again = items.filter((item) => earlier.has(item)).length;
    if (items.length >= 2 && again >= 2 && again >= items.length * RESTATED_NEXT_SHARE) return sentences[j];
    earlier = new Set(items);
  }
  return undefined;
}

/**
 * One English clause or sentence that says again, in other words, what the English before it already said in full,
 * where the Korean says it once: "Police are analyzing CCTV footage. Officers are reviewing the security camera video.";
 * "… for the third consecutive month, increasing for three months in a row"; "… within 24 hours and will get back to
 * you within a day". The part before must render the whole Korean on its own (its length alone is what the Korean
 * predicts), the English as a whole be far longer than predicted, and the later part render no Korean word and no
 * figure the earlier one does not, while most of its content says again a word, a synonym (two English words for one
 * Korean word of the lexicon, or a restating phrase) or a figure (a length of time in hours, an ordinal as its number)
 * of the earlier part.
 */
function restatedPart(ko: string, en: string): Span | undefined {
  const z = en.length > 400 ? 0 : lengthScore(ko, en);
  if (z < RESTATED_TAIL_Z || repeatsItself(ko) || koreanRepeatsPhrase(ko)) return undefined;
  // Korean words a stretch renders; one-syllable keys (물 "water") count where the Korean has them as a word.
  // Only words of this Korean matter, so each term keeps just those (most keep none). Read once, when a part needs them.
  let renderedTerms: (EnglishTerm & { keys: string[] })[] | undefined;
  const renderedIn = () => {
    if (renderedTerms) return renderedTerms;
    const syllableWords = new Set(ko.match(/(?<![가-힣])[가-힣](?=[을를이가은는도에만]|\s|$)/g));
    return (renderedTerms = englishTerms(en).map((term) => ({ ...term, keys: term.keys.filter((key) => (key.length >= 2 || syllableWords.has(key)) && ko.includes(key)) })).filter((term) => term.keys.length > 0));
  };
  const koreanKeys = (from: number, to: number) => new Set(renderedIn().filter((term) => term.index >= from && term.index < to).flatMap((term) => term.keys));
  // The items of the whole English, read once, when a part needs them; each part takes those that start inside it.
  let allItems: { item: string; at: number }[] | undefined;
  // Where a second part may start: a new sentence, a semicolon or dash, a comma, or "and" before a verb.
  for (const cut of en.matchAll(/[.!?]["”’)]*\s+(?=["“‘(]?[A-Z])|[;—–]\s*|,["”’]?\s+(?!and\b|or\b|but\b)|\s+and\s+(?=(?:are|is|was|were|will|would|has|have|had|can|could|should|must|also|then|\w+ed|\w+s)\b)/g)) {
    const start = cut.index + cut[0].length;
    const first = en.slice(0, cut.index);
    const short = lengthScore(ko, first) < RESTATED_PART_FULL_Z;
    // Session 8: a closing participial phrase (", expressing his gratitude to the fans" after "thanked his fans").
    const closing = /^,/.test(cut[0]) && /^[a-z]+ing\b/.test(en.slice(start)) && !/[.!?;]\s+\S/.test(en.slice(start));
    if (!closing && (short || z < RESTATED_PART_Z)) continue;
    allItems ??= restatementItems(en);
    const items = allItems.filter(({ at }) => at >= start);
    if (items.length < RESTATED_PART_ITEMS) continue;
    // "…," the official said: an attribution after a quote names its speaker again.
    if (/^[^,;.!?]{0,40}\b(?:said|says|say|added|adds|noted|notes|told|explained|stated|according to)\b[^,;]{0,30}[.!?]?["”’]?\s*$/i.test(en.slice(start))) continue;
    const earlier = new Set(allItems.filter(({ at }) => at < cut.index).map(({ item }) => item));
    // A figure of its own ("its first increase in nine years") is news, not a restatement.
    if (items.some(({ item }) => /^(?:\d|d\d)/.test(item) && !earlier.has(item))) continue;
    const firstKeys = koreanKeys(0, cut.index);
    // A later part that renders a Korean word the first part leaves out is the rest of the translation, not a restatement
    // — unless the word that renders it is a restating phrase the first part already said ("expecting" after "predicted").
    const said = (term: { index: number; text: string }) => items.some(({ item, at }) => at >= term.index && at < term.index + term.text.length && earlier.has(item));
    const laterKeys = renderedIn().filter((term) => term.index >= start && !said(term)).flatMap((term) => term.keys);
    if (laterKeys.some((key) => !firstKeys.has(key))) continue;
    // An item is said again as itself, or as another English word for a Korean word of the Korean that the first part
    // renders ("footage" and "video" both render 영상).
    let same = 0;
    let restated = 0;
    for (const { item, at } of items) {
      if (earlier.has(item)) {
        same++;
        restated++;
        continue;
      }
      const term = renderedIn().find((found) => found.index <= at && at < found.index + found.text.length);
      if (term?.keys.some((key) => key.length >= 2 && firstKeys.has(key))) restated++;
    }
    // A closing participial phrase every item of which says again the part before is a restatement in an English
    // less far over its length, after a part shorter than the whole Korean predicts.
    const tail = (z >= RESTATED_PART_Z && !short) || (closing && restated === items.length);
    if (tail && same >= 1 && restated >= RESTATED_PART_ITEMS && restated >= items.length * RESTATED_PART_SHARE) {
      const second = en.slice(start);
      const text = second.trim().replace(/[\s,;:—]+$/, '');
      const from = start + (second.length - second.trimStart().length);
      return { text, range: [from, from + text.length] };
    }
  }
  return undefined;
}

