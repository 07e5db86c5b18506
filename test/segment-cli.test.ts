// `dari segment`: paragraphs in, one JSON line per paragraph out, through the real CLI.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../pipeline/segment/index.js';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const cli = path.join(root, 'pipeline/cli.ts');

function dari(args: string[], input?: string) {
  return spawnSync(tsx, [cli, ...args], { cwd: root, input, encoding: 'utf8' });
}

describe('dari segment', () => {
  it('reads blank-line separated paragraphs and prints one JSON line each (stdin, CRLF, BOM)', () => {
    const input = '\ufeff첫 문단이다. 둘째 문장이다\r\n이어진 줄이다.\r\n\r\n\r\n"인용이다." 그가 말했다.\r\n  \r\n끝 ㅋㅋ\r\n';
    const result = dari(['segment', '-'], input);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { sentences: ['첫 문단이다.', '둘째 문장이다', '이어진 줄이다.'] },
      { sentences: ['"인용이다."', '그가 말했다.'] },
      { sentences: ['끝 ㅋㅋ'] },
    ]);
  });

  it('reads a file, honours --split-lines and prints rule decisions with --debug', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dari-seg-'));
    const file = path.join(dir, '문단 파일.txt');
    fs.writeFileSync(file, '정부는 이번 조치로 수출 기업의 물류 부담과 금융 비용이\n크게 줄어들 것으로 보고 있다.\n');
    const joined = dari(['segment', file]);
    expect(JSON.parse(joined.stdout).sentences).toHaveLength(1);
    const split = dari(['segment', file, '--split-lines', '--debug']);
    expect(JSON.parse(split.stdout).sentences).toHaveLength(2);
    expect(split.stderr).toMatch(/paragraph 0 @\d+ cut line-break/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('copies sentences byte for byte as JSON.stringify would print them, across read chunks', () => {
    // Escapes (" \\ tab, control characters), emoji, malformed UTF-8 and a paragraph that
    // straddles the 2 MB read chunk: the output must equal JSON.stringify of each paragraph's spans.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dari-seg-'));
    const file = path.join(dir, 'big.txt');
    const samples = [
      '그는 "좋다\\나쁘다"라고 했다.\t탭 뒤의 문장이다. 😊 이모지도 있다.',
      '제어 문자\u0001가 섞였다. 그래도 끝났다.',
      '한일 정상, 내달 도쿄서 회담…셔틀외교 복원 1년 점검',
      'URL은 https://example.com/a?b=1 이다. 끝이다.',
    ];
    const paragraphs: Buffer[] = [];
    let size = 0;
    for (let k = 0; size < 2.3e6; k++) {
      const paragraph = k % 997 === 5 ? Buffer.concat([Buffer.from('깨진 바이트'), Buffer.from([0xe4, 0xb8]), Buffer.from(' 뒤에도 문장이다.')]) : Buffer.from(samples[k % samples.length]! + ` ${k}번째 문단이다.`);
      paragraphs.push(paragraph);
      size += paragraph.length + 2;
    }
    fs.writeFileSync(file, Buffer.concat(paragraphs.flatMap((paragraph) => [paragraph, Buffer.from('\n\n')])));
    const result = spawnSync(tsx, [cli, 'segment', file], { cwd: root, encoding: 'buffer', maxBuffer: 1 << 26 });
    expect(result.status).toBe(0);
    const expected = paragraphs.map((paragraph) => `${JSON.stringify({ sentences: splitSentences(paragraph.toString('utf8')).map((span) => span.raw) })}\n`).join('');
    expect(result.stdout.equals(Buffer.from(expected))).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('says what to do about a missing file, with exit code 2 and no stack trace', () => {
    const result = dari(['segment', '/no/such/file.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^dari: segment: cannot read \/no\/such\/file\.txt/);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('prints help', () => {
    const result = dari(['segment', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: dari segment FILE|-');
    expect(result.stdout).toContain('--split-lines');
  });
});
