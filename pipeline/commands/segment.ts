// `dari segment FILE|-`: paragraphs separated by blank lines in, one JSON line per paragraph out:
// {"sentences": [...]}. Reads and writes incrementally, so memory stays flat on any file size.
import fs from 'node:fs';
import v8 from 'node:v8';
import { once } from 'node:events';
import { threadsOption, type Command } from './command.js';
import { UserError } from '../errors.js';
import { bomEncoding } from '../ingest/text-stream.js';
import { resolveSegmentOptions, type SegmentOptions } from '../segment/options.js';
import { ByteFeeder, ParagraphSplitter, WRITE_CHUNK } from '../segment/stream.js';
import { MAX_AUTO_THREADS, PARALLEL_MIN_BYTES, threadPlan } from '../segment/threads.js';

/** Input is read in chunks of this many bytes (larger chunks only raise peak memory). */
const READ_CHUNK = 1 << 20;

/** V8's cap on bytecode inlined into one optimized function (its default is 920). */
const INLINE_BUDGET = 300;

export const segmentCommand: Command = {
  name: 'segment',
  summary: 'Split Korean paragraphs (blank-line separated) into sentences, one JSON line per paragraph.',
  usage: 'segment FILE|- [--split-lines] [--no-endings] [--debug] [--threads N]',
  options: {
    'split-lines': { type: 'boolean', description: 'Treat every line break inside a paragraph as a sentence boundary.' },
    'no-endings': { type: 'boolean', description: 'Cut only at punctuation and line breaks, never at an ending without punctuation.' },
    debug: { type: 'boolean', description: 'Print every place considered, the decision and the rule that made it, on stderr.' },
    threads: {
      type: 'string',
      value: 'N',
      description: `Threads that segment a file: the main thread and N - 1 workers (1: all on the main thread). Default: on 2 CPUs or more, for files of ${PARALLEL_MIN_BYTES >> 20} MB and more, one per CPU (at most ${MAX_AUTO_THREADS}) if a CPU was idle while the main thread segmented the first megabyte, else one; stdin and --debug always use one. Same output either way.`,
    },
  },
  positionals: [1, 1],
  async run(args) {
    const file = args.positionals[0]!;
    const options = resolveSegmentOptions({ splitLines: args.values['split-lines'] === true, splitAtEndings: args.values['no-endings'] !== true });
    const debug = args.values.debug === true;
    const requested = threadsOption(args, 'segment');
    const fd = file === '-' ? undefined : openInput(file);
    const encoding = fd === undefined ? undefined : fileEncoding(fd, file);
    // --debug numbers paragraphs on stderr as it goes: kept on one thread, as is stdin and a UTF-16 file.
    const plan = fd === undefined || debug || encoding !== 'utf-8' ? { threads: 1, auto: false } : threadPlan(requested, fs.fstatSync(fd).size);
    // Less inlining in V8's optimizing compiler: it compiles this command's hot functions on
    // background threads for ≈ 1 s of CPU per run, a fixed cost that competes with the work on
    // a busy machine; capping the inlined bytecode per function cuts that CPU by ≈ 10 % of the
    // process's total without slowing the main thread (docs/segment-speed.md). Set before any
    // segmenter function is optimized; it affects this process only (lower still once worker
    // threads start, ../segment/parallel.ts).
    v8.setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINE_BUDGET}`);
    if (fd !== undefined && (plan.threads > 1 || plan.auto)) {
      const { segmentParallel } = await import('../segment/parallel.js');
      await segmentParallel(fd, options, plan.threads, plan.auto);
      return 0;
    }
    const input =
      fd === undefined ? checkedStdin(process.stdin as AsyncIterable<Buffer>) : encoding === 'utf-8' ? readFile(fd) : asUtf8(readFile(fd), encoding!);
    await segmentStream(input, options, debug);
    return 0;
  },
};

function openInput(file: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UserError(`segment: cannot read ${file}: no such file (give a text file, or - for stdin)`);
  }
  if (stat.isDirectory()) throw new UserError(`segment: ${file} is a folder; give a text file, or - for stdin`);
  try {
    return fs.openSync(file, 'r');
  } catch (error) {
    throw new UserError(`segment: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'} (give a text file, or - for stdin)`);
  }
}

/** How many bytes at the start are checked for a BOM and for NUL bytes. */
const SNIFF_BYTES = 64 * 1024;

type Encoding = ReturnType<typeof bomEncoding>;

/** UTF-16 by its byte order mark, else UTF-8; NUL bytes without a UTF-16 BOM mean a binary file, refused. */
function sniff(head: Uint8Array, name: string): Encoding {
  const encoding = bomEncoding(head);
  if (encoding === 'utf-8' && head.subarray(0, SNIFF_BYTES).includes(0)) {
    throw new UserError(`segment: ${name} is a binary file (it holds NUL bytes), or UTF-16 without a byte order mark; give a UTF-8 text file`);
  }
  return encoding;
}

/** The encoding of an open file, from its first bytes (read in place: the file position does not move). */
function fileEncoding(fd: number, name: string): Encoding {
  const head = Buffer.alloc(SNIFF_BYTES);
  return sniff(head.subarray(0, fs.readSync(fd, head, 0, SNIFF_BYTES, 0)), name);
}

/** UTF-16 bytes as UTF-8 bytes, chunk by chunk (the BOM dropped). */
async function* asUtf8(input: Iterable<Buffer> | AsyncIterable<Buffer>, encoding: Encoding): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of input) yield Buffer.from(decoder.decode(chunk, { stream: true }));
  yield Buffer.from(decoder.decode());
}

/** stdin, checked like a file: UTF-16 (by its BOM) transcoded, binary refused before anything is printed. */
async function* checkedStdin(input: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let head: Buffer = Buffer.alloc(0);
  const chunks = input[Symbol.asyncIterator]();
  // Enough bytes to see a BOM and the NULs of a binary file (stdin may deliver them a few at a time).
  while (head.length < SNIFF_BYTES) {
    const next = await chunks.next();
    if (next.done) break;
    head = head.length === 0 ? next.value : Buffer.concat([head, next.value]);
  }
  const rest = (async function* () {
    yield head;
    for (;;) {
      const next = await chunks.next();
      if (next.done) return;
      yield next.value;
    }
  })();
  const encoding = sniff(head, '<stdin>');
  yield* encoding === 'utf-8' ? rest : asUtf8(rest, encoding);
}

/** Bytes of a file, read synchronously in large chunks (a fresh buffer each, so slices of it stay valid). */
function* readFile(fd: number): Generator<Buffer> {
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(READ_CHUNK);
      const length = fs.readSync(fd, chunk, 0, READ_CHUNK, null);
      if (length === 0) return;
      yield length < READ_CHUNK ? chunk.subarray(0, length) : chunk;
    }
  } finally {
    fs.closeSync(fd);
  }
}

async function segmentStream(input: Iterable<Buffer | string> | AsyncIterable<Buffer | string>, options: SegmentOptions, debug: boolean): Promise<void> {
  const splitter = new ParagraphSplitter(options, debug);
  const feeder = new ByteFeeder(splitter);
  for await (const chunk of input) {
    feeder.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    if (splitter.size >= WRITE_CHUNK) await write(splitter);
  }
  feeder.end();
  await write(splitter);
}

async function write(splitter: ParagraphSplitter): Promise<void> {
  const chunk = splitter.take();
  if (chunk.length === 0) return;
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  // Written through already (a file, or a pipe with room: synchronous on Linux): its buffer is free again.
  else if (process.stdout.writableLength === 0) splitter.release();
}
