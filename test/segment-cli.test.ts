// `dari segment`: paragraphs in, one JSON line per paragraph out, through the real CLI.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

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
