// A hash table kept in a file, not in memory: a 32-bit tag → one number (a byte offset, say), with
// linear probing and a load of at most one half. The process holds only a file descriptor and a
// few small buffers however many entries there are; the table grows by doubling, rebuilt in a
// second file. Tags may collide: a lookup hands every value under a tag to the caller to confirm.
import { createHash } from 'node:crypto';
import { closeSync, ftruncateSync, openSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Bytes per slot: tag (uint32, 0 = empty), then the value as two uint32 halves (low, high). */
const SLOT_BYTES = 12;
/** Slots read per probe step: one small read covers most probe runs at a load of one half. */
const PROBE_SLOTS = 16;
/** Slots copied per read while the table doubles. */
const COPY_SLOTS = 4096;
const MIN_BITS = 10;

export class DiskHashIndex {
  private readonly probe = Buffer.alloc(PROBE_SLOTS * SLOT_BYTES);
  private readonly slot = Buffer.alloc(SLOT_BYTES);
  private count = 0;

  private constructor(
    private readonly path: string,
    private fd: number,
    private bits: number,
    /** Unlink on close (the file could not be unlinked while open). */
    private unlinkOnClose: boolean,
  ) {}

  /**
   * Create an empty table at `path` (overwriting any file there) sized for `expected` entries. The
   * file is unlinked at once where the system allows it (it lives on while open, and a killed
   * process leaves nothing behind); elsewhere it is removed on close.
   */
  static create(path: string, expected = 0): DiskHashIndex {
    let bits = MIN_BITS;
    while (2 ** bits < expected * 2) bits++;
    const fd = openSync(path, 'w+');
    ftruncateSync(fd, 2 ** bits * SLOT_BYTES);
    let unlinkOnClose = false;
    try {
      unlinkSync(path);
    } catch {
      unlinkOnClose = true;
    }
    return new DiskHashIndex(path, fd, bits, unlinkOnClose);
  }

  get size(): number {
    return this.count;
  }

  /** The first value under `tag` that `accept` confirms. */
  find(tag: number, accept: (value: number) => boolean): number | undefined {
    const stored = storedTag(tag);
    let result: number | undefined;
    this.walk(stored, (found, at) => {
      if (found === 0) return true;
      if (found !== stored) return false;
      const value = readValue(this.probe, at);
      if (!accept(value)) return false;
      result = value;
      return true;
    });
    return result;
  }

  /** Store `value` under `tag`, in place of the value `replaces` confirms if there is one. */
  set(tag: number, value: number, replaces: (value: number) => boolean = () => false): void {
    const stored = storedTag(tag);
    this.walk(stored, (found, at, index) => {
      if (!(found === 0 || (found === stored && replaces(readValue(this.probe, at))))) return false;
      this.writeSlot(index, stored, value);
      if (found === 0 && ++this.count * 2 > 2 ** this.bits) this.grow();
      return true;
    });
  }

  close(): void {
    closeSync(this.fd);
    if (this.unlinkOnClose) unlinkSync(this.path);
  }

  /** First slot to probe: the tag's high bits after a multiplicative mix, so runs of close tags spread. */
  private home(stored: number): number {
    return (Math.imul(stored, 0x9e3779b1) >>> 0) >>> (32 - this.bits);
  }

  private get mask(): number {
    return 2 ** this.bits - 1;
  }

  /** Read up to PROBE_SLOTS slots from `index` (not past the table's end); returns how many. */
  private readSlots(index: number): number {
    const slots = Math.min(PROBE_SLOTS, 2 ** this.bits - index);
    readSync(this.fd, this.probe, 0, slots * SLOT_BYTES, index * SLOT_BYTES);
    return slots;
  }

  private writeSlot(index: number, stored: number, value: number): void {
    this.slot.writeUInt32LE(stored, 0);
    this.slot.writeUInt32LE(value % 2 ** 32, 4);
    this.slot.writeUInt32LE(Math.floor(value / 2 ** 32), 8);
    writeSync(this.fd, this.slot, 0, SLOT_BYTES, index * SLOT_BYTES);
  }

  /** Double the table: copy every slot into a new file, then put it in this one's place. */
  private grow(): void {
    const next = `${this.path}.grow`;
    const bigger = DiskHashIndex.create(next, 0);
    bigger.bits = this.bits + 1;
    ftruncateSync(bigger.fd, 2 ** bigger.bits * SLOT_BYTES);
    const buffer = Buffer.alloc(COPY_SLOTS * SLOT_BYTES);
    const total = 2 ** this.bits;
    for (let start = 0; start < total; start += COPY_SLOTS) {
      const slots = Math.min(COPY_SLOTS, total - start);
      readSync(this.fd, buffer, 0, slots * SLOT_BYTES, start * SLOT_BYTES);
      for (let i = 0; i < slots; i++) {
        const tag = buffer.readUInt32LE(i * SLOT_BYTES);
        if (tag !== 0) bigger.place(tag, readValue(buffer, i * SLOT_BYTES));
      }
    }
    closeSync(this.fd);
    if (this.unlinkOnClose) {
      // The old file still has its name here: the new one takes it.
      closeSync(bigger.fd);
      renameSync(next, this.path);
      this.fd = openSync(this.path, 'r+');
    } else {
      this.fd = bigger.fd;
    }
    this.bits = bigger.bits;
  }

  /** Put an entry known to be new into the first free slot (while growing). */
  private place(stored: number, value: number): void {
    this.walk(stored, (found, _at, index) => {
      if (found !== 0) return false;
      this.writeSlot(index, stored, value);
      this.count++;
      return true;
    });
  }

  /**
   * Visit the slots of `stored`'s probe sequence in order, from its home slot, until `visit` returns
   * true: each slot's tag, its byte offset in `this.probe` and its index in the table.
   */
  private walk(stored: number, visit: (found: number, at: number, index: number) => boolean): void {
    for (let index = this.home(stored); ; ) {
      const slots = this.readSlots(index);
      for (let i = 0; i < slots; i++) {
        const at = i * SLOT_BYTES;
        if (visit(this.probe.readUInt32LE(at), at, (index + i) & this.mask)) return;
      }
      index = (index + slots) & this.mask;
    }
  }
}

let filesNamed = 0;

/** `<prefix>.<pid>-<n>.idx`: a name no other table of this or another process uses. */
export function indexFileName(prefix: string): string {
  filesNamed += 1;
  return `${prefix}.${process.pid}-${filesNamed}.idx`;
}

/**
 * A set of strings on disk: 80 bits of each string's SHA-256 are kept and compared (two strings
 * among a billion share them with a chance of about 4 in 10 million).
 */
export class DiskStringSet {
  private readonly index = DiskHashIndex.create(join(tmpdir(), indexFileName('dari-set')));

  /** Add `text`; false when it was there already. */
  add(text: string): boolean {
    const digest = createHash('sha256').update(text).digest();
    const tag = digest.readUInt32LE(0);
    const check = digest.readUIntLE(4, 6);
    if (this.index.find(tag, (value) => value === check) !== undefined) return false;
    this.index.set(tag, check);
    return true;
  }

  close(): void {
    this.index.close();
  }
}

/** Tag 0 marks an empty slot, so it is stored as 1. */
function storedTag(tag: number): number {
  return tag >>> 0 || 1;
}

function readValue(buffer: Buffer, at: number): number {
  return buffer.readUInt32LE(at + 4) + buffer.readUInt32LE(at + 8) * 2 ** 32;
}
