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

const headers = (values: Record<string, string>) => new Headers(values);

describe('RateLimiter', () => {
  it('waits for the announced reset once the remaining tokens are spoken for', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ requestsPerMinute: null, tokensPerMinute: null, ...clock });
    const first = await limiter.acquire(400);
    limiter.observe(first, headers({ 'x-ratelimit-limit-tokens': '1000', 'x-ratelimit-remaining-tokens': '600', 'x-ratelimit-reset-tokens': '10s' }));
    const start = clock.now();
    await limiter.acquire(500);
    expect(clock.now()).toBe(start);
    // 600 - 500 left before the reset: the next 400 must wait for it.
    await limiter.acquire(400);
    expect(clock.now() - start).toBeGreaterThanOrEqual(10_000);
    expect(clock.now() - start).toBeLessThan(11_000);
  });

  it('keeps a configured tokens-per-minute limit over a sliding minute', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ requestsPerMinute: null, tokensPerMinute: 1_000, ...clock });
    const start = clock.now();
    await limiter.acquire(600);
    await limiter.acquire(400);
    expect(clock.now()).toBe(start);
    await limiter.acquire(300);
    expect(clock.now() - start).toBeGreaterThanOrEqual(60_000);
  });

  it('keeps a configured requests-per-minute limit', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ requestsPerMinute: 2, tokensPerMinute: null, ...clock });
    const start = clock.now();
    await limiter.acquire(1);
    await limiter.acquire(1);
    await limiter.acquire(1);
    expect(clock.now() - start).toBeGreaterThanOrEqual(60_000);
  });

  it('pauses everyone after a 429 for the wait given', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ requestsPerMinute: null, tokensPerMinute: null, ...clock });
    const ticket = await limiter.acquire(10);
    limiter.pause(ticket, 2_500, 'requests');
    const start = clock.now();
    await limiter.acquire(10);
    expect(clock.now() - start).toBeGreaterThanOrEqual(2_500);
  });

  it('ignores headers of a reply older than the last one applied', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ requestsPerMinute: null, tokensPerMinute: null, ...clock });
    const older = await limiter.acquire(100);
    const newer = await limiter.acquire(100);
    limiter.observe(newer, headers({ 'x-ratelimit-limit-tokens': '1000', 'x-ratelimit-remaining-tokens': '100', 'x-ratelimit-reset-tokens': '5s' }));
    limiter.observe(older, headers({ 'x-ratelimit-limit-tokens': '1000', 'x-ratelimit-remaining-tokens': '900', 'x-ratelimit-reset-tokens': '5s' }));
    const start = clock.now();
    await limiter.acquire(200);
    expect(clock.now() - start).toBeGreaterThanOrEqual(5_000);
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
