// Translation benchmark: Dari's translate stage against our own OpenAI-compatible server
// (bench/server), each figure beside a naive baseline (one sentence per request, fixed
// concurrency, the SDK's own retries) run in the same benchmark.
//
//   npm run bench:translate              full run (a few minutes)
//   npm run bench:translate -- --quick   smaller corpus, shorter windows
//
// Phases: (1) 30 % faulty requests; (2) a tokens-per-window limit; (3) kill -9 midway, rerun,
// rerun again. The corpus is generated (bench/server/corpus.ts); ../shared is not needed.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';
import PQueue from 'p-queue';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { zodResponseFormat } from 'openai/helpers/zod';
import { ConfigSchema, type SegmentedDoc } from '../pipeline/schemas.js';
import { createMemoryLogger } from '../pipeline/log.js';
import { createTranslateStats, translateDocuments, type TranslateStats } from '../pipeline/translate/index.js';
import { loadPrompt } from '../pipeline/translate/prompt.js';
import { ReplySchema } from '../pipeline/translate/reply.js';
import { generateCorpus } from './server/corpus.js';
import { judge } from './server/fake-translation.js';
import { startServer, type RunningServer } from './server/server.js';

const API_KEY = 'bench-key-not-secret';

interface Output {
  id: string;
  ko: string;
  en: string | null;
}

interface Scored {
  sentences: number;
  translated: number;
  wrongPairs: number;
  corrupt: number;
}

function score(outputs: Output[]): Scored {
  const scored: Scored = { sentences: outputs.length, translated: 0, wrongPairs: 0, corrupt: 0 };
  for (const { ko, en } of outputs) {
    const verdict = judge(ko, en);
    if (verdict !== 'missing') scored.translated++;
    if (verdict === 'wrong-pair') scored.wrongPairs++;
    if (verdict === 'corrupt') scored.corrupt++;
  }
  return scored;
}

// ───────────────────────── the two translators ─────────────────────────

async function runDari(docs: SegmentedDoc[], baseURL: string, cacheDir: string, overrides: Record<string, unknown> = {}): Promise<{ outputs: Output[]; stats: TranslateStats; ms: number }> {
  const options = ConfigSchema.parse({ translate: overrides }).translate;
  const stats = createTranslateStats();
  const started = Date.now();
  const outputs: Output[] = [];
  const ctx = { options, cacheDir, runDir: cacheDir, apiKey: API_KEY, baseURL, logger: createMemoryLogger(), stats };
  async function* source() {
    for (const doc of docs) yield doc;
  }
  for await (const doc of translateDocuments(source(), ctx)) {
    doc.sentences.forEach((sentence, index) => outputs.push({ id: sentence.id, ko: sentence.ko, en: doc.translations[index]!.en }));
  }
  return { outputs, stats, ms: Date.now() - started };
}

/** What a simple LLM translator does: one sentence per request, fixed concurrency, SDK retries. */
async function runNaive(docs: SegmentedDoc[], baseURL: string, concurrency = 8): Promise<{ outputs: Output[]; promptTokens: number; completionTokens: number; ms: number }> {
  const prompt = await loadPrompt('prompts/translate.v1.md');
  const client = new OpenAI({ apiKey: API_KEY, baseURL });
  const queue = new PQueue({ concurrency });
  const outputs: Output[] = [];
  let promptTokens = 0;
  let completionTokens = 0;
  const started = Date.now();
  for (const doc of docs) {
    for (const sentence of doc.sentences) {
      const output: Output = { id: sentence.id, ko: sentence.ko, en: null };
      outputs.push(output);
      void queue.add(async () => {
        try {
          const reply = await client.chat.completions.create({
            model: 'gpt-4o-mini',
            messages: [
              { role: 'system', content: prompt.instructions },
              { role: 'user', content: JSON.stringify({ documents: [{ segments: [{ id: 1, ko: sentence.ko }] }] }) },
            ],
            response_format: zodResponseFormat(ReplySchema, 'translations'),
          });
          promptTokens += reply.usage?.prompt_tokens ?? 0;
          completionTokens += reply.usage?.completion_tokens ?? 0;
          const parsed = JSON.parse(reply.choices[0]?.message.content ?? '') as { translations: { en: string }[] };
          output.en = parsed.translations[0]?.en ?? null;
        } catch {
          output.en = null;
        }
      });
    }
  }
  await queue.onIdle();
  return { outputs, promptTokens, completionTokens, ms: Date.now() - started };
}

// ───────────────────────── measures ─────────────────────────

function payloadTokens(outputs: Output[]): number {
  let tokens = 0;
  for (const { ko, en } of outputs) tokens += countTokens(ko) + (en ? countTokens(en) : 0);
  return tokens;
}

/** Tokens admitted over the windows a run covered completely, against the ceiling; and the 429 share. */
function limitFigures(server: RunningServer, from: number, to: number): { utilisation: number; windows: number; share429: number; requests: number } {
  const { windowMs, tokensPerWindow } = server.options;
  const requests = server.stats.requests.filter((r) => r.at >= from && r.at <= to);
  const first = Math.ceil(from / windowMs);
  const last = Math.floor(to / windowMs) - 1;
  let used = 0;
  let windows = 0;
  for (let w = first; w <= last; w++) {
    used += server.stats.windowTokens.get(w) ?? 0;
    windows++;
  }
  const rateLimited = requests.filter((r) => r.status === 429).length;
  return { utilisation: windows > 0 && tokensPerWindow ? used / (windows * tokensPerWindow) : NaN, windows, share429: requests.length ? rateLimited / requests.length : 0, requests: requests.length };
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);
const line = (label: string, dari: string, naive: string) => process.stdout.write(`  ${label.padEnd(44)} ${dari.padStart(14)}   ${naive.padStart(14)}\n`);

// ───────────────────────── kill -9 worker ─────────────────────────

async function worker(configPath: string): Promise<void> {
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as { corpus: string; baseURL: string; cacheDir: string; out: string; overrides: Record<string, unknown> };
  const docs = JSON.parse(readFileSync(config.corpus, 'utf8')) as SegmentedDoc[];
  const { outputs, stats } = await runDari(docs, config.baseURL, config.cacheDir, config.overrides);
  writeFileSync(config.out, JSON.stringify({ outputs, requests: stats.requests }));
}

function runWorker(configPath: string, onStart: (kill: () => void) => void = () => {}): Promise<number | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--worker', configPath], { stdio: ['ignore', 'ignore', 'inherit'] });
  onStart(() => child.kill('SIGKILL'));
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

// ───────────────────────── main ─────────────────────────

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const documents = quick ? 25 : 70;
  const docs = generateCorpus(documents);
  const sentences = docs.reduce((sum, doc) => sum + doc.sentences.length, 0);
  const work = mkdtempSync(join(tmpdir(), 'dari-bench-translate-'));
  const limits = { windowMs: quick ? 2_000 : 5_000, tokensPerWindow: 20_000, requestsPerWindow: 500 };
  process.stdout.write(`Translation benchmark: ${documents} generated documents, ${sentences} sentences; local server (bench/server)\n`);
  process.stdout.write(`${''.padEnd(46)} ${'Dari'.padStart(14)}   ${'naive'.padStart(14)}\n`);

  // 1. Faults.
  {
    const server = await startServer({ seed: 7, faultRate: 0.3, stallMs: quick ? 5_000 : 20_000 });
    const dari = await runDari(docs, server.url, join(work, 'faults-cache'));
    const dariRequests = server.stats.requests.length;
    const dariFaults = server.stats.requests.filter((r) => r.fault).length;
    const naiveDocs = docs.slice(0, Math.ceil(docs.length / 2));
    const naive = await runNaive(naiveDocs, server.url);
    const naiveRequests = server.stats.requests.length - dariRequests;
    const naiveFaults = server.stats.requests.filter((r) => r.fault).length - dariFaults;
    // Small batches: many more requests, so every fault kind is met many times.
    const smallStart = server.stats.requests.length;
    const small = await runDari(naiveDocs, server.url, join(work, 'faults-small-cache'), { batchTokens: 150 });
    const smallRequests = server.stats.requests.slice(smallStart);
    await server.close();
    const a = score(dari.outputs);
    const b = score(naive.outputs);
    process.stdout.write(`\n1. 30 % faulty requests (every fault kind: 429 both types, 500, 503, reset, ${quick ? 5 : 20} s stall, ids dropped/duplicated/extra/shuffled, truncation, malformed JSON, empty, refusal, echo); naive on the first ${naiveDocs.length} documents\n`);
    line('requests sent (faulty)', `${dariRequests} (${dariFaults})`, `${naiveRequests} (${naiveFaults})`);
    line('translated', pct(a.translated, a.sentences), pct(b.translated, b.sentences));
    line('wrong pairs', String(a.wrongPairs), String(b.wrongPairs));
    line('corrupt lines', String(a.corrupt), String(b.corrupt));
    line('without English, with a reason', String(a.sentences - a.translated), `${b.sentences - b.translated} (no reason)`);
    line('time (s)', (dari.ms / 1000).toFixed(1), (naive.ms / 1000).toFixed(1));
    process.stdout.write(`  Dari retries by cause: ${JSON.stringify(dari.stats.retries)}; rejects: ${JSON.stringify(dari.stats.rejects)}\n`);
    const c = score(small.outputs);
    const kinds = new Map<string, number>();
    for (const r of smallRequests) if (r.fault) kinds.set(r.fault, (kinds.get(r.fault) ?? 0) + 1);
    process.stdout.write(`  Dari with batchTokens 150 on the naive's documents: ${smallRequests.length} requests (${smallRequests.filter((r) => r.fault).length} faulty: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})\n`);
    process.stdout.write(`    translated ${pct(c.translated, c.sentences)}, wrong pairs ${c.wrongPairs}, corrupt lines ${c.corrupt}, without English ${c.sentences - c.translated} (reasons: ${JSON.stringify(small.stats.rejects)}), ${(small.ms / 1000).toFixed(1)} s\n`);
  }

  // 2. A tokens-per-window limit.
  let reference: Output[] = [];
  let referenceMs = 0;
  {
    const server = await startServer({ seed: 3, ...limits });
    const started = Date.now();
    const dari = await runDari(docs, server.url, join(work, 'limit-cache'));
    const dariFigures = limitFigures(server, started, Date.now());
    reference = dari.outputs;
    referenceMs = dari.ms;
    const subset = docs.slice(0, Math.ceil(docs.length / (quick ? 3 : 5)));
    const naiveStarted = Date.now();
    const naive = await runNaive(subset, server.url);
    const naiveFigures = limitFigures(server, naiveStarted, Date.now());
    await server.close();
    const dariSpent = dari.stats.promptTokens + dari.stats.completionTokens;
    const naiveSpent = naive.promptTokens + naive.completionTokens;
    process.stdout.write(`\n2. Limit of ${limits.tokensPerWindow} tokens per ${limits.windowMs / 1000} s window (naive: first ${subset.length} documents)\n`);
    line('token ceiling used (complete windows)', `${pct(dariFigures.utilisation, 1)} (${dariFigures.windows})`, `${pct(naiveFigures.utilisation, 1)} (${naiveFigures.windows})`);
    line('requests answered 429', `${pct(dariFigures.share429, 1)} of ${dariFigures.requests}`, `${pct(naiveFigures.share429, 1)} of ${naiveFigures.requests}`);
    line('tokens spent per payload token', (dariSpent / payloadTokens(dari.outputs)).toFixed(3), (naiveSpent / payloadTokens(naive.outputs)).toFixed(3));
    line('translated', pct(score(dari.outputs).translated, sentences), pct(score(naive.outputs).translated, naive.outputs.length));

    // The same limit, charged as OpenAI documents it: prompt plus max_completion_tokens.
    const reserving = await startServer({ seed: 4, ...limits, countMaxTokens: true });
    const reservingStarted = Date.now();
    const charged = await runDari(docs, reserving.url, join(work, 'reserving-cache'));
    const chargedFigures = limitFigures(reserving, reservingStarted, Date.now());
    await reserving.close();
    process.stdout.write(`  Dari, server charging max_completion_tokens: ceiling used ${pct(chargedFigures.utilisation, 1)} (${chargedFigures.windows} windows), 429 ${pct(chargedFigures.share429, 1)} of ${chargedFigures.requests} requests, translated ${pct(score(charged.outputs).translated, sentences)}\n`);
  }

  // 3. kill -9 midway, rerun, rerun again.
  {
    const server = await startServer({ seed: 5, ...limits });
    const corpusPath = join(work, 'corpus.json');
    writeFileSync(corpusPath, JSON.stringify(docs));
    const config = (out: string) => {
      const path = join(work, `${out}.config.json`);
      writeFileSync(path, JSON.stringify({ corpus: corpusPath, baseURL: server.url, cacheDir: join(work, 'kill-cache'), out: join(work, `${out}.json`), overrides: {} }));
      return path;
    };
    let killedAt = 0;
    await runWorker(config('killed'), (kill) => {
      const timer = setInterval(() => {
        const first = server.stats.requests[0];
        const inFlight = server.stats.requests.some((r) => r.status === 200 && r.answeredAt === null);
        // Midway (half the uninterrupted run's duration after the worker's first request), at a
        // moment when a request is in flight.
        if (first && Date.now() >= first.at + referenceMs / 2 && inFlight) {
          clearInterval(timer);
          killedAt = Date.now();
          kill();
        }
      }, 10);
    });
    const before = server.stats.requests.filter((r) => r.at <= killedAt);
    const answered = (r: (typeof before)[number], until: number) => r.status === 200 && r.answeredAt !== null && r.answeredAt <= until;
    // A reply the server finished in the last 100 ms may not have reached the client's journal yet.
    const settledBefore = new Set(before.filter((r) => answered(r, killedAt - 100)).flatMap((r) => r.tags));
    const lastMoment = new Set(before.filter((r) => answered(r, killedAt) && !answered(r, killedAt - 100)).flatMap((r) => r.tags));
    const inFlight = before.filter((r) => !answered(r, killedAt)).length;
    const firstRerun = server.stats.requests.length;
    await runWorker(config('rerun'));
    const rerunRequests = server.stats.requests.slice(firstRerun);
    const askedTags = rerunRequests.flatMap((r) => r.tags);
    const askedAgain = askedTags.filter((tag) => settledBefore.has(tag)).length;
    const askedAgainLastMoment = askedTags.filter((tag) => lastMoment.has(tag)).length;
    const rerun = (JSON.parse(readFileSync(join(work, 'rerun.json'), 'utf8')) as { outputs: Output[] }).outputs;
    const secondStart = server.stats.requests.length;
    await runWorker(config('again'));
    const again = server.stats.requests.length - secondStart;
    await server.close();
    const same = rerun.length === reference.length && rerun.every((o, i) => o.id === reference[i]!.id && o.en === reference[i]!.en);
    process.stdout.write(`\n3. kill -9 after ${before.length} requests (${inFlight} unanswered at the kill), then rerun, then rerun again\n`);
    line('output equal to the uninterrupted run', same ? 'yes' : 'NO', 'n/a');
    line('answered ≥ 100 ms before the kill, asked again', `${askedAgain} of ${settledBefore.size}`, 'n/a');
    line('answered < 100 ms before the kill, asked again', `${askedAgainLastMoment} of ${lastMoment.size}`, 'n/a');
    line('requests of the rerun / of a third run', `${rerunRequests.length} / ${again}`, 'n/a');
  }
}

if (process.argv[2] === '--worker') {
  await worker(process.argv[3]!);
} else {
  await main();
}
