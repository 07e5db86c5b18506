import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileCountsWriter, readFileCounts, writeSummaryWithFileCounts } from '../pipeline/file-counts.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

async function stagesWith(docs: string[], { cleanSkips = new Set<string>(), align = true } = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dari-counts-'));
  const ingest = createFileCountsWriter(dir, 'ingest');
  const clean = createFileCountsWriter(dir, 'clean');
  const segment = createFileCountsWriter(dir, 'segment');
  const aligned = align ? createFileCountsWriter(dir, 'align') : undefined;
  for (const [k, doc] of docs.entries()) {
    await ingest.write(doc, { lines: 10 + k });
    if (cleanSkips.has(doc)) continue;
    await clean.write(doc, { linesRemoved: k, paragraphs: 2 });
    await segment.write(doc, { sentences: 5 });
    await aligned?.write(doc, { records: 4, rejects: 1 });
  }
  await Promise.all([ingest.close(), clean.close(), segment.close(), aligned?.close()]);
  return dir;
}

describe('counts per document on disk', () => {
  it('joins the stages’ counts per document, in ingest order', async () => {
    const dir = await stagesWith(['a.txt', 'b "q".txt', 'c.txt'], { cleanSkips: new Set(['b "q".txt']) });
    expect(await collect(readFileCounts(dir))).toEqual([
      ['a.txt', { lines: 10, linesRemoved: 0, paragraphs: 2, sentences: 5, records: 4, rejects: 1 }],
      ['b "q".txt', { lines: 11, linesRemoved: 0, paragraphs: 0, sentences: 0, records: 0, rejects: 0 }],
      ['c.txt', { lines: 12, linesRemoved: 2, paragraphs: 2, sentences: 5, records: 4, rejects: 1 }],
    ]);
  });

  it('counts zero for a stage that has not run', async () => {
    const dir = await stagesWith(['a.txt'], { align: false });
    expect(await collect(readFileCounts(dir))).toEqual([['a.txt', { lines: 10, linesRemoved: 0, paragraphs: 2, sentences: 5, records: 0, rejects: 0 }]]);
  });

  it('writes the summary as JSON.stringify would, with `files` after the member named', async () => {
    for (const docs of [['a.txt', 'b.txt'], []]) {
      const dir = await stagesWith(docs);
      const summary = { tool: { name: 'dari' }, stages: { ingest: { documents: docs.length } }, skipped: [], links: { '1-1': 3 } };
      const path = join(dir, 'summary.json');
      await writeSummaryWithFileCounts(path, summary, 'stages', dir);
      const files = Object.fromEntries(await collect(readFileCounts(dir)));
      const expected = { tool: summary.tool, stages: summary.stages, files, skipped: [], links: summary.links };
      expect(readFileSync(path, 'utf8')).toBe(JSON.stringify(expected, null, 2) + '\n');
    }
  });
});
