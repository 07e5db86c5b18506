// `dari segment FILE --threads N`: a file segmented by the main thread and N - 1 worker threads. The
// main thread reads the file, cuts it into chunks at paragraph boundaries, hands each chunk to a
// worker with room (./segment-worker.ts) or segments it itself, and writes the chunks' output
// strictly in input order. At most a few chunks are in flight at a time, so memory does not grow
// with the file. The output is byte for
// byte what the single-thread path prints (a chunk boundary is a place where that path closes a
// paragraph too, and each worker reads its chunks as that path reads the same bytes).
import fs from 'node:fs';
import os from 'node:os';
import { once } from 'node:events';
import v8 from 'node:v8';
import type { Worker } from 'node:worker_threads';
import { EXIT, UserError } from '../errors.js';
import type { SegmentOptions } from './options.js';
import { ChunkSegmenter, type ChunkResult, type ChunkTask, type Configure, type Recycle, type WorkerSetup } from './segment-worker.js';
import { CpuProbe } from './threads.js';
import { startWorker } from '../worker-thread.js';

/** Bytes read at a time; a chunk is about one read (from its cut to the next read's last cut). */
export const CHUNK_BYTES = 1 << 20;
/** Chunks a worker holds at most: one being segmented, one waiting. */
const IN_FLIGHT_PER_WORKER = 2;
/**
 * Chunks the main thread may segment while the oldest chunk is still with a worker (each holds
 * ≈ 1–2 MB of output). A worker's first chunk takes as long as ten or so of the main thread's
 * (its isolate starts, then compiles the segmenter while it runs): with room for 6 the main thread
 * sat idle ≈ 80 ms of a 0.8 s run waiting for it (idle machine, session 11).
 */
const MAIN_AHEAD = 14;
/** V8's cap on bytecode inlined into one optimized function once workers start (see ../commands/segment.ts): each compiles the segmenter again (instructions −5 % on 10 MB, 2 workers). */
const INLINE_BUDGET_THREADS = 100;
/** V8's largest semi-space, in MB, once workers start. */
const WORKER_SEMI_SPACE_MB = 4;

/**
 * Where the bytes of `block` may be cut so that the single-thread path would close a paragraph
 * there too: just after a blank line (spaces, tabs and carriage returns only) whose line feed
 * follows a line with some other character. That line's line feed is always one the splitter
 * tests for a following blank line (it only skips the line feeds of blank lines it consumed), so
 * it closes the paragraph there and starts the next one just after the blank line, as a fresh
 * splitter on the rest would. Searched backward from the end; -1 if none lies wholly in `block`.
 */
export function findCut(block: Uint8Array): number {
  for (let end = block.lastIndexOf(0x0a); end > 0; ) {
    // `end` ends a candidate blank line; find the line feed before it, over spaces, tabs, CRs.
    let k = end - 1;
    while (k >= 0 && (block[k] === 0x20 || block[k] === 0x09 || block[k] === 0x0d)) k--;
    if (k < 0) return -1;
    if (block[k] === 0x0a) {
      // A blank line [k + 1, end): the line before it must hold a character other than white space.
      let j = k - 1;
      while (j >= 0 && (block[j] === 0x20 || block[j] === 0x09 || block[j] === 0x0d)) j--;
      if (j >= 0 && block[j] !== 0x0a) return end + 1;
      end = k;
    } else {
      end = block.lastIndexOf(0x0a, k);
    }
  }
  return -1;
}

/**
 * A segment worker. Sets V8's flags for worker isolates first (each reads them as it starts): less
 * inlining keeps each worker's compile of the segmenter smaller, its young generation is capped
 * (three heaps that grow their semi-spaces to V8's default 16 MB each made peak RSS creep up over a
 * long file), and it compiles on its own thread, not on V8's background threads: a worker is
 * started only to use a core of its own, and compiling there gives it optimized code as soon as a
 * function is hot, where a background compile waits for a core and the worker runs unoptimized
 * code meanwhile (the main thread keeps its background compiles). Same CPU, less wall time
 * (docs/segment-speed.md, session 7). Without `options` it waits for a Configure message.
 */
function newWorker(options: SegmentOptions | undefined): Worker {
  workerFlags();
  const setup: WorkerSetup = options === undefined ? { dariSegment: true } : { dariSegment: true, options };
  return startWorker(import.meta.resolve('./segment-worker.js'), setup);
}

/** DARI_SEGMENT_AHEAD=0: never start a worker ahead; 1 (tests): always, and take it as if the machine were idle. */
const AHEAD = process.env.DARI_SEGMENT_AHEAD;

/**
 * V8's flags for workers (see `newWorker`); the inlining cap and loop peeling, global to the
 * process, hold for the main thread's later compiles too. Without loop peeling each isolate's
 * compile of the segmenter is ≈ 15 % smaller, for code that runs ≈ 2 % slower: a gain when two
 * isolates each compile it for half the file (instructions −2.4 % on 40 MB with a worker,
 * docs/segment-speed.md, session 11; on one thread it is even, session 5).
 */
function workerFlags(): void {
  v8.setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINE_BUDGET_THREADS}`);
  v8.setFlagsFromString('--no-turbo-loop-peeling');
  v8.setFlagsFromString(`--max-semi-space-size=${WORKER_SEMI_SPACE_MB}`);
  v8.setFlagsFromString('--no-concurrent-recompilation');
}

/** A worker started ahead by `prespawn`, until `segmentParallel` takes it or lets it go. */
let ahead: { worker: Worker; failed: boolean } | undefined;

/**
 * Starts one segment worker at once, as `dari segment FILE` starts (bin/dari.mjs calls this before
 * it loads the CLI, for a file of PARALLEL_MIN_BYTES or more without --threads, --debug or stdin),
 * if no other process is running on this machine right now (/proc/loadavg: runnable tasks other
 * than this one, at most CPUs − 1.5, the rule `CpuProbe.spare` applies to the CPU time since the
 * start). The worker's isolate then starts and loads the segmenter while the main thread loads the
 * CLI, instead of after it; `segmentParallel` adopts it if the machine still had a CPU to spare
 * since the start, and ends it otherwise. It holds no reference to the event loop until adopted.
 */
export function prespawn(): void {
  if (ahead !== undefined || os.availableParallelism() < 2 || AHEAD === '0') return;
  if (AHEAD !== '1') {
    let running: number;
    try {
      running = Number(fs.readFileSync('/proc/loadavg', 'latin1').split(' ')[3]!.split('/')[0]);
    } catch {
      return;
    }
    if (!(running - 1 <= os.availableParallelism() - 1.5)) return;
  }
  const started = { worker: newWorker(undefined), failed: false };
  started.worker.unref();
  started.worker.on('error', () => (started.failed = true));
  started.worker.on('exit', () => (started.failed = true));
  ahead = started;
}

/** The worker `prespawn` started, if it is alive (and no longer the module's). */
function takeAhead(): Worker | undefined {
  const started = ahead;
  ahead = undefined;
  if (started === undefined) return undefined;
  if (started.failed) return undefined;
  started.worker.removeAllListeners();
  started.worker.ref();
  return started.worker;
}

/** Ends a worker started ahead that is not used. */
function dropAhead(): void {
  const started = ahead;
  ahead = undefined;
  void started?.worker.terminate();
}

interface Slot {
  worker: Worker;
  busy: number;
}

interface Output {
  buffer: SharedArrayBuffer;
  length: number;
  /** The worker that wrote it, or undefined: the main thread's segmenter. */
  slot: Slot | undefined;
}

/**
 * Segments the file open at `fd`, writing to stdout in input order, with up to `threads` threads:
 * the main thread reads the file, cuts it into chunks at paragraph boundaries and segments chunks
 * itself, and each of `threads - 1` workers takes a chunk whenever it has fewer than two in hand.
 * With `auto`, the main thread segments the first chunk alone and starts the workers only if the
 * machine had a CPU to spare meanwhile (./threads.ts: every worker compiles the segmenter again, so
 * on a busy machine it only adds CPU); without workers this is the single-thread path read in
 * chunks (same bytes). Buffers are shared between the threads (never copied nor moved) and reused,
 * so a run allocates the same few megabytes whatever the file's size. A worker that fails ends the
 * run with one line (a UserError, exit 1); nothing waits forever.
 */
export async function segmentParallel(fd: number, options: SegmentOptions, threads: number, auto = false): Promise<void> {
  const probe = auto ? new CpuProbe() : undefined;
  const size = auto ? fs.fstatSync(fd).size : 0;
  // The main thread's own segmenter, the same a worker runs.
  const segmenter = new ChunkSegmenter(options);
  const results = new Map<number, Output>();
  /** Input buffers free again (segmented, or handed back by a worker). */
  const free: SharedArrayBuffer[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  const fail = (message: string) => {
    failure ??= new UserError(`segment: a worker thread failed: ${message} (output stopped at a paragraph boundary; --threads 1 segments on the main thread)`, { exitCode: EXIT.failed });
    notify();
  };
  let finished = false;
  const slots: Slot[] = [];
  const startWorkers = (count: number) => {
    // (Set again for a worker started ahead: the command has since set the main thread's cap.)
    if (count > 0) workerFlags();
    for (let k = 0; k < count; k++) {
      let worker = k === 0 ? takeAhead() : undefined;
      if (worker !== undefined) worker.postMessage({ options } satisfies Configure);
      else worker = newWorker(options);
      const slot: Slot = { worker, busy: 0 };
      worker.on('message', (result: ChunkResult) => {
        slot.busy--;
        free.push(result.input);
        results.set(result.id, { buffer: result.buffer, length: result.length, slot });
        notify();
      });
      worker.on('error', (error: Error) => {
        if (process.env.DARI_DEBUG || process.env.DARI_SEGMENT_REPORT) process.stderr.write(`${String(error.stack)}\n`);
        fail(error.message.split('\n')[0]!);
      });
      worker.on('exit', (code) => {
        if (!finished) fail(`it exited with code ${code}`);
      });
      slots.push(slot);
    }
  };
  if (!auto) startWorkers(threads - 1);
  let sent = 0;
  let written = 0;
  let probed = !auto;
  /**
   * Auto: starts the workers if a CPU is to spare; `final`: decide now, even on a short measure. A
   * worker started ahead (`prespawn`: nothing else was running as the process started) is taken
   * at once when the stretch since the start is still too short to measure, else as the measure says.
   */
  const decide = (final: boolean) => {
    if (probed) return;
    const others = probe!.othersBusy();
    if (others === undefined && !final && ahead === undefined) return;
    probed = true;
    const started = ahead !== undefined;
    const spare = (started && (others === undefined || AHEAD === '1')) || probe!.spare(size);
    if (process.env.DARI_DEBUG || process.env.DARI_SEGMENT_REPORT) process.stderr.write(`segment: other processes kept ${others?.toFixed(2) ?? 'an unknown number of'} CPUs busy ${sent === 0 ? 'since the start' : 'over the first chunk'}; ${spare ? threads - 1 : 0} workers${started ? ` (one started ahead${spare ? '' : ', ended'})` : ''}\n`);
    if (spare) startWorkers(threads - 1);
    else dropAhead();
  };
  // Measured since the launcher started, the stretch may be long enough already: then a worker
  // starts before the main thread segments anything; else the first chunk makes the stretch.
  decide(false);
  /** Writes every result ready in order; if `wait`, first waits until the next one is ready (a result, a failure). */
  const progress = async (wait: boolean) => {
    if (failure) throw failure;
    let ready = results.get(written);
    if (ready === undefined && wait) {
      await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure;
      ready = results.get(written);
    }
    while (ready !== undefined) {
      results.delete(written);
      written++;
      if (ready.length > 0 && !process.stdout.write(new Uint8Array(ready.buffer, 0, ready.length))) await once(process.stdout, 'drain');
      // Written through (a file, or a pipe with room): the buffer goes back to its segmenter.
      else if (process.stdout.writableLength === 0) {
        if (ready.slot === undefined) segmenter.recycle(ready.buffer);
        else if (!finished) ready.slot.worker.postMessage({ recycle: ready.buffer } satisfies Recycle);
      }
      if (failure) throw failure;
      ready = results.get(written);
    }
  };
  /** Chunks sent and not yet written: the workers' two each, and a few the main thread may run ahead of a slow worker. */
  const window = () => (slots.length === 0 ? 1 : IN_FLIGHT_PER_WORKER * slots.length + MAIN_AHEAD);
  /** Hands `buffer[0, length)` to the least busy worker with room, else segments it here. */
  const send = async (buffer: Uint8Array, length: number, last: boolean) => {
    while (sent - written >= window()) await progress(true);
    const id = sent++;
    let slot: Slot | undefined;
    for (const other of slots) if (other.busy < IN_FLIGHT_PER_WORKER && (slot === undefined || other.busy < slot.busy)) slot = other;
    if (slot !== undefined) {
      slot.busy++;
      const task: ChunkTask = { id, buffer: buffer.buffer as SharedArrayBuffer, length, first: id === 0, last };
      slot.worker.postMessage(task);
      return;
    }
    const out = segmenter.segment(Buffer.from(buffer.buffer, buffer.byteOffset, length), id === 0, last);
    free.push(buffer.buffer as SharedArrayBuffer);
    results.set(id, { buffer: out.buffer, length: out.length, slot: undefined });
    if (!last) decide(true);
    await progress(false);
    // Let the workers' messages in.
    if (slots.length > 0) await new Promise<void>((resolve) => setImmediate(resolve));
  };
  /** A buffer to read into, of at least `size` bytes: one free again, or a new one. */
  const take = (size: number) => {
    const buffer = free.pop();
    return new Uint8Array(buffer !== undefined && buffer.byteLength >= size ? buffer : new SharedArrayBuffer(size));
  };
  // Tests set a small read size to put many chunk boundaries into a small file.
  const chunkBytes = Number(process.env.DARI_SEGMENT_CHUNK_BYTES) || CHUNK_BYTES;
  try {
    // `buffer[0, size)`: bytes read since the last cut (a paragraph longer than a read spans several reads).
    let buffer = take(2 * chunkBytes);
    let size = 0;
    for (;;) {
      if (buffer.length - size < chunkBytes) {
        const grown = new Uint8Array(new SharedArrayBuffer(Math.max(buffer.length * 2, size + chunkBytes)));
        grown.set(buffer.subarray(0, size));
        buffer = grown;
      }
      const length = fs.readSync(fd, buffer, size, chunkBytes, null);
      if (length === 0) break;
      const end = size + length;
      const cut = findCut(buffer.subarray(0, end));
      if (cut === -1) {
        size = end;
        continue;
      }
      const next = take(Math.max(2 * chunkBytes, end - cut + chunkBytes));
      next.set(buffer.subarray(cut, end));
      await send(buffer, cut, false);
      buffer = next;
      size = end - cut;
    }
    // The rest (the last paragraph, or nothing): the last chunk is always sent, so the splitter's end runs last.
    await send(buffer, size, true);
    while (written < sent) await progress(true);
  } finally {
    finished = true;
    dropAhead();
    fs.closeSync(fd);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}
