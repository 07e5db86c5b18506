import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseConfig, loadConfig } from '../pipeline/config.js';
import { UserError } from '../pipeline/errors.js';

const message = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('expected a UserError');
};

describe('config', () => {
  it('accepts the shipped pipeline.config.yaml and fills defaults', () => {
    const config = loadConfig('pipeline.config.yaml');
    expect(config.translate.concurrency).toBe(8);
    expect(config.input).toBe('corpus');
    expect(Object.isFrozen(config.translate)).toBe(true);
  });

  it('an empty file means all defaults', () => {
    expect(parseConfig('', 'x.yaml').clean.enabled).toBe(true);
  });

  it('names the path of a bad value, one line per problem', () => {
    const text = message(() => parseConfig('translate:\n  concurrency: 0\n  timeout: fast\n', 'p.yaml'));
    expect(text).toContain('p.yaml');
    expect(text).toContain('translate.concurrency: expected a number ≥ 1');
    expect(text).toMatch(/translate\.timeout: /);
    expect(text.split('\n')).toHaveLength(3);
  });

  it('rejects unknown keys with their full path', () => {
    const text = message(() => parseConfig('translate:\n  modle: gpt\nfoo: 1\n', 'p.yaml'));
    expect(text).toContain('translate.modle: unknown key');
    expect(text).toContain('foo: unknown key');
  });

  it('gives line and column for YAML syntax errors', () => {
    const text = message(() => parseConfig('translate:\n  model: [gpt\n  x: 1\n', 'p.yaml'));
    expect(text).toMatch(/YAML syntax error in p\.yaml/);
    expect(text).toMatch(/line \d+, column \d+/);
  });

  it('CLI overrides win over the file', () => {
    const config = parseConfig('translate:\n  concurrency: 2\n', 'p.yaml', { translate: { concurrency: 5 } });
    expect(config.translate.concurrency).toBe(5);
  });

  it('a named config file that does not exist is an error naming it', () => {
    expect(message(() => loadConfig('nope.yaml'))).toContain('nope.yaml');
  });

  it('frozen config throws on mutation', () => {
    const config = loadConfig('pipeline.config.yaml');
    expect(() => {
      (config.translate as { concurrency: number }).concurrency = 3;
    }).toThrow();
  });

  it('every config key in the schema is documented in pipeline.config.yaml', () => {
    const text = readFileSync('pipeline.config.yaml', 'utf8');
    const config = loadConfig('pipeline.config.yaml');
    const walk = (value: unknown, path: string[]): string[] =>
      typeof value === 'object' && value !== null && !Array.isArray(value) && path.length < 2
        ? Object.entries(value).flatMap(([key, child]) => [key, ...walk(child, [...path, key])])
        : [];
    for (const key of walk(config, [])) expect(text, key).toMatch(new RegExp(`^\\s*${key}:`, 'm'));
  });
});

describe('README', () => {
  it('documents every config key (the two lists agree)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const config = loadConfig('pipeline.config.yaml');
    const paths = (value: unknown, prefix: string): string[] =>
      typeof value === 'object' && value !== null && !Array.isArray(value) && !['checks', 'requestOptions'].includes(prefix.split('.').pop()!)
        ? Object.entries(value).flatMap(([key, child]) => paths(child, prefix ? `${prefix}.${key}` : key))
        : [prefix];
    for (const path of paths(config, '')) expect(readme, path).toContain(`\`${path}\``);
  });
});
