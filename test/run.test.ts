// End to end: the whole pipeline on the sample corpus, with no key (TM only) and through stubbed Chat Completions.
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, existsSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { http, HttpResponse } from 'msw';
import { server } from './setup.js';
import { runPipeline, type RunOptions } from '../pipeline/run.js';
import { loadConfig } from '../pipeline/config.js';
import { createMemoryLogger } from '../pipeline/log.js';
import { createProgress } from '../pipeline/progress.js';
import { readTmx } from '../pipeline/tmx-read.js';
import { AlignedRecordSchema, RejectRecordSchema } from '../pipeline/schemas.js';
import { ProviderError } from '../pipeline/errors.js';
import { completion, segmentsOf } from './fixtures/translate/fake-api.js';

const BASE_URL = 'http://llm.e2e.test/v1';
const CHAT_URL = `${BASE_URL}/chat/completions`;
const SECRET = 'sk-e2e-DO-NOT-LEAK-0123456789';

const reviewed = new Map<string, string>();
beforeAll(async () => {
  for await (const unit of readTmx('corpus/sample.tmx')) reviewed.set(unit.source, unit.target);
});

const temp = () => mkdtempSync(join(tmpdir(), 'dari-run-'));
const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

function options(overrides: Record<string, unknown>, extra: Partial<RunOptions> = {}): RunOptions & { logger: ReturnType<typeof createMemoryLogger> } {
  const dir = temp();
  const config = loadConfig('pipeline.config.yaml', { out: join(dir, 'out'), ...overrides });
  return {
    config,
    out: join(dir, 'out'),
    cache: join(dir, 'cache'),
    logger: createMemoryLogger(),
    progress: createProgress({ quiet: true }),
    toolVersion: 'test',
    ...extra,
  } as RunOptions & { logger: ReturnType<typeof createMemoryLogger> };
}

const OUTPUTS = ['aligned.jsonl', 'rejects.jsonl', 'tm.tmx', 'review.html', 'summary.json', 'clean-log.jsonl'];

describe('run: no API key', () => {
  it('writes every output for the sample corpus from the shipped TM alone', async () => {
    const run = options({});
    const summary = await runPipeline(run);
    for (const file of OUTPUTS) expect(existsSync(join(run.out, file)), file).toBe(true);
    const records = lines(join(run.out, 'aligned.jsonl'));
    const rejects = lines(join(run.out, 'rejects.jsonl'));
    for (const record of records) AlignedRecordSchema.parse(record);
    for (const reject of rejects) RejectRecordSchema.parse(reject);
    // The sample corpus is fully covered by corpus/sample.tmx: nothing needs the API.
    expect(summary.needApi).toBe(0);
    expect(summary.stages.translate?.untranslated).toBe(0);
    expect(records.length).toBeGreaterThan(30);
    expect(records.every((record) => record.origin === 'tm')).toBe(true);
    // Its English is reviewed human translation: a check that rejects any of it is crying wolf.
    expect(rejects.map((reject) => reject.reason)).toEqual([]);
    // Every segmented sentence is in aligned.jsonl or rejects.jsonl.
    const ids = new Set([...records.flatMap((r) => r.koIds as string[]), ...rejects.map((r) => r.id as string)]);
    expect(ids.size).toBe(summary.stages.segment?.sentences);
  });

  it('puts sentences the TM lacks in rejects with a reason and says how many need the API', async () => {
    const run = options({ translate: { tm: [] } });
    const summary = await runPipeline(run);
    const rejects = lines(join(run.out, 'rejects.jsonl'));
    expect(rejects.length).toBe(summary.stages.segment?.sentences);
    expect(rejects.every((reject) => /OPENAI_API_KEY/.test(reject.reason as string))).toBe(true);
    expect(summary.needApi).toBe(rejects.length);
  });

  it('prints one closing line on the CLI naming the count and OPENAI_API_KEY', () => {
    const dir = temp();
    const env = { ...process.env };
    delete env.OPENAI_API_KEY;
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'pipeline/cli.ts', 'run', '--out', join(dir, 'out'), '--cache', join(dir, 'cache'), '--set', 'translate.tm=[]', '-q'],
      { encoding: 'utf8', env },
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/\d+ sentences need the API: set OPENAI_API_KEY/);
  });
});

describe('run: through Chat Completions (msw)', () => {
  it('survives shuffled ids, a missing id asked again and a 429, and pairs every English with its Korean', async () => {
    let requests = 0;
    let dropped: string | null = null;
    server.use(
      http.post(CHAT_URL, async ({ request }) => {
        requests += 1;
        if (requests === 1) {
          return HttpResponse.json(
            { error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded', param: null } },
            { status: 429, headers: { 'retry-after-ms': '10', 'x-ratelimit-remaining-requests': '0' } },
          );
        }
        const segments = segmentsOf(await request.json());
        let answer = segments.map((segment) => ({ id: segment.id, en: reviewed.get(segment.ko) ?? `(no reference for ${segment.id})` }));
        if (dropped === null && answer.length > 1) {
          dropped = segments[1]!.ko;
          answer = answer.filter((item) => item.id !== segments[1]!.id);
        }
        answer.reverse();
        return HttpResponse.json(completion(JSON.stringify({ translations: answer, names: [] })));
      }),
    );
    const run = options({ translate: { tm: [], concurrency: 2 } }, { apiKey: SECRET, baseURL: BASE_URL });
    const summary = await runPipeline(run);
    expect(requests).toBeGreaterThan(2);
    expect(dropped).not.toBeNull();
    const records = lines(join(run.out, 'aligned.jsonl'));
    const rejects = lines(join(run.out, 'rejects.jsonl'));
    expect(summary.stages.translate?.untranslated).toBe(0);
    // Every English is the reviewed English of its own Korean: nothing shifted onto a neighbour.
    for (const record of records) {
      if (record.link !== '1-1') continue;
      expect(record.en, record.ko as string).toBe(reviewed.get(record.ko as string));
    }
    const droppedRecord = [...records, ...rejects].find((record) => record.ko === dropped);
    expect(droppedRecord?.en).toBe(reviewed.get(dropped!));
    expect(records.every((record) => record.origin === 'api')).toBe(true);

    // The key is in no output file and no log line.
    const files = readdirSync(run.out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    for (const file of files) expect(readFileSync(join(file.parentPath, file.name), 'utf8')).not.toContain(SECRET);
    for (const line of run.logger.lines) expect(line).not.toContain(SECRET);

    // A rerun over the finished corpus with the same cache sends no request.
    const before = requests;
    await runPipeline({ ...run, logger: createMemoryLogger() });
    expect(requests).toBe(before);
  });

  it('ends with a clear ProviderError when the endpoint cannot be reached', async () => {
    server.use(http.post(CHAT_URL, () => HttpResponse.error()));
    const run = options({ translate: { tm: [], maxRetries: 1 } }, { apiKey: SECRET, baseURL: BASE_URL });
    const error = await runPipeline(run).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as Error).message).toMatch(/could not reach the API/i);
    expect((error as Error).message).not.toContain(SECRET);
  });

  it('stops at once on a refused key (401) without leaking it', async () => {
    let requests = 0;
    server.use(
      http.post(CHAT_URL, () => {
        requests += 1;
        return HttpResponse.json(
          { error: { message: `Incorrect API key provided: ${SECRET}.`, type: 'invalid_request_error', code: 'invalid_api_key', param: null } },
          { status: 401 },
        );
      }),
    );
    const run = options({ translate: { tm: [] } }, { apiKey: SECRET, baseURL: BASE_URL });
    const error = await runPipeline(run).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as Error).message).not.toContain(SECRET);
    expect(requests).toBeLessThanOrEqual(8);
  });
});

describe('run: stages persist and rerun', () => {
  it('reruns from align on the saved stages and writes the same output', async () => {
    const run = options({});
    await runPipeline(run);
    const first = readFileSync(join(run.out, 'aligned.jsonl'), 'utf8');
    for (const stage of ['ingested', 'cleaned', 'segmented', 'translated']) expect(existsSync(join(run.out, 'stages', `${stage}.jsonl`))).toBe(true);
    const summary = await runPipeline({ ...run, from: 'align' });
    expect(readFileSync(join(run.out, 'aligned.jsonl'), 'utf8')).toBe(first);
    expect(summary.stages.segment?.sentences).toBeGreaterThan(0);
  });

  it('refuses to start at a stage whose input was never written', async () => {
    const run = options({});
    await expect(runPipeline({ ...run, from: 'translate' })).rejects.toThrow(/run the whole pipeline once first/);
  });
});

describe('run: opt-in quality estimation (msw)', () => {
  it("adds the model's error spans as flags on their own pairs", async () => {
    let annotated = 0;
    server.use(
      http.post(CHAT_URL, async ({ request }) => {
        const body = (await request.json()) as { messages: { role: string; content: string }[] };
        const pairs = JSON.parse(body.messages.find((message) => message.role === 'user')!.content) as { id: string; en: string }[];
        annotated += pairs.length;
        const annotations = pairs.map((pair, index) => ({
          id: pair.id,
          errors: index === 0 ? [{ span: pair.en.split(' ')[0]!, category: 'accuracy/mistranslation', severity: 'minor', explanation: 'test' }] : [],
        }));
        return HttpResponse.json(completion(JSON.stringify({ annotations })));
      }),
    );
    const run = options({ validate: { repair: false, qualityEstimation: { enabled: true, batchSize: 50 } } }, { apiKey: SECRET, baseURL: BASE_URL });
    await runPipeline(run);
    const records = lines(join(run.out, 'aligned.jsonl'));
    expect(annotated).toBeGreaterThanOrEqual(records.length);
    const flagged = records.filter((record) => (record.flags as { code: string }[]).some((flag) => flag.code === 'quality-estimation'));
    expect(flagged.length).toBeGreaterThan(0);
    for (const record of flagged) {
      const flag = (record.flags as { code: string; side?: string; range?: [number, number] }[]).find((f) => f.code === 'quality-estimation')!;
      expect(flag.side).toBe('en');
      expect((record.en as string).slice(...flag.range!)).toBe((record.en as string).split(' ')[0]);
    }
  });
});

describe('run: a corpus of bad inputs', () => {
  it('names every unusable file, keeps the good page whole and shows markup as text', () => {
    const dir = temp();
    const corpus = join(dir, 'corpus');
    mkdirSync(join(corpus, 'sub'), { recursive: true });
    writeFileSync(join(corpus, '좋은 기사.txt'), readFileSync('corpus/etoday-2025-02-04-ishiba-trump.txt'));
    writeFileSync(join(corpus, 'empty.txt'), '');
    writeFileSync(join(corpus, 'blank.txt'), '   \n\t\n  ');
    writeFileSync(join(corpus, 'binary.txt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8]));
    writeFileSync(join(corpus, 'broken.txt'), Buffer.concat([Buffer.from('정상 문장입니다. '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff]), Buffer.from(' 끝.')]));
    writeFileSync(join(corpus, 'english.txt'), 'This page has no Korean in it at all.\n');
    writeFileSync(join(corpus, 'long.txt'), '가'.repeat(300_000));
    writeFileSync(join(corpus, 'markup.txt'), '기사 본문에 <script>alert("x")</script> 코드가 들어 있다.\n');
    writeFileSync(join(corpus, 'page.html'), '<html><head><title>제목</title><script>var x=1;</script></head><body><nav>메뉴</nav><article><p>본문 첫 문장이다. 두 번째 문장이다.</p></article></body></html>');
    try {
      const { symlinkSync } = require('node:fs') as typeof import('node:fs');
      symlinkSync('..', join(corpus, 'sub', 'loop'));
    } catch {
      // symlinks unavailable: the rest of the case still holds
    }
    const env = { ...process.env };
    delete env.OPENAI_API_KEY;
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'pipeline/cli.ts', 'run', '--input', corpus, '--out', join(dir, 'out'), '--cache', join(dir, 'cache'), '--set', 'translate.tm=[]'],
      { encoding: 'utf8', env, timeout: 60_000 },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    for (const name of ['empty.txt', 'blank.txt', 'binary.txt', 'english.txt']) expect(result.stderr).toContain(name);
    const summary = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8')) as { skipped: { path: string; reason: string }[]; files: Record<string, unknown> };
    for (const name of ['empty.txt', 'blank.txt', 'binary.txt', 'english.txt']) {
      expect(summary.skipped.some((file) => file.path.endsWith(name) && file.reason.length > 0)).toBe(true);
    }
    expect(Object.keys(summary.files)).toContain('좋은 기사.txt');
    const rejects = lines(join(dir, 'out', 'rejects.jsonl'));
    const goodPage = rejects.filter((reject) => reject.doc === '좋은 기사.txt').map((reject) => reject.ko as string);
    expect(goodPage.some((ko) => ko.startsWith('이시바 시게루 일본 총리가 이번 주'))).toBe(true);
    expect(goodPage.some((ko) => ko.startsWith('무모하다는 평가를'))).toBe(true);
    const review = readFileSync(join(dir, 'out', 'review.html'), 'utf8');
    expect(review).not.toContain('<script>alert("x")</script>');
    expect(statSync(join(dir, 'out', 'review.html')).size).toBeGreaterThan(0);
  });
});
