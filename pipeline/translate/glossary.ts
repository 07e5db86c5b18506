// Terminology: a KO → EN glossary file (TSV or JSON), plus the names the model reports rendering,
// kept so one name has one English form across the corpus. Only the terms that occur in a batch
// are sent with it.
import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';

export class Glossary {
  /** Terms from the glossary file. */
  readonly fixed = new Map<string, string>();
  /** Names the model rendered, first rendering wins. */
  readonly learned = new Map<string, string>();
  /** Terms indexed by first character, for a single pass over a sentence. */
  private readonly index = new Map<string, string[]>();

  static async load(path: string | null): Promise<Glossary> {
    const glossary = new Glossary();
    if (path === null) return glossary;
    let text: string;
    try {
      text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    } catch (error) {
      throw new UserError(`glossary ${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'}); fix \`translate.glossary\``, { cause: error });
    }
    for (const [ko, en] of parseGlossary(path, text)) glossary.addFixed(ko, en);
    return glossary;
  }

  addFixed(ko: string, en: string): void {
    const key = ko.normalize('NFC').trim();
    if (key === '' || en.trim() === '') return;
    if (!this.fixed.has(key) && !this.learned.has(key)) this.indexTerm(key);
    this.fixed.set(key, en.trim());
  }

  /** Keep a name the model rendered; returns true if it is new. */
  learn(ko: string, en: string): boolean {
    const key = ko.normalize('NFC').trim();
    // One-syllable "names" match inside too many words to be fed forward.
    if ([...key].length < 2 || en.trim() === '' || this.fixed.has(key) || this.learned.has(key)) return false;
    this.learned.set(key, en.trim());
    this.indexTerm(key);
    return true;
  }

  private indexTerm(key: string): void {
    const first = key[0]!;
    const list = this.index.get(first) ?? [];
    list.push(key);
    this.index.set(first, list);
  }

  /** Terms (file and learned) that occur in `text`, longest first where they overlap. */
  termsIn(text: string, which: 'all' | 'fixed' = 'all'): string[] {
    if (this.index.size === 0) return [];
    const found = new Set<string>();
    for (let i = 0; i < text.length; i++) {
      const candidates = this.index.get(text[i]!);
      if (!candidates) continue;
      for (const term of candidates) {
        if (which === 'fixed' && !this.fixed.has(term)) continue;
        if (text.startsWith(term, i)) found.add(term);
      }
    }
    return [...found].sort();
  }

  english(term: string): string | undefined {
    return this.fixed.get(term) ?? this.learned.get(term);
  }

  /** The glossary object sent with a batch: every term occurring in its Korean. */
  forTexts(texts: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const text of texts) for (const term of this.termsIn(text)) out[term] = this.english(term)!;
    return out;
  }
}

/** TSV (`korean<TAB>english`, `#` comments) or JSON (`{"ko": "en"}` or `[{ko, en}]` / `[{source, target}]`). */
export function parseGlossary(path: string, text: string): [string, string][] {
  const trimmed = text.trim();
  if (path.toLowerCase().endsWith('.json') || trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      throw new UserError(`glossary ${path}: not valid JSON (${(error as Error).message})`);
    }
    if (Array.isArray(value)) {
      return value.flatMap((entry): [string, string][] => {
        const e = entry as Record<string, unknown>;
        const ko = e.ko ?? e.source ?? e.korean;
        const en = e.en ?? e.target ?? e.english;
        return typeof ko === 'string' && typeof en === 'string' ? [[ko, en]] : [];
      });
    }
    if (value && typeof value === 'object') {
      return Object.entries(value as Record<string, unknown>).flatMap(([ko, en]): [string, string][] => (typeof en === 'string' ? [[ko, en]] : []));
    }
    throw new UserError(`glossary ${path}: expected an object {"한국어": "English"} or a list of {ko, en}`);
  }
  const entries: [string, string][] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const [ko, en] = line.split('\t');
    if (ko === undefined || en === undefined) throw new UserError(`glossary ${path}:${index + 1}: expected "korean<TAB>english"`);
    entries.push([ko, en]);
  });
  return entries;
}

/** Whether `en` uses the glossary's English for `term` (case-insensitive). */
export function followsTerm(en: string, expected: string): boolean {
  return en.toLowerCase().includes(expected.toLowerCase());
}
