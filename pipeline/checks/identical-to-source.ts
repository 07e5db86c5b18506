// @fileoverview The English is the Korean copied back, so nothing was translated.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { HANGUL, comparable } from '../validate/text.js';

export const meta = {
  type: 'error',
  docs: { description: 'The English is the same text as the Korean.' },
  messages: {
    identical: 'The English is the Korean source copied unchanged.',
  },
} satisfies Check['meta'];

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      // Korean with no Hangul (`KOSPI 2,500`, a URL) is rightly kept as it is.
      if (!HANGUL.test(ko)) return;
      // Without Hangul the English cannot be the Korean copied.
      if (!HANGUL.test(en)) return;
      if (comparable(ko) === comparable(en)) context.report({ messageId: 'identical', side: 'en', range: [0, en.length] });
    },
  };
}
