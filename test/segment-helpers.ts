// Shared checks for the segmenter tests.
import { expect } from 'vitest';
import type { SentenceSpan } from '../pipeline/segment/index.js';

const WHITESPACE = /^[\s\u200b\u200c\u200d\u2060\ufeff]*$/u;

/** Spans point into the text, in order, without overlap, trimmed, and nothing but whitespace falls between them. */
export function assertSpanInvariants(text: string, spans: SentenceSpan[]): void {
  let previousEnd = 0;
  for (const span of spans) {
    expect(span.type).toBe('Sentence');
    const [start, end] = span.range;
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    expect(text.slice(start, end)).toBe(span.raw);
    expect(WHITESPACE.test(text.slice(previousEnd, start))).toBe(true);
    expect(WHITESPACE.test(span.raw[0]!)).toBe(false);
    expect(WHITESPACE.test(span.raw[span.raw.length - 1]!)).toBe(false);
    previousEnd = end;
  }
  expect(WHITESPACE.test(text.slice(previousEnd))).toBe(true);
}

