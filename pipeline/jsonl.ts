// Line-by-line JSONL reading and writing with backpressure, so no stage holds a whole file in memory.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import { describeFileError, UserError } from './errors.js';
import { redact } from './log.js';

/** Yield each non-blank line of `path` parsed as JSON (and validated by `schema` when given). */
export async function* readJsonl<T = unknown>(path: string, schema?: z.ZodType<T>): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity })[Symbol.asyncIterator]();
  let lineNumber = 0;
  try {
    for (;;) {
      let next: IteratorResult<string>;
      try {
        next = await lines.next();
      } catch (error) {
        // A folder, a missing or unreadable file: the stream's error, said with the path.
        throw new UserError(`cannot read ${path}: ${describeFileError(error)}`, { cause: error });
      }
      if (next.done) return;
      lineNumber += 1;
      const line = lineNumber === 1 ? next.value.replace(/^\uFEFF/, '') : next.value;
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new UserError(`${path}:${lineNumber}: not valid JSON; fix or remove the line`);
      }
      if (!schema) {
        yield value as T;
        continue;
      }
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        const problem = parsed.error.issues[0];
        const message = problem?.code === 'invalid_type' && /received undefined/.test(problem.message) ? 'missing' : problem?.message;
        throw new UserError(`${path}:${lineNumber}: ${problem?.path.join('.') || 'record'}: ${message}; fix or remove the line`);
      }
      yield parsed.data;
    }
  } finally {
    // A reader that stopped early closes the file.
    await lines.return?.();
  }
}

export interface JsonlWriter {
  write(value: unknown): Promise<void>;
  close(): Promise<void>;
  readonly count: number;
}

/**
 * Append JSON lines to `path` (truncating it first unless `append`), waiting on backpressure. Every
 * line passes through `redact`: a server that echoes the API key into a reply never gets it on disk.
 */
export function createJsonlWriter(path: string, options: { append?: boolean } = {}): JsonlWriter {
  const stream: WriteStream = createWriteStream(path, { flags: options.append ? 'a' : 'w', encoding: 'utf8' });
  let count = 0;
  let failure: Error | undefined;
  stream.on('error', (error) => {
    failure = error;
  });
  return {
    get count() {
      return count;
    },
    async write(value) {
      if (failure) throw failure;
      count += 1;
      if (!stream.write(redact(JSON.stringify(value)) + '\n')) await once(stream, 'drain');
    },
    async close() {
      if (failure) throw failure;
      stream.end();
      await once(stream, 'finish');
    },
  };
}
