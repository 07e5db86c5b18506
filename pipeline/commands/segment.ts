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
    input.setEncoding('utf8');
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
  let out = '';
  let pending = '';
  let paragraphIndex = 0;
  let firstChunk = true;

  const flushOut = async () => {
    if (out.length === 0) return;
    const chunk = out;
    out = '';
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  };

  const emit = (paragraph: string) => {
    const text = paragraph.endsWith('\r') ? paragraph.replace(/\r/g, '') : paragraph.includes('\r') ? paragraph.replace(/\r/g, '') : paragraph;
    if (text.trim().length === 0) return;
    const sentences = splitRanges(text, 0, text.length, options).map(([start, end]) => text.slice(start, end));
    out += `${JSON.stringify({ sentences })}\n`;
    if (debug) {
      for (const decision of explainSplits(text, options)) {
        process.stderr.write(`segment: paragraph ${paragraphIndex} @${decision.offset} ${decision.decision} ${decision.rule} (${decision.kind})  ${decision.context}\n`);
      }
    }
    paragraphIndex++;
  };

  for await (const chunk of input as AsyncIterable<string>) {
    let data = pending + chunk;
    if (firstChunk && data.charCodeAt(0) === 0xfeff) data = data.slice(1);
    firstChunk = false;
    let from = 0;
    // A paragraph ends at a line that holds only whitespace.
    for (let newline = data.indexOf('\n'); newline !== -1; newline = data.indexOf('\n', newline + 1)) {
      let k = newline + 1;
      while (k < data.length && (data[k] === ' ' || data[k] === '\t' || data[k] === '\r')) k++;
      if (k >= data.length) break;
      if (data[k] !== '\n') continue;
      emit(data.slice(from, newline));
      from = k + 1;
      newline = k;
    }
    pending = data.slice(from);
    if (out.length >= WRITE_CHUNK) await flushOut();
  }
  if (pending.length > 0) emit(pending.replace(/\s+$/, ''));
  await flushOut();
}
