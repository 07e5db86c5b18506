// @fileoverview Every number in the Korean must reach the English as the same value: 1조 2천억 = 1.2 trillion,
// 3억5000만 = 350 million, 1만 명 = 10,000 people, 오후 3시 = 3 p.m., 2월 4일 = Feb. 4, 세 명 = three.
// A value only the English has is a warning (a translator may add a year or a conversion).
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { HANGUL, comparable } from '../validate/text.js';
import { IMPLICIT_ONE, MentionIndex, WEEKDAY, englishDigitNumbers, englishWordNumbers, koreanNumbers, type NumberMention } from '../validate/numbers.js';

export const meta = {
  type: 'error',
  docs: { description: 'A number, date, time, percentage or amount differs between the Korean and the English.' },
  messages: {
    missing: 'The Korean "{{raw}}" ({{value}}) is not in the English.',
    extra: 'The English "{{raw}}" ({{value}}) is not in the Korean.',
    points: 'The Korean "{{raw}}" is percentage points, but the English says percent.',
    currency: 'The Korean "{{raw}}" is in {{expected}}, but the English gives {{actual}}.',
  },
} satisfies Check['meta'];

const CURRENCY_NAMES: Record<string, string> = { KRW: 'won', USD: 'dollars', JPY: 'yen', CNY: 'yuan', EUR: 'euros', GBP: 'pounds' };

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!en.trim()) return;
      // The Korean copied back is identical-to-source's finding.
      if (HANGUL.test(en) && comparable(ko) === comparable(en)) return;
      // Cheap exit: no digit and no native numeral means no Korean number to find.
      const korean = /\d/.test(ko) || /(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무|서른|마흔|쉰)\s?[가-힣]|[십백천만억조]\s?[가-힣]/.test(ko) ? koreanNumbers(ko) : [];
      // With no Korean number, only English digits can be findings.
      if (korean.length === 0 && !/\d/.test(en)) return;
      const digits = englishDigitNumbers(en);
      // Number words, months and ordinals are read only when the digits leave a Korean value unmatched.
      const digitIndex = new MentionIndex(digits);
      const needWords = korean.some((mention) => digitIndex.matches(mention, 1).length === 0);
      const english = needWords ? [...digits, ...englishWordNumbers(en, digits)] : digits;
      const englishIndex = needWords ? new MentionIndex(english) : digitIndex;
      const koreanIndex = new MentionIndex(korean);
      const weekday = WEEKDAY.test(en);
      const used = new Set<NumberMention>();
      for (const mention of korean) {
        const matches = englishIndex.matches(mention);
        for (const match of matches) used.add(match);
        if (matches.length === 0) {
          // A Korean 1 is often just a singular noun ("운전자 1명이 숨지고" → "killed the driver"), unless the
          // English gives some other number instead.
          if (mention.implicit && (IMPLICIT_ONE.test(en) || english.every((candidate) => koreanIndex.matches(candidate, 1).length > 0))) continue;
          if (mention.alsoMatches?.test(en)) continue;
          // `4일` is routinely rendered by its weekday: "on Tuesday".
          if (mention.kind === 'day' && weekday) continue;
          context.report({ messageId: 'missing', data: { raw: mention.raw, value: show(mention) }, side: 'ko', range: mention.range });
          continue;
        }
        if (mention.kind === 'points' && matches.every((match) => match.kind === 'percent')) {
          context.report({ messageId: 'points', data: { raw: mention.raw }, side: 'en', range: matches[0]!.range });
        }
        if (mention.currency) {
          const priced = matches.filter((match) => match.currency);
          if (priced.length > 0 && !priced.some((match) => compatible(mention.currency!, match.currency!))) {
            context.report({
              messageId: 'currency',
              data: { raw: mention.raw, expected: CURRENCY_NAMES[mention.currency]!, actual: CURRENCY_NAMES[priced[0]!.currency!]! },
              side: 'en',
              range: priced[0]!.range,
            });
          }
        }
      }
      for (const mention of english) {
        // Number words ("one of", "a dozen") and month names are too often free additions to report.
        if (!mention.digits || used.has(mention)) continue;
        if (koreanIndex.matches(mention, 1).length > 0) continue;
        context.report({ messageId: 'extra', data: { raw: mention.raw, value: show(mention) }, side: 'en', range: mention.range, severity: 'warning' });
      }
    },
  };
}

/** ¥ is both yen and yuan. */
function compatible(a: string, b: string): boolean {
  if (a === b) return true;
  return (a === 'JPY' && b === 'CNY') || (a === 'CNY' && b === 'JPY');
}

function show(mention: NumberMention): string {
  const value = mention.values[0]!.value;
  if (!Number.isInteger(value)) return String(Number(value.toPrecision(12)));
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
