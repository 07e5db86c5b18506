// Live translation of batches: paced by the rate limiter, every reply checked item by item, and a
// failure ladder that ends, for each sentence, in an English made for it or a reason it has none.
//
//   reply ok            → accept checked items; missing / repeated / echoed / empty ids asked again alone
//   finish_reason length → split the batch in two (a single: retried, then rejected)
//   malformed / empty / refused → retried once, then split, down to single sentences
//   429 rate limit      → pause everyone for retry-after (capped) and resend
//   5xx / reset / timeout → back off with jitter, resend up to `maxRetries`, then split
//   401 / insufficient_quota / 403 / 404 / unreachable → ProviderError, the run stops
import PQueue from 'p-queue';
import type OpenAI from 'openai';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { Config } from '../schemas.js';
import { ProviderError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Glossary } from './glossary.js';
import type { Journal, JournalEntry } from './journal.js';
import type { RateLimiter, Ticket } from './limiter.js';
import { callChat, classify, FATAL_KINDS, RequestFailure, type FailureKind } from './provider.js';
import { checkItems, parseReply, replyResponseFormat, suspectShifts, type ParsedReply } from './reply.js';
import { repairUserMessage, systemMessage, translateUserMessage, type DocumentGroup, type PromptFile } from './prompt.js';
import { costOf, countReject, countRetry, type RetryCause, type TranslateStats } from './stats.js';
import { MESSAGE_OVERHEAD_TOKENS, REPLY_PRIMING_TOKENS, type TokenCounter } from './tokens.js';

export interface Resolution {
  en: string | null;
  reason: string | null;
}

/** One distinct sentence to translate (identical sentences in identical context share one unit). */
export interface Unit {
  key: string;
  ko: string;
  /** Groups units by document inside a batch. */
  docSeq: number;
  title: string | null;
  /** Sentences before this one in its document (sent as context when it opens a group). */
  context: string[];
  /** Korean tokens of `ko`. */
  tokens: number;
  /** Present for a repair request: the earlier English and what was wrong with it. */
  repair?: { draft: string; problems: string[] };
  resolve(resolution: Resolution): void;
}

export interface Attempts {
  content: number;
  transient: number;
  rateLimited: number;
  connectionOnly: boolean;
}

export const FRESH: Attempts = { content: 0, transient: 0, rateLimited: 0, connectionOnly: true };
/** Resends of a whole batch after a malformed, empty or refused reply, before it is split. */
const CONTENT_RETRIES_BEFORE_SPLIT = 1;
/** Resends of a single sentence after an unusable answer, before it is rejected. */
const CONTENT_RETRIES_SINGLE = 3;
/** 429s one request may meet before its sentences are rejected. */
const MAX_RATE_LIMIT_WAITS = 30;
/** Tokens of JSON framing per segment, in and out (`{"id":12,"ko":""},`). */
export const FRAMING_TOKENS = 9;

export interface EngineDeps {
  client: OpenAI;
  host: string;
  options: Config['translate'];
  prompt: PromptFile;
  repairPrompt: PromptFile;
  glossary: Glossary;
  journal: Journal;
  limiter: RateLimiter;
  stats: TranslateStats;
  logger: Logger;
  count: TokenCounter;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export class Engine {
  readonly queue: PQueue;
  private fatal: ProviderError | null = null;
  private readonly fatalListeners = new Set<(error: ProviderError) => void>();
  private anyReply = false;
  private consecutiveConnectionFailures = 0;
  /** Completion tokens per Korean token, learned from replies (for pacing and max tokens). */
  private outRatio = 1.25;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly schemaTokens: number;

  constructor(private readonly deps: EngineDeps) {
    this.queue = new PQueue({ concurrency: deps.options.concurrency });
    this.sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = deps.random ?? Math.random;
    this.schemaTokens = deps.options.responseFormat === 'json_schema' ? deps.count(JSON.stringify(replyResponseFormat().json_schema)) : 0;
  }

  get client(): OpenAI {
    return this.deps.client;
  }

  /** Host named in error messages. */
  get host(): string {
    return this.deps.host;
  }

  /** The ProviderError that stopped the engine, if any. */
  get failure(): ProviderError | null {
    return this.fatal;
  }

  onFatal(listener: (error: ProviderError) => void): () => void {
    if (this.fatal) listener(this.fatal);
    this.fatalListeners.add(listener);
    return () => this.fatalListeners.delete(listener);
  }

  /** Queue a batch; its units resolve one by one as answers become durable. */
  submit(units: Unit[], attempts: Attempts = FRESH, priority = 0): void {
    if (units.length === 0) return;
    if (this.fatal) return;
    void this.queue.add(() => this.run(units, { ...attempts }), { priority }).catch((error: unknown) => this.stop(error));
  }

  private stop(error: unknown): void {
    if (this.fatal) return;
    this.fatal = error instanceof ProviderError ? error : new ProviderError(`translation failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
    this.queue.clear();
    this.deps.limiter.close();
    for (const listener of this.fatalListeners) listener(this.fatal);
  }

  // ───────────────────────── one request ─────────────────────────

  private async run(units: Unit[], attempts: Attempts): Promise<void> {
    if (this.fatal) return;
    let request = this.buildRequest(units);
    const total = request.promptTokens + request.expectedOut;
    // Near the end of a rate-limit window, a prefix of the batch may fit where the whole does not.
    const perUnit = units.map((unit) => Math.ceil(unit.tokens * (1 + this.outRatio)) + FRAMING_TOKENS);
    const fixed = total - perUnit.reduce((sum, cost) => sum + cost, 0);
    const minimumKorean = Math.ceil(units.reduce((sum, unit) => sum + unit.tokens, 0) * 0.25);
    let prefix = units.length;
    const shrink =
      units.length < 2 || units.some((unit) => unit.repair)
        ? undefined
        : (available: number) => {
            let cost = fixed;
            let korean = 0;
            let n = 0;
            while (n < units.length - 1 && cost + perUnit[n]! <= available) {
              cost += perUnit[n]!;
              korean += units[n]!.tokens;
              n++;
            }
            if (n === 0 || korean < minimumKorean) return null;
            prefix = n;
            return cost;
          };
    const ticket = await this.deps.limiter.acquire(total, shrink);
    if (this.fatal) return;
    if (ticket.tokens < total && prefix < units.length) {
      this.submit(units.slice(prefix), attempts, 1);
      units = units.slice(0, prefix);
      request = this.buildRequest(units);
    }
    const { body } = request;
    const { stats } = this.deps;
    stats.requests++;
    let reply: ParsedReply;
    try {
      const { completion, headers } = await callChat(this.deps.client, body, this.deps.options.timeout);
      this.deps.limiter.observe(ticket, headers);
      this.anyReply = true;
      this.consecutiveConnectionFailures = 0;
      this.deps.limiter.settle(ticket);
      if (completion.usage) this.deps.limiter.learnUsage(ticket, completion.usage.prompt_tokens + completion.usage.completion_tokens);
      reply = this.readCompletion(units, completion, 1);
    } catch (error) {
      this.deps.limiter.settle(ticket);
      stats.failedRequests++;
      const failure = classify(error);
      if (!(failure instanceof RequestFailure)) throw failure;
      this.deps.limiter.observe(ticket, failure.headers);
      await this.onFailure(units, attempts, failure, ticket);
      return;
    }
    await this.handleReply(units, attempts, reply);
  }

  /** Count a completion's usage (`discount` 0.5 for the Batch API) and parse its first choice. */
  readCompletion(units: Unit[], completion: ChatCompletion, discount: number): ParsedReply {
    const { stats } = this.deps;
    const usage = completion.usage;
    if (usage) {
      const cached = usage.prompt_tokens_details?.cached_tokens ?? 0;
      stats.promptTokens += usage.prompt_tokens;
      stats.completionTokens += usage.completion_tokens;
      stats.cachedTokens += cached;
      stats.cost += costOf(this.deps.options.prices, { prompt: usage.prompt_tokens, cached, completion: usage.completion_tokens }, discount);
    }
    const choice = completion.choices?.[0];
    const reply = parseReply({ content: choice?.message?.content, refusal: choice?.message?.refusal, finishReason: choice?.finish_reason });
    if (reply.kind === 'ok' && usage && usage.completion_tokens > 0) {
      const korean = units.reduce((sum, unit) => sum + unit.tokens, 0);
      // A running estimate of English per Korean token, for pacing and the reply ceiling.
      this.outRatio = 0.8 * this.outRatio + 0.2 * Math.min(4, usage.completion_tokens / Math.max(1, korean));
    }
    return reply;
  }

  buildRequest(units: Unit[]): { body: ChatCompletionCreateParamsNonStreaming; promptTokens: number; expectedOut: number } {
    const { options, prompt, repairPrompt, glossary, count } = this.deps;
    const repair = units.some((unit) => unit.repair);
    const terms = glossary.forTexts(units.map((unit) => unit.ko));
    const system = systemMessage(repair ? repairPrompt : prompt, options.responseFormat);
    const user = repair
      ? repairUserMessage(
          units.map((unit, index) => ({ id: index + 1, ko: unit.ko, draft: unit.repair?.draft ?? '', problems: unit.repair?.problems ?? [], context: unit.context })),
          terms,
        )
      : translateUserMessage(groupsOf(units), terms);
    const korean = units.reduce((sum, unit) => sum + unit.tokens, 0);
    const promptTokens = count(system) + count(user) + 2 * MESSAGE_OVERHEAD_TOKENS + REPLY_PRIMING_TOKENS + this.schemaTokens;
    // `outRatio` is learned from whole replies, so it already holds the JSON framing.
    const expectedOut = Math.ceil(korean * this.outRatio + 20);
    const body: ChatCompletionCreateParamsNonStreaming = {
      model: options.model,
      messages: [
        { role: 'system', content: system },
        { role: 'user', content: user },
      ],
    };
    if (options.responseFormat === 'json_schema') body.response_format = replyResponseFormat();
    else if (options.responseFormat === 'json_object') body.response_format = { type: 'json_object' };
    const extra = options.requestOptions as Partial<ChatCompletionCreateParamsNonStreaming>;
    // Reasoning models spend completion tokens on thinking: leave their ceiling to the provider.
    if (!isReasoningModel(options.model) && extra.max_completion_tokens === undefined && extra.max_tokens === undefined) {
      // Room for half again the English expected: a tight ceiling keeps providers that reserve it
      // against the rate limit from counting tokens that will never come.
      body.max_completion_tokens = Math.ceil(korean * this.outRatio * 1.5 + 200);
    }
    Object.assign(body, extra);
    return { body, promptTokens, expectedOut };
  }

  // ───────────────────────── outcomes ─────────────────────────

  async handleReply(units: Unit[], attempts: Attempts, reply: ParsedReply): Promise<void> {
    const { stats, logger } = this.deps;
    if (reply.kind !== 'ok') {
      const cause: RetryCause = reply.kind === 'refusal' ? 'refusal' : reply.kind === 'truncated' ? 'truncated' : reply.kind === 'empty' ? 'empty' : 'malformed';
      const reason = `${reply.kind === 'refusal' ? 'refused' : reply.kind}: ${reply.detail}`;
      if (reply.kind === 'truncated' && units.length > 1) return this.split(units, cause);
      if (units.length > 1 && attempts.content >= CONTENT_RETRIES_BEFORE_SPLIT) return this.split(units, cause);
      if (units.length === 1 && attempts.content >= CONTENT_RETRIES_SINGLE) return this.reject(units, reason);
      countRetry(stats, cause);
      this.submit(units, { ...attempts, content: attempts.content + 1 }, 1);
      return;
    }
    const asked = new Map(units.map((unit, index) => [index + 1, unit.ko] as const));
    const verdict = checkItems(asked, reply.items);
    if (verdict.extra.length > 0) {
      stats.droppedItems.extra += verdict.extra.length;
      logger.info(`translate: dropped ${verdict.extra.length} reply item(s) with ids the batch did not hold (${verdict.extra.slice(0, 5).join(', ')})`);
    }
    stats.droppedItems.duplicate += verdict.repeated.length;
    if (verdict.duplicate.length > 0) {
      stats.droppedItems.duplicate += verdict.duplicate.length;
      logger.info(`translate: dropped repeated reply ids ${verdict.duplicate.slice(0, 5).join(', ')}; asking them again`);
    }
    const shifted = units.length > 1 ? suspectShifts(asked, verdict.accepted) : [];
    for (const id of shifted) verdict.accepted.delete(id);
    if (shifted.length > 0) logger.info(`translate: ids ${shifted.slice(0, 5).join(', ')} came back with another segment's numbers; asking them again alone`);
    const accepted: { unit: Unit; en: string }[] = [];
    for (const [id, en] of verdict.accepted) accepted.push({ unit: units[id - 1]!, en });
    await this.settle(accepted.map(({ unit, en }) => ({ unit, en, reason: null })));
    this.learnNames(reply.names, accepted);

    const redo: [number[], RetryCause, string][] = [
      [verdict.missing, 'missing_id', 'missing: the reply never held this sentence'],
      [verdict.duplicate, 'duplicate_id', 'duplicate: the reply held this id more than once'],
      [verdict.echo, 'echo', 'echo: the English repeated the Korean'],
      [verdict.empty, 'empty', 'empty: the reply held no English for this sentence'],
      [shifted, 'shifted', 'shifted: the English carried another sentence\'s numbers'],
    ];
    for (const [ids, cause, reason] of redo) {
      for (const id of ids) {
        const unit = units[id - 1]!;
        if (units.length === 1 && attempts.content >= CONTENT_RETRIES_SINGLE) {
          await this.reject([unit], reason);
          continue;
        }
        countRetry(stats, cause);
        this.submit([unit], units.length === 1 ? { ...attempts, content: attempts.content + 1 } : FRESH, 1);
      }
    }
  }

  private async onFailure(units: Unit[], attempts: Attempts, failure: RequestFailure, ticket: Ticket): Promise<void> {
    const { stats, options, host, logger } = this.deps;
    if (FATAL_KINDS.has(failure.kind)) throw this.fatalError(failure);
    if (isRateLimit(failure.kind)) {
      stats.rateLimited++;
      countRetry(stats, failure.kind as RetryCause);
      if (attempts.rateLimited >= MAX_RATE_LIMIT_WAITS) return this.reject(units, `rate limited: still 429 after ${attempts.rateLimited} waits (${failure.message})`, false);
      const wait = Math.min(failure.retryAfter ?? this.backoff(attempts.rateLimited + 1), options.maxRetryAfter);
      const dimension = failure.kind === 'rate_limit_requests' ? 'requests' : failure.kind === 'rate_limit_tokens' ? 'tokens' : undefined;
      // OpenAI's tokens 429 says what the request was charged: "… Requested 5123. …".
      const requested = /\bRequested (\d+)/.exec(failure.message)?.[1];
      if (dimension === 'tokens' && requested) this.deps.limiter.calibrate(ticket, Number(requested));
      this.deps.limiter.pause(ticket, wait + Math.floor(this.random() * 250), dimension);
      this.submit(units, { ...attempts, rateLimited: attempts.rateLimited + 1 }, 1);
      return;
    }
    if (failure.kind === 'bad_request') {
      if (units.length > 1) return this.split(units, 'bad_request');
      return this.reject(units, `bad request: ${failure.message}`);
    }
    // server_error, connection, timeout: transient.
    const connectionOnly = attempts.connectionOnly && failure.kind === 'connection';
    if (failure.kind === 'connection') this.consecutiveConnectionFailures++;
    else this.consecutiveConnectionFailures = 0;
    if (this.consecutiveConnectionFailures > Math.max(10, options.maxRetries * 2)) {
      throw new ProviderError(`could not reach the API at ${host}: ${failure.message}`);
    }
    if (attempts.transient >= options.maxRetries) {
      if (connectionOnly && !this.anyReply) throw new ProviderError(`could not reach the API at ${host}: ${failure.message}`);
      if (units.length > 1) return this.split(units, failure.kind === 'timeout' ? 'timeout' : failure.kind === 'connection' ? 'connection' : 'server_error');
      const label = failure.kind === 'server_error' ? 'server error' : failure.kind;
      return this.reject(units, `${label}: ${failure.message} (after ${attempts.transient + 1} attempts)`, false);
    }
    const cause: RetryCause = failure.kind === 'timeout' ? 'timeout' : failure.kind === 'connection' ? 'connection' : 'server_error';
    countRetry(stats, cause);
    const wait = Math.min(failure.retryAfter ?? this.backoff(attempts.transient + 1), options.maxRetryAfter);
    logger.info(`translate: ${failure.message}; retrying in ${Math.round(wait)} ms`);
    await this.sleep(wait);
    this.submit(units, { ...attempts, transient: attempts.transient + 1, connectionOnly }, 1);
  }

  private fatalError(failure: RequestFailure): ProviderError {
    const { host, options } = this.deps;
    switch (failure.kind as FailureKind) {
      case 'quota':
        return new ProviderError(
          `the API at ${host} answered insufficient_quota: the account has no credit or quota left; add some and rerun (finished translations are kept in the cache)`,
        );
      case 'auth':
        return new ProviderError(`the API at ${host} refused the API key (401): check OPENAI_API_KEY`);
      case 'forbidden':
        return new ProviderError(`the API at ${host} refused access (403): ${failure.message}`);
      default:
        return new ProviderError(`the API at ${host} does not serve model ${options.model} (404): check translate.model and OPENAI_BASE_URL`);
    }
  }

  /** 0.5 s × 2^(n-1), at most 8 s, times a random 0.5–1. */
  private backoff(attempt: number): number {
    return Math.min(8_000, 500 * 2 ** (attempt - 1)) * (0.5 + this.random() * 0.5);
  }

  private split(units: Unit[], cause: RetryCause): void {
    this.deps.stats.splits++;
    countRetry(this.deps.stats, cause);
    const middle = Math.ceil(units.length / 2);
    this.submit(units.slice(0, middle), FRESH, 1);
    this.submit(units.slice(middle), FRESH, 1);
  }

  /**
   * Leave sentences without English. A `durable` failure (refused, echoed, cut off: what the model
   * did with this text) is journaled, so a rerun does not pay for it again; a provider failure
   * (5xx, timeouts, 429s that never ended) is not, so a rerun tries again.
   */
  private async reject(units: Unit[], reason: string, durable = true): Promise<void> {
    this.deps.logger.info(`translate: ${units.length} sentence(s) left without English: ${reason}`);
    if (durable) return this.settle(units.map((unit) => ({ unit, en: null, reason })));
    for (const unit of units) {
      countReject(this.deps.stats, reason);
      unit.resolve({ en: null, reason });
    }
  }

  /** Make answers durable, then hand them out. */
  private async settle(results: { unit: Unit; en: string | null; reason: string | null }[]): Promise<void> {
    if (results.length === 0) return;
    const { journal, prompt, repairPrompt, options } = this.deps;
    const entries: JournalEntry[] = results.map(({ unit, en, reason }) => ({
      k: unit.key,
      en,
      ...(reason ? { r: reason } : {}),
      m: options.model,
      pv: unit.repair ? repairPrompt.version : prompt.version,
    }));
    await journal.append(entries);
    for (const { unit, en, reason } of results) {
      if (en === null) countReject(this.deps.stats, reason ?? 'failed');
      unit.resolve({ en, reason });
    }
  }

  private learnNames(names: { ko: string; en: string }[], accepted: { unit: Unit; en: string }[]): void {
    for (const name of names) {
      // Keep a name only if its Korean is in a sentence of this batch and its English in that sentence's translation.
      const holder = accepted.find(({ unit, en }) => unit.ko.includes(name.ko.trim()) && en.includes(name.en.trim()));
      if (holder && this.deps.glossary.learn(name.ko, name.en)) this.deps.stats.glossary.learnedNames++;
    }
  }
}

function isRateLimit(kind: FailureKind): boolean {
  return kind === 'rate_limit' || kind === 'rate_limit_requests' || kind === 'rate_limit_tokens';
}

export function isReasoningModel(model: string): boolean {
  return /(^|\/)(o\d|gpt-5)/i.test(model);
}

/** Consecutive units of one document form a group: its title and context are sent once. */
export function groupsOf(units: Unit[]): DocumentGroup[] {
  const groups: { group: DocumentGroup; title: string | null }[] = [];
  let currentDoc = -1;
  units.forEach((unit, index) => {
    let last = groups[groups.length - 1];
    if (!last || unit.docSeq !== currentDoc) {
      last = { group: { segments: [] }, title: unit.title };
      if (unit.context.length > 0) last.group.context = unit.context;
      groups.push(last);
      currentDoc = unit.docSeq;
    }
    last.group.segments.push({ id: index + 1, ko: unit.ko });
  });
  return groups.map(({ group, title }) => {
    const trimmed = title?.trim();
    // A title the group's Korean or context already holds (the headline paragraph) is not sent twice.
    const known = [...group.segments.map((segment) => segment.ko), ...(group.context ?? [])];
    return trimmed && !known.some((text) => text.includes(trimmed)) ? { title: trimmed, ...group } : group;
  });
}
