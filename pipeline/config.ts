// Loads pipeline.config.yaml, applies CLI overrides, validates with ConfigSchema and freezes the result.
import { readFileSync } from 'node:fs';
import { parseDocument, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { ConfigSchema, type Config } from './schemas.js';
import { describeFileError, UserError } from './errors.js';
import { bomEncoding } from './ingest/text-stream.js';

export const DEFAULT_CONFIG_FILE = 'pipeline.config.yaml';

/**
 * The problems in one message: a single line for one problem
 * (`invalid config in p.yaml: translate.concurrency: expected a number ≥ 1; …`), else a line naming the
 * file and one line per problem under it.
 */
export function formatConfigIssues(file: string, issues: z.core.$ZodIssue[]): string {
  const lines = issues.map((issue) => {
    const path = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => (path ? `${path}.${key}` : key));
      return `${keys.join(', ')}: unknown key${keys.length > 1 ? 's' : ''}`;
    }
    // Messages that name their own key (`expected a number ≥ 1 for translate.concurrency`) say it once.
    let message = path && issue.message.endsWith(` for ${path}`) ? issue.message.slice(0, -` for ${path}`.length) : issue.message;
    if (issue.code === 'invalid_type' && /received undefined/.test(message)) message = 'required';
    if (issue.code === 'too_big' && /^Too big/.test(message)) message = `expected at most ${issue.maximum}`;
    if (issue.code === 'too_small' && /^Too small/.test(message)) message = `expected at least ${issue.minimum}`;
    return `${path || '(top level)'}: ${message}`;
  });
  const keys = '`dari schema --of config` lists every key';
  if (lines.length === 1) return `invalid config in ${file}: ${lines[0]}; fix it (${keys})`;
  return [`invalid config in ${file}, ${lines.length} problems to fix (${keys}):`, ...lines.map((line) => `  ${line}`)].join('\n');
}

/** Deep-merge `override` onto `base` (objects only; arrays and scalars replace). */
function merge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = merge(base[key], value);
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Parse and validate config text. `file` is only used in messages. */
export function parseConfig(text: string, file: string, overrides: Record<string, unknown> = {}): Config {
  const document = parseDocument(text.replace(/^\uFEFF/, ''));
  if (document.errors.length > 0) {
    const lines = document.errors.map((error: YAMLParseError) => {
      const at = error.linePos?.[0];
      const where = at ? `line ${at.line}, column ${at.col}` : 'somewhere';
      return `${where}: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
    });
    if (lines.length === 1) throw new UserError(`YAML syntax error in ${file}, ${lines[0]}; fix the file`);
    throw new UserError([`YAML syntax error in ${file} (${lines.length} errors; fix the file):`, ...lines.map((line) => `  ${line}`)].join('\n'));
  }
  const raw = document.toJS() ?? {};
  if (!isPlainObject(raw)) throw new UserError(`invalid config in ${file}: the file must be a YAML mapping of keys (key: value lines)`);
  const result = ConfigSchema.safeParse(merge(raw, overrides));
  if (!result.success) {
    // Blame the file only for what is wrong in the file; the rest came from the command line.
    const fileAlone = ConfigSchema.safeParse(raw);
    throw new UserError(formatConfigIssues(fileAlone.success ? 'the command line (--set, --input, --out, --cache)' : file, result.error.issues));
  }
  return deepFreeze(result.data);
}

/**
 * Read the config file. A missing default file means all defaults; a missing file the user named is an error.
 */
export function loadConfig(file: string | undefined, overrides: Record<string, unknown> = {}): Config {
  const path = file ?? DEFAULT_CONFIG_FILE;
  let text = '';
  try {
    const bytes = readFileSync(path);
    // UTF-8 or, as Windows editors may save it, UTF-16 with a BOM (the BOM is dropped either way).
    text = new TextDecoder(bomEncoding(bytes)).decode(bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!(code === 'ENOENT' && file === undefined)) {
      throw new UserError(`cannot read config ${path}: ${describeFileError(error)}; pass an existing file with --config`);
    }
  }
  return parseConfig(text, path, overrides);
}
