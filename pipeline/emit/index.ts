// The emit stage: streams the run's outputs into the run folder as records arrive —
// aligned.jsonl, rejects.jsonl, tm.tmx (TMX 1.4) and review.html (self-contained review page).
// Nothing is held per record, so memory stays flat however large the corpus is.
import { renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AlignedRecord, RejectRecord } from '../schemas.js';
import { createJsonlWriter } from '../jsonl.js';
import { createTextSink, type TextSink } from './sink.js';
import { TMX_FOOTER, tmxDate, tmxHeader, tmxUnit } from './tmx.js';
import { createReviewWriter, type ReviewWriter } from './review.js';

export const OUTPUT_FILES = {
  aligned: 'aligned.jsonl',
  rejects: 'rejects.jsonl',
  tmx: 'tm.tmx',
  review: 'review.html',
} as const;

export interface EmitterOptions {
  /** Write tm.tmx. @default true */
  tmx?: boolean;
  /** Write review.html. @default true */
  review?: boolean;
  /** `creationdate` of the TMX and the review page's date. @default now */
  creationDate?: Date;
  /** Dari's version, written into the TMX header and the review page. */
  toolVersion: string;
}

export interface EmitCounts {
  records: number;
  rejects: number;
  tmxUnits: number;
}

export interface Emitter {
  record(rec: AlignedRecord): Promise<void>;
  reject(rec: RejectRecord): Promise<void>;
  close(): Promise<EmitCounts>;
}

/** Write into `runDir` as records arrive. tm.tmx and review.html appear (renamed from `.part`) on close. */
export function createEmitter(runDir: string, options: EmitterOptions): Emitter {
  const creationDate = options.creationDate ?? new Date();
  const tmxDateText = tmxDate(creationDate);
  const aligned = createJsonlWriter(join(runDir, OUTPUT_FILES.aligned));
  const rejects = createJsonlWriter(join(runDir, OUTPUT_FILES.rejects));
  const partial: Array<[string, string]> = [];
  let tmx: TextSink | undefined;
  if (options.tmx !== false) {
    const part = join(runDir, `${OUTPUT_FILES.tmx}.part`);
    partial.push([part, join(runDir, OUTPUT_FILES.tmx)]);
    tmx = createTextSink(part);
  }
  let review: ReviewWriter | undefined;
  if (options.review !== false) {
    const part = join(runDir, `${OUTPUT_FILES.review}.part`);
    partial.push([part, join(runDir, OUTPUT_FILES.review)]);
    review = createReviewWriter(part, { title: basename(runDir), toolVersion: options.toolVersion, creationDate });
  }
  let headerWritten = false;
  let tmxUnits = 0;
  let closed = false;

  async function ensureTmxHeader(): Promise<void> {
    if (!tmx || headerWritten) return;
    headerWritten = true;
    await tmx.write(tmxHeader({ toolVersion: options.toolVersion, creationDate }));
  }

  return {
    async record(rec) {
      if (closed) throw new Error('emitter: record() after close()');
      await aligned.write(rec);
      if (tmx) {
        await ensureTmxHeader();
        const unit = tmxUnit(rec, tmxDateText);
        if (unit !== null) {
          tmxUnits += 1;
          await tmx.write(unit);
        }
      }
      await review?.record(rec);
    },
    async reject(rec) {
      if (closed) throw new Error('emitter: reject() after close()');
      await rejects.write(rec);
      await review?.reject(rec);
    },
    async close() {
      if (closed) throw new Error('emitter: close() called twice');
      closed = true;
      await aligned.close();
      await rejects.close();
      if (tmx) {
        await ensureTmxHeader();
        await tmx.write(TMX_FOOTER);
        await tmx.close();
      }
      await review?.close();
      for (const [part, final] of partial) {
        rmSync(final, { force: true });
        renameSync(part, final);
      }
      return { records: aligned.count, rejects: rejects.count, tmxUnits };
    },
  };
}
