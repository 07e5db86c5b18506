// TMX 1.4 writer: a header, one <tu> per KO/EN pair, a footer, so a TMX of any size streams.
// Valid against the TMX 1.4 DTD (version="1.4", every required header attribute), Korean <tuv> first,
// and each <seg> holds its text exactly: nothing is added inside it, not even a line break.
import type { AlignedRecord } from '../schemas.js';
import { escapeXmlAttr, escapeXmlText, invalidXmlChars } from './xml.js';

export const TMX_SOURCE_LANG = 'ko-KR';
export const TMX_TARGET_LANG = 'en-US';

export interface TmxHeaderOptions {
  /** Version of Dari written as `creationtoolversion`. */
  toolVersion: string;
  /** Written as `creationdate` on the header and on every <tu>. @default now */
  creationDate?: Date;
}

/** TMX date format: `YYYYMMDDThhmmssZ` (UTC). */
export function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

export function tmxHeader(options: TmxHeaderOptions): string {
  const date = tmxDate(options.creationDate ?? new Date());
  const attributes = [
    ['creationtool', 'Dari'],
    ['creationtoolversion', options.toolVersion],
    ['segtype', 'sentence'],
    ['o-tmf', 'dari-aligned-jsonl'],
    ['adminlang', 'en-US'],
    ['srclang', TMX_SOURCE_LANG],
    ['datatype', 'plaintext'],
    ['creationdate', date],
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header ${attributes.map(([name, value]) => `${name}="${escapeXmlAttr(value!)}"`).join(' ')}/>`,
    '  <body>',
    '',
  ].join('\n');
}

export const TMX_FOOTER = '  </body>\n</tmx>\n';

/** Distinct flag codes of a record, in first-seen order: `number-mismatch,length-ratio`. */
export function flagCodes(record: Pick<AlignedRecord, 'flags'>): string {
  return [...new Set(record.flags.map((flag) => flag.code))].join(',');
}

/** `0.9312…` → `0.9312`: four decimals are plenty for a TM filter and keep the file small. */
export function formatScore(score: number): string {
  return String(Math.round(score * 10_000) / 10_000);
}

/**
 * One <tu> for `record`, or null when either side is empty after removing characters XML cannot hold
 * (an empty target would make a TM tool "fill" a segment with nothing).
 */
export function tmxUnit(record: AlignedRecord, creationDate: string): string | null {
  if (escapeXmlText(record.ko).trim() === '' || escapeXmlText(record.en).trim() === '') return null;
  const props: Array<[string, string]> = [
    ['x-id', record.id],
    ['x-doc', record.doc],
    ['x-link', record.link],
    ['x-score', formatScore(record.score)],
  ];
  const codes = flagCodes(record);
  if (codes) props.push(['x-flags', codes]);
  props.push(['x-origin', record.origin]);
  if (record.reviewed) props.push(['x-reviewed', 'true']);
  const stripped = [...invalidXmlChars(record.ko).map((c) => `ko:${c}`), ...invalidXmlChars(record.en).map((c) => `en:${c}`)];
  if (stripped.length > 0) props.push(['x-stripped-chars', stripped.join(',')]);
  return [
    `    <tu tuid="${escapeXmlAttr(record.id)}" creationdate="${creationDate}">`,
    ...props.map(([type, value]) => `      <prop type="${type}">${escapeXmlText(value)}</prop>`),
    `      <tuv xml:lang="${TMX_SOURCE_LANG}"><seg>${escapeXmlText(record.ko)}</seg></tuv>`,
    `      <tuv xml:lang="${TMX_TARGET_LANG}"><seg>${escapeXmlText(record.en)}</seg></tuv>`,
    '    </tu>',
    '',
  ].join('\n');
}
