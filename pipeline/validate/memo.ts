// Results of text functions kept while one batch of pairs is checked. The command checks a batch one check at a time
// (validator.checkBatch), and several checks ask for the same facts of a pair (its numbers, its lexicon terms, its
// lower-cased text): a result kept across the whole batch is computed once per pair instead of once per check. Every
// kept result is dropped when the validator starts on another batch (or single pair), so a corpus that repeats a text
// reads it again in each batch, as it would read a new text. A kept result is shared by every caller, so callers must
// not change it.

/** More than the pairs of one batch (128), so a text read by the first check of a batch is still kept for the last. */
const TEXTS_KEPT = 256;

/** Every memo's way of forgetting what it keeps. */
const FORGETTERS: (() => void)[] = [];

/** The batch (or pair) the kept results belong to. */
let keptFor: object | undefined;

/**
 * Called by the validator before it checks `batch` (an array of pairs, or one pair): drops every kept result unless
 * they belong to this same batch (the command's corpus-order checks and the others read each batch in turn).
 */
export function keepResultsFor(batch: object): void {
  if (batch === keptFor) return;
  keptFor = batch;
  for (const forget of FORGETTERS) forget();
}

/** `compute` with its results for the `slots` texts used last kept, within one batch (see `keepResultsFor`). */
export function memoByText<T>(compute: (text: string) => T, slots = TEXTS_KEPT): (text: string) => T {
  const kept = new Map<string, T>();
  // The text asked for last, answered without a lookup: checks ask for the same pair's facts several times in a row.
  let lastText: string | undefined;
  let lastResult: T;
  FORGETTERS.push(() => {
    kept.clear();
    lastText = undefined;
  });
  return (text: string): T => {
    if (text === lastText) return lastResult;
    lastText = text;
    lastResult = lookUp(text);
    return lastResult;
  };

  function lookUp(text: string): T {
    const found = kept.get(text);
    if (found !== undefined || kept.has(text)) {
      // Used again: moved to the back, last to be dropped.
      kept.delete(text);
      kept.set(text, found as T);
      return found as T;
    }
    const result = compute(text);
    kept.set(text, result);
    if (kept.size > slots) kept.delete(kept.keys().next().value!);
    return result;
  }
}
