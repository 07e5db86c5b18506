import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

const dari = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', ...args], { encoding: 'utf8' });

describe('dari cli', () => {
  it('lists commands on --help', () => {
    const result = dari('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('segment');
  });

  it('rejects an unknown command with one line and exit 2', () => {
    const result = dari('frobnicate');
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('unknown command');
  });
});
