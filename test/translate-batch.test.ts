// Batch API mode against msw: upload, create, poll, results out of order, the error file,
// expiry with a partial output, resuming from the job id kept in the run folder.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { server } from './setup.js';
import { translateDocuments } from '../pipeline/translate/index.js';
import { BATCH_STATE_FILE } from '../pipeline/translate/batch-api.js';
import { BASE_URL, CHAT_URL, KOREAN, collect, completion, fakeEnglish, goodReply, makeContext, makeDoc, segmentsOf, stream } from './fixtures/translate/fake-api.js';

interface BatchLine {
  custom_id: string;
  body: unknown;
}

interface FakeBatchApi {
  uploads: BatchLine[][];
  polls: number;
  created: number;
  live: unknown[];
}

/**
 * A Files + Batches API. `finish(lines)` decides, per request line, what the job answers:
 * 'ok' (into the output file), 'error' (into the error file) or 'none' (never answered).
 */
function stubBatchApi(options: { status?: 'completed' | 'expired'; finish?: (line: BatchLine, index: number) => 'ok' | 'error' | 'none'; pollsBeforeDone?: number; batchId?: string; jobLines?: BatchLine[] }): FakeBatchApi {
  const api: FakeBatchApi = { uploads: [], polls: 0, created: 0, live: [] };
  const batchId = options.batchId ?? 'batch_1';
  let output: string | null = null;
  let errors: string | null = null;
  const prepare = (lines: BatchLine[]) => {
    // Results in reverse order: matching must go by custom_id.
    const ok: string[] = [];
    const failed: string[] = [];
    lines.forEach((line, index) => {
      const verdict = options.finish?.(line, index) ?? 'ok';
      if (verdict === 'ok') {
        const translations = segmentsOf(line.body).map((s) => ({ id: s.id, en: fakeEnglish(s.ko) }));
        ok.unshift(JSON.stringify({ id: `r${index}`, custom_id: line.custom_id, response: { status_code: 200, body: completion(JSON.stringify({ translations, names: [] })) }, error: null }));
      } else if (verdict === 'error') {
        failed.unshift(JSON.stringify({ id: `r${index}`, custom_id: line.custom_id, response: { status_code: 500, body: { error: { message: 'server error' } } }, error: null }));
      }
    });
    output = ok.join('\n') + '\n';
    errors = failed.length > 0 ? failed.join('\n') + '\n' : null;
  };
  if (options.jobLines) prepare(options.jobLines);
  server.use(
    http.post(`${BASE_URL}/files`, async ({ request }) => {
      const form = await request.formData();
      expect(form.get('purpose')).toBe('batch');
      const file = form.get('file') as File;
      const lines = (await file.text()).trim().split('\n').map((line) => JSON.parse(line) as BatchLine & { method: string; url: string });
      for (const line of lines) expect(line).toMatchObject({ method: 'POST', url: '/v1/chat/completions' });
      api.uploads.push(lines);
      const id = `file-in-${api.uploads.length}`;
      prepare(lines);
      return HttpResponse.json({ id, object: 'file', bytes: 1, created_at: 0, filename: 'x.jsonl', purpose: 'batch', status: 'processed' });
    }),
    http.post(`${BASE_URL}/batches`, async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ endpoint: '/v1/chat/completions', completion_window: '24h' });
      api.created++;
      return HttpResponse.json(batchObject(batchId, 'validating', null, null));
    }),
    http.get(`${BASE_URL}/batches/:id`, ({ params }) => {
      expect(params.id).toBe(batchId);
      api.polls++;
      if (api.polls <= (options.pollsBeforeDone ?? 2)) return HttpResponse.json(batchObject(batchId, 'in_progress', null, null));
      return HttpResponse.json(batchObject(batchId, options.status ?? 'completed', output ? 'file-out' : null, errors ? 'file-err' : null));
    }),
    http.get(`${BASE_URL}/files/:id/content`, ({ params }) => {
      if (params.id === 'file-out') return new HttpResponse(output ?? '', { headers: { 'content-type': 'application/octet-stream' } });
      if (params.id === 'file-err') return new HttpResponse(errors ?? '', { headers: { 'content-type': 'application/octet-stream' } });
      return new HttpResponse(null, { status: 404 });
    }),
    http.post(CHAT_URL, async ({ request }) => {
      const body = await request.json();
      api.live.push(body);
      return goodReply(body);
    }),
  );
  return api;
}

function batchObject(id: string, status: string, output: string | null, error: string | null) {
  return {
    id,
    object: 'batch',
    endpoint: '/v1/chat/completions',
    input_file_id: 'file-in-1',
    completion_window: '24h',
    status,
    output_file_id: output,
    error_file_id: error,
    created_at: 0,
    request_counts: { total: 3, completed: 0, failed: 0 },
  };
}

// The SDK probes `fetch('data:,')` before its first upload unless the fetch carries `Response`.
const fetchWithResponse = Object.assign((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init), { Response });

const docs = () => [makeDoc('a', [KOREAN.slice(0, 2)]), makeDoc('b', [KOREAN.slice(2, 4)]), makeDoc('c', [KOREAN.slice(4, 6)])];

function expectAllCorrect(out: Awaited<ReturnType<typeof collect<import('../pipeline/schemas.js').TranslatedDoc>>>): void {
  for (const doc of out) doc.sentences.forEach((sentence, index) => expect(doc.translations[index]!.en).toBe(fakeEnglish(sentence.ko)));
}

describe('Batch API mode', () => {
  it('uploads, creates, polls with backoff and matches results out of order by custom_id', async () => {
    const api = stubBatchApi({});
    const ctx = makeContext({ mode: 'batch', batchTokens: 60 }, { fetch: fetchWithResponse });
    const out = await collect(translateDocuments(stream(docs()), ctx));
    expectAllCorrect(out);
    expect(api.uploads).toHaveLength(1);
    expect(api.uploads[0]!.length).toBeGreaterThan(1);
    expect(api.created).toBe(1);
    expect(api.polls).toBe(3);
    expect(api.live).toHaveLength(0);
    expect(existsSync(join(ctx.runDir, 'translate-batch-0.jsonl'))).toBe(true);
    // Half price for Batch API usage.
    expect(ctx.stats!.cost).toBeCloseTo((api.uploads[0]!.length * (100 * 0.15 + 50 * 0.6)) / 1e6 / 2, 10);
  });

  it('sends what the error file holds through live requests', async () => {
    const api = stubBatchApi({ finish: (_, index) => (index === 0 ? 'error' : 'ok') });
    const ctx = makeContext({ mode: 'batch', batchTokens: 60 }, { fetch: fetchWithResponse });
    const out = await collect(translateDocuments(stream(docs()), ctx));
    expectAllCorrect(out);
    expect(api.live).toHaveLength(1);
    expect(segmentsOf(api.live[0])).toEqual(segmentsOf(api.uploads[0]![0]!.body));
  });

  it('after expiry keeps the partial output and sends the rest live', async () => {
    const api = stubBatchApi({ status: 'expired', finish: (_, index) => (index === 0 ? 'ok' : 'none') });
    const ctx = makeContext({ mode: 'batch', batchTokens: 60 }, { fetch: fetchWithResponse });
    const out = await collect(translateDocuments(stream(docs()), ctx));
    expectAllCorrect(out);
    expect(api.live).toHaveLength(api.uploads[0]!.length - 1);
    expect(ctx.logger.lines.some((line) => line.includes('expired'))).toBe(true);
  });

  it('resumes the job whose id the run folder keeps instead of creating another', async () => {
    const first = makeContext({ mode: 'batch', batchTokens: 60 }, { fetch: fetchWithResponse });
    // A run that created its job and was killed while polling.
    const api1 = stubBatchApi({ pollsBeforeDone: 1000, batchId: 'batch_kept' });
    const killed = collect(translateDocuments(stream(docs()), { ...first, sleep: () => new Promise((_, reject) => setTimeout(() => reject(new Error('killed')), 30)) }));
    await expect(killed).rejects.toThrow('killed');
    expect(api1.created).toBe(1);
    const state = JSON.parse(readFileSync(join(first.runDir, BATCH_STATE_FILE), 'utf8')) as { jobs: { batchId: string }[] };
    expect(state.jobs[0]!.batchId).toBe('batch_kept');

    server.resetHandlers();
    const jobLines = readFileSync(join(first.runDir, 'translate-batch-0.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as BatchLine);
    const api2 = stubBatchApi({ pollsBeforeDone: 0, batchId: 'batch_kept', jobLines });
    const second = makeContext({ mode: 'batch', batchTokens: 60 }, { cacheDir: first.cacheDir, runDir: first.runDir, fetch: fetchWithResponse });
    const out = await collect(translateDocuments(stream(docs()), second));
    expectAllCorrect(out);
    expect(api2.created).toBe(0);
    expect(api2.uploads).toHaveLength(0);
    expect(api2.live).toHaveLength(0);
    expect(JSON.parse(readFileSync(join(first.runDir, BATCH_STATE_FILE), 'utf8')).jobs).toEqual([]);
  });
});
