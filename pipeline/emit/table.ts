// TSV and CSV for memoQ, Trados and spreadsheets, and the readers `dari import` uses on them.
//
// Columns: ko-KR, en-US, decision, id, doc, link, score, flags. Tools map the first two columns
// (their language-code headers let memoQ detect them); `decision` is the reviewer's: empty, `accept`
// or `reject`; `id` finds the record again on import; the rest is information.
//
// TSV escaping (exact round trip): `\` → `\\`, TAB → `\t`, LF → `\n`, CR → `\r`; nothing else is
// touched, and a backslash before any other character is read back as it stands.
// CSV: RFC 4180 — CRLF between rows, a field with `"`, `,`, CR or LF is quoted and its `"` doubled;
// a UTF-8 BOM comes first so Excel reads the Korean as UTF-8.
import { readTextChunks } from '../ingest/text-stream.js';
import type { AlignedRecord } from '../schemas.js';
import { formatScore } from './tmx.js';

export const TABLE_COLUMNS = ['ko-KR', 'en-US', 'decision', 'id', 'doc', 'link', 'score', 'flags'] as const;

export function tableRow(record: AlignedRecord): string[] {
  return [
    record.ko,
    record.en,
    record.reviewed ? 'accept' : '',
    record.id,
    record.doc,
    record.link,
    formatScore(record.score),
    record.flags.map((flag) => `${flag.severity} ${flag.code}: ${flag.message}`).join(' | '),
  ];
}

export function escapeTsvField(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (char) => (char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r'));
}

export function unescapeTsvField(value: string): string {
  return value.replace(/\\([\\tnr])/g, (_, char: string) => (char === '\\' ? '\\' : char === 't' ? '\t' : char === 'n' ? '\n' : '\r'));
}

export function tsvLine(fields: readonly string[]): string {
  return fields.map(escapeTsvField).join('\t') + '\n';
}

export function csvLine(fields: readonly string[]): string {
  return fields.map((field) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(',') + '\r\n';
}

export const CSV_BOM = '\uFEFF';

/** Rows of a TSV file (escaped as above), streamed; a BOM and CRLF line ends are accepted. */
export async function* readTsv(path: string): AsyncGenerator<string[]> {
  let rest = '';
  let first = true;
  for await (const chunk of readTextChunks(path, path)) {
    let text = rest + chunk;
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    const lines = text.split('\n');
    rest = lines.pop()!;
    for (const line of lines) yield line.replace(/\r$/, '').split('\t').map(unescapeTsvField);
  }
  if (rest.replace(/\r$/, '') !== '') yield rest.replace(/\r$/, '').split('\t').map(unescapeTsvField);
}

/** Rows of an RFC 4180 CSV file, streamed: quoted fields may hold commas, quotes and line breaks. */
export async function* readCsv(path: string): AsyncGenerator<string[]> {
  let field = '';
  let row: string[] = [];
  let quoted = false;
  let afterQuote = false;
  let first = true;
  let any = false;
  for await (const chunk of readTextChunks(path, path)) {
    let text = chunk;
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (quoted) {
        if (char === '"') {
          quoted = false;
          afterQuote = true;
        } else field += char;
        continue;
      }
      if (char === '"') {
        // `""` inside a quoted field is one quote; a quote opening a field starts quoting.
        if (afterQuote) field += '"';
        quoted = true;
        afterQuote = false;
        any = true;
        continue;
      }
      afterQuote = false;
      if (char === ',') {
        row.push(field);
        field = '';
        any = true;
      } else if (char === '\n') {
        row.push(field);
        yield row;
        row = [];
        field = '';
        any = false;
      } else if (char === '\r') {
        // Dropped: a CR outside quotes only ends a line (CRLF).
      } else {
        field += char;
        any = true;
      }
    }
  }
  if (any || row.length > 0) {
    row.push(field);
    yield row;
  }
}
