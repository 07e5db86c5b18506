import { describe, expect, it } from 'vitest';
import { splitEnglish } from '../pipeline/align/index.js';

const cases: { name: string; input: string; output: string[] }[] = [
  { name: 'two plain sentences', input: 'It rained. Roads flooded.', output: ['It rained.', 'Roads flooded.'] },
  { name: 'titles before names', input: 'Mr. Kim met Dr. Lee on Monday. They talked.', output: ['Mr. Kim met Dr. Lee on Monday.', 'They talked.'] },
  { name: 'decimals', input: 'Growth was 3.5% in 2024. It slowed.', output: ['Growth was 3.5% in 2024.', 'It slowed.'] },
  { name: 'a.m. and p.m. inside a sentence', input: 'It starts at 9 a.m. on Friday and ends at 5 p.m. sharp.', output: ['It starts at 9 a.m. on Friday and ends at 5 p.m. sharp.'] },
  { name: 'U.S. at a sentence end', input: 'Exports rose to the U.S. The won fell.', output: ['Exports rose to the U.S.', 'The won fell.'] },
  { name: 'U.S. before a name', input: 'U.S. President Donald Trump spoke.', output: ['U.S. President Donald Trump spoke.'] },
  { name: 'initials', input: 'J. R. R. Tolkien wrote it. Kim J. Lee read it.', output: ['J. R. R. Tolkien wrote it.', 'Kim J. Lee read it.'] },
  { name: 'quotes after the period', input: 'He said, "No." Then he left.', output: ['He said, "No."', 'Then he left.'] },
  { name: 'curly quotes', input: '“We will act,” she said. “Soon.”', output: ['“We will act,” she said.', '“Soon.”'] },
  { name: 'question and exclamation', input: 'Why now? Because it works! Yes.', output: ['Why now?', 'Because it works!', 'Yes.'] },
  { name: 'lowercase after a period continues', input: 'Samsung Electronics Co. said it would invest.', output: ['Samsung Electronics Co. said it would invest.'] },
  { name: 'No. before a number', input: 'It is ranked No. 1 in Asia. Sales rose.', output: ['It is ranked No. 1 in Asia.', 'Sales rose.'] },
  { name: 'month abbreviation', input: 'Shares rose on Jan. 5 in Seoul. Analysts cheered.', output: ['Shares rose on Jan. 5 in Seoul.', 'Analysts cheered.'] },
  { name: 'line breaks end sentences', input: 'Headline without a period\nThe body starts here.', output: ['Headline without a period', 'The body starts here.'] },
  { name: 'ellipsis', input: 'We waited... Nothing came.', output: ['We waited...', 'Nothing came.'] },
  { name: 'bracketed sentence', input: 'It closed. (Trading resumes Monday.) Prices held.', output: ['It closed.', '(Trading resumes Monday.)', 'Prices held.'] },
  { name: 'a trailing emoji stays with its sentence', input: 'I want to go back on a clear day. 😊 See you!', output: ['I want to go back on a clear day. 😊', 'See you!'] },
  { name: 'blank text', input: '   \n  ', output: [] },
];

describe('splitEnglish', () => {
  it.each(cases)('$name', ({ input, output }) => {
    const sentences = splitEnglish(input);
    expect(sentences.map((sentence) => sentence.raw)).toEqual(output);
    // Offsets are exact, ascending and do not overlap; only whitespace lies between sentences.
    let previous = 0;
    for (const { raw, range } of sentences) {
      expect(input.slice(range[0], range[1])).toBe(raw);
      expect(range[0]).toBeGreaterThanOrEqual(previous);
      expect(input.slice(previous, range[0]).trim()).toBe('');
      previous = range[1];
    }
    expect(input.slice(previous).trim()).toBe('');
  });
});
