// Results of text functions kept for the last few texts: every check reads the same pair, and several of them ask for
// the same facts of it (its numbers, its lexicon terms, its expected length). A kept result is shared by every caller,
// so callers must not change it.

/** `compute` with its results for the last `slots` texts kept (compared with ===, most recent first). */
export function memoByText<T>(compute: (text: string) => T, slots = 4): (text: string) => T {
  const texts: string[] = [];
  const results: T[] = [];
  return (text: string): T => {
    for (let i = 0; i < texts.length; i++) {
      if (texts[i] !== text) continue;
      const result = results[i]!;
      if (i > 0) {
        texts.splice(i, 1);
        results.splice(i, 1);
        texts.unshift(text);
        results.unshift(result);
      }
      return result;
    }
    const result = compute(text);
    texts.unshift(text);
    results.unshift(result);
    if (texts.length > slots) {
      texts.pop();
      results.pop();
    }
    return result;
  };
}
