// Korean sentence segmenter: spans into the text (never altered), rules one per file in ./rules,
// Korean data in ./lang/ko.ts. See docs/segment.md.
import { resolveSegmentOptions, type SegmentOptions } from './options.js';
import { splitRanges } from './splitter.js';
import { SegmentSyntax, type SentenceSpan, type SplitDecision } from './types.js';

export { DEFAULT_SEGMENT_OPTIONS, resolveSegmentOptions, type SegmentOptions } from './options.js';
export { SegmentSyntax, type SentenceSpan, type SplitDecision, type SegmentRule, type Candidate, type CandidateKind } from './types.js';
export { RULES } from './rules/index.js';
export { classifyEnding, type Ending, type EndingStrength } from './endings.js';
export { segmentDocument } from './document.js';

/**
 * Split `text` into sentences. Each span's `range` holds UTF-16 offsets into `text`, and
 * `text.slice(range[0], range[1]) === raw`. Whitespace between sentences belongs to no span.
 */
export function splitSentences(text: string, options?: Partial<SegmentOptions>): SentenceSpan[] {
  const resolved = resolveSegmentOptions(options);
  const ranges = splitRanges(text, 0, text.length, resolved);
  const spans: SentenceSpan[] = [];
  for (let k = 0; k < ranges.length; k += 2) {
    const start = ranges[k]!;
    const end = ranges[k + 1]!;
    spans.push({ type: SegmentSyntax.Sentence, raw: text.slice(start, end), range: [start, end] });
  }
  return spans;
}

/** Every place the splitter considered, in order, with the rule that cut or held there. */
export function explainSplits(text: string, options?: Partial<SegmentOptions>): SplitDecision[] {
  const decisions: SplitDecision[] = [];
  splitRanges(text, 0, text.length, resolveSegmentOptions(options), (decision) => decisions.push(decision));
  return decisions;
}
