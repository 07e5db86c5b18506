import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmitter } from '../pipeline/emit/index.js';
import { exportRecords, type ExportFormat } from '../pipeline/emit/formats.js';
import { applyEdits, detectEditFormat, readEdits } from '../pipeline/emit/review-import.js';
import { readJsonl } from '../pipeline/jsonl.js';
import { AlignedRecordSchema, RejectRecordSchema } from '../pipeline/schemas.js';
import { makeRecord, makeReject, XSS_EN, XSS_KO } from './fixtures/emit/make-records.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'dari-import-'));

async function makeRunDir(): Promise<string> {
  const dir = tmp();
  const emitter = createEmitter(dir, { toolVersion: '1.0.0', creationDate: new Date('2026-01-01T00:00:00Z') });
  await emitter.record(makeRecord(0, { id: 'xss', ko: XSS_KO, en: XSS_EN }));
  await emitter.record(makeRecord(1, { en: 'Tabs\tand\nnewlines, CR\r\n, backslash \\n and  double  spaces ' }));
  for (let i = 2; i < 120; i++) await emitter.record(makeRecord(i, { reviewed: i % 10 === 0 }));
  await emitter.reject(makeReject(0));
  await emitter.close();
  return dir;
}

async function exportTo(dir: string, format: Exclude<ExportFormat, 'schema'>): Promise<string> {
  let text = '';
  await exportRecords(readJsonl(join(dir, 'aligned.jsonl'), AlignedRecordSchema), format, async (piece) => void (text += piece), { toolVersion: '1.0.0' });
  const path = join(tmp(), `edits.${format === 'xliff12' || format === 'xliff21' ? 'xlf' : format}`);
  writeFileSync(path, text);
  return path;
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

async function records(dir: string) {
  const out = [];
  for await (const record of readJsonl(join(dir, 'aligned.jsonl'), AlignedRecordSchema)) out.push(record);
  return out;
}

describe('import round trip', () => {
  for (const format of ['tsv', 'csv', 'xliff12', 'xliff21', 'tmx'] as const) {
    it(`${format}: an unchanged export imported back changes no file`, async () => {
      const dir = await makeRunDir();
      const before = snapshot(dir);
      const file = await exportTo(dir, format);
      expect(detectEditFormat(file)).toBe(format);
      const { edits, warnings } = await readEdits(file);
      expect(warnings).toEqual([]);
      expect(edits.size).toBe(120);
      expect(edits.get('xss')?.en).toBe(XSS_EN);
      const counts = await applyEdits(dir, edits, { toolVersion: '1.0.0' });
      expect(counts).toEqual({ edited: 0, accepted: 0, rejected: 0, unknown: [] });
      expect(snapshot(dir)).toEqual(before);
    });
  }

  it('tsv: an edited English, an accept and a reject are written back', async () => {
    const dir = await makeRunDir();
    const file = await exportTo(dir, 'tsv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const edit = (row: number, column: number, value: string) => {
      const cells = lines[row]!.split('\t');
      cells[column] = value;
      lines[row] = cells.join('\t');
    };
    edit(3, 1, 'A reviewer\\tedited this.');
    edit(4, 2, 'reject');
    edit(5, 2, 'accept');
    writeFileSync(file, lines.join('\n'));
    const { edits } = await readEdits(file);
    expect(await applyEdits(dir, edits, { toolVersion: '1.0.0' })).toEqual({ edited: 1, accepted: 1, rejected: 1, unknown: [] });
    const after = await records(dir);
    expect(after).toHaveLength(119);
    const edited = after.find((r) => r.id === makeRecord(2).id)!;
    expect(edited).toMatchObject({ en: 'A reviewer\tedited this.', origin: 'review', reviewed: true });
    expect(edited.flags[0]).toMatchObject({ code: 'edited-in-review', data: { previousEn: makeRecord(2).en } });
    expect(after.find((r) => r.id === makeRecord(4).id)!.reviewed).toBe(true);
    expect(after.some((r) => r.id === makeRecord(3).id)).toBe(false);
    const rejects = [];
    for await (const reject of readJsonl(join(dir, 'rejects.jsonl'), RejectRecordSchema)) rejects.push(reject);
    expect(rejects.at(-1)).toMatchObject({ id: makeRecord(3).id, stage: 'review' });
    const tmx = readFileSync(join(dir, 'tm.tmx'), 'utf8');
    expect(tmx).toContain('<seg>A reviewer\tedited this.</seg>');
    expect(tmx.match(/<tu /g)).toHaveLength(119);
    expect(readFileSync(join(dir, 'review.html'), 'utf8')).toContain('A reviewer\\tedited this.');
  });

  it('xliff 1.2 and 2.1: states and targets edited in a CAT tool come back', async () => {
    for (const format of ['xliff12', 'xliff21'] as const) {
      const dir = await makeRunDir();
      const file = await exportTo(dir, format);
      let text = readFileSync(file, 'utf8');
      text = text.replace(makeRecord(2).en, 'Fixed &amp; <g id="1">tagged</g> text.');
      if (format === 'xliff12') text = text.replace(`resname="${makeRecord(5).id}" xml:space="preserve">`, `resname="${makeRecord(5).id}" xml:space="preserve" approved="yes">`);
      else text = text.replace(/(<unit id="u6"[^]*?<segment id="s6" )state="translated"/, '$1state="final"');
      writeFileSync(file, text.replace(/\n/g, '\r\n'));
      const { edits } = await readEdits(file);
      const counts = await applyEdits(dir, edits, { toolVersion: '1.0.0' });
      expect(counts, format).toMatchObject({ edited: 1, accepted: 1, rejected: 0 });
      const after = await records(dir);
      expect(after.find((r) => r.id === makeRecord(2).id)!.en).toBe('Fixed & tagged text.');
      // CRLF written by a Windows tool is read as LF, as any XML parser would.
      expect(after.find((r) => r.id === makeRecord(1).id)!.en).toBe(makeRecord(1, { en: 'Tabs\tand\nnewlines, CR\r\n, backslash \\n and  double  spaces ' }).en);
    }
  });

  it('reads the review page export', async () => {
    const dir = await makeRunDir();
    const file = join(tmp(), 'review-decisions.json');
    writeFileSync(file, JSON.stringify({
      format: 'dari-review', version: 1, run: 'x', decisions: [
        { id: makeRecord(7).id, decision: 'reject', ko: '' },
        { id: makeRecord(8).id, decision: null, en: '<b>edited</b> & "kept"' },
        { id: 'not-in-run', decision: 'accept' },
      ],
    }));
    expect(detectEditFormat(file)).toBe('review-json');
    const counts = await applyEdits(dir, (await readEdits(file)).edits, { toolVersion: '1.0.0' });
    expect(counts).toEqual({ edited: 1, accepted: 0, rejected: 1, unknown: ['not-in-run'] });
    expect((await records(dir)).find((r) => r.id === makeRecord(8).id)!.en).toBe('<b>edited</b> & "kept"');
  });

  it('says what is wrong with a file it cannot read', async () => {
    const file = join(tmp(), 'notes.txt');
    writeFileSync(file, 'just some words\n');
    await expect(readEdits(file)).rejects.toThrow(/reads TSV, CSV, XLIFF/);
    writeFileSync(file, 'a\tb\n1\t2\n');
    await expect(readEdits(file)).rejects.toThrow(/no `id` column/);
    const copy = tmp();
    cpSync(await makeRunDir(), copy, { recursive: true });
    await expect(applyEdits(join(copy, 'missing'), new Map(), { toolVersion: '1' })).rejects.toThrow(/aligned.jsonl not found/);
  });

  it('the CLI: export --format tsv with filters, then import of the file, exit codes', async () => {
    const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', ...args], { encoding: 'utf8' });
    const dir = await makeRunDir();
    const before = snapshot(dir);
    const out = join(tmp(), 'pairs.tsv');
    const exported = cli('export', '--run', dir, '--format', 'tsv', '--out', out, '--links', '1-1,1-2', '--min-score', '0.2', '--exclude-flagged');
    expect(exported.status, exported.stderr).toBe(0);
    const rows = readFileSync(out, 'utf8').trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [, , , id, , link, score, flags] = row.split('\t');
      expect(['1-1', '1-2'], id).toContain(link);
      expect(Number(score)).toBeGreaterThanOrEqual(0.2);
      expect(flags ?? '').not.toMatch(/warning|error/);
    }
    expect(exported.stderr).toMatch(/export: \d+ of 120 pairs written as tsv/);
    const imported = cli('import', '--run', dir, out);
    expect(imported.status, imported.stderr).toBe(0);
    expect(snapshot(dir)).toEqual(before);
    expect(cli('export', '--run', dir, '--format', 'tsv', '--links', 'one').status).toBe(2);
    expect(cli('import', '--run', dir).status).toBe(2);
    const schema = cli('export', '--format', 'schema');
    expect(JSON.parse(schema.stdout).required).toContain('ko');
  });
});
