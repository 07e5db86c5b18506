// `dari segment --threads N`: worker threads print byte for byte what the single-thread path prints.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSegmentOptions } from '../pipeline/segment/options.js';
import { findCut } from '../pipeline/segment/parallel.js';
import { ChunkSegmenter } from '../pipeline/segment/segment-worker.js';
import { CpuProbe, MAX_AUTO_THREADS, PARALLEL_MIN_BYTES, threadCount, threadPlan } from '../pipeline/segment/threads.js';
import { ByteFeeder, ParagraphSplitter } from '../pipeline/segment/stream.js';

const root = path.resolve(import.meta.dirname, '..');
const launcher = path.join(root, 'bin/dari.mjs');
let dir = '';

function dari(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [launcher, 'segment', ...args], { cwd: root, encoding: 'buffer', maxBuffer: 1 << 28, env: { ...process.env, ...env } });
}

/** What the single-thread path prints for `bytes`, read in pieces of `piece` bytes (as commands/segment.ts reads). */
function single(bytes: Buffer, piece: number, splitLines = false): Buffer {
  const splitter = new ParagraphSplitter(resolveSegmentOptions({ splitLines }), false);
  const feeder = new ByteFeeder(splitter);
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += piece) {
    feeder.push(bytes.subarray(at, at + piece));
    if (splitter.size > 0) out.push(Buffer.from(splitter.take()));
  }
  feeder.end();
  out.push(Buffer.from(splitter.take()));
  return Buffer.concat(out);
}

/** The parallel path without threads: reads of `piece` bytes cut by findCut, chunks dealt round-robin to `workers` segmenters. */
function chunked(bytes: Buffer, piece: number, workers: number, splitLines = false): Buffer {
  const segmenters = Array.from({ length: workers }, () => new ChunkSegmenter(resolveSegmentOptions({ splitLines })));
  const out: Buffer[] = [];
  let id = 0;
  let start = 0;
  const send = (end: number, last: boolean) => {
    const segmenter = segmenters[id % workers]!;
    const { buffer, length } = segmenter.segment(Buffer.from(bytes.subarray(start, end)), id === 0, last);
    out.push(Buffer.from(buffer.slice(0, length)));
    segmenter.recycle(buffer);
    id++;
    start = end;
  };
  for (let end = Math.min(piece, bytes.length); ; end = Math.min(end + piece, bytes.length)) {
    const cut = findCut(bytes.subarray(start, end));
    if (cut !== -1) send(start + cut, false);
    if (end === bytes.length) break;
  }
  send(bytes.length, true);
  return Buffer.concat(out);
}

/** Odd inputs: line endings, byte-order marks, blank lines of spaces and tabs, controls, malformed UTF-8, no final line feed. */
const ODD: Record<string, Buffer> = {
  empty: Buffer.alloc(0),
  newline: Buffer.from('\n'),
  blanks: Buffer.from('\n\n \n\t\n\r\n\n'),
  bomOnly: Buffer.from('\ufeff'),
  bomBlank: Buffer.from('\ufeff\n\n첫 문단이다.\n'),
  noFinalNewline: Buffer.from('첫 문단이다. 둘째 문장이다\n\n마지막 문단은 줄바꿈 없이 끝난다'),
  crlf: Buffer.from('\ufeff첫 문단이다. 둘째 문장이다\r\n이어진 줄이다.\r\n\r\n\r\n"인용이다." 그가 말했다.\r\n  \r\n끝 ㅋㅋ\r\n'),
  spacesBlank: Buffer.from('가나다라 했다.\n   \n\t\t\n마바사 했다\n \t \n\n\n\n아자차 했다.  \n'),
  controls: Buffer.from('제어 \u0001문자\u0007가 있다. "따옴표\\" 도\t있다.\n\n\u0000널 문자다.\n'),
  malformed: Buffer.concat([Buffer.from('깨진 바이트 '), Buffer.from([0xe0, 0x80, 0x0a, 0x0a, 0xed, 0xa0]), Buffer.from(' 다음 문단이다.\n\n'), Buffer.from([0xea, 0xb0])]),
};

/** Korean paragraphs with the oddities above mixed in, `count` of them. */
function generated(count: number, seed: number): Buffer {
  let state = seed;
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const sentences = ['오늘은 날씨가 맑았다.', '그는 "내일 다시 오겠다"라고 말했다.', '정말요?', '좋아요 ㅋㅋ', '가격은 1조2000억 원이다', '(괄호 안의 말이다.)', 'U.S. 경제는 3.5% 성장했다.', '회의는 6~8일 열린다.', 'https://example.com/a.b 를 보라.', '제목 없는 줄'];
  const breaks = ['\n\n', '\n\n\n', '\n \n', '\r\n\r\n', '\n\t\r\n', '\n\n\n\n', '\n'];
  const parts: string[] = [];
  for (let k = 0; k < count; k++) {
    const length = 1 + Math.floor(random() * 6);
    for (let s = 0; s < length; s++) parts.push(pick(sentences), random() < 0.2 ? '\n' : ' ');
    parts.push(pick(breaks));
  }
  return Buffer.from(parts.join(''));
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dari-segthreads-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('threadCount', () => {
  it('takes --threads as given; auto: workers for large files when a CPU is idle', () => {
    expect(threadCount(1, 1 << 30, 8, 0)).toBe(1);
    expect(threadCount(3, 0, 1, 9)).toBe(3);
    expect(threadCount(undefined, PARALLEL_MIN_BYTES, 2, 0.5)).toBe(2);
    expect(threadCount(undefined, PARALLEL_MIN_BYTES, 16, 0)).toBe(MAX_AUTO_THREADS);
    expect(threadCount(undefined, PARALLEL_MIN_BYTES - 1, 2, 0)).toBe(1);
    expect(threadCount(undefined, PARALLEL_MIN_BYTES, 1, 0)).toBe(1);
    expect(threadCount(undefined, PARALLEL_MIN_BYTES, 2, 1.5)).toBe(1);
  });
});

describe('threadPlan and CpuProbe', () => {
  it('takes --threads as given; auto (workers if a CPU turns out idle) for large files on 2 CPUs or more', () => {
    expect(threadPlan(1, 1 << 30, 8)).toEqual({ threads: 1, auto: false });
    expect(threadPlan(3, 0, 1)).toEqual({ threads: 3, auto: false });
    expect(threadPlan(undefined, PARALLEL_MIN_BYTES, 2)).toEqual({ threads: 2, auto: true });
    expect(threadPlan(undefined, PARALLEL_MIN_BYTES, 16)).toEqual({ threads: MAX_AUTO_THREADS, auto: true });
    expect(threadPlan(undefined, PARALLEL_MIN_BYTES - 1, 2)).toEqual({ threads: 1, auto: false });
    expect(threadPlan(undefined, PARALLEL_MIN_BYTES, 1)).toEqual({ threads: 1, auto: false });
  });

  it('measures the CPU other processes take (Linux), this process\'s own CPU left out', () => {
    const probe = new CpuProbe(os.availableParallelism());
    expect(probe.othersBusy()).toBeUndefined(); // too short to say
    const until = Date.now() + 120;
    let x = 0;
    while (Date.now() < until) x += Math.sqrt(x + 1);
    expect(x).toBeGreaterThan(0);
    const others = probe.othersBusy();
    if (!fs.existsSync('/proc/stat')) return expect(others).toBeUndefined();
    expect(others).toBeGreaterThanOrEqual(0);
    expect(others).toBeLessThanOrEqual(os.availableParallelism());
    expect(typeof probe.spare(PARALLEL_MIN_BYTES)).toBe('boolean');
  });
});

describe('chunk boundaries (findCut) and chunk segmenters', () => {
  it('cuts only just after a blank line that follows a line with text', () => {
    expect(findCut(Buffer.from('가\n\n나'))).toBe(3 + 2);
    expect(findCut(Buffer.from('가\r\n \t\r\n나\n'))).toBe(3 + 6);
    // No cut: no blank line, a blank line at the start (the line before it is unseen), blank lines only.
    expect(findCut(Buffer.from('가\n나\n'))).toBe(-1);
    expect(findCut(Buffer.from('\n\n가\n'))).toBe(-1);
    expect(findCut(Buffer.from(' \n\n\n'))).toBe(-1);
    // The last such place: after the second paragraph's blank line, not inside the run of blank lines.
    expect(findCut(Buffer.from('가\n\n나\n\n\n\n'))).toBe(3 + 2 + 3 + 2);
  });

  it('gives the single-thread output on odd inputs, whatever the read size and number of workers', () => {
    for (const [name, bytes] of Object.entries(ODD)) {
      for (const piece of [1, 2, 3, 5, 8, 64]) {
        for (const workers of [1, 2, 3]) {
          expect(chunked(bytes, piece, workers).equals(single(bytes, 1 << 20)), `${name}, reads of ${piece}, ${workers} workers`).toBe(true);
        }
      }
    }
  });

  it('gives the single-thread output on generated paragraphs (default and --split-lines), order kept', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const bytes = generated(40, seed);
      const expected = single(bytes, 1 << 20);
      for (const piece of [7, 50, 333]) expect(chunked(bytes, piece, 2).equals(expected), `seed ${seed}, reads of ${piece}`).toBe(true);
      expect(chunked(bytes, 97, 3, true).equals(single(bytes, 1 << 20, true)), `seed ${seed}, --split-lines`).toBe(true);
    }
  });
});

describe('dari segment --threads', () => {
  it('prints the same bytes with workers as on one thread: odd file, small reads (many chunks)', () => {
    // A BOM, CRLF, controls, malformed UTF-8, a 0.9 MB paragraph across many reads, no final line feed.
    const bytes = Buffer.concat([ODD.crlf!, generated(1500, 3), ODD.controls!, ODD.malformed!, Buffer.from('\n\n'), Buffer.from(`${'아주 긴 문단의 문장이다. '.repeat(3000)}\n\n`), ODD.spacesBlank!, generated(1500, 8), ODD.noFinalNewline!]);
    const file = path.join(dir, 'odd.txt');
    fs.writeFileSync(file, bytes);
    const one = dari([file, '--threads', '1']);
    expect(one.status, one.stderr.toString()).toBe(0);
    const two = dari([file, '--threads', '2'], { DARI_SEGMENT_CHUNK_BYTES: '4096' });
    expect(two.status, two.stderr.toString()).toBe(0);
    expect(two.stderr.toString()).toBe('');
    expect(two.stdout.equals(one.stdout)).toBe(true);
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    expect(dari([empty, '--threads', '2']).stdout.length).toBe(0);
    // --split-lines with three workers.
    const lines = dari([file, '--split-lines', '--threads', '3'], { DARI_SEGMENT_CHUNK_BYTES: '8192' });
    expect(lines.status).toBe(0);
    expect(lines.stdout.equals(dari([file, '--split-lines', '--threads', '1']).stdout)).toBe(true);
  }, 60_000);

  it('prints the same bytes by default (workers when a CPU is idle) as --threads 1 on a multi-MB file', () => {
    const file = path.join(dir, 'large.txt');
    const block = generated(2000, 11);
    fs.writeFileSync(file, Buffer.concat(Array.from({ length: Math.ceil((4.2 * (1 << 20)) / block.length) }, () => block)));
    const one = dari([file, '--threads', '1']);
    const auto = dari([file]);
    expect(auto.status, auto.stderr.toString()).toBe(0);
    expect(auto.stdout.equals(one.stdout)).toBe(true);
  }, 60_000);

  it('starts a worker ahead from the launcher on a large file, takes it if the machine is idle and ends it if not: same bytes', () => {
    const file = path.join(dir, 'large-ahead.txt');
    const block = generated(2000, 13);
    fs.writeFileSync(file, Buffer.concat(Array.from({ length: Math.ceil((4.2 * (1 << 20)) / block.length) }, () => block)));
    const one = dari([file, '--threads', '1']);
    // DARI_SEGMENT_AHEAD=1: started and taken whatever the load; 0: never started.
    const taken = dari([file, '--split-lines'], { DARI_SEGMENT_AHEAD: '1', DARI_SEGMENT_REPORT: '1', DARI_SEGMENT_CHUNK_BYTES: String(1 << 18) });
    expect(taken.status, taken.stderr.toString()).toBe(0);
    expect(taken.stderr.toString()).toContain('1 workers (one started ahead)');
    expect(taken.stdout.equals(dari([file, '--split-lines', '--threads', '1']).stdout)).toBe(true);
    const never = dari([file], { DARI_SEGMENT_AHEAD: '0', DARI_SEGMENT_REPORT: '1' });
    expect(never.stdout.equals(one.stdout)).toBe(true);
    expect(never.stderr.toString()).not.toContain('started ahead');
    // Not for stdin, --debug or explicit threads: the launcher starts nothing ahead.
    const threads = dari([file, '--threads', '2'], { DARI_SEGMENT_AHEAD: '1', DARI_SEGMENT_REPORT: '1' });
    expect(threads.stdout.equals(one.stdout)).toBe(true);
    expect(threads.stderr.toString()).not.toContain('started ahead');
  }, 120_000);

  it('runs its worker from the TypeScript source under tsx too', () => {
    const file = path.join(dir, 'generated.txt');
    fs.writeFileSync(file, generated(1000, 5));
    const tsx = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'pipeline/cli.ts'), 'segment', file, '--threads', '2'], {
      cwd: root,
      encoding: 'buffer',
      env: { ...process.env, DARI_SEGMENT_CHUNK_BYTES: '4096' },
    });
    expect(tsx.status, tsx.stderr.toString()).toBe(0);
    expect(tsx.stdout.equals(dari([file, '--threads', '1']).stdout)).toBe(true);
  }, 60_000);

  it('rejects a bad --threads and a bad file with one line and exit code 2', () => {
    for (const value of ['0', 'two', '65']) {
      const result = dari([path.join(dir, 'generated.txt'), `--threads=${value}`]);
      expect(result.status).toBe(2);
      expect(result.stderr.toString()).toMatch(/^dari: segment: --threads takes a whole number from 1 to 64, got `[^`]*`\n$/);
    }
    const missing = dari([path.join(dir, 'missing.txt'), '--threads', '2']);
    expect(missing.status).toBe(2);
    expect(missing.stderr.toString()).toMatch(/^dari: segment: cannot read .*missing\.txt: no such file[^\n]*\n$/);
    const folder = dari([dir, '--threads', '2']);
    expect(folder.status).toBe(2);
    expect(folder.stderr.toString().split('\n')).toHaveLength(2);
  });

  it('reports a worker that throws or exits with one line and exit code 1, without hanging', () => {
    const file = path.join(dir, 'generated.txt');
    for (const mode of ['throw', 'exit']) {
      const result = dari([file, '--threads', '2'], { DARI_SEGMENT_CHUNK_BYTES: '4096', DARI_SEGMENT_WORKER_FAIL: mode });
      expect(result.status, mode).toBe(1);
      const stderr = result.stderr.toString();
      expect(stderr).toMatch(/^dari: segment: a worker thread failed: [^\n]+\n$/);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  }, 30_000);
});
