// The length model: how long the English should be for a given Korean, and how far it may stray.
//
// Gale & Church (1993) model the target length as Gaussian around c × source length with variance
// s² × source length. Korean mixes scripts: Hangul syllables carry a lot (a syllable is ~2.3 English
// letters) while Latin words, digits and code pass through almost unchanged, so the Korean side is
// split into Hangul and other characters, each with its own ratio. Lengths count characters other
// than whitespace, so spacing habits (Korean spaces by eojeol) do not matter.
//
// Constants fitted on ../shared/benchmarks/alignment/koen-pydocs (Python tutorial, human Korean
// translation; 944 gold units, 1,745 KO / 1,636 EN sentences): weighted least squares of
// EN = a·Hangul + b·other over the units (weight 1/KO length), then the mean squared residual
// per unit of Korean length. Result: a = 2.275, b = 0.996, s² = 4.04 (median-based: 2.74).
// Re-measure with `npx tsx bench/align.ts --fit-length` when more KO-EN gold exists.

export const KO_EN_LENGTH = {
  /** English characters per Hangul syllable. */
  hangulRatio: 2.275,
  /** English characters per other (Latin, digit, punctuation) character of the Korean. */
  otherRatio: 0.996,
  /** Variance of the English length per character of Korean. */
  variance: 4.04,
  /**
   * Characters added to the Korean length before the variance is taken: a five-syllable heading
   * ("기본 인자 값" ↔ "Default Argument Values") strays further in proportion than a paragraph.
   * Chosen on the same data (strict F1 0.936 with 0, 0.98 with 4–16).
   */
  slack: 8,
  /**
   * A spread in proportion to the expected length, added to the variance as (relative × expected)²:
   * a news edition rewrites a long sentence or a merged pair by whole clauses, so its length strays
   * in proportion (log-ratio s.d. 0.22 for gold 1-1 links on our news sets, against 0.14 from the
   * pure model for a 40-syllable sentence). Chosen on heldout7 (0.881 → 0.928: a 1-1 whose English
   * ran long no longer lost to a 1-0 + 1-1); 0.04–0.05 change no other set, 0.06 and more cost the
   * sixth and third sets. Python docs unchanged.
   */
  relative: 0.045,
} as const;

/** Gale & Church's variance for European pairs, used when the ratio is estimated from the document. */
export const GENERIC_VARIANCE = 6.8;
/** Slack (see `KO_EN_LENGTH.slack`) for the generic model. */
export const GENERIC_SLACK = 4;

export interface SideLengths {
  /** Characters that count (no whitespace). */
  raw: Float64Array;
  /** Expected target length of each source sentence (source side only). */
  expected: Float64Array;
}

const HANGUL = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/gu;

export const visibleLength = (text: string): number => text.replace(/\s+/gu, '').length;

export function koreanLengths(sentences: readonly string[]): SideLengths {
  const raw = new Float64Array(sentences.length);
  const expected = new Float64Array(sentences.length);
  sentences.forEach((text, index) => {
    const visible = visibleLength(text);
    const hangul = (text.match(HANGUL) ?? []).length;
    raw[index] = visible;
    expected[index] = KO_EN_LENGTH.hangulRatio * hangul + KO_EN_LENGTH.otherRatio * (visible - hangul);
  });
  return { raw, expected };
}

/** Source lengths for any pair: the ratio is the document's own (total target / total source). */
export function genericLengths(src: readonly string[], tgt: readonly string[]): SideLengths {
  const raw = Float64Array.from(src, visibleLength);
  const srcTotal = raw.reduce((a, b) => a + b, 0);
  const tgtTotal = tgt.reduce((sum, text) => sum + visibleLength(text), 0);
  const ratio = srcTotal > 0 && tgtTotal > 0 ? tgtTotal / srcTotal : 1;
  return { raw, expected: raw.map((length) => length * ratio) };
}

// Abramowitz & Stegun 26.2.17 approximation of the standard normal upper tail.
function normalTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
  return density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
}

/** Two-sided probability that a length deviation this large happens by chance: 2·(1 − Φ(|δ|)). */
export function lengthProbability(srcRaw: number, srcExpected: number, tgtRaw: number, variance: number, slack = 0, tail = 0, relative = 0): number {
  const delta = Math.abs(tgtRaw - srcExpected) / Math.sqrt(variance * Math.max(srcRaw + slack, 1) + (relative * srcExpected) ** 2);
  const core = 2 * normalTail(delta);
  // A heavy tail: a share `tail` of links are free rewrites (an edition adds a clause, drops a
  // figure), whose length strays TAIL_WIDTH times further. Close translations barely feel it.
  return Math.max(1e-12, tail > 0 ? (1 - tail) * core + tail * 2 * normalTail(delta / TAIL_WIDTH) : core);
}

/** How much further than the core a free rewrite's length may stray. */
export const TAIL_WIDTH = 3;
