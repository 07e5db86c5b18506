// The single truth for Dari's data: config, the records each stage persists, and the JSONL output.
// Types are inferred from these schemas; `dari schema` exports them as JSON Schema.
import { z } from 'zod';

// ───────────────────────────── flags (messages carried on records) ─────────────────────────────

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const SeveritySchema = z.enum(SEVERITIES);

export const FlagSchema = z.object({
  /** Rule or check id, kebab-case: `number-mismatch`, `drift`, `missing-translation`. */
  code: z.string(),
  severity: SeveritySchema,
  /** Human-readable, already rendered from the rule's message template. */
  message: z.string(),
  /** Stage that raised it. */
  source: z.enum(['ingest', 'clean', 'segment', 'translate', 'align', 'validate', 'review']).optional(),
  /** Which text the range points into. */
  side: z.enum(['ko', 'en']).optional(),
  /** UTF-16 offsets [start, end) into the `ko` or `en` string of the record. */
  range: z.tuple([z.number().int(), z.number().int()]).optional(),
  /** Structured detail: actual / expected values and the like. */
  data: z.record(z.string(), z.unknown()).optional(),
});
export type Flag = z.infer<typeof FlagSchema>;

// ───────────────────────────── stage records ─────────────────────────────

/** ingest → clean: one decoded input document. `text` is NFC with LF line ends. */
export const IngestedDocSchema = z.object({
  doc: z.string(),
  path: z.string(),
  format: z.enum(['text', 'markdown', 'html', 'jsonl']),
  encoding: z.string(),
  text: z.string(),
  /** Metadata found while decoding (e.g. an HTML <title>). */
  meta: z.record(z.string(), z.string()).default({}),
});
export type IngestedDoc = z.infer<typeof IngestedDocSchema>;

/** A file the run could not use. */
export const SkippedFileSchema = z.object({
  path: z.string(),
  reason: z.string(),
});
export type SkippedFile = z.infer<typeof SkippedFileSchema>;

export const ParagraphSchema = z.object({
  index: z.number().int().nonnegative(),
  text: z.string(),
  /** UTF-16 offset of this paragraph in the cleaned document text (paragraphs joined by "\n\n"). */
  start: z.number().int().nonnegative(),
  /** Role the cleaner gave it. */
  kind: z.enum(['title', 'subtitle', 'caption', 'body']).default('body'),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

/** clean → segment. */
export const CleanedDocSchema = z.object({
  doc: z.string(),
  path: z.string(),
  title: z.string().nullable(),
  /** Publish time as the page gives it (ISO 8601 where it parses). */
  published: z.string().nullable(),
  meta: z.record(z.string(), z.string()).default({}),
  paragraphs: z.array(ParagraphSchema),
});
export type CleanedDoc = z.infer<typeof CleanedDocSchema>;

/** One line the cleaner removed, in `clean-log.jsonl`. */
export const CleanLogEntrySchema = z.object({
  doc: z.string(),
  /** 1-based line number in the decoded document. */
  line: z.number().int().positive(),
  text: z.string(),
  rule: z.string(),
});
export type CleanLogEntry = z.infer<typeof CleanLogEntrySchema>;

export const SentenceSchema = z.object({
  /** Stable record id: `<doc>:<paragraph>.<sentence>` */
  id: z.string(),
  doc: z.string(),
  para: z.number().int().nonnegative(),
  index: z.number().int().nonnegative(),
  ko: z.string(),
  /** UTF-16 offsets into the cleaned document text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

/** segment → translate. */
export const SegmentedDocSchema = CleanedDocSchema.extend({
  sentences: z.array(SentenceSchema),
});
export type SegmentedDoc = z.infer<typeof SegmentedDocSchema>;

export const ORIGINS = ['tm', 'cache', 'api', 'review'] as const;
export const OriginSchema = z.enum(ORIGINS);

/** The English for one Korean sentence, as the translate stage got it (may hold several sentences). */
export const SentenceTranslationSchema = z.object({
  id: z.string(),
  en: z.string().nullable(),
  origin: OriginSchema.nullable(),
  /** Why `en` is null (no key, refused, kept failing…). */
  reason: z.string().nullable().default(null),
  model: z.string().nullable().default(null),
  promptVersion: z.string().nullable().default(null),
  flags: z.array(FlagSchema).default([]),
});
export type SentenceTranslation = z.infer<typeof SentenceTranslationSchema>;

/** translate → align. */
export const TranslatedDocSchema = SegmentedDocSchema.extend({
  translations: z.array(SentenceTranslationSchema),
});
export type TranslatedDoc = z.infer<typeof TranslatedDocSchema>;

// ───────────────────────────── output ─────────────────────────────

export const LINK_TYPE = /^\d-\d$/;

/** One line of `aligned.jsonl`. */
export const AlignedRecordSchema = z.object({
  id: z.string(),
  doc: z.string(),
  para: z.number().int().nonnegative(),
  /** Korean text exactly as segmented (several sentences joined by a space for n-m links). */
  ko: z.string(),
  en: z.string(),
  /** Bead type "<korean sentences>-<english sentences>": "1-1", "1-2", "2-1"… */
  link: z.string().regex(LINK_TYPE),
  /** Alignment confidence in [0, 1]. */
  score: z.number().min(0).max(1),
  /** Ids of the Korean sentences this record covers. */
  koIds: z.array(z.string()),
  /** UTF-16 offsets of `ko` in the cleaned document text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  origin: OriginSchema,
  model: z.string().nullable(),
  promptVersion: z.string().nullable(),
  reviewed: z.boolean().default(false),
  flags: z.array(FlagSchema),
});
export type AlignedRecord = z.infer<typeof AlignedRecordSchema>;

/** One line of `rejects.jsonl`. */
export const RejectRecordSchema = z.object({
  id: z.string().nullable(),
  doc: z.string(),
  ko: z.string(),
  en: z.string().nullable().default(null),
  stage: z.enum(['translate', 'align', 'validate', 'review']),
  reason: z.string(),
  flags: z.array(FlagSchema).default([]),
});
export type RejectRecord = z.infer<typeof RejectRecordSchema>;

// ───────────────────────────── config ─────────────────────────────

const positiveInt = (name: string) =>
  z.number({ error: `expected a number ≥ 1 for ${name}` }).int().min(1, { error: 'expected a number ≥ 1' });
const nonNegative = z.number().min(0, { error: 'expected a number ≥ 0' });

export const CHECK_LEVELS = ['off', 'warning', 'error'] as const;

export const ConfigSchema = z.strictObject({
  /** File or folder to read. @default "corpus" */
  input: z.string().default('corpus'),
  /** Run folder. `null` means `output/<input name>`. @default null */
  out: z.string().nullable().default(null),
  /** Translation cache folder (journal). `null` means `output/.cache`. @default null */
  cache: z.string().nullable().default(null),
  ingest: z
    .strictObject({
      /** File endings read from a folder. */
      extensions: z.array(z.string()).default(['.txt', '.md', '.html', '.htm', '.jsonl']),
      /** Larger files are skipped. @default 104857600 (100 MiB) */
      maxFileBytes: positiveInt('ingest.maxFileBytes').default(100 * 1024 * 1024),
    })
    .prefault({}),
  clean: z
    .strictObject({
      /** Remove site chrome. @default true */
      enabled: z.boolean().default(true),
      /** A line found in at least this many documents of the corpus is boilerplate. @default 3 */
      repeatedLineMinDocs: positiveInt('clean.repeatedLineMinDocs').default(3),
    })
    .prefault({}),
  segment: z
    .strictObject({
      /** Treat every line break inside a paragraph as a sentence boundary. @default false */
      splitLines: z.boolean().default(false),
    })
    .prefault({}),
  translate: z
    .strictObject({
      /** Chat model. @default "gpt-4o-mini" */
      model: z.string().min(1).default('gpt-4o-mini'),
      /** Prompt file; its version is recorded in every record. */
      prompt: z.string().default('prompts/translate.v1.md'),
      /** TMX files whose exact matches are reused before any request. */
      tm: z.array(z.string()).default([]),
      /** Glossary file (TSV or JSON, Korean → English). @default null */
      glossary: z.string().nullable().default(null),
      /** `live` requests, or the Batch API. @default "live" */
      mode: z.enum(['live', 'batch']).default('live'),
      /** How the reply is constrained: strict JSON schema, JSON mode, or instructions only. */
      responseFormat: z.enum(['json_schema', 'json_object', 'text']).default('json_schema'),
      /** Requests in flight at once. @default 8 */
      concurrency: positiveInt('translate.concurrency').default(8),
      /** Token budget of the Korean in one batch (larger batches spread the fixed prompt over more text). @default 2000 */
      batchTokens: positiveInt('translate.batchTokens').default(2000),
      /** Sentences before a batch sent as context. @default 2 */
      contextSentences: z.number().int().min(0).default(2),
      /** Retries per request for transient faults. @default 5 */
      maxRetries: z.number().int().min(0).default(5),
      /** Per-request timeout in ms. @default 60000 */
      timeout: positiveInt('translate.timeout').default(60_000),
      /** Longest wait a `retry-after` header may impose, ms. @default 60000 */
      maxRetryAfter: positiveInt('translate.maxRetryAfter').default(60_000),
      /** Ask the API again for sentences the cache records as failed (refused, kept failing). @default false */
      retryFailed: z.boolean().default(false),
      /** Batch API mode: first wait between status polls, ms (doubles up to 10 minutes). @default 15000 */
      batchPollInterval: positiveInt('translate.batchPollInterval').default(15_000),
      /** Batch API mode: requests per batch job (the API takes up to 50,000). @default 5000 */
      batchMaxRequests: positiveInt('translate.batchMaxRequests').default(5_000),
      limits: z
        .strictObject({
          requestsPerMinute: positiveInt('translate.limits.requestsPerMinute').nullable().default(null),
          tokensPerMinute: positiveInt('translate.limits.tokensPerMinute').nullable().default(null),
        })
        .prefault({}),
      /** USD per million tokens. */
      prices: z
        .strictObject({
          input: nonNegative.default(0.15),
          cachedInput: nonNegative.default(0.075),
          output: nonNegative.default(0.6),
        })
        .prefault({}),
      /** Extra parameters sent with each request (e.g. temperature). @default {} */
      requestOptions: z.record(z.string(), z.unknown()).default({}),
    })
    .prefault({}),
  align: z
    .strictObject({
      /** Records scoring below this get a `low-alignment-score` warning. @default 0.3 */
      minScore: z.number().min(0).max(1).default(0.3),
    })
    .prefault({}),
  validate: z
    .strictObject({
      /** Per-check level override: `off`, `warning` or `error`. */
      checks: z.record(z.string(), z.enum(CHECK_LEVELS)).default({}),
      /** Translate pairs with error findings once more with the findings as feedback. @default true */
      repair: z.boolean().default(true),
      /** `dari validate`: threads that check pairs (the main thread and N - 1 workers); `null`: for inputs of 1 MB and more, one per CPU (at most 4) once other processes are seen to leave a CPU idle, else one. @default null */
      threads: positiveInt('validate.threads').nullable().default(null),
      /** Opt-in LLM quality estimation: GEMBA-MQM error spans with severities, per pair. */
      qualityEstimation: z
        .strictObject({
          /** Ask the model to annotate errors. @default false */
          enabled: z.boolean().default(false),
          /** Share of pairs annotated, 0–1; a stable hash of the pair id picks them. @default 1 */
          sample: z.number().min(0).max(1).default(1),
          /** Chat model; `null` means `translate.model`. @default null */
          model: z.string().min(1).nullable().default(null),
          /** Pairs per request. @default 10 */
          batchSize: positiveInt('validate.qualityEstimation.batchSize').default(10),
        })
        .prefault({}),
    })
    .prefault({}),
  emit: z
    .strictObject({
      /** Put records with error flags in rejects instead of aligned.jsonl. @default true */
      rejectErrors: z.boolean().default(true),
    })
    .prefault({}),
});
export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;
