// Scores the segmenter on the KSS/Kiwi test sets with ../shared/benchmarks/segmentation/score.mjs,
// beside the regex baseline and Intl.Segmenter run in the same process, then times the `segment`
// command (through the launcher with its default threads, --threads 1 and --threads 2, and through npm)
// against two plain Node scripts running Intl.Segmenter over the same 40 MB file and printing the same
// JSON lines (one streaming with readline, one reading the whole file with readFileSync and writing
// in 1 MB pieces), all in this one run, in interleaved rounds: wall and CPU (all threads) ratios to each.
//
// Usage: npm run bench:segment [-- --no-speed] [--no-quality] [--speed-mb=N] [--speed-runs=N] [--via-cli] [--errors=DIR]
//        [--instructions[=MB]]  (also count instructions under valgrind: load-independent, see docs/segment-speed.md)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { splitSentences } from '../pipeline/segment/index.js';

type Split = (text: string) => string[];
interface Scores { gold: number; sys: number; em: number; f1: number; nf1: number; _em: number[]; _f1: number[]; _nf1: number[] }
interface ScoreModule {
  loadDataset(file: string): Iterable<[string, string[]]>;
  runEvaluate(file: string, split: Split, errOut?: string | null): Scores;
  splitters: Record<string, Split>;
  commandSplitter(cmd: string, texts: string[]): Split;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.resolve(root, '../shared/benchmarks/segmentation');
const args = new Map(process.argv.slice(2).map((arg) => {
  const [key, ...value] = arg.replace(/^--/, '').split('=');
  return [key!, value.length ? value.join('=') : 'true'] as const;
}));

if (!fs.existsSync(path.join(benchDir, 'score.mjs'))) {
  console.log(`bench:segment: ${benchDir} is missing (it holds the KSS/Kiwi test sets and score.mjs); nothing to score. Place the shared folder beside the checkout and rerun.`);
  process.exit(0);
}

const score = (await import(pathToFileURL(path.join(benchDir, 'score.mjs')).href)) as ScoreModule;
const files = fs.readdirSync(path.join(benchDir, 'testset')).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(benchDir, 'testset', f));
const newsFile = path.join(benchDir, 'news-oneline', 'test_uoneway.txt');

const ours: Split = (text) => splitSentences(text).map((span) => span.raw);
const systems: Array<[string, Split]> = [['baseline', score.splitters.baseline!], ['intl', score.splitters.intl!], ['dari', ours]];
if (args.has('via-cli')) {
  const texts = files.flatMap((file) => [...score.loadDataset(file)].map(([text]) => text));
  systems.push(['dari-cli', score.commandSplitter(`node ${JSON.stringify(path.join(root, 'bin/dari.mjs'))} segment`, texts)]);
}

const f3 = (x: number) => x.toFixed(3);
const errorsDir = args.get('errors');
if (errorsDir) fs.mkdirSync(errorsDir, { recursive: true });

// --no-quality: the speed runs alone.
if (!args.has('no-quality')) quality();

function quality(): void {
  console.log(`Segmentation: ${files.length} test files from ${path.relative(root, benchDir)}/testset (EM / F1 / NF1, micro over gold sentences)\n`);
  const header = ['file', 'gold', ...systems.map(([name]) => name)];
  const rows: string[][] = [];
  const micro = new Map(systems.map(([name]) => [name, { em: [] as number[], f1: [] as number[], nf1: [] as number[] }]));
  for (const file of files) {
    const row = [path.basename(file)];
    for (const [name, split] of systems) {
      const r = score.runEvaluate(file, split, errorsDir ? path.join(errorsDir, `${name}.${path.basename(file)}.err.tsv`) : null);
      if (row.length === 1) row.push(String(r.gold));
      row.push(`${f3(r.em)} / ${f3(r.f1)} / ${f3(r.nf1)}`);
      const m = micro.get(name)!;
      m.em.push(...r._em); m.f1.push(...r._f1); m.nf1.push(...r._nf1);
    }
    rows.push(row);
  }
  const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
  rows.push(['micro average', String(micro.get('dari')!.em.length), ...systems.map(([name]) => {
    const m = micro.get(name)!;
    return `${f3(mean(m.em))} / ${f3(mean(m.f1))} / ${f3(mean(m.nf1))}`;
  })]);
  printTable(header, rows);

  // KSS 3.x news error rate: each line is one sentence and must come out whole.
  if (fs.existsSync(newsFile)) {
    const lines = fs.readFileSync(newsFile, 'utf8').split(/\r?\n/).filter((line) => line.length > 0);
    const visible = (s: string) => s.replace(/[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/gu, '').length > 0;
    console.log(`\nNews error rate (${path.relative(root, newsFile)}, ${lines.length} sentences that must stay whole):`);
    for (const [name, split] of systems.filter(([name]) => name !== 'dari-cli')) {
      const bad = lines.filter((line) => split(line).filter(visible).length !== 1);
      console.log(`  ${name.padEnd(9)} ${String(bad.length).padStart(3)} wrongly split  ${(100 * bad.length / lines.length).toFixed(2)} %`);
      if (errorsDir) fs.writeFileSync(path.join(errorsDir, `${name}.news.err.txt`), bad.map((line) => split(line).join(' ||| ')).join('\n') + '\n');
    }
  }
}

// The baseline for speed: plain Node, Intl.Segmenter, the same input and the same JSON lines.
const INTL_SCRIPT = `import fs from 'node:fs';
import readline from 'node:readline';
const segmenter = new Intl.Segmenter('ko', { granularity: 'sentence' });
const lines = readline.createInterface({ input: fs.createReadStream(process.argv[2], 'utf8'), crlfDelay: Infinity });
let paragraph = [];
let out = '';
const flush = () => {
  if (paragraph.length === 0) return;
  const sentences = [];
  for (const { segment } of segmenter.segment(paragraph.join('\\n'))) { const s = segment.trim(); if (s) sentences.push(s); }
  out += JSON.stringify({ sentences }) + '\\n';
  paragraph = [];
  if (out.length > 65536) { process.stdout.write(out); out = ''; }
};
for await (const line of lines) { if (line.trim() === '') flush(); else paragraph.push(line); }
flush();
process.stdout.write(out);
`;

// A second baseline, the faster way to write that script: the whole file read at once
// (readFileSync), split into paragraphs at blank lines, the output joined and written in 1 MB
// pieces. Same paragraphs and JSON lines as the streaming script above on the bench file.
const INTL_FAST_SCRIPT = `import fs from 'node:fs';
const segmenter = new Intl.Segmenter('ko', { granularity: 'sentence' });
const text = fs.readFileSync(process.argv[2], 'utf8');
let out = '';
for (const paragraph of text.split(/\\n[ \\t]*\\n/)) {
  if (!paragraph.trim()) continue;
  const sentences = [];
  for (const { segment } of segmenter.segment(paragraph)) { const s = segment.trim(); if (s) sentences.push(s); }
  out += JSON.stringify({ sentences }) + '\\n';
  if (out.length > 1 << 20) { process.stdout.write(out); out = ''; }
}
process.stdout.write(out);
`;

/** Preloaded into a timed Node process: prints its main thread's CPU seconds (Linux /proc) on exit. */
const MAIN_THREAD_CPU = `data:text/javascript,${encodeURIComponent(
  "import fs from 'node:fs'; process.on('exit', () => { const f = fs.readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' '); fs.writeSync(2, 'MAIN-THREAD-CPU ' + (Number(f[11]) + Number(f[12])) / 100 + '\\n'); });",
)}`;

if (args.has('no-speed')) process.exit(0);
speed(Number(args.get('speed-mb') ?? 40), Number(args.get('speed-runs') ?? 5));

interface Timing { wall: number; cpu: number; rss: number; main?: number; workers?: number }


/** One whole process under /usr/bin/time: wall and CPU seconds (user + sys, children included), peak RSS in MB. */
function timed(command: string, commandArgs: string[], stdout: 'ignore' | number = 'ignore'): Timing {
  // DARI_SEGMENT_REPORT: dari says on stderr how many workers its default started.
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', command, ...commandArgs], { cwd: root, stdio: ['ignore', stdout, 'pipe'], encoding: 'utf8', env: { ...process.env, DARI_SEGMENT_REPORT: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed: ${result.stderr}`);
  const [elapsed, user, sys, rss] = result.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  const main = /MAIN-THREAD-CPU ([\d.]+)/.exec(result.stderr);
  const workers = /; (\d+) workers/.exec(result.stderr);
  return { wall: elapsed!, cpu: user! + sys!, rss: rss! / 1024, ...(main ? { main: Number(main[1]) } : {}), ...(workers ? { workers: Number(workers[1]) } : {}) };
}

function speed(megabytes: number, runs: number): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dari-segbench-'));
  try {
    const paragraphs = files.flatMap((file) => [...score.loadDataset(file)].map(([text]) => text));
    if (fs.existsSync(newsFile)) paragraphs.push(...fs.readFileSync(newsFile, 'utf8').split(/\r?\n/).filter(Boolean));
    const block = paragraphs.join('\n\n') + '\n\n';
    const write = (file: string, bytes: number) => {
      const fd = fs.openSync(file, 'w');
      let written = 0;
      while (written < bytes) written += fs.writeSync(fd, block);
      fs.closeSync(fd);
      return written;
    };
    const input = path.join(dir, 'paragraphs.txt');
    const written = write(input, megabytes * 1e6);
    const quarter = path.join(dir, 'quarter.txt');
    write(quarter, megabytes * 0.25e6);
    const intlScript = path.join(dir, 'intl-segment.mjs');
    fs.writeFileSync(intlScript, INTL_SCRIPT);
    const intlFastScript = path.join(dir, 'intl-segment-fast.mjs');
    fs.writeFileSync(intlFastScript, INTL_FAST_SCRIPT);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const launcher = path.join(root, 'bin/dari.mjs');
    const systems: Array<[string, string, string[]]> = [
      ['node Intl.Segmenter script', process.execPath, [intlScript, input]],
      ['node bin/dari.mjs segment', process.execPath, [launcher, 'segment', input]],
      ['npm run -s pipeline -- segment', npm, ['run', '-s', 'pipeline', '--', 'segment', input]],
      ['node bin/dari.mjs segment --threads 1', process.execPath, [launcher, 'segment', input, '--threads', '1']],
      // The main thread and a worker whatever the load: the default starts the worker only when a CPU is idle.
      ['node bin/dari.mjs segment --threads 2', process.execPath, [launcher, 'segment', input, '--threads', '2']],
      // The second baseline: the Intl script written for speed (readFileSync, output in 1 MB writes).
      ['node Intl.Segmenter script, readFileSync', process.execPath, [intlFastScript, input]],
    ];
    const FAST = 5;
    // One untimed run each first: it builds the launcher's bundle if the sources changed, fills the
    // page cache, and checks that the Intl script and dari print one JSON line per paragraph, and
    // that dari prints the same bytes with worker threads (the default) as on one thread.
    const outputs = [0, 1, 3, 4, FAST].map((k) => {
      const [, command, commandArgs] = systems[k]!;
      const file = path.join(dir, `out-${k}.jsonl`);
      const fd = fs.openSync(file, 'w');
      timed(command, commandArgs, fd);
      fs.closeSync(fd);
      return fs.readFileSync(file);
    });
    if (!outputs[1]!.equals(outputs[2]!) || !outputs[3]!.equals(outputs[2]!)) throw new Error('dari segment printed different bytes by default, with --threads 1 and with --threads 2');
    if (!outputs[4]!.equals(outputs[0]!)) throw new Error('the two Intl.Segmenter scripts printed different bytes');
    const lines = outputs.slice(0, 2).map((bytes, k) => {
      const text = bytes.toString('utf8');
      let count = 0;
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
      if (!text.startsWith('{"sentences":[')) throw new Error(`${systems[k === 0 ? 0 : 1]![0]} printed no JSON lines`);
      return count;
    });
    for (const k of [0, 1, 3, 4, FAST]) fs.rmSync(path.join(dir, `out-${k}.jsonl`));
    if (lines[0] !== lines[1]) throw new Error(`the Intl.Segmenter script printed ${lines[0]} lines, dari ${lines[1]}: not the same paragraphs`);
    console.log(`\nSpeed: ${(written / 1e6).toFixed(1)} MB, ${lines[0]} paragraphs; each system a whole process; ${runs} rounds, interleaved (the order turns each round); CPU = user + sys, all threads; ${os.availableParallelism()} CPUs; load average at the start ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    console.log(`(dari's default: on a file this size the main thread segments, and starts a worker beside it if other processes left a CPU idle since the process started (/proc/stat, its own CPU left out); --threads 2 = the main thread and one worker whatever the load. Same bytes as --threads 1 and --threads 2, checked above.)`);
    const timings: Timing[][] = systems.map(() => []);
    for (let run = 0; run < runs; run++) {
      for (let step = 0; step < systems.length; step++) {
        const k = (run + step) % systems.length;
        timings[k]!.push(timed(systems[k]![1], systems[k]![2]));
      }
    }
    const best = (k: number, key: 'wall' | 'cpu') => Math.min(...timings[k]!.map((t) => t[key]));
    const median = (k: number, key: 'wall' | 'cpu') => {
      const sorted = timings[k]!.map((t) => t[key]).sort((x, y) => x - y);
      return sorted.length % 2 ? sorted[sorted.length >> 1]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
    };
    const s2 = (x: number) => `${x.toFixed(2)} s`;
    const rows = systems.map(([name], k) => [
      name,
      `${s2(best(k, 'wall'))} / ${s2(median(k, 'wall'))}`,
      `${s2(best(k, 'cpu'))} / ${s2(median(k, 'cpu'))}`,
      `${Math.max(...timings[k]!.map((t) => t.rss)).toFixed(0)} MB`,
      `${(best(k, 'wall') / best(0, 'wall')).toFixed(2)} / ${(median(k, 'wall') / median(0, 'wall')).toFixed(2)}`,
      `${(best(k, 'cpu') / best(0, 'cpu')).toFixed(2)} / ${(median(k, 'cpu') / median(0, 'cpu')).toFixed(2)}`,
      `${(best(k, 'wall') / best(FAST, 'wall')).toFixed(2)} / ${(median(k, 'wall') / median(FAST, 'wall')).toFixed(2)}`,
      `${(best(k, 'cpu') / best(FAST, 'cpu')).toFixed(2)} / ${(median(k, 'cpu') / median(FAST, 'cpu')).toFixed(2)}`,
    ]);
    printTable(['system (whole process)', 'wall best / median', 'CPU best / median', 'peak RSS', 'wall ratio (streaming script) best / median', 'CPU ratio (streaming)', 'wall ratio (readFileSync script)', 'CPU ratio (readFileSync)'], rows);
    if (fs.existsSync('/proc/thread-self/stat')) {
      // Where the CPU goes: the main thread (the work itself) against the whole process (plus V8's
      // background compiler and GC threads), one more run of each Node system.
      const split = [systems[0]!, systems[FAST]!, systems[3]!].map(([name, command, commandArgs]) => {
        const t = timed(command, ['--import', MAIN_THREAD_CPU, ...commandArgs]);
        return `${name}: main thread ${t.main?.toFixed(2)} s of ${t.cpu.toFixed(2)} s CPU`;
      });
      console.log(`Main-thread CPU (one more run each): ${split.join('; ')}.`);
    }
    if (args.has('instructions')) instructions(block, dir, intlScript, intlFastScript, launcher, Number(args.get('instructions') === 'true' ? 3 : args.get('instructions')));
    const small = timed(process.execPath, [launcher, 'segment', quarter]);
    const smallSingle = timed(process.execPath, [launcher, 'segment', quarter, '--threads', '1']);
    const smallTwo = timed(process.execPath, [launcher, 'segment', quarter, '--threads', '2']);
    const peak = (k: number) => Math.max(...timings[k]!.map((t) => t.rss)).toFixed(0);
    const withWorkers = (k: number) => timings[k]!.filter((t) => (t.workers ?? 0) > 0).length;
    console.log(`(ratio < 1.00: faster than that Intl.Segmenter script (the streaming one: readline over a read stream; the readFileSync one: the whole file read at once, output in 1 MB writes). dari's default started a worker in ${withWorkers(1)} of ${runs} rounds (npm: ${withWorkers(2)} of ${runs}). Memory: peak RSS of dari (default / --threads 1 / --threads 2) on ${(megabytes / 4).toFixed(0)} MB ${small.rss.toFixed(0)} / ${smallSingle.rss.toFixed(0)} / ${smallTwo.rss.toFixed(0)} MB, on ${megabytes} MB ${peak(1)} / ${peak(3)} / ${peak(4)} MB. Load average now ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}.)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Instructions executed (valgrind's cachegrind, no cache simulation) by each Node system on an
 * `megabytes` MB file, with V8's `--predictable` (compiling on the main thread, deterministic): a
 * count that does not move with the machine's load (±0.01 % between runs), so small changes can be
 * compared where timings on a shared machine cannot. The JIT compiler's share is counted apart.
 */
function instructions(block: string, dir: string, intlScript: string, intlFastScript: string, launcher: string, megabytes: number): void {
  if (spawnSync('valgrind', ['--version'], { encoding: 'utf8' }).status !== 0) {
    console.log('Instructions: valgrind is not installed; skipped.');
    return;
  }
  const file = path.join(dir, 'instructions.txt');
  const fd = fs.openSync(file, 'w');
  for (let written = 0; written < megabytes * 1e6; ) written += fs.writeSync(fd, block);
  fs.closeSync(fd);
  const count = (args: string[]) => {
    const out = path.join(dir, 'cachegrind.out');
    const run = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', `--cachegrind-out-file=${out}`, process.execPath, '--predictable', ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`valgrind ${args.join(' ')} failed: ${run.stderr.slice(-500)}`);
    // Per-function counts: `<count> <file>:<function>` lines after the `fn=` records of the output file.
    let total = 0;
    let compiler = 0;
    let fn = '';
    for (const line of fs.readFileSync(out, 'utf8').split('\n')) {
      if (line.startsWith('fn=')) fn = line.slice(3);
      else if (/^\d/.test(line)) {
        const n = Number(line.slice(line.indexOf(' ') + 1));
        total += n;
        if (fn.includes('compiler::')) compiler += n;
      }
    }
    fs.rmSync(out);
    return { total, compiler };
  };
  const node = count(['-e', '0']);
  const intl = count([intlScript, file]);
  const fast = count([intlFastScript, file]);
  const dari = count([launcher, 'segment', file]);
  const g = (n: number) => `${(n / 1e9).toFixed(3)} G`;
  console.log(`Instructions (valgrind, node --predictable, ${megabytes} MB): Intl.Segmenter script ${g(intl.total)} (JIT compiler ${g(intl.compiler)}), readFileSync script ${g(fast.total)} (${g(fast.compiler)}); dari segment ${g(dari.total)} (JIT compiler ${g(dari.compiler)}); ratio ${(dari.total / intl.total).toFixed(3)} / ${(dari.total / fast.total).toFixed(3)}; node -e 0 ${g(node.total)}.`);
}

function printTable(head: string[], body: string[][]): void {
  const widths = head.map((h, k) => Math.max(h.length, ...body.map((row) => row[k]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, k) => cell.padEnd(widths[k]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of body) console.log(line(row));
}

