import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { createCleaner } from '../pipeline/clean/index.js';
import { UserError } from '../pipeline/errors.js';
import { decodeBytes, ingest } from '../pipeline/ingest/index.js';
import type { IngestedDoc, SkippedFile } from '../pipeline/schemas.js';

const options = { extensions: ['.txt', '.md', '.html', '.htm', '.jsonl'], maxFileBytes: 100 * 1024 * 1024 };
const SEED = 'corpus/etoday-2025-02-04-ishiba-trump.txt';
const KOREAN = '서울시는 내년부터 청년 월세 지원을 월 20만 원으로 늘린다고 밝혔다.\n지원 대상은 약 3만 명이다.\n';

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'dari-ingest-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Re-encodes with the system iconv, as a user's tools would; iconv-lite when iconv is absent. */
function encode(text: string, encoding: string): Buffer {
  const result = spawnSync('iconv', ['-f', 'UTF-8', '-t', encoding], { input: Buffer.from(text, 'utf8') });
  if (result.status === 0) return result.stdout;
  return iconv.encode(text, encoding.replace(/-/g, '').toLowerCase());
}

async function collect(input: string, opts = options): Promise<{ docs: IngestedDoc[]; skipped: SkippedFile[] }> {
  const docs: IngestedDoc[] = [];
  const skipped: SkippedFile[] = [];
  for await (const doc of ingest(input, opts, (file) => skipped.push(file))) docs.push(doc);
  return { docs, skipped };
}

function folder(name: string, files: Record<string, string | Buffer>): string {
  const dir = path.join(root, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

describe('ingest: encodings', () => {
  it('decodes UTF-8 with and without BOM, UTF-16 LE/BE with BOM, EUC-KR and CP949, and CRLF/CR line ends', async () => {
    const crlf = KOREAN.replace(/\n/g, '\r\n');
    const dir = folder('encodings', {
      'a-utf8.txt': KOREAN,
      'b-utf8-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(KOREAN)]),
      'c-utf16le.txt': encode(KOREAN, 'UTF-16'), // glibc iconv writes a BOM, little-endian
      'd-utf16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), encode(KOREAN, 'UTF-16BE')]),
      'e-euckr.txt': encode(KOREAN, 'EUC-KR'),
      'f-cp949.txt': encode('똠방각하와 햏자는 CP949에만 있는 글자다.\n', 'CP949'),
      'g-crlf.txt': encode(crlf, 'EUC-KR'),
      'h-cr.txt': KOREAN.replace(/\n/g, '\r'),
      'i-utf16le-crlf.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), encode(crlf, 'UTF-16LE')]),
    });
    const { docs, skipped } = await collect(dir);
    expect(skipped).toEqual([]);
    const byName = Object.fromEntries(docs.map((doc) => [doc.doc, doc]));
    expect(byName['a-utf8.txt']).toMatchObject({ encoding: 'utf-8', text: KOREAN, format: 'text' });
    expect(byName['b-utf8-bom.txt']).toMatchObject({ encoding: 'utf-8-bom', text: KOREAN });
    expect(byName['c-utf16le.txt']!.text).toBe(KOREAN);
    expect(byName['c-utf16le.txt']!.encoding).toMatch(/^utf-16/);
    expect(byName['d-utf16be.txt']).toMatchObject({ encoding: 'utf-16be', text: KOREAN });
    expect(byName['e-euckr.txt']).toMatchObject({ encoding: 'euc-kr', text: KOREAN });
    expect(byName['f-cp949.txt']).toMatchObject({ encoding: 'cp949', text: '똠방각하와 햏자는 CP949에만 있는 글자다.\n' });
    expect(byName['g-crlf.txt']!.text).toBe(KOREAN);
    expect(byName['h-cr.txt']!.text).toBe(KOREAN);
    expect(byName['i-utf16le-crlf.txt']).toMatchObject({ encoding: 'utf-16le', text: KOREAN });
  });

  it('normalizes decomposed Hangul to NFC, in the text and in the document id', async () => {
    const nfd = '한국어 문장은 NFC로 바뀐다.'.normalize('NFD');
    const { docs } = await collect(folder('nfd', { [`${'기사'.normalize('NFD')}.txt`]: nfd }));
    expect(docs[0]!.text).toBe('한국어 문장은 NFC로 바뀐다.');
    expect(docs[0]!.doc).toBe('기사.txt');
  });

  it('reads an EUC-KR HTML page through its meta charset', async () => {
    const html = `<html><head><meta charset="euc-kr"><title>시험 기사</title></head><body><article><h1>지방 소멸 대응 예산 두 배로</h1><p>${KOREAN}</p></article></body></html>`;
    const { docs } = await collect(folder('euckr-html', { 'page.html': encode(html, 'EUC-KR') }));
    expect(docs[0]!.encoding).toBe('euc-kr');
    expect(docs[0]!.text).toContain('지원 대상은 약 3만 명이다.');
    expect(docs[0]!.text.split('\n')[0]).toBe('지방 소멸 대응 예산 두 배로');
  });
});

describe('ingest: formats', () => {
  it('reads .md as markdown and HTML as the article with its metadata', async () => {
    const html = readFileSync('test/fixtures/clean/newspaper-economy/input.html', 'utf8');
    const { docs } = await collect(folder('formats', { 'note.md': `# 제목 한 줄\n\n${KOREAN}`, 'news.htm': html }));
    const news = docs.find((doc) => doc.doc === 'news.htm')!;
    expect(docs.find((doc) => doc.doc === 'note.md')!.format).toBe('markdown');
    expect(news.format).toBe('html');
    expect(news.meta).toMatchObject({ title: '코스피, 외국인 매수에 2600선 회복…반도체株 강세', published: '2025-03-05T16:12:00+09:00' });
    expect(news.text).not.toMatch(/dataLayer|line-height|로그인|많이 본 뉴스|장바구니|세종대로/);
    expect(news.text).toContain('코스닥은 0.8% 올랐다.');
  });

  it('reads a page saved as .txt as HTML, and a ks_c_5601-1987 page as CP949', async () => {
    const page = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987"><title>시험</title><script>var x = 1;</script></head><body><div class="menu"><a>홈</a></div><div><p>${KOREAN}</p></div></body></html>`;
    const { docs } = await collect(folder('page-as-text', { 'saved.txt': encode(page, 'CP949') }));
    expect(docs[0]).toMatchObject({ format: 'html', encoding: 'euc-kr' });
    expect(docs[0]!.text).toBe(KOREAN.trim().replace('\n', ' ')); // a line break inside <p> is a space
  });

  it('reads .jsonl one document per line and skips bad lines with file and line', async () => {
    const lines = [
      JSON.stringify({ id: 'a1', text: '첫 번째 문서입니다.\r\n둘째 줄입니다.' }),
      '{not json',
      JSON.stringify({ id: 'a2' }),
      JSON.stringify({ text: '아이디가 없다.' }),
      JSON.stringify({ id: 'a3', text: 'English only here.' }),
      '',
      JSON.stringify({ id: 7, text: '숫자 아이디도 된다.' }),
      JSON.stringify({ id: 'a1', text: '같은 아이디가 또 나왔다.' }),
    ];
    const dir = folder('jsonl', { 'sub/batch.jsonl': lines.join('\n') });
    const { docs, skipped } = await collect(dir);
    expect(docs.map((doc) => [doc.doc, doc.text])).toEqual([
      ['sub/batch.jsonl#a1', '첫 번째 문서입니다.\n둘째 줄입니다.'],
      ['sub/batch.jsonl#7', '숫자 아이디도 된다.'],
    ]);
    const file = path.join(dir, 'sub', 'batch.jsonl');
    expect(skipped).toEqual([
      { path: `${file}:2`, reason: 'line 2: not valid JSON' },
      { path: `${file}:3`, reason: 'line 3: id a2: missing "text" (a string)' },
      { path: `${file}:4`, reason: 'line 4: missing "id" (a string or number)' },
      { path: `${file}:5`, reason: 'line 5: id a3: no Korean text' },
      { path: `${file}:8`, reason: 'line 8: id a1: repeats an earlier id in this file' },
    ]);
  });

  it('names a single input file by its file name', async () => {
    const dir = folder('single', { 'deep/기사 하나.txt': KOREAN });
    const { docs } = await collect(path.join(dir, 'deep', '기사 하나.txt'));
    expect(docs.map((doc) => doc.doc)).toEqual(['기사 하나.txt']);
  });

  it('skips an HTML page nested too deep to walk, and goes on', async () => {
    const deep = `<html><body>${'<div>'.repeat(20_000)}<p>깊은 곳의 문장이다.</p>${'</div>'.repeat(20_000)}</body></html>`;
    const { docs, skipped } = await collect(folder('deep', { 'a-deep.html': deep, 'b-good.txt': KOREAN }));
    expect(docs.map((doc) => doc.doc)).toEqual(['b-good.txt']);
    expect(skipped[0]!.reason).toMatch(/^cannot extract the article/);
  });

  it('stops with a UserError when the input does not exist', async () => {
    await expect(collect(path.join(root, 'missing'))).rejects.toBeInstanceOf(UserError);
  });

  it('skips files over ingest.maxFileBytes', async () => {
    const { docs, skipped } = await collect(folder('large', { 'big.txt': KOREAN.repeat(10) }), { ...options, maxFileBytes: 100 });
    expect(docs).toEqual([]);
    expect(skipped[0]!.reason).toMatch(/^too large/);
  });
});

describe('ingest: a folder of good and bad inputs', () => {
  let dir: string;
  let docs: IngestedDoc[];
  let skipped: SkippedFile[];
  const seed = readFileSync(SEED, 'utf8');
  const longLine = '가나다라마바사아자차카타파하'.repeat(22_000);

  beforeAll(async () => {
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 256;
    dir = folder('bad', {
      'good/etoday.txt': seed,
      'empty.txt': '',
      'blank.txt': '  \n\t\n   \n',
      'binary.txt': random,
      'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'broken-utf8.txt': Buffer.concat([Buffer.from('깨진 파일입니다. 여기서부터 '), Buffer.from([0xed, 0x95]), Buffer.from(' 뒤에도 글이 있다.')]),
      'english.txt': 'This file holds only English text.\nNothing Korean at all.\n',
      'english-page.html': '<html><head><title>Hello</title></head><body><p>Just an English page.</p></body></html>',
      'long-line.txt': longLine,
      'script.txt': `<script>alert("x")</script>\n본문에 스크립트 태그가 섞여 있다.\n`,
      'nested/서울 뉴스 기사.txt': KOREAN,
    });
    symlinkSync('.', path.join(dir, 'loop'));
    symlinkSync('b-link', path.join(dir, 'a-link'));
    symlinkSync('a-link', path.join(dir, 'b-link'));
    symlinkSync('good/etoday.txt', path.join(dir, 'z-alias.txt'));
    const started = performance.now();
    ({ docs, skipped } = await collect(dir));
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('keeps the good page whole and reads every usable file in stable sorted order', () => {
    expect(docs.map((doc) => doc.doc)).toEqual(['good/etoday.txt', 'long-line.txt', 'nested/서울 뉴스 기사.txt', 'script.txt']);
    expect(docs[0]!.text).toBe(seed);
    expect(docs[1]!.text).toBe(longLine);
    expect(docs[3]!.text).toContain('<script>alert("x")</script>');
  });

  it('names each unusable file with its reason', () => {
    const reasons = Object.fromEntries(skipped.map((file) => [path.relative(dir, file.path), file.reason]));
    expect(reasons).toMatchObject({
      'empty.txt': 'empty file',
      'blank.txt': 'whitespace only',
      'english.txt': 'no Korean text',
      'english-page.html': 'no Korean text',
    });
    expect(reasons['binary.txt']).toMatch(/^binary/);
    expect(reasons['image.png']).toMatch(/not a file type/);
    expect(reasons['broken-utf8.txt']).toMatch(/^broken UTF-8/);
    expect(reasons['loop']).toMatch(/symlink loop/);
    expect(reasons['a-link']).toMatch(/symlink loop/);
    expect(reasons['b-link']).toMatch(/symlink loop/);
    expect(reasons['z-alias.txt']).toMatch(/already read/);
    expect(skipped).toHaveLength(11);
  });

  it('cleans what it read without a crash and keeps the good page whole', () => {
    const cleaner = createCleaner({ enabled: true, repeatedLineMinDocs: 3 });
    for (const doc of docs) cleaner.observe(doc);
    const cleaned = docs.map((doc) => cleaner.clean(doc).doc);
    expect(cleaned[0]!.paragraphs).toHaveLength(12);
    expect(cleaned[3]!.paragraphs.map((p) => p.text).join('\n')).toContain('<script>alert("x")</script>');
  });
});

describe('decodeBytes', () => {
  it('reads UTF-16 without a BOM from the zero bytes of its ASCII', () => {
    const text = '2025년 3월 1일 서울 기온은 12도였다.';
    expect(decodeBytes(iconv.encode(text, 'utf16le'))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeBytes(iconv.encode(text, 'utf16be'))).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });

  it('tells EUC-KR from broken UTF-8', () => {
    const text = '이 문장은 한 글자도 빠짐없이 그대로 읽혀야 한다. 아이우에오 히힝 씨앗.';
    expect(decodeBytes(iconv.encode(text, 'euc-kr'))).toEqual({ ok: true, text, encoding: 'euc-kr' });
    const broken = Buffer.from(text);
    broken[4] = 0xff;
    expect(decodeBytes(broken)).toMatchObject({ ok: false, reason: expect.stringMatching(/^broken UTF-8 \(invalid byte at offset 4\)/) });
  });

  it('refuses binary data', () => {
    expect(decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]))).toMatchObject({ ok: false });
    expect(decodeBytes(Buffer.from('\u0001\u0002\u0003\u0004 binary \u0005\u0006\u0007'))).toMatchObject({ ok: false, reason: expect.stringMatching(/^binary/) });
  });
});
