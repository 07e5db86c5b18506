// Ingest: a file or a folder in, one decoded document at a time out. Unusable files go to `onSkip`
// with a reason and the run goes on. Holds one file in memory at a time; `.jsonl` is read line by line.
import { closeSync, openSync, promises as fs, readSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { Config, IngestedDoc, SkippedFile } from '../schemas.js';
import { decodeBytes, normalizeText, unusableText } from './decode.js';
import { extractArticle } from './html.js';
import { bomEncoding, readTextChunks } from './text-stream.js';
import { describeFsError, walk } from './walk.js';
import { DiskStringSet } from '../translate/disk-index.js';

export { decodeBytes, hasKorean, normalizeText } from './decode.js';
export { extractArticle } from './html.js';

type Format = IngestedDoc['format'];

const FORMATS: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/**
 * Reads `input` (a file or a folder, recursively, in sorted order) and yields its documents.
 * `doc` is the path relative to the input folder with forward slashes (`#<id>` appended for JSONL lines).
 */
export async function* ingest(
  input: string,
  options: Config['ingest'],
  onSkip: (file: SkippedFile) => void,
): AsyncGenerator<IngestedDoc> {
  const extensions = new Set(options.extensions.map((ext) => ext.toLowerCase()));
  for await (const file of walk(input, onSkip)) {
    const ext = path.extname(file.path).toLowerCase();
    const format = FORMATS[ext];
    if (!extensions.has(ext) || !format) {
      onSkip({ path: file.path, reason: `not a file type Dari reads (${ext || 'no extension'}; reads ${[...extensions].join(', ')})` });
      continue;
    }
    if (format === 'jsonl') {
      yield* readJsonl(file.path, file.relative, file.size, options, onSkip);
      continue;
    }
    if (file.size > options.maxFileBytes) {
      onSkip({ path: file.path, reason: `too large (${file.size} bytes; ingest.maxFileBytes is ${options.maxFileBytes})` });
      continue;
    }
    const doc = await readDocument(file.path, file.relative, format);
    if ('reason' in doc) onSkip({ path: file.path, reason: doc.reason });
    else yield doc;
  }
}

async function readDocument(filePath: string, relative: string, givenFormat: Format): Promise<IngestedDoc | { reason: string }> {
  let format = givenFormat;
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    return { reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  if (bytes.length === 0) return { reason: 'empty file' };
  // A page saved with a text extension is still a page: read it as HTML.
  if (format !== 'html' && HTML_START.test(bytes.subarray(0, 512).toString('latin1'))) format = 'html';
  const decoded = decodeBytes(bytes, format === 'html' ? declaredCharset(bytes) : undefined);
  if (!decoded.ok) return { reason: decoded.reason };
  let text = decoded.text;
  let meta: Record<string, string> = {};
  if (format === 'html') {
    let article;
    try {
      article = extractArticle(text);
    } catch (error) {
      // Pathological markup (nesting deeper than the stack) must cost one file, not the run.
      return { reason: `cannot extract the article from this HTML (${error instanceof Error ? error.message : String(error)})` };
    }
    text = normalizeText(article.text);
    meta = article.meta;
  }
  const problem = unusableText(text);
  if (problem) return { reason: format === 'html' && problem === 'whitespace only' ? 'no article text in the page' : problem };
  return { doc: relative, path: filePath, format, encoding: decoded.encoding, text, meta };
}

const HTML_START = /^(?:\ufeff|\xef\xbb\xbf)?\s*(?:<!--[^]*?-->\s*)?<(?:!doctype\s+html|html[\s>])/i;
/** Names Korean pages give their legacy encoding; all are read as CP949, which contains EUC-KR. */
const KOREAN_CHARSETS = /^(?:euc-?kr|ks_c_5601-1987|ksc5601|ks_c_5601|cp949|windows-949|x-windows-949|uhc|ms949)$/i;

/** The charset an HTML page declares in its first 4 KB (`<meta charset>` or `http-equiv`). */
function declaredCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const charset = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  return charset && KOREAN_CHARSETS.test(charset) ? 'cp949' : charset;
}

/** `utf-16le`/`utf-16be` when the file opens with that byte order mark, else `utf-8`. */
function fileEncoding(path: string): string {
  const head = Buffer.alloc(2);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    readSync(fd, head, 0, 2, 0);
  } catch {
    // Unreadable: the read that follows names the problem.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return bomEncoding(head);
}

async function* readJsonl(
  filePath: string,
  relative: string,
  size: number,
  options: Config['ingest'],
  onSkip: (file: SkippedFile) => void,
): AsyncGenerator<IngestedDoc> {
  if (size === 0) {
    onSkip({ path: filePath, reason: 'empty file' });
    return;
  }
  // UTF-8 (a BOM dropped) or UTF-16 with a BOM; a binary file is skipped whole, with the reason.
  const encoding = fileEncoding(filePath);
  const lines = createInterface({ input: Readable.from(readTextChunks(filePath, filePath)), crlfDelay: Infinity });
  let lineNumber = 0;
  let yielded = 0;
  // On disk: one JSONL file may hold millions of documents.
  const seenIds = new DiskStringSet();
  const skip = (reason: string) => onSkip({ path: `${filePath}:${lineNumber}`, reason: `line ${lineNumber}: ${reason}` });
  const iterator = lines[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<string>;
      try {
        next = await iterator.next();
      } catch (error) {
        const reason = /binary file/.test((error as Error).message) ? 'binary file (holds NUL bytes)' : describeFsError((error as Error).cause ?? error);
        onSkip({ path: filePath, reason: lineNumber === 0 ? reason : `${reason} after line ${lineNumber}` });
        return;
      }
      if (next.done) break;
      const line = next.value;
      lineNumber++;
      if (line.trim() === '') continue;
      if (line.length > options.maxFileBytes) {
        skip(`too long (${line.length} characters; ingest.maxFileBytes is ${options.maxFileBytes})`);
        continue;
      }
      if (line.includes('\ufffd')) {
        skip('invalid UTF-8');
        continue;
      }
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        skip('not valid JSON');
        continue;
      }
      if (!record || typeof record !== 'object' || Array.isArray(record)) {
        skip('not a JSON object with "id" and "text"');
        continue;
      }
      const { id, text } = record as { id?: unknown; text?: unknown };
      if ((typeof id !== 'string' && typeof id !== 'number') || String(id) === '') {
        skip('missing "id" (a string or number)');
        continue;
      }
      if (typeof text !== 'string') {
        skip(`id ${String(id)}: missing "text" (a string)`);
        continue;
      }
      if (!seenIds.add(String(id))) {
        skip(`id ${String(id)}: repeats an earlier id in this file`);
        continue;
      }
      const normalized = normalizeText(text);
      const problem = unusableText(normalized);
      if (problem) {
        skip(`id ${String(id)}: ${problem}`);
        continue;
      }
      yielded++;
      yield { doc: `${relative}#${String(id)}`, path: filePath, format: 'jsonl', encoding, text: normalized, meta: {} };
    }
  } finally {
    seenIds.close();
  }
  // Name the file once when nothing in it was usable, so it does not vanish from the summary.
  if (yielded === 0) onSkip({ path: filePath, reason: lineNumber === 0 ? 'empty file' : 'no usable lines' });
}
