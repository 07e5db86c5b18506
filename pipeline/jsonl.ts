// Line-by-line JSONL reading and writing with backpressure, so no stage holds a whole file in memory.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import { UserError } from './errors.js';

/** Yield each non-blank line of `path` parsed as JSON (and validated by `schema` when given). */
export async function* readJsonl<T = unknown>(path: string, schema?: z.ZodType<T>): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
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
      throw new UserError(`${path}:${lineNumber}: ${problem?.path.join('.') || 'record'}: ${problem?.message}`);
    }
    yield parsed.data;
  }
}

export interface JsonlWriter {
  write(value: unknown): Promise<void>;
  close(): Promise<void>;
  readonly count: number;
}

/** Append JSON lines to `path` (truncating it first unless `append`), waiting on backpressure. */
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
      if (!stream.write(JSON.stringify(value) + '\n')) await once(stream, 'drain');
    },
    async close() {
      if (failure) throw failure;
      stream.end();
      await once(stream, 'finish');
    },
  };
}
