// The whole pipeline: ingest → clean → segment → translate → align → validate → emit.
// Each stage streams its documents into a JSONL file in `<out>/stages/`, the next stage reads that file,
// so memory stays flat and `from` can rerun the pipeline from any stage on the persisted input.
import { mkdirSync, existsSync, readFileSync } from 'node:fs';
import { join, basename, resolve } from 'node:path';
import type { Config, TranslatedDoc, AlignedRecord, RejectRecord, SkippedFile, SegmentedDoc } from './schemas.js';
import { CleanedDocSchema, IngestedDocSchema, SegmentedDocSchema, TranslatedDocSchema } from './schemas.js';
import { createJsonlWriter, readJsonl } from './jsonl.js';
import { ingest } from './ingest/index.js';
import { createCleaner } from './clean/index.js';
import { segmentDocument } from './segment/index.js';
import { translateDocuments, retranslate, type TranslateContext } from './translate/index.js';
import { alignDocument } from './align/index.js';
import { createValidator, estimateQuality, feedbackFor } from './validate/index.js';
import { Glossary } from './translate/glossary.js';
import OpenAI from 'openai';
import { createEmitter } from './emit/index.js';
import { createFileCountsWriter, writeSummaryWithFileCounts } from './file-counts.js';
import { UserError } from './errors.js';
import type { Logger } from './log.js';
import type { Progress } from './progress.js';

export const STAGES = ['ingest', 'clean', 'segment', 'translate', 'align'] as const;
export type Stage = (typeof STAGES)[number];

const STAGE_FILES: Record<Exclude<Stage, 'align'>, string> = {
  ingest: 'ingested.jsonl',
  clean: 'cleaned.jsonl',
  segment: 'segmented.jsonl',
  translate: 'translated.jsonl',
};

export interface RunOptions {
  config: Config;
  /** Run folder. */
  out: string;
  /** Translation cache folder. */
  cache: string;
  /** First stage to run; earlier stages are read from the run folder. @default "ingest" */
  from?: Stage;
  apiKey?: string;
  baseURL?: string;
  logger: Logger;
  progress: Progress;
  toolVersion: string;
  /** Last stage to run (`segment` for a dry run). @default "align" (all) */
  stopAfter?: Stage;
  /** Injected for tests. */
  fetch?: typeof fetch;
}

export interface RunSummary {
  tool: { name: 'dari'; version: string };
  input: string;
  startedAt: string;
  finishedAt: string;
  seconds: number;
  stages: Record<string, Record<string, number>>;
  skipped: SkippedFile[];
  translation: unknown;
  findings: Record<string, { error: number; warning: number; info: number }>;
  links: Record<string, number>;
  needApi: number;
  peakRssBytes: number;
}

/**
 * Run the pipeline and write every output into `options.out`. Returns the summary also written to summary.json,
 * less its counts per document (`files`, streamed into the file from `stages/counts-*.jsonl`).
 */
export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const { config, out, logger, progress } = options;
  const started = Date.now();
  const stagesDir = join(out, 'stages');
  mkdirSync(stagesDir, { recursive: true });
  mkdirSync(options.cache, { recursive: true });
  const from = options.from ?? 'ingest';
  const fromIndex = STAGES.indexOf(from);
  const stagePath = (stage: Exclude<Stage, 'align'>) => join(stagesDir, STAGE_FILES[stage]);
  const previousSummary = readPreviousSummary(out);
  if (fromIndex > 0) {
    const needed = STAGES[fromIndex - 1] as Exclude<Stage, 'align'>;
    if (!existsSync(stagePath(needed)) || !previousSummary) {
      throw new UserError(`cannot start at \`${from}\`: ${stagePath(needed)} is missing; run the whole pipeline once first`);
    }
  }

  const stages: RunSummary['stages'] = { ...(previousSummary?.stages ?? {}) };
  let stageStarted = Date.now();
  const finishStage = (name: string, counts: Record<string, number>) => {
    stages[name] = { ...counts, seconds: (Date.now() - stageStarted) / 1000 };
    stageStarted = Date.now();
  };
  let skipped: SkippedFile[] = previousSummary?.skipped ?? [];
  const cleaner = createCleaner(config.clean);

  // ingest (and the cleaner's first pass over the whole corpus)
  if (fromIndex <= STAGES.indexOf('ingest')) {
    skipped = [];
    // The TMs and glossary the config names may sit in the corpus folder (corpus/sample.tmx does): not input.
    const ownFiles = new Set([...config.translate.tm, config.translate.glossary].filter((path) => path !== null).map((path) => resolve(path)));
    progress.stage('ingest');
    const writer = createJsonlWriter(stagePath('ingest'));
    const counts = createFileCountsWriter(stagesDir, 'ingest');
    // Skips are reported as they come once a document has been read; before that they wait, so
    // that an input with nothing usable ends in one line naming the file and its reason.
    let heldSkips = 0;
    const reportSkip = (file: SkippedFile) => logger.warn(`skipped ${file.path}: ${file.reason}`);
    for await (const doc of ingest(config.input, config.ingest, (file) => {
      if (ownFiles.has(resolve(file.path))) return;
      skipped.push(file);
      if (writer.count > 0) reportSkip(file);
      else heldSkips++;
    })) {
      if (heldSkips > 0) {
        skipped.slice(-heldSkips).forEach(reportSkip);
        heldSkips = 0;
      }
      cleaner.observe(doc);
      await counts.write(doc.doc, { lines: countLines(doc.text) });
      await writer.write(doc);
      progress.tick(writer.count);
    }
    await Promise.all([writer.close(), counts.close()]);
    if (writer.count === 0) {
      const advice = 'point --input at .txt, .md, .html or .jsonl files with Korean text';
      if (skipped.length === 1) throw new UserError(`no usable Korean text in ${skipped[0]!.path}: ${skipped[0]!.reason}; ${advice}`);
      skipped.forEach(reportSkip);
      throw new UserError(`no usable Korean text in ${config.input}${skipped.length ? ` (${skipped.length} files skipped, see above)` : ''}; ${advice}`);
    }
    finishStage('ingest', { documents: writer.count, skipped: skipped.length });
    progress.done(`${writer.count} documents, ${skipped.length} files skipped`);
  } else if (fromIndex === STAGES.indexOf('clean')) {
    for await (const doc of readJsonl(stagePath('ingest'), IngestedDocSchema)) cleaner.observe(doc);
  }

  // clean
  if (fromIndex <= STAGES.indexOf('clean')) {
    progress.stage('clean', stages.ingest?.documents);
    const writer = createJsonlWriter(stagePath('clean'));
    const log = createJsonlWriter(join(out, 'clean-log.jsonl'));
    const counts = createFileCountsWriter(stagesDir, 'clean');
    let paragraphs = 0;
    for await (const ingested of readJsonl(stagePath('ingest'), IngestedDocSchema)) {
      const result = cleaner.clean(ingested);
      for (const entry of result.log) await log.write(entry);
      await counts.write(ingested.doc, { linesRemoved: result.log.length, paragraphs: result.doc.paragraphs.length });
      paragraphs += result.doc.paragraphs.length;
      await writer.write(result.doc);
      progress.tick(writer.count);
    }
    await Promise.all([writer.close(), log.close(), counts.close()]);
    finishStage('clean', { documents: writer.count, paragraphs, linesRemoved: log.count });
    progress.done(`${paragraphs} paragraphs kept, ${log.count} lines removed (clean-log.jsonl)`);
  }

  // segment
  if (fromIndex <= STAGES.indexOf('segment')) {
    progress.stage('segment', stages.clean?.documents);
    const writer = createJsonlWriter(stagePath('segment'));
    const counts = createFileCountsWriter(stagesDir, 'segment');
    let sentences = 0;
    for await (const cleaned of readJsonl(stagePath('clean'), CleanedDocSchema)) {
      const segmented = segmentDocument(cleaned, config.segment);
      await counts.write(cleaned.doc, { sentences: segmented.sentences.length });
      sentences += segmented.sentences.length;
      await writer.write(segmented);
      progress.tick(writer.count);
    }
    await Promise.all([writer.close(), counts.close()]);
    finishStage('segment', { documents: writer.count, sentences });
    progress.done(`${sentences} sentences`);
  }

  if (options.stopAfter === 'segment') return await writeSummary();

  // translate
  const translateContext: TranslateContext = {
    options: config.translate,
    cacheDir: options.cache,
    runDir: out,
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    logger,
    fetch: options.fetch,
    onProgress: (done) => progress.tick(done),
  };
  let translationStats: unknown = previousSummary?.translation ?? null;
  if (fromIndex <= STAGES.indexOf('translate')) {
    progress.stage('translate', stages.segment?.sentences);
    const writer = createJsonlWriter(stagePath('translate'));
    const docs = readJsonl(stagePath('segment'), SegmentedDocSchema) as AsyncIterable<SegmentedDoc>;
    const translation = translateDocuments(docs, translateContext);
    let translated = 0;
    let missing = 0;
    for await (const doc of translation) {
      for (const item of doc.translations) item.en === null ? (missing += 1) : (translated += 1);
      await writer.write(doc);
    }
    await writer.close();
    translationStats = translateContext.stats ?? null;
    finishStage('translate', { documents: writer.count, translated, untranslated: missing });
    progress.done(`${translated} translated, ${missing} without translation`);
  }

  // align → validate (→ one repair attempt) → emit
  progress.stage('align', stages.translate?.documents);
  const emitter = createEmitter(out, { toolVersion: options.toolVersion });
  const fileCounts = createFileCountsWriter(stagesDir, 'align');
  const glossary = (await Glossary.load(config.translate.glossary)).fixed;
  const validator = createValidator(config.validate, { glossary });
  const qualityEstimation = config.validate.qualityEstimation;
  const estimator =
    qualityEstimation.enabled && options.apiKey
      ? new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, fetch: options.fetch, maxRetries: 3, timeout: config.translate.timeout })
      : null;
  const findings: RunSummary['findings'] = {};
  const links: Record<string, number> = {};
  let needApi = 0;
  let repaired = 0;
  let aligned = 0;
  let rejected = 0;
  let documents = 0;
  // Checks run in corpus order; the API calls behind them (quality estimation, repair) overlap across
  // a bounded window of documents, and results are written in input order.
  const checkDocument = async (doc: TranslatedDoc) => {
    const { records, rejects } = alignDocument(doc, { ...config.align, glossary });
    for (const record of records) record.flags.push(...validator.check(record));
    if (estimator) {
      const annotated = await estimateQuality(estimator, records, {
        model: qualityEstimation.model ?? config.translate.model,
        sample: qualityEstimation.sample,
        batchSize: qualityEstimation.batchSize,
        requestOptions: config.translate.requestOptions,
      }).catch((error: unknown) => {
        logger.warn(`quality estimation failed for ${doc.doc}: ${(error as Error).message}`);
        return new Map<string, never[]>();
      });
      for (const record of records) record.flags.push(...(annotated.get(record.id) ?? []));
    }
    const fixed = config.validate.repair && options.apiKey ? await repairRecords(records, doc, validator, translateContext) : 0;
    return { doc: doc.doc, records, rejects, fixed };
  };
  const writeDocument = async ({ doc, records, rejects, fixed }: Awaited<ReturnType<typeof checkDocument>>) => {
    repaired += fixed;
    for (const reject of rejects) {
      if (/no API key/i.test(reject.reason)) needApi += 1;
    }
    const keep: AlignedRecord[] = [];
    const drop: RejectRecord[] = [...rejects];
    for (const record of records) {
      for (const flag of record.flags) {
        const tally = (findings[flag.code] ??= { error: 0, warning: 0, info: 0 });
        tally[flag.severity] += 1;
      }
      const errors = record.flags.filter((flag) => flag.severity === 'error');
      if (config.emit.rejectErrors && errors.length > 0) {
        drop.push({
          id: record.id,
          doc: record.doc,
          ko: record.ko,
          en: record.en,
          stage: 'validate',
          reason: errors.map((flag) => `${flag.code}: ${flag.message}`).join('; '),
          flags: record.flags,
        });
      } else {
        keep.push(record);
      }
    }
    for (const record of keep) {
      links[record.link] = (links[record.link] ?? 0) + 1;
      await emitter.record(record);
    }
    for (const reject of drop) await emitter.reject(reject);
    await fileCounts.write(doc, { records: keep.length, rejects: drop.length });
    aligned += keep.length;
    rejected += drop.length;
    progress.tick(documents);
  };
  const window: Promise<Awaited<ReturnType<typeof checkDocument>>>[] = [];
  const windowSize = estimator || (config.validate.repair && options.apiKey) ? config.translate.concurrency * 2 : 1;
  for await (const doc of readJsonl(stagePath('translate'), TranslatedDocSchema) as AsyncIterable<TranslatedDoc>) {
    documents += 1;
    const checked = checkDocument(doc);
    checked.catch(() => {}); // awaited in order below; this only keeps an early failure from going unhandled
    window.push(checked);
    if (window.length >= windowSize) await writeDocument(await window.shift()!);
  }
  while (window.length > 0) await writeDocument(await window.shift()!);
  const [emitted] = await Promise.all([emitter.close(), fileCounts.close()]);
  finishStage('align', { documents, records: aligned, rejects: rejected, repaired });
  stages.emit = { records: emitted.records, rejects: emitted.rejects, tmxUnits: emitted.tmxUnits };
  progress.done(`${aligned} pairs, ${rejected} rejects`);

  return await writeSummary({ translation: translationStats, findings, links, needApi });

  async function writeSummary(parts: Partial<Pick<RunSummary, 'translation' | 'findings' | 'links' | 'needApi'>> = {}): Promise<RunSummary> {
    const summary: RunSummary = {
      tool: { name: 'dari', version: options.toolVersion },
      input: resolve(config.input),
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date().toISOString(),
      seconds: (Date.now() - started) / 1000,
      stages,
      skipped,
      translation: parts.translation ?? null,
      findings: parts.findings ?? {},
      links: parts.links ?? {},
      needApi: parts.needApi ?? 0,
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
    };
    await writeSummaryWithFileCounts(join(out, 'summary.json'), summary, 'stages', stagesDir);
    return summary;
  }
}

/** Translate once more every record with error findings, with the findings as feedback; recheck the result. */
async function repairRecords(
  records: AlignedRecord[],
  doc: TranslatedDoc,
  validator: ReturnType<typeof createValidator>,
  context: TranslateContext,
): Promise<number> {
  const failing = records.filter((record) => record.origin === 'api' && record.flags.some((flag) => flag.severity === 'error'));
  if (failing.length === 0) return 0;
  const sentenceText = new Map(doc.sentences.map((sentence) => [sentence.id, sentence.ko]));
  const items = failing.map((record) => {
    const firstIndex = doc.sentences.findIndex((sentence) => sentence.id === record.koIds[0]);
    const context = doc.sentences.slice(Math.max(0, firstIndex - 2), Math.max(0, firstIndex)).map((sentence) => sentence.ko);
    return { id: record.id, ko: record.koIds.map((id) => sentenceText.get(id) ?? '').join(' '), en: record.en, feedback: feedbackFor(record.flags), context };
  });
  const answers = await retranslate(items, context);
  let fixed = 0;
  for (const record of failing) {
    const english = answers.get(record.id);
    if (!english) continue;
    const candidate: AlignedRecord = { ...record, en: english, flags: record.flags.filter((flag) => flag.source !== 'validate') };
    candidate.flags.push(...validator.check(candidate));
    if (!candidate.flags.some((flag) => flag.severity === 'error')) {
      Object.assign(record, candidate);
      fixed += 1;
    }
  }
  return fixed;
}

function countLines(text: string): number {
  if (text === '') return 0;
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines += 1;
  return text.endsWith('\n') ? lines - 1 : lines;
}

function readPreviousSummary(out: string): RunSummary | undefined {
  try {
    return JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as RunSummary;
  } catch {
    return undefined;
  }
}

/** Default run folder for an input: `output/<input name>`. */
export function defaultRunFolder(input: string): string {
  const name = basename(resolve(input)).replace(/\.[^.]+$/, '') || 'corpus';
  return join('output', name);
}
