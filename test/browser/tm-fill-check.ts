// How much of a run's TMX a real CAT tool reuses: feeds tm.tmx to ../shared/tm/check-tm-import.sh
// (xmllint against the DTD, translate-toolkit load, OmegaT 3.6 console-translate with the TMX in tm/auto)
// with the run's cleaned text as the source document, then counts the TMX units whose Korean is one
// sentence (link 1-n) that OmegaT filled: their Korean is a source segment of OmegaT's project TMX.
//
//   tsx test/browser/tm-fill-check.ts --run DIR [--min 98]
//       DIR holds tm.tmx and stages/cleaned.jsonl (a `dari run` folder).
//   tsx test/browser/tm-fill-check.ts --build INPUT --out DIR [--min 98]
//       builds such a folder with the project's own ingest → clean → segment and a placeholder English
//       per sentence (OmegaT's fill depends on the Korean only), for when no translated run is at hand.
//   tsx test/browser/tm-fill-check.ts --news-sample FILE --out DIR   (one news sentence a line)
//       writes news-like pages (3-5 sentences a paragraph, 20 a page) from FILE into DIR/input first.
// Exit 1 when the share is below --min (default 98), 2 when the check itself failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigSchema, CleanedDocSchema, type CleanedDoc } from '../../pipeline/schemas.js';
import { readJsonl, createJsonlWriter } from '../../pipeline/jsonl.js';
import { readTmx } from '../../pipeline/tmx-read.js';

const HERE = dirname(new URL(import.meta.url).pathname);
const CHECK = join(process.env.DARI_SHARED ?? resolve(HERE, '../../../shared'), 'tm', 'check-tm-import.sh');

async function build(input: string, out: string): Promise<void> {
  const { ingest } = await import('../../pipeline/ingest/index.js');
  const { createCleaner } = await import('../../pipeline/clean/index.js');
  const { segmentDocument } = await import('../../pipeline/segment/index.js');
  const { createEmitter } = await import('../../pipeline/emit/index.js');
  const config = ConfigSchema.parse({});
  mkdirSync(join(out, 'stages'), { recursive: true });
  const docs = [];
  for await (const doc of ingest(input, config.ingest, (file) => console.error(`skipped ${file.path}: ${file.reason}`))) docs.push(doc);
  const cleaner = createCleaner(config.clean);
  for (const doc of docs) cleaner.observe(doc);
  const cleanedWriter = createJsonlWriter(join(out, 'stages', 'cleaned.jsonl'));
  const emitter = createEmitter(out, { toolVersion: 'tm-fill-check' });
  for (const doc of docs) {
    const cleaned = cleaner.clean(doc).doc;
    await cleanedWriter.write(cleaned);
    for (const sentence of segmentDocument(cleaned, config.segment).sentences) {
      await emitter.record({
        id: sentence.id, doc: sentence.doc, para: sentence.para, ko: sentence.ko, en: `EN ${sentence.id}`, link: '1-1', score: 1,
        koIds: [sentence.id], start: sentence.start, end: sentence.end, origin: 'api', model: null, promptVersion: null, reviewed: false, flags: [],
      });
    }
  }
  await cleanedWriter.close();
  console.log(`built ${out}: ${JSON.stringify(await emitter.close())}`);
}

function newsSample(file: string, out: string): string {
  const sentences = readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
  const input = join(out, 'input');
  mkdirSync(input, { recursive: true });
  let page = 0;
  for (let start = 0; start < sentences.length; start += 20) {
    const body = sentences.slice(start, start + 20);
    const paragraphs: string[] = [];
    for (let i = 0, size = 3; i < body.length; i += size, size = 3 + (i % 3)) paragraphs.push(body.slice(i, i + size).join(' '));
    writeFileSync(join(input, `news-${String(++page).padStart(2, '0')}.txt`), paragraphs.join('\n\n') + '\n');
  }
  return input;
}

async function check(run: string, min: number): Promise<number> {
  const tmx = join(run, 'tm.tmx');
  const cleaned = join(run, 'stages', 'cleaned.jsonl');
  if (!existsSync(CHECK)) {
    console.log(`tm-fill-check: ${CHECK} not found (../shared is missing); skipped`);
    return 0;
  }
  for (const path of [tmx, cleaned]) if (!existsSync(path)) throw new Error(`${path} not found`);
  let source = '';
  for await (const doc of readJsonl<CleanedDoc>(cleaned, CleanedDocSchema)) source += doc.paragraphs.map((p) => p.text).join('\n\n') + '\n\n';
  const sourcePath = join(run, 'omegat-source.txt');
  writeFileSync(sourcePath, source);
  const keep = join(run, 'omegat-project');
  const result = spawnSync('bash', [CHECK, tmx, sourcePath], { env: { ...process.env, KEEP_DIR: keep }, encoding: 'utf8' });
  process.stdout.write(result.stdout.split('\n').filter((line) => !/^\s+(\d+:|TU )/.test(line)).join('\n'));
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    console.log(`tm-fill-check: check-tm-import.sh exited ${result.status}`);
    return 2;
  }
  const filled = new Set<string>();
  for (const name of ['project-omegat.tmx', 'omegat/project_save.tmx']) {
    const path = join(keep, 'project', name);
    if (existsSync(path)) for await (const unit of readTmx(path)) if (unit.target) filled.add(unit.source);
  }
  let single = 0;
  let hit = 0;
  let multi = 0;
  const misses: string[] = [];
  for await (const unit of readTmx(tmx)) {
    if (!/^1-/.test(unit.props['x-link'] ?? '1-1')) {
      multi += 1;
      continue;
    }
    single += 1;
    if (filled.has(unit.source)) hit += 1;
    else if (misses.length < 15) misses.push(unit.source);
  }
  const share = single === 0 ? 0 : (100 * hit) / single;
  for (const miss of misses) console.log(`  not filled: ${JSON.stringify(miss)}`);
  console.log(`omegat_fill_one_sentence=${hit}/${single} (${share.toFixed(1)} %), units with several Korean sentences: ${multi}`);
  return share >= min ? 0 : 1;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { run: { type: 'string' }, build: { type: 'string' }, out: { type: 'string' }, 'news-sample': { type: 'string' }, min: { type: 'string' } } });
  const min = Number(values.min ?? 98);
  if (values.run) return check(values.run, min);
  if (!values.out || (!values.build && !values['news-sample'])) throw new Error('usage: --run DIR | --build INPUT --out DIR | --news-sample FILE --out DIR');
  const input = values['news-sample'] ? newsSample(values['news-sample'], values.out) : values.build!;
  await build(input, values.out);
  return check(values.out, min);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`tm-fill-check: ${(error as Error).message}`);
    process.exit(2);
  },
);
