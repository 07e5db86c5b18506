// The world-name table is data whose patterns the world-name check builds only when a pair needs a row: every row's
// English forms and its notAfter must be valid patterns, or the check would fail on the first pair that names it.
import { describe, expect, it } from 'vitest';
import { WORLD_NAMES } from '../pipeline/validate/world-names.js';

describe('world-name table', () => {
  it('every row has Korean forms and valid English and notAfter patterns', () => {
    expect(WORLD_NAMES.length).toBeGreaterThan(500);
    for (const row of WORLD_NAMES) {
      expect(row.korean.length, row.english).toBeGreaterThan(0);
      expect(() => new RegExp(`(?<![\\p{L}\\p{N}.])(?:${row.english})(?![\\p{L}\\p{N}])`, 'gu'), row.english).not.toThrow();
      if (row.notAfter) expect(() => new RegExp(`(?!족|${row.notAfter})`), row.notAfter).not.toThrow();
    }
  });
});
