// @fileoverview The English is far shorter or longer than a translation of this Korean should be.
//
// KO→EN lengths do not follow a fixed ratio cap: one Hangul syllable carries about 2.4 English characters,
// while digits, Latin words and spaces carry about one. The expected English length is
//   expected = 2.38 × (Hangul syllables) + 1.0 × (other characters)
// and log(actual / expected) is close to normal with a spread that shrinks with length:
//   sd(n) = sqrt(0.005 + 0.8 / n),  n = Korean characters.
// Fitted on the 944 human-aligned paragraphs of the Python tutorial KO/EN benchmark
// (../shared/benchmarks/alignment/koen-pydocs; least squares for the weights, per-length-band spread).
// A plain character ratio there has a median of 1.81 and exceeds 2 for 28 % of correct pairs.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { isCopy } from '../validate/text.js';

export const meta = {
  type: 'error',
  docs: { description: 'The English length is far from what this Korean predicts (calibrated for KO→EN).' },
  messages: {
    tooShort: 'The English is much shorter than the Korean predicts ({{actual}} characters, about {{expected}} expected): something may be missing.',
    tooLong: 'The English is much longer than the Korean predicts ({{actual}} characters, about {{expected}} expected): something may be added.',
  },
} satisfies Check['meta'];

export const HANGUL_WEIGHT = 2.38;
export const OTHER_WEIGHT = 1.0;
const SPREAD_FLOOR = 0.005;
const SPREAD_PER_CHAR = 0.8;
/** z-scores: an error beyond these, a warning beyond the soft ones. Additions are looser than omissions. */
const SHORT_ERROR = -3.3;
const SHORT_WARNING = -2.6;
const LONG_ERROR = 5.5;
const LONG_WARNING = 4;
/** Korean shorter than this (characters) is too short to judge. */
const MIN_KOREAN = 6;

/**
 * A Hanja character in Korean news is a one-character abbreviation: 尹 "Yoon Suk Yeol", 北 "North Korea",
 * 與 "the ruling party". Not fitted (the benchmark has none); set from such headlines.
 */
export const HANJA_WEIGHT = 6;

export function expectedLength(ko: string): number {
  let hangul = 0;
  let hanja = 0;
  for (let i = 0; i < ko.length; i++) {
    const code = ko.charCodeAt(i);
    if (code >= 0xac00 && code <= 0xd7a3) hangul++;
    else if (code >= 0x4e00 && code <= 0x9fff) hanja++;
  }
  return HANGUL_WEIGHT * hangul + HANJA_WEIGHT * hanja + OTHER_WEIGHT * (ko.length - hangul - hanja);
}

export function lengthScore(ko: string, en: string): number {
  const n = ko.trim().length;
  const spread = Math.sqrt(SPREAD_FLOOR + SPREAD_PER_CHAR / Math.max(n, 1));
  return Math.log(Math.max(en.trim().length, 1) / expectedLength(ko.trim())) / spread;
}

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      // Empty English is empty-translation's finding.
      if (!/[\p{L}\p{N}]/u.test(en) || ko.trim().length < MIN_KOREAN) return;
      // The Korean copied back, or Chinese/Japanese in place of English, are other checks' findings.
      if (isCopy(ko, en) || !/[A-Za-z]/.test(en)) return;
      const z = lengthScore(ko, en);
      const data = { actual: en.trim().length, expected: Math.round(expectedLength(ko.trim())) };
      const range: [number, number] = [0, en.length];
      if (z <= SHORT_ERROR) context.report({ messageId: 'tooShort', data, side: 'en', range });
      else if (z <= SHORT_WARNING) context.report({ messageId: 'tooShort', data, side: 'en', range, severity: 'warning' });
      else if (z >= LONG_ERROR) context.report({ messageId: 'tooLong', data, side: 'en', range });
      else if (z >= LONG_WARNING) context.report({ messageId: 'tooLong', data, side: 'en', range, severity: 'warning' });
    },
  };
}
