// Writes a synthetic run folder through the real emitter: `tsx test/browser/make-run.ts N DIR`.
// Record 0 is an XSS probe; ten rejects follow the pairs. Used by the browser tests and the page benchmark.
import { mkdirSync } from 'node:fs';
import { createEmitter } from '../../pipeline/emit/index.js';
import { makeRecord, makeReject, XSS_EN, XSS_KO } from '../fixtures/emit/make-records.js';

export async function makeRun(dir: string, pairs: number): Promise<{ records: number; rejects: number; tmxUnits: number }> {
  mkdirSync(dir, { recursive: true });
  const emitter = createEmitter(dir, { toolVersion: '0.0.0-test', creationDate: new Date('2026-11-26T12:00:00Z') });
  await emitter.record(makeRecord(0, { id: 'xss-probe', ko: XSS_KO, en: XSS_EN }));
  for (let i = 1; i < pairs; i++) await emitter.record(makeRecord(i));
  for (let i = 0; i < 10; i++) await emitter.reject(makeReject(i, { ko: i === 0 ? XSS_KO : `번역되지 않은 문장 ${i}이다.` }));
  return emitter.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count, dir] = process.argv.slice(2);
  if (!count || !dir) throw new Error('usage: tsx test/browser/make-run.ts N DIR');
  const started = Date.now();
  const counts = await makeRun(dir, Number(count));
  console.log(`${JSON.stringify(counts)} in ${Date.now() - started} ms, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB`);
}
