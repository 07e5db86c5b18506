// @fileoverview A place or company of the Korean is replaced by another in the English: 광주 → "Daegu",
// 현대자동차 → "Kia", 부산 → "Incheon". Read with the bilingual lexicon's proper names (pipeline/validate/lexicon.ts):
// a finding needs both sides, a Korean name the English does not render and a capitalized English name the Korean
// has no source for. A name only dropped is clause-coverage's or length-ratio's concern; a name only added ("Seoul"
// for 수도, "South Korea's" for 국내) is often a translator's right choice.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { isCopy } from '../validate/text.js';
import { englishTerms, isProperKey, koreanTerms, placeTermsInContext } from '../validate/lexicon.js';

export const meta = {
  type: 'error',
  docs: { description: 'A place or company in the Korean is replaced by a different one in the English.' },
  messages: {
    replaced: 'The Korean names {{korean}}, but the English has "{{english}}" instead.',
  },
} satisfies Check['meta'];

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!/[A-Z]/.test(en) || /[가-힣]/.test(en) || isCopy(ko, en)) return;
      const missing = [...koreanTerms(ko), ...placeTermsInContext(ko)].filter((term) => term.entry.proper && !term.entry.english.test(en));
      if (missing.length === 0) return;
      const added = englishTerms(en).find((term) => /^[A-Z]/.test(term.text) && term.keys.every(isProperKey) && !term.keys.some((key) => ko.includes(key)) && !ko.toLowerCase().includes(term.text.toLowerCase()));
      if (!added) return;
      context.report({
        messageId: 'replaced',
        data: { korean: missing.map((term) => term.entry.key).join(', '), english: added.text },
        side: 'en',
        range: [added.index, added.index + added.text.length],
      });
    },
  };
}
