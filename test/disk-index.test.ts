// The on-disk hash table behind the translation journal's index and the sets of ids and keys.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiskHashIndex, DiskStringSet } from '../pipeline/translate/disk-index.js';
import { JOURNAL_FILE, Journal, type JournalEntry } from '../pipeline/translate/journal.js';

const folder = () => mkdtempSync(join(tmpdir(), 'dari-disk-index-'));

describe('DiskHashIndex', () => {
  it('finds every value through growth, colliding tags included, and leaves no file', () => {
    const dir = folder();
    const index = DiskHashIndex.create(join(dir, 'table.idx'));
    // 5,000 entries over 1,000 tags (five values per tag), plus tag 0, which an empty slot uses.
    for (let value = 0; value < 5000; value++) index.set(value % 1000, value * 2 ** 33 + 7);
    index.set(0, 1);
    expect(index.size).toBe(5001);
    for (let value = 0; value < 5000; value++) {
      expect(index.find(value % 1000, (found) => found === value * 2 ** 33 + 7)).toBe(value * 2 ** 33 + 7);
    }
    expect(index.find(0, (found) => found === 1)).toBe(1);
    expect(index.find(123_456, () => true)).toBeUndefined();
    index.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replaces the value the caller confirms instead of adding one', () => {
    const index = DiskHashIndex.create(join(folder(), 'table.idx'));
    index.set(42, 1);
    index.set(42, 2);
    index.set(42, 3, (old) => old === 1);
    expect(index.size).toBe(2);
    const seen: number[] = [];
    index.find(42, (value) => (seen.push(value), false));
    expect(seen.sort()).toEqual([2, 3]);
    index.close();
  });
});

describe('DiskStringSet', () => {
  it('tells a new string from one added before', () => {
    const set = new DiskStringSet();
    const ids = Array.from({ length: 3000 }, (_, i) => `기사-${i}`);
    expect(ids.map((id) => set.add(id)).every(Boolean)).toBe(true);
    expect(ids.map((id) => set.add(id)).some(Boolean)).toBe(false);
    expect(set.add('기사-3000')).toBe(true);
    set.close();
  });
});

describe('Journal with its index on disk', () => {
  const entry = (k: string, en: string | null): JournalEntry => ({ k, en, m: 'gpt-4o-mini', pv: '1' });

  it('serves the newest entry of a key after reopening, and keeps no index file once closed', async () => {
    const cache = folder();
    const first = await Journal.open(cache);
    await first.append([entry('a', null), entry('b', 'Bee.')]);
    await first.append([entry('a', 'Ay.')]);
    expect(first.get('a')?.en).toBe('Ay.');
    await first.close();
    const second = await Journal.open(cache);
    expect(second.get('a')?.en).toBe('Ay.');
    expect(second.get('b')?.en).toBe('Bee.');
    expect(second.get('c')).toBeUndefined();
    await second.close();
    expect(readdirSync(cache)).toEqual([JOURNAL_FILE]);
  });

  it('indexes a journal of many entries without holding them in memory', async () => {
    const cache = folder();
    const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify(entry(`key-${i}`, `English ${i}.`)) + '\n');
    writeFileSync(join(cache, JOURNAL_FILE), lines.join(''));
    const journal = await Journal.open(cache);
    for (const i of [0, 1, 9_999, 19_999]) expect(journal.get(`key-${i}`)?.en).toBe(`English ${i}.`);
    expect(journal.get('key-20000')).toBeUndefined();
    await journal.close();
  });

  it('opened read-only, creates nothing in the cache folder and still answers', async () => {
    const cache = folder();
    writeFileSync(join(cache, JOURNAL_FILE), JSON.stringify(entry('a', 'Ay.')) + '\n');
    appendFileSync(join(cache, JOURNAL_FILE), '{"k":"torn","en":"Half');
    const journal = await Journal.open(cache, { readOnly: true });
    expect(readdirSync(cache)).toEqual([JOURNAL_FILE]);
    expect(journal.get('a')?.en).toBe('Ay.');
    expect(journal.get('torn')).toBeUndefined();
    expect(journal.skippedLines).toBe(1);
    await journal.close();
    expect(readFileSync(join(cache, JOURNAL_FILE), 'utf8')).toMatch(/Half$/);
  });
});
