// An English sentence splitter for the translator's output, with exact offsets into the input.
// A boundary is a run of . ! ? … (plus closing quotes or brackets) followed by whitespace and a
// character that can start a sentence; a line break always ends a sentence. Whitespace between
// sentences belongs to no sentence, so `text.slice(...range)` equals `raw` for each of them.

/** Titles that precede a name: never the end of a sentence ("Dr. Kim", "Gen. Park"). */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'st', 'mt', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm',
  'rev', 'hon', 'pres', 'supt', 'cmdr', 'cpl', 'pvt', 'gov', 'amb', 'fr', 'messrs', 'mme', 'mlle',
]);

/** Abbreviations that rarely end a sentence: "No. 1", "Fig. 2", "e.g. this", "Jan. 5". */
const INNER_ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'cf', 'vs', 'v', 'approx', 'ca',
  'est', 'dept', 'univ', 'assn', 'bros', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'op', 'ed', 'eds', 'trans', 'ft', 'in', 'lb', 'lbs', 'oz', 'km', 'kg', 'al',
]);

/** Abbreviations before a number: "No. 1", "Vol. 2" (but "He said no. Then…" ends a sentence). */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'fig', 'figs', 'vol', 'vols', 'p', 'pp', 'ch', 'art', 'sec', 'tel']);

/**
 * Abbreviations that often end a sentence too ("…based in the U.S. The company…"): a boundary
 * only when the next word is one that usually starts a sentence.
 */
const FINAL_ABBREVIATIONS = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'inc', 'co', 'corp', 'ltd', 'jr', 'etc', 'a.m', 'p.m', 'd.c', 'plc', 'llc']);

const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but', 'and',
  'however', 'meanwhile', 'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'after', 'before', 'his', 'her', 'their', 'our',
  'some', 'many', 'most', 'one', 'according', 'analysts', 'officials', 'still', 'also', 'yet', 'so', 'then', 'since', 'what',
]);

export interface EnglishSentence {
  raw: string;
  /** UTF-16 offsets [start, end) into the input. */
  range: [number, number];
}

// Terminal punctuation, closers, then the whitespace after them.
// Emoji after the punctuation belong to the sentence they close ("…a clear day. 😊 See you!").
const BOUNDARY = /([.!?…]+|\.\s?\.\s?\.)((?:["'”’)\]»]|\s*\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}]*)*)(\s+)/gu;

/** The word just before `end` (without its final period), lowercased: "U.S" for "…the U.S." */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}\p{N}.'’-]/u.test(text[start - 1]!)) start--;
  return text.slice(start, end).replace(/^['’]+/, '').replace(/\.$/, '').toLowerCase();
}

function isBoundary(text: string, match: RegExpExecArray): boolean {
  const [, terminal, closers, space] = match;
  const after = match.index + match[0].length;
  const next = text.slice(after, after + 1);
  if (next === '') return false;
  if (space!.includes('\n')) return true;
  // "…said he. and then" or "3.5 p.m. on Monday": a lowercase start continues the sentence;
  // so does an emoji or a symbol ("…on a clear day. 😊").
  if (!/[\p{Lu}\p{Lt}\p{Lo}\p{N}"'“‘«(\[]/u.test(next)) return false;
  // A closing quote or bracket after the period: `He said, "No." Then…`
  if (terminal !== '.' || closers!.trim() !== '') return true;
  const word = wordBefore(text, match.index + 1);
  if (word === '') return true;
  // An initial: "J. R. R. Tolkien", "Kim J. Lee".
  if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(word.toUpperCase()) && text[match.index - 1] === text[match.index - 1]!.toUpperCase()) return false;
  if (TITLES.has(word) || INNER_ABBREVIATIONS.has(word)) return false;
  if (NUMBER_ABBREVIATIONS.has(word) && /\d/.test(next)) return false;
  // A list number at the start of a line: "1. The first point".
  if (/^\d+$/.test(word) && /(^|\n)\s*$/.test(text.slice(0, match.index - word.length))) return false;
  if (FINAL_ABBREVIATIONS.has(word)) {
    const nextWord = /^[\p{L}']+/u.exec(text.slice(after))?.[0]?.toLowerCase() ?? '';
    return SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}

/** Split English text into sentences; each keeps its exact offsets. Empty or blank text gives []. */
export function splitEnglish(text: string): EnglishSentence[] {
  const cuts: number[] = [];
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    if (isBoundary(text, match)) cuts.push(match.index + match[1]!.length + match[2]!.length);
  }
  // Line breaks with no terminal punctuation before them also end a sentence (headlines, lists).
  for (const match of text.matchAll(/\n/g)) cuts.push(match.index);
  cuts.sort((a, b) => a - b);
  const sentences: EnglishSentence[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    if (cut < start) continue;
    let from = start;
    let to = cut;
    while (from < to && /\s/u.test(text[from]!)) from++;
    while (to > from && /\s/u.test(text[to - 1]!)) to--;
    if (to > from) sentences.push({ raw: text.slice(from, to), range: [from, to] });
    start = cut;
  }
  return sentences;
}
