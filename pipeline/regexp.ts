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

/**
 * The characters every match of the pattern starts with, or undefined when the pattern is not of the simple kind read
 * here: alternatives that each start with a literal character, a class of literal characters or a group of such
 * alternatives, after any lookarounds. A case-insensitive pattern, an escape, a range or an optional first part gives
 * undefined.
 */
export function firstCharacters(regex: RegExp): ReadonlySet<string> | undefined {
  if (regex.ignoreCase) return undefined;
  const found = new Set<string>();
  return startsOf(regex.source, found) ? found : undefined;
}

const SPECIAL = new Set([...'\\^$.|?*+()[]{}']);
const OPTIONAL = new Set(['?', '*', '{']);

/** Adds the first characters of each alternative of `source` to `found`; false when one of them has none to tell. */
function startsOf(source: string, found: Set<string>): boolean {
  const alternatives = topLevelAlternatives(source);
  return alternatives !== undefined && alternatives.every((alternative) => startOf(alternative, found));
}

function startOf(alternative: string, found: Set<string>): boolean {
  let at = 0;
  // Lookarounds consume nothing: the first character is that of what follows them.
  while (/^\(\?<?[=!]/.test(alternative.slice(at))) {
    const end = groupEnd(alternative, at);
    if (end === undefined) return false;
    at = end + 1;
  }
  const char = alternative[at];
  if (char === undefined) return false;
  let end: number | undefined;
  const chars: string[] = [];
  if (char === '(') {
    end = groupEnd(alternative, at);
    if (end === undefined) return false;
    const inner = alternative.slice(at + 1, end);
    const body = inner.startsWith('?:') ? inner.slice(2) : inner.startsWith('?') ? undefined : inner;
    if (body === undefined || OPTIONAL.has(alternative[end + 1]!) || !startsOf(body, found)) return false;
    return true;
  }
  if (char === '[') {
    end = alternative.indexOf(']', at + 1);
    const members = end < 0 ? '' : alternative.slice(at + 1, end);
    if (members === '' || /[\\^\-\[\uD800-\uDFFF]/.test(members)) return false;
    chars.push(...members);
  } else {
    if (SPECIAL.has(char) || /[\uD800-\uDFFF]/.test(char)) return false;
    end = at;
    chars.push(char);
  }
  if (OPTIONAL.has(alternative[end + 1]!)) return false;
  for (const one of chars) found.add(one);
  return true;
}

/** The index of the `)` that closes the group opened at `open`, skipping escapes and classes. */
function groupEnd(source: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i;
  }
  return undefined;
}

/** The alternatives of `source` split at its top-level bars (escapes, classes and groups read through). */
function topLevelAlternatives(source: string): string[] | undefined {
  const alternatives: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return depth === 0 ? alternatives : undefined;
}

/**
 * Items of a table that each hold a pattern, looked up by the characters the patterns' matches start with
 * (`firstCharacters`): `in(text)` lists, in table order, the items whose pattern could match the text — those whose
 * first characters the text holds one of, and those whose first characters are unknown. The patterns must not be
 * global or sticky: a test skipped would leave their lastIndex as it was.
 */
export class ByFirstCharacter<T> {
  readonly #items: readonly T[];
  readonly #byCharacter = new Map<string, number[]>();
  readonly #always: number[] = [];

  constructor(items: readonly T[], pattern: (item: T) => RegExp) {
    this.#items = items;
    items.forEach((item, index) => {
      const regex = pattern(item);
      if (regex.global || regex.sticky) throw new TypeError('ByFirstCharacter needs patterns without the g or y flag');
      const firsts = firstCharacters(regex);
      if (firsts === undefined) this.#always.push(index);
      else for (const char of firsts) this.#byCharacter.set(char, [...(this.#byCharacter.get(char) ?? []), index]);
    });
  }

  in(text: string): T[] {
    const indexes = new Set(this.#always);
    for (const char of new Set(text)) for (const index of this.#byCharacter.get(char) ?? []) indexes.add(index);
    return [...indexes].sort((a, b) => a - b).map((index) => this.#items[index]!);
  }
}
