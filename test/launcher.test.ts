// bin/dari.mjs: builds pipeline/ with esbuild on first run, rebuilds after a source change, and gives
// the same output as the TypeScript sources run through tsx. Runs on a temporary copy of the package.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
let copy: string;

async function dari(args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, [path.join(copy, 'bin/dari.mjs'), ...args], { cwd: copy, env: { ...process.env, ...env } });
}

const pointer = () => JSON.parse(fs.readFileSync(path.join(copy, '.dari-build/current.json'), 'utf8')) as { id: string; fingerprint: string };

beforeAll(() => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'dari-launcher-'));
  for (const name of ['bin', 'pipeline', 'prompts']) {
    if (fs.existsSync(path.join(root, name))) fs.cpSync(path.join(root, name), path.join(copy, name), { recursive: true });
  }
  for (const name of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(root, name), path.join(copy, name));
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
});

afterAll(() => {
  fs.rmSync(copy, { recursive: true, force: true });
});

describe('bin/dari.mjs', () => {
  it('builds on first run, even when several runs start at once', async () => {
    const results = await Promise.all([1, 2, 3].map(() => dari(['--help'])));
    for (const { stdout } of results) expect(stdout).toContain('Usage: dari <command>');
    const { id } = pointer();
    expect(fs.existsSync(path.join(copy, '.dari-build', id, 'cli.js'))).toBe(true);
  }, 60_000);

  it('reuses a current build and rebuilds a stale one after a source change', async () => {
    await dari(['--help']);
    const first = pointer();
    await dari(['--help']);
    expect(pointer().id).toBe(first.id);

    const index = path.join(copy, 'pipeline/commands/index.ts');
    fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('Split Korean paragraphs into sentences', 'Cut Korean paragraphs (edited)'));
    const later = new Date(Date.now() + 2000);
    fs.utimesSync(index, later, later);
    const { stdout } = await dari(['--help']);
    expect(stdout).toContain('Cut Korean paragraphs (edited)');
    expect(pointer().id).not.toBe(first.id);
  }, 60_000);

  it('gives the same output as the tsx path, and finds package files from the bundle', async () => {
    const input = path.join(copy, 'paragraphs.txt');
    fs.writeFileSync(input, '오늘은 날씨가 좋다. 내일은 비가 온다고 한다.\n\n"정말요?"라고 물었다 그래서 웃었다\n');
    const built = await dari(['segment', 'paragraphs.txt']);
    const tsx = await dari(['segment', 'paragraphs.txt'], { DARI_NO_BUILD: '1' });
    expect(built.stdout).toBe(tsx.stdout);
    expect(built.stdout.split('\n').filter(Boolean).length).toBe(2);
    const help = await dari(['run', '--help']);
    expect(help.stdout.length).toBeGreaterThan(0);
  }, 60_000);
});
