// A text file (or stdin) as a stream of strings for the line-by-line commands (`validate --pairs`,
// `import`): UTF-8 with or without a BOM, or UTF-16 with a BOM (what Excel's "Unicode Text" and
// Windows Notepad write). A file holding NUL bytes without a UTF-16 BOM is binary and refused with
// one line, instead of coming out as one bad line after another.
import { createReadStream } from 'node:fs';
import { describeFileError, UserError } from '../errors.js';

/** The encoding a byte order mark at the start of `start` names, else UTF-8. */
export function bomEncoding(start: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (start[0] === 0xff && start[1] === 0xfe) return 'utf-16le';
  if (start[0] === 0xfe && start[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * Decoded chunks of `input` (a path, or a byte stream such as stdin, named `name` in messages).
 * The BOM is dropped; malformed UTF-8 becomes U+FFFD. A missing, unreadable or binary file is a
 * UserError naming it.
 */
export async function* readTextChunks(input: string | AsyncIterable<Uint8Array>, name: string): AsyncGenerator<string> {
  const bytes = typeof input === 'string' ? createReadStream(input) : input;
  let decoder: TextDecoder | undefined;
  // The first bytes, held until there are enough to see a BOM (stdin may deliver them one at a time).
  let head = Buffer.alloc(0);
  try {
    for await (const chunk of bytes) {
      let piece: Uint8Array = chunk;
      if (!decoder) {
        head = Buffer.concat([head, chunk]);
        if (head.length < 4) continue;
        decoder = startDecoder(head, name);
        piece = head;
      }
      const text = decoder.decode(piece, { stream: true });
      if (text) yield text;
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot read ${name}: ${describeFileError(error)}`, { cause: error });
  }
  // A file of fewer than four bytes never started the decoder; otherwise flush what it holds.
  const rest = decoder ? decoder.decode() : startDecoder(head, name).decode(head);
  if (rest) yield rest;
}

function startDecoder(head: Buffer, name: string): TextDecoder {
  const encoding = bomEncoding(head);
  if (encoding === 'utf-8' && head.subarray(0, 64 * 1024).includes(0)) {
    throw new UserError(`${name}: a binary file (it holds NUL bytes), or UTF-16 without a byte order mark; give a UTF-8 text file`);
  }
  // ignoreBOM: false, the default, drops the BOM.
  return new TextDecoder(encoding);
}
