// `dari segment FILE|-`: paragraphs separated by blank lines in, one JSON line per paragraph out:
// {"sentences": [...]}. Reads and writes incrementally, so memory stays flat on any file size.
import fs from 'node:fs';
import { once } from 'node:events';
import type { Command } from './command.js';
import { UserError } from '../errors.js';
import { explainSplits, resolveSegmentOptions, type SegmentOptions } from '../segment/index.js';
import { splitRanges } from '../segment/splitter.js';

/** Output is written in chunks of about this many UTF-16 code units. */
const WRITE_CHUNK = 1 << 16;

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
    const input = file === '-' ? process.stdin : openInput(file);
    await segmentStream(input, options, debug);
    return 0;
  },
};

function openInput(file: string): fs.ReadStream {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UserError(`segment: cannot read ${file}: no such file (give a text file, or - for stdin)`);
  }
  if (stat.isDirectory()) throw new UserError(`segment: ${file} is a folder; give a text file, or - for stdin`);
  return fs.createReadStream(file, { highWaterMark: 1 << 20 });
}

async function segmentStream(input: NodeJS.ReadableStream, options: SegmentOptions, debug: boolean): Promise<void> {
  const splitter = new ParagraphSplitter(options, debug);
  // Bytes are decoded up to the last line feed of each chunk, so no character is ever cut in two.
  let rest: Buffer | undefined;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    const data = rest ? Buffer.concat([rest, bytes]) : bytes;
    const lastLine = data.lastIndexOf(0x0a);
    if (lastLine === -1) {
      rest = data;
      continue;
    }
    splitter.push(data.toString('utf8', 0, lastLine + 1));
    rest = lastLine + 1 < data.length ? data.subarray(lastLine + 1) : undefined;
    if (splitter.out.length >= WRITE_CHUNK) await write(splitter.take());
  }
  if (rest) splitter.push(rest.toString('utf8'));
  splitter.end();
  await write(splitter.take());
}

async function write(chunk: string): Promise<void> {
  if (chunk.length > 0 && !process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

/** Cuts a stream of text into paragraphs at blank lines and segments each one. */
class ParagraphSplitter {
  out = '';
  #pending = '';
  #first = true;
  #index = 0;

  constructor(
    private readonly options: SegmentOptions,
    private readonly debug: boolean,
  ) {}

  push(chunk: string): void {
    let data = this.#pending.length > 0 ? this.#pending + chunk : chunk;
    if (this.#first && data.charCodeAt(0) === 0xfeff) data = data.slice(1);
    this.#first = false;
    let from = 0;
    // A paragraph ends at a line that holds only spaces, tabs or a carriage return.
    for (let newline = data.indexOf('\n'); newline !== -1; newline = data.indexOf('\n', newline + 1)) {
      let k = newline + 1;
      while (k < data.length && (data.charCodeAt(k) === 0x20 || data.charCodeAt(k) === 0x09 || data.charCodeAt(k) === 0x0d)) k++;
      if (k >= data.length) break;
      if (data.charCodeAt(k) !== 0x0a) continue;
      this.#emit(data, from, newline);
      from = k + 1;
      newline = k;
    }
    this.#pending = data.slice(from);
  }

  end(): void {
    this.#emit(this.#pending, 0, this.#pending.length);
    this.#pending = '';
  }

  take(): string {
    const out = this.out;
    this.out = '';
    return out;
  }

  #emit(data: string, from: number, to: number): void {
    let text = data.slice(from, to);
    if (text.includes('\r')) text = text.replace(/\r/g, '');
    const offsets = splitRanges(text, 0, text.length, this.options);
    // A paragraph of whitespace only prints nothing.
    if (offsets.length === 0) return;
    const sentences = offsets.map(([start, end]) => text.slice(start, end));
    this.out += `${JSON.stringify({ sentences })}\n`;
    if (this.debug) {
      for (const decision of explainSplits(text, this.options)) {
        process.stderr.write(`segment: paragraph ${this.#index} @${decision.offset} ${decision.decision} ${decision.rule} (${decision.kind})  ${decision.context}\n`);
      }
    }
    this.#index++;
  }
}
