import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from './command.js';
import { baseUrlFromEnvironment, makeFolders, stringOption } from './command.js';
import { loadConfig } from '../config.js';
import { describeFileError, EXIT, interruption, ProviderError, UserError } from '../errors.js';
import { addSecret, createLogger } from '../log.js';
import { createProgress } from '../progress.js';
import type { Stage } from '../run.js';
import { SegmentedDocSchema, type SegmentedDoc } from '../schemas.js';
import { readJsonl } from '../jsonl.js';

// Kept here (not imported from run.ts) so that loading the command list stays cheap.
const STAGES = ['ingest', 'clean', 'segment', 'translate', 'align'] as const satisfies readonly Stage[];
import { parse as parseYaml } from 'yaml';

export function toolVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/** `--set translate.concurrency=4` → { translate: { concurrency: 4 } } (value parsed as YAML). */
function parseSetting(setting: string): Record<string, unknown> {
  const eq = setting.indexOf('=');
  if (eq <= 0) throw new UserError(`--set ${setting}: expected KEY=VALUE, e.g. --set translate.concurrency=4`);
  const path = setting.slice(0, eq).split('.');
  if (path.some((key) => key.trim() === '')) throw new UserError(`--set ${setting}: the key has an empty part; write it like translate.concurrency=4`);
  let value: unknown;
  try {
    value = parseYaml(setting.slice(eq + 1));
  } catch (error) {
    throw new UserError(`--set ${setting}: the value is not valid YAML (${(error as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}); quote it, e.g. --set 'translate.tm=[a.tmx]'`);
  }
  for (const key of path.reverse()) value = { [key]: value };
  return value as Record<string, unknown>;
}

function mergeSettings(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof existing === 'object' && existing !== null && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      mergeSettings(existing as Record<string, unknown>, value as Record<string, unknown>);
    } else {
      target[key] = value;
    }
  }
}

/** Create `dir` (and its parents) if needed and check it is a folder Dari can write; else a UserError naming the option. */
export function writableFolder(dir: string, option: string): void {
  try {
    makeFolders(dir);
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'EEXIST' });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new UserError(`${option} ${dir}: cannot use it as a folder (${describeFileError(error)}); give a folder Dari can write`, { cause: error });
  }
}

export const runCommand: Command = {
  name: 'run',
  summary: 'Run the whole pipeline on a file or folder and write the outputs into the run folder.',
  usage: 'run [--input PATH] [--out DIR] [--config FILE] [--cache DIR] [--from STAGE] [--dry-run] [--set KEY=VALUE]…',
  options: {
    input: { type: 'string', value: 'PATH', description: 'File or folder to read (config `input`, default corpus).' },
    out: { type: 'string', value: 'DIR', description: 'Run folder (config `out`, default output/<input name>).' },
    config: { type: 'string', value: 'FILE', description: 'Config file (default pipeline.config.yaml).' },
    cache: { type: 'string', value: 'DIR', description: 'Translation cache folder (config `cache`, default output/.cache).' },
    from: { type: 'string', value: 'STAGE', description: `Rerun from this stage on the run folder's saved input: ${STAGES.join(', ')}.` },
    'dry-run': { type: 'boolean', description: 'Print the translation plan (batches, tokens, cost) and call nothing.' },
    'no-clean': { type: 'boolean', description: 'Keep every line (config clean.enabled: false).' },
    set: { type: 'string', multiple: true, value: 'KEY=VALUE', description: 'Override a config key, e.g. --set translate.concurrency=4.' },
    quiet: { type: 'boolean', short: 'q', description: 'Only warnings and the final line on stderr.' },
  },
  positionals: [0, 0],
  async run(args) {
    const overrides: Record<string, unknown> = {};
    for (const setting of (args.values.set as string[] | undefined) ?? []) mergeSettings(overrides, parseSetting(setting));
    const input = stringOption(args, 'input');
    const out = stringOption(args, 'out');
    const cache = stringOption(args, 'cache');
    if (input !== undefined) overrides.input = input;
    if (out !== undefined) overrides.out = out;
    if (cache !== undefined) overrides.cache = cache;
    if (args.values['no-clean']) mergeSettings(overrides, { clean: { enabled: false } });
    const config = loadConfig(stringOption(args, 'config'), overrides);

    const from = stringOption(args, 'from');
    if (from !== undefined && !(STAGES as readonly string[]).includes(from)) {
      throw new UserError(`--from ${from}: expected one of ${STAGES.join(', ')}`);
    }
    const apiKey = process.env.OPENAI_API_KEY?.trim() || undefined;
    addSecret(apiKey);
    const baseURL = baseUrlFromEnvironment();
    const quiet = args.values.quiet === true;
    const logger = createLogger({ quiet });
    const progress = createProgress({ quiet });
    const { defaultRunFolder, runPipeline } = await import('../run.js');
    const runDir = config.out ?? defaultRunFolder(config.input);
    const cacheDir = config.cache ?? join('output', '.cache');
    writableFolder(runDir, out !== undefined ? '--out' : 'the run folder (config `out`)');
    writableFolder(cacheDir, cache !== undefined ? '--cache' : 'the translation cache (config `cache`)');
    interruption.hint = `translations already answered are kept in the cache ${cacheDir}; run the same command again to go on from there`;

    if (args.values['dry-run']) {
      await runPipeline({
        config,
        out: runDir,
        cache: cacheDir,
        logger,
        progress,
        toolVersion: toolVersion(),
        stopAfter: 'segment',
      });
      const { planTranslation } = await import('../translate/index.js');
      const docs = readJsonl(join(runDir, 'stages', 'segmented.jsonl'), SegmentedDocSchema) as AsyncIterable<SegmentedDoc>;
      const plan = await planTranslation(docs, {
        options: config.translate,
        cacheDir,
        runDir,
        apiKey,
        baseURL,
        logger,
      });
      process.stdout.write(JSON.stringify(plan, null, 2) + '\n');
      return EXIT.ok;
    }

    const summary = await runPipeline({
      config,
      out: runDir,
      cache: cacheDir,
      from: from as Stage | undefined,
      apiKey,
      baseURL,
      logger,
      progress,
      toolVersion: toolVersion(),
    }).catch((error: unknown) => {
      // A reply body that is not JSON at all: a proxy, a login page or another service at that address.
      if (error instanceof ProviderError && error.cause instanceof SyntaxError) {
        const server = baseURL ? `at ${new URL(baseURL).host}` : '(the OpenAI API)';
        throw new ProviderError(`${error.message}; the server ${server} did not answer as an OpenAI-compatible API: check OPENAI_BASE_URL`, { cause: error });
      }
      throw error;
    });
    const records = summary.stages.align?.records ?? 0;
    const rejects = summary.stages.align?.rejects ?? 0;
    process.stderr.write(`dari: wrote ${records} pairs and ${rejects} rejects to ${runDir} (aligned.jsonl, rejects.jsonl, tm.tmx, review.html, summary.json)\n`);
    if (summary.needApi > 0) {
      process.stderr.write(
        `dari: ${summary.needApi} sentence${summary.needApi === 1 ? '' : 's'} need the API: set OPENAI_API_KEY (and OPENAI_BASE_URL for another server) and run again; they are in rejects.jsonl\n`,
      );
    }
    return EXIT.ok;
  },
};
