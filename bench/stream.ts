// Memory stays flat as the corpus grows: `dari run` over a generated Korean news corpus of two sizes
// (default 20 MB and 200 MB), translated through our local OpenAI-compatible server, and the peak
// RSS of each run side by side. Usage: npm run bench:stream -- [--small MB] [--large MB] [--heap-cap MB]
// `--heap-cap` runs both under `node --max-old-space-size=MB`: memory that does not grow with the
// corpus lets the large run finish under the cap the small one needs (see docs/memory.md).
// The server's stand-in English fails most QA checks, so repair is off: retranslating most pairs
// would measure the server, not the pipeline's memory.
import { mkdirSync, rmSync, writeFileSync, readFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { generateCorpus } from './server/corpus.js';
import { startServer } from './server/server.js';

const { values } = parseArgs({
  options: { small: { type: 'string', default: '20' }, large: { type: 'string', default: '200' }, 'heap-cap': { type: 'string' }, keep: { type: 'boolean', default: false } },
});

/** Write about `megabytes` MB of news pages, 200 documents a file in a .jsonl, and return the folder. */
async function writeCorpus(folder: string, megabytes: number): Promise<{ bytes: number; documents: number }> {
  mkdirSync(folder, { recursive: true });
  const target = megabytes * 1024 * 1024;
  let bytes = 0;
  let documents = 0;
  let file = 0;
  while (bytes < target) {
    const out = createWriteStream(join(folder, `part-${String(file).padStart(4, '0')}.jsonl`));
    for (const doc of generateCorpus(200, 1000 + file)) {
      const paragraphs: string[] = [];
      for (let p = 0; p <= Math.max(...doc.sentences.map((s) => s.para)); p++) {
        paragraphs.push(doc.sentences.filter((s) => s.para === p).map((s) => s.ko).join(' '));
      }
      // A number unique to the document keeps every headline distinct across the corpus.
      paragraphs[0] = `${paragraphs[0]} (${documents + 1}호)`;
      const line = JSON.stringify({ id: `d${documents}`, text: paragraphs.join('\n\n') }) + '\n';
      bytes += Buffer.byteLength(line);
      documents += 1;
      if (!out.write(line)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    file += 1;
  }
  return { bytes, documents };
}

function runDari(input: string, out: string, cache: string, baseURL: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...(values['heap-cap'] ? [`--max-old-space-size=${Number(values['heap-cap'])}`] : []), '--import', 'tsx', 'pipeline/cli.ts', 'run', '--input', input, '--out', out, '--cache', cache, '--set', 'translate.tm=[]', '--set', 'translate.concurrency=16', '--set', 'validate.repair=false', '-q'],
      { env: { ...process.env, OPENAI_API_KEY: 'sk-bench-local', OPENAI_BASE_URL: baseURL }, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const root = join(tmpdir(), `dari-bench-stream-${process.pid}`);
const server = await startServer({ baseLatencyMs: 1, msPerOutputToken: 0 });
const rows: { label: string; mb: number; documents: number; sentences: number; seconds: number; peakMb: number }[] = [];
try {
  for (const [label, mb] of [['small', Number(values.small)], ['large', Number(values.large)]] as const) {
    const input = join(root, label, 'corpus');
    const { bytes, documents } = await writeCorpus(input, mb);
    const out = join(root, label, 'run');
    const started = Date.now();
    const code = await runDari(input, out, join(root, label, 'cache'), server.url);
    if (code !== 0) throw new Error(`dari run exited ${code} on the ${label} corpus`);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { peakRssBytes: number; stages: { segment: { sentences: number } } };
    rows.push({ label, mb: bytes / 1024 / 1024, documents, sentences: summary.stages.segment.sentences, seconds: (Date.now() - started) / 1000, peakMb: summary.peakRssBytes / 1024 / 1024 });
    if (!values.keep) rmSync(join(root, label), { recursive: true, force: true });
  }
} finally {
  await server.close();
  if (!values.keep) rmSync(root, { recursive: true, force: true });
}

if (values['heap-cap']) console.log(`both runs under node --max-old-space-size=${values['heap-cap']}\n`);
console.log('corpus | MB | documents | sentences | seconds | peak RSS MB');
console.log('---|---|---|---|---|---');
for (const row of rows) console.log(`${row.label} | ${row.mb.toFixed(1)} | ${row.documents} | ${row.sentences} | ${row.seconds.toFixed(1)} | ${row.peakMb.toFixed(0)}`);
const [small, large] = rows;
if (small && large) {
  console.log(`\n${(large.mb / small.mb).toFixed(1)}× the corpus → ${(large.peakMb / small.peakMb).toFixed(2)}× the peak memory (${(large.seconds / small.seconds).toFixed(1)}× the time)`);
}
writeFileSync(join(tmpdir(), 'dari-bench-stream.json'), JSON.stringify(rows, null, 2));
