// The translation cache: an append-only JSONL journal. Each answered batch is written in one append
// and fsync'd before its sentences count as done, so kill -9 loses at most what was in flight.
// A torn last line (the process died mid-write) is cut off when the journal is opened.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { mkdir, open, stat, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DiskHashIndex, indexFileName } from './disk-index.js';
import { redact } from '../log.js';

export const JOURNAL_FILE = 'translations.jsonl';
/** Bytes of a short journal line: the index is first sized for the journal's size over this. */
const TYPICAL_LINE_BYTES = 150;

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

/**
 * The journal's index (a hash of each key → the byte offset of its line) lives in a file beside
 * it, `translations.jsonl.<pid>-<n>.idx` (in the system's temporary folder for a read-only journal),
 * rebuilt from the journal on every open and gone once closed: memory stays the same however many
 * translations the journal holds. An entry is read back from the journal when asked for and its
 * full key compared.
 */
export class Journal {
  private constructor(
    private readonly handle: FileHandle | null,
    private readonly reader: number | null,
    private readonly index: DiskHashIndex | null,
    private bytes: number,
    /** Lines skipped on load because they did not parse. */
    readonly skippedLines: number,
  ) {}

  private tail: Promise<void> = Promise.resolve();
  private closed = false;

  /** Open for appending; `readOnly` (dry run) reads what is there and creates nothing in the cache folder. */
  static async open(cacheDir: string, options: { readOnly?: boolean } = {}): Promise<Journal> {
    if (!options.readOnly) await mkdir(cacheDir, { recursive: true });
    const path = join(cacheDir, JOURNAL_FILE);
    let skipped = 0;
    let validBytes = 0;
    const size = await stat(path).then((s) => s.size, () => 0);
    if (options.readOnly && size === 0) return new Journal(null, null, null, 0, 0);
    const handle = options.readOnly ? null : await open(path, 'a+');
    const reader = openSync(path, 'r');
    const indexPath = options.readOnly ? join(tmpdir(), `dari-${indexFileName(JOURNAL_FILE)}`) : join(cacheDir, indexFileName(JOURNAL_FILE));
    const index = DiskHashIndex.create(indexPath, Math.ceil(size / TYPICAL_LINE_BYTES));
    const journal = (bytes: number) => new Journal(handle, reader, index, bytes, skipped);
    if (size > 0) {
      const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8', end: size - 1 }), crlfDelay: Infinity });
      const loading = journal(0);
      let consumed = 0;
      for await (const line of lines) {
        const offset = consumed;
        consumed += Buffer.byteLength(line, 'utf8') + 1;
        if (line.trim() === '') continue;
        const entry = parseEntry(line);
        if (!entry) {
          skipped++;
          continue;
        }
        loading.addToIndex(entry.k, offset);
        validBytes = consumed;
      }
    }
    if (!handle) return journal(size);
    let end = size;
    // Cut a torn last line so the next append starts on a line of its own.
    if (size > 0 && (await lastByte(handle, size)) !== 0x0a) {
      // A last line that parsed but lost its newline keeps its entry and gets the newline back.
      if (validBytes > size) {
        await handle.write('\n');
        end = size + 1;
      } else {
        await handle.truncate(validBytes);
        end = validBytes;
      }
    }
    return journal(end);
  }

  /** The newest entry under `key`. */
  get(key: string): JournalEntry | undefined {
    if (this.index === null) return undefined;
    let found: JournalEntry | undefined;
    this.index.find(indexHash(key), (offset) => {
      const entry = this.readAt(offset);
      if (entry?.k !== key) return false;
      found = entry;
      return true;
    });
    return found;
  }

  /** Append entries as one write, fsync, then make them visible. Resolves when durable. */
  append(entries: JournalEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    const handle = this.handle;
    if (this.closed || !handle) return Promise.reject(new Error('translation journal is closed or read-only'));
    // A reply that echoed the API key is stored with the key masked, as every other file Dari writes.
    const lines = entries.map((entry) => redact(JSON.stringify(entry)) + '\n');
    const write = this.tail.then(async () => {
      await handle.write(lines.join(''));
      await handle.sync();
      let offset = this.bytes;
      entries.forEach((entry, position) => {
        this.addToIndex(entry.k, offset);
        offset += Buffer.byteLength(lines[position]!, 'utf8');
      });
      this.bytes = offset;
    });
    this.tail = write.catch(() => {});
    return write;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.tail;
    await this.handle?.close();
    if (this.reader !== null) closeSync(this.reader);
    this.index?.close();
  }

  /** Index the entry whose line starts at `offset`; a later line with the same key replaces an earlier one. */
  private addToIndex(key: string, offset: number): void {
    this.index!.set(indexHash(key), offset, (earlier) => this.readAt(earlier)?.k === key);
  }

  /** The entry whose line starts at `offset`. */
  private readAt(offset: number): JournalEntry | null {
    let length = 4096;
    for (;;) {
      const buffer = Buffer.alloc(length);
      const read = readSync(this.reader!, buffer, 0, length, offset);
      const newline = buffer.subarray(0, read).indexOf(0x0a);
      if (newline >= 0) return parseEntry(buffer.toString('utf8', 0, newline));
      if (read < length) return parseEntry(buffer.toString('utf8', 0, read));
      length *= 4;
    }
  }
}

/** 32 bits of the key (FNV-1a); the full key is compared on read. */
function indexHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
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
