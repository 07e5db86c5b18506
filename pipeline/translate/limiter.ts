// Paces requests under the account's limits. Each dimension (requests, tokens) is budgeted from
// the configured per-minute limit and from the `x-ratelimit-*` headers of the latest reply:
// remaining as of that reply, minus what was sent after it, until the reset time it announced.
// A request waits (FIFO) until every dimension has room; a 429 pauses everyone until its retry time.

export type Dimension = 'requests' | 'tokens';

export interface LimiterOptions {
  requestsPerMinute: number | null;
  tokensPerMinute: number | null;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface Ticket {
  seq: number;
  tokens: number;
  sentAt: number;
}

interface Sent {
  seq: number;
  at: number;
  amount: number;
}

/** Share of a learned limit kept free for estimation error. */
const SAFETY = 0.02;
const MINUTE = 60_000;

class Budget {
  limit: number | null = null;
  remaining: number | null = null;
  baseSeq = -1;
  resetAt = 0;
  sent: Sent[] = [];

  constructor(readonly perMinute: number | null) {}

  record(seq: number, at: number, amount: number): void {
    this.sent.push({ seq, at, amount });
  }

  prune(now: number): void {
    // Drop a send once no model needs it: older than the sliding minute, covered by the latest
    // reply's `remaining`, and before the announced reset.
    let drop = 0;
    for (const s of this.sent) {
      if (s.at > now - MINUTE || s.seq > this.baseSeq || s.at >= this.resetAt) break;
      drop++;
    }
    if (drop > 0) this.sent.splice(0, drop);
  }

  /** How long until `amount` fits (0: now). */
  waitFor(amount: number, now: number): number {
    let wait = 0;
    if (this.perMinute !== null) {
      const windowStart = now - MINUTE;
      let used = 0;
      for (const s of this.sent) if (s.at > windowStart) used += s.amount;
      const room = this.perMinute - used;
      if (room < Math.min(amount, this.perMinute)) {
        // Wait until enough of the oldest sends leave the sliding minute.
        let freed = 0;
        for (const s of this.sent) {
          if (s.at <= windowStart) continue;
          freed += s.amount;
          if (room + freed >= Math.min(amount, this.perMinute)) {
            wait = Math.max(wait, s.at + MINUTE - now + 1);
            break;
          }
        }
      }
    }
    if (this.limit !== null && this.remaining !== null) {
      const margin = Math.floor(this.limit * SAFETY);
      const need = Math.min(amount, this.limit - margin);
      if (now < this.resetAt) {
        let used = 0;
        for (const s of this.sent) if (s.seq > this.baseSeq) used += s.amount;
        if (this.remaining - margin - used < need) wait = Math.max(wait, this.resetAt - now + 1);
      } else {
        // The announced window has reset: the full limit, less what went out since.
        let used = 0;
        for (const s of this.sent) if (s.at >= this.resetAt) used += s.amount;
        if (this.limit - margin - used < need) wait = Math.max(wait, 250);
      }
    }
    return wait;
  }

  /** Amount that could be sent now (Infinity: no limit known). */
  available(now: number): number {
    let room = Number.POSITIVE_INFINITY;
    if (this.perMinute !== null) {
      let used = 0;
      for (const s of this.sent) if (s.at > now - MINUTE) used += s.amount;
      room = Math.min(room, this.perMinute - used);
    }
    if (this.limit !== null && this.remaining !== null) {
      const margin = Math.floor(this.limit * SAFETY);
      let used = 0;
      if (now < this.resetAt) {
        for (const s of this.sent) if (s.seq > this.baseSeq) used += s.amount;
        room = Math.min(room, this.remaining - margin - used);
      } else {
        for (const s of this.sent) if (s.at >= this.resetAt) used += s.amount;
        room = Math.min(room, this.limit - margin - used);
      }
    }
    return room;
  }

  observe(seq: number, now: number, header: { limit?: number; remaining?: number; resetMs?: number }): void {
    if (header.limit !== undefined) this.limit = header.limit;
    if (header.remaining === undefined || header.resetMs === undefined) return;
    // Out-of-order replies: only the reply to the latest request sent describes the newest state.
    if (seq < this.baseSeq) return;
    this.remaining = header.remaining;
    this.baseSeq = seq;
    this.resetAt = now + header.resetMs;
  }

  exhaust(seq: number, now: number, ms: number): void {
    if (this.limit === null) return;
    this.remaining = 0;
    this.baseSeq = Math.max(this.baseSeq, seq);
    this.resetAt = Math.max(this.resetAt, now + ms);
  }
}

export class RateLimiter {
  private readonly budgets: Record<Dimension, Budget>;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private seq = 0;
  private chain: Promise<unknown> = Promise.resolve();
  private pausedUntil = 0;
  /** Requests sent and not yet settled. */
  private inFlight = 0;
  /** Whether a first reply has come back: until then one request probes the limits alone. */
  private probed = false;
  /**
   * Server tokens per estimated token, two ways. `usageScale` follows the usage replies report
   * (a server that counts fewer tokens than our tokenizer lets more through). `chargeFloor` comes
   * from 429s: servers that charge `max_completion_tokens` (as OpenAI says it does) count more
   * than a reply uses; a 429's "Requested N", or else a 10 % step, raises it, and it eases off as
   * requests go through.
   */
  private usageScale = 1;
  private chargeFloor = 0;
  private closed = false;
  /**
   * Requests in flight allowed when the server tells no limits (no headers, none configured):
   * halved by each 429, grown by one per round of successes (additive increase).
   */
  private inFlightCap = Number.POSITIVE_INFINITY;

  private get tokenScale(): number {
    return Math.min(3, Math.max(0.25, this.usageScale, this.chargeFloor));
  }

  constructor(options: LimiterOptions) {
    this.budgets = { requests: new Budget(options.requestsPerMinute), tokens: new Budget(options.tokensPerMinute) };
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /**
   * Wait for room for one request of about `tokens` tokens; requests leave in arrival order.
   * `shrink(available)` lets a request that does not fit take the tokens left in the current
   * window instead of waiting for the next: it returns the smaller amount it will send, or null.
   * The ticket carries the amount granted.
   */
  acquire(estimate: number, shrink?: (available: number) => number | null): Promise<Ticket> {
    const turn = this.chain.then(async () => {
      const scale = this.tokenScale;
      let tokens = Math.ceil(estimate * scale);
      for (;;) {
        if (this.closed) throw new Error('rate limiter closed');
        const now = this.now();
        // Before any reply, nothing is known of the limits: one request goes first, alone.
        const probing = (!this.probed && this.inFlight > 0) || this.inFlight >= this.inFlightCap ? 25 : 0;
        const blocked = Math.max(probing, this.pausedUntil - now, this.budgets.requests.waitFor(1, now));
        const wait = Math.max(blocked, this.budgets.tokens.waitFor(tokens, now));
        if (wait <= 0) break;
        if (blocked <= 0 && shrink) {
          const available = this.budgets.tokens.available(now);
          const smaller = Number.isFinite(available) && available > 0 ? shrink(available / scale) : null;
          if (smaller !== null && Math.ceil(smaller * scale) <= available && this.budgets.tokens.waitFor(Math.ceil(smaller * scale), now) <= 0) {
            tokens = Math.ceil(smaller * scale);
            break;
          }
        }
        await this.sleep(Math.min(wait, 5_000));
      }
      const now = this.now();
      const ticket: Ticket = { seq: ++this.seq, tokens: tokens / scale, sentAt: now };
      this.budgets.requests.record(ticket.seq, now, 1);
      this.budgets.tokens.record(ticket.seq, now, tokens);
      this.budgets.requests.prune(now);
      this.budgets.tokens.prune(now);
      this.inFlight++;
      return ticket;
    });
    this.chain = turn.catch(() => {});
    return turn;
  }

  /** Stop: every waiting and later `acquire` rejects (the run is over). */
  close(): void {
    this.closed = true;
  }

  /** The request of `ticket` has ended, however it ended. */
  settle(_ticket: Ticket): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    this.probed = true;
    this.chargeFloor *= 0.998;
    if (Number.isFinite(this.inFlightCap)) this.inFlightCap += 1 / this.inFlightCap;
  }

  /** Learn from a reply's (or an error's) headers. */
  observe(ticket: Ticket, headers: Headers | undefined | null): void {
    if (!headers) return;
    const now = this.now();
    for (const dimension of ['requests', 'tokens'] as const) {
      this.budgets[dimension].observe(ticket.seq, now, {
        limit: numberHeader(headers.get(`x-ratelimit-limit-${dimension}`)),
        remaining: numberHeader(headers.get(`x-ratelimit-remaining-${dimension}`)),
        resetMs: durationHeader(headers.get(`x-ratelimit-reset-${dimension}`)),
      });
    }
  }

  /** A reply reported using `used` tokens (prompt + completion) for `ticket`'s request. */
  learnUsage(ticket: Ticket, used: number): void {
    if (!(used > 0) || ticket.tokens <= 0) return;
    const ratio = Math.min(3, Math.max(0.25, used / ticket.tokens));
    this.usageScale = 0.7 * this.usageScale + 0.3 * ratio;
  }

  /** The server charged `charged` tokens for `ticket`'s request (a 429 body says "Requested N"). */
  calibrate(ticket: Ticket, charged: number): void {
    if (!(charged > 0) || ticket.tokens <= 0) return;
    const ratio = charged / ticket.tokens;
    if (ratio > 1.02) this.chargeFloor = Math.min(3, Math.max(this.chargeFloor, ratio));
  }

  /** After a 429: nothing leaves before `waitMs` has passed; the named dimension counts as spent. */
  pause(ticket: Ticket, waitMs: number, dimension?: Dimension): void {
    const now = this.now();
    this.pausedUntil = Math.max(this.pausedUntil, now + waitMs);
    if (dimension) this.budgets[dimension].exhaust(ticket.seq, now, waitMs);
    if (dimension === 'tokens') this.chargeFloor = Math.min(3, this.tokenScale * 1.1);
    const limitsKnown = [this.budgets.requests, this.budgets.tokens].some((budget) => budget.limit !== null || budget.perMinute !== null);
    if (!limitsKnown) this.inFlightCap = Math.max(1, Math.floor((this.inFlight + 1) / 2));
  }

  /** The limits learned so far (for the summary). */
  get learned(): { requests: number | null; tokens: number | null } {
    return { requests: this.budgets.requests.limit, tokens: this.budgets.tokens.limit };
  }
}

function numberHeader(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** `x-ratelimit-reset-*` values: "1s", "6m0s", "20ms", "1h2m3.5s", or bare seconds. */
export function durationHeader(value: string | null): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  let total = 0;
  let matched = false;
  for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)) {
    matched = true;
    const n = Number(amount);
    total += unit === 'ms' ? n : unit === 's' ? n * 1000 : unit === 'm' ? n * 60_000 : n * 3_600_000;
  }
  return matched ? total : undefined;
}

/** `retry-after-ms` or `retry-after` (seconds or an HTTP date), in ms. */
export function retryAfterMs(headers: Headers | undefined | null, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.get('retry-after-ms') !== null && Number.isFinite(ms)) return Math.max(0, ms);
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
