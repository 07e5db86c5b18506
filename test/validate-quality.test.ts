// LLM quality estimation (GEMBA-MQM style) against a stubbed Chat Completions endpoint.
import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import OpenAI from 'openai';
import { server } from './setup.js';
import { estimateQuality, selectForEstimation } from '../pipeline/validate/index.js';
import { FlagSchema } from '../pipeline/schemas.js';

const BASE = 'https://llm.test/v1';

function completion(content: unknown) {
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 0,
    model: 'test-model',
    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: JSON.stringify(content), refusal: null } }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

describe('estimateQuality', () => {
  it('turns MQM error spans into flags on the right pairs, ignoring invented ids', async () => {
    const requests: { model: string; ids: string[]; schema: unknown }[] = [];
    server.use(
      http.post(`${BASE}/chat/completions`, async ({ request }) => {
        const body = (await request.json()) as { model: string; messages: { role: string; content: string }[]; response_format: { type: string } };
        const items = JSON.parse(body.messages.at(-1)!.content) as { id: string }[];
        requests.push({ model: body.model, ids: items.map((item) => item.id), schema: body.response_format.type });
        return HttpResponse.json(
          completion({
            annotations: [
              { id: 'p2', errors: [{ span: '2.1 trillion', category: 'accuracy/mistranslation', severity: 'critical', explanation: '1조2000억 is 1.2 trillion.' }] },
              { id: 'p1', errors: [] },
              { id: 'ghost', errors: [{ span: 'x', category: 'other', severity: 'major', explanation: 'invented' }] },
              { id: 'p3', errors: [{ span: 'awesome', category: 'style', severity: 'minor', explanation: 'register' }] },
            ],
          }),
        );
      }),
    );
    const client = new OpenAI({ apiKey: 'sk-test', baseURL: BASE, maxRetries: 0 });
    const pairs = [
      { id: 'p1', ko: '세 명이 다쳤다.', en: 'Three people were hurt.' },
      { id: 'p2', ko: '예산이 1조2000억 원 늘었다.', en: 'The budget grew by 2.1 trillion won.' },
      { id: 'p3', ko: '결과가 좋았다.', en: 'The results were awesome.' },
    ];
    const result = await estimateQuality(client, pairs, { model: 'test-model' });
    expect(requests).toEqual([{ model: 'test-model', ids: ['p1', 'p2', 'p3'], schema: 'json_schema' }]);
    expect(result.get('p1')).toEqual([]);
    expect(result.get('p2')).toEqual([
      {
        code: 'quality-estimation',
        severity: 'error',
        message: 'accuracy/mistranslation (critical): "2.1 trillion" — 1조2000억 is 1.2 trillion.',
        source: 'validate',
        side: 'en',
        range: [19, 31],
        data: { category: 'accuracy/mistranslation', mqmSeverity: 'critical', span: '2.1 trillion' },
      },
    ]);
    expect(result.get('p3')![0]).toMatchObject({ severity: 'warning', range: [17, 24] });
    expect(result.has('ghost')).toBe(false);
    for (const flags of result.values()) for (const flag of flags) FlagSchema.parse(flag);
  });

  it('sends only the sampled pairs, in batches', async () => {
    const seen: string[][] = [];
    server.use(
      http.post(`${BASE}/chat/completions`, async ({ request }) => {
        const body = (await request.json()) as { messages: { content: string }[] };
        const items = JSON.parse(body.messages.at(-1)!.content) as { id: string }[];
        seen.push(items.map((item) => item.id));
        return HttpResponse.json(completion({ annotations: items.map((item) => ({ id: item.id, errors: [] })) }));
      }),
    );
    const client = new OpenAI({ apiKey: 'sk-test', baseURL: BASE, maxRetries: 0 });
    const pairs = Array.from({ length: 40 }, (_, i) => ({ id: `doc:${i}`, ko: '가', en: 'A' }));
    const result = await estimateQuality(client, pairs, { model: 'm', sample: 0.5, batchSize: 4 });
    const chosen = pairs.filter((pair) => selectForEstimation(pair.id, 0.5)).map((pair) => pair.id);
    expect(chosen.length).toBeGreaterThan(5);
    expect(chosen.length).toBeLessThan(35);
    expect(seen.flat()).toEqual(chosen);
    expect(seen.every((batch) => batch.length <= 4)).toBe(true);
    expect([...result.keys()]).toEqual(chosen);
  });
});
