// @fileoverview The English is missing: empty, blank, or punctuation only.
import type { Check, CheckContext, CheckVisitor } from './types.js';

export const meta = {
  type: 'error',
  docs: { description: 'The English is empty, blank or only punctuation.' },
  messages: {
    empty: 'The English is empty.',
    noWords: 'The English has no words, only "{{text}}".',
  },
} satisfies Check['meta'];

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      // An empty Korean segment has nothing to translate.
      if (!ko.trim()) return;
      if (!en.trim()) {
        context.report({ messageId: 'empty', side: 'en', range: [0, en.length] });
        return;
      }
      if (!/[\p{L}\p{N}]/u.test(en)) context.report({ messageId: 'noWords', data: { text: en.trim() }, side: 'en', range: [0, en.length] });
    },
  };
}
