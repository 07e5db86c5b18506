// Reads a glossary file for the glossary-term check, in the formats the translate stage reads
// (JSON `{"국민의힘": "People Power Party"}` or a list of {ko, en}; TSV `국민의힘<TAB>People Power Party`).
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import { parseGlossary } from '../translate/glossary.js';

export function loadGlossary(path: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new UserError(`cannot read glossary ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const glossary = new Map<string, string>();
  for (const [ko, en] of parseGlossary(path, text)) {
    if (ko.trim() && en.trim()) glossary.set(ko.trim(), en.trim());
  }
  return glossary;
}
