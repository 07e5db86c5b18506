// Foreign content: what a sentence says that the other side of the document never mentions.
//
// An English edition adds sentences (who a person is, what an acronym means, a figure for
// context) and drops Korean ones (a crowd count, a remark). Such a sentence carries figures,
// names and acronyms with no counterpart anywhere on the other side, while the second half of a
// split sentence repeats the Korean's own figures and names. Counting those orphan items tells a
// translator's addition (a 0-1 link) from half of a 1-2, and a dropped line (1-0) from half of a 2-1.
import { englishNumbers, koreanNumbers, numberKey } from './numbers.js';
import { hangulSkeleton, latinSkeleton } from './romanize.js';
import { EN_MONTHS, HANJA_ABBREVIATIONS, NEWS_LEXICON, SEED_LEXICON } from './lexicon.js';
import { NEWS_LEXICON_MORE } from './lexicon-news.js';
import { EVERYDAY_LEXICON } from './lexicon-everyday.js';
import { alternativeStarts } from './anchors.js';
import { topAlternatives } from '../lexicon/index.js';

const latinWordRe = /[A-Za-z][A-Za-z0-9]*(?:[.&'-][A-Za-z0-9]+)*/g;
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Whole-word patterns of the lexicons' English alternatives, by their first letter ('' for the rest). */
let lexiconWords: Map<string, RegExp> | null = null;

/**
 * Whether a word is one of the lexicons' English words: then it is a translation, not a name. The
 * alternatives are grouped by the letter they must start with, so a word meets only its group.
 */
function isLexiconWord(word: string): boolean {
  if (!lexiconWords) {
    const groups = new Map<string, string[]>();
    for (const [, en] of [...SEED_LEXICON, ...HANJA_ABBREVIATIONS, ...NEWS_LEXICON, ...NEWS_LEXICON_MORE, ...EVERYDAY_LEXICON]) {
      for (const alternative of topAlternatives(en)) {
        const letters = alternativeStarts(alternative, 1);
        for (const letter of letters ?? ['']) groups.set(letter, [...(groups.get(letter) ?? []), alternative]);
      }
    }
    lexiconWords = new Map([...groups].map(([letter, alternatives]) => [letter, new RegExp(`^(?:${alternatives.join('|')})$`, 'i')]));
  }
  const first = lexiconWords.get(word.slice(0, 1).toLowerCase());
  return (first?.test(word) ?? false) || (lexiconWords.get('')?.test(word) ?? false);
}

/** A figure worth counting: written with digits, above 12 (days and small counts are spelled freely). */
const countable = (value: number): boolean => value > 12;

/**
 * Per sentence, the number of figures, names and acronyms with no counterpart anywhere on the
 * other side of the document (figures compared as values, names through their consonant skeleton).
 */
export function foreignContent(ko: readonly string[], en: readonly string[]): { src: Float64Array; tgt: Float64Array } {
  const koNumbers = ko.map((text) => koreanNumbers(text).filter((n) => n.digits && countable(n.value)).map((n) => numberKey(n.value)));
  const enNumbers = en.map((text) => englishNumbers(text, { words: false }).filter((n) => countable(n.value)).map((n) => numberKey(n.value)));
  const koNumberSet = new Set(koNumbers.flat());
  const enNumberSet = new Set(enNumbers.flat());
  const koLatin = new Set(ko.flatMap((text) => (text.match(latinWordRe) ?? []).map((word) => word.toLowerCase())));
  const enLatin = new Set(en.flatMap((text) => (text.match(latinWordRe) ?? []).map((word) => word.toLowerCase())));
  const skeletons = new Set<string>();
  for (const text of ko) {
    for (const run of text.match(/[\uac00-\ud7a3]+/g) ?? []) {
      const skeleton = hangulSkeleton(run);
      // Every stretch of two to six consonants: a Latin name may render any part of a Hangul run.
      for (let from = 0; from < skeleton.length; from++) {
        for (let length = 2; length <= 6 && from + length <= skeleton.length; length++) skeletons.add(skeleton.slice(from, from + length));
      }
    }
  }
  // Names recur: test each word against the lexicons once.
  const known = new Map<string, boolean>();
  const inLexicon = (word: string): boolean => {
    let found = known.get(word);
    if (found === undefined) known.set(word, (found = isLexiconWord(word)));
    return found;
  };
  const src = Float64Array.from(ko, (text, i) => {
    let count = koNumbers[i]!.filter((key) => !enNumberSet.has(key)).length;
    for (const word of text.match(latinWordRe) ?? []) if (word.length >= 2 && !enLatin.has(word.toLowerCase())) count++;
    return count;
  });
  const tgt = Float64Array.from(en, (text, j) => {
    let count = enNumbers[j]!.filter((key) => !koNumberSet.has(key)).length;
    // Names: capitalised words past the first word of the sentence, and acronyms anywhere.
    const words = [...text.matchAll(/[A-Za-z][A-Za-z'’-]*/g)];
    words.forEach((match, k) => {
      const word = match[0].replace(/['’]s?$/, '');
      const acronym = /^[A-Z]{2,6}$/.test(word);
      if (!acronym && (k === 0 || !/^[A-Z][a-z]/.test(word) || word.length < 3)) return;
      const lower = word.toLowerCase();
      if (koLatin.has(lower) || EN_MONTHS[lower] !== undefined || WEEKDAYS.has(lower) || inLexicon(word)) return;
      if (acronym) {
        count++;
        return;
      }
      const skeleton = latinSkeleton(word);
      if (skeleton.length >= 2 && !skeletons.has(skeleton.slice(0, 6))) count++;
    });
    return count;
  });
  return { src, tgt };
}
