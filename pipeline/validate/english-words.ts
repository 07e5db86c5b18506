// An English word list (the `word-list` package: 274,000 words of two letters or more, no capitals), read on first use.
// It says whether a lower-case token is a whole word and whether a longer word begins with it (a word cut short).
import fs from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | undefined;
let sorted: string[] | undefined;

function load(): void {
  sorted = fs.readFileSync(wordListPath, 'utf8').split('\n').filter(Boolean).sort();
  words = new Set(sorted);
}

/** `word` (lower case) is in the list. */
export function isEnglishWord(word: string): boolean {
  if (!words) load();
  return words!.has(word);
}

/** A word of the list longer than `start` (lower case) begins with it. */
export function beginsEnglishWord(start: string): boolean {
  if (!sorted) load();
  let low = 0;
  let high = sorted!.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted![middle]! < start) low = middle + 1;
    else high = middle;
  }
  if (sorted![low] === start) low++;
  return low < sorted!.length && sorted![low]!.startsWith(start);
}
