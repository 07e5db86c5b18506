// Usage counters of the translate stage; the run writes them into summary.json.
import type { Config } from '../schemas.js';

export type RetryCause =
  | 'rate_limit_requests'
  | 'rate_limit_tokens'
  | 'rate_limit'
  | 'server_error'
  | 'connection'
  | 'timeout'
  | 'malformed'
  | 'empty'
  | 'refusal'
  | 'truncated'
  | 'missing_id'
  | 'duplicate_id'
  | 'echo'
  | 'shifted'
  | 'bad_request';

export interface TranslateStats {
  requests: number;
  /** Requests that ended in an HTTP or transport error. */
  failedRequests: number;
  /** Requests answered 429. */
  rateLimited: number;
  retries: Partial<Record<RetryCause, number>>;
  /** Batches cut in two after a truncated or repeatedly unusable reply. */
  splits: number;
  promptTokens: number;
  completionTokens: number;
  cachedTokens: number;
  /** USD at the configured prices (half price for Batch API requests). */
  cost: number;
  sentences: { tm: number; cache: number; api: number; failed: number };
  /** Sentences without English, by reason. */
  rejects: Record<string, number>;
  /** Reply items thrown away: ids the batch did not hold, repeated ids. */
  droppedItems: { extra: number; duplicate: number };
  glossary: { applicable: number; followed: number; learnedNames: number };
}

export function createTranslateStats(): TranslateStats {
  return {
    requests: 0,
    failedRequests: 0,
    rateLimited: 0,
    retries: {},
    splits: 0,
    promptTokens: 0,
    completionTokens: 0,
    cachedTokens: 0,
    cost: 0,
    sentences: { tm: 0, cache: 0, api: 0, failed: 0 },
    rejects: {},
    droppedItems: { extra: 0, duplicate: 0 },
    glossary: { applicable: 0, followed: 0, learnedNames: 0 },
  };
}

export function countRetry(stats: TranslateStats, cause: RetryCause): void {
  stats.retries[cause] = (stats.retries[cause] ?? 0) + 1;
}

export function countReject(stats: TranslateStats, reason: string): void {
  // Group by the reason's head ("refused: …" → "refused") so summary.json stays small.
  const head = reason.split(':')[0]!.trim();
  stats.rejects[head] = (stats.rejects[head] ?? 0) + 1;
}

type Prices = Config['translate']['prices'];

/** USD for one reply's usage. `discount` is 0.5 for the Batch API. */
export function costOf(prices: Prices, usage: { prompt: number; cached: number; completion: number }, discount = 1): number {
  const uncached = Math.max(0, usage.prompt - usage.cached);
  return ((uncached * prices.input + usage.cached * prices.cachedInput + usage.completion * prices.output) / 1e6) * discount;
}
