// `dari export`: a run's aligned.jsonl as TMX, XLIFF 1.2/2.1, TSV or CSV (streamed), or its JSON Schema.
import { accessSync, constants, existsSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from './command.js';
import { makeFolders, requireString, runFolderOption, stringOption } from './command.js';
import { describeFileError, EXIT, UserError } from '../errors.js';
import { readJsonl } from '../jsonl.js';
import { AlignedRecordSchema } from '../schemas.js';
import { createLogger } from '../log.js';
import { createTextSink } from '../emit/sink.js';
import { alignedJsonSchema, dariVersion, EXPORT_FORMATS, exportRecords, parseLinks, type ExportFilter, type ExportFormat } from '../emit/formats.js';

/** process.stdout with backpressure. */
function stdoutWriter(): (text: string) => Promise<void> {
  return (text) =>
    new Promise<void>((resolve, reject) => {
      if (process.stdout.write(text)) resolve();
      else {
        process.stdout.once('drain', resolve);
        process.stdout.once('error', reject);
      }
    });
}

/** `--out FILE` can be written: not a folder, its folder made if missing, writable. */
function writableFile(path: string): void {
  try {
    if (existsSync(path) && statSync(path).isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    makeFolders(dirname(path));
    accessSync(dirname(path), constants.W_OK);
    if (existsSync(path)) accessSync(path, constants.W_OK);
  } catch (error) {
    throw new UserError(`--out ${path}: cannot write it (${describeFileError(error)}); give a file path Dari can write`, { cause: error });
  }
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a run as TMX, XLIFF 1.2/2.1, TSV, CSV or JSON Schema.',
  usage: 'export --run DIR --format tmx|xliff12|xliff21|tsv|csv|schema [--out FILE] [--min-score X] [--exclude-flagged] [--links 1-1,1-2]',
  options: {
    run: { type: 'string', value: 'DIR', description: 'Run folder holding aligned.jsonl (not needed for --format schema).' },
    format: { type: 'string', value: 'FORMAT', description: `One of ${EXPORT_FORMATS.join(', ')}.` },
    out: { type: 'string', value: 'FILE', description: 'Write here instead of standard output.' },
    'min-score': { type: 'string', value: 'X', description: 'Keep pairs whose alignment score is at least X (0-1).' },
    'exclude-flagged': { type: 'boolean', description: 'Drop pairs with an error or warning finding.' },
    links: { type: 'string', value: 'LIST', description: 'Keep only these link types, e.g. 1-1 or 1-1,1-2.' },
  },
  async run(args) {
    const format = requireString(args, 'format', 'export') as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new UserError(`--format ${format}: expected one of ${EXPORT_FORMATS.join(', ')}`);
    const outPath = stringOption(args, 'out');
    // Opened only once every option is known good, so a mistake never leaves an empty file behind.
    const open = () => {
      if (outPath) writableFile(outPath);
      const sink = outPath ? createTextSink(outPath) : undefined;
      return { write: sink ? sink.write : stdoutWriter(), close: async () => sink?.close() };
    };
    if (format === 'schema') {
      const output = open();
      await output.write(JSON.stringify(alignedJsonSchema(), null, 2) + '\n');
      await output.close();
      return EXIT.ok;
    }
    const filter: ExportFilter = {};
    const minScore = stringOption(args, 'min-score');
    if (minScore !== undefined) {
      const value = Number(minScore);
      if (minScore.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) throw new UserError(`--min-score ${minScore}: expected a number from 0 to 1`);
      filter.minScore = value;
    }
    if (args.values['exclude-flagged'] === true) filter.excludeFlagged = true;
    const links = stringOption(args, 'links');
    if (links !== undefined) {
      const parsed = parseLinks(links);
      if ('bad' in parsed) throw new UserError(`--links: \`${parsed.bad}\` is not a link type; write them like 1-1,1-2`);
      filter.links = parsed.links;
    }
    const runDir = runFolderOption(args, 'export');
    const alignedPath = join(runDir, 'aligned.jsonl');
    if (!existsSync(alignedPath)) throw new UserError(`${alignedPath} not found; run \`dari run\` first or point --run at a run folder`);
    if (!statSync(alignedPath).isFile()) throw new UserError(`${alignedPath} is not a file; point --run at a run folder`);
    const output = open();
    let counts;
    try {
      counts = await exportRecords(readJsonl(alignedPath, AlignedRecordSchema), format, output.write, { toolVersion: dariVersion(), filter });
      await output.close();
    } catch (error) {
      // A bad line in aligned.jsonl: no half-written file is left to be mistaken for the export.
      if (outPath) await output.close().then(() => rmSync(outPath, { force: true }), () => rmSync(outPath, { force: true }));
      throw error;
    }
    const dropped = [
      counts.filtered ? `${counts.filtered} filtered out` : '',
      counts.unwritable ? `${counts.unwritable} with an empty side left out` : '',
    ].filter(Boolean);
    createLogger().info(`export: ${counts.written} of ${counts.read} pairs written as ${format}${outPath ? ` to ${outPath}` : ''}${dropped.length ? ` (${dropped.join(', ')})` : ''}`);
    return EXIT.ok;
  },
};
