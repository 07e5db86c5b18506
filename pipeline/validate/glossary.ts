// Reads a glossary file for the glossary-term check: JSON (`{"국민의힘": "People Power Party"}`) or TSV
// (`국민의힘<TAB>People Power Party`, one term a line, `#` comments).
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';

export function loadGlossary(path: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read glossary ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (/^\s*\{/.test(text)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new UserError(`glossary ${path} is not valid JSON: ${(error as Error).message}`);
    }
    const entries = Object.entries(parsed as Record<string, unknown>);
    const bad = entries.find(([, value]) => typeof value !== 'string');
    if (bad) throw new UserError(`glossary ${path}: the value of "${bad[0]}" must be a string (the English term)`);
    return new Map(entries as [string, string][]);
  }
  const glossary = new Map<string, string>();
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    const [ko, en] = line.split('\t');
    if (!ko?.trim() || !en?.trim()) throw new UserError(`glossary ${path}:${index + 1}: expected "korean<TAB>english"`);
    glossary.set(ko.trim(), en.trim());
  });
  return glossary;
}
