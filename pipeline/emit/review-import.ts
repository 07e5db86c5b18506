// `dari import`: a reviewer's decisions — an edited TSV/CSV, XLIFF 1.2/2.1, TMX, or the review page's
// export — applied to a run folder. Unchanged records are copied byte for byte; a record whose English
// changed gets origin "review"; any record the reviewer edited or accepted gets `reviewed: true`; a
// rejected record moves to rejects.jsonl with stage "review". tm.tmx and review.html are rewritten when
// anything changed.
import { closeSync, copyFileSync, createReadStream, existsSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { basename, extname, join } from 'node:path';
import { z } from 'zod';
import { AlignedRecordSchema, RejectRecordSchema, type AlignedRecord, type Flag, type RejectRecord } from '../schemas.js';
import { createJsonlWriter, readJsonl } from '../jsonl.js';
import { UserError } from '../errors.js';
import { bomEncoding } from '../ingest/text-stream.js';
import { readTmx } from '../tmx-read.js';
import { createTextSink } from './sink.js';
import { exportRecords } from './formats.js';
import { createReviewWriter } from './review.js';
import { readCsv, readTsv } from './table.js';
import { readXml } from './xml-read.js';
import { OUTPUT_FILES } from './index.js';

export type Decision = 'accept' | 'reject';

/** What the reviewer said about one record. `en` is the English as the file has it (edited or not). */
export interface ReviewEdit {
  id: string;
  en?: string;
  decision?: Decision;
}

export type EditFormat = 'tsv' | 'csv' | 'xliff12' | 'xliff21' | 'tmx' | 'review-json';

export interface ReadEdits {
  format: EditFormat;
  edits: Map<string, ReviewEdit>;
  warnings: string[];
}

const DECISION_WORDS: Record<string, Decision> = {
  accept: 'accept', accepted: 'accept', ok: 'accept', yes: 'accept', y: 'accept', approved: 'accept', '✓': 'accept',
  reject: 'reject', rejected: 'reject', no: 'reject', n: 'reject', x: 'reject', '✗': 'reject',
};

function head(path: string, bytes = 4096): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const start = buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0));
    // UTF-16 with a BOM (Excel's "Unicode Text") as well as UTF-8; the BOM dropped either way.
    return new TextDecoder(bomEncoding(start)).decode(start);
  } finally {
    closeSync(fd);
  }
}

/** Which kind of file `path` is, from its first bytes (and its extension for CSV). */
export function detectEditFormat(path: string): EditFormat {
  const start = head(path);
  const trimmed = start.trimStart();
  if (trimmed.startsWith('{')) return 'review-json';
  if (trimmed.startsWith('<')) {
    if (/<tmx[\s>]/.test(start)) return 'tmx';
    const xliff = /<xliff\b[^>]*?\bversion\s*=\s*["']([^"']+)["']/.exec(start);
    if (xliff) return xliff[1]!.startsWith('1') ? 'xliff12' : 'xliff21';
    throw new UserError(`${path}: an XML file that is neither XLIFF nor TMX; import reads TSV, CSV, XLIFF 1.2/2.1, TMX or the review page's export`);
  }
  const firstLine = start.split('\n')[0] ?? '';
  if (extname(path).toLowerCase() === '.csv' || (!firstLine.includes('\t') && firstLine.includes(','))) return 'csv';
  if (firstLine.includes('\t')) return 'tsv';
  throw new UserError(`${path}: not a file import knows; it reads TSV, CSV, XLIFF 1.2/2.1, TMX or the review page's export`);
}

function addEdit(edits: Map<string, ReviewEdit>, edit: ReviewEdit, warnings: string[], where: string): void {
  if (edits.has(edit.id)) warnings.push(`${where}: id ${edit.id} appears again; the last one counts`);
  edits.set(edit.id, edit);
}

async function readTableEdits(path: string, format: 'tsv' | 'csv'): Promise<ReadEdits> {
  const edits = new Map<string, ReviewEdit>();
  const warnings: string[] = [];
  let columns: { id: number; en: number; decision: number } | undefined;
  let line = 0;
  for await (const row of format === 'tsv' ? readTsv(path) : readCsv(path)) {
    line += 1;
    if (!columns) {
      const names = row.map((name) => name.trim().toLowerCase());
      const find = (...candidates: string[]) => names.findIndex((name) => candidates.includes(name));
      columns = { id: find('id'), en: find('en-us', 'en', 'english', 'target'), decision: find('decision') };
      if (columns.id < 0) throw new UserError(`${path}: the first row has no \`id\` column; export the file with \`dari export --format ${format}\` and keep its header`);
      if (columns.en < 0 && columns.decision < 0) throw new UserError(`${path}: the first row has neither an \`en-US\` nor a \`decision\` column`);
      continue;
    }
    if (row.length === 1 && row[0] === '') continue;
    const id = row[columns.id];
    if (!id) {
      warnings.push(`${basename(path)}:${line}: no id; row skipped`);
      continue;
    }
    const edit: ReviewEdit = { id };
    if (columns.en >= 0 && row[columns.en] !== undefined) edit.en = row[columns.en];
    const word = columns.decision >= 0 ? (row[columns.decision] ?? '').trim().toLowerCase() : '';
    if (word) {
      const decision = DECISION_WORDS[word];
      if (decision) edit.decision = decision;
      else warnings.push(`${basename(path)}:${line}: decision \`${word}\` is neither accept nor reject; ignored`);
    }
    addEdit(edits, edit, warnings, `${basename(path)}:${line}`);
  }
  return { format, edits, warnings };
}

/** XLIFF 1.2 and 2.1: the record id is `resname` (1.2) or `name` (2.1), else the unit's `id`. */
async function readXliffEdits(path: string, format: 'xliff12' | 'xliff21'): Promise<ReadEdits> {
  const edits = new Map<string, ReviewEdit>();
  const warnings: string[] = [];
  const unitTag = format === 'xliff12' ? 'trans-unit' : 'unit';
  let unit: { id: string; target: string | null; reviewed: boolean; rejected: boolean } | null = null;
  let targetDepth = 0;
  let skipDepth = 0;
  await readXml(path, {
    open(name, attributes) {
      if (name === unitTag) {
        const id = (format === 'xliff12' ? attributes.resname : attributes.name) || attributes.id || '';
        unit = { id, target: null, reviewed: attributes.approved === 'yes', rejected: false };
        return;
      }
      if (!unit) return;
      if (name === 'segment' || (name === 'target' && format === 'xliff12')) {
        const state = attributes.state ?? '';
        if (['signed-off', 'final', 'reviewed'].includes(state)) unit.reviewed = true;
        if (state === 'x-rejected' || attributes.subState === 'dari:rejected') unit.rejected = true;
      }
      if (targetDepth > 0) {
        targetDepth += 1;
        // Alternative translations and the like nested in a target are not its text.
        if (name === 'alt-trans' || skipDepth > 0) skipDepth += 1;
        return;
      }
      if (name === 'target') {
        targetDepth = 1;
        unit.target ??= '';
      }
    },
    text(text) {
      if (unit && targetDepth > 0 && skipDepth === 0) unit.target += text;
    },
    close(name) {
      if (targetDepth > 0) {
        targetDepth -= 1;
        if (skipDepth > 0) skipDepth -= 1;
        return;
      }
      if (name !== unitTag || !unit) return;
      const current = unit as { id: string; target: string | null; reviewed: boolean; rejected: boolean };
      unit = null;
      if (!current.id) {
        warnings.push(`${basename(path)}: a ${unitTag} without resname/name/id; skipped`);
        return;
      }
      const edit: ReviewEdit = { id: current.id };
      if (current.target !== null && current.target !== '') edit.en = current.target;
      if (current.rejected) edit.decision = 'reject';
      else if (current.reviewed) edit.decision = 'accept';
      addEdit(edits, edit, warnings, basename(path));
    },
  });
  return { format, edits, warnings };
}

async function readTmxEdits(path: string): Promise<ReadEdits> {
  const edits = new Map<string, ReviewEdit>();
  const warnings: string[] = [];
  for await (const unit of readTmx(path)) {
    const id = unit.props['x-id'];
    if (!id) {
      warnings.push(`${basename(path)}: a <tu> without <prop type="x-id"> cannot be matched to a record; skipped`);
      continue;
    }
    const edit: ReviewEdit = { id, en: unit.target };
    if (unit.props['x-reviewed'] === 'true') edit.decision = 'accept';
    addEdit(edits, edit, warnings, basename(path));
  }
  return { format: 'tmx', edits, warnings };
}

const ReviewExportSchema = z.object({
  format: z.literal('dari-review'),
  version: z.literal(1),
  decisions: z.array(
    z.object({
      id: z.string(),
      decision: z.enum(['accept', 'reject']).nullable().optional(),
      en: z.string().optional(),
    }),
  ),
});

async function readReviewJson(path: string): Promise<ReadEdits> {
  let parsed: z.infer<typeof ReviewExportSchema>;
  try {
    const result = ReviewExportSchema.safeParse(JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')));
    if (!result.success) throw new UserError(`${path}: not a review-page export (${result.error.issues[0]?.path.join('.')}: ${result.error.issues[0]?.message})`);
    parsed = result.data;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${path}: not valid JSON; export it again from review.html`);
  }
  const edits = new Map<string, ReviewEdit>();
  const warnings: string[] = [];
  for (const entry of parsed.decisions) {
    const edit: ReviewEdit = { id: entry.id };
    if (entry.en !== undefined) edit.en = entry.en;
    if (entry.decision) edit.decision = entry.decision;
    addEdit(edits, edit, warnings, basename(path));
  }
  return { format: 'review-json', edits, warnings };
}

export async function readEdits(path: string): Promise<ReadEdits> {
  if (!existsSync(path)) throw new UserError(`${path} not found; give the file you exported and edited`);
  if (statSync(path).isDirectory()) throw new UserError(`${path} is a folder; give the file you exported and edited`);
  const format = detectEditFormat(path);
  switch (format) {
    case 'tsv':
    case 'csv':
      return readTableEdits(path, format);
    case 'xliff12':
    case 'xliff21':
      return readXliffEdits(path, format);
    case 'tmx':
      return readTmxEdits(path);
    case 'review-json':
      return readReviewJson(path);
  }
}

export interface ImportCounts {
  /** Records whose English the reviewer changed. */
  edited: number;
  /** Records newly marked reviewed without an English change. */
  accepted: number;
  /** Records moved to rejects.jsonl. */
  rejected: number;
  /** Ids in the file that the run does not hold (already rejected, or from another run). */
  unknown: string[];
}

/** The record after the reviewer's edit, or null when nothing about it changes. */
function applyEdit(record: AlignedRecord, edit: ReviewEdit): AlignedRecord | null {
  const englishChanged = edit.en !== undefined && edit.en !== record.en;
  if (!englishChanged) {
    if (edit.decision === 'accept' && !record.reviewed) return { ...record, reviewed: true };
    return null;
  }
  // The findings were about the machine English: keep them on a note so nothing is lost.
  const note: Flag = {
    code: 'edited-in-review',
    severity: 'info',
    message: 'English edited by a reviewer',
    source: 'review',
    data: { previousEn: record.en, previousOrigin: record.origin, clearedFindings: record.flags.map((flag) => flag.code) },
  };
  return { ...record, en: edit.en!, origin: 'review', reviewed: true, flags: [note] };
}

/** Apply `edits` to the run in `runDir`; rewrites tm.tmx and review.html when anything changed. */
export async function applyEdits(runDir: string, edits: Map<string, ReviewEdit>, options: { toolVersion: string; now?: Date }): Promise<ImportCounts> {
  const alignedPath = join(runDir, OUTPUT_FILES.aligned);
  const rejectsPath = join(runDir, OUTPUT_FILES.rejects);
  if (!existsSync(alignedPath)) throw new UserError(`${alignedPath} not found; point --run at a run folder`);
  if (!statSync(alignedPath).isFile()) throw new UserError(`${alignedPath} is not a file; point --run at a run folder`);
  const counts: ImportCounts = { edited: 0, accepted: 0, rejected: 0, unknown: [] };
  const seen = new Set<string>();
  // Both files are rewritten beside the originals and renamed into place only once every line has
  // been read: a bad line or an interruption leaves the run as it was, and a second import cannot
  // reject the same record twice.
  const partPath = `${alignedPath}.part`;
  const rejectsPartPath = `${rejectsPath}.part`;
  if (existsSync(rejectsPath)) copyFileSync(rejectsPath, rejectsPartPath);
  else writeFileSync(rejectsPartPath, '');
  const out = createTextSink(partPath);
  const rejects = createJsonlWriter(rejectsPartPath, { append: true });
  const removeParts = () => {
    rmSync(partPath, { force: true });
    rmSync(rejectsPartPath, { force: true });
  };
  try {
    await copyWithEdits();
  } catch (error) {
    await Promise.allSettled([out.close(), rejects.close()]);
    removeParts();
    throw error;
  }
  await out.close();
  await rejects.close();
  for (const id of edits.keys()) if (!seen.has(id)) counts.unknown.push(id);
  if (counts.edited + counts.accepted + counts.rejected === 0) {
    // Nothing changed: leave every file as it was.
    removeParts();
    return counts;
  }
  if (counts.rejected > 0) renameSync(rejectsPartPath, rejectsPath);
  else rmSync(rejectsPartPath, { force: true });
  renameSync(partPath, alignedPath);
  await rewriteDerived(runDir, options);
  return counts;

  async function copyWithEdits(): Promise<void> {
    const lines = createInterface({ input: createReadStream(alignedPath, { encoding: 'utf8' }), crlfDelay: Infinity });
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber += 1;
      if (line.trim() === '') continue;
      let id: string | undefined;
      try {
        id = (JSON.parse(line) as { id?: string }).id;
      } catch {
        throw new UserError(`${alignedPath}:${lineNumber}: not valid JSON; fix or remove the line`);
      }
      const edit = id === undefined ? undefined : edits.get(id);
      if (!edit) {
        await out.write(line + '\n');
        continue;
      }
      seen.add(edit.id);
      const parsed = AlignedRecordSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new UserError(`${alignedPath}:${lineNumber}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
      const record = parsed.data;
      if (edit.decision === 'reject') {
        const reject: RejectRecord = {
          id: record.id,
          doc: record.doc,
          ko: record.ko,
          en: edit.en ?? record.en,
          stage: 'review',
          reason: 'rejected by a reviewer',
          flags: record.flags,
        };
        await rejects.write(reject);
        counts.rejected += 1;
        continue;
      }
      const updated = applyEdit(record, edit);
      if (!updated) {
        await out.write(line + '\n');
        continue;
      }
      if (updated.en !== record.en) counts.edited += 1;
      else counts.accepted += 1;
      await out.write(JSON.stringify(updated) + '\n');
    }
  }
}

/** Rewrite tm.tmx and review.html from aligned.jsonl and rejects.jsonl. */
export async function rewriteDerived(runDir: string, options: { toolVersion: string; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  const alignedPath = join(runDir, OUTPUT_FILES.aligned);
  const rejectsPath = join(runDir, OUTPUT_FILES.rejects);
  const tmxPath = join(runDir, OUTPUT_FILES.tmx);
  const tmx = createTextSink(`${tmxPath}.part`);
  await exportRecords(readJsonl(alignedPath, AlignedRecordSchema), 'tmx', tmx.write, { toolVersion: options.toolVersion, creationDate: now });
  await tmx.close();
  renameSync(`${tmxPath}.part`, tmxPath);
  const reviewPath = join(runDir, OUTPUT_FILES.review);
  const review = createReviewWriter(`${reviewPath}.part`, { title: basename(runDir), toolVersion: options.toolVersion, creationDate: now });
  for await (const record of readJsonl(alignedPath, AlignedRecordSchema)) await review.record(record);
  if (existsSync(rejectsPath)) for await (const reject of readJsonl(rejectsPath, RejectRecordSchema)) await review.reject(reject);
  await review.close();
  renameSync(`${reviewPath}.part`, reviewPath);
}
