import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmitter } from '../pipeline/emit/index.js';
import { alignedJsonSchema, exportRecords, parseLinks, passesFilter, type ExportFormat } from '../pipeline/emit/formats.js';
import { csvLine, escapeTsvField, readCsv, readTsv, tsvLine, unescapeTsvField } from '../pipeline/emit/table.js';
import { AlignedRecordSchema, type AlignedRecord } from '../pipeline/schemas.js';
import { makeRecord, makeReject, XSS_EN, XSS_KO } from './fixtures/emit/make-records.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'dari-emit-'));

async function* iterate(records: AlignedRecord[]): AsyncGenerator<AlignedRecord> {
  yield* records;
}

async function exportText(records: AlignedRecord[], format: Exclude<ExportFormat, 'schema'>, filter = {}): Promise<string> {
  let out = '';
  await exportRecords(iterate(records), format, async (text) => void (out += text), { toolVersion: '9.9.9', creationDate: new Date(0), filter });
  return out;
}

describe('createEmitter', () => {
  it('streams aligned.jsonl, rejects.jsonl, tm.tmx and review.html into the run folder', async () => {
    const dir = tmp();
    const emitter = createEmitter(dir, { toolVersion: '1.0.0', creationDate: new Date('2026-01-02T03:04:05Z') });
    for (let i = 0; i < 30; i++) await emitter.record(makeRecord(i));
    await emitter.record(makeRecord(30, { en: '' }));
    await emitter.reject(makeReject(0));
    expect(await emitter.close()).toEqual({ records: 31, rejects: 1, tmxUnits: 30 });
    const lines = readFileSync(join(dir, 'aligned.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(31);
    expect(AlignedRecordSchema.parse(JSON.parse(lines[0]!))).toEqual(makeRecord(0));
    expect(readFileSync(join(dir, 'rejects.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
    const tmx = readFileSync(join(dir, 'tm.tmx'), 'utf8');
    expect(tmx.match(/<tu /g)).toHaveLength(30);
    expect(tmx).toContain('creationdate="20260102T030405Z"');
    expect(readFileSync(join(dir, 'review.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(existsSync(join(dir, 'tm.tmx.part'))).toBe(false);
  });

  it('writes valid empty outputs for an empty run, and skips tm.tmx/review.html on request', async () => {
    const dir = tmp();
    expect(await createEmitter(dir, { toolVersion: '1' }).close()).toEqual({ records: 0, rejects: 0, tmxUnits: 0 });
    expect(readFileSync(join(dir, 'tm.tmx'), 'utf8')).toContain('<body>\n  </body>');
    const other = tmp();
    await createEmitter(other, { toolVersion: '1', tmx: false, review: false }).close();
    expect(existsSync(join(other, 'tm.tmx'))).toBe(false);
    expect(existsSync(join(other, 'review.html'))).toBe(false);
    expect(existsSync(join(other, 'aligned.jsonl'))).toBe(true);
  });
});

describe('export filters', () => {
  it('keeps by minimum score, drops error/warning findings, keeps chosen link types', () => {
    const flagged = makeRecord(3);
    const info = makeRecord(5);
    expect(passesFilter(makeRecord(1, { score: 0.4 }), { minScore: 0.5 })).toBe(false);
    expect(passesFilter(makeRecord(1, { score: 0.5 }), { minScore: 0.5 })).toBe(true);
    expect(passesFilter(flagged, { excludeFlagged: true })).toBe(false);
    expect(passesFilter(info, { excludeFlagged: true })).toBe(true);
    expect(passesFilter(makeRecord(12), { links: ['1-1', '1-2'] })).toBe(false);
    expect(parseLinks('1-1, 1-2')).toEqual({ links: ['1-1', '1-2'] });
    expect(parseLinks('1-1,one')).toEqual({ bad: 'one' });
  });
});

describe('TSV and CSV', () => {
  const tricky = ['tab\there', 'line\nbreak', 'cr\r\nlf', 'back\\slash \\n literal', '"quoted", comma', '', ' lead and trail '];

  it('escapes TSV so that every field round-trips exactly', () => {
    for (const value of tricky) {
      expect(escapeTsvField(value)).not.toMatch(/[\t\n\r]/);
      expect(unescapeTsvField(escapeTsvField(value))).toBe(value);
    }
    expect(tsvLine(['a\tb', 'c\\d'])).toBe('a\\tb\tc\\\\d\n');
  });

  it('reads back what it writes, TSV and CSV', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.tsv'), tsvLine(['h1', 'h2']) + tsvLine(tricky) + tsvLine(['last', '']));
    writeFileSync(join(dir, 'a.csv'), '\uFEFF' + csvLine(['h1', 'h2']) + csvLine(tricky) + csvLine(['last', '']));
    for (const [name, reader] of [['a.tsv', readTsv], ['a.csv', readCsv]] as const) {
      const rows = [];
      for await (const row of reader(join(dir, name))) rows.push(row);
      expect(rows).toEqual([['h1', 'h2'], tricky, ['last', '']]);
    }
    expect(csvLine(['a"b', 'c,d', 'e'])).toBe('"a""b","c,d",e\r\n');
  });

  it('puts the language columns first and the id for import', async () => {
    const text = await exportText([makeRecord(3)], 'tsv');
    const [header, row] = text.split('\n');
    expect(header).toBe('ko-KR\ten-US\tdecision\tid\tdoc\tlink\tscore\tflags');
    expect(row!.split('\t')[3]).toBe(makeRecord(3).id);
    expect((await exportText([makeRecord(3)], 'csv')).startsWith('\uFEFFko-KR,en-US,')).toBe(true);
  });
});

describe('XLIFF', () => {
  it('writes 1.2 with one <file> per document, state, id as resname and findings as notes', async () => {
    const text = await exportText([makeRecord(3), makeRecord(4, { reviewed: true }), makeRecord(60, { ko: XSS_KO, en: XSS_EN })], 'xliff12');
    expect(text).toContain('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">');
    expect(text.match(/<file /g)).toHaveLength(2);
    expect(text).toContain('source-language="ko-KR" target-language="en-US"');
    expect(text).toContain('<target state="translated">');
    expect(text).toContain('approved="yes"');
    expect(text).toContain('<target state="signed-off">');
    expect(text).toMatch(/<note from="dari" priority="2" annotates="source">warning number-mismatch: /);
    expect(text).not.toContain('<img');
    expect(text).toContain('&lt;img src=x');
  });

  it('writes 2.1 with NMTOKEN unit ids, the record id as name, notes and metadata', async () => {
    const error = makeRecord(1, { flags: [{ code: 'empty-english', severity: 'error', message: 'no English' }] });
    const text = await exportText([error, makeRecord(2, { reviewed: true })], 'xliff21');
    expect(text).toContain('version="2.1" srcLang="ko-KR" trgLang="en-US"');
    expect(text).toContain(`<unit id="u1" name="${error.id}">`);
    expect(text).toContain('<segment id="s2" state="reviewed">');
    expect(text).toContain('<note category="empty-english" priority="1">error empty-english: no English</note>');
    expect(text).toContain('<mda:meta type="link">1-1</mda:meta>');
    expect(text.trimEnd().endsWith('</file>\n</xliff>')).toBe(true);
  });
});

describe('schema export', () => {
  it('is the JSON Schema of an aligned.jsonl line, every field required', () => {
    const schema = alignedJsonSchema() as { $schema: string; required: string[]; properties: Record<string, unknown> };
    expect(schema.$schema).toContain('2020-12');
    for (const field of ['id', 'doc', 'ko', 'en', 'link', 'score', 'flags', 'reviewed']) expect(schema.required).toContain(field);
  });
});

describe('emitter under concurrent calls', () => {
  it('keeps every record when record() calls are not awaited one by one', async () => {
    const dir = tmp();
    const emitter = createEmitter(dir, { toolVersion: '1' });
    await Promise.all(Array.from({ length: 3000 }, (_, i) => emitter.record(makeRecord(i, { en: 'x'.repeat(2000) }))));
    expect((await emitter.close()).tmxUnits).toBe(3000);
    expect(readFileSync(join(dir, 'aligned.jsonl'), 'utf8').trim().split('\n')).toHaveLength(3000);
    expect(readFileSync(join(dir, 'tm.tmx'), 'utf8').match(/<tu /g)).toHaveLength(3000);
  });
});
