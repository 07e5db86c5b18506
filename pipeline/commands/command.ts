// The shape every CLI command shares, and the argument parser they all use.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from '../errors.js';

export type OptionSpec = {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** One line for --help. */
  description: string;
  /** Shown in --help as the value's name. */
  value?: string;
};

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** e.g. `segment FILE [--debug]` */
  usage: string;
  options: Record<string, OptionSpec>;
  /** Allowed positional arguments (min, max). */
  positionals?: [number, number];
  run(args: ParsedArgs): Promise<number>;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function helpText(command: Command): string {
  const lines = [`Usage: dari ${command.usage}`, '', command.summary, ''];
  const entries = Object.entries({ ...command.options, help: { type: 'boolean', short: 'h', description: 'Show this help.' } as OptionSpec });
  if (entries.length > 0) lines.push('Options:');
  const rendered = entries.map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`;
    return [flag, spec.description] as const;
  });
  const width = Math.max(...rendered.map(([flag]) => flag.length));
  for (const [flag, description] of rendered) lines.push(`  ${flag.padEnd(width)}  ${description}`);
  return lines.join('\n') + '\n';
}

/** Parse argv for `command`; unknown options and wrong counts become a UserError naming the fix. */
export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs & { help: boolean } {
  const options: ParseArgsConfig['options'] = { help: { type: 'boolean', short: 'h' } };
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(`${argumentProblem(command, error as Error & { code?: string })}; see \`dari ${command.name} --help\``);
  }
  const help = parsed.values.help === true;
  const [min, max] = command.positionals ?? [0, 0];
  if (!help && (parsed.positionals.length < min || parsed.positionals.length > max)) {
    const problem = parsed.positionals.length > max ? `unexpected argument \`${parsed.positionals[max]}\`` : 'missing argument';
    throw new UserError(`${command.name}: ${problem}; usage: dari ${command.usage} (see \`dari ${command.name} --help\`)`);
  }
  return { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals, help };
}

/** node:util parseArgs's message, said in the user's terms: which option, and what it needs. */
function argumentProblem(command: Command, error: Error & { code?: string }): string {
  const message = error.message.split('\n')[0] ?? '';
  const flag = /'(-{1,2}[^' <]+)/.exec(message)?.[1];
  const spec = flag ? command.options[flag.replace(/^-+/, '')] ?? Object.entries(command.options).find(([, option]) => `-${option.short}` === flag)?.[1] : undefined;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) return `${command.name}: unknown option ${flag}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) {
    if (/does not take an argument/.test(message)) return `${command.name}: ${flag} takes no value`;
    return `${command.name}: ${flag} needs a value (${flag} ${spec?.value ?? 'VALUE'}; a value starting with - is written ${flag}=-…)`;
  }
  return `${command.name}: ${message.replace(/\.$/, '')}`;
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function requireString(args: ParsedArgs, name: string, command: string): string {
  const value = stringOption(args, name);
  if (value === undefined) throw new UserError(`${command}: --${name} is required (see \`dari ${command} --help\`)`);
  return value;
}

/** Most threads `--threads` takes. */
const MAX_THREADS = 64;

/** `--threads N` of `command`: a whole number from 1 to 64, or undefined when not given. */
export function threadsOption(args: ParsedArgs, command: string): number | undefined {
  const value = args.values.threads;
  if (value === undefined) return undefined;
  const text = String(value);
  const count = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(count >= 1 && count <= MAX_THREADS)) throw new UserError(`${command}: --threads takes a whole number from 1 to ${MAX_THREADS}, got \`${text}\``);
  return count;
}

/** OPENAI_BASE_URL, checked before any request: a malformed one is a usage error, not a failed run. */
export function baseUrlFromEnvironment(): string | undefined {
  const baseURL = process.env.OPENAI_BASE_URL?.trim() || undefined;
  if (baseURL === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(baseURL);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol)) {
    throw new UserError(`OPENAI_BASE_URL \`${baseURL}\` is not an http(s) URL; set it like http://localhost:11434/v1, or unset it for the OpenAI API`);
  }
  return baseURL;
}

/** `--run DIR` names an existing folder (a file or a missing path is named in one line). */
export function runFolderOption(args: ParsedArgs, command: string): string {
  const dir = requireString(args, 'run', command);
  if (!existsSync(dir)) throw new UserError(`--run ${dir}: no such folder; point --run at a folder \`dari run\` wrote`);
  if (!statSync(dir).isDirectory()) throw new UserError(`--run ${dir}: is a file, not a folder; point --run at a folder \`dari run\` wrote`);
  return dir;
}

/** `mkdir -p`, one level at a time: Node's recursive mkdir never returns for a path under /proc or /sys. */
export function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let current = resolve(dir); !existsSync(current); current = dirname(current)) {
    missing.push(current);
    if (dirname(current) === current) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      // Another run made it in the meantime (two runs sharing one --cache): a folder is what was wanted.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(folder).isDirectory()) throw error;
    }
  }
}
