// `dari align`: files in, one JSON line per link out; the optional API evidence behind msw stubs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { server } from './setup.js';
import { alignCommand } from '../pipeline/commands/align.js';
import { bagOfWords, machineTranslate } from '../pipeline/align/assist.js';
import { UserError } from '../pipeline/errors.js';
import OpenAI from 'openai';

const BASE = 'http://llm.stub.test/v1';

const dari = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', ...args], { encoding: 'utf8' });

function tempFiles(files: Record<string, string>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'dari-align-'));
  const paths: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name]!, text);
  }
  return paths;
}

/** Run the command in this process (so msw sees its requests); returns stdout lines. */
async function runInProcess(values: Record<string, string | boolean>): Promise<string[]> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    await alignCommand.run({ values, positionals: [] });
  } finally {
    spy.mockRestore();
  }
  return chunks.join('').trim().split('\n');
}

describe('dari align (CLI)', () => {
  it('prints one JSON line per link for pre-split files', () => {
    const files = tempFiles({
      'ko.txt': '[서울=연합뉴스]\n매출은 71조9000억 원이었다.\n영업이익은 6조6000억 원으로 집계됐다.\n',
      'en.txt': 'Sales came to 71.9 trillion won.\nOperating profit was 6.6 trillion won.\n',
    });
    const result = dari('align', '--ko', files['ko.txt']!, '--en', files['en.txt']!);
    expect(result.status).toBe(0);
    const links = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { ko: number[]; en: number[]; score: number });
    expect(links.map((link) => [link.ko, link.en])).toEqual([
      [[0], []],
      [[1], [0]],
      [[2], [1]],
    ]);
    for (const link of links) expect(Object.keys(link)).toEqual(['ko', 'en', 'score']);
  });

  it('segments raw documents with --ko-text and --en-text', () => {
    const files = tempFiles({
      'ko.txt': '정부가 2조 원 규모의 지원책을 발표했다. 지원은 3월부터 시작된다.\n\n전문가들은 환영했다.',
      'en.txt': 'The government announced a 2 trillion won support package. Aid starts in March.\n\nExperts welcomed it.',
    });
    const result = dari('align', '--ko-text', files['ko.txt']!, '--en-text', files['en.txt']!, '--text');
    expect(result.status).toBe(0);
    const links = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { ko: number[]; en: number[]; koText: string; enText: string });
    expect(links.map((link) => [link.ko, link.en])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
    expect(links[1]!.koText).toBe('지원은 3월부터 시작된다.');
    expect(links[1]!.enText).toBe('Aid starts in March.');
  });

  it('names a missing file in one line with exit 2', () => {
    const result = dari('align', '--ko', 'no/such/file.txt', '--en', 'no/such/en.txt');
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('no/such/file.txt');
  });

  it('asks for both sides', () => {
    const result = dari('align', '--ko', 'x.txt');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--en');
  });
});

describe('dari align with API evidence (msw)', () => {
  const saved = { key: process.env.OPENAI_API_KEY, base: process.env.OPENAI_BASE_URL };
  beforeEach(() => {
    process.env.OPENAI_API_KEY = 'sk-test-align-0000';
    process.env.OPENAI_BASE_URL = BASE;
  });
  afterEach(() => {
    for (const [name, value] of [['OPENAI_API_KEY', saved.key], ['OPENAI_BASE_URL', saved.base]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  // Three short Korean sentences and three English ones whose lengths alone mislead (no anchors).
  const ko = ['그는 웃었다.', '비가 오는 날에는 집에서 책을 읽는 것을 좋아한다고 그녀가 말했다.', '끝.'];
  const en = ['He laughed.', 'She said she likes to read at home on rainy days.', 'The end.'];

  it('--embeddings sends every sentence to the embeddings endpoint and uses the vectors', async () => {
    const inputs: string[][] = [];
    server.use(
      http.post(`${BASE}/embeddings`, async ({ request }) => {
        const body = (await request.json()) as { input: string[]; model: string };
        inputs.push(body.input);
        expect(body.model).toBe('text-embedding-3-small');
        // One axis per meaning: sentence k of either language points along axis k.
        const axis = (text: string) => [...ko, ...en].indexOf(text) % 3;
        return HttpResponse.json({
          object: 'list',
          model: body.model,
          data: body.input.map((text, index) => ({ object: 'embedding', index, embedding: [0, 1, 2].map((d) => (d === axis(text) ? 1 : 0)) })),
          usage: { prompt_tokens: 1, total_tokens: 1 },
        });
      }),
    );
    const files = tempFiles({ 'ko.txt': ko.join('\n') + '\n', 'en.txt': en.join('\n') + '\n' });
    const lines = await runInProcess({ ko: files['ko.txt']!, en: files['en.txt']!, embeddings: true });
    expect(inputs).toEqual([ko, en]);
    const links = lines.map((line) => JSON.parse(line) as { ko: number[]; en: number[]; score: number });
    expect(links.map((link) => [link.ko, link.en])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
    expect(Math.min(...links.map((link) => link.score))).toBeGreaterThan(0.9);
  });

  it('--mt translates the Korean through Chat Completions and compares', async () => {
    const requests: unknown[] = [];
    server.use(
      http.post(`${BASE}/chat/completions`, async ({ request }) => {
        const body = (await request.json()) as { messages: { content: string }[] };
        const batch = JSON.parse(body.messages[1]!.content) as { id: number; ko: string }[];
        requests.push(batch);
        const machine = ['He laughed.', 'She said she likes reading books at home on rainy days.', 'The end.'];
        return HttpResponse.json({
          id: 'c1',
          object: 'chat.completion',
          created: 0,
          model: 'gpt-4o-mini',
          choices: [
            {
              index: 0,
              finish_reason: 'stop',
              message: { role: 'assistant', content: JSON.stringify({ translations: batch.map((item) => ({ id: item.id, en: machine[item.id] })) }) },
            },
          ],
        });
      }),
    );
    const files = tempFiles({ 'ko.txt': ko.join('\n') + '\n', 'en.txt': en.join('\n') + '\n' });
    const lines = await runInProcess({ ko: files['ko.txt']!, en: files['en.txt']!, mt: true });
    expect(requests).toHaveLength(1);
    const links = lines.map((line) => JSON.parse(line) as { ko: number[]; en: number[] });
    expect(links.map((link) => [link.ko, link.en])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });

  it('ignores ids a confused MT reply invents', async () => {
    server.use(
      http.post(`${BASE}/chat/completions`, () =>
        HttpResponse.json({
          id: 'c2',
          object: 'chat.completion',
          created: 0,
          model: 'm',
          choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: '{"translations":[{"id":7,"en":"x"},{"id":1,"en":"Rain."}]}' } }],
        }),
      ),
    );
    const client = new OpenAI({ apiKey: 'sk-test', baseURL: BASE, maxRetries: 0 });
    expect(await machineTranslate({ client }, ['가', '비', '다'])).toEqual(['', 'Rain.', '']);
  });

  it('needs a key for --embeddings', async () => {
    delete process.env.OPENAI_API_KEY;
    const files = tempFiles({ 'ko.txt': '가\n', 'en.txt': 'a\n' });
    await expect(runInProcess({ ko: files['ko.txt']!, en: files['en.txt']!, embeddings: true })).rejects.toThrow(UserError);
  });

  it('bags of words make equal texts similar', () => {
    const a = bagOfWords('She likes to read at home');
    const b = bagOfWords('She likes reading books at home');
    const c = bagOfWords('Markets fell sharply');
    const dot = (x: Float32Array, y: Float32Array) => x.reduce((sum, v, k) => sum + v * y[k]!, 0);
    expect(dot(a, b)).toBeGreaterThan(dot(a, c));
  });
});
