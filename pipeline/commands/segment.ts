// `dari segment FILE|-`: paragraphs separated by blank lines in, one JSON line per paragraph out:
// {"sentences": [...]}. Reads and writes incrementally, so memory stays flat on any file size.
import fs from 'node:fs';
import { once } from 'node:events';
import type { Command } from './command.js';
import { UserError } from '../errors.js';
import { explainSplits, resolveSegmentOptions, type SegmentOptions } from '../segment/index.js';
import { splitRanges } from '../segment/splitter.js';

/** Output is written in chunks of about this many bytes; input is read in chunks of READ_CHUNK. */
const WRITE_CHUNK = 1 << 18;
const READ_CHUNK = 1 << 21;

export const segmentCommand: Command = {
  name: 'segment',
  summary: 'Split Korean paragraphs (blank-line separated) into sentences, one JSON line per paragraph.',
  usage: 'segment FILE|- [--split-lines] [--no-endings] [--debug]',
  options: {
    'split-lines': { type: 'boolean', description: 'Treat every line break inside a paragraph as a sentence boundary.' },
    'no-endings': { type: 'boolean', description: 'Cut only at punctuation and line breaks, never at an ending without punctuation.' },
    debug: { type: 'boolean', description: 'Print every place considered, the decision and the rule that made it, on stderr.' },
  },
  positionals: [1, 1],
  async run(args) {
    const file = args.positionals[0]!;
    const options = resolveSegmentOptions({ splitLines: args.values['split-lines'] === true, splitAtEndings: args.values['no-endings'] !== true });
    const debug = args.values.debug === true;
    const input = file === '-' ? (process.stdin as AsyncIterable<Buffer>) : readFile(openInput(file));
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
  // Bytes are decoded up to the last line feed of each chunk, so no character is ever cut in two.
  let rest: Buffer | undefined;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    const data = rest ? Buffer.concat([rest, bytes]) : bytes;
    const lastLine = data.lastIndexOf(0x0a);
    if (lastLine === -1) {
      rest = data;
      continue;
    }
    const head = data.subarray(0, lastLine + 1);
    splitter.push(head, head.toString('utf8'));
    rest = lastLine + 1 < data.length ? data.subarray(lastLine + 1) : undefined;
    if (splitter.size >= WRITE_CHUNK) await write(splitter.take());
  }
  if (rest) splitter.push(rest, rest.toString('utf8'));
  splitter.end();
  await write(splitter.take());
}

async function write(chunk: Buffer): Promise<void> {
  if (chunk.length > 0 && !process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

/** JSON escapes of the characters JSON.stringify escapes in a string from decoded UTF-8 (", \, controls), by char code. */
const ESCAPES: Array<Buffer | undefined> = Array.from({ length: 0x80 }, (_, code) =>
  code < 0x20 || code === 0x22 || code === 0x5c ? Buffer.from(JSON.stringify(String.fromCharCode(code)).slice(1, -1), 'latin1') : undefined,
);
const OPEN = Buffer.from('{"sentences":[');
const CLOSE = Buffer.from(']}\n');

/**
 * Cuts a stream of text into paragraphs at blank lines and segments each one. Sentences are copied
 * as bytes straight from the input into the output (with JSON escapes), so no sentence string is
 * built, stringified or encoded again; the output is byte for byte what JSON.stringify would print.
 */
class ParagraphSplitter {
  #out = Buffer.allocUnsafe(WRITE_CHUNK * 2);
  #size = 0;
  #pending = '';
  #pendingBytes: Buffer | undefined;
  #first = true;
  #index = 0;
  /** Walks `#data` to turn UTF-16 offsets into UTF-8 byte offsets; only moves forward. */
  #data = '';
  #bytes: Buffer = Buffer.alloc(0);
  #char = 0;
  #byte = 0;

  constructor(
    private readonly options: SegmentOptions,
    private readonly debug: boolean,
  ) {}

  get size(): number {
    return this.#size;
  }

  /** `bytes` and `text` hold the same characters, ending at a line feed or at the end of the input. */
  push(bytes: Buffer, text: string): void {
    let chunk = text;
    let chunkBytes = bytes;
    if (this.#first && chunk.charCodeAt(0) === 0xfeff) {
      chunk = chunk.slice(1);
      chunkBytes = chunkBytes[0] === 0xef ? chunkBytes.subarray(3) : Buffer.from(chunk);
    }
    this.#first = false;
    // Malformed UTF-8 decodes to U+FFFD; the bytes are then re-encoded so both sides still agree.
    if (chunk.includes('\ufffd')) chunkBytes = Buffer.from(chunk);
    const pendingLength = this.#pending.length;
    const data = pendingLength > 0 ? this.#pending + chunk : chunk;
    this.#data = data;
    this.#bytes = this.#pendingBytes && this.#pendingBytes.length > 0 ? Buffer.concat([this.#pendingBytes, chunkBytes]) : chunkBytes;
    this.#char = 0;
    this.#byte = 0;
    let from = 0;
    // A paragraph ends at a line that holds only spaces, tabs or a carriage return. The lines of
    // the pending paragraph before its last line feed were read already.
    const resume = pendingLength > 0 ? this.#pending.lastIndexOf('\n') : -1;
    for (let newline = resume >= 0 ? resume : data.indexOf('\n'); newline !== -1; newline = data.indexOf('\n', newline + 1)) {
      let k = newline + 1;
      while (k < data.length && (data.charCodeAt(k) === 0x20 || data.charCodeAt(k) === 0x09 || data.charCodeAt(k) === 0x0d)) k++;
      if (k >= data.length) break;
      if (data.charCodeAt(k) !== 0x0a) continue;
      this.#emit(from, newline);
      from = k + 1;
      newline = k;
    }
    this.#pending = data.slice(from);
    this.#pendingBytes = this.#bytes.subarray(this.#byteAt(from));
  }

  end(): void {
    this.#data = this.#pending;
    this.#bytes = this.#pendingBytes ?? Buffer.alloc(0);
    this.#char = 0;
    this.#byte = 0;
    this.#emit(0, this.#pending.length);
    this.#pending = '';
    this.#pendingBytes = undefined;
  }

  take(): Buffer {
    const out = this.#out.subarray(0, this.#size);
    // The written buffer may still be queued by the stream: start a new one.
    this.#out = Buffer.allocUnsafe(WRITE_CHUNK * 2);
    this.#size = 0;
    return out;
  }

  #emit(from: number, to: number): void {
    let text = this.#data.slice(from, to);
    const carriageReturns = text.includes('\r');
    if (carriageReturns) text = text.replace(/\r/g, '');
    const offsets = splitRanges(text, 0, text.length, this.options);
    // A paragraph of whitespace only prints nothing.
    if (offsets.length === 0) return;
    if (carriageReturns || this.debug) {
      this.#writeString(`${JSON.stringify({ sentences: offsets.map(([start, end]) => text.slice(start, end)) })}\n`);
    } else {
      this.#reserve(OPEN.length);
      this.#size += OPEN.copy(this.#out, this.#size);
      for (let k = 0; k < offsets.length; k++) {
        if (k > 0) this.#out[this.#size++] = 0x2c;
        this.#writeSentence(from + offsets[k]![0], from + offsets[k]![1]);
      }
      this.#reserve(CLOSE.length);
      this.#size += CLOSE.copy(this.#out, this.#size);
    }
    if (this.debug) {
      for (const decision of explainSplits(text, this.options)) {
        process.stderr.write(`segment: paragraph ${this.#index} @${decision.offset} ${decision.decision} ${decision.rule} (${decision.kind})  ${decision.context}\n`);
      }
    }
    this.#index++;
  }

  /** Byte offset in `#bytes` of the character at `index` of `#data` (index never goes back). */
  #byteAt(index: number): number {
    const data = this.#data;
    let byte = this.#byte;
    for (let k = this.#char; k < index; k++) byte += utf8Length(data.charCodeAt(k));
    this.#char = index;
    this.#byte = byte;
    return byte;
  }

  /** Copies `#data[start, end)` as a JSON string, from the input bytes. */
  #writeSentence(start: number, end: number): void {
    const data = this.#data;
    const bytes = this.#bytes;
    let byte = this.#byteAt(start);
    // At most 3 bytes per UTF-16 code unit, or 6 for an escaped control character, plus quotes.
    this.#reserve((end - start) * 6 + 2);
    const out = this.#out;
    let size = this.#size;
    out[size++] = 0x22;
    let run = byte;
    for (let k = start; k < end; k++) {
      const code = data.charCodeAt(k);
      if (code < 0x80) {
        const escape = ESCAPES[code];
        if (escape !== undefined) {
          size += bytes.copy(out, size, run, byte);
          size += escape.copy(out, size);
          byte++;
          run = byte;
          continue;
        }
        byte++;
      } else {
        byte += utf8Length(code);
      }
    }
    size += bytes.copy(out, size, run, byte);
    out[size++] = 0x22;
    this.#size = size;
    this.#char = end;
    this.#byte = byte;
  }

  #writeString(line: string): void {
    this.#reserve(line.length * 3);
    this.#size += this.#out.write(line, this.#size, 'utf8');
  }

  #reserve(length: number): void {
    if (this.#size + length <= this.#out.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.#out.length * 2, this.#size + length));
    this.#out.copy(grown, 0, 0, this.#size);
    this.#out = grown;
  }
}

/** UTF-8 length of a UTF-16 code unit (a surrogate pair is 2 + 2 bytes). */
function utf8Length(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
}
