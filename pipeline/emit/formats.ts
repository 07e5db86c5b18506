// Writes a run's records in one export format, filtered as the user asked. Shared by `dari export`
// and by `dari import` (which rewrites tm.tmx after applying a reviewer's edits).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AlignedRecordSchema, LINK_TYPE, type AlignedRecord } from '../schemas.js';
import { TMX_FOOTER, tmxDate, tmxHeader, tmxUnit } from './tmx.js';
import { createXliff12Writer, createXliff21Writer } from './xliff.js';
import { CSV_BOM, csvLine, TABLE_COLUMNS, tableRow, tsvLine } from './table.js';

export const EXPORT_FORMATS = ['tmx', 'xliff12', 'xliff21', 'tsv', 'csv', 'schema'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFilter {
  /** Keep records scoring at least this. @default 0 */
  minScore?: number;
  /** Drop records with an error or warning finding (info findings do not count). @default false */
  excludeFlagged?: boolean;
  /** Keep only these link types ("1-1", "1-2"…). @default all */
  links?: readonly string[];
}

export function passesFilter(record: AlignedRecord, filter: ExportFilter): boolean {
  if (filter.minScore !== undefined && record.score < filter.minScore) return false;
  if (filter.excludeFlagged && record.flags.some((flag) => flag.severity !== 'info')) return false;
  if (filter.links && !filter.links.includes(record.link)) return false;
  return true;
}

/** `--links 1-1,1-2` → ["1-1", "1-2"]; null with the bad entry when one is not a link type. */
export function parseLinks(value: string): { links: string[] } | { bad: string } {
  const links = value.split(',').map((link) => link.trim()).filter(Boolean);
  const bad = links.find((link) => !LINK_TYPE.test(link));
  return bad === undefined ? { links } : { bad };
}

/** JSON Schema (draft 2020-12) of one line of aligned.jsonl, as written. */
export function alignedJsonSchema(): unknown {
  return z.toJSONSchema(AlignedRecordSchema, { io: 'output', unrepresentable: 'any' });
}

export function dariVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

export interface ExportOptions {
  toolVersion: string;
  creationDate?: Date;
  filter?: ExportFilter;
}

export interface ExportCounts {
  /** Records read. */
  read: number;
  /** Units written. */
  written: number;
  /** Records the filter dropped. */
  filtered: number;
  /** Records the format could not hold (TMX: an empty side). */
  unwritable: number;
}

interface FormatWriter {
  header(): string;
  /** A unit, or null when the format cannot hold the record. */
  unit(record: AlignedRecord): string | null;
  footer(): string;
}

function formatWriter(format: Exclude<ExportFormat, 'schema'>, options: ExportOptions): FormatWriter {
  switch (format) {
    case 'tmx': {
      const date = options.creationDate ?? new Date();
      const dateText = tmxDate(date);
      return {
        header: () => tmxHeader({ toolVersion: options.toolVersion, creationDate: date }),
        unit: (record) => tmxUnit(record, dateText),
        footer: () => TMX_FOOTER,
      };
    }
    case 'xliff12':
      return createXliff12Writer(options);
    case 'xliff21':
      return createXliff21Writer(options);
    case 'tsv':
      return { header: () => tsvLine(TABLE_COLUMNS), unit: (record) => tsvLine(tableRow(record)), footer: () => '' };
    case 'csv':
      return { header: () => CSV_BOM + csvLine(TABLE_COLUMNS), unit: (record) => csvLine(tableRow(record)), footer: () => '' };
  }
}

/** Stream `records` through `write` in `format` (any but `schema`). */
export async function exportRecords(
  records: AsyncIterable<AlignedRecord>,
  format: Exclude<ExportFormat, 'schema'>,
  write: (text: string) => Promise<void>,
  options: ExportOptions,
): Promise<ExportCounts> {
  const counts: ExportCounts = { read: 0, written: 0, filtered: 0, unwritable: 0 };
  const filter = options.filter ?? {};
  const writer = formatWriter(format, options);
  await write(writer.header());
  for await (const record of records) {
    counts.read += 1;
    if (!passesFilter(record, filter)) {
      counts.filtered += 1;
      continue;
    }
    const text = writer.unit(record);
    if (text === null) {
      counts.unwritable += 1;
      continue;
    }
    await write(text);
    counts.written += 1;
  }
  await write(writer.footer());
  return counts;
}
