// `dari validate --pairs FILE`: QA checks over KO/EN pairs, one JSON line of flags out per pair in, streaming.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import type { Command } from './command.js';
import { requireString, stringOption } from './command.js';
import { EXIT, UserError } from '../errors.js';
import { loadConfig } from '../config.js';
import { PairInputSchema, createValidator } from '../validate/index.js';
import { loadGlossary } from '../validate/glossary.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check KO/EN pairs (JSONL) and print their flags',
  usage: 'validate --pairs FILE|- [--config FILE] [--glossary FILE] [--errors-only]',
  options: {
    pairs: { type: 'string', value: 'FILE', description: 'JSONL with {"id","ko","en"} per line; `-` reads stdin.' },
    config: { type: 'string', value: 'FILE', description: 'Config file for validate.checks levels (default pipeline.config.yaml).' },
    glossary: { type: 'string', value: 'FILE', description: 'Glossary (JSON or TSV, Korean → English); default translate.glossary.' },
    'errors-only': { type: 'boolean', description: 'Print only error flags (warnings are dropped).' },
  },
  async run(args) {
    const file = requireString(args, 'pairs', 'validate');
    const config = loadConfig(stringOption(args, 'config'));
    const glossaryFile = stringOption(args, 'glossary') ?? config.translate.glossary;
    const glossary = glossaryFile ? loadGlossary(glossaryFile) : new Map<string, string>();
    const validator = createValidator(config.validate, { glossary });
    const errorsOnly = args.values['errors-only'] === true;
    const name = file === '-' ? '<stdin>' : file;

    const input = file === '-' ? process.stdin : createReadStream(file);
    const opened = new Promise<void>((resolve, reject) => {
      if (file === '-') return resolve();
      input.once('open', () => resolve());
      input.once('error', (error: NodeJS.ErrnoException) => reject(new UserError(`cannot read ${file}: ${error.code ?? error.message}`)));
    });
    await opened;

    let badLines = 0;
    let lineNumber = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNumber++;
      if (!line.trim()) continue;
      let pair: z.infer<typeof PairInputSchema>;
      try {
        // A UTF-8 byte order mark may open the file.
        const parsed = PairInputSchema.safeParse(JSON.parse(lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line));
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new Error(`${issue.path.length ? `"${issue.path.join('.')}": ` : ''}${issue.message}`);
        }
        pair = parsed.data;
      } catch (error) {
        badLines++;
        const reason = error instanceof SyntaxError ? 'not valid JSON' : (error as Error).message;
        process.stderr.write(`dari: ${name}:${lineNumber}: ${reason}; expected {"id","ko","en"} (line skipped)\n`);
        continue;
      }
      let flags = validator.check(pair);
      if (errorsOnly) flags = flags.filter((flag) => flag.severity === 'error');
      if (!process.stdout.write(JSON.stringify({ id: pair.id, flags }) + '\n')) {
        await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
      }
    }
    if (badLines > 0) {
      process.stderr.write(`dari: ${badLines} line(s) of ${name} could not be read; fix them and run again\n`);
      return EXIT.usage;
    }
    return EXIT.ok;
  },
};
