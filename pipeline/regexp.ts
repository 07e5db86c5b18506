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
 * Characters one of which every match of the pattern holds, or undefined when the pattern is not of the simple kind
 * read here. Each alternative is read as a sequence of atoms (a literal character, a class of literal characters, a
 * group, an escape, a lookaround); of the atoms every match of it must consume, the one with the fewest possible first
 * characters stands for it (`(?:안|못)\s(?:얇|얇은)지` gives 얇). An alternative with no such atom, or a case-insensitive
 * pattern, gives undefined.
 */
export function requiredCharacters(regex: RegExp): ReadonlySet<string> | undefined {
  if (regex.ignoreCase || regex.flags.includes('v')) return undefined;
  const found = new Set<string>();
  for (const alternative of topLevelAlternatives(regex.source) ?? [undefined]) {
    const atoms = alternative === undefined ? undefined : atomsOf(alternative);
    if (atoms === undefined) return undefined;
    let fewest: ReadonlySet<string> | undefined;
    for (const atom of atoms) if (atom.required && atom.first && (!fewest || atom.first.size < fewest.size)) fewest = atom.first;
    if (!fewest) return undefined;
    for (const char of fewest) found.add(char);
  }
  return found;
}

/** An atom of a pattern: the characters its match starts with (undefined: any, or not known), whether it consumes nothing (a lookaround, a bound), and whether every match of its sequence consumes it. */
interface Atom {
  first: ReadonlySet<string> | undefined;
  zeroWidth: boolean;
  required: boolean;
}

const SPECIAL = new Set([...'\\^$.|?*+()[]{}']);

/** The atoms of one alternative, in order; undefined where the syntax is not read here. */
function atomsOf(alternative: string): Atom[] | undefined {
  const atoms: Atom[] = [];
  for (let at = 0; at < alternative.length; ) {
    const char = alternative[at]!;
    let end = at + 1;
    let first: ReadonlySet<string> | undefined;
    let zeroWidth = false;
    // Whether the atom itself always consumes a character (a group may match nothing).
    let consumes = true;
    if (char === '(') {
      const close = groupEnd(alternative, at);
      if (close === undefined) return undefined;
      end = close + 1;
      const inner = alternative.slice(at + 1, close);
      if (/^\?<?[=!]/.test(inner)) zeroWidth = true;
      else {
        const named = /^\?<[A-Za-z_$][\w$]*>/.exec(inner);
        const body = inner.startsWith('?:') ? inner.slice(2) : named ? inner.slice(named[0].length) : inner.startsWith('?') ? undefined : inner;
        if (body === undefined) return undefined;
        first = firstOf(body);
        consumes = first !== undefined;
      }
    } else if (char === '[') {
      const close = classEnd(alternative, at);
      if (close === undefined) return undefined;
      end = close + 1;
      const members = alternative.slice(at + 1, close);
      if (members !== '' && !/[\\^\-\[\uD800-\uDFFF]/.test(members)) first = new Set(members);
    } else if (char === '\\') {
      const next = alternative[at + 1];
      // Escapes of more than one character (\u, \x, \c, \p{…}) and back references (which may match nothing) are not read.
      if (next === undefined || /[0-9ckpPux]/.test(next)) return undefined;
      end = at + 2;
      if (next === 'b' || next === 'B') zeroWidth = true;
      else if (!/[A-Za-z]/.test(next)) first = new Set([next]);
    } else if (char === '^' || char === '$') {
      zeroWidth = true;
    } else if (char !== '.') {
      if (SPECIAL.has(char) || /[\uD800-\uDFFF]/.test(char)) return undefined;
      first = new Set([char]);
    }
    // A quantifier: ?, *, + or {n,m}, each lazy or not. One that allows none makes the atom optional.
    let optional = false;
    const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(alternative.slice(end));
    if (quantifier) {
      optional = quantifier[0][0] === '?' || quantifier[0][0] === '*' || Number(quantifier[1]) === 0;
      end += quantifier[0].length;
    }
    atoms.push({ first: zeroWidth ? undefined : first, zeroWidth, required: !zeroWidth && consumes && !optional });
    at = end;
  }
  return atoms;
}

/** The characters every match of `source` starts with, when the first atom that consumes in each alternative is a required one whose first characters are known. */
function firstOf(source: string): ReadonlySet<string> | undefined {
  const found = new Set<string>();
  for (const alternative of topLevelAlternatives(source) ?? [undefined]) {
    const atoms = alternative === undefined ? undefined : atomsOf(alternative);
    const first = atoms?.find((atom) => !atom.zeroWidth);
    if (!first?.required || !first.first) return undefined;
    for (const char of first.first) found.add(char);
  }
  return found;
}

/** The index of the `]` that closes the class opened at `open`. */
function classEnd(source: string, open: number): number | undefined {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return undefined;
}

/** The index of the `)` that closes the group opened at `open`, skipping escapes and classes. */
export function groupEnd(source: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '[') i = classEnd(source, i) ?? source.length;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i;
  }
  return undefined;
}

/** The alternatives of `source` split at its top-level bars (escapes, classes and groups read through). */
export function topLevelAlternatives(source: string): string[] | undefined {
  const alternatives: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '[') i = classEnd(source, i) ?? source.length;
    else if (char === '(') depth++;
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
 * Items of a table that each hold patterns, looked up by `requiredCharacters`: `in(text)` lists, in table order, the
 * items one of whose patterns could match the text — those one of whose required characters the text holds, and those
 * with a pattern whose required characters are unknown. The patterns must not be global or sticky: a test skipped
 * would leave their lastIndex as it was.
 */
export class ByRequiredCharacter<T> {
  readonly #items: readonly T[];
  readonly #byCharacter = new Map<string, number[]>();
  readonly #always: number[] = [];

  constructor(items: readonly T[], patterns: (item: T) => readonly RegExp[]) {
    this.#items = items;
    items.forEach((item, index) => {
      const characters = new Set<string>();
      for (const regex of patterns(item)) {
        if (regex.global || regex.sticky) throw new TypeError('ByRequiredCharacter needs patterns without the g or y flag');
        const required = requiredCharacters(regex);
        if (required === undefined) {
          this.#always.push(index);
          return;
        }
        for (const char of required) characters.add(char);
      }
      for (const char of characters) this.#byCharacter.set(char, [...(this.#byCharacter.get(char) ?? []), index]);
    });
  }

  in(text: string): T[] {
    const indexes = new Set(this.#always);
    for (const char of new Set(text)) for (const index of this.#byCharacter.get(char) ?? []) indexes.add(index);
    return [...indexes].sort((a, b) => a - b).map((index) => this.#items[index]!);
  }
}
