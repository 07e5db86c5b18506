// The scheduler: header-learned budgets, configured per-minute limits, 429 pauses, header parsing.
import { describe, expect, it } from 'vitest';
import { durationHeader, RateLimiter, retryAfterMs } from '../pipeline/translate/limiter.js';

function fakeClock() {
  let now = 1_000_000;
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
    advance: (ms: number) => (now += ms),
  };
}

/** Acquire and settle at once: a request that came back. */
async function take(limiter: RateLimiter, tokens: number) {
  const ticket = await limiter.acquire(tokens);
  limiter.settle(ticket);
  return ticket;
}

const headers = (values: Record<string, string>) => new Headers(values);

describe('RateLimiter', () => {
  it('waits for the announced reset once the remaining tokens are spoken for', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ requestsPerMinute: null, tokensPerMinute: null, ...clock });
    const first = await take(limiter, 400);
    limiter.observe(first, headers({ 'x-ratelimit-limit-tokens': '1000', 'x-ratelimit-remaining-tokens': '600', 'x-ratelimit-reset-tokens': '10s' }));
    const start = clock.now();
    await take(limiter, 500);
    expect(clock.now()).toBe(start);
    // 600 - 500 left before the reset: the next 400 must wait for it.
    await take(limiter, 400);
    expect(clock.now() - start).toBeGreaterThanOrEqual(10_000);
    expect(clock.now() - start).toBeLessThan(11_000);
  });

  it('keeps a configured tokens-per-minute limit over a sliding minute', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ requestsPerMinute: null, tokensPerMinute: 1_000, ...clock });
    const start = clock.now();
    await take(limiter, 600);
    await take(limiter, 400);
    expect(clock.now()).toBe(start);
    await take(limiter, 300);
    expect(clock.now() - start).toBeGreaterThanOrEqual(60_000);
  });

  it('keeps a configured requests-per-minute limit', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ requestsPerMinute: 2, tokensPerMinute: null, ...clock });
    const start = clock.now();
    await take(limiter, 1);
    await take(limiter, 1);
    await take(limiter, 1);
    expect(clock.now() - start).toBeGreaterThanOrEqual(60_000);
  });

  it('pauses everyone after a 429 for the wait given', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ requestsPerMinute: null, tokensPerMinute: null, ...clock });
    const ticket = await take(limiter, 10);
    limiter.pause(ticket, 2_500, 'requests');
    const start = clock.now();
    await take(limiter, 10);
    expect(clock.now() - start).toBeGreaterThanOrEqual(2_500);
  });

  it('lets a request shrink to the tokens left in the window instead of waiting', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ requestsPerMinute: null, tokensPerMinute: null, ...clock });
    const first = await take(limiter, 100);
    limiter.observe(first, headers({ 'x-ratelimit-limit-tokens': '10000', 'x-ratelimit-remaining-tokens': '3000', 'x-ratelimit-reset-tokens': '30s' }));
    const start = clock.now();
    let offered = 0;
    const ticket = await limiter.acquire(5_000, (available) => {
      offered = available;
      return 2_500;
    });
    expect(clock.now()).toBe(start);
    // 3000 remaining, less the 2 % kept free.
    expect(offered).toBe(2_800);
    expect(ticket.tokens).toBe(2_500);
    // A request that declines waits for the reset.
    limiter.settle(ticket);
    await limiter.acquire(5_000, () => null);
    expect(clock.now() - start).toBeGreaterThanOrEqual(30_000);
  });

  it('scales its estimates to what the server says it charged', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ requestsPerMinute: null, tokensPerMinute: null, ...clock });
    const first = await take(limiter, 1_000);
    limiter.observe(first, headers({ 'x-ratelimit-limit-tokens': '10000', 'x-ratelimit-remaining-tokens': '3000', 'x-ratelimit-reset-tokens': '30s' }));
    // A 429 said "Requested 1500" for a request estimated at 1000.
    limiter.calibrate(first, 1_500);
    const start = clock.now();
    await take(limiter, 2_000);
    expect(clock.now() - start).toBeGreaterThanOrEqual(30_000);
  });

  it('ignores headers of a reply older than the last one applied', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ requestsPerMinute: null, tokensPerMinute: null, ...clock });
    const older = await take(limiter, 100);
    const newer = await take(limiter, 100);
    limiter.observe(newer, headers({ 'x-ratelimit-limit-tokens': '1000', 'x-ratelimit-remaining-tokens': '100', 'x-ratelimit-reset-tokens': '5s' }));
    limiter.observe(older, headers({ 'x-ratelimit-limit-tokens': '1000', 'x-ratelimit-remaining-tokens': '900', 'x-ratelimit-reset-tokens': '5s' }));
    const start = clock.now();
    await take(limiter, 200);
    expect(clock.now() - start).toBeGreaterThanOrEqual(5_000);
  });
});

describe('RateLimiter probing', () => {
  it('sends one request alone until the first reply tells the limits', async () => {
    const limiter = new RateLimiter({ requestsPerMinute: null, tokensPerMinute: null });
    const first = await limiter.acquire(10);
    let second = false;
    const pending = limiter.acquire(10).then(() => (second = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(second).toBe(false);
    limiter.settle(first);
    await pending;
    expect(second).toBe(true);
  });
});

describe('RateLimiter without any known limit', () => {
  it('halves the requests in flight after a 429 and grows them back one at a time', async () => {
    const limiter = new RateLimiter({ requestsPerMinute: null, tokensPerMinute: null });
    await take(limiter, 1);
    const tickets = [];
    for (let i = 0; i < 4; i++) tickets.push(await limiter.acquire(1));
    // One of the four came back 429: at most two in flight from now on.
    limiter.settle(tickets[0]!);
    limiter.pause(tickets[0]!, 0, 'requests');
    let fifth = false;
    const pending = limiter.acquire(1).then(() => (fifth = true));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(fifth).toBe(false);
    limiter.settle(tickets[1]!);
    limiter.settle(tickets[2]!);
    await pending;
    expect(fifth).toBe(true);
  });
});

describe('headers', () => {
  it('parses OpenAI reset durations', () => {
    expect(durationHeader('1s')).toBe(1_000);
    expect(durationHeader('6m0s')).toBe(360_000);
    expect(durationHeader('20ms')).toBe(20);
    expect(durationHeader('1h2m3.5s')).toBe(3_723_500);
    expect(durationHeader('0.5')).toBe(500);
    expect(durationHeader('soon')).toBeUndefined();
  });

  it('reads retry-after-ms, retry-after seconds and dates', () => {
    expect(retryAfterMs(headers({ 'retry-after-ms': '250' }))).toBe(250);
    expect(retryAfterMs(headers({ 'retry-after': '3' }))).toBe(3_000);
    expect(retryAfterMs(headers({ 'retry-after': new Date(10_000).toUTCString() }), 4_000)).toBe(6_000);
    expect(retryAfterMs(headers({}))).toBeUndefined();
  });
});
