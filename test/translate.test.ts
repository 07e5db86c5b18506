// The translate stage against msw-stubbed Chat Completions: sources in order (TM, cache, API),
// item-by-item reply checks, every fault kind, the no-key path, the cache journal, glossary, dry run.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { http, HttpResponse, delay } from 'msw';
import { server } from './setup.js';
import { ProviderError } from '../pipeline/errors.js';
import { NO_KEY_REASON, planTranslation, retranslate, translateDocuments } from '../pipeline/translate/index.js';
import { JOURNAL_FILE } from '../pipeline/translate/journal.js';
import {
  CHAT_URL,
  KOREAN,
  collect,
  completion,
  errorBody,
  fakeEnglish,
  goodReply,
  makeContext,
  makeDoc,
  replyWith,
  segmentsOf,
  stream,
  tempDir,
  userMessage,
} from './fixtures/translate/fake-api.js';

type Body = Record<string, unknown>;

/** Answer chat requests with `handler`, recording every request body. */
function stubChat(handler: (body: Body, call: number) => Response | Promise<Response>): Body[] {
  const bodies: Body[] = [];
  server.use(
    http.post(CHAT_URL, async ({ request }) => {
      const body = (await request.json()) as Body;
      bodies.push(body);
      return handler(body, bodies.length);
    }),
  );
  return bodies;
}

const twoDocs = () => [makeDoc('a', [KOREAN.slice(0, 2), KOREAN.slice(2, 4)], '일본 이시바, 트럼프 만나'), makeDoc('b', [KOREAN.slice(4, 8)])];

function expectAllCorrect(docs: Awaited<ReturnType<typeof collect<import('../pipeline/schemas.js').TranslatedDoc>>>): void {
  for (const doc of docs) {
    expect(doc.translations).toHaveLength(doc.sentences.length);
    doc.sentences.forEach((sentence, index) => {
      const translation = doc.translations[index]!;
      expect(translation.id).toBe(sentence.id);
      expect(translation.en).toBe(fakeEnglish(sentence.ko));
    });
  }
}

describe('translateDocuments: the happy path', () => {
  it('translates every sentence in one batch, in order, with model and prompt version recorded', async () => {
    const bodies = stubChat((body) => goodReply(body));
    const ctx = makeContext();
    const docs = await collect(translateDocuments(stream(twoDocs()), ctx));
    expect(docs.map((d) => d.doc)).toEqual(['a', 'b']);
    expectAllCorrect(docs);
    expect(bodies).toHaveLength(1);
    expect(docs[0]!.translations[0]).toMatchObject({ origin: 'api', model: 'gpt-4o-mini', promptVersion: 'translate.v1', reason: null });
    // Static instructions first, the segments as JSON objects with short ids in the user message.
    const messages = bodies[0]!.messages as { role: string; content: string }[];
    expect(messages[0]!.role).toBe('system');
    expect(segmentsOf(bodies[0])).toEqual(KOREAN.map((ko, index) => ({ id: index + 1, ko })));
    expect((bodies[0]!.response_format as { type: string }).type).toBe('json_schema');
    expect(ctx.stats!.sentences.api).toBe(8);
    expect(ctx.stats!.requests).toBe(1);
  });

  it('sends the title and the sentences before a batch as context, not as segments', async () => {
    const bodies = stubChat((body) => goodReply(body));
    const ctx = makeContext({ batchTokens: 40, contextSentences: 2 });
    const docs = await collect(translateDocuments(stream([makeDoc('a', [KOREAN.slice(0, 4)], '이시바 방미')]), ctx));
    expectAllCorrect(docs);
    expect(bodies.length).toBeGreaterThan(1);
    const later = userMessage(bodies[1]) as { documents: { title?: string; context?: string[]; segments: { ko: string }[] }[] };
    const first = segmentsOf(bodies[1])[0]!.ko;
    const index = KOREAN.indexOf(first);
    expect(later.documents[0]!.title).toBe('이시바 방미');
    expect(later.documents[0]!.context).toEqual(KOREAN.slice(Math.max(0, index - 2), index));
    const sent = bodies.flatMap((body) => segmentsOf(body).map((s) => s.ko));
    expect(sent.sort()).toEqual(KOREAN.slice(0, 4).sort());
  });

  it('cuts batches at paragraph boundaries when the budget allows', async () => {
    const bodies = stubChat((body) => goodReply(body));
    // Each paragraph fits alone; two do not fit together.
    const ctx = makeContext({ batchTokens: 70 });
    await collect(translateDocuments(stream([makeDoc('a', [KOREAN.slice(1, 3), KOREAN.slice(5, 7)])]), ctx));
    expect(bodies.map((body) => segmentsOf(body).map((s) => s.ko))).toEqual([KOREAN.slice(1, 3), KOREAN.slice(5, 7)]);
  });

  it('asks once for a sentence repeated in the same context', async () => {
    const bodies = stubChat((body) => goodReply(body));
    const ctx = makeContext({ contextSentences: 0 });
    const docs = await collect(translateDocuments(stream([makeDoc('a', [[KOREAN[0]!]]), makeDoc('b', [[KOREAN[0]!]])]), ctx));
    expect(bodies.flatMap((body) => segmentsOf(body))).toHaveLength(1);
    expect(docs[1]!.translations[0]!.en).toBe(fakeEnglish(KOREAN[0]!));
  });
});

describe('translateDocuments: sources before the API', () => {
  it('takes exact translation-memory matches first and sends only the rest', async () => {
    const dir = tempDir();
    const tmx = join(dir, 'memory.tmx');
    writeFileSync(
      tmx,
      `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="ko-KR" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>
<tu><tuv xml:lang="ko-KR"><seg>${KOREAN[0]}</seg></tuv><tuv xml:lang="en-US"><seg>Reviewed English &amp; more.</seg></tuv></tu>
</body></tmx>`,
    );
    const bodies = stubChat((body) => goodReply(body));
    const ctx = makeContext({ tm: [tmx] });
    const docs = await collect(translateDocuments(stream([makeDoc('a', [KOREAN.slice(0, 3)])]), ctx));
    expect(docs[0]!.translations[0]).toMatchObject({ en: 'Reviewed English & more.', origin: 'tm', model: null });
    expect(segmentsOf(bodies[0]).map((s) => s.ko)).toEqual(KOREAN.slice(1, 3));
    expect(ctx.stats!.sentences).toMatchObject({ tm: 1, api: 2 });
  });

  it('with no API key sends nothing and gives each untranslated sentence the reason', async () => {
    const bodies = stubChat((body) => goodReply(body));
    const ctx = makeContext({}, { apiKey: undefined });
    const docs = await collect(translateDocuments(stream(twoDocs()), ctx));
    expect(bodies).toHaveLength(0);
    for (const translation of docs.flatMap((d) => d.translations)) expect(translation).toMatchObject({ en: null, origin: null, reason: NO_KEY_REASON });
    expect(ctx.stats!.rejects).toEqual({ 'no API key': 8 });
  });

  it('reuses the journal: a rerun over a finished corpus sends no request', async () => {
    let bodies = stubChat((body) => goodReply(body));
    const first = makeContext();
    await collect(translateDocuments(stream(twoDocs()), first));
    expect(bodies).toHaveLength(1);
    bodies = stubChat((body) => goodReply(body));
    const second = makeContext({}, { cacheDir: first.cacheDir, runDir: first.runDir });
    const docs = await collect(translateDocuments(stream(twoDocs()), second));
    expect(bodies).toHaveLength(0);
    expectAllCorrect(docs);
    expect(docs[0]!.translations[0]!.origin).toBe('cache');
    expect(second.stats!.sentences.cache).toBe(8);
  });

  it('ignores a torn last journal line and keeps appending on a line of its own', async () => {
    stubChat((body) => goodReply(body));
    const first = makeContext({ contextSentences: 0 });
    await collect(translateDocuments(stream([makeDoc('a', [KOREAN.slice(0, 2)])]), first));
    const journal = join(first.cacheDir, JOURNAL_FILE);
    appendFileSync(journal, '{"k":"torn-entry","en":"Half a li');
    const bodies = stubChat((body) => goodReply(body));
    const second = makeContext({ contextSentences: 0 }, { cacheDir: first.cacheDir, runDir: first.runDir });
    const docs = await collect(translateDocuments(stream([makeDoc('a', [KOREAN.slice(0, 3)])]), second));
    expectAllCorrect(docs);
    expect(bodies.flatMap((body) => segmentsOf(body)).map((s) => s.ko)).toEqual([KOREAN[2]]);
    const lines = readFileSync(journal, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });
});

describe('translateDocuments: every reply checked item by item', () => {
  it('matches shuffled ids to their own sentences', async () => {
    stubChat((body) => {
      const items = segmentsOf(body).map((s) => ({ id: s.id, en: fakeEnglish(s.ko) }));
      return replyWith(items.reverse());
    });
    const docs = await collect(translateDocuments(stream(twoDocs()), makeContext()));
    expectAllCorrect(docs);
  });

  it('asks a dropped id again, alone', async () => {
    const bodies = stubChat((body, call) => {
      const items = segmentsOf(body).map((s) => ({ id: s.id, en: fakeEnglish(s.ko) }));
      return replyWith(call === 1 ? items.filter((item) => item.id !== 3) : items);
    });
    const ctx = makeContext();
    const docs = await collect(translateDocuments(stream(twoDocs()), ctx));
    expectAllCorrect(docs);
    expect(bodies).toHaveLength(2);
    expect(segmentsOf(bodies[1]).map((s) => s.ko)).toEqual([KOREAN[2]]);
    expect(ctx.stats!.retries.missing_id).toBe(1);
  });

  it('drops every copy of a duplicated id and asks it again alone', async () => {
    const bodies = stubChat((body, call) => {
      const items = segmentsOf(body).map((s) => ({ id: s.id, en: fakeEnglish(s.ko) }));
      // The second copy carries the next sentence's English: a shift that must not land anywhere.
      if (call === 1) items.push({ id: 2, en: fakeEnglish(KOREAN[2]!) });
      return replyWith(items);
    });
    const ctx = makeContext();
    const docs = await collect(translateDocuments(stream(twoDocs()), ctx));
    expectAllCorrect(docs);
    expect(segmentsOf(bodies[1]).map((s) => s.ko)).toEqual([KOREAN[1]]);
    expect(ctx.stats!.droppedItems.duplicate).toBe(1);
    expect(ctx.logger.lines.some((line) => line.includes('repeated reply ids'))).toBe(true);
  });

  it('drops and logs ids the batch never held', async () => {
    const bodies = stubChat((body) => {
      const items = segmentsOf(body).map((s) => ({ id: s.id, en: fakeEnglish(s.ko) }));
      return replyWith([...items, { id: 99, en: 'Invented.' }, { id: 0, en: 'Also invented.' }]);
    });
    const ctx = makeContext();
    const docs = await collect(translateDocuments(stream(twoDocs()), ctx));
    expectAllCorrect(docs);
    expect(bodies).toHaveLength(1);
    expect(ctx.stats!.droppedItems.extra).toBe(2);
    expect(ctx.logger.lines.some((line) => line.includes('ids the batch did not hold'))).toBe(true);
  });

  it('asks again a sentence whose English echoes the Korean', async () => {
    const bodies = stubChat((body, call) => {
      const items = segmentsOf(body).map((s) => ({ id: s.id, en: call === 1 && s.id === 2 ? s.ko : fakeEnglish(s.ko) }));
      return replyWith(items);
    });
    const ctx = makeContext();
    const docs = await collect(translateDocuments(stream(twoDocs()), ctx));
    expectAllCorrect(docs);
    expect(segmentsOf(bodies[1]).map((s) => s.ko)).toEqual([KOREAN[1]]);
    expect(ctx.stats!.retries.echo).toBe(1);
  });

  it('asks again alone two ids whose English carries each other\'s numbers (shifted lines)', async () => {
    const sales = '회사는 올해 매출이 20% 늘었다고 밝혔다.';
    const staff = '직원 수는 350명으로 집계됐다.';
    const english: Record<string, string> = { [sales]: 'Sales rose 20% this year, the company said.', [staff]: 'The staff count was 350.' };
    const bodies = stubChat((body, call) => {
      const segments = segmentsOf(body);
      if (call === 1) return replyWith(segments.map((s) => ({ id: s.id, en: s.ko === sales ? english[staff]! : s.ko === staff ? english[sales]! : fakeEnglish(s.ko) })));
      return replyWith(segments.map((s) => ({ id: s.id, en: english[s.ko] ?? fakeEnglish(s.ko) })));
    });
    const ctx = makeContext();
    const out = await collect(translateDocuments(stream([makeDoc('a', [[KOREAN[0]!, sales, staff]])]), ctx));
    expect(out[0]!.translations.map((t) => t.en)).toEqual([fakeEnglish(KOREAN[0]!), english[sales], english[staff]]);
    expect(bodies.slice(1).map((body) => segmentsOf(body).map((s) => s.ko))).toEqual([[sales], [staff]]);
    expect(ctx.stats!.retries.shifted).toBe(2);
  });

  it('splits a batch whose reply was cut at the token limit', async () => {
    const bodies = stubChat((body) => {
      const segments = segmentsOf(body);
      if (segments.length > 4) return HttpResponse.json(completion('{"translations":[{"id":1,"en":"Sent', { finish: 'length' }));
      return goodReply(body);
    });
    const ctx = makeContext();
    const docs = await collect(translateDocuments(stream(twoDocs()), ctx));
    expectAllCorrect(docs);
    expect(bodies.map((body) => segmentsOf(body).length)).toEqual([8, 4, 4]);
    expect(ctx.stats!.splits).toBe(1);
  });

  it('retries malformed JSON and empty content', async () => {
    const bodies = stubChat((body, call) => {
      if (call === 1) return HttpResponse.json(completion('{"translations": [{"id": 1, "en": "Sen'));
      if (call === 2) return HttpResponse.json(completion(''));
      return goodReply(body);
    });
    const ctx = makeContext();
    const docs = await collect(translateDocuments(stream(twoDocs()), ctx));
    expectAllCorrect(docs);
    expect(ctx.stats!.retries.malformed).toBe(1);
    // The empty reply came after one content retry: the batch was split rather than resent whole.
    expect(bodies.length).toBeGreaterThanOrEqual(3);
  });

  it('splits down to single sentences on refusals and rejects the one that keeps being refused', async () => {
    const refused = KOREAN[5]!;
    stubChat((body) => {
      if (segmentsOf(body).some((s) => s.ko === refused)) return HttpResponse.json(completion(null, { refusal: "I can't help with that." }));
      return goodReply(body);
    });
    const ctx = makeContext();
    const docs = await collect(translateDocuments(stream(twoDocs()), ctx));
    const all = docs.flatMap((doc) => doc.sentences.map((s, i) => [s.ko, doc.translations[i]!] as const));
    for (const [ko, translation] of all) {
      if (ko === refused) expect(translation).toMatchObject({ en: null, origin: null, reason: expect.stringMatching(/^refused: /) });
      else expect(translation.en).toBe(fakeEnglish(ko));
    }
    expect(ctx.stats!.rejects).toEqual({ refused: 1 });
  });

  it('accepts JSON wrapped in a fence when the server only follows instructions', async () => {
    const bodies = stubChat((body) => {
      const translations = segmentsOf(body).map((s) => ({ id: String(s.id), en: fakeEnglish(s.ko) }));
      return HttpResponse.json(completion('Here you go:\n```json\n' + JSON.stringify({ translations }) + '\n```'));
    });
    const docs = await collect(translateDocuments(stream(twoDocs()), makeContext({ responseFormat: 'text' })));
    expectAllCorrect(docs);
    expect(bodies[0]!.response_format).toBeUndefined();
    expect((bodies[0]!.messages as { content: string }[])[0]!.content).toContain('"translations"');
  });

  it('asks for JSON mode when configured', async () => {
    const bodies = stubChat((body) => goodReply(body));
    await collect(translateDocuments(stream(twoDocs()), makeContext({ responseFormat: 'json_object' })));
    expect(bodies[0]!.response_format).toEqual({ type: 'json_object' });
  });
});

describe('translateDocuments: provider faults', () => {
  it('waits out a 429 on requests, then resends', async () => {
    const bodies = stubChat((body, call) =>
      call === 1
        ? errorBody(429, { message: 'Rate limit reached for gpt-4o-mini on requests per min (RPM): Limit 3.', type: 'requests', code: 'rate_limit_exceeded' }, { 'retry-after-ms': '30' })
        : goodReply(body),
    );
    const ctx = makeContext();
    const docs = await collect(translateDocuments(stream(twoDocs()), ctx));
    expectAllCorrect(docs);
    expect(bodies).toHaveLength(2);
    expect(ctx.stats!.retries.rate_limit_requests).toBe(1);
    expect(ctx.stats!.rateLimited).toBe(1);
  });

  it('waits out a 429 on tokens, honouring retry-after capped by maxRetryAfter', async () => {
    const started = Date.now();
    const bodies = stubChat((body, call) =>
      call === 1
        ? errorBody(429, { message: 'Rate limit reached on tokens per min (TPM): Limit 1000, Used 990, Requested 400.', type: 'tokens', code: 'rate_limit_exceeded' }, { 'retry-after': '3600' })
        : goodReply(body),
    );
    const ctx = makeContext({ maxRetryAfter: 200 });
    const docs = await collect(translateDocuments(stream(twoDocs()), ctx));
    expectAllCorrect(docs);
    expect(bodies).toHaveLength(2);
    expect(ctx.stats!.retries.rate_limit_tokens).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('near the end of a window sends the part of a batch that fits, the rest after the reset', async () => {
    let remaining = 0;
    const bodies = stubChat((body, call) => {
      const limit = { 'x-ratelimit-limit-tokens': '20000', 'x-ratelimit-reset-tokens': '300ms' };
      // After the first reply, room for about half of the next batch.
      remaining = call === 1 ? 900 : 20_000;
      return goodReply(body, { ...limit, 'x-ratelimit-remaining-tokens': String(remaining) });
    });
    const ctx = makeContext({ batchTokens: 200, concurrency: 1 });
    const docs = [makeDoc('a', [KOREAN.slice(0, 4)]), makeDoc('b', [[...KOREAN.slice(4, 8), ...KOREAN.slice(0, 4).map((k) => k.replace('.', '고 밝혔다.'))]])];
    const out = await collect(translateDocuments(stream(docs), ctx));
    expectAllCorrect(out);
    const sizes = bodies.map((body) => segmentsOf(body).length);
    expect(sizes.length).toBeGreaterThan(2);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(12);
    expect(sizes[1]).toBeLessThan(sizes.slice(1).reduce((a, b) => a + b, 0));
  });

  it('stops at once on insufficient_quota with a clear message', async () => {
    const bodies = stubChat(() =>
      errorBody(429, { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota', code: 'insufficient_quota' }),
    );
    const ctx = makeContext();
    const error = await collect(translateDocuments(stream(twoDocs()), ctx)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as Error).message).toMatch(/insufficient_quota.*llm\.test|llm\.test.*insufficient_quota/);
    expect(bodies).toHaveLength(1);
  });

  it('stops at once on 401 and never prints the key', async () => {
    const bodies = stubChat(() => errorBody(401, { message: 'Incorrect API key provided: sk-test-secret-key.', type: 'invalid_request_error', code: 'invalid_api_key' }));
    const ctx = makeContext();
    const error = await collect(translateDocuments(stream(twoDocs()), ctx)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as Error).message).toContain('401');
    expect((error as Error).message).not.toContain('sk-test-secret-key');
    expect(bodies).toHaveLength(1);
  });

  it('retries 500 and 503 with backoff', async () => {
    const bodies = stubChat((body, call) =>
      call === 1 ? errorBody(500, { message: 'The server had an error.', type: 'server_error' }) : call === 2 ? errorBody(503, { message: 'Overloaded.', type: 'server_error' }) : goodReply(body),
    );
    const ctx = makeContext();
    const docs = await collect(translateDocuments(stream(twoDocs()), ctx));
    expectAllCorrect(docs);
    expect(bodies).toHaveLength(3);
    expect(ctx.stats!.retries.server_error).toBe(2);
  });

  it('retries a reset connection', async () => {
    let calls = 0;
    server.use(
      http.post(CHAT_URL, async ({ request }) => {
        calls++;
        const body = await request.json();
        return calls === 1 ? HttpResponse.error() : goodReply(body);
      }),
    );
    const ctx = makeContext();
    const docs = await collect(translateDocuments(stream(twoDocs()), ctx));
    expectAllCorrect(docs);
    expect(ctx.stats!.retries.connection).toBe(1);
  });

  it('gives up with "could not reach the API" when the endpoint never answers', async () => {
    server.use(http.post(CHAT_URL, () => HttpResponse.error()));
    const ctx = makeContext({ maxRetries: 2 });
    const error = await collect(translateDocuments(stream(twoDocs()), ctx)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as Error).message).toMatch(/^could not reach the API at llm\.test/);
  });

  it('abandons a stalled reply at the timeout and resends', async () => {
    const bodies = stubChat(async (body, call) => {
      if (call === 1) await delay(2_000);
      return goodReply(body);
    });
    const ctx = makeContext({ timeout: 200 });
    const docs = await collect(translateDocuments(stream(twoDocs()), ctx));
    expectAllCorrect(docs);
    expect(bodies).toHaveLength(2);
    expect(ctx.stats!.retries.timeout).toBe(1);
  });

  it('rejects with the reason when 5xx persists past maxRetries for a single sentence', async () => {
    stubChat(() => errorBody(500, { message: 'boom', type: 'server_error' }));
    const ctx = makeContext({ maxRetries: 1 });
    const docs = await collect(translateDocuments(stream([makeDoc('a', [[KOREAN[0]!]])]), ctx));
    expect(docs[0]!.translations[0]).toMatchObject({ en: null, reason: expect.stringMatching(/^server error: 500/) });
  });
});

describe('what a rerun asks again', () => {
  it('asks again after provider failures, not after the model refused', async () => {
    const refused = KOREAN[1]!;
    stubChat((body) => {
      const segments = segmentsOf(body);
      if (segments.length === 1 && segments[0]!.ko === KOREAN[0]) return errorBody(503, { message: 'overloaded', type: 'server_error' });
      if (segments.some((s) => s.ko === refused)) return HttpResponse.json(completion(null, { refusal: 'No.' }));
      if (segments.length > 1) return errorBody(503, { message: 'overloaded', type: 'server_error' });
      return goodReply(body);
    });
    const first = makeContext({ maxRetries: 0, contextSentences: 0 });
    const out = await collect(translateDocuments(stream([makeDoc('a', [KOREAN.slice(0, 3)])]), first));
    expect(out[0]!.translations.map((t) => t.reason?.split(':')[0] ?? null)).toEqual(['server error', 'refused', null]);
    const bodies = stubChat((body) => goodReply(body));
    const second = makeContext({ maxRetries: 0, contextSentences: 0 }, { cacheDir: first.cacheDir, runDir: first.runDir });
    const again = await collect(translateDocuments(stream([makeDoc('a', [KOREAN.slice(0, 3)])]), second));
    expect(bodies.flatMap((body) => segmentsOf(body)).map((s) => s.ko)).toEqual([KOREAN[0]]);
    expect(again[0]!.translations.map((t) => t.origin)).toEqual(['api', null, 'cache']);
    // retryFailed asks the refused one again too.
    const third = makeContext({ maxRetries: 0, contextSentences: 0, retryFailed: true }, { cacheDir: first.cacheDir, runDir: first.runDir });
    await collect(translateDocuments(stream([makeDoc('a', [KOREAN.slice(0, 3)])]), third));
    expect(bodies.flatMap((body) => segmentsOf(body)).map((s) => s.ko)).toEqual([KOREAN[0], KOREAN[1]]);
  });
});

describe('glossary', () => {
  it('sends only the terms present in a batch and records compliance', async () => {
    const dir = tempDir();
    const glossary = join(dir, 'glossary.tsv');
    writeFileSync(glossary, '# term\tEnglish\n이시바 시게루\tShigeru Ishiba\n요미우리신문\tYomiuri Shimbun\n국제통화기금\tInternational Monetary Fund\n');
    const bodies = stubChat((body) => {
      const items = segmentsOf(body).map((s) => ({ id: s.id, en: s.ko.includes('이시바') ? 'Shigeru Ishiba will visit.' : fakeEnglish(s.ko) }));
      return replyWith(items);
    });
    const ctx = makeContext({ glossary });
    const docs = await collect(translateDocuments(stream([makeDoc('a', [KOREAN.slice(0, 4)])]), ctx));
    expect(userMessage(bodies[0]).glossary).toEqual({ '이시바 시게루': 'Shigeru Ishiba', 요미우리신문: 'Yomiuri Shimbun' });
    expect(docs[0]!.translations[0]!.flags).toEqual([]);
    expect(docs[0]!.translations[3]!.flags[0]).toMatchObject({ code: 'glossary-term', severity: 'warning', data: { term: '요미우리신문', expected: 'Yomiuri Shimbun' } });
    expect(ctx.stats!.glossary).toMatchObject({ applicable: 2, followed: 1 });
  });

  it('feeds names the model rendered forward to later batches', async () => {
    const bodies = stubChat((body) => {
      const segments = segmentsOf(body);
      const items = segments.map((s) => ({ id: s.id, en: s.ko.includes('트럼프') ? 'Trump met Ishiba.' : fakeEnglish(s.ko) }));
      return replyWith(items, segments.some((s) => s.ko.includes('트럼프')) ? [{ ko: '트럼프', en: 'Trump' }, { ko: '없는이름', en: 'Nobody' }] : []);
    });
    const ctx = makeContext({ batchTokens: 10, concurrency: 1 });
    await collect(translateDocuments(stream([makeDoc('a', [[KOREAN[0]!], ['트럼프 대통령은 관세를 언급했다.']])]), ctx));
    expect(bodies).toHaveLength(2);
    expect(userMessage(bodies[1]).glossary).toEqual({ 트럼프: 'Trump' });
    expect(ctx.stats!.glossary.learnedNames).toBe(1);
  });
});

describe('planTranslation (--dry-run)', () => {
  it('counts documents, sentences, hits, batches, tokens and cost without a request', async () => {
    const bodies = stubChat((body) => goodReply(body));
    const first = makeContext({ contextSentences: 0 });
    await collect(translateDocuments(stream(twoDocs().slice(0, 1)), first));
    const ctx = makeContext({ contextSentences: 0, batchTokens: 60 }, { cacheDir: first.cacheDir, runDir: first.runDir });
    const plan = await planTranslation(stream(twoDocs()), ctx);
    expect(bodies).toHaveLength(1);
    expect(plan).toMatchObject({ documents: 2, sentences: 8, cacheHits: 4, tmHits: 0, toTranslate: 4, model: 'gpt-4o-mini', apiKey: true });
    expect(plan.batches).toBeGreaterThanOrEqual(2);
    expect(plan.estimatedTokens.input).toBeGreaterThan(plan.estimatedTokens.output);
    expect(plan.estimatedCost).toBeGreaterThan(0);
  });
});

describe('retranslate', () => {
  it('sends the draft and the findings, and returns the new English by id', async () => {
    const bodies = stubChat(() => replyWith([{ id: 1, en: 'Sales rose 20% this year, the company said.' }]));
    const ctx = makeContext();
    const answers = await retranslate([{ id: 'a:0.0', ko: KOREAN[7]!, en: 'Sales rose this year.', feedback: ['number 20 is missing'], context: [KOREAN[6]!] }], ctx);
    expect(answers.get('a:0.0')).toBe('Sales rose 20% this year, the company said.');
    const user = userMessage(bodies[0]) as { items: { draft: string; problems: string[]; context: string[] }[] };
    expect(user.items[0]).toMatchObject({ draft: 'Sales rose this year.', problems: ['number 20 is missing'], context: [KOREAN[6]] });
    // Journaled: asking again costs nothing.
    const again = await retranslate([{ id: 'a:0.0', ko: KOREAN[7]!, en: 'Sales rose this year.', feedback: ['number 20 is missing'], context: [KOREAN[6]!] }], ctx);
    expect(again.get('a:0.0')).toBe('Sales rose 20% this year, the company said.');
    expect(bodies).toHaveLength(1);
  });

  it('returns null for every item with no key', async () => {
    const answers = await retranslate([{ id: 'x', ko: KOREAN[0]!, en: 'x', feedback: ['f'], context: [] }], makeContext({}, { apiKey: undefined }));
    expect(answers.get('x')).toBeNull();
  });
});
