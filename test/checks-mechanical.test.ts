// The mechanical checks (chatter, refusals, cut-off output, other languages, Korean left in, repeats, obeyed orders,
// misconverted numbers) run their valid/invalid tables through the shared check tester.
import { describe, expect, it } from 'vitest';
import { checks } from '../pipeline/checks/index.js';
import { checkCases } from '../pipeline/checks/tester.js';
import { mechanicalTables } from './checks-mechanical.tables.js';

for (const [id, table] of Object.entries(mechanicalTables)) {
  describe(`${id} (mechanical variants)`, () => {
    const check = checks[id];
    it('is registered', () => expect(check).toBeDefined());
    for (const testCase of checkCases(id, check!, table)) it(testCase.title, testCase.run);
  });
}
