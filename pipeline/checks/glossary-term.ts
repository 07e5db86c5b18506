// @fileoverview A Korean term the glossary fixes must appear in the English with the glossary's rendering.
import type { Check, CheckContext, CheckVisitor } from './types.js';

export const meta = {
  type: 'error',
  docs: { description: 'A glossary term in the Korean is not rendered as the glossary says.' },
  messages: {
    missing: 'The glossary term "{{term}}" should be rendered as "{{expected}}".',
  },
} satisfies Check['meta'];

export function create(context: CheckContext): CheckVisitor {
  // Longest terms first, so 국민연금공단 is checked before 국민연금 and claims its span.
  const terms = [...context.glossary].sort(([a], [b]) => b.length - a.length);
  return {
    pair({ ko, en }) {
      if (terms.length === 0 || !en.trim()) return;
      const enLower = en.toLowerCase();
      const claimed: [number, number][] = [];
      for (const [term, expected] of terms) {
        const at = ko.indexOf(term);
        if (at < 0) continue;
        if (claimed.some(([start, end]) => at >= start && at < end)) continue;
        claimed.push([at, at + term.length]);
        if (!enLower.includes(expected.toLowerCase())) {
          context.report({ messageId: 'missing', data: { term, expected }, side: 'ko', range: [at, at + term.length] });
        }
      }
    },
  };
}
