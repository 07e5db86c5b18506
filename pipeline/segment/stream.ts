// Paragraph splitting of a byte stream for `dari segment`: blank-line separated paragraphs in,
// one JSON line {"sentences": [...]} per paragraph out, as UTF-8 bytes (see ../commands/segment.ts).
import type { SegmentOptions } from './options.js';
import { codeUnits } from './chars.js';
import { splitRanges } from './splitter.js';
import type { SplitDecision } from './types.js';

/** Output is handed over in chunks of about this many bytes. */
export const WRITE_CHUNK = 1 << 18;

/**
 * Room for the byte offsets of a paragraph of this many sentences / 2 before `#sentenceBytes` grows (code
 * first run after V8 has optimized `#byteOffsets` throws that code away: grown rarely, it seldom runs).
 */
const SENTENCE_BYTES = 4096;

/**
 * Size of an output buffer: the output of a 1 MB read (about as many bytes) on top of WRITE_CHUNK
 * not yet taken, so it seldom grows (the growing code, first run after V8 has optimized the
 * writer, would throw that code away).
 */
const OUT_SIZE = 1 << 21;

/** JSON escapes of the characters JSON.stringify escapes in a string from decoded UTF-8 (", \, controls), by char code. */
const ESCAPES: Array<Buffer | undefined> = Array.from({ length: 0x80 }, (_, code) =>
  code < 0x20 || code === 0x22 || code === 0x5c ? Buffer.from(JSON.stringify(String.fromCharCode(code)).slice(1, -1), 'latin1') : undefined,
);
const OPEN = Buffer.from('{"sentences":[');
/** A character JSON.stringify escapes in text decoded from UTF-8. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f]/;
const CLOSE = Buffer.from(']}\n');
/** The bytes JSON.stringify escapes, apart from rare controls: ", \\, line feed, tab, carriage return. */
const ESCAPED_BYTES = [0x22, 0x5c, 0x0a, 0x09, 0x0d];
/** Control characters other than tab, line feed and carriage return: rare, so looked for once per chunk. */
const RARE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/**
 * Cuts a stream of text into paragraphs at blank lines and segments each one. Sentences are copied
 * as bytes straight from the input into the output (with JSON escapes), so no sentence string is
 * built, stringified or encoded again; the output is byte for byte what JSON.stringify would print.
 */
export class ParagraphSplitter {
  #out: Buffer = Buffer.allocUnsafe(OUT_SIZE);
  /** The buffer `take` last handed out, and one free to write into again (fewer 512 kB allocations). */
  #taken: Buffer | undefined;
  #spare: Buffer | undefined;
  #size = 0;
  #pending = '';
  #pendingBytes: Buffer | undefined;
  #first = true;
  #index = 0;
  /** The text paragraphs are cut from, and the same characters as UTF-8. */
  #data = '';
  /** `#data` as UTF-16 code units, for the splitter's main loop (see `codeUnits`). */
  #codes: Uint16Array = new Uint16Array(0);
  #bytes: Buffer = Buffer.alloc(0);
  /** UTF-8 start and end offsets of the sentences of the paragraph being written, in pairs. */
  #sentenceBytes = new Int32Array(SENTENCE_BYTES);
  /** `#data` holds a carriage return somewhere, so paragraphs are checked for one. */
  #carriageReturns = false;
  /** `#bytes` holds a rare control character, so paragraphs are checked for escapes by regex. */
  #rare = false;
  /** `#bytes` as a plain Uint8Array, whose subarray is cheaper than a Buffer's. */
  #view: Uint8Array = new Uint8Array(0);
  /** Next offset in `#bytes` of each of ESCAPED_BYTES (Infinity: none left; -1: not searched yet). */
  #nextEscape = [-1, -1, -1, -1, -1];

  constructor(
    private readonly options: SegmentOptions,
    private readonly debug: boolean,
    first = true,
  ) {
    this.#first = first;
    // Both fields are replaced later (`take`, a paragraph of many sentences): written a second time
    // here, V8 never treats them as constant, so no optimized code is thrown away and compiled
    // again when they first change.
    this.#out = Buffer.allocUnsafe(OUT_SIZE);
    this.#sentenceBytes = new Int32Array(SENTENCE_BYTES);
  }

  get size(): number {
    return this.#size;
  }

  /** `bytes` and `text` hold the same characters, ending at a line feed or at the end of the input. */
  push(bytes: Buffer, text: string): void {
    let chunk = text;
    let chunkBytes = bytes;
    if (this.#first && chunk.charCodeAt(0) === 0xfeff) {
      chunk = chunk.slice(1);
      chunkBytes = chunkBytes[0] === 0xef ? chunkBytes.subarray(3) : Buffer.from(chunk);
    }
    this.#first = false;
    // Malformed UTF-8 decodes to U+FFFD; the bytes are then re-encoded so both sides still agree.
    if (chunk.includes('\ufffd')) chunkBytes = Buffer.from(chunk);
    const pending = this.#pending;
    if (pending.length > 0 && pending.charCodeAt(pending.length - 1) === 0x0a && this.#closePending(chunk, chunkBytes)) return;
    const data = pending.length > 0 ? pending + chunk : chunk;
    this.#load(data, this.#pendingBytes && this.#pendingBytes.length > 0 ? Buffer.concat([this.#pendingBytes, chunkBytes]) : chunkBytes);
    // The lines of the pending paragraph before its last line feed were read already.
    const resume = pending.length > 0 ? pending.lastIndexOf('\n') : -1;
    const bytesResume = resume >= 0 ? lastLineFeed(this.#pendingBytes!) : -1;
    this.#paragraphs(data, 0, 0, resume >= 0 ? resume : data.indexOf('\n'), bytesResume >= 0 ? bytesResume : this.#bytes.indexOf(0x0a, 0));
  }

  /**
   * When the pending paragraph (ending in a line feed) closes at a blank line of `chunk`: emits it
   * from a short string of its own, then the rest of `chunk` in place, so the chunk is neither
   * joined to the pending text nor its bytes copied. Reads line feeds exactly as `#paragraphs`
   * would over the two joined. Returns false, having done nothing, when no blank line closes it.
   */
  #closePending(chunk: string, chunkBytes: Buffer): boolean {
    // -1 stands for the pending paragraph's final line feed.
    let newline = -1;
    let byteNewline = -1;
    let k = 0;
    for (;;) {
      k = newline + 1;
      while (k < chunk.length && (chunk.charCodeAt(k) === 0x20 || chunk.charCodeAt(k) === 0x09 || chunk.charCodeAt(k) === 0x0d)) k++;
      if (k >= chunk.length) return false;
      if (chunk.charCodeAt(k) === 0x0a) break;
      newline = chunk.indexOf('\n', newline + 1);
      byteNewline = chunkBytes.indexOf(0x0a, byteNewline + 1);
      if (newline === -1) return false;
    }
    // Spaces, tabs and carriage returns are one byte each: the blank line's line feed is at byte `cutByte - 1`.
    const cut = k + 1;
    const cutByte = byteNewline + (k - newline) + 1;
    const pending = this.#pending;
    const pendingBytes = this.#pendingBytes!;
    const head = pending + chunk.slice(0, cut);
    this.#load(head, Buffer.concat([pendingBytes, chunkBytes.subarray(0, cutByte)]));
    this.#paragraphs(head, 0, 0, pending.length - 1, pendingBytes.length - 1);
    this.#load(chunk, chunkBytes);
    this.#paragraphs(chunk, cut, cutByte, chunk.indexOf('\n', cut), chunkBytes.indexOf(0x0a, cutByte));
    return true;
  }

  /**
   * Emits every paragraph of `data` from `from` (byte `fromByte` of `#bytes`) on that a blank line
   * (only spaces, tabs or a carriage return) closes, reading line feeds from `newline` (at byte
   * `byteNewline`) on, and keeps the unfinished one as pending. Line feeds are found in the text
   * and in its bytes in step (the n-th of one is the n-th of the other), so every paragraph's bytes
   * are known without counting. (The hot loop is a method of its own, so V8 optimizes it once,
   * whatever the chunk.)
   */
  #paragraphs(data: string, from: number, fromByte: number, newline: number, byteNewline: number): void {
    this.#emitParagraphs(data, from, fromByte, newline, byteNewline);
    this.#pending = data.slice(this.#pendingFrom);
    this.#pendingBytes = this.#bytes.subarray(this.#pendingByte);
  }

  /** Where the unfinished paragraph `#emitParagraphs` leaves starts, in `#data` and in `#bytes`. */
  #pendingFrom = 0;
  #pendingByte = 0;

  /**
   * The loop of `#paragraphs`. A function of its own, which ends with the loop: the code after a
   * loop is first run when V8 has already optimized the loop (on the first chunk), and having no
   * type feedback yet, it would throw that code away, chunk after chunk.
   */
  #emitParagraphs(data: string, from: number, fromByte: number, newline: number, byteNewline: number): void {
    const bytes = this.#bytes;
    this.#pendingFrom = from;
    this.#pendingByte = fromByte;
    for (; newline !== -1; newline = data.indexOf('\n', newline + 1), byteNewline = bytes.indexOf(0x0a, byteNewline + 1)) {
      let k = newline + 1;
      while (k < data.length && (data.charCodeAt(k) === 0x20 || data.charCodeAt(k) === 0x09 || data.charCodeAt(k) === 0x0d)) k++;
      if (k >= data.length) break;
      if (data.charCodeAt(k) !== 0x0a) continue;
      this.#emit(from, newline, fromByte, byteNewline);
      // Spaces, tabs and carriage returns are one byte each.
      byteNewline += k - newline;
      from = k + 1;
      fromByte = byteNewline + 1;
      newline = k;
      this.#pendingFrom = from;
      this.#pendingByte = fromByte;
    }
  }

  end(): void {
    // (With nothing pending, the last buffer read may be gone: a worker hands its input back, see segment-worker.ts.)
    this.#load(this.#pending, this.#pending.length > 0 && this.#pendingBytes ? this.#pendingBytes : Buffer.alloc(0));
    this.#emit(0, this.#pending.length, 0, this.#bytes.length);
    this.#pending = '';
    this.#pendingBytes = undefined;
  }

  /** Makes `data` (and `bytes`, the same characters as UTF-8) the text the next paragraphs are cut from. */
  #load(data: string, bytes: Buffer): void {
    this.#data = data;
    this.#codes = codeUnits(data);
    this.#bytes = bytes;
    this.#view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    // (One native regular-expression scan of the text: cheaper than a byte search per control code.)
    this.#rare = RARE_CONTROL.test(data);
    this.#carriageReturns = bytes.indexOf(0x0d, 0) !== -1;
    this.#nextEscape.fill(-1);
  }

  /** The output so far; the splitter writes on into another buffer (see `release`). */
  take(): Buffer {
    const out = this.#out.subarray(0, this.#size);
    // The written buffer may still be queued by the stream: write on into the spare one, or a new one.
    this.#taken = this.#out;
    this.#out = this.#spare ?? Buffer.allocUnsafe(OUT_SIZE);
    this.#spare = undefined;
    this.#size = 0;
    return out;
  }

  /** The caller has written what `take` last returned and holds it no more: its buffer is reused. */
  release(): void {
    this.#spare = this.#taken;
    this.#taken = undefined;
  }

  /** Writes the paragraph `#data[from, to)`, whose UTF-8 bytes are `#bytes[fromByte, toByte)`. */
  #emit(from: number, to: number, fromByte: number, toByte: number): void {
    if (this.debug || (this.#carriageReturns && this.#data.slice(from, to).includes('\r'))) {
      this.#emitText(this.#data.slice(from, to));
      return;
    }
    // The splitter reads the paragraph in place in the chunk's text, which is a flat string: a
    // slice of it would cost an indirection on every character read (≈ a quarter of the
    // splitter's time). It reads nothing outside [from, to) that could change its answer: the
    // character before a paragraph is a line feed, as is the one after it.
    const offsets = splitRanges(this.#data, from, to, this.options, undefined, this.#codes);
    // A paragraph of whitespace only prints nothing.
    if (offsets.length === 0) return;
    const sentenceBytes = this.#byteOffsets(offsets, from, to, fromByte, toByte);
    this.#writeBytes(OPEN);
    for (let k = 0; k < offsets.length; k += 2) {
      if (k > 0) this.#out[this.#size++] = 0x2c;
      this.#writeSentence(offsets[k]!, offsets[k + 1]!, sentenceBytes[k]!, sentenceBytes[k + 1]!);
    }
    this.#writeBytes(CLOSE);
    this.#index++;
  }

  /** A paragraph with carriage returns (dropped from the text, so its bytes are not the input's), or any under --debug. */
  #emitText(paragraph: string): void {
    const text = paragraph.includes('\r') ? paragraph.replace(/\r/g, '') : paragraph;
    const offsets = splitRanges(text, 0, text.length, this.options);
    if (offsets.length === 0) return;
    const sentences: string[] = [];
    for (let k = 0; k < offsets.length; k += 2) sentences.push(text.slice(offsets[k], offsets[k + 1]));
    this.#writeString(`${JSON.stringify({ sentences })}\n`);
    if (this.debug) this.#explain(text);
    this.#index++;
  }

  /** --debug: what explainSplits returns, without loading the library index on the CLI's path. */
  #explain(text: string): void {
    const decisions: SplitDecision[] = [];
    splitRanges(text, 0, text.length, this.options, (decision) => decisions.push(decision));
    for (const decision of decisions) {
      process.stderr.write(`segment: paragraph ${this.#index} @${decision.offset} ${decision.decision} ${decision.rule} (${decision.kind})  ${decision.context}\n`);
    }
  }

  /**
   * Byte offset of the first character at or after `byte` that JSON.stringify escapes (", \, tab,
   * line feed, carriage return), or Infinity. Each is found with a native byte search (memchr) and
   * remembered until passed, so a chunk is searched once per character whatever its sentences.
   */
  #escapeFrom(byte: number): number {
    const next = this.#nextEscape;
    let first = Infinity;
    for (let k = 0; k < ESCAPED_BYTES.length; k++) {
      let at = next[k]!;
      if (at < byte) {
        const found = this.#bytes.indexOf(ESCAPED_BYTES[k]!, byte);
        next[k] = at = found === -1 ? Infinity : found;
      }
      if (at < first) first = at;
    }
    return first;
  }

  /**
   * UTF-8 offsets of the sentences `offsets` (offsets into `#data`) of the paragraph `#data[from, to)`,
   * which spans `#bytes[fromByte, toByte)`, in the same layout. Bytes are counted forward from the
   * paragraph's start up to its longest sentence and backward from its end down to it, so the
   * longest sentence is never counted.
   */
  #byteOffsets(offsets: number[], from: number, to: number, fromByte: number, toByte: number): Int32Array {
    if (this.#sentenceBytes.length < offsets.length) this.#sentenceBytes = new Int32Array(offsets.length * 2);
    const result = this.#sentenceBytes;
    // (Characters read from the code units: a load each instead of a `charCodeAt`.)
    const codes = this.#codes;
    let longest = 0;
    for (let k = 2; k < offsets.length; k += 2) if (offsets[k + 1]! - offsets[k]! > offsets[longest + 1]! - offsets[longest]!) longest = k;
    let char = from;
    let byte = fromByte;
    for (let k = 0; k <= longest; k++) {
      const at = offsets[k]!;
      for (; char < at; char++) byte += UTF8_LENGTH[codes[char]!]!;
      result[k] = byte;
    }
    char = to;
    byte = toByte;
    for (let k = offsets.length - 1; k > longest; k--) {
      const at = offsets[k]!;
      while (char > at) byte -= UTF8_LENGTH[codes[--char]!]!;
      result[k] = byte;
    }
    return result;
  }

  /** Copies `#data[start, end)`, which is `#bytes[byte, stop)`, as a JSON string. */
  #writeSentence(start: number, end: number, byte: number, stop: number): void {
    const data = this.#data;
    const bytes = this.#bytes;
    // At most 3 bytes per UTF-16 code unit, or 6 for an escaped control character, plus quotes.
    this.#reserve((end - start) * 6 + 2);
    const out = this.#out;
    let size = this.#size;
    out[size++] = 0x22;
    if (!this.#rare || !NEEDS_ESCAPE.test(data.slice(start, end))) {
      // The bytes are copied in runs between the characters to escape (usually one run, the whole
      // sentence): TypedArray#set of a plain Uint8Array view costs about half a Buffer#copy.
      const view = this.#view;
      for (let escape = this.#rare ? Infinity : this.#escapeFrom(byte); escape < stop; escape = this.#escapeFrom(byte)) {
        out.set(view.subarray(byte, escape), size);
        size += escape - byte;
        const sequence = ESCAPES[bytes[escape]!]!;
        for (let e = 0; e < sequence.length; e++) out[size++] = sequence[e]!;
        byte = escape + 1;
      }
      out.set(view.subarray(byte, stop), size);
      size += stop - byte;
      out[size++] = 0x22;
      this.#size = size;
      return;
    }
    for (let k = start; k < end; k++) {
      const code = data.charCodeAt(k);
      if (code < 0x80) {
        const escape = ESCAPES[code];
        if (escape === undefined) out[size++] = code;
        else for (let e = 0; e < escape.length; e++) out[size++] = escape[e]!;
        byte++;
      } else if (code < 0x800 || (code >= 0xd800 && code <= 0xdfff)) {
        out[size++] = bytes[byte++]!;
        out[size++] = bytes[byte++]!;
      } else {
        out[size++] = bytes[byte++]!;
        out[size++] = bytes[byte++]!;
        out[size++] = bytes[byte++]!;
      }
    }
    out[size++] = 0x22;
    this.#size = size;
  }

  #writeBytes(bytes: Uint8Array): void {
    this.#reserve(bytes.length);
    const out = this.#out;
    let size = this.#size;
    for (let k = 0; k < bytes.length; k++) out[size++] = bytes[k]!;
    this.#size = size;
  }

  #writeString(line: string): void {
    this.#reserve(line.length * 3);
    this.#size += this.#out.write(line, this.#size, 'utf8');
  }

  #reserve(length: number): void {
    if (this.#size + length <= this.#out.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.#out.length * 2, this.#size + length));
    this.#out.copy(grown, 0, 0, this.#size);
    this.#out = grown;
  }
}

/**
 * Feeds a splitter bytes read in pieces of any size: each piece is decoded up to its last line
 * feed (the rest waits for the next piece), so no character is ever cut in two.
 */
export class ByteFeeder {
  readonly #splitter: ParagraphSplitter;
  // The streaming TextDecoder decodes Korean about twice as fast as Buffer#toString (Node 20).
  readonly #decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  #rest: Buffer | undefined;

  constructor(splitter: ParagraphSplitter) {
    this.#splitter = splitter;
  }

  push(bytes: Buffer): void {
    const data = this.#rest ? Buffer.concat([this.#rest, bytes]) : bytes;
    const lastLine = lastLineFeed(data);
    if (lastLine === -1) {
      this.#rest = data;
      return;
    }
    const head = data.subarray(0, lastLine + 1);
    this.#splitter.push(head, this.#decoder.decode(head, { stream: true }));
    this.#rest = lastLine + 1 < data.length ? data.subarray(lastLine + 1) : undefined;
  }

  /** The last line (with no line feed after it), then the splitter's last paragraph. */
  end(): void {
    const rest = this.#rest;
    if (rest) this.#splitter.push(rest, this.#decoder.decode(rest, { stream: true }) + this.#decoder.decode());
    this.#rest = undefined;
    this.#splitter.end();
  }
}

/**
 * Offset of the last line feed of `bytes`, or -1. Buffer#indexOf and #lastIndexOf are always given
 * an offset: Node's shared helper behind them, optimized for numbers, is thrown away (and compiled
 * again) the first time it gets none.
 */
export function lastLineFeed(bytes: Buffer): number {
  return bytes.length > 0 ? bytes.lastIndexOf(0x0a, bytes.length - 1) : -1;
}

/** UTF-8 length of each UTF-16 code unit (a surrogate pair is 2 + 2 bytes). */
const UTF8_LENGTH: Uint8Array = (() => {
  const table = new Uint8Array(0x10000).fill(3, 0x800);
  table.fill(1, 0, 0x80).fill(2, 0x80, 0x800).fill(2, 0xd800, 0xe000);
  return table;
})();
