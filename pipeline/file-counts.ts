// summary.json's counts per input document, kept on disk rather than in memory: each stage appends one line
// per document to `stages/counts-<stage>.jsonl` as it goes, and the summary is written by streaming those
// files together, so a run's memory does not grow with the number of documents. A stage rerun rewrites its
// own file; the files of the stages before it stay from the earlier run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createJsonlWriter, readJsonl, type JsonlWriter } from './jsonl.js';
import { createTextSink } from './emit/sink.js';

export interface FileCounts {
  lines: number;
  linesRemoved: number;
  paragraphs: number;
  sentences: number;
  records: number;
  rejects: number;
}

/** The counts each stage knows, in the order a stage's line carries them after the document's name. */
const STAGE_COUNTS = {
  ingest: ['lines'],
  clean: ['linesRemoved', 'paragraphs'],
  segment: ['sentences'],
  align: ['records', 'rejects'],
} as const satisfies Record<string, ReadonlyArray<keyof FileCounts>>;

export type CountingStage = keyof typeof STAGE_COUNTS;
type StageValues<S extends CountingStage> = { [K in (typeof STAGE_COUNTS)[S][number]]: number };

export interface FileCountsWriter<S extends CountingStage> {
  write(doc: string, values: StageValues<S>): Promise<void>;
  close(): Promise<void>;
}

const countsPath = (stagesDir: string, stage: CountingStage) => join(stagesDir, `counts-${stage}.jsonl`);

/** Start (or restart) a stage's counts file. */
export function createFileCountsWriter<S extends CountingStage>(stagesDir: string, stage: S): FileCountsWriter<S> {
  const writer: JsonlWriter = createJsonlWriter(countsPath(stagesDir, stage));
  return {
    write: (doc, values) => writer.write([doc, ...STAGE_COUNTS[stage].map((name) => (values as Record<string, number>)[name])]),
    close: () => writer.close(),
  };
}

/**
 * Every ingested document with its counts, in ingest order. Later stages see the same documents in the same
 * order or fewer of them; a document a stage did not reach, or a stage with no counts file, counts zero.
 */
export async function* readFileCounts(stagesDir: string): AsyncGenerator<[string, FileCounts]> {
  const later = (['clean', 'segment', 'align'] as const).map((stage) => {
    const path = countsPath(stagesDir, stage);
    const lines = existsSync(path) ? (readJsonl(path) as AsyncGenerator<[string, ...number[]]>) : undefined;
    return { stage, lines, head: undefined as [string, ...number[]] | undefined, done: lines === undefined };
  });
  const ingestPath = countsPath(stagesDir, 'ingest');
  if (!existsSync(ingestPath)) return;
  try {
    for await (const [doc, lines] of readJsonl(ingestPath) as AsyncGenerator<[string, number]>) {
      const counts: FileCounts = { lines, linesRemoved: 0, paragraphs: 0, sentences: 0, records: 0, rejects: 0 };
      for (const source of later) {
        if (!source.head && !source.done) {
          const next = await source.lines!.next();
          if (next.done) source.done = true;
          else source.head = next.value;
        }
        if (source.head?.[0] !== doc) continue;
        STAGE_COUNTS[source.stage].forEach((name, k) => (counts[name] = source.head![k + 1] as number));
        source.head = undefined;
      }
      yield [doc, counts];
    }
  } finally {
    for (const source of later) await source.lines?.return(undefined);
  }
}

/**
 * Write `summary` as indented JSON (what `JSON.stringify(summary, null, 2)` gives) with a `files` member, the
 * counts per document streamed from the stages' counts files, placed right after the member `after`.
 */
export async function writeSummaryWithFileCounts(path: string, summary: object, after: string, stagesDir: string): Promise<void> {
  const members = Object.entries(summary).flatMap((member) => (member[0] === after ? [member, ['files', {}]] : [member]));
  const text = JSON.stringify(Object.fromEntries(members), null, 2) + '\n';
  const slot = '\n  "files": {}';
  const at = text.indexOf(slot);
  const sink = createTextSink(path);
  await sink.write(text.slice(0, at) + '\n  "files": {');
  let first = true;
  for await (const [doc, counts] of readFileCounts(stagesDir)) {
    await sink.write(`${first ? '' : ','}\n    ${JSON.stringify(doc)}: ${JSON.stringify(counts, null, 2).replaceAll('\n', '\n    ')}`);
    first = false;
  }
  await sink.write((first ? '}' : '\n  }') + text.slice(at + slot.length));
  await sink.close();
}
