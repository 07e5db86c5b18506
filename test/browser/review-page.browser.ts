// Browser tests of review.html in headless Debian Chromium (playwright-core, no browser download):
// filters, keyboard navigation, an edit exported and imported back, the XSS probe, no network, and the
// time a 100,000-pair page takes to open (baseline: a 1,000-pair page in the same run).
// Run: npx tsx test/browser/review-page.browser.ts [RUN_DIR]   (RUN_DIR: also open that run's review.html; exit 1 on any failure; CI runs it from .ci/integration.sh)
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { createEmitter } from '../../pipeline/emit/index.js';
import { applyEdits, readEdits } from '../../pipeline/emit/review-import.js';
import { makeRecord, XSS_EN, XSS_KO } from '../fixtures/emit/make-records.js';
import { CHROMIUM, launchChromium } from './browser.js';
import { makeRun } from './make-run.js';

const LOAD_LIMIT_MS = 2000;
const results: Array<{ name: string; ok: boolean; detail?: string }> = [];

async function check(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok    ${name}`);
  } catch (error) {
    results.push({ name, ok: false, detail: (error as Error).message });
    console.log(`FAIL  ${name}\n      ${(error as Error).message.split('\n').join('\n      ')}`);
  }
}

/** Open a page, failing on any page error, console error (CSP violations included) or network request. */
async function open(context: BrowserContext, file: string): Promise<{ page: Page; problems: string[]; wallMs: number; readyMs: number }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith('file:') && !request.url().startsWith('blob:')) problems.push(`network request: ${request.url()}`);
  });
  const started = Date.now();
  await page.goto(`file://${file}`);
  await page.waitForFunction(() => document.documentElement.dataset.ready, undefined, { timeout: 60_000 });
  const wallMs = Date.now() - started;
  const readyMs = Number(await page.evaluate(() => document.documentElement.dataset.ready));
  return { page, problems, wallMs, readyMs };
}

const count = (page: Page) => page.locator('#count').textContent();
const shownIds = (page: Page) => page.$$eval('#inner .row', (rows) => rows.map((row) => (row as HTMLElement).dataset.id ?? ''));

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM)) {
    console.log(`FAIL  Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
    return 1;
  }
  const work = mkdtempSync(join(tmpdir(), 'dari-browser-'));
  const small = join(work, 'small');
  const PAIRS = 500;
  await makeRun(small, PAIRS);
  const { context, close } = await launchChromium();
  try {
    await check('XSS probe renders as text and runs nothing', async () => {
      const { page, problems } = await open(context, join(small, 'review.html'));
      const probe = page.locator('#inner .row[data-id="xss-probe"]');
      assert.equal(await probe.locator('.ko').textContent(), XSS_KO);
      assert.equal(await probe.locator('.en').textContent(), XSS_EN);
      await page.selectOption('#view', 'rejects');
      assert.equal(await page.locator('#inner .row .ko').first().textContent(), XSS_KO);
      await page.selectOption('#view', 'pairs');
      await page.fill('#f-search', 'onerror');
      await page.waitForFunction(() => document.getElementById('count')!.textContent!.startsWith('1 of'));
      await probe.locator('button[data-act="edit"]').click();
      await page.keyboard.press('Escape');
      assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined, 'an injected handler ran');
      assert.equal(await page.locator('img, svg, b, iframe').count(), 0, 'record markup became elements');
      assert.deepEqual(problems, []);
      await page.close();
    });

    await check('filters: finding, link type, document, score, search', async () => {
      const { page, problems } = await open(context, join(small, 'review.html'));
      const all = Array.from({ length: PAIRS }, (_, i) => (i === 0 ? makeRecord(0, { id: 'xss-probe', ko: XSS_KO, en: XSS_EN }) : makeRecord(i)));
      assert.equal(await count(page), `${PAIRS} of ${PAIRS} pairs`);
      const expectCount = async (n: number, what: string) => assert.equal(await count(page), `${n} of ${PAIRS} pairs`, what);
      await page.selectOption('#f-code', 'number-mismatch');
      await expectCount(all.filter((r) => r.flags.some((f) => f.code === 'number-mismatch')).length, 'finding filter');
      for (const id of await shownIds(page)) if (id) assert.ok(all.find((r) => r.id === id)!.flags.length > 0, `${id} shown without the finding`);
      await page.selectOption('#f-code', '~none');
      await expectCount(all.filter((r) => r.flags.length === 0).length, 'no-finding filter');
      await page.click('#f-reset');
      await page.selectOption('#f-link', '2-1');
      await expectCount(all.filter((r) => r.link === '2-1').length, 'link filter');
      await page.click('#f-reset');
      await page.selectOption('#f-doc', '3');
      await expectCount(all.filter((r) => r.doc === 'news-00003.txt').length, 'document filter');
      await page.click('#f-reset');
      await page.fill('#f-min', '0.9');
      await page.locator('#f-min').dispatchEvent('change');
      await expectCount(all.filter((r) => r.score >= 0.9).length, 'score filter');
      await page.click('#f-reset');
      await page.fill('#f-search', 'kospi');
      await page.waitForFunction(() => !document.getElementById('count')!.textContent!.startsWith('500 of'));
      await expectCount(all.filter((r) => r.en.toLowerCase().includes('kospi')).length, 'search');
      assert.deepEqual(problems, []);
      await page.close();
    });

    await check('keyboard: j/k and arrows move the selection and keep it on screen', async () => {
      const { page, problems } = await open(context, join(small, 'review.html'));
      for (let i = 0; i < 40; i++) await page.keyboard.press('j');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('k');
      const selected = page.locator('#inner .row.sel');
      assert.equal(await selected.count(), 1);
      const id = await selected.getAttribute('data-id');
      assert.equal(id, makeRecord(40).id);
      const box = (await selected.boundingBox())!;
      const frame = (await page.locator('#scroller').boundingBox())!;
      assert.ok(box.y >= frame.y - 1 && box.y + box.height <= frame.y + frame.height + 1, 'selected row off screen');
      await page.keyboard.press('End');
      assert.deepEqual(problems, []);
      await page.close();
    });

    await check('an edit, an accept and a reject exported from the page and imported back', async () => {
      const { page, problems } = await open(context, join(small, 'review.html'));
      await page.keyboard.press('j'); // record 1
      await page.keyboard.press('e');
      await page.locator('#inner .row.sel textarea').fill('Edited <i>in</i> the page & kept.');
      await page.keyboard.press('Control+Enter');
      await page.keyboard.press('j'); // record 2
      await page.keyboard.press('r');
      await page.keyboard.press('j'); // record 3
      await page.keyboard.press('a');
      assert.equal(await page.locator('#decided').textContent(), '3 decided');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
      const file = join(work, 'decisions.json');
      await download.saveAs(file);
      const { format, edits } = await readEdits(file);
      assert.equal(format, 'review-json');
      const counts = await applyEdits(small, edits, { toolVersion: 'test' });
      assert.deepEqual(counts, { edited: 1, accepted: 1, rejected: 1, unknown: [] });
      const aligned = readFileSync(join(small, 'aligned.jsonl'), 'utf8');
      assert.ok(aligned.includes('"en":"Edited <i>in</i> the page & kept.","link"'), 'edit not in aligned.jsonl');
      assert.ok(!aligned.includes(`"id":"${makeRecord(2).id}"`), 'rejected pair still in aligned.jsonl');
      assert.ok(readFileSync(join(small, 'rejects.jsonl'), 'utf8').includes(`"id":"${makeRecord(2).id}"`));
      assert.ok(readFileSync(join(small, 'tm.tmx'), 'utf8').includes('<seg>Edited &lt;i&gt;in&lt;/i&gt; the page &amp; kept.</seg>'));
      assert.deepEqual(problems, []);
      await page.close();
      const again = await open(context, join(small, 'review.html'));
      assert.equal(await again.page.locator(`#inner .row[data-id="${makeRecord(1).id}"] .en`).textContent(), 'Edited <i>in</i> the page & kept.');
      assert.equal(await count(again.page), `${PAIRS - 1} of ${PAIRS - 1} pairs`);
      assert.deepEqual(again.problems, []);
      await again.page.close();
    });

    await check('an empty run and a 300,000-character pair render without error', async () => {
      const empty = join(work, 'empty');
      mkdirSync(empty);
      await createEmitter(empty, { toolVersion: 'test' }).close();
      const first = await open(context, join(empty, 'review.html'));
      assert.equal(await count(first.page), '0 of 0 pairs');
      assert.deepEqual(first.problems, []);
      await first.page.close();
      const long = join(work, 'long');
      mkdirSync(long);
      const emitter = createEmitter(long, { toolVersion: 'test' });
      await emitter.record(makeRecord(1, { ko: '가나다라마바사'.repeat(43_000), en: 'x' }));
      await emitter.record(makeRecord(2));
      await emitter.close();
      const second = await open(context, join(long, 'review.html'));
      assert.match((await second.page.locator('#inner .row .ko').first().textContent()) ?? '', /… 297,000 more characters$/);
      await second.page.keyboard.press('j');
      assert.equal(await second.page.locator('#inner .row.sel').getAttribute('data-id'), makeRecord(2).id);
      assert.deepEqual(second.problems, []);
      await second.page.close();
    });

    const runDir = process.argv[2];
    if (runDir) {
      await check(`the run's own review.html (${runDir}) opens and lists every pair and reject`, async () => {
        const lines = (name: string) => (existsSync(join(runDir, name)) ? readFileSync(join(runDir, name), 'utf8').split('\n').filter((line) => line.trim()).length : 0);
        const { page, problems } = await open(context, resolve(runDir, 'review.html'));
        const pairs = lines('aligned.jsonl');
        assert.equal(await count(page), `${pairs.toLocaleString('en-US')} of ${pairs.toLocaleString('en-US')} pairs`);
        await page.selectOption('#view', 'rejects');
        const rejects = lines('rejects.jsonl');
        assert.equal(await count(page), `${rejects.toLocaleString('en-US')} of ${rejects.toLocaleString('en-US')} rejects`);
        assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
        assert.deepEqual(problems, []);
        await page.close();
      });
    }

    const timings: Record<string, { wallMs: number; readyMs: number; bytes: number }> = {};
    for (const pairs of [1000, 100_000]) {
      await check(`${pairs.toLocaleString('en-US')}-pair page opens${pairs === 100_000 ? ` in under ${LOAD_LIMIT_MS} ms` : ''}`, async () => {
        const dir = join(work, `p${pairs}`);
        await makeRun(dir, pairs);
        const html = join(dir, 'review.html');
        const bytes = readFileSync(html).length;
        const runs = [];
        for (let attempt = 0; attempt < 3; attempt++) {
          const opened = await open(context, html);
          runs.push(opened);
          assert.equal(await count(opened.page), `${pairs.toLocaleString('en-US')} of ${pairs.toLocaleString('en-US')} pairs`);
          assert.ok((await opened.page.locator('#inner .row').count()) < 100, 'rendered rows off screen');
          assert.deepEqual(opened.problems, []);
          await opened.page.close();
        }
        const median = runs.map((run) => run.readyMs).sort((a, b) => a - b)[1]!;
        const wall = runs.map((run) => run.wallMs).sort((a, b) => a - b)[1]!;
        timings[pairs] = { wallMs: wall, readyMs: median, bytes };
        console.log(`      ${pairs} pairs, ${(bytes / 1e6).toFixed(1)} MB: ready ${median} ms after navigation start (median of 3; runs ${runs.map((r) => r.readyMs).join(', ')}), wall ${wall} ms`);
        if (pairs === 100_000) assert.ok(median < LOAD_LIMIT_MS, `took ${median} ms`);
      });
    }
    if (timings[1000] && timings[100_000]) {
      console.log(`      ratio 100,000 / 1,000 pairs: ${(timings[100_000].readyMs / timings[1000].readyMs).toFixed(1)}× the time for 100× the pairs`);
    }
  } finally {
    await close();
    rmSync(work, { recursive: true, force: true });
  }
  const failed = results.filter((result) => !result.ok);
  console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`FAIL  browser tests crashed: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
