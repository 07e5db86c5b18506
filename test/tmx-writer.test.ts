import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TMX_FOOTER, tmxDate, tmxHeader, tmxUnit } from '../pipeline/emit/tmx.js';
import { escapeXmlAttr, escapeXmlText, invalidXmlChars } from '../pipeline/emit/xml.js';
import { readTmx } from '../pipeline/tmx-read.js';
import { makeRecord, XSS_EN, XSS_KO } from './fixtures/emit/make-records.js';

const DTD = join(import.meta.dirname, '../../shared/tm/tmx14.dtd');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const date = new Date('2026-11-26T12:34:56.789Z');

function tmxOf(records: ReturnType<typeof makeRecord>[]): string {
  return tmxHeader({ toolVersion: '1.2.3', creationDate: date }) + records.map((r) => tmxUnit(r, tmxDate(date)) ?? '').join('') + TMX_FOOTER;
}

function writeTmp(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dari-tmx-')), 'tm.tmx');
  writeFileSync(path, text);
  return path;
}

describe('TMX writer', () => {
  it('writes the TMX 1.4 header the DTD requires', () => {
    const header = tmxHeader({ toolVersion: '1.2.3', creationDate: date });
    expect(header).toContain('<tmx version="1.4">');
    for (const attribute of ['creationtool="Dari"', 'creationtoolversion="1.2.3"', 'segtype="sentence"', 'o-tmf="', 'adminlang="en-US"', 'srclang="ko-KR"', 'datatype="plaintext"', 'creationdate="20261126T123456Z"']) {
      expect(header).toContain(attribute);
    }
  });

  it('puts the Korean <tuv> first and the props the issue names on the unit', () => {
    const unit = tmxUnit(makeRecord(3), tmxDate(date))!;
    expect(unit.indexOf('xml:lang="ko-KR"')).toBeLessThan(unit.indexOf('xml:lang="en-US"'));
    for (const type of ['x-doc', 'x-link', 'x-score', 'x-flags', 'x-id']) expect(unit).toContain(`<prop type="${type}">`);
    expect(unit).toContain('<prop type="x-flags">number-mismatch</prop>');
    expect(unit).toContain('creationdate="20261126T123456Z"');
  });

  it('keeps the segment text exactly: no whitespace added, leading/trailing/double spaces kept', () => {
    const ko = '  두 칸  띄운\t문장이다. ';
    const unit = tmxUnit(makeRecord(1, { ko, en: 'Two  spaces\nand a line. ' }), 'x')!;
    expect(unit).toContain(`<seg>${ko}</seg>`);
    expect(unit).toContain('<seg>Two  spaces\nand a line. </seg>');
  });

  it('escapes &, < and >, and writes CR as a character reference', () => {
    expect(escapeXmlText('a & b < c > d ]]> e\r\nf')).toBe('a &amp; b &lt; c &gt; d ]]&gt; e&#13;\nf');
    expect(escapeXmlAttr('a"b\tc\nd')).toBe('a&quot;b&#9;c&#10;d');
  });

  it('strips characters XML 1.0 cannot hold and records them on the unit', () => {
    const record = makeRecord(1, { ko: '제어\u0001문자\u000B와 \uD800외톨이', en: 'ok\u0007' });
    expect(invalidXmlChars(record.ko)).toEqual(['U+0001', 'U+000B', 'U+D800']);
    const unit = tmxUnit(record, 'x')!;
    expect(unit).toContain('<seg>제어문자와 외톨이</seg>');
    expect(unit).toContain('<prop type="x-stripped-chars">ko:U+0001,ko:U+000B,ko:U+D800,en:U+0007</prop>');
    // A surrogate pair (emoji) is kept.
    expect(escapeXmlText('😀')).toBe('😀');
  });

  it('leaves out a pair with an empty side', () => {
    expect(tmxUnit(makeRecord(1, { en: '  ' }), 'x')).toBeNull();
    expect(tmxUnit(makeRecord(1, { ko: '\u0002' }), 'x')).toBeNull();
  });

  it('reads back unit for unit, text exact, through the project TMX reader', async () => {
    const records = [makeRecord(0, { ko: XSS_KO, en: XSS_EN }), makeRecord(1, { en: 'CR\r\nLF\n tab\t end ' }), makeRecord(12)];
    const units = [];
    for await (const unit of readTmx(writeTmp(tmxOf(records)))) units.push(unit);
    expect(units.map((u) => [u.source, u.target])).toEqual(records.map((r) => [r.ko, r.en]));
    expect(units[2]!.props['x-link']).toBe('2-1');
    expect(units[0]!.srcLang.toLowerCase()).toBe('ko-kr');
  });

  const canValidate = hasXmllint && existsSync(DTD);
  it.runIf(canValidate)(canValidate ? 'is valid against the TMX 1.4 DTD (xmllint)' : 'DTD validation skipped: needs xmllint (apt-get install libxml2-utils) and ../shared/tm/tmx14.dtd', () => {
    const records = [makeRecord(0, { ko: XSS_KO, en: XSS_EN }), makeRecord(3), makeRecord(1, { ko: 'a\u0000b', en: 'x & y' })];
    const path = writeTmp(tmxOf(records));
    const result = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', DTD, path], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // An empty body is valid too.
    execFileSync('xmllint', ['--noout', '--nonet', '--dtdvalid', DTD, writeTmp(tmxOf([]))]);
  });

  it('stays well-formed for every BMP character', () => {
    let all = '';
    for (let code = 0; code < 0x10000; code += 1) all += String.fromCharCode(code);
    const text = escapeXmlText(all);
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF<>\r]/);
    expect(readFileSync(writeTmp(text), 'utf8').length).toBeGreaterThan(60000);
  });
});
