// review.html: one self-contained page (inline CSS and JS, no network) for reviewing a run.
// Records stream into the page as JSON chunks in <script type="application/json"> tags, written as they
// arrive; the app script at the end reads them and renders only the rows on screen.
// Escaping: every `<` in the JSON becomes `\u003c`, so no text can close the script tag or open a
// comment, and the app puts text on the page only through text nodes. A Content-Security-Policy
// allows the app script alone (by hash) and no network at all.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AlignedRecord, Flag, RejectRecord } from '../schemas.js';
import { createTextSink } from './sink.js';

/** Records per <script> chunk: small enough to write often, big enough that a 100,000-pair page has ~50 tags. */
export const REVIEW_CHUNK_SIZE = 2000;
/** How many document names the review writer remembers (the most recently used); see `createReviewWriter`. */
export const DOC_INDEX_SIZE = 10_000;

const SEVERITY_CODE = { info: 1, warning: 2, error: 3 } as const;
const SIDE_CODE = { ko: 1, en: 2 } as const;

/** JSON that is safe inside a <script> element: no `<` (so no `</script>` or `<!--`), no U+2028/U+2029. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Values a flag's `data` names (numbers that went missing and the like), so the page can mark them. */
function flagTerms(flag: Flag): string[] {
  const terms: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value);
      if (text.length > 0 && text.length <= 40) terms.push(text);
    } else if (Array.isArray(value) && depth < 2) {
      for (const item of value.slice(0, 20)) visit(item, depth + 1);
    }
  };
  for (const value of Object.values(flag.data ?? {})) visit(value, 0);
  return terms;
}

/** Compact flag: [code, severity 1-3, message, side 0/1/2, start, end, terms]. */
function packFlag(flag: Flag): unknown[] {
  return [
    flag.code,
    SEVERITY_CODE[flag.severity],
    flag.message,
    flag.side ? SIDE_CODE[flag.side] : 0,
    flag.range?.[0] ?? -1,
    flag.range?.[1] ?? -1,
    flagTerms(flag),
  ];
}

export interface ReviewWriter {
  record(rec: AlignedRecord): Promise<void>;
  reject(rec: RejectRecord): Promise<void>;
  close(): Promise<void>;
}

export interface ReviewPageOptions {
  title: string;
  toolVersion: string;
  creationDate: Date;
}

let appSource: { js: string; css: string; hash: string } | undefined;

function loadApp(): { js: string; css: string; hash: string } {
  if (!appSource) {
    const js = readFileSync(new URL('./review-app.js', import.meta.url), 'utf8');
    const css = readFileSync(new URL('./review.css', import.meta.url), 'utf8');
    appSource = { js, css, hash: createHash('sha256').update(js, 'utf8').digest('base64') };
  }
  return appSource;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function pageHead(options: ReviewPageOptions): string {
  const app = loadApp();
  const csp = `default-src 'none'; script-src 'sha256-${app.hash}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Dari ${escapeHtml(options.toolVersion)}">
<title>Dari review · ${escapeHtml(options.title)}</title>
<style>${app.css}</style>
</head>
<body>
<header id="bar">
  <div class="line">
    <strong>Dari review</strong> <span id="run-title">${escapeHtml(options.title)}</span>
    <select id="view" title="What to list"><option value="pairs">Pairs</option><option value="rejects">Rejects</option></select>
    <span id="count" aria-live="polite">loading…</span>
    <span class="spacer"></span>
    <span id="decided"></span>
    <button id="export" type="button" title="Download your decisions for: dari import --run DIR FILE">Export decisions</button>
  </div>
  <div class="line filters">
    <input id="f-search" type="search" placeholder="Search Korean or English ( / )" size="28">
    <select id="f-code" title="Finding"><option value="">any findings</option></select>
    <select id="f-link" title="Link type"><option value="">all links</option></select>
    <select id="f-doc" title="Document"><option value="">all documents</option></select>
    <label>score <input id="f-min" type="number" min="0" max="1" step="0.05" value="0"> – <input id="f-max" type="number" min="0" max="1" step="0.05" value="1"></label>
    <select id="f-decision" title="Your decision"><option value="">all decisions</option><option value="none">undecided</option><option value="accept">accepted</option><option value="reject">rejected</option><option value="edited">edited</option></select>
    <button id="f-reset" type="button">Reset</button>
  </div>
  <div class="line help">j/k or ↓/↑ move · a accept · r reject · e edit English (Ctrl+Enter save, Esc cancel) · u undo · / search · Export writes a file for <code>dari import</code></div>
</header>
<main id="scroller" tabindex="0"><div id="rows"><div id="inner"></div></div><div id="spacer"></div></main>
<noscript>This page needs JavaScript to list the pairs.</noscript>
`;
}

function pageFooter(options: ReviewPageOptions, counts: { records: number; rejects: number }): string {
  const meta = {
    title: options.title,
    toolVersion: options.toolVersion,
    created: options.creationDate.toISOString(),
    records: counts.records,
    rejects: counts.rejects,
  };
  return `<script type="application/json" id="dari-meta">${scriptSafeJson(meta)}</script>\n<script>${loadApp().js}</script>\n</body>\n</html>\n`;
}

/** Stream a review page into `path`. */
export function createReviewWriter(path: string, options: ReviewPageOptions): ReviewWriter {
  const sink = createTextSink(path);
  // Documents come one after another, so only the most recent names are kept: memory stays flat however many
  // documents a corpus has (a name met again after DOC_INDEX_SIZE others would get a second index).
  const docIndex = new Map<string, number>();
  let nextDocIndex = 0;
  let lastDoc: string | undefined;
  let lastIndex = 0;
  let newDocs: Array<[number, string]> = [];
  let records: unknown[] = [];
  let rejects: unknown[] = [];
  let recordCount = 0;
  let rejectCount = 0;
  let started = false;

  function docId(doc: string): number {
    if (doc === lastDoc) return lastIndex;
    let index = docIndex.get(doc);
    if (index === undefined) {
      index = nextDocIndex++;
      newDocs.push([index, doc]);
      if (docIndex.size >= DOC_INDEX_SIZE) docIndex.delete(docIndex.keys().next().value!);
    } else {
      docIndex.delete(doc);
    }
    docIndex.set(doc, index);
    lastDoc = doc;
    lastIndex = index;
    return index;
  }

  async function flush(): Promise<void> {
    if (!started) {
      started = true;
      await sink.write(pageHead(options));
    }
    if (records.length === 0 && rejects.length === 0) return;
    const chunk = scriptSafeJson({ d: newDocs, r: records, x: rejects });
    newDocs = [];
    records = [];
    rejects = [];
    await sink.write(`<script type="application/json" class="dari-data">${chunk}</script>\n`);
  }

  return {
    async record(rec) {
      recordCount += 1;
      // [id, doc, ko, en, link, score, flags, reviewed, origin]
      records.push([rec.id, docId(rec.doc), rec.ko, rec.en, rec.link, rec.score, rec.flags.map(packFlag), rec.reviewed ? 1 : 0, rec.origin]);
      if (records.length + rejects.length >= REVIEW_CHUNK_SIZE) await flush();
    },
    async reject(rec) {
      rejectCount += 1;
      // [id, doc, ko, en, stage, reason, flags]
      rejects.push([rec.id, docId(rec.doc), rec.ko, rec.en, rec.stage, rec.reason, rec.flags.map(packFlag)]);
      if (records.length + rejects.length >= REVIEW_CHUNK_SIZE) await flush();
    },
    async close() {
      await flush();
      await sink.write(pageFooter(options, { records: recordCount, rejects: rejectCount }));
      await sink.close();
    },
  };
}
