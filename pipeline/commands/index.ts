// Every CLI command, in the order `dari --help` lists them. Each loads only when it is called,
// so one command's dependencies never slow down or break another.
import type { Command } from './command.js';

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const commands: CommandEntry[] = [
  { name: 'run', summary: 'Run the whole pipeline on a file or folder.', load: async () => (await import('./run.js')).runCommand },
  { name: 'segment', summary: 'Split Korean paragraphs into sentences (JSON line per paragraph).', load: async () => (await import('./segment.js')).segmentCommand },
  { name: 'align', summary: 'Align Korean and English sentences (JSON line per link).', load: async () => (await import('./align.js')).alignCommand },
  { name: 'validate', summary: 'Check KO/EN pairs and print the findings (JSON line per pair).', load: async () => (await import('./validate.js')).validateCommand },
  { name: 'export', summary: 'Write a run as TMX, XLIFF 1.2/2.1, TSV, CSV or JSON Schema.', load: async () => (await import('./export.js')).exportCommand },
  { name: 'import', summary: "Read a reviewer's edits (TSV, XLIFF, review page) back into a run.", load: async () => (await import('./import.js')).importCommand },
  { name: 'schema', summary: 'Print the JSON Schema of an output file or of the config.', load: async () => (await import('./schema.js')).schemaCommand },
];
