// Runs the coverage rows that have no place in test/checks.test.ts's tables (repeated-sentence's restated clauses).
import { describe, it } from 'vitest';
import { checks } from '../pipeline/checks/index.js';
import { checkCases } from '../pipeline/checks/tester.js';
import { repeatedSentenceRows } from './checks-coverage.tables.js';

describe('repeated-sentence (restated clauses)', () => {
  for (const testCase of checkCases('repeated-sentence', checks['repeated-sentence']!, repeatedSentenceRows)) it(testCase.title, () => testCase.run());
});
