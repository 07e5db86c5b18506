// Alignment benchmark: strict/lax P/R/F1 with ../shared/benchmarks/alignment/score.mjs, each
// figure beside a length-only Gale–Church baseline run here, plus a 10,000 × 10,000 timing.
// Offline. `npx tsx bench/align.ts [--quick] [--fit-length]`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { alignSentences, alignWithStats, GALE_CHURCH_OPTIONS, type Link } from '../pipeline/align/index.js';
import type { AlignOptions } from '../pipeline/align/options.js';

type Pair = [number[], number[]];
interface Scorer {
  scoreMultiple(gold: Pair[][], test: Pair[][]): Record<string, number>;
  mergeWithinGold(test: Pair[], gold: Pair[]): Pair[];
  parseAlignment(text: string, format?: string): Pair[];
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared/benchmarks/alignment');
const args = new Set(process.argv.slice(2));

interface Doc {
  name: string;
  ko: string[];
  en: string[];
  gold: Pair[];
}

const toPairs = (links: Link[]): Pair[] => links.map((link) => [link.ko, link.en]);
const f3 = (x: number) => x.toFixed(3);

function run(scorer: Scorer, docs: Doc[], options: Partial<AlignOptions>, merge: boolean) {
  const tests = docs.map((doc) => {
    const test = toPairs(alignSentences(doc.ko, doc.en, options));
    return merge ? scorer.mergeWithinGold(test, doc.gold) : test;
  });
  return scorer.scoreMultiple(
    docs.map((doc) => doc.gold),
    tests,
  );
}

function report(title: string, ours: Record<string, number>, baseline: Record<string, number>, extra = '', withoutShared?: Record<string, number>): void {
  console.log(`\n${title}`);
  console.log('                      strict P / R / F1          lax P / R / F1');
  const row = (name: string, r: Record<string, number>) =>
    console.log(
      `  ${name.padEnd(18)}  ${f3(r.precision_strict!)} / ${f3(r.recall_strict!)} / ${f3(r.f1_strict!)}    ${f3(r.precision_lax!)} / ${f3(r.recall_lax!)} / ${f3(r.f1_lax!)}`,
    );
  row('dari', ours);
  if (withoutShared) row('  no shared lexicon', withoutShared);
  row('Gale-Church (here)', baseline);
  if (extra) console.log(`  ${extra}`);
}

function loadPydocs(): Doc[] {
  const lines = readFileSync(join(shared, 'koen-pydocs/koen-pydocs.jsonl'), 'utf8').trim().split('\n');
  return lines.map((line) => {
    const doc = JSON.parse(line) as { doc: string; ko: string[]; en: string[]; gold: Pair[] };
    return { name: doc.doc, ko: doc.ko, en: doc.en, gold: doc.gold };
  });
}

function loadTextBerg(scorer: Scorer): Doc[] {
  const folder = join(shared, 'textberg-defr');
  const names = readdirSync(folder)
    .filter((file) => file.endsWith('.defr'))
    .map((file) => file.slice(0, -5))
    .sort();
  const lines = (file: string) => readFileSync(join(folder, file), 'utf8').split('\n').slice(0, -1);
  return names.map((name) => ({
    name,
    ko: lines(`${name}.de`),
    en: lines(`${name}.fr`),
    gold: scorer.parseAlignment(readFileSync(join(folder, `${name}.defr`), 'utf8'), 'links'),
  }));
}

/** Our own KO-EN fixtures (test/fixtures/align/<case>/{ko.txt,en.txt,gold.txt}). */
function loadFixtures(scorer: Scorer, sub = 'test/fixtures/align'): Doc[] {
  const folder = join(root, sub);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => existsSync(join(folder, name, 'gold.txt')))
    .sort()
    .map((name) => {
      const read = (file: string) => readFileSync(join(folder, name, file), 'utf8').split('\n').filter((line) => line.trim() !== '');
      return { name, ko: read('ko.txt'), en: read('en.txt'), gold: scorer.parseAlignment(readFileSync(join(folder, name, 'gold.txt'), 'utf8'), 'links') };
    });
}

/** Per document: links the aligner got wrong (gold vs ours), for error analysis. */
function perDoc(docs: Doc[]): void {
  const key = ([a, b]: Pair) => `[${a.join(',')}]:[${b.join(',')}]`;
  for (const doc of docs) {
    const gold = new Set(doc.gold.map(key));
    const ours = toPairs(alignSentences(doc.ko, doc.en)).map(key);
    const oursSet = new Set(ours);
    const missed = [...gold].filter((link) => !oursSet.has(link));
    const wrong = ours.filter((link) => !gold.has(link));
    console.log(`  ${doc.name}: ${gold.size - missed.length}/${gold.size} gold links found; missed ${missed.join(' ') || '-'}; extra ${wrong.join(' ') || '-'}`);
  }
}

function fitLength(docs: Doc[]): void {
  const hangul = (text: string) => (text.match(/[\uac00-\ud7a3]/g) ?? []).length;
  const visible = (text: string) => text.replace(/\s+/g, '').length;
  const points = docs.flatMap((doc) =>
    doc.gold.map(([k, e]) => {
      const ko = k.map((i) => doc.ko[i]!).join(' ');
      const en = e.map((j) => doc.en[j]!).join(' ');
      return [hangul(ko), visible(ko) - hangul(ko), visible(en)] as const;
    }),
  );
  let [a, b, c, d, e] = [0, 0, 0, 0, 0];
  for (const [h, o, y] of points) {
    const w = 1 / Math.max(1, h + o);
    a += w * h * h;
    b += w * h * o;
    c += w * o * o;
    d += w * h * y;
    e += w * o * y;
  }
  const det = a * c - b * b;
  const hangulRatio = (d * c - b * e) / det;
  const otherRatio = (a * e - b * d) / det;
  const variance = points.reduce((sum, [h, o, y]) => sum + (y - hangulRatio * h - otherRatio * o) ** 2 / Math.max(1, h + o), 0) / points.length;
  console.log(`length model fit on ${points.length} units: hangulRatio ${hangulRatio.toFixed(3)}, otherRatio ${otherRatio.toFixed(3)}, variance ${variance.toFixed(2)}`);
}

function timing(docs: Doc[]): void {
  // A long synthetic document from real sentences: the KO-EN corpus repeated, with every 50th
  // English sentence dropped so the path leaves the diagonal.
  const make = (size: number) => {
    const ko: string[] = [];
    const en: string[] = [];
    for (let round = 0; ko.length < size; round++) {
      for (const doc of docs) {
        ko.push(...doc.ko);
        en.push(...doc.en.filter((_, j) => (j + round) % 50 !== 0));
      }
    }
    return { ko: ko.slice(0, size), en: en.slice(0, size) };
  };
  const measure = (size: number, options: Partial<AlignOptions>) => {
    const { ko, en } = make(size);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const { links, cells } = alignWithStats(ko, en, options);
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    return { seconds, cpu: (cpu.user + cpu.system) / 1e6, links: links.length, cells };
  };
  console.log('\nSpeed: KO-EN sentences repeated (every 50th English sentence dropped)');
  const sizes = args.has('--quick') ? [2500, 5000] : [2500, 5000, 10000];
  for (const size of sizes) {
    const ours = measure(size, {});
    const baseline = measure(size, GALE_CHURCH_OPTIONS);
    console.log(
      `  ${String(size).padStart(5)} × ${size}: dari ${ours.seconds.toFixed(2)} s, CPU ${ours.cpu.toFixed(2)} s (${ours.links} links; ${ours.cells} DP cells = ${(ours.cells / (2 * size)).toFixed(1)} per sentence); ` +
        `Gale-Church ${baseline.seconds.toFixed(2)} s, CPU ${baseline.cpu.toFixed(2)} s; ratio ${(ours.seconds / baseline.seconds).toFixed(2)}; load ${loadavg()[0]!.toFixed(1)}`,
    );
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(shared, 'score.mjs'))) {
    console.log(`bench:align: ${shared} is missing (benchmark data and scorer live in ../shared); nothing measured.`);
    return;
  }
  const scorer = (await import(pathToFileURL(join(shared, 'score.mjs')).href)) as Scorer;
  const pydocs = loadPydocs();
  if (args.has('--fit-length')) fitLength(pydocs);

  report(
    `KO-EN Python docs (${pydocs.length} docs, paragraph gold, --merge-within-gold); hunalign measured in PUBLISHED.md: strict F1 0.909`,
    run(scorer, pydocs, {}, true),
    run(scorer, pydocs, GALE_CHURCH_OPTIONS, true),
    '',
    run(scorer, pydocs, { sharedLexicon: false }, true),
  );

  const fixtures = loadFixtures(scorer);
  if (fixtures.length > 0) {
    report(`KO-EN own fixtures (test/fixtures/align, ${fixtures.length} docs, every link type)`, run(scorer, fixtures, {}, false), run(scorer, fixtures, GALE_CHURCH_OPTIONS, false), '', run(scorer, fixtures, { sharedLexicon: false }, false));
  }

  const reportSet = (title: string, docs: Doc[]): void => {
    report(title, run(scorer, docs, {}, false), run(scorer, docs, GALE_CHURCH_OPTIONS, false), '', run(scorer, docs, { sharedLexicon: false }, false));
    if (args.has('--per-doc')) perDoc(docs);
  };
  // Each held-out set: its folder and how it came to be (written by another hand, first-sight score).
  const heldOutSets: Array<[folder: string, describe: (count: number) => string]> = [
    ['test/fixtures/align/heldout', (count) => `KO-EN held-out news (test/fixtures/align/heldout, ${count} docs, written before tuning)`],
    ['test/fixtures/align/heldout2', (count) => `KO-EN second held-out set (test/fixtures/align/heldout2, ${count} docs, written after tuning, scored once)`],
    ['test/fixtures/align/heldout3', (count) => `KO-EN third held-out set (test/fixtures/align/heldout3, ${count} docs, probe align-3 written by another helper; first sight 0.737)`],
    ['test/fixtures/align/heldout4', (count) => `KO-EN fourth held-out set (test/fixtures/align/heldout4, ${count} docs, written after the align-3 work, scored once before any change for it)`],
    ['test/fixtures/align/heldout5', (count) => `KO-EN fifth held-out set (test/fixtures/align/heldout5, ${count} docs with few figures or names, written after the lexicon work, scored once before any change for it)`],
    ['test/fixtures/align/heldout6', (count) => `KO-EN sixth held-out set (test/fixtures/align/heldout6, ${count} docs, every link type, written by another hand; first sight 0.829)`],
    ['test/fixtures/align/heldout7', (count) => `KO-EN seventh held-out set (test/fixtures/align/heldout7, ${count} docs, every link type, written by another hand; first sight 0.821)`],
    ['test/fixtures/align/heldout8', (count) => `KO-EN eighth held-out set (test/fixtures/align/heldout8, ${count} docs, session 3's unseen set; first sight 0.892)`],
    ['test/fixtures/align/heldout9', (count) => `KO-EN ninth held-out set (test/fixtures/align/heldout9, ${count} docs, session 4's unseen set; first sight 0.890)`],
    ['test/fixtures/align/heldout10', (count) => `KO-EN tenth held-out set (test/fixtures/align/heldout10, ${count} docs, session 4's second unseen set; first sight 0.907)`],
    ['test/fixtures/align/heldout11', (count) => `KO-EN eleventh held-out set (test/fixtures/align/heldout11, ${count} docs, session 5's unseen set 6; first sight 0.928)`],
    ['test/fixtures/align/heldout12', (count) => `KO-EN twelfth held-out set (test/fixtures/align/heldout12, ${count} docs, session 5's unseen set 7; first sight 0.894)`],
    ['test/fixtures/align/heldout13', (count) => `KO-EN thirteenth held-out set (test/fixtures/align/heldout13, ${count} docs, session 5's unseen set 8; first sight 0.746)`],
    ['test/fixtures/align/heldout14', (count) => `KO-EN fourteenth held-out set (test/fixtures/align/heldout14, ${count} docs, session 6's unseen set 9; first sight 0.914)`],
    ['test/fixtures/align/heldout15', (count) => `KO-EN fifteenth held-out set (test/fixtures/align/heldout15, ${count} docs, session 6's set 10, unseen to its end; first sight 0.894)`],
    ['test/fixtures/align/heldout16', (count) => `KO-EN sixteenth held-out set (test/fixtures/align/heldout16, ${count} docs, session 6's set 11, unseen to its end, non-news genres; first sight 0.926)`],
    ['test/fixtures/align/heldout17', (count) => `KO-EN seventeenth held-out set (test/fixtures/align/heldout17, ${count} docs, session 6's set 12, unseen to its end; first sight 0.927)`],
    ['test/fixtures/align/heldout18', (count) => `KO-EN eighteenth held-out set (test/fixtures/align/heldout18, ${count} docs, session 7's set 16: news, features, opinion; first sight 0.901)`],
    ['test/fixtures/align/heldout19', (count) => `KO-EN nineteenth held-out set (test/fixtures/align/heldout19, ${count} docs, session 7's set 14: news; unseen to that session's end, 0.956)`],
    ['test/fixtures/align/heldout20', (count) => `KO-EN twentieth held-out set (test/fixtures/align/heldout20, ${count} docs, session 7's set 15: press release, manual, speech, recipe, travel, interview; unseen to that session's end, 0.934)`],
    ['test/fixtures/align/captions', (count) => `KO-EN held-out documents with a photo caption written into the Korean (test/fixtures/align/captions, ${count} docs; each caption is a 1-0 link)`],
    ['test/fixtures/align/subheads', (count) => `KO-EN held-out documents with subheadings or broadcast cues written into the Korean (test/fixtures/align/subheads, ${count} docs; each a 1-0 link)`],
  ];
  for (const [folder, describe] of heldOutSets) {
    const docs = loadFixtures(scorer, folder);
    if (docs.length === 0) continue;
    reportSet(describe(docs.length), docs);
  }
  // A fresh probe set waiting in scratch/probes/align-* (git-ignored; absent on other machines),
  // until it is copied into test/fixtures/align/heldout*/: score it before anything changes for it.
  const probes = join(root, 'scratch/probes');
  const copied = new Set(
    readdirSync(join(root, 'test/fixtures/align'))
      .filter((name) => name.startsWith('heldout'))
      .flatMap((name) => readdirSync(join(root, 'test/fixtures/align', name))),
  );
  // --no-probes: leave scratch/probes alone (while another hand is still writing it).
  for (const probe of existsSync(probes) && !args.has('--no-probes') ? readdirSync(probes).filter((name) => /^align-/.test(name)).sort() : []) {
    const docs = loadFixtures(scorer, `scratch/probes/${probe}`);
    if (docs.length === 0 || docs.every((doc) => copied.has(doc.name))) continue;
    reportSet(`KO-EN probe (scratch/probes/${probe}, ${docs.length} docs, unseen)`, docs);
  }
  if (args.has('--per-doc')) perDoc(fixtures);

  const textberg = loadTextBerg(scorer);
  report(
    `Text+Berg DE-FR (${textberg.length} docs; language-independent part only)`,
    run(scorer, textberg, { language: 'generic' }, false),
    run(scorer, textberg, GALE_CHURCH_OPTIONS, false),
    'published strict F1: Gale-Church 0.68, hunalign 0.75, Bertalign 0.936',
  );

  if (!args.has('--no-speed')) timing(pydocs);
}

await main();
