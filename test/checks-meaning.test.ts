// The meaning checks (tense, time words, roles) run their valid/invalid tables through the shared check tester.
import { describe, expect, it } from 'vitest';
import { checks } from '../pipeline/checks/index.js';
import { checkCases } from '../pipeline/checks/tester.js';
import { meaningExtraTables, meaningTables } from './checks-meaning.tables.js';

for (const [id, table] of [...Object.entries(meaningTables), ...Object.entries(meaningExtraTables)]) {
  describe(id, () => {
    const check = checks[id];
    it('is registered', () => expect(check).toBeDefined());
    for (const testCase of checkCases(id, check!, table)) it(testCase.title, testCase.run);
  });
}
