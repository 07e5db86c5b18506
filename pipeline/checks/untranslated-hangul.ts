// @fileoverview Hangul left in the English. A name or term given in parentheses after its English,
// `Lee Jae-myung (이재명)` or `jeong (정, affection)`, is allowed.
import type { Check } from './types.js';
import { HANGUL, HANGUL_RUN, comparable } from '../validate/text.js';

export const meta = {
  type: 'error',
  docs: { description: 'Korean text is left in the English, outside a parenthesised gloss.' },
  messages: {
    hangul: 'Korean left untranslated in the English: "{{text}}".',
  },
} satisfies Check['meta'];

/** Longest Hangul gloss accepted inside parentheses, in characters. */
const MAX_GLOSS = 20;

export function create(context: Parameters<Check['create']>[0]): ReturnType<Check['create']> {
  return {
    pair({ ko, en }) {
      if (!HANGUL.test(en)) return;
      // The whole English equal to the Korean is identical-to-source's finding.
      if (comparable(ko) === comparable(en)) return;
      for (const match of en.matchAll(HANGUL_RUN)) {
        const start = match.index;
        const end = start + match[0].length;
        if (insideGloss(en, start, end)) continue;
        context.report({ messageId: 'hangul', data: { text: match[0] }, side: 'en', range: [start, end] });
      }
    },
  };
}

/** Inside `( … )` or `[ … ]`, short, with Latin text before the bracket. */
function insideGloss(text: string, start: number, end: number): boolean {
  const open = Math.max(text.lastIndexOf('(', start), text.lastIndexOf('[', start), text.lastIndexOf('（', start));
  if (open < 0) return false;
  const closeChar = { '(': ')', '[': ']', '（': '）' }[text[open]!]!;
  const close = text.indexOf(closeChar, end);
  if (close < 0 || close - open - 1 > MAX_GLOSS + 20) return false;
  if (text.slice(open, start).includes(closeChar)) return false;
  const hangulInside = (text.slice(open + 1, close).match(HANGUL_RUN) ?? []).join('').length;
  return hangulInside <= MAX_GLOSS && /[A-Za-z]/.test(text.slice(0, open));
}
