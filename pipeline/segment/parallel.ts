// `dari segment FILE --threads N`: a file segmented by a pool of worker threads. The main thread
// reads the file, cuts it into chunks at paragraph boundaries, hands each chunk to the least busy
// worker (./segment-worker.ts) and writes the chunks' output strictly in input order. At most a few
// chunks are in flight at a time, so memory does not grow with the file. The output is byte for
// byte what the single-thread path prints (a chunk boundary is a place where that path closes a
// paragraph too, and each worker reads its chunks as that path reads the same bytes).
import fs from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { EXIT, UserError } from '../errors.js';
import type { SegmentOptions } from './options.js';
import type { ChunkResult, ChunkTask, Recycle, WorkerSetup } from './segment-worker.js';

/** Bytes read at a time; a chunk is about one read (from its cut to the next read's last cut). */
export const CHUNK_BYTES = 1 << 20;
/** Chunks in flight (sent and not yet written) per worker: one being segmented, one waiting. */
const IN_FLIGHT_PER_WORKER = 2;

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

/** The worker's file: beside this module in the launcher's flat build, or the TypeScript source under tsx. */
function workerUrl(): URL {
  // import.meta.resolve, not import.meta.url: the launcher's build points import.meta.url back at the source.
  const url = new URL(import.meta.resolve('./segment-worker.js'));
  if (url.pathname.endsWith('.js') && !fs.existsSync(fileURLToPath(url))) url.pathname = url.pathname.replace(/\.js$/, '.ts');
  return url;
}

interface Slot {
  worker: Worker;
  busy: number;
}

interface Output {
  buffer: SharedArrayBuffer;
  length: number;
  slot: Slot;
}

/**
 * Segments the file open at `fd` with `threads` workers (≥ 2), writing to stdout in input order.
 * Buffers are shared between the threads (never copied nor moved) and reused, so a run
 * allocates the same few megabytes whatever the file's size. A worker that fails ends the run with
 * one line (a UserError, exit 1); nothing waits forever.
 */
export async function segmentParallel(fd: number, options: SegmentOptions, threads: number): Promise<void> {
  const url = workerUrl();
  // Under tsx (tests, DARI_NO_BUILD=1) the worker is TypeScript: a worker does not inherit the
  // loader's hooks on Node 20, so a small bootstrap registers tsx in it first.
  const source = url.pathname.endsWith('.ts')
    ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`
    : undefined;
  const results = new Map<number, Output>();
  /** Input buffers the workers handed back. */
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
  for (let k = 0; k < threads; k++) {
    const setup: WorkerSetup = { dariSegment: true, options };
    const worker = source === undefined ? new Worker(url, { workerData: setup }) : new Worker(source, { eval: true, workerData: setup, execArgv: [] });
    const slot: Slot = { worker, busy: 0 };
    worker.on('message', (result: ChunkResult) => {
      slot.busy--;
      free.push(result.input);
      results.set(result.id, { buffer: result.buffer, length: result.length, slot });
      notify();
    });
    worker.on('error', (error: Error) => {
      if (process.env.DARI_DEBUG) process.stderr.write(`${String(error.stack)}\n`);
      fail(error.message.split('\n')[0]!);
    });
    worker.on('exit', (code) => {
      if (!finished) fail(`it exited with code ${code}`);
    });
    slots.push(slot);
  }
  let sent = 0;
  let written = 0;
  /** Writes every result ready in order, then waits until something changes (a result, a failure). */
  const progress = async () => {
    if (failure) throw failure;
    let ready = results.get(written);
    if (ready === undefined) {
      await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure;
      ready = results.get(written);
    }
    while (ready !== undefined) {
      results.delete(written);
      written++;
      if (ready.length > 0 && !process.stdout.write(new Uint8Array(ready.buffer, 0, ready.length))) await once(process.stdout, 'drain');
      // Written through (a file, or a pipe with room): the buffer goes back to its worker.
      else if (process.stdout.writableLength === 0 && !finished) ready.slot.worker.postMessage({ recycle: ready.buffer } satisfies Recycle);
      if (failure) throw failure;
      ready = results.get(written);
    }
  };
  const send = (buffer: Uint8Array, length: number, last: boolean) => {
    let slot = slots[0]!;
    for (const other of slots) if (other.busy < slot.busy) slot = other;
    slot.busy++;
    const task: ChunkTask = { id: sent, buffer: buffer.buffer as SharedArrayBuffer, length, first: sent === 0, last };
    slot.worker.postMessage(task);
    sent++;
  };
  /** A buffer to read into, of at least `size` bytes: one a worker handed back, or a new one. */
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
      while (sent - written >= threads * IN_FLIGHT_PER_WORKER) await progress();
      const next = take(Math.max(2 * chunkBytes, end - cut + chunkBytes));
      next.set(buffer.subarray(cut, end));
      send(buffer, cut, false);
      buffer = next;
      size = end - cut;
    }
    // The rest (the last paragraph, or nothing): the last chunk is always sent, so the splitter's end runs last.
    while (sent - written >= threads * IN_FLIGHT_PER_WORKER) await progress();
    send(buffer, size, true);
    while (written < sent) await progress();
  } finally {
    finished = true;
    fs.closeSync(fd);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}
