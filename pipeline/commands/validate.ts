// `dari validate --pairs FILE`: QA checks over KO/EN pairs, one JSON line of flags out per pair in, streaming.
import { statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { z } from 'zod';
import { requireString, stringOption, threadsOption, type Command } from './command.js';
import { describeFileError, EXIT, UserError } from '../errors.js';
import { readTextChunks } from '../ingest/text-stream.js';
import { loadConfig } from '../config.js';
import { PairInputSchema } from '../validate/index.js';
import { loadGlossary } from '../validate/glossary.js';
import { createPairChecker, MAX_AUTO_THREADS, PARALLEL_MIN_BYTES, validateThreads } from '../validate/parallel.js';

/** Bad lines named one by one on stderr; the closing line counts the rest. */
const MAX_LINE_MESSAGES = 20;

/** A zod issue about one input line, in words: `"en" is missing (a string)`, `"ko" must be a string, not a number`. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length ? `"${issue.path.join('.')}"` : '';
  if (issue.code === 'invalid_type') {
    const expected = issue.expected === 'object' ? 'a JSON object' : `a ${issue.expected}`;
    const received = /received (\w+)/.exec(issue.message)?.[1];
    if (received === 'undefined') return `${field} is missing (${expected})`;
    const what = received === undefined ? '' : received === 'null' ? ', not null' : `, not ${/^[aeiou]/.test(received) ? 'an' : 'a'} ${received}`;
    return `${field || 'the line'} must be ${expected}${what}`;
  }
  return `${field ? `${field}: ` : ''}${issue.message}`;
}

/** The pairs file exists and is a file (a folder or a missing path is named in one line); its size in bytes. */
function checkPairsFile(file: string): number {
  let stat;
  try {
    stat = statSync(file);
  } catch (error) {
    throw new UserError(`--pairs ${file}: cannot read it (${describeFileError(error)}); give a JSONL file, or - for stdin`);
  }
  if (stat.isDirectory()) throw new UserError(`--pairs ${file}: is a folder, not a file; give a JSONL file, or - for stdin`);
  return stat.size;
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check KO/EN pairs (JSONL) and print their flags',
  usage: 'validate --pairs FILE|- [--config FILE] [--glossary FILE] [--errors-only] [--threads N]',
  options: {
    pairs: { type: 'string', value: 'FILE', description: 'JSONL with {"id","ko","en"} per line; `-` reads stdin.' },
    config: { type: 'string', value: 'FILE', description: 'Config file for validate.checks levels (default pipeline.config.yaml).' },
    glossary: { type: 'string', value: 'FILE', description: 'Glossary (JSON or TSV, Korean → English); default translate.glossary.' },
    'errors-only': { type: 'boolean', description: 'Print only error flags (warnings are dropped).' },
    threads: {
      type: 'string',
      value: 'N',
      description: `Threads that check pairs: the main thread and N - 1 workers (1: all on the main thread). Default validate.threads, else, for inputs of ${PARALLEL_MIN_BYTES >> 20} MB and more, one per CPU (at most ${MAX_AUTO_THREADS}) once other processes are seen to leave a CPU idle, else one. Same output either way.`,
    },
  },
  async run(args) {
    const file = requireString(args, 'pairs', 'validate');
    const config = loadConfig(stringOption(args, 'config'));
    const glossaryFile = stringOption(args, 'glossary') ?? config.translate.glossary;
    const glossary = glossaryFile ? loadGlossary(glossaryFile) : new Map<string, string>();
    const requested = threadsOption(args, 'validate') ?? config.validate.threads;
    const errorsOnly = args.values['errors-only'] === true;
    const name = file === '-' ? '<stdin>' : file;
    const size = file === '-' ? undefined : checkPairsFile(file);
    const checker = createPairChecker(
      config.validate,
      glossary,
      (pair, flags) => JSON.stringify({ id: pair.id, flags: errorsOnly ? flags.filter((flag) => flag.severity === 'error') : flags }) + '\n',
      (text) => {
        if (!process.stdout.write(text)) return new Promise<void>((resolve) => process.stdout.once('drain', resolve));
      },
    );
    // A thread count given starts its workers now (they load while the first pairs are read). Else a file of
    // PARALLEL_MIN_BYTES or more, or stdin once that much has been read, starts them once a CPU is seen to be idle.
    const auto = requested === undefined || requested === null;
    if (!auto || size !== undefined) checker.startWorkers(validateThreads(requested, size ?? 0), auto);
    let bytesRead = !auto || size !== undefined ? -Infinity : 0;
    // UTF-8 (a BOM is dropped) or UTF-16 with a BOM; a binary file is refused in one line.
    const input = Readable.from(readTextChunks(file === '-' ? process.stdin : file, name));
    let badLines = 0;
    let lineNumber = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNumber++;
      if ((bytesRead += line.length + 1) >= PARALLEL_MIN_BYTES) {
        checker.startWorkers(validateThreads(requested, bytesRead), true);
        bytesRead = -Infinity;
      }
      if (!line.trim()) continue;
      let pair: z.infer<typeof PairInputSchema>;
      try {
        const parsed = PairInputSchema.safeParse(JSON.parse(line));
        if (!parsed.success) throw new Error(describeIssue(parsed.error.issues[0]!));
        pair = parsed.data;
      } catch (error) {
        badLines++;
        const reason = error instanceof SyntaxError ? 'not valid JSON' : (error as Error).message;
        if (badLines <= MAX_LINE_MESSAGES) process.stderr.write(`dari: ${name}:${lineNumber}: ${reason}; expected {"id","ko","en"} (line skipped)\n`);
        continue;
      }
      await checker.add(pair);
    }
    await checker.finish();
    if (badLines > 0) {
      const unnamed = badLines > MAX_LINE_MESSAGES ? ` (the first ${MAX_LINE_MESSAGES} are named above)` : '';
      process.stderr.write(`dari: ${badLines} line(s) of ${name} could not be read${unnamed}; fix them and run again\n`);
      return EXIT.usage;
    }
    return EXIT.ok;
  },
};
