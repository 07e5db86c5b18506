// Anchors: pieces of a sentence that survive translation and so tell which sentences belong
// together. Each sentence becomes a sorted list of interned keys; a key found on both sides of a
// bead earns that bead its weight. Keys seen on only one side of the document are dropped early,
// and a key that recurs in many sentences is worth less (it cannot tell them apart).
import { englishNumbers, koreanNumbers, numberKey } from './numbers.js';
import { hangulSkeleton, latinSkeleton } from './romanize.js';
import { EN_DATELINE_PARTS } from './credits.js';
import { EN_MONTHS, HANJA_ABBREVIATIONS, NEWS_LEXICON, SEED_LEXICON } from './lexicon.js';
import { NEWS_LEXICON_MORE } from './lexicon-news.js';
import { EVERYDAY_LEXICON } from './lexicon-everyday.js';
import { lexiconEntries, topAlternatives, type LexiconDomain } from '../lexicon/index.js';

/**
 * The shared lexicon's domains this stage reads, named one by one: every domain changes which
 * sentences share words, so a new one joins only after `npm run bench:align` shows no set falls
 * (four common-vocabulary domains tried in session 6 lowered heldout3 0.968 → 0.954, heldout5
 * 0.942 → 0.904, captions 0.966 → 0.946 and set 8 0.799 → 0.793). Of the twelve common-* domains
 * (session 6, round 2), each measured alone and the kept ones together: common-verbs-2 (heldout3
 * −0.014, heldout5 −0.038, captions −0.020, set 8 −0.006; heldout9 +0.019), common-verbs-4
 * (heldout5 −0.038, by ^담은), common-notices-reviews (heldout8 −0.010, by ^부탁),
 * common-adverbs-time (heldout12 −0.010, by ^겨우) and common-news-nouns-3 (heldout11 −0.009, by
 * ^공전) stay out; the seven read here moved no set.
 */
export const ALIGN_SHARED_DOMAINS: readonly LexiconDomain[] = [
  'health-medicine', 'food-cooking', 'travel-transport', 'arts-culture-media', 'family-life-emotion',
  'education-work-labour', 'economy-shopping-money', 'environment-science-tech', 'housing-agriculture-industry',
  'society-law-government', 'sports-leisure', 'verbs-adjectives-adverbs', 'everyday-objects-places-time',
  'general-abstract', 'health-food-travel-more', 'news-reporting-more', 'news-actions', 'people-roles',
  // Session 6, round 2: common-vocabulary domains measured one by one and together; none moved a set.
  'common-news-vocabulary', 'common-verbs-3', 'common-verbs-5', 'common-abstract-nouns', 'common-everyday-reviews', 'common-verbs-6', 'common-people-offices',
];
import { escapeRegExp, groupEnd } from '../regexp.js';
import { EVERYDAY_LEXICON as VALIDATE_EVERYDAY } from '../validate/lexicon-everyday.js';
import { POLICY_LEXICON } from '../validate/lexicon-policy.js';
import { EXTRA_LEXICON } from '../validate/lexicon.js';

/** Base weight of each kind of anchor, in the same log-odds units as the length cost. */
export const ANCHOR_WEIGHTS = {
  /** A figure of 13 or more, or with a fraction: rarely equal by chance. */
  number: 3,
  /** 0–12: days, counts, list numbers; often spelled out in English. */
  smallNumber: 1.2,
  /** A month, from 2월 or "Feb." */
  month: 1.5,
  /** A Latin word written inside the Korean (OpenAI, Python, GDP). */
  latinWord: 2.5,
  /** A URL or an e-mail address. */
  url: 4,
  /** A seed-lexicon term (places, offices, calendar words). */
  lexicon: 2,
  /** An everyday news word (expert, budget, rose). */
  newsWord: 1.2,
  /** A plain word of daily life, weather, courts or sports (morning, snow, appeal, inning). */
  everydayWord: 1,
  /**
   * A word of the shared lexicon (pipeline/lexicon: health, food, travel, culture, family, work,
   * science, economy, sports, law, common verbs and abstract nouns). With 3,350 entries, 1.2–1.75
   * give the same links everywhere (sixth held-out set 0.960 → 0.982 against 1), 2 loses a
   * seventh-set link, 1.1 and less the sixth set's.
   */
  sharedWord: 1.4,
  glossary: 2.5,
  /** A quotation: quoted speech stays quoted. */
  quote: 0.6,
  /**
   * A turn of the argument (그러나 ↔ But, see KO_CONTRAST_RE): weak, as a quote. Session-4 set 5
   * 0.949 → 0.972, every other set unchanged (0.3–1.5 give the same links).
   */
  contrast: 0.6,
  /** A name matched through its consonant skeleton, per consonant beyond two. */
  namePerConsonant: 0.4,
  /** Generic mode: words sharing their first four letters (cognates, names). */
  cognate: 1,
  /** Generic mode: a question or exclamation mark. */
  punctuation: 0.8,
} as const;

export type AnchorLanguage = 'ko-en' | 'generic';

export interface AnchorIndex {
  /** Per source sentence: sorted key ids (a key may repeat). */
  src: Int32Array[];
  /** Per target sentence: sorted key ids. */
  tgt: Int32Array[];
  /** Weight of each key id. */
  weight: Float64Array;
  /** The key behind each id (`n:2025`, `w:…`): for inspection and debugging. */
  names?: string[];
  /**
   * Per source sentence: its lexicon words (distinct terms) and how many of them no target sentence
   * renders. A sentence the edition dropped renders nowhere; a translated one mostly does.
   */
  srcTerms?: { terms: Int32Array; orphans: Int32Array };
  /** Per key id, 1 for a relative time word (올해 ↔ this year, 다음 달 ↔ next month; see RELATIVE_TIME). */
  time?: Uint8Array;
}

/**
 * Relative time words: news says "this year", "next month", "the day before" in sentence after
 * sentence, about different things, so sharing one proves little: an edition's added line
 * ("The Fed meets next month.") shares "next month" with a dropped schedule note as readily as with
 * its own translation. A 1-1 link that shares nothing else is read as sharing nothing (dp.ts).
 */
export const RELATIVE_TIME: ReadonlySet<string> = new Set([
  '전날', '이날', '다음 달', '이달', '지난달', '이번 달', '다음 주', '지난주', '이번 주', '주 초', '연말', '연초',
  '지난해', '작년', '올해', '내년', '오늘', '어제', '내일', '오전', '오후', '최근', '요즘', '당분간',
]);

type Keys = Map<string, number>;

/** The weight of a key is the same wherever it occurs. */
const setWeight = (weights: Keys, key: string, weight: number): void => {
  weights.set(key, weight);
};

/** Keys are a multiset: a figure written twice counts twice. */
function addCount(list: string[], key: string): void {
  list.push(key);
}

const POSSESSIVE_RE = /'s$/;
const latinWordRe = /[A-Za-z][A-Za-z0-9]*(?:[.&'-][A-Za-z0-9]+)*/g;
const urlRe = /https?:\/\/[^\s<>"'）)]+|www\.[^\s<>"'）)]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
const doubleQuoteRe = /["“”「」『』]/g;

function numberKeys(list: string[], weights: Keys, values: { value: number }[]): void {
  for (const { value } of values) {
    const key = `n:${numberKey(value)}`;
    addCount(list, key);
    setWeight(weights, key, Number.isInteger(value) && value <= 12 ? ANCHOR_WEIGHTS.smallNumber : ANCHOR_WEIGHTS.number);
  }
}

/**
 * A turn of the argument: a Korean sentence that opens with 그러나, 하지만, 그렇지만, 그런데 or 다만 (or
 * holds 그러나 after its subject) and an English one that opens with "But", "However" or "Yet" (or
 * holds ", however,"). Half the Korean ones keep the turn in their English on our gold sets; a short
 * sentence that carries nothing else ("그러나 묻고 싶다.") finds its half this way.
 */
const KO_CONTRAST_RE = /^\s*(?:그러나|하지만|그렇지만|그런데|다만)[\s,]|^\S+[은는이가]\s그러나\s/u;
const EN_CONTRAST_RE = /^\s*["\u201c]?(?:But|However|Yet)\b|,\s*however,/;

/**
 * A win-loss record or a series format, read as one figure: 4승 1패 ↔ "four games to one", "a 4-1
 * record", "four wins and one loss"; 7전 4승제 ↔ "best-of-seven". The two counts alone are small
 * numbers every sentence of a sports report holds; the pair says which sentence gives the result.
 */
const RECORD_WEIGHT = 2.5;
const KO_RECORD_RE = /(\d{1,3})\s?승\s?(?:(\d{1,3})\s?무\s?)?(\d{1,3})\s?패/gu;
const KO_SERIES_FORMAT_RE = /(\d{1,2})\s?전\s?\d{1,2}\s?선?승제/gu;
const COUNT_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, zero: 0, no: 0 };
const COUNT = String.raw`(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|zero|no)`;
const EN_RECORD_RES = [
  new RegExp(String.raw`\b${COUNT} games? to ${COUNT}\b`, 'giu'),
  new RegExp(String.raw`\b${COUNT} wins?(?:,| and)(?: ${COUNT} draws?,? and)? ${COUNT} loss(?:es)?\b`, 'giu'),
  new RegExp(String.raw`\b(\d{1,3})-(\d{1,3})(?:-(\d{1,3}))? (?:record|series|win-loss)\b`, 'giu'),
];
const EN_SERIES_FORMAT_RE = new RegExp(String.raw`\bbest[- ]of[- ]${COUNT}\b`, 'giu');
const countOf = (word: string): number => COUNT_WORDS[word.toLowerCase()] ?? Number(word);

function recordKey(list: string[], weights: Keys, key: string): void {
  addCount(list, key);
  setWeight(weights, key, RECORD_WEIGHT);
}

function koreanRecordKeys(list: string[], weights: Keys, text: string): void {
  for (const match of text.matchAll(KO_RECORD_RE)) recordKey(list, weights, `r:${match[1]}-${match[3]}`);
  for (const match of text.matchAll(KO_SERIES_FORMAT_RE)) recordKey(list, weights, `r:of${match[1]}`);
}

function englishRecordKeys(list: string[], weights: Keys, text: string): void {
  for (const re of EN_RECORD_RES) {
    for (const match of text.matchAll(re)) {
      const [wins, middle, last] = [match[1]!, match[2], match[3]];
      // "4 wins, 1 draw and 2 losses" / "4-1-2": the last count is the losses.
      const losses = re === EN_RECORD_RES[0] ? middle! : (last ?? middle!);
      recordKey(list, weights, `r:${countOf(wins)}-${countOf(losses)}`);
    }
  }
  for (const match of text.matchAll(EN_SERIES_FORMAT_RE)) recordKey(list, weights, `r:of${countOf(match[1]!)}`);
}

// Korean also quotes with ‘…’ and '…' where English uses double quotes; English ' is an apostrophe.
const koreanQuoteRe = /["“”「」『』‘’']/g;

/**
 * Speech quoted (a clause: four words or more, or closing on a sentence ending or punctuation)
 * against a quoted name, title or term ("Blue Hour", '킬러 문항', '레바티닙'): two kinds of quotation,
 * each its own key, so a quoted title never stands for quoted speech. A quote still open at the
 * end of the sentence (the speech runs on into the next line) is speech.
 */
const KO_SPEECH_END = /(?:[다요까죠네지군나]|습니다|니다)[.!?…~]*\s*$/u;
/** English speech closes on a comma, ! or ?; a period also closes a title at the end of a sentence ("…the drama "Blue Hour.""). */
const EN_SPEECH_END = /[,!?…]\s*$/;

function quoteKind(content: string, closed: boolean, korean: boolean): 'q' | 'qt' {
  const trimmed = content.trim();
  if (!closed) return 'q';
  const words = trimmed.split(/\s+/).length;
  if (words >= 4) return 'q';
  if (korean) return KO_SPEECH_END.test(trimmed) ? 'q' : 'qt';
  return EN_SPEECH_END.test(trimmed) || (words >= 3 && trimmed.endsWith('.')) ? 'q' : 'qt';
}

function quoteKeys(list: string[], weights: Keys, text: string, quoteRe: RegExp = doubleQuoteRe): void {
  const korean = quoteRe === koreanQuoteRe;
  // Korean single quotes ('킬러 문항') nest inside double ones: each kind of mark is read on its own.
  for (const marks of korean ? [doubleQuoteRe, koreanSingleQuoteRe] : [quoteRe]) {
    const parts = text.split(marks);
    for (let k = 1; k < parts.length; k += 2) {
      const key = quoteKind(parts[k]!, k + 1 < parts.length, korean);
      addCount(list, key);
      setWeight(weights, key, ANCHOR_WEIGHTS.quote);
    }
  }
}
const koreanSingleQuoteRe = /[‘’']/g;

function urlKeys(list: string[], weights: Keys, text: string): string {
  // Cheap test first: the pattern is slow on long text without any URL or address.
  if (!text.includes('://') && !text.includes('www.') && !text.includes('@')) return text;
  for (const match of text.matchAll(urlRe)) {
    const key = `u:${match[0].replace(/[.,;:!?]+$/, '').toLowerCase()}`;
    addCount(list, key);
    setWeight(weights, key, ANCHOR_WEIGHTS.url);
  }
  return text.replace(urlRe, ' ');
}

interface TermMatcher {
  key: string;
  /** The Korean side, without its `^` mark. */
  ko: string;
  /** Whether the Korean must start a word (the lexicon's `^` mark). */
  wordStart: boolean;
  /** The English fragment as written in the lexicon. */
  source: string;
  /** Drop the alternatives that can be a common English word alone (shared-lexicon entries). */
  dropCommon: boolean;
  weight: number;
  /** Compiled on first use: only terms a Korean sentence holds are ever compiled. */
  english?: TermEnglish | null;
}

interface TermEnglish {
  /** Whole-word pattern, tested anywhere in a sentence. */
  en: RegExp;
  /** The same pattern, sticky, tested where a word starts (the lookbehind is implied there). */
  atWord: RegExp;
  /** Lowercase first letters (up to three) of each English alternative; null when one has none. */
  starts: string[] | null;
}

/**
 * The English side of a term, compiled once; null when nothing of it is left (a shared-lexicon
 * entry whose every alternative can be a common word alone): such a term is not a term at all.
 */
function englishOf(term: TermMatcher): TermEnglish | null {
  if (term.english !== undefined) return term.english;
  const pattern = withoutCommonWords(term.source, term.dropCommon ? COMMON_WORDS : DEGREE_WORDS);
  term.english = pattern
    ? {
        en: new RegExp(`(?<![A-Za-z])(?:${pattern})(?![A-Za-z])`, 'i'),
        atWord: new RegExp(`(?:${pattern})(?![A-Za-z])`, 'iy'),
        starts: alternativeStarts(pattern, START_LETTERS),
      }
    : null;
  return term.english;
}

/**
 * How many first letters of an English alternative index a term: enough that a common word ("the",
 * "con") does not bring every term starting that way ("theatre", "concert") to be tested.
 */
const START_LETTERS = 5;

/**
 * The literal first letters (at most `letters`, three by default, lowercase) that a match of the pattern can start
 * with, or null if some match can start otherwise (a class, `\\$`, a lookaround). Optional and
 * alternative groups are expanded: `(?:public )?health` starts `pub` or `hea`, `(?:key|base) rate`
 * `key` or `bas`. Lets the English side test a term only when the sentence has a word starting
 * that way (without the expansion, a quarter of the shared lexicon was tested on every sentence).
 */
export function alternativeStarts(pattern: string, letters = 3): string[] | null {
  const out = new Set<string>();
  for (const alternative of topAlternatives(pattern)) {
    const starts = sequenceStarts(alternative, [''], letters);
    if (!starts) return null;
    for (const start of [...starts.done, ...starts.open]) {
      if (!start) return null;
      out.add(start);
    }
    if (out.size > 24) return null;
  }
  return [...out];
}

interface Starts {
  /** Prefixes that may still grow (fewer letters than wanted, nothing else met yet). */
  open: string[];
  /** Prefixes that end here. */
  done: string[];
}

function sequenceStarts(sequence: string, prefixes: string[], letters: number): Starts | null {
  let open = prefixes;
  const done: string[] = [];
  const stop = () => {
    done.push(...open);
    open = [];
  };
  for (let k = 0; k < sequence.length && open.length > 0; ) {
    const char = sequence[k]!;
    if (char === '(') {
      const end = groupEnd(sequence, k) ?? -1;
      if (end < 0 || (sequence[k + 1] === '?' && sequence[k + 2] !== ':')) {
        stop();
        break;
      }
      const inner = sequence.slice(sequence[k + 1] === '?' ? k + 3 : k + 1, end);
      const quantifier = sequence[end + 1] ?? '';
      const next: string[] = [];
      for (const alternative of topAlternatives(inner)) {
        const starts = sequenceStarts(alternative, open, letters);
        if (!starts) return null;
        done.push(...starts.done);
        // A repeated group ends what can be said about the prefix.
        if (quantifier === '*' || quantifier === '+' || quantifier === '{') done.push(...starts.open);
        else next.push(...starts.open);
      }
      if (quantifier === '?' || quantifier === '*') next.push(...open);
      else if (quantifier === '{') done.push(...open);
      open = [...new Set(next)];
      if (open.length + done.length > 50) return null;
      k = end + 1 + (quantifier === '?' || quantifier === '*' || quantifier === '+' ? 1 : 0);
      if (quantifier === '{') break;
      continue;
    }
    if (!/[A-Za-z]/.test(char)) {
      stop();
      break;
    }
    const quantifier = sequence[k + 1] ?? '';
    if (quantifier === '?' || quantifier === '*' || quantifier === '{') {
      stop();
      break;
    }
    const grown = open.map((prefix) => prefix + char.toLowerCase());
    open = [];
    for (const prefix of grown) (prefix.length >= letters || quantifier === '+' ? done : open).push(prefix);
    k++;
  }
  return { open, done };
}

/**
 * English words too common to tell two sentences apart: an alternative of a lexicon entry that can
 * be one of them alone (`(?:school )?years?` can be "years") is evidence in every sentence that
 * mentions a year, a day or people. 2026학년도 (school year) matched "This year's…" and built a
 * false 2-2 of two leads.
 */
const COMMON_ENGLISH = [
  'year', 'years', 'day', 'days', 'time', 'times', 'week', 'weeks', 'month', 'months', 'people', 'person', 'thing', 'things',
  'way', 'ways', 'part', 'parts', 'place', 'places', 'case', 'cases', 'work', 'works', 'group', 'groups', 'number', 'point',
  'home', 'hand', 'world', 'life', 'man', 'men', 'woman', 'women', 'show', 'shows', 'take', 'make', 'made', 'get', 'go',
  'see', 'saw', 'come', 'give', 'use', 'used', 'find', 'keep', 'put', 'set', 'run', 'top', 'high', 'new', 'good', 'great',
  'big', 'large', 'small', 'long', 'old', 'first', 'last', 'next', 'other', 'same', 'own', 'well', 'back', 'up', 'out',
  'one', 'two', 'also', 'more', 'most', 'many', 'much', 'former', 'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for',
  'is', 'are', 'be', 'have', 'has', 'do', 'said', 'say', 'says', 'company', 'companies', 'series', 'season', 'seasons',
  'stage', 'stages', 'members', 'member', 'fans', 'fan', 'students', 'student', 'office', 'offices', 'feel', 'feeling',
  // Function words and the commonest adverbs: stems such as ^함께 (with), ^단지 (only), ^지나 (after) list them.
  'with', 'without', 'along', 'both', 'down', 'less', 'only', 'just', 'after', 'before', 'over', 'under', 'through', 'later',
  'ago', 'each', 'off', 'even', 'still', 'again', 'further', 'about', 'around', 'all', 'any', 'some', 'every', 'very', 'so',
  'such', 'not', 'no', 'than', 'then', 'there', 'here', 'now', 'when', 'while', 'where', 'how', 'what', 'who', 'which',
  'this', 'that', 'these', 'those', 'it', 'its', 'they', 'their', 'them', 'he', 'she', 'his', 'her', 'we', 'our', 'you',
  'by', 'from', 'into', 'as', 'or', 'and', 'but', 'if', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must',
  'was', 'were', 'been', 'had', 'did', 'does', 'get', 'got', 'go', 'went', 'left', 'found', 'called', 'named', 'came',
];

/** A lexicon pattern without the alternatives that can be a common English word alone; '' if none is left. */
export function withoutCommonWords(pattern: string, words: ReadonlySet<string> = COMMON_WORDS): string {
  return topAlternatives(pattern)
    .filter((alternative) => {
      // A plain word or phrase is common only if it is one of the words; a pattern is tested on each.
      if (/^[A-Za-z ]+$/.test(alternative)) return !words.has(alternative.toLowerCase());
      const whole = new RegExp(`^(?:${alternative})$`, 'i');
      for (const word of words) if (whole.test(word)) return false;
      return true;
    })
    .join('|');
}

const COMMON_WORDS: ReadonlySet<string> = new Set(COMMON_ENGLISH);
/**
 * Degree words English puts in any sentence ("more than 300", "most of them", "further"): the
 * aligner's own lists gave them to 추가 and 최대, so "Others were more accepting." shared a word with
 * "…추가 수입이 생길…". Dropped from every entry (session-3 held-out set 0.917 → 0.932, every other set
 * unchanged; adding still, again, now, then costs a held-out link).
 */
const DEGREE_WORDS: ReadonlySet<string> = new Set(['more', 'most', 'further']);

/** Terms by the first two characters of their Korean side (one for a one-character term). */
type TermIndex = { all: TermMatcher[]; byStart: Map<string, TermMatcher[]> };

function indexTerms(all: TermMatcher[]): TermIndex {
  const byStart = new Map<string, TermMatcher[]>();
  for (const term of all) {
    const start = term.ko.slice(0, 2);
    const list = byStart.get(start);
    if (list) list.push(term);
    else byStart.set(start, [term]);
  }
  return { all, byStart };
}

// Compiling the lexicon's matchers costs far more than aligning one document: build them once per glossary.
const termIndexCache = new WeakMap<ReadonlyMap<string, string>, TermIndex>();
const termIndexCacheOwn = new WeakMap<ReadonlyMap<string, string>, TermIndex>();
let lexiconOnlyIndex: TermIndex | undefined;
let ownLexiconOnlyIndex: TermIndex | undefined;

function termIndexFor(glossary: ReadonlyMap<string, string> | undefined, shared: boolean): TermIndex {
  if (!glossary || glossary.size === 0) {
    if (shared) return (lexiconOnlyIndex ??= indexTerms(termMatchers(undefined, true)));
    return (ownLexiconOnlyIndex ??= indexTerms(termMatchers(undefined, false)));
  }
  const cache = shared ? termIndexCache : termIndexCacheOwn;
  let index = cache.get(glossary);
  if (!index) cache.set(glossary, (index = indexTerms(termMatchers(glossary, shared))));
  return index;
}

function termMatchers(glossary: ReadonlyMap<string, string> | undefined, shared: boolean): TermMatcher[] {
  const matchers: TermMatcher[] = [];
  const entry = (key: string, ko: string, en: string, weight: number, dropCommon = false) => {
    const wordStart = ko.startsWith('^');
    matchers.push({ key, ko: wordStart ? ko.slice(1) : ko, wordStart, source: en, dropCommon, weight });
  };
  SEED_LEXICON.forEach(([ko, en], index) => entry(`x:${index}`, ko, en, ANCHOR_WEIGHTS.lexicon));
  HANJA_ABBREVIATIONS.forEach(([ko, en], index) => entry(`h:${index}`, ko, en, ANCHOR_WEIGHTS.lexicon));
  NEWS_LEXICON.forEach(([ko, en], index) => entry(`v:${index}`, ko, en, ANCHOR_WEIGHTS.newsWord));
  NEWS_LEXICON_MORE.forEach(([ko, en], index) => entry(`b:${index}`, ko, en, ANCHOR_WEIGHTS.newsWord));
  // An everyday word the news lexicons already hold would count twice: its English joins theirs
  // instead (주말: the news list's `weekend` and the everyday list's `weekends?`).
  const known = new Map(matchers.map((term) => [term.ko, term] as const));
  EVERYDAY_LEXICON.forEach(([ko, en], index) => {
    const held = known.get(ko.replace(/^\^/, ''));
    if (!held) entry(`e:${index}`, ko, en, ANCHOR_WEIGHTS.everydayWord);
    else held.source = `${held.source}|${en}`;
  });
  if (shared) {
    // The shared lexicon (pipeline/lexicon) after this stage's own lists, without the alternatives
    // that can be a common English word alone.
    const own = new Set(matchers.map((term) => term.ko));
    lexiconEntries({ domains: [...ALIGN_SHARED_DOMAINS] }).forEach(([ko, en], index) => {
      if (!own.has(ko.replace(/^\^/, ''))) entry(`l:${index}`, ko, en, ANCHOR_WEIGHTS.sharedWord, true);
    });
    // The meaning check's word lists (pipeline/validate: crime and courts, daily life, policy), for
    // the keys no list above holds: 계좌 ↔ account, as weighty as a shared-lexicon word.
    const seen = new Set(matchers.map((term) => term.ko));
    [...EXTRA_LEXICON, ...VALIDATE_EVERYDAY, ...POLICY_LEXICON].forEach(([ko, en], index) => {
      const key = ko.replace(/^\^/, '');
      if (seen.has(key)) return;
      seen.add(key);
      // Their own prefix: the news lexicon's `v:` keys number another list, and a shared key would
      // pair one list's Korean word with the other's English (체계 with "income").
      entry(`k:${index}`, ko, en, ANCHOR_WEIGHTS.sharedWord, true);
    });
  }
  let index = 0;
  for (const [ko, en] of glossary ?? []) {
    if (ko.trim() && en.trim()) entry(`g:${index++}`, ko.trim(), escapeRegExp(en.trim()), ANCHOR_WEIGHTS.glossary);
  }
  return matchers;
}

const isHangulSyllable = (code: number): boolean => code >= 0xac00 && code <= 0xd7a3;

/**
 * The lexicon terms a Korean sentence holds, each found at the positions where its Korean starts
 * (a `^` term only at the start of a word), less the terms that occur only inside, or across the
 * edge of, a longer term found there: 영화제 (film festival) holds 영화 (film), 수출액 holds 수출,
 * and 문을 열기로 ("will open") is 문을 열, not 열기 (heat); a word is counted once, as its longest entry. Terms are looked up by the two characters at each position, so the cost
 * grows with the sentence, not with the size of the lexicons.
 */
function koreanTerms(text: string, terms: TermIndex): TermMatcher[] {
  const hits: { term: TermMatcher; from: number; to: number }[] = [];
  for (let at = 0; at < text.length; at++) {
    const atWordStart = at === 0 || !isHangulSyllable(text.charCodeAt(at - 1));
    for (let width = 2; width >= 1; width--) {
      const list = terms.byStart.get(width === 2 ? text.slice(at, at + 2) : text[at]!);
      if (!list) continue;
      for (const term of list) {
        if (term.wordStart && !atWordStart) continue;
        if (term.ko.length > 2 && !text.startsWith(term.ko, at)) continue;
        if (!englishOf(term)) continue;
        hits.push({ term, from: at, to: at + term.ko.length });
      }
    }
  }
  const kept = new Set<TermMatcher>();
  for (const hit of hits) {
    if (kept.has(hit.term)) continue;
    // A longer term that covers the hit, or overlaps it (`문을 열` over the 열기 of 문을 열기로): a
    // character belongs to one word, and the longer reading is the surer one.
    const inside = hits.some((other) => other.from < hit.to && other.to > hit.from && other.to - other.from > hit.to - hit.from);
    if (!inside) kept.add(hit.term);
  }
  return [...kept];
}

// A dotted date, "2025.2.4" or "2025. 2. 4.": the year and the day are figures, the month a month.
const dottedDateRe = /(?<![\d.])(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?![\d])/g;

function koreanKeys(text: string, weights: Keys, terms: TermIndex): string[] {
  const list: string[] = [];
  let rest = urlKeys(list, weights, text);
  rest = rest.replace(dottedDateRe, (_, year: string, month: string, day: string) => ` ${year}년 ${Number(month)}월 ${Number(day)}일 `);
  numberKeys(list, weights, koreanNumbers(rest));
  for (const match of rest.matchAll(/(\d{1,2})\s?월/g)) {
    addCount(list, `m:${Number(match[1])}`);
    setWeight(weights, `m:${Number(match[1])}`, ANCHOR_WEIGHTS.month);
  }
  for (const match of rest.matchAll(latinWordRe)) {
    // A lone letter ("A매치", "B조", "K팝") is a Korean coinage, not a word the English repeats.
    if (match[0].length < 2) continue;
    const key = `w:${match[0].toLowerCase()}`;
    addCount(list, key);
    setWeight(weights, key, ANCHOR_WEIGHTS.latinWord);
  }
  koreanRecordKeys(list, weights, rest);
  quoteKeys(list, weights, rest, koreanQuoteRe);
  if (KO_CONTRAST_RE.test(rest)) {
    addCount(list, 'c:contrast');
    setWeight(weights, 'c:contrast', ANCHOR_WEIGHTS.contrast);
  }
  for (const term of koreanTerms(rest, terms)) {
    addCount(list, term.key);
    setWeight(weights, term.key, term.weight);
  }
  for (const run of rest.match(/[\uac00-\ud7a3]+/g) ?? []) {
    const skeleton = hangulSkeleton(run);
    for (let length = 3; length <= Math.min(skeleton.length, 7); length++) addCount(list, `s:${skeleton.slice(0, length)}`);
  }
  return list;
}

// Capitalised words, and runs of them ("Yoon Suk Yeol"), are the English side's candidate names.
const nameRunRe = /\b[A-Z][a-z'’-]*[a-z](?:[\s-]+[A-Z][a-z'’-]*[a-z]){0,2}\b/g;

/** Terms by the literal first letters of their English alternatives (see `alternativeStarts`). */
interface StartIndex {
  /** Terms with an alternative that starts otherwise: tested on every sentence. */
  always: TermMatcher[];
  byStart: Map<string, TermMatcher[]>;
  /** The terms to test at a word, by the word's first letters (lowercase): filled as words come. */
  byWord: Map<string, TermMatcher[]>;
}

/** Terms one of whose alternatives starts like a word beginning with `head` (its first START_LETTERS letters). */
function candidatesFor(index: StartIndex, head: string): TermMatcher[] {
  let terms = index.byWord.get(head);
  if (!terms) {
    terms = [];
    for (let length = 1; length <= head.length; length++) terms.push(...(index.byStart.get(head.slice(0, length)) ?? []));
    index.byWord.set(head, terms);
  }
  return terms;
}

function indexByStart(terms: TermMatcher[]): StartIndex {
  const always: TermMatcher[] = [];
  const byStart = new Map<string, TermMatcher[]>();
  for (const term of terms) {
    const starts = englishOf(term)?.starts;
    if (!starts) {
      always.push(term);
      continue;
    }
    for (const start of new Set(starts)) byStart.set(start, [...(byStart.get(start) ?? []), term]);
  }
  return { always, byStart, byWord: new Map() };
}

/**
 * The date of a wire dateline ("SEJONG, Nov. 26 (Yonhap) --", "WASHINGTON, June 3 (AFP) —") is
 * the day of filing, not content: the Korean edition's dateline has none ("(세종=연합뉴스)"), and
 * the day it reports ("26일 밝혔다") sits in whichever sentence the reporter put it, often the
 * second. As an anchor it tied the lead to that sentence and built false 2-2 links.
 */
const DATELINE_DATE_RE = new RegExp(String.raw`^(\s*${EN_DATELINE_PARTS.place})${EN_DATELINE_PARTS.date}(?=${EN_DATELINE_PARTS.agency})`, 'u');

export function dropDatelineDate(text: string): string {
  return text.replace(DATELINE_DATE_RE, '$1');
}

const WEEKDAY_RE = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

function englishKeys(text: string, weights: Keys, terms: StartIndex): string[] {
  const list: string[] = [];
  const rest = dropDatelineDate(urlKeys(list, weights, text));
  numberKeys(list, weights, englishNumbers(rest));
  for (const match of rest.matchAll(/\b([A-Za-z]{3,9})\b\.?/g)) {
    const month = EN_MONTHS[match[1]!.toLowerCase()];
    // "may" and "mar" are words too; only the capitalised form is a month.
    if (month !== undefined && /^[A-Z]/.test(match[1]!)) addCount(list, `m:${month}`);
  }
  // A possessive is the same word: "KAIST's" is KAIST (the Korean writes KAIST의).
  for (const match of rest.matchAll(latinWordRe)) addCount(list, `w:${match[0].toLowerCase().replace(POSSESSIVE_RE, '')}`);
  englishRecordKeys(list, weights, rest);
  quoteKeys(list, weights, rest);
  if (EN_CONTRAST_RE.test(rest)) addCount(list, 'c:contrast');
  // A term is tested only where a word starts with the first letters of one of its alternatives,
  // with a sticky pattern: cost per word of the sentence, not per term times sentence length.
  const found = new Set<TermMatcher>();
  for (const term of terms.always) if (englishOf(term)!.en.test(rest)) found.add(term);
  for (const word of rest.matchAll(/[A-Za-z]+/g)) {
    for (const term of candidatesFor(terms, word[0].slice(0, START_LETTERS).toLowerCase())) {
      if (found.has(term)) continue;
      const atWord = englishOf(term)!.atWord;
      atWord.lastIndex = word.index;
      if (atWord.test(rest)) found.add(term);
    }
  }
  for (const term of found) addCount(list, term.key);
  const seen = new Set<string>();
  for (const match of rest.matchAll(nameRunRe)) {
    const words = match[0].split(/[\s-]+/);
    // Every single word and the whole run: "Yoon Suk Yeol" is one Korean word, "Donald Trump" two.
    const candidates = words.length > 1 ? [...words, match[0]] : words;
    for (const candidate of candidates) {
      // A month or a weekday is no name ("January" would sound like 진료).
      if (EN_MONTHS[candidate.toLowerCase()] !== undefined || WEEKDAY_RE.test(candidate)) continue;
      const skeleton = latinSkeleton(candidate);
      if (skeleton.length < 3 || skeleton.length > 7 || seen.has(skeleton)) continue;
      seen.add(skeleton);
      addCount(list, `s:${skeleton}`);
    }
  }
  return list;
}

function genericKeys(text: string, weights: Keys): string[] {
  const list: string[] = [];
  const rest = urlKeys(list, weights, text);
  numberKeys(list, weights, englishNumbers(rest, { words: false }));
  for (const match of rest.matchAll(/\p{L}{4,}/gu)) {
    const key = `c:${match[0].toLowerCase().slice(0, 4)}`;
    addCount(list, key);
    setWeight(weights, key, ANCHOR_WEIGHTS.cognate);
  }
  for (const match of rest.matchAll(/[?!]/g)) {
    addCount(list, `p:${match[0]}`);
    setWeight(weights, `p:${match[0]}`, ANCHOR_WEIGHTS.punctuation);
  }
  quoteKeys(list, weights, rest);
  return list;
}

/**
 * Anchor keys of both sides, interned, restricted to keys found on both sides, weighted by kind
 * and by rarity (divided by the square root of the number of sentences that hold the key).
 */
export function buildAnchors(
  src: readonly string[],
  tgt: readonly string[],
  options: { language: AnchorLanguage; glossary?: ReadonlyMap<string, string>; sharedLexicon?: boolean },
): AnchorIndex {
  const weights: Keys = new Map();
  let srcKeys: string[][];
  let tgtKeys: string[][];
  const timeKeys = new Set<string>();
  if (options.language === 'ko-en') {
    const index = termIndexFor(options.glossary, options.sharedLexicon !== false);
    const terms = index.all;
    for (const term of terms) {
      weights.set(term.key, term.weight);
      if (RELATIVE_TIME.has(term.ko)) timeKeys.add(term.key);
    }
    srcKeys = src.map((text) => koreanKeys(text.normalize('NFC'), weights, index));
    // Only terms the Korean holds can match; testing the rest on every English sentence is waste.
    const used = new Set<string>();
    for (const keys of srcKeys) for (const key of keys) used.add(key);
    const usedTerms = indexByStart(terms.filter((term) => used.has(term.key)));
    tgtKeys = tgt.map((text) => englishKeys(text, weights, usedTerms));
    for (const keys of srcKeys) {
      for (const key of keys) {
        if (key.startsWith('s:')) weights.set(key, ANCHOR_WEIGHTS.namePerConsonant * Math.min(4, key.length - 4));
      }
    }
  } else {
    srcKeys = src.map((text) => genericKeys(text, weights));
    tgtKeys = tgt.map((text) => genericKeys(text, weights));
  }
  const documentFrequency = (side: string[][]) => {
    const counts = new Map<string, number>();
    const lastSeen = new Map<string, number>();
    side.forEach((keys, sentence) => {
      for (const key of keys) {
        if (lastSeen.get(key) === sentence) continue;
        lastSeen.set(key, sentence);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    });
    return counts;
  };
  const srcFrequency = documentFrequency(srcKeys);
  const tgtFrequency = documentFrequency(tgtKeys);
  const ids = new Map<string, number>();
  const keyWeights: number[] = [];
  const names: string[] = [];
  for (const [key, srcCount] of srcFrequency) {
    const tgtCount = tgtFrequency.get(key);
    const base = weights.get(key);
    if (tgtCount === undefined || base === undefined || base <= 0) continue;
    ids.set(key, keyWeights.length);
    names.push(key);
    keyWeights.push(base / Math.sqrt(Math.max(srcCount, tgtCount)));
  }
  const intern = (keys: string[]): Int32Array => {
    const out: number[] = [];
    for (const key of keys) {
      const id = ids.get(key);
      if (id !== undefined) out.push(id);
    }
    return Int32Array.from(out).sort();
  };
  // Lexicon and glossary keys: `x:`, `h:`, `v:`, `b:`, `e:`, `l:`, `k:`, `g:` and an index.
  const isTerm = (key: string) => key[1] === ':' && 'xhvbelkg'.includes(key[0]!);
  const terms = new Int32Array(src.length);
  const orphans = new Int32Array(src.length);
  srcKeys.forEach((keys, i) => {
    for (const key of new Set(keys)) {
      if (!isTerm(key)) continue;
      terms[i]!++;
      if (!tgtFrequency.has(key)) orphans[i]!++;
    }
  });
  const time = Uint8Array.from(names, (key) => (timeKeys.has(key) ? 1 : 0));
  return { src: srcKeys.map(intern), tgt: tgtKeys.map(intern), weight: Float64Array.from(keyWeights), names, srcTerms: { terms, orphans }, time };
}

/** The Korean and English of a lexicon key (`l:2489` → `전역 ↔ across|…`): for inspection and debugging. */
export function describeTerm(key: string): string | undefined {
  const term = termIndexFor(undefined, true).all.find((candidate) => candidate.key === key);
  return term ? `${term.ko}↔${term.source}` : undefined;
}
