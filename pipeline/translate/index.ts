// The translate stage: Korean sentences in, one SentenceTranslation per sentence out, in order.
// Sources, in this order: translation memory (exact match), the cache journal, the API.
// Documents stream through with a bounded look-ahead, so memory stays flat on a large corpus.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config, Flag, SegmentedDoc, Sentence, SentenceTranslation, TranslatedDoc } from '../schemas.js';
import type { Logger } from '../log.js';
import { addSecret } from '../log.js';
import type { ProviderError } from '../errors.js';
import { loadTranslationMemory, tmKey } from '../tmx-read.js';
import { BatchJobs } from './batch-api.js';
import { DiskStringSet } from './disk-index.js';
import { Engine, FRAMING_TOKENS, groupsOf, type Resolution, type Unit } from './engine.js';
import { followsTerm, Glossary } from './glossary.js';
import { cacheKey, Journal } from './journal.js';
import { RateLimiter } from './limiter.js';
import { loadPrompt, loadRepairPrompt, systemMessage, translateUserMessage, type PromptFile } from './prompt.js';
import { apiHost, createClient } from './provider.js';
import { countReject, createTranslateStats, type TranslateStats } from './stats.js';
import { MESSAGE_OVERHEAD_TOKENS, REPLY_PRIMING_TOKENS, tokenCounterFor, type TokenCounter } from './tokens.js';

export { createTranslateStats, type TranslateStats } from './stats.js';

export const NO_KEY_REASON = 'no API key: set OPENAI_API_KEY';

export interface TranslateContext {
  options: Config['translate'];
  /** Where the journal (`translations.jsonl`) lives. */
  cacheDir: string;
  /** The run folder (Batch API state, learned names). */
  runDir: string;
  apiKey?: string;
  baseURL?: string;
  logger: Logger;
  fetch?: typeof fetch;
  onProgress?: (done: number, total?: number) => void;
  /** Usage counters; created on first use when absent, and filled as the stage runs. */
  stats?: TranslateStats;
  /** Waits between retries and polls (tests pass a fast one). @default setTimeout */
  sleep?: (ms: number) => Promise<void>;
}

interface Runtime {
  prompt: PromptFile;
  repairPrompt: PromptFile;
  memory: Map<string, string>;
  journal: Journal;
  glossary: Glossary;
  engine: Engine | null;
  stats: TranslateStats;
  count: TokenCounter;
}

const runtimes = new WeakMap<TranslateContext, Promise<Runtime>>();

/** One runtime per context: the journal, memory and rate limiter are shared by every call. */
function runtimeOf(ctx: TranslateContext): Promise<Runtime> {
  let runtime = runtimes.get(ctx);
  if (!runtime) {
    runtime = createRuntime(ctx);
    runtimes.set(ctx, runtime);
  }
  return runtime;
}

async function createRuntime(ctx: TranslateContext): Promise<Runtime> {
  const { options } = ctx;
  addSecret(ctx.apiKey);
  ctx.stats ??= createTranslateStats();
  const [prompt, repairPrompt, memory, glossary, journal] = await Promise.all([
    loadPrompt(options.prompt),
    loadRepairPrompt(options.prompt),
    loadTranslationMemory(options.tm),
    Glossary.load(options.glossary),
    Journal.open(ctx.cacheDir),
  ]);
  if (journal.skippedLines > 0) ctx.logger.warn(`translate: ignored ${journal.skippedLines} unreadable line(s) in the cache journal (a run was cut off mid-write)`);
  const count = tokenCounterFor(options.model);
  let engine: Engine | null = null;
  if (ctx.apiKey) {
    const client = createClient({ apiKey: ctx.apiKey, baseURL: ctx.baseURL, timeout: options.timeout, fetch: ctx.fetch });
    const limiter = new RateLimiter({ requestsPerMinute: options.limits.requestsPerMinute, tokensPerMinute: options.limits.tokensPerMinute, sleep: ctx.sleep });
    engine = new Engine({ client, host: apiHost(client), options, prompt, repairPrompt, glossary, journal, limiter, stats: ctx.stats, logger: ctx.logger, count, sleep: ctx.sleep });
  }
  return { prompt, repairPrompt, memory, journal, glossary, engine, stats: ctx.stats, count };
}

// ───────────────────────── per-sentence keys and context ─────────────────────────

function contextOf(doc: SegmentedDoc, index: number, size: number): string[] {
  return size === 0 ? [] : doc.sentences.slice(Math.max(0, index - size), index).map((sentence) => sentence.ko);
}

function keyOf(runtime: Runtime, ctx: TranslateContext, doc: SegmentedDoc, index: number): string {
  const sentence = doc.sentences[index]!;
  const terms = runtime.glossary.termsIn(sentence.ko, 'fixed');
  return cacheKey({
    ko: sentence.ko,
    title: doc.title,
    context: contextOf(doc, index, ctx.options.contextSentences),
    glossary: terms.map((term) => `${term}=${runtime.glossary.fixed.get(term)}`),
    model: ctx.options.model,
    promptVersion: runtime.prompt.version,
  });
}

/** Glossary compliance of one translation: counted, and a warning flag per term not followed. */
function glossaryFlags(runtime: Runtime, ko: string, en: string): Flag[] {
  const flags: Flag[] = [];
  for (const term of runtime.glossary.termsIn(ko, 'fixed')) {
    const expected = runtime.glossary.fixed.get(term)!;
    runtime.stats.glossary.applicable++;
    if (followsTerm(en, expected)) runtime.stats.glossary.followed++;
    else {
      flags.push({
        code: 'glossary-term',
        severity: 'warning',
        message: `glossary: "${term}" should be "${expected}"`,
        source: 'translate',
        side: 'en',
        data: { term, expected },
      });
    }
  }
  return flags;
}

// ───────────────────────── batching ─────────────────────────

/** Fills batches up to `budget` Korean tokens, closing them at paragraph boundaries where it can. */
class BatchBuilder {
  private units: Unit[] = [];
  private tokens = 0;
  constructor(
    private readonly budget: number,
    private readonly send: (units: Unit[]) => void,
  ) {}

  get pending(): number {
    return this.units.length;
  }

  addParagraph(units: Unit[]): void {
    if (units.length === 0) return;
    const size = units.reduce((sum, unit) => sum + unit.tokens, 0);
    if (this.units.length > 0 && this.tokens + size > this.budget) this.flush();
    for (const unit of units) {
      // A paragraph larger than the budget is cut between sentences.
      if (this.units.length > 0 && this.tokens + unit.tokens > this.budget) this.flush();
      this.units.push(unit);
      this.tokens += unit.tokens;
    }
    if (this.tokens >= this.budget) this.flush();
  }

  flush(): void {
    if (this.units.length === 0) return;
    const units = this.units;
    this.units = [];
    this.tokens = 0;
    this.send(units);
  }
}

// ───────────────────────── translateDocuments ─────────────────────────

interface Slot {
  doc: SegmentedDoc;
  translations: (SentenceTranslation | undefined)[];
  remaining: number;
  done: Promise<void>;
  finish: () => void;
}

/**
 * Translate documents, yielding each (in input order) once every sentence has an English or a
 * reason it has none. Throws ProviderError when the provider cannot go on (unreachable, 401, no quota).
 */
export async function* translateDocuments(docs: AsyncIterable<SegmentedDoc>, ctx: TranslateContext): AsyncGenerator<TranslatedDoc> {
  const runtime = await runtimeOf(ctx);
  const { options } = ctx;
  const { engine, stats, journal, memory, prompt } = runtime;
  const batchMode = options.mode === 'batch' && engine !== null;
  const jobs = batchMode ? new BatchJobs(ctx, engine!, ctx.sleep) : null;
  const builder = new BatchBuilder(options.batchTokens, (units) => (jobs ? jobs.add(units) : engine!.submit(units)));
  const inflight = new Map<string, Promise<Resolution>>();
  const slots: Slot[] = [];
  let outstanding = 0;
  let done = 0;
  let fatal: ProviderError | null = null;
  let wake: (() => void) | null = null;
  const stopListening = engine?.onFatal((error) => {
    fatal = error;
    wake?.();
  });
  // Units in flight before the reader waits for the oldest document (live: a few rounds of batches).
  const maxOutstanding = batchMode ? Number.POSITIVE_INFINITY : Math.max(64, Math.ceil((options.concurrency * 3 * options.batchTokens) / 30));

  const progress = (count: number) => {
    done += count;
    ctx.onProgress?.(done);
  };

  const settleSentence = (slot: Slot, index: number, translation: SentenceTranslation) => {
    slot.translations[index] = translation;
    slot.remaining--;
    progress(1);
    if (slot.remaining === 0) slot.finish();
  };

  const apiTranslation = (sentence: Sentence, resolution: Resolution, origin: 'api' | 'cache', model: string, promptVersion: string): SentenceTranslation => {
    if (resolution.en === null) {
      stats.sentences.failed++;
      return { id: sentence.id, en: null, origin: null, reason: resolution.reason ?? 'failed', model, promptVersion, flags: [] };
    }
    stats.sentences[origin]++;
    return { id: sentence.id, en: resolution.en, origin, reason: null, model, promptVersion, flags: glossaryFlags(runtime, sentence.ko, resolution.en) };
  };

  const waitFor = async (slot: Slot) => {
    while (slot.remaining > 0 && !fatal) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        void slot.done.then(resolve);
      });
      wake = null;
    }
    if (fatal) throw fatal;
  };

  const finished = (slot: Slot): TranslatedDoc => ({ ...slot.doc, translations: slot.translations as SentenceTranslation[] });

  try {
    let docSeq = 0;
    for await (const doc of docs) {
      if (fatal) throw fatal;
      const seq = docSeq++;
      let finish!: () => void;
      const slot: Slot = { doc, translations: new Array(doc.sentences.length), remaining: doc.sentences.length, done: new Promise((resolve) => (finish = resolve)), finish: () => finish() };
      slots.push(slot);
      let paragraph: Unit[] = [];
      let paragraphIndex = doc.sentences[0]?.para ?? 0;
      doc.sentences.forEach((sentence, index) => {
        if (sentence.para !== paragraphIndex) {
          builder.addParagraph(paragraph);
          paragraph = [];
          paragraphIndex = sentence.para;
        }
        const remembered = memory.get(tmKey(sentence.ko));
        if (remembered !== undefined) {
          stats.sentences.tm++;
          settleSentence(slot, index, { id: sentence.id, en: remembered, origin: 'tm', reason: null, model: null, promptVersion: null, flags: [] });
          return;
        }
        const key = keyOf(runtime, ctx, doc, index);
        const cached = journal.get(key);
        if (cached && (cached.en !== null || !options.retryFailed)) {
          settleSentence(slot, index, apiTranslation(sentence, { en: cached.en, reason: cached.r ?? null }, 'cache', cached.m, cached.pv));
          return;
        }
        if (!engine) {
          stats.sentences.failed++;
          countReject(stats, NO_KEY_REASON);
          settleSentence(slot, index, { id: sentence.id, en: null, origin: null, reason: NO_KEY_REASON, model: null, promptVersion: null, flags: [] });
          return;
        }
        let pending = inflight.get(key);
        if (!pending) {
          outstanding++;
          pending = new Promise<Resolution>((resolve) => {
            paragraph.push({
              key,
              ko: sentence.ko,
              docSeq: seq,
              title: doc.title,
              context: contextOf(doc, index, options.contextSentences),
              tokens: runtime.count(sentence.ko),
              resolve: (resolution) => {
                inflight.delete(key);
                outstanding--;
                resolve(resolution);
              },
            });
          });
          inflight.set(key, pending);
        }
        void pending.then((resolution) => settleSentence(slot, index, apiTranslation(sentence, resolution, 'api', options.model, prompt.version)));
      });
      builder.addParagraph(paragraph);
      if (slot.remaining === 0) slot.finish();
      if (jobs?.full) await jobs.run();

      while (slots[0] && slots[0].remaining === 0) yield finished(slots.shift()!);
      while (outstanding > maxOutstanding && slots.length > 0) {
        builder.flush();
        await waitFor(slots[0]!);
        while (slots[0] && slots[0].remaining === 0) yield finished(slots.shift()!);
      }
    }
    builder.flush();
    await jobs?.run();
    while (slots.length > 0) {
      await waitFor(slots[0]!);
      yield finished(slots.shift()!);
    }
    if (fatal) throw fatal;
  } finally {
    stopListening?.();
    await journal.close().catch(() => {});
    runtimes.delete(ctx);
    await writeLearnedNames(ctx, runtime).catch(() => {});
  }
}

/** Names the model rendered, one `korean<TAB>english` a line, usable as a glossary next time. */
async function writeLearnedNames(ctx: TranslateContext, runtime: Runtime): Promise<void> {
  if (runtime.glossary.learned.size === 0) return;
  const lines = [...runtime.glossary.learned].map(([ko, en]) => `${ko}\t${en}`);
  await writeFile(join(ctx.runDir, 'glossary-learned.tsv'), lines.join('\n') + '\n');
}

// ───────────────────────── planTranslation (--dry-run) ─────────────────────────

export interface TranslationPlan {
  model: string;
  mode: 'live' | 'batch';
  promptVersion: string;
  documents: number;
  sentences: number;
  tmHits: number;
  cacheHits: number;
  /** Sentences that repeat one already planned (asked once). */
  duplicates: number;
  /** Sentences that need the API. */
  toTranslate: number;
  batches: number;
  estimatedTokens: { input: number; output: number };
  /** USD at the configured prices (half for the Batch API). */
  estimatedCost: number;
  /** False when no API key is set: the run would leave `toTranslate` sentences untranslated. */
  apiKey: boolean;
}

/** What a run would send, without sending anything (`--dry-run`). */
export async function planTranslation(docs: AsyncIterable<SegmentedDoc>, ctx: TranslateContext): Promise<TranslationPlan> {
  const { options } = ctx;
  const [prompt, memory, glossary, journal] = await Promise.all([
    loadPrompt(options.prompt),
    loadTranslationMemory(options.tm),
    Glossary.load(options.glossary),
    Journal.open(ctx.cacheDir, { readOnly: true }),
  ]);
  const count = tokenCounterFor(options.model);
  const runtime = { prompt, glossary, count } as Runtime;
  const system = count(systemMessage(prompt, options.responseFormat)) + 2 * MESSAGE_OVERHEAD_TOKENS + REPLY_PRIMING_TOKENS + (options.responseFormat === 'json_schema' ? 90 : 0);
  const plan: TranslationPlan = {
    model: options.model,
    mode: options.mode,
    promptVersion: prompt.version,
    documents: 0,
    sentences: 0,
    tmHits: 0,
    cacheHits: 0,
    duplicates: 0,
    toTranslate: 0,
    batches: 0,
    estimatedTokens: { input: 0, output: 0 },
    estimatedCost: 0,
    apiKey: Boolean(ctx.apiKey),
  };
  const planned = new DiskStringSet();
  const builder = new BatchBuilder(options.batchTokens, (units) => {
    plan.batches++;
    const korean = units.reduce((sum, unit) => sum + unit.tokens, 0);
    plan.estimatedTokens.input += system + count(translateUserMessage(groupsOf(units), glossary.forTexts(units.map((unit) => unit.ko))));
    plan.estimatedTokens.output += Math.ceil(korean * 1.1 + units.length * FRAMING_TOKENS + 20);
  });
  try {
    let docSeq = 0;
    for await (const doc of docs) {
      plan.documents++;
      const seq = docSeq++;
      let paragraph: Unit[] = [];
      let paragraphIndex = doc.sentences[0]?.para ?? 0;
      doc.sentences.forEach((sentence, index) => {
        plan.sentences++;
        if (sentence.para !== paragraphIndex) {
          builder.addParagraph(paragraph);
          paragraph = [];
          paragraphIndex = sentence.para;
        }
        if (memory.has(tmKey(sentence.ko))) return void plan.tmHits++;
        const key = keyOf(runtime, ctx, doc, index);
        if (journal.get(key)) return void plan.cacheHits++;
        if (!planned.add(key)) return void plan.duplicates++;
        plan.toTranslate++;
        const context = contextOf(doc, index, options.contextSentences);
        paragraph.push({ key, ko: sentence.ko, docSeq: seq, title: doc.title, context, tokens: count(sentence.ko), resolve: () => {} });
      });
      builder.addParagraph(paragraph);
    }
  } finally {
    planned.close();
    await journal.close();
  }
  builder.flush();
  const { prices } = options;
  const discount = options.mode === 'batch' ? 0.5 : 1;
  plan.estimatedCost = Number((((plan.estimatedTokens.input * prices.input + plan.estimatedTokens.output * prices.output) / 1e6) * discount).toFixed(6));
  return plan;
}

// ───────────────────────── retranslate (repair) ─────────────────────────

export interface RepairRequest {
  id: string;
  ko: string;
  /** The English the validator found fault with. */
  en: string;
  /** The validator's findings, one sentence each. */
  feedback: string[];
  /** Sentences around it, for reference. */
  context: string[];
}

/**
 * One repair attempt per item, with the findings as feedback. Answers are journaled like any
 * other translation. Returns id → new English, or null where no usable answer came back.
 */
export async function retranslate(items: RepairRequest[], ctx: TranslateContext): Promise<Map<string, string | null>> {
  const answers = new Map<string, string | null>();
  if (items.length === 0) return answers;
  const runtime = await runtimeOf(ctx);
  const { engine, journal, repairPrompt, glossary } = runtime;
  const pending: Promise<void>[] = [];
  let failure: ProviderError | null = null;
  let wake: (() => void) | null = null;
  const stopListening = engine?.onFatal((error) => {
    failure = error;
    wake?.();
  });
  const builder = new BatchBuilder(ctx.options.batchTokens, (units) => engine!.submit(units));
  for (const item of items) {
    const key = cacheKey({
      ko: item.ko,
      title: null,
      context: [...item.context, `draft:${item.en}`, ...item.feedback],
      glossary: glossary.termsIn(item.ko, 'fixed').map((term) => `${term}=${glossary.fixed.get(term)}`),
      model: ctx.options.model,
      promptVersion: repairPrompt.version,
    });
    const cached = journal.get(key);
    if (cached) {
      answers.set(item.id, cached.en);
      continue;
    }
    if (!engine) {
      answers.set(item.id, null);
      continue;
    }
    pending.push(
      new Promise<void>((resolve) => {
        builder.addParagraph([
          {
            key,
            ko: item.ko,
            docSeq: 0,
            title: null,
            context: item.context,
            tokens: runtime.count(item.ko) + runtime.count(item.en),
            repair: { draft: item.en, problems: item.feedback },
            resolve: (resolution) => {
              answers.set(item.id, resolution.en);
              resolve();
            },
          },
        ]);
      }),
    );
  }
  builder.flush();
  try {
    await Promise.race([Promise.all(pending), new Promise<void>((resolve) => (wake = resolve))]);
    if (failure) throw failure;
  } finally {
    stopListening?.();
  }
  return answers;
}
