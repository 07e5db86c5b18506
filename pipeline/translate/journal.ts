// The translation cache: an append-only JSONL journal. Each answered batch is written in one append
// and fsync'd before its sentences count as done, so kill -9 loses at most what was in flight.
// A torn last line (the process died mid-write) is cut off when the journal is opened.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const JOURNAL_FILE = 'translations.jsonl';

export interface JournalEntry {
  /** Cache key (see `cacheKey`). */
  k: string;
  en: string | null;
  /** Why `en` is null: the API kept failing on this sentence. */
  r?: string;
  m: string;
  pv: string;
}

/** Key of one sentence's translation: its Korean, its context, the model and the prompt version. */
export function cacheKey(parts: { ko: string; title: string | null; context: string[]; glossary: string[]; model: string; promptVersion: string }): string {
  const hash = createHash('sha256');
  for (const part of [parts.model, parts.promptVersion, parts.title ?? '', ...parts.context, '\u0000', ...parts.glossary, '\u0000', parts.ko]) {
    hash.update(part);
    hash.update('\u0001');
  }
  return hash.digest('base64url').slice(0, 32);
}

export class Journal {
  private constructor(
    private readonly handle: FileHandle | null,
    private readonly entries: Map<string, JournalEntry>,
    /** Lines skipped on load because they did not parse. */
    readonly skippedLines: number,
  ) {}

  private tail: Promise<void> = Promise.resolve();
  private closed = false;

  /** Open for appending; `readOnly` (dry run) reads what is there and creates nothing. */
  static async open(cacheDir: string, options: { readOnly?: boolean } = {}): Promise<Journal> {
    if (!options.readOnly) await mkdir(cacheDir, { recursive: true });
    const path = join(cacheDir, JOURNAL_FILE);
    const entries = new Map<string, JournalEntry>();
    let skipped = 0;
    let validBytes = 0;
    const size = await stat(path).then((s) => s.size, () => 0);
    if (size > 0) {
      const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
      let consumed = 0;
      for await (const line of lines) {
        consumed += Buffer.byteLength(line, 'utf8') + 1;
        if (line.trim() === '') continue;
        const entry = parseEntry(line);
        if (!entry) {
          skipped++;
          continue;
        }
        entries.set(entry.k, entry);
        validBytes = consumed;
      }
    }
    if (options.readOnly) return new Journal(null, entries, skipped);
    const handle = await open(path, 'a+');
    // Cut a torn last line so the next append starts on a line of its own.
    if (size > 0 && (await lastByte(handle, size)) !== 0x0a) {
      // A last line that parsed but lost its newline keeps its entry and gets the newline back.
      if (validBytes > size) await handle.write('\n');
      else await handle.truncate(validBytes);
    }
    return new Journal(handle, entries, skipped);
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): JournalEntry | undefined {
    return this.entries.get(key);
  }

  /** Append entries as one write, fsync, then make them visible. Resolves when durable. */
  append(entries: JournalEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    const handle = this.handle;
    if (this.closed || !handle) return Promise.reject(new Error('translation journal is closed or read-only'));
    const data = entries.map((entry) => JSON.stringify(entry)).join('\n') + '\n';
    const write = this.tail.then(async () => {
      await handle.write(data);
      await handle.sync();
      for (const entry of entries) this.entries.set(entry.k, entry);
    });
    this.tail = write.catch(() => {});
    return write;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.tail;
    await this.handle?.close();
  }
}

function parseEntry(line: string): JournalEntry | null {
  try {
    const value = JSON.parse(line) as Partial<JournalEntry>;
    if (typeof value.k !== 'string' || (typeof value.en !== 'string' && value.en !== null)) return null;
    return { k: value.k, en: value.en, ...(value.r ? { r: value.r } : {}), m: String(value.m ?? ''), pv: String(value.pv ?? '') };
  } catch {
    return null;
  }
}

async function lastByte(handle: FileHandle, size: number): Promise<number> {
  const buffer = Buffer.alloc(1);
  await handle.read(buffer, 0, 1, size - 1);
  return buffer[0]!;
}
