// Options of the Korean sentence segmenter, with their documented defaults.

export interface SegmentOptions {
  /**
   * Every line break inside the text is a sentence boundary. When false, a line break still
   * ends a sentence after punctuation, a final ending, a short line (headline, list item) or
   * before a list marker; only a long line that stops mid-clause (hard-wrapped prose) is joined.
   * @default false
   */
  readonly splitLines: boolean;
  /**
   * Cut at a sentence-final ending that has no punctuation after it (`했다 그런데`, `좋아요 ㅋㅋ`).
   * @default true
   */
  readonly splitAtEndings: boolean;
  /**
   * Longest quote or bracket (UTF-16 code units, quote marks included) whose inside is held together;
   * a longer one is read as ordinary text, so a stray quote mark cannot swallow a paragraph.
   * Minimum: 2.
   * @default 600
   */
  readonly maxPairLength: number;
}

export const DEFAULT_SEGMENT_OPTIONS: Readonly<SegmentOptions> = Object.freeze({
  splitLines: false,
  splitAtEndings: true,
  maxPairLength: 600,
});

/** Merge `options` over the defaults and check them; a bad value throws a TypeError naming it. */
export function resolveSegmentOptions(options: Partial<SegmentOptions> = {}): SegmentOptions {
  const merged = { ...DEFAULT_SEGMENT_OPTIONS, ...options };
  for (const name of ['splitLines', 'splitAtEndings'] as const) {
    if (typeof merged[name] !== 'boolean') {
      throw new TypeError(`Expected \`${name}\` to be a boolean, got \`${String(merged[name])}\` (${typeof merged[name]})`);
    }
  }
  if (!Number.isInteger(merged.maxPairLength) || merged.maxPairLength < 2) {
    throw new TypeError(`Expected \`maxPairLength\` to be an integer from 2 and up, got \`${String(merged.maxPairLength)}\` (${typeof merged.maxPairLength})`);
  }
  return merged;
}
