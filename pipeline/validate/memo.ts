// Results of text functions kept for the last few hundred texts. The command checks a batch of pairs one check at a
// time (validator.checkBatch), and several checks ask for the same facts of a pair (its numbers, its lexicon terms, its
// lower-cased text): a result kept across the whole batch is computed once per pair instead of once per check. A kept
// result is shared by every caller, so callers must not change it.

/** More than the pairs of one batch (128), so a text read by the first check of a batch is still kept for the last. */
const TEXTS_KEPT = 256;

/** `compute` with its results for the `slots` texts used last kept. */
export function memoByText<T>(compute: (text: string) => T, slots = TEXTS_KEPT): (text: string) => T {
  const kept = new Map<string, T>();
  // The text asked for last, answered without a lookup: checks ask for the same pair's facts several times in a row.
  let lastText: string | undefined;
  let lastResult: T;
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
