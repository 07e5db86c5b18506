// Lexicon benchmark: how well the shared Korean → English lexicon (pipeline/lexicon) and, as the baseline in
// the same run, the stages' older lists agree with real parallel text — the gold 1-1 links of the aligner's
// fixtures (test/fixtures/align/*/ and heldout*/*/). For each entry: hits (the key is in a linked Korean
// sentence), agree (its English fragment matches the linked English), and how often it matches the other
// English sentences of the same document (noise). A second set: the pairs labelled good in the validator's
// fixtures (test/fixtures/validate/*.jsonl), each against up to 40 other good English sentences of its file.
// Offline; reads only the project's fixtures.
// `npx tsx bench/lexicon.ts [--entries] [--weak] [--clause]` (--clause: the slower clause-signal table, about a minute)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NEWS_LEXICON_MORE } from '../pipeline/align/lexicon-news.js';
import { EVERYDAY_LEXICON as ALIGN_EVERYDAY } from '../pipeline/align/lexicon-everyday.js';
import { HANJA_ABBREVIATIONS, NEWS_LEXICON, SEED_LEXICON } from '../pipeline/align/lexicon.js';
import { EVERYDAY_LEXICON as VALIDATE_EVERYDAY, EVERYDAY_VERBS } from '../pipeline/validate/lexicon-everyday.js';
import { EXTRA_LEXICON } from '../pipeline/validate/lexicon.js';
import {
  bareKey,
  englishPattern,
  koreanKeyIn,
  LEXICON_DOMAINS,
  lexiconDomain,
  lexiconEntries,
  literalDomains,
  SHARED_LEXICON,
  type LexiconPair,
} from '../pipeline/lexicon/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test/fixtures/align');
const args = new Set(process.argv.slice(2));

interface Link {
  ko: string;
  en: string;
  /** The other English sentences of the same document. */
  others: string[];
}

function loadLinks(): { links: Link[]; docs: number } {
  const dirs: string[] = [];
  for (const name of readdirSync(fixtures).sort()) {
    const dir = join(fixtures, name);
    if (existsSync(join(dir, 'gold.txt'))) dirs.push(dir);
    else if (name.startsWith('heldout')) {
      for (const sub of readdirSync(dir).sort()) if (existsSync(join(dir, sub, 'gold.txt'))) dirs.push(join(dir, sub));
    }
  }
  const links: Link[] = [];
  for (const dir of dirs) {
    const lines = (file: string) => readFileSync(join(dir, file), 'utf8').split('\n').filter((line) => line.trim());
    const ko = lines('ko.txt');
    const en = lines('en.txt');
    for (const line of lines('gold.txt')) {
      const match = /^\[(\d+)\]:\[(\d+)\]$/.exec(line.replace(/\s/g, ''));
      if (!match) continue;
      const j = Number(match[2]);
      links.push({ ko: ko[Number(match[1])]!, en: en[j]!, others: en.filter((_, k) => k !== j) });
    }
  }
  return { links, docs: dirs.length };
}

function loadGoodPairs(): { links: Link[]; files: number } {
  const dir = join(root, 'test/fixtures/validate');
  if (!existsSync(dir)) return { links: [], files: 0 };
  const links: Link[] = [];
  const files = readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort();
  for (const name of files) {
    const pairs = readFileSync(join(dir, name), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { ko?: string; en?: string; label?: string })
      .filter((pair) => pair.label === 'good' && pair.ko && pair.en);
    pairs.forEach((pair, index) => {
      // Deterministic sample of the file's other English sentences: every k-th, up to 40.
      const step = Math.max(1, Math.floor(pairs.length / 40));
      const others: string[] = [];
      for (let k = (index + 1) % step; k < pairs.length && others.length < 40; k += step) if (k !== index) others.push(pairs[k]!.en!);
      links.push({ ko: pair.ko!, en: pair.en!, others });
    });
  }
  return { links, files: files.length };
}

/** Python-docs tutorial links from ../shared (every gold link, its sentences joined); text the lexicon was not tuned on. */
function loadPyDocs(): { links: Link[]; docs: number } | undefined {
  const dir = resolve(root, '../shared/benchmarks/alignment/koen-pydocs');
  if (!existsSync(dir)) return undefined;
  const links: Link[] = [];
  const names = readdirSync(dir).filter((name) => name.endsWith('.gold')).map((name) => name.slice(0, -5)).sort();
  for (const name of names) {
    const lines = (ext: string) => readFileSync(join(dir, `${name}.${ext}`), 'utf8').split('\n');
    const ko = lines('ko');
    const en = lines('en');
    for (const line of lines('gold')) {
      const match = /^\[([\d,\s]*)\]:\[([\d,\s]*)\]$/.exec(line.trim());
      if (!match || !match[1]!.trim() || !match[2]!.trim()) continue;
      const ids = (list: string) => list.split(',').map((id) => Number(id.trim()));
      const enIds = ids(match[2]!);
      links.push({
        ko: ids(match[1]!).map((id) => ko[id] ?? '').join(' '),
        en: enIds.map((id) => en[id] ?? '').join(' '),
        others: en.filter((text, k) => text.trim() && !enIds.includes(k)).filter((_, k) => k % 5 === 0),
      });
    }
  }
  return { links, docs: names.length };
}

interface EntryScore {
  key: string;
  hits: number;
  agree: number;
  /** Mean share of the document's other English sentences the fragment matches, over the hits. */
  noise: number;
}

function scoreEntries(entries: ReadonlyArray<LexiconPair>, links: Link[]): EntryScore[] {
  return entries.map(([key, fragment]) => {
    const pattern = englishPattern(fragment);
    let hits = 0;
    let agree = 0;
    let noise = 0;
    for (const link of links) {
      if (!koreanKeyIn(link.ko, key)) continue;
      hits++;
      if (pattern.test(link.en)) agree++;
      if (link.others.length) noise += link.others.filter((en) => pattern.test(en)).length / link.others.length;
    }
    return { key, hits, agree, noise: hits ? noise / hits : 0 };
  });
}

/** Share of links with at least one agreeing entry (an anchor the stages could use). */
function coverage(entries: ReadonlyArray<LexiconPair>, links: Link[]): number {
  const compiled = entries.map(([key, fragment]) => ({ key, pattern: englishPattern(fragment) }));
  let covered = 0;
  for (const link of links) {
    if (compiled.some(({ key, pattern }) => koreanKeyIn(link.ko, key) && pattern.test(link.en))) covered++;
  }
  return covered / links.length;
}

function summary(label: string, entries: ReadonlyArray<LexiconPair>, scores: EntryScore[], links: Link[]): void {
  const hit = scores.filter((score) => score.hits > 0);
  const hits = hit.reduce((sum, score) => sum + score.hits, 0);
  const agree = hit.reduce((sum, score) => sum + score.agree, 0);
  const noise = hit.reduce((sum, score) => sum + score.noise * score.hits, 0);
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  console.log(
    `${label.padEnd(28)} entries ${String(entries.length).padStart(5)}  used ${String(hit.length).padStart(4)}  hits ${String(hits).padStart(5)}` +
      `  agree ${pct(hits ? agree / hits : 0).padStart(7)}  other-sentence match ${pct(hits ? noise / hits : 0).padStart(6)}` +
      `  links anchored ${pct(coverage(entries, links)).padStart(7)}`,
  );
}

const older: LexiconPair[] = [
  ...SEED_LEXICON, ...HANJA_ABBREVIATIONS, ...NEWS_LEXICON, ...NEWS_LEXICON_MORE, ...ALIGN_EVERYDAY,
  ...VALIDATE_EVERYDAY, ...EVERYDAY_VERBS, ...EXTRA_LEXICON,
];
function report(links: Link[]): EntryScore[] {
  const sharedScores = scoreEntries(SHARED_LEXICON, links);
  summary('older stage lists (baseline)', older, scoreEntries(older, links), links);
  summary('shared lexicon', SHARED_LEXICON, sharedScores, links);
  summary('older + shared', [...older, ...SHARED_LEXICON], scoreEntries([...older, ...SHARED_LEXICON], links), links);
  for (const [domain, entries] of Object.entries(LEXICON_DOMAINS)) {
    summary(`  ${domain}`, entries, sharedScores.filter((score) => lexiconDomain(score.key) === domain), links);
  }
  return sharedScores;
}

const { links, docs } = loadLinks();
console.log(`${docs} documents, ${links.length} gold 1-1 links (test/fixtures/align)`);
const alignScores = report(links);
const good = loadGoodPairs();
console.log(`\n${good.links.length} pairs labelled good in ${good.files} files (test/fixtures/validate)`);
const goodScores = report(good.links);
const pydocs = loadPyDocs();
if (pydocs) {
  console.log(`\n${pydocs.links.length} gold links of ${pydocs.docs} Python-docs tutorial documents (../shared/benchmarks/alignment/koen-pydocs; not used for tuning)`);
  report(pydocs.links);
} else console.log('\n../shared/benchmarks/alignment/koen-pydocs is missing: the Python-docs set is skipped');
const sharedScores = alignScores.map((score, index) => {
  const other = goodScores[index]!;
  const hits = score.hits + other.hits;
  return { key: score.key, hits, agree: score.agree + other.agree, noise: hits ? (score.noise * score.hits + other.noise * other.hits) / hits : 0 };
});

// Clause signal, as the validator's clause check would see it: a pair "drops" a word when a Korean key of the
// list is in the Korean and none of its English alternatives is in the English; it "adds" a word when an English
// span matched by the list has no matching key in the Korean. Measured on good pairs (false alarms) and on
// pairs labelled dropped-clause / invented-addition (signal).
interface LabelledPair {
  ko: string;
  en: string;
  label: string;
  checks: string[];
}

function loadLabelled(): LabelledPair[] {
  const dir = join(root, 'test/fixtures/validate');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) => readFileSync(join(dir, name), 'utf8').split('\n').filter((line) => line.trim()))
    .map((line) => JSON.parse(line) as LabelledPair)
    .filter((pair) => pair.ko && pair.en);
}

function clauseSignal(entries: ReadonlyArray<LexiconPair>, pairs: LabelledPair[]): { drops: number[]; adds: number[] } {
  const compiled = entries.map(([key, fragment]) => ({ key, single: englishPattern(fragment), global: new RegExp(englishPattern(fragment).source, 'giu') }));
  const drops: number[] = [];
  const adds: number[] = [];
  for (const pair of pairs) {
    let drop = 0;
    const spans = new Map<string, boolean>();
    for (const { key, single, global } of compiled) {
      const inKorean = koreanKeyIn(pair.ko, key);
      if (!single.test(pair.en)) {
        if (inKorean) drop++;
        continue;
      }
      for (const match of pair.en.matchAll(global)) {
        const span = `${match.index}:${match[0].toLowerCase()}`;
        spans.set(span, (spans.get(span) ?? false) || inKorean);
      }
    }
    drops.push(drop);
    adds.push([...spans.values()].filter((sourced) => !sourced).length);
  }
  return { drops, adds };
}

const labelled = args.has('--clause') ? loadLabelled() : [];
if (labelled.length) {
  const groups = {
    good: labelled.filter((pair) => pair.label === 'good'),
    dropped: labelled.filter((pair) => pair.label === 'bad' && pair.checks?.includes('dropped-clause')),
    added: labelled.filter((pair) => pair.label === 'bad' && pair.checks?.includes('invented-addition')),
  };
  console.log(`\nclause signal (validator fixtures): ${groups.good.length} good, ${groups.dropped.length} dropped-clause, ${groups.added.length} invented-addition pairs`);
  const mean = (counts: number[]) => (counts.reduce((sum, n) => sum + n, 0) / Math.max(1, counts.length)).toFixed(2).padStart(5);
  for (const [label, entries] of [
    ['older stage lists (baseline)', older],
    ['older + shared', [...older, ...SHARED_LEXICON]],
    ['older + shared, literal only', [...older, ...lexiconEntries({ domains: literalDomains() })]],
  ] as const) {
    const good = clauseSignal(entries, groups.good);
    const dropped = clauseSignal(entries, groups.dropped);
    const added = clauseSignal(entries, groups.added);
    console.log(
      `${label.padEnd(28)} unmatched Korean keys per pair: good ${mean(good.drops)}  dropped-clause ${mean(dropped.drops)}` +
        `   | unsourced English terms per pair: good ${mean(good.adds)}  invented-addition ${mean(added.adds)}`,
    );
  }
}

const weak = sharedScores.filter((score) => (score.hits >= 2 && score.agree === 0) || (score.hits >= 2 && score.noise > 0.3));
console.log(`\nboth sets, weak entries (2+ hits and never agreeing, or matching > 30 % of other sentences): ${weak.length}`);
if (args.has('--weak') || args.has('--entries')) {
  for (const score of args.has('--entries') ? sharedScores.filter((s) => s.hits) : weak) {
    console.log(`  ${bareKey(score.key).padEnd(10)} hits ${score.hits}  agree ${score.agree}  other ${(100 * score.noise).toFixed(0)} %`);
  }
}
