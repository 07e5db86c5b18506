// Worker thread of `dari segment --threads N` (see ./parallel.ts): segments the chunks of a file the
// main thread hands it, each cut at a paragraph boundary, and hands back each chunk's JSON lines.
// An entry of the launcher's build (bin/dari.mjs), so it runs as bundled JavaScript like the CLI.
import { parentPort, workerData } from 'node:worker_threads';
import type { SegmentOptions } from './options.js';
import { ParagraphSplitter, lastLineFeed } from './stream.js';

// Every buffer that goes between the threads is a SharedArrayBuffer: handed over without a copy and
// never detached. (Moving an ArrayBuffer detaches it, and the first detach in a thread throws away
// all of its optimized code that reads typed arrays: V8 compiles the segmenter a second time, ≈ 40 %
// more compile CPU per worker, and then with a detach check on every typed-array read.)

/** What the main thread sends: one chunk, which starts where a paragraph starts, in `buffer[0, length)`. */
export interface ChunkTask {
  id: number;
  buffer: SharedArrayBuffer;
  length: number;
  /** The file's first chunk (a byte-order mark at its start is dropped). */
  first: boolean;
  /** The file's last chunk (its last paragraph may end without a line feed). */
  last: boolean;
}

/** A buffer of this worker's output, written and handed back by the main thread for reuse. */
export interface Recycle {
  recycle: SharedArrayBuffer;
}

/**
 * What the worker sends back: the chunk's output, exactly what the single-thread path prints for
 * it, in `buffer[0, length)`, and the task's buffer to read into again.
 */
export interface ChunkResult {
  id: number;
  buffer: SharedArrayBuffer;
  length: number;
  input: SharedArrayBuffer;
}

/** The worker's `workerData`. Without options, the worker was started ahead (see `prespawn` in ./parallel.ts) and gets them in a `Configure` message first. */
export interface WorkerSetup {
  dariSegment: true;
  options?: SegmentOptions;
}

/** The options of a worker started ahead, sent before its first chunk. */
export interface Configure {
  options: SegmentOptions;
}

/**
 * Segments chunk after chunk. A chunk that is not the last ends just after a blank line that
 * closes a paragraph, so the splitter has nothing pending after it and reads the next chunk as it
 * would have read the same bytes in one stream: one splitter serves every chunk but the first.
 */
export class ChunkSegmenter {
  readonly #options: SegmentOptions;
  #splitter: ParagraphSplitter;
  // ignoreBOM: the splitter drops a byte-order mark itself, as on the single-thread path.
  readonly #decoder = new TextDecoder('utf-8', { ignoreBOM: true });

  constructor(options: SegmentOptions) {
    this.#options = options;
    this.#splitter = new ParagraphSplitter(options, false, false);
  }

  /** Buffers of output handed back by the main thread (see Recycle). */
  readonly #free: SharedArrayBuffer[] = [];

  recycle(buffer: SharedArrayBuffer): void {
    this.#free.push(buffer);
  }

  /** The chunk being segmented, copied out of its shared buffer (see `segment`); reused chunk after chunk. */
  #input: Buffer = Buffer.allocUnsafeSlow(0);

  /**
   * Segments one chunk; returns its output in a buffer of its own, `[0, length)`. The chunk's bytes
   * are first copied into a buffer of this thread's own: V8 copies bytes out of a SharedArrayBuffer
   * one at a time unless both sides are 8-byte aligned (`TypedArray#set`), and the splitter copies
   * every sentence from its input at arbitrary offsets — one aligned copy of the chunk costs less
   * (instructions −2 % on 40 MB with a worker, docs/segment-speed.md, session 11). Nothing of a
   * chunk is held after it (it ends where a paragraph closes), so the copy is reused.
   */
  segment(shared: Buffer, first: boolean, last: boolean): { buffer: SharedArrayBuffer; length: number } {
    if (this.#input.length < shared.length) this.#input = Buffer.allocUnsafeSlow(Math.max(shared.length, this.#input.length * 2));
    this.#input.set(shared);
    const bytes = this.#input.subarray(0, shared.length);
    const splitter = first ? new ParagraphSplitter(this.#options, false, true) : this.#splitter;
    const decoder = this.#decoder;
    const lastLine = lastLineFeed(bytes);
    // As the single-thread path: text up to the last line feed, then a final line without one.
    if (lastLine !== -1) {
      const head = bytes.subarray(0, lastLine + 1);
      splitter.push(head, decoder.decode(head, { stream: true }));
    }
    if (last) {
      const rest = bytes.subarray(lastLine + 1);
      if (rest.length > 0) splitter.push(rest, decoder.decode(rest, { stream: true }) + decoder.decode());
      splitter.end();
    }
    const out = splitter.take();
    // Copied into a shared buffer (the splitter writes on into its own).
    let buffer = this.#free.pop();
    if (buffer === undefined || buffer.byteLength < out.length) buffer = new SharedArrayBuffer(Math.max(out.length, 2 << 20));
    new Uint8Array(buffer).set(out);
    splitter.release();
    return { buffer, length: out.length };
  }
}

const setup = workerData as WorkerSetup | undefined;
if (parentPort && setup?.dariSegment) {
  const port = parentPort;
  let segmenter = setup.options ? new ChunkSegmenter(setup.options) : undefined;
  // Tests only: make the worker fail on its second chunk, to check the main thread reports it.
  const fail = process.env.DARI_SEGMENT_WORKER_FAIL;
  let tasks = 0;
  port.on('message', (message: ChunkTask | Recycle | Configure) => {
    if ('options' in message) {
      segmenter = new ChunkSegmenter(message.options);
      return;
    }
    if ('recycle' in message) {
      segmenter!.recycle(message.recycle);
      return;
    }
    const task = message;
    if (fail && ++tasks === 2) {
      if (fail === 'exit') process.exit(3);
      throw new Error('test failure (DARI_SEGMENT_WORKER_FAIL)');
    }
    const out = segmenter!.segment(Buffer.from(task.buffer, 0, task.length), task.first, task.last);
    const result: ChunkResult = { id: task.id, buffer: out.buffer, length: out.length, input: task.buffer };
    port.postMessage(result);
  });
}
