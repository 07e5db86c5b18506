import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmitter } from '../pipeline/emit/index.js';
import { DOC_INDEX_SIZE, REVIEW_CHUNK_SIZE, scriptSafeJson } from '../pipeline/emit/review.js';
import { makeRecord, makeReject, XSS_EN, XSS_KO } from './fixtures/emit/make-records.js';

async function page(count: number, withProbe = true): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dari-review-'));
  const emitter = createEmitter(dir, { toolVersion: '1.0.0', tmx: false });
  if (withProbe) await emitter.record(makeRecord(0, { id: 'probe"</script>', doc: '<doc>&"\'', ko: XSS_KO, en: XSS_EN }));
  for (let i = 1; i < count; i++) await emitter.record(makeRecord(i));
  await emitter.reject(makeReject(0, { ko: XSS_KO, reason: '</script><script>alert(1)</script>' }));
  await emitter.close();
  return readFileSync(join(dir, 'review.html'), 'utf8');
}

function dataChunks(html: string): Array<{ d: Array<[number, string]>; r: unknown[][]; x: unknown[][] }> {
  return [...html.matchAll(/<script type="application\/json" class="dari-data">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));
}

describe('review.html escaping', () => {
  it('JSON for a script tag holds no `<` and parses back to the same value', () => {
    const value = { text: XSS_KO + XSS_EN + '<!-- <script> \u2028\u2029', n: [1, '<'] };
    const json = scriptSafeJson(value);
    expect(json).not.toMatch(/[<\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('no record text can open or close a tag: the only script tags are the page’s own', async () => {
    const html = await page(10);
    const chunks = dataChunks(html);
    expect(html.match(/<script/gi)).toHaveLength(chunks.length + 2);
    expect(html.match(/<\/script/gi)).toHaveLength(chunks.length + 2);
    expect(html).not.toContain('onerror="window');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('<!-- comment');
    const [first] = chunks;
    expect(first!.d[0]).toEqual([0, '<doc>&"\'']);
    expect(first!.r[0]!.slice(0, 4)).toEqual(['probe"</script>', 0, XSS_KO, XSS_EN]);
    expect(first!.x[0]![5]).toBe('</script><script>alert(1)</script>');
  });

  it('allows only its own script (by hash) and no network through a Content-Security-Policy', async () => {
    const html = await page(2);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    expect(csp).toContain("default-src 'none'");
    const app = /<script>([\s\S]*)<\/script>\n<\/body>/.exec(html)![1]!;
    expect(csp).toContain(`'sha256-${createHash('sha256').update(app).digest('base64')}'`);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('the page script puts text on the page only as text', () => {
    const app = readFileSync(new URL('../pipeline/emit/review-app.js', import.meta.url), 'utf8');
    expect(app).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
  });

  it('streams records in chunks and keeps every field of every record', async () => {
    const html = await page(REVIEW_CHUNK_SIZE * 2 + 5, false);
    const chunks = dataChunks(html);
    expect(chunks.length).toBe(3);
    const rows = chunks.flatMap((chunk) => chunk.r);
    expect(rows).toHaveLength(REVIEW_CHUNK_SIZE * 2 + 4);
    const record = makeRecord(3);
    expect(rows[2]).toEqual([record.id, 0, record.ko, record.en, '1-1', record.score, [['number-mismatch', 2, record.flags[0]!.message, 1, 0, 2, ['1.2']]], 0, 'api']);
    expect(chunks.flatMap((chunk) => chunk.d).map(([, name]) => name)).toEqual([...new Set(rows.map((_, i) => makeRecord(i + 1).doc))]);
  });
});

describe('review.html document index', () => {
  it('gives each document one index and remembers only the most recent names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dari-review-docs-'));
    const emitter = createEmitter(dir, { toolVersion: '1.0.0', tmx: false });
    const docs = DOC_INDEX_SIZE + 3;
    for (let d = 0; d < docs; d++) {
      await emitter.record(makeRecord(0, { id: `r${d}a`, doc: `doc-${d}.txt` }));
      await emitter.reject(makeReject(0, { id: `x${d}`, doc: `doc-${d}.txt` }));
      await emitter.record(makeRecord(0, { id: `r${d}b`, doc: `doc-${d}.txt` }));
    }
    await emitter.record(makeRecord(0, { id: 'recent', doc: `doc-${docs - 2}.txt` }));
    await emitter.record(makeRecord(0, { id: 'forgotten', doc: 'doc-0.txt' }));
    await emitter.close();
    const chunks = dataChunks(readFileSync(join(dir, 'review.html'), 'utf8'));
    const names = chunks.flatMap((chunk) => chunk.d);
    expect(names.slice(0, docs)).toEqual(Array.from({ length: docs }, (_, d) => [d, `doc-${d}.txt`]));
    const rows = chunks.flatMap((chunk) => chunk.r);
    for (const row of rows.slice(0, -2)) expect(`doc-${row[1]}.txt`).toBe(`doc-${String(row[0]).slice(1, -1)}.txt`);
    expect(rows.at(-2)![1]).toBe(docs - 2);
    // doc-0.txt was pushed out of the index long ago: it comes back under a new index, with its name.
    expect(rows.at(-1)![1]).toBe(docs);
    expect(names.at(-1)).toEqual([docs, 'doc-0.txt']);
  });
});
