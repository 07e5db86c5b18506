// The lexicon's English alternatives matched by comparing characters instead of compiling a pattern. An alternative is
// a regular-expression fragment matched case-insensitively with the u flag between word bounds; compiling such a
// pattern costs up to a millisecond, and a run meets thousands of them. Most are plain text with a few optional parts
// (`prices?`, `arrest\w*`, `universit(?:y|ies)`, `police ?officers?`, `minimi[sz]\w*`): this reads that subset and
// matches it as the pattern would (the same backtracking order), or gives up on the rest.

/** A piece of a fragment: one character, a class of characters, `\w`, a group of alternatives, or one repeated. */
type Node =
  | { kind: 'char'; code: number }
  | { kind: 'class'; codes: ReadonlySet<number> }
  | { kind: 'word' }
  | { kind: 'group'; alternatives: Node[][] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

export interface FragmentMatcher {
  /** Lower-case letters every match starts with (empty when a match may start otherwise). */
  readonly literal: string;
  /**
   * Where the match at `at` ends when no letter or digit may follow it (the fragment followed by `(?![\p{L}\p{N}])`,
   * with that pattern's backtracking), -1 when there is none, undefined when the text holds a character the comparison
   * does not read for a case-insensitive Unicode pattern (ſ, the Kelvin sign): the pattern must decide.
   */
  endAt(text: string, at: number): number | undefined;
}

const LONG_S = 0x17f;
const KELVIN = 0x212a;
/** Characters a fragment may hold as themselves. */
const PLAIN = /[A-Za-z0-9 '’&,/-]/;
/** Characters a fragment may hold escaped (`\.`, `\-`). */
const ESCAPED = /[.\-'&/()]/;

/** The matcher of a fragment, or undefined when it uses anything beyond the subset (lookarounds, `\s`, `.`, `{n}`). */
export function fragmentMatcher(fragment: string): FragmentMatcher | undefined {
  const parsed = parse(fragment);
  if (!parsed) return undefined;
  const literal = literalOf(parsed);
  return { literal, endAt: (text, at) => matchSequence(parsed, 0, text, at) };
}

/** Whether a letter or digit (a Unicode one too) ends just before `at`, as the lookbehind `(?<![\p{L}\p{N}])` reads it. */
export function letterOrNumberBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  if (code < 128) return isAsciiLetterOrDigit(code);
  return LETTER_OR_NUMBER_END.test(text.slice(Math.max(0, at - 2), at));
}

/** Whether a letter or digit (a Unicode one too) starts at `at`, as the lookahead `(?![\p{L}\p{N}])` reads it. */
function letterOrNumberAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiLetterOrDigit(code);
  LETTER_OR_NUMBER.lastIndex = at;
  return LETTER_OR_NUMBER.test(text);
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy;
const LETTER_OR_NUMBER_END = /[\p{L}\p{N}]$/u;

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function lower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

// ───────────── parsing ─────────────

function parse(fragment: string): Node[] | undefined {
  let at = 0;
  const sequence = (): Node[] | undefined => {
    const nodes: Node[] = [];
    while (at < fragment.length && fragment[at] !== '|' && fragment[at] !== ')') {
      const node = atom();
      if (!node) return undefined;
      const quantifier = fragment[at];
      if (quantifier === '?' || quantifier === '*' || quantifier === '+') {
        at++;
        // A lazy or possessive form, or a repeated group (whose empty matches need the pattern's own rule), is left out.
        if (fragment[at] === '?' || fragment[at] === '+' || (quantifier !== '?' && node.kind === 'group')) return undefined;
        nodes.push({ kind: 'repeat', node, min: quantifier === '+' ? 1 : 0, max: quantifier === '?' ? 1 : Infinity });
      } else if (quantifier === '{') return undefined;
      else nodes.push(node);
    }
    return nodes;
  };
  const atom = (): Node | undefined => {
    const char = fragment[at]!;
    if (char === '(') {
      if (!fragment.startsWith('(?:', at)) return undefined;
      at += 3;
      const alternatives: Node[][] = [];
      for (;;) {
        const alternative = sequence();
        if (!alternative) return undefined;
        alternatives.push(alternative);
        if (fragment[at] === '|') at++;
        else if (fragment[at] === ')') {
          at++;
          return { kind: 'group', alternatives };
        } else return undefined;
      }
    }
    if (char === '[') return characterClass();
    if (char === '\\') {
      const next = fragment[at + 1];
      at += 2;
      if (next === 'w') return { kind: 'word' };
      return next !== undefined && ESCAPED.test(next) ? { kind: 'char', code: lower(next.charCodeAt(0)) } : undefined;
    }
    if (!PLAIN.test(char)) return undefined;
    at++;
    return { kind: 'char', code: lower(char.charCodeAt(0)) };
  };
  const characterClass = (): Node | undefined => {
    at++;
    if (fragment[at] === '^') return undefined;
    const codes = new Set<number>();
    while (at < fragment.length && fragment[at] !== ']') {
      let char = fragment[at]!;
      if (char === '\\') {
        const next = fragment[at + 1];
        if (next === undefined || !ESCAPED.test(next)) return undefined;
        char = next;
        at++;
      } else if (!PLAIN.test(char)) return undefined;
      at++;
      // A range (a-z) of letters or digits.
      if (fragment[at] === '-' && fragment[at + 1] !== undefined && fragment[at + 1] !== ']') {
        const last = fragment[at + 1]!;
        if (!/[A-Za-z0-9]/.test(char) || !/[A-Za-z0-9]/.test(last)) return undefined;
        for (let code = char.charCodeAt(0); code <= last.charCodeAt(0); code++) codes.add(lower(code));
        at += 2;
      } else codes.add(lower(char.charCodeAt(0)));
    }
    if (fragment[at] !== ']') return undefined;
    at++;
    return { kind: 'class', codes };
  };
  const nodes = sequence();
  return nodes && at === fragment.length ? nodes : undefined;
}

/** The letters every match starts with: leading single characters, up to the first optional or varying part. */
function literalOf(nodes: Node[]): string {
  let literal = '';
  for (const node of nodes) {
    if (node.kind !== 'char') break;
    literal += String.fromCharCode(node.code);
  }
  return literal;
}

// ───────────── matching ─────────────

/** Whether one text character matches a single-character node: true, false, or undefined (ſ or K, which case folding reads as s or k). */
function matchesOne(node: Node, code: number): boolean | undefined {
  if (code === LONG_S || code === KELVIN) return undefined;
  if (node.kind === 'word') return isAsciiLetterOrDigit(code) || code === 95;
  // Other characters outside ASCII fold to themselves: only the same character (’ in `['’]`) matches.
  if (code >= 128) return node.kind === 'char' ? node.code === code : node.kind === 'class' && node.codes.has(code);
  const folded = lower(code);
  return node.kind === 'char' ? node.code === folded : node.kind === 'class' ? node.codes.has(folded) || node.codes.has(code) : false;
}

/**
 * The end of the first match (in the pattern's backtracking order) of `nodes[index..]` at `at` that the rest of the
 * pattern accepts: `then` is the rest (by default, no letter or digit after the end).
 */
function matchSequence(nodes: Node[], index: number, text: string, at: number, then?: (end: number) => number | undefined): number | undefined {
  // Single characters in a row match one way only: compared in place.
  for (; index < nodes.length; index++, at++) {
    const node = nodes[index]!;
    if (node.kind === 'group' || node.kind === 'repeat') break;
    if (at >= text.length) return -1;
    const one = matchesOne(node, text.charCodeAt(at));
    if (one !== true) return one === undefined ? undefined : -1;
  }
  if (index === nodes.length) return then ? then(at) : letterOrNumberAt(text, at) ? -1 : at;
  const node = nodes[index]!;
  const rest = (end: number) => matchSequence(nodes, index + 1, text, end, then);
  switch (node.kind) {
    case 'group': {
      for (const alternative of node.alternatives) {
        const end = matchSequence(alternative, 0, text, at, rest);
        if (end !== -1) return end;
      }
      return -1;
    }
    case 'repeat': {
      const inner = node.node;
      if (inner.kind === 'group') {
        // Only `?` on a group: the group first, then without it.
        const end = matchSequence([inner], 0, text, at, rest);
        return end !== -1 ? end : rest(at);
      }
      // A repeated single character: as many as it takes, then gives back one at a time.
      let count = 0;
      while (count < node.max && at + count < text.length) {
        const one = matchesOne(inner, text.charCodeAt(at + count));
        if (one === undefined) return undefined;
        if (!one) break;
        count++;
      }
      for (; count >= node.min; count--) {
        const end = rest(at + count);
        if (end !== -1) return end;
      }
      return -1;
    }
  }
}
