// Bytes → text: detect the encoding (BOM, UTF-8, UTF-16, EUC-KR/CP949), refuse binary or broken files
// with a reason, and normalize to NFC with LF line ends.
import iconv from 'iconv-lite';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

/** True when the text holds at least one Hangul syllable or jamo. */
export function hasKorean(text: string): boolean {
  return HANGUL.test(text);
}

/** CRLF and lone CR become LF; the result is NFC. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

/**
 * Decode a whole file. `declared` is a charset a container named (an HTML `<meta charset>`); it is tried
 * only when the bytes are not valid UTF-8 and carry no BOM.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  const bom = detectBom(buffer);
  const utf16 = bom ? null : looksLikeUtf16(buffer);
  let decoded: Decoded;
  if (bom) {
    decoded = { ok: true, text: iconv.decode(buffer.subarray(bom.length), bom.encoding), encoding: bom.label };
  } else if (utf16) {
    decoded = { ok: true, text: iconv.decode(buffer, utf16), encoding: utf16 };
  } else if (buffer.includes(0)) {
    return { ok: false, reason: 'binary file (holds NUL bytes)' };
  } else {
    decoded = decodeWithoutBom(buffer, declared);
  }
  if (!decoded.ok) return decoded;

  const text = normalizeText(decoded.text);
  if (controlRatio(text) > 0.02) return { ok: false, reason: 'binary file (control characters)' };
  return { ok: true, text, encoding: decoded.encoding };
}

/** Reasons a decoded text is still unusable, or null. */
export function unusableText(text: string): string | null {
  if (text.trim() === '') return 'whitespace only';
  if (!hasKorean(text)) return 'no Korean text';
  return null;
}

function detectBom(buffer: Buffer): { length: number; encoding: string; label: string } | null {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return { length: 3, encoding: 'utf8', label: 'utf-8-bom' };
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { length: 2, encoding: 'utf16le', label: 'utf-16le' };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { length: 2, encoding: 'utf16be', label: 'utf-16be' };
  return null;
}

/**
 * UTF-16 without a BOM: ASCII characters put a zero in every other byte. Hangul (U+AC00–U+D7A3) has no
 * zero byte, so a Korean text needs only some ASCII (spaces, digits) to show the pattern.
 * Counterexample: a binary file with scattered NULs has zeros at both parities and is refused.
 */
function looksLikeUtf16(buffer: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (buffer.length < 4 || buffer.length % 2 !== 0) return null;
  const sample = buffer.subarray(0, Math.min(buffer.length, 64 * 1024));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  // A few Hangul syllables (가 U+AC00, 였 U+C600) do have a zero byte, so the other side need only be rare.
  if (oddZeros > pairs * 0.1 && evenZeros * 4 <= oddZeros) return 'utf-16le';
  if (evenZeros > pairs * 0.1 && oddZeros * 4 <= evenZeros) return 'utf-16be';
  return null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeWithoutBom(buffer: Buffer, declared?: string): Decoded {
  try {
    return { ok: true, text: utf8.decode(buffer), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: either another encoding or a broken UTF-8 file.
  }
  const scan = scanUtf8(buffer);
  // Mostly well-formed 3- and 4-byte sequences (UTF-8 Hangul is 3 bytes) with a few bad bytes: a damaged
  // UTF-8 file. Counterexample: EUC-KR pairs such as C8 A1 look like 2-byte UTF-8, so those do not count.
  if (scan.valid > scan.invalid * 3) {
    return { ok: false, reason: `broken UTF-8 (invalid byte at offset ${scan.firstInvalid}); re-save the file as UTF-8` };
  }
  const candidates = declared && iconv.encodingExists(declared) ? [declared, 'cp949'] : ['cp949'];
  for (const encoding of candidates) {
    const text = iconv.decode(buffer, encoding);
    const replaced = countOf(text, '\ufffd');
    if (replaced === 0 || (replaced <= 2 && replaced * 1000 < text.length)) {
      const label = encoding.toLowerCase() === 'cp949' && isPlainEucKr(buffer) ? 'euc-kr' : encoding.toLowerCase();
      return { ok: true, text, encoding: label };
    }
  }
  return { ok: false, reason: 'undecodable (neither UTF-8, UTF-16 nor EUC-KR/CP949)' };
}

/** Counts well-formed UTF-8 sequences of three or four bytes, and stray bytes. */
function scanUtf8(buffer: Buffer): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let i = 0;
  while (i < buffer.length) {
    const byte = buffer[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    const length = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xc2 && byte <= 0xdf ? 2 : 0;
    let ok = length > 0 && i + length <= buffer.length;
    for (let k = 1; ok && k < length; k++) ok = (buffer[i + k]! & 0xc0) === 0x80;
    if (ok) {
      if (length >= 3) valid++;
      i += length;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    }
  }
  return { valid, invalid, firstInvalid };
}

/** Every double-byte pair sits in the KS X 1001 range (0xA1–0xFE twice): plain EUC-KR, no CP949 extension. */
function isPlainEucKr(buffer: Buffer): boolean {
  for (let i = 0; i < buffer.length; i++) {
    const byte = buffer[i]!;
    if (byte < 0x80) continue;
    const trail = buffer[i + 1] ?? 0;
    if (byte < 0xa1 || trail < 0xa1) return false;
    i++;
  }
  return true;
}

function controlRatio(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.length === 0) return 0;
  const controls = sample.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffe\uffff]/g)?.length ?? 0;
  return controls / sample.length;
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) count++;
  return count;
}
