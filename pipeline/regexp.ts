/** Text matched literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every match of a global pattern, as `[...text.matchAll(regex)]` lists them, found with the pattern itself. matchAll
 * runs a copy, and V8 keeps a copy's compiled code only in a cache that a few garbage collections empty: a pattern
 * used once in a while (a lexicon entry, a table row) is compiled again on each matchAll, which for a case-insensitive
 * Unicode pattern costs up to a millisecond. The search starts at the pattern's lastIndex, as matchAll's does, and
 * lastIndex is left as it was.
 */
export function matchesOf(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new TypeError('matchesOf needs a global pattern');
  const saved = regex.lastIndex;
  const matches: RegExpExecArray[] = [];
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    matches.push(match);
    // An empty match moves on by one character (a whole code point under the u or v flag), as matchAll does.
    if (match[0] === '') {
      const at = regex.lastIndex;
      const pair = /[uv]/.test(regex.flags) && at + 1 < text.length && /[\uD800-\uDBFF]/.test(text[at]!) && /[\uDC00-\uDFFF]/.test(text[at + 1]!);
      regex.lastIndex = at + (pair ? 2 : 1);
    }
  }
  regex.lastIndex = saved;
  return matches;
}
