// `dari validate` with worker threads (pipeline/validate/parallel.ts): the same lines as one validator gives, and the
// checks it shares out among workers keep no state from one pair to the next.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { checks } from '../pipeline/checks/index.js';
import { CORPUS_CHECKS, createValidator, mergeFlags } from '../pipeline/validate/validator.js';
import { createPairChecker, validateThreads, PARALLEL_MIN_BYTES } from '../pipeline/validate/parallel.js';
import type { PairInput } from '../pipeline/checks/types.js';
import type { Flag } from '../pipeline/schemas.js';

const fixtures = join(import.meta.dirname, 'fixtures/validate');
/** Every fixture pair, in file order (ids prefixed by the file), names and repeats across files included. */
const pairs: PairInput[] = readdirSync(fixtures)
  .filter((name) => name.endsWith('.jsonl'))
  .sort()
  .flatMap((name) =>
    readFileSync(join(fixtures, name), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => {
        const { id, ko, en } = JSON.parse(line) as PairInput;
        return { id: `${name}:${id}`, ko, en };
      }),
  );
const sample = pairs.filter((_, i) => i % 16 === 0);
const line = (pair: PairInput, flags: Flag[]) => JSON.stringify({ id: pair.id, flags }) + '\n';

describe('validate with worker threads', () => {
  it('prints what one validator prints, in input order', async () => {
    const validator = createValidator({ checks: {} });
    const expected = sample.map((pair) => line(pair, validator.check(pair))).join('');
    let printed = '';
    const checker = createPairChecker({ checks: {} }, new Map(), line, (text) => {
      printed += text;
    });
    // A few pairs on the main thread alone, then with two workers.
    for (const pair of sample.slice(0, 10)) await checker.add(pair);
    checker.startWorkers(3);
    for (const pair of sample.slice(10)) await checker.add(pair);
    await checker.finish();
    expect(printed).toBe(expected);
  }, 120_000);

  it('merges two parts of the checks into registry order', () => {
    const corpus = createValidator({ checks: {} }, { part: 'corpus' });
    const local = createValidator({ checks: {} }, { part: 'pair' });
    const whole = createValidator({ checks: {} });
    for (const pair of pairs.slice(0, 400)) expect(mergeFlags(local.check(pair), corpus.check(pair))).toEqual(whole.check(pair));
  });

  it('shares out only checks without corpus state: each gives the same findings on a fresh instance', () => {
    let sink: unknown[] = [];
    const context = { glossary: new Map<string, string>(), report: (report: unknown) => void sink.push(report) };
    for (const [id, check] of Object.entries(checks)) {
      if (CORPUS_CHECKS.has(id)) continue;
      const visitor = check.create(context);
      const shared = sample.map((pair) => {
        sink = [];
        visitor.pair(pair);
        return sink;
      });
      const fresh = sample.map((pair) => {
        sink = [];
        check.create(context).pair(pair);
        return sink;
      });
      expect(fresh, id).toEqual(shared);
    }
  }, 120_000);

  it('starts workers only for big inputs unless told', () => {
    expect(validateThreads(undefined, PARALLEL_MIN_BYTES - 1, 8)).toBe(1);
    expect(validateThreads(undefined, PARALLEL_MIN_BYTES, 8)).toBe(4);
    expect(validateThreads(undefined, PARALLEL_MIN_BYTES, 1)).toBe(1);
    expect(validateThreads(3, 10, 1)).toBe(3);
    expect(validateThreads(null, PARALLEL_MIN_BYTES, 2)).toBe(2);
  });

  it('--threads gives the same output and refuses a bad count', () => {
    const some = sample.slice(0, 40);
    const validator = createValidator({ checks: {} });
    const expected = some.map((pair) => line(pair, validator.check(pair))).join('');
    const input = some.map((pair) => JSON.stringify(pair)).join('\n') + '\n';
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', 'validate', '--pairs', '-', ...args], { input, encoding: 'utf8', cwd: join(import.meta.dirname, '..') });
    const two = run('--threads', '2');
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(expected);
    const bad = run('--threads', '0');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--threads takes a whole number from 1 to 64/);
  }, 60_000);
});
