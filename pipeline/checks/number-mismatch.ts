// @fileoverview Every number in the Korean must reach the English as the same value: 1조 2천억 = 1.2 trillion,
// 3억5000만 = 350 million, 1만 명 = 10,000 people, 오후 3시 = 3 p.m., 2월 4일 = Feb. 4, 세 명 = three.
// A value only the English has is a warning (a translator may add a year or a conversion).
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { HANGUL, comparable } from '../validate/text.js';
import { lengthScore, withoutNameGlosses } from './length-ratio.js';
import { EN_SIDE as EN_UNIT, KO_SIDE as KO_UNIT, englishMeasures, isHedged, koreanHedged, measureMatches, sameSize, showIn, toBase, traditionalAmounts, traditionalEnglish, unitAfter, type Measure, type Unit } from '../validate/units.js';
import { IMPLICIT_ONE, MentionIndex, decimalHours, isDayCount, mentionsMatch, mayHaveHangulNumber, WEEKDAY, englishDigitNumbers, englishWordNumbers, koreanNumbers, type NumberMention } from '../validate/numbers.js';

export const meta = {
  type: 'error',
  docs: { description: 'A number, date, time, percentage or amount differs between the Korean and the English.' },
  messages: {
    missing: 'The Korean "{{raw}}" ({{value}}) is not in the English.',
    fewer: 'The Korean gives {{value}} more often than the English, which gives {{other}} more often than the Korean: one "{{raw}}" became {{other}}.',
    extra: 'The English "{{raw}}" ({{value}}) is not in the Korean.',
    points: 'The Korean "{{raw}}" is percentage points, but the English says percent.',
    currency: 'The Korean "{{raw}}" is in {{expected}}, but the English gives {{actual}}.',
    unit: 'The Korean "{{raw}}" is in {{expected}}, but the English gives {{actual}}.',
    vague: 'The Korean "{{raw}}" ({{size}}) does not match the English "{{english}}".',
    weekday: 'The Korean "{{raw}}" is {{expected}}, but the English says {{actual}}.',
    sign: 'The Korean "{{raw}}" is below zero, but the English gives no minus sign.',
    month: 'The Korean month {{value}} ("{{raw}}") is not the month the English names.',
    measure: 'The English "{{actual}}" is not the Korean "{{raw}}" ({{expected}}).',
    score: 'The Korean score "{{raw}}" is "{{actual}}" in the English.',
    conversion: 'The English "{{actual}}" is not the won amount "{{raw}}" converted ({{rate}} won to the {{unit}}).',
    inventedFigure: 'The English "{{raw}}" ({{value}}) is in no Korean figure, and the English is longer than the Korean predicts: a made-up figure.',
  },
} satisfies Check['meta'];

/** What stands between an amount and its conversion: "80 grams (about 2.8 ounces)", "10 km, or some 6 miles". */
const CONVERSION_BETWEEN = /^\s*(?:\(|\[|,\s*or|—|–|\/)\s*(?:about|around|approximately|approx\.|roughly|some|nearly|almost|just (?:over|under)|more than|over|under|~|≈)?\s*$/i;
/** What joins the two ends of a range of amounts: "from minus 10 C to 2 C". */
const RANGE_BETWEEN = /^\s*(?:to|-|–|—|~|and)\s*$/i;
/** Most unit amounts one pair may hold on either side before the amounts are no longer compared (pairwise cost). */
const MAX_MEASURES = 40;
/** The length-ratio check's soft bound for an addition (z-score). */
const ADDED_Z = 4;
const FREE = /무료|무상|공짜|무보수|무일푼/;
const RATIO_WORDS = /절반|과반|반값|반토막|반으로|반수|배(?:로|나|가|에|인|씩|\s)|분의|퍼센트|프로|할|푼|전부|모두|전원|대부분|대다수|소수|일부|만점|[一-龥]/;

const CURRENCY_NAMES: Record<string, string> = { KRW: 'won', USD: 'dollars', JPY: 'yen', CNY: 'yuan', EUR: 'euros', GBP: 'pounds' };

export function create(outer: CheckContext): CheckVisitor {
  // Whether an error was already found in this pair: an English-only figure beside a lost or changed Korean one is the
  // changed figure, not a made-up one.
  let erred = false;
  const context: CheckContext = {
    glossary: outer.glossary,
    report(report) {
      if (report.severity !== 'warning') erred = true;
      outer.report(report);
    },
  };
  return {
    pair({ ko, en }) {
      erred = false;
      if (!en.trim()) return;
      // The Korean copied back is identical-to-source's finding.
      if (HANGUL.test(en) && comparable(ko) === comparable(en)) return;
      if (/[수몇][십백천만억조]/.test(ko)) checkVague(ko, en, context);
      if (/요일|\([월화수목금토일]\)/.test(ko)) checkWeekdays(ko, en, context);
      // Cheap exit: no digit and no native numeral means no Korean number to find.
      const korean = /\d/.test(ko) || /(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무|스물|서른|마흔|쉰|예순|일흔|여든|아흔|서너|너덧|대여섯|예닐곱)\s?[가-힣]|[석넉닷엿]\s?[달잔장자되말냥돈섬푼]/.test(ko) || mayHaveHangulNumber(ko) ? dottedDates(ko, en, koreanNumbers(ko)) : [];
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
      checkSign(ko, en, context);
      checkMonths(korean, english, englishIndex, context);
      const lengthsOfTime = checkDurations(ko, en, korean, () => (needWords ? english : [...digits, ...englishWordNumbers(en, digits)]), context);
      const used = new Set<NumberMention>();
      const spans = /\d\s?년\s?\d{1,2}\s?개월/.test(ko) ? wholeSpans(ko, en) : [];
      if (/\d\s?분\s?\d{1,2}\s?초/.test(ko)) spans.push(...clockSpans(ko, en));
      if (/\d\s?초\s?\d\d/.test(ko)) spans.push(...secondSpans(ko, en));
      if (/\d\s?시간\s?\d{1,2}\s?분/.test(ko)) spans.push(...hourSpans(ko, en));
      const halfHour = halfPast(ko, en);
      if (halfHour?.en) spans.push({ ko: halfHour.range, en: halfHour.en });
      else if (halfHour) context.report({ messageId: 'missing', data: { raw: halfHour.raw, value: '30' }, side: 'ko', range: halfHour.range });
      for (const span of spans) for (const mention of english) if (mention.range[0] >= span.en[0] && mention.range[1] <= span.en[1]) used.add(mention);
      // Korean figures with a unit read as amounts (800㎞, 영하 12도, 초속 45m), against the English figures with one.
      const koMeasures = koreanMeasures(ko, korean);
      // Amounts are compared pairwise: a garbage segment with more than a few dozen of them is left to the figure matching.
      let enMeasures = koMeasures.size > 0 && koMeasures.size <= MAX_MEASURES ? englishMeasures(en, needWords ? english : [...digits, ...englishWordNumbers(en, digits)], MAX_MEASURES) : [];
      if (enMeasures.length > MAX_MEASURES) enMeasures = [];
      const flagged: [number, number][] = [];
      const useInside = (range: readonly [number, number]) => {
        for (const candidate of english) if (candidate.range[0] >= range[0] && candidate.range[1] <= range[1]) used.add(candidate);
      };
      // 고기 2근, 금 3돈, 10리: amounts of traditional units are quantity-mismatch's to read (one finding for one wrong
      // conversion); their figures and the English amounts of their kind are not compared here.
      const traditional = korean.length > 0 ? traditionalAmounts(ko, en).filter((amount) => !amount.keptInEnglish) : [];
      for (const amount of traditional) {
        for (const converted of traditionalEnglish(amount, en)) {
          useInside(converted.range);
          flagged.push(converted.range);
        }
      }
      let missed = false;
      for (const mention of korean) {
        if (traditional.some(({ range: [start, end] }) => mention.range[0] >= start && mention.range[1] <= end)) continue;
        // 2년 6개월 as "two and a half years", 1년 3개월 as "15 months": one figure for the two.
        if (spans.some(({ ko: [start, end] }) => mention.range[0] >= start && mention.range[1] <= end)) continue;
        // 3주 as "21 days", 1년 as "12 months": the length of time in another unit.
        const converted = lengthsOfTime.get(mention);
        if (converted) {
          used.add(converted);
          continue;
        }
        const measure = koMeasures.get(mention);
        const koUnit = measure?.unit;
        if (measure) {
          // The amount in any English unit of its kind, within that figure's rounding: 800㎞ as "about 500 miles".
          const kind = enMeasures.filter((candidate) => candidate.unit.dimension === measure.unit.dimension);
          // Session 9: the same figure in a unit of another size ("100 yards" for 100m, "3.2 pounds" for 3.2㎏) is no
          // conversion, however loosely a round figure may be read, unless a hedge says it is rounded ("about 100 yards").
          const hits = kind.filter((candidate) => amountMatches(measure, candidate) && !(candidate.unit.dimension !== 'temperature' && !sameSize(candidate.unit.factor, measure.unit.factor) && !isHedged(en, candidate.range) && english.some((m) => m.range[0] === candidate.range[0] && m.values.some((value) => value.value === mention.values[0]!.value))));
          if (hits.length > 0) {
            for (const hit of hits) useInside(hit.range);
            continue;
          }
          // An English amount of that kind that no Korean amount gives, and not the same figure (that is the unit
          // finding below): 70㎏ as "154 kg", 3.2㎏ as "about 5 lb".
          const unexplained = kind.filter((candidate) => !explained(candidate, koMeasures));
          const sameFigure = unexplained.some((candidate) => english.some((m) => m.range[0] === candidate.range[0] && m.values.some((value) => value.value === mention.values[0]!.value)));
          if (unexplained.length > 0 && !sameFigure) {
            const wrong = unexplained[0]!;
            // The two mentions of one joined amount (2m 21㎝) make one finding.
            if (flagged.some(([start, end]) => start === wrong.range[0] && end === wrong.range[1])) continue;
            flagged.push(wrong.range);
            useInside(wrong.range);
            context.report({ messageId: 'measure', data: { raw: measure.raw, actual: wrong.raw, expected: showIn(measure.base, wrong.unit) }, side: 'en', range: wrong.range });
            continue;
          }
        }
        // A converted figure must stand in another unit: 150mm is 15 cm, never "15 millimeters".
        const matches = englishIndex.matches(mention).filter((match) => {
          // A Korean count in words (엿새, 세 명) is never a month's name: 엿새 is not "June".
          // Session 13: nor is a Korean day of the month (7월 3일부터 7일까지: the 7th is not "July").
          if ((mention.kind === 'word' || mention.kind === 'day') && match.kind === 'month' && !/\d/.test(match.raw)) return false;
          // Session 16: nor a clock hour (14일 is not the 14 of "2 p.m.").
          if (mention.kind === 'day' && match.kind === 'hour' && /^\s?(?:[ap]\.?m\b|o['’]clock)/i.test(en.slice(match.range[1]))) return false;
          if (!koUnit || match.values.some((value) => mention.values.some((ko) => ko.tolerance === 0 && ko.value === value.value))) return true;
          const unit = unitAfter(en, match.range[1], EN_UNIT);
          return !unit || unit.dimension !== koUnit.dimension || !sameSize(unit.factor, koUnit.factor);
        });
        for (const match of matches) used.add(match);
        if (matches.length === 0) {
          // A Korean 1 is often just a singular noun ("운전자 1명이 숨지고" → "killed the driver"), unless the
          // English gives some other number instead.
          // Session 16: not when the English gives another Korean figure once more than the Korean does (설탕 2, 간장 3, 식초 1 →
          // "2 …, 3 … and 3"): the 1 became that figure.
          if (mention.implicit && (IMPLICIT_ONE.test(en) || (english.every((candidate) => koreanIndex.matches(candidate, 1).length > 0) && !givenOnceMore(korean, english)))) continue;
          // Session 14: a count of days that a range of dates gives (6~8일 사흘간 "from the 6th through the 8th").
          if (isDayCount(mention.raw) && rangeSpans(ko).includes(mention.values[0]!.value)) continue;
          // Session 12: the :00 of a clock (14:00, 09:00) is said by the hour alone ("2 p.m.", "9 a.m.").
          if (mention.raw === '00' && /\d:$/.test(ko.slice(Math.max(0, mention.range[0] - 2), mention.range[0]))) continue;
          // Said by words of its own ("back-to-back", "about 100 of its 400"): a figure inside those words is no extra.
          const also = mention.alsoMatches?.exec(en);
          if (also) {
            useInside([also.index, also.index + also[0].length]);
            continue;
          }
          // `4일` is routinely rendered by its weekday: "on Tuesday". Session 9: not the day of a dotted date whose month
          // the English names with a day of its own (9.12(금) → "Friday, Sept. 21").
          // Session 12: nor when the English gives a day of the month of its own that no Korean figure is (11월 14일(목) →
          // "Thursday, Nov. 24"): the weekday then goes with that day, and the Korean one is lost.
          if (mention.kind === 'day' && weekday && !DOTTED_DAYS.has(mention) && !englishDays(en).some((day) => koreanIndex.matches(day, 1).length === 0)) continue;
          // Session 8: a start figure the English leaves to be worked out from the end and the change (3.50%에서 3.25%로
          // 0.25%포인트 인하 → "cut by a quarter point to 3.25 percent"), unless the English gives a figure of its own.
          if ((derivable(mention, korean, englishIndex, en, ko) || derivableChange(mention, korean, englishIndex, ko)) && !english.some((other) => other.digits && koreanIndex.matches(other, 1).length === 0)) continue;
          // Session 9: a start and the span since it say one thing (1999년 이후 26년 만의 우승 "its first title in 26
          // years" or "since 1999"; 지난해 12월 이후 10개월 만 "in 10 months"): either one given accounts for both.
          if (SINCE_SPAN_ONE.test(ko) && sinceSpanPartner(ko, mention, korean).some((partner) => englishIndex.matches(partner, 1).length > 0)) continue;
          // Session 8: a figure glued inside the name of a body (형사합의25부, a court's division) may go with the name.
          // Session 12: nor one glued to an index's or a product's name (코스닥150 지수, FTSE100, 닛케이225) that the
          // English names without it, as long as the English gives no figure of its own in its place.
          const named = inName(ko, mention) || (inIndexName(ko, en, mention) && !english.some((other) => other.digits && koreanIndex.matches(other, 1).length === 0));
          context.report({ messageId: 'missing', data: { raw: mention.raw, value: show(mention) }, side: 'ko', range: mention.range, ...(named ? { severity: 'warning' as const } : {}) });
          missed = true;
          continue;
        }
        if (mention.kind === 'points' && matches.every((match) => match.kind === 'percent')) {
          context.report({ messageId: 'points', data: { raw: mention.raw }, side: 'en', range: matches[0]!.range });
        }
        if (koUnit) {
          // Only the same figure in another unit: 10km as "6.2 miles" is a conversion.
          const same = matches.filter((match) => match.values.some((value) => mention.values.some((ko) => ko.tolerance === 0 && ko.value === value.value)));
          const enUnits = same.map((match) => unitAfter(en, match.range[1], EN_UNIT)).filter((unit) => unit !== undefined);
          if (enUnits.length > 0 && enUnits.every((unit) => unit.dimension === koUnit.dimension && !sameSize(unit.factor, koUnit.factor))) {
            flagged.push(matches[0]!.range);
            context.report({ messageId: 'unit', data: { raw: mention.raw, expected: koUnit.text, actual: enUnits[0]!.text }, side: 'en', range: matches[0]!.range });
          }
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
      // Session 17: a figure the Korean gives more often than the English, beside another the English gives more often than
      // the Korean (밥 2공기, 간장 1큰술, 참기름 2작은술 → "two bowls …, 1 tablespoon …, 1 teaspoon"): one became the other.
      // One sentence only: a paragraph's figures are restated and merged across its sentences.
      const swapped = missed || /[.!?]\s+\S/.test(ko.trim()) ? undefined : swappedFigure(korean, english);
      if (swapped) context.report({ messageId: 'fewer', data: { raw: swapped.mention.raw, value: show(swapped.mention), other: String(swapped.other) }, side: 'ko', range: swapped.mention.range });
      // An English amount no Korean amount of its kind gives: "35 degrees Celsius (85 degrees Fahrenheit)" for 35도.
      for (const candidate of enMeasures) {
        if (flagged.some(([start, end]) => start < candidate.range[1] && candidate.range[0] < end)) continue;
        // Session 9: a conversion in brackets right after an amount ("80 grams (about 8 ounces)") converts that amount,
        // whatever other Korean amount it happens to come near (200g).
        const converted = enMeasures.find((measure) => measure !== candidate && measure.unit.dimension === candidate.unit.dimension && measure.range[1] <= candidate.range[0] && CONVERSION_BETWEEN.test(en.slice(measure.range[1], candidate.range[0])));
        // A range converted as a range ("from minus 10 C to 2 C (14 F to 36 F)"): any amount of the run before the
        // bracket may be the one converted.
        const run = converted ? [converted] : [];
        for (let head = converted; head; ) {
          const start = head.range[0];
          head = enMeasures.find((measure) => measure.unit.dimension === candidate.unit.dimension && measure.range[1] <= start && RANGE_BETWEEN.test(en.slice(measure.range[1], start)));
          if (head) run.push(head);
          if (run.length > 4) break;
        }
        const source = converted && !run.some((measure) => measureMatches(measure.base, candidate)) ? [...koMeasures.values()].find((measure) => measure.unit.dimension === converted.unit.dimension && measureMatches(measure.base, converted, measure.hedged)) : undefined;
        if (source) {
          useInside(candidate.range);
          flagged.push(candidate.range);
          context.report({ messageId: 'measure', data: { raw: source.raw, actual: candidate.raw, expected: showIn(source.base, candidate.unit) }, side: 'en', range: candidate.range });
          continue;
        }
        if (explained(candidate, koMeasures)) continue;
        const kin = [...koMeasures.values()].filter((measure) => measure.unit.dimension === candidate.unit.dimension);
        if (kin.length === 0) continue;
        const nearest = kin.reduce((best, measure) => (distance(measure.base, candidate.base) < distance(best.base, candidate.base) ? measure : best));
        useInside(candidate.range);
        context.report({ messageId: 'measure', data: { raw: nearest.raw, actual: candidate.raw, expected: showIn(nearest.base, candidate.unit) }, side: 'en', range: candidate.range });
      }
      // A won amount converted in the English ("1 trillion won ($720 million)"): right at any rate of recent decades,
      // or off by a power of ten.
      if (/won|₩/i.test(en)) {
        for (const conversion of wonConversions(en, english, korean)) {
          useInside(conversion.mention.range);
          if (conversion.wrong) context.report({ messageId: 'conversion', data: { raw: conversion.won.raw, actual: conversion.mention.raw, rate: conversion.rate, unit: CURRENCY_UNITS[conversion.mention.currency!]! }, side: 'en', range: conversion.mention.range });
        }
      }
      // Session 10: a score is its two figures together (7-4 역전승 "a 7-5 comeback win"): one side changed is a wrong
      // score even when its figure turns up elsewhere in the English ("went 3-for-4").
      if (SCORE_HINT.test(ko)) {
        for (const score of ko.matchAll(KO_SCORE)) {
          const [a, b] = [score[1]!, score[2]!];
          if (sameScore(en, a, b)) continue;
          const changed = [...en.matchAll(EN_SCORE)].find((other) => (other[1] === a) !== (other[2] === a) || (other[1] === b) !== (other[2] === b));
          if (!changed || sameScore(en, a, b)) continue;
          context.report({ messageId: 'score', data: { raw: `${a}-${b}`, actual: `${changed[1]}-${changed[2]}` }, side: 'en', range: [changed.index, changed.index + changed[0].length] });
        }
      }
      // An English-only value is an error when something else says it was made up: the English is also much
      // longer than the Korean predicts (an invented clause with its own figures, or a phrase of two made-up figures
      // that alone makes it long: "passed the bill by a vote of 180 to 95"), or the Korean says the thing
      // is free and the English puts a price on it.
      let invented: boolean | undefined;
      const free = korean.length === 0 && FREE.test(ko);
      // Session 17: the 0 of a unanimous tally (전원일치 "a unanimous 8-0 decision") or of a shutout (무실점 "a 2-0 win").
      const noneAgainst = KO_NONE_AGAINST.test(ko);
      const extra = english.filter((mention) => mention.digits && !used.has(mention) && koreanIndex.matches(mention, 1).length === 0 && !(noneAgainst && mention.values[0]?.value === 0 && /\d\s?[-–]\s?$/.test(en.slice(Math.max(0, mention.range[0] - 4), mention.range[0]))));
      let z: number | undefined;
      let glossless: string | undefined;
      const changed = erred;
      for (const mention of extra) {
        // A year inside a gloss of a name (", which celebrates independence in 1945,") is background, not a made-up figure.
        z ??= lengthScore(ko, (glossless = withoutNameGlosses(en)));
        invented ??= ko.trim().length >= 6 && (z >= ADDED_Z || figuresMakeItLong(ko, en, extra));
        // A rate of change the Korean states without any figure ("금리를 인하한다" → "cut rates by 0.5 percentage
        // points") is made up: translators add years and conversions, not percentages. 절반, 과반, 두 배 and
        // fractions are the Korean's own ratios.
        const rate = korean.length === 0 && (mention.kind === 'percent' || mention.kind === 'points') && !RATIO_WORDS.test(ko);
        // Session 12: a figure that only restates the Korean (see `restated`) is no made-up one, however long the English.
        const restates = (invented || z >= INVENTED_Z) && restated(mention, en, glossless!, ko, korean);
        const error = (invented && !restates) || rate || (free && mention.currency !== undefined);
        // Session 12: a figure no Korean value gives, in an English longer than predicted, is made up ("its 12th this
        // year", "after searching 14 square kilometers"), unless the English only restates what the Korean gives.
        if (!error && !changed && !restates && z >= INVENTED_Z && ko.trim().length >= 6) {
          context.report({ messageId: 'inventedFigure', data: { raw: mention.raw, value: show(mention) }, side: 'en', range: mention.range });
          continue;
        }
        context.report({ messageId: 'extra', data: { raw: mention.raw, value: show(mention) }, side: 'en', range: mention.range, ...(error ? {} : { severity: 'warning' as const }) });
      }
    },
  };
}

const KO_NONE_AGAINST = /전원\s?일치|만장\s?일치|전원\s?찬성|무실점|무패|완봉|영봉|무결점/;

/** Length score (z, on the English without name glosses) from which an English-only figure is an error. */
const INVENTED_Z = 1.25;
/** A conversion the translator adds after an amount: "(roughly 60 to 70 fluid ounces)", ", or roughly $1,500". */
const CONVERSION_OPEN = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|trillion|half|a))\b[^()]{0,40}\(\s?[^()]*$/i;
const CONVERSION_OR = /(?:\d|\b(?:hundred|thousand|million|billion|trillion))[^.;()]{0,40}?,?\s(?:or|about|that is|i\.e\.,?)\s(?:about|around|roughly|approximately|approx\.|some|nearly|almost|just (?:over|under)|more than|less than)\s(?:US)?[$€£¥₩]?\s?$/i;
/** Korean time spans an English figure may restate in a smaller unit: [Korean unit, size in the English unit, English unit]. */
const TIME_RESTATED: [RegExp, number, RegExp][] = [
  [/(?<![\d.])(\d{1,3})\s?년(?:\s?(\d{1,2})\s?개월)?(?![가-힣]?대)/g, 12, /^[\s-]?months?\b/i],
  [/(?<![\d.])(\d{1,3})\s?주(?:일|간|\s|$|[가-힣]?(?![가-힣]))/g, 7, /^[\s-]?days?\b/i],
  [/(?<![\d.])(\d{1,3})\s?시간/g, 60, /^[\s-]?minutes?\b/i],
  [/(?<![\d.])(\d{1,3})\s?일(?:간|\s?동안)/g, 24, /^[\s-]?hours?\b/i],
];

/**
 * An English-only figure that restates the Korean: inside a conversion the translator adds (in brackets after an amount,
 * after ", or roughly"), inside a gloss of a name (see withoutNameGlosses), the difference or sum of two Korean figures
 * ("by 750, from 1,200 to 1,950"), a Korean span in a smaller unit (2년6개월 "30 months"), or the day or month of a
 * named day (5·18 민주화운동 "the May 18 Democratic Uprising").
 */
function restated(mention: NumberMention, en: string, glossless: string, ko: string, korean: readonly NumberMention[]): boolean {
  const [start, end] = mention.range;
  const before = en.slice(Math.max(0, start - 80), start);
  if (CONVERSION_OPEN.test(before) && /^[^()]*\)/.test(en.slice(end))) return true;
  if (CONVERSION_OR.test(before)) return true;
  // A figure glued to a name's letters (KF94, COVID-19) or in a news dateline ("BUSAN, May 3 (Yonhap) --").
  if (/[A-Za-z]{2}-?$/.test(en.slice(Math.max(0, start - 3), start)) || EN_DATELINE.test(en.slice(0, start))) return true;
  if (!glossless.includes(en.slice(Math.max(0, start - 12), Math.min(en.length, end + 12)))) return true;
  const value = mention.values[0]!.value;
  const near = (a: number) => Math.abs(a - value) <= Math.max(Math.abs(value) * 1e-6, 1e-9);
  const figures = korean.slice(0, MAX_DERIVABLE).map((other) => other.values[0]!.value);
  for (let i = 0; i < figures.length; i++) for (let j = i + 1; j < figures.length; j++) if (near(Math.abs(figures[i]! - figures[j]!)) || near(figures[i]! + figures[j]!)) return true;
  // The unit may follow the range the figure opens: "between 24 and 30 months".
  const after = en.slice(end, end + 24).replace(/^\s*(?:-|–|to|and|or)\s*[\d.,]+/i, '');
  for (const [pattern, size, unit] of TIME_RESTATED) {
    if (!unit.test(after)) continue;
    for (const span of ko.matchAll(pattern)) if (near(Number(span[1]) * size + (span[2] ? Number(span[2]) : 0))) return true;
  }
  for (const named of ko.matchAll(NAMED_DAY)) {
    if (near(Number(named[1])) || near(Number(named[2]))) return true;
    // Session 13: the year after the named day's date, spelled out ("after the assassination of October 26, 1979").
    const date = EN_MONTH_DAY_BEFORE.exec(en.slice(Math.max(0, start - 24), start));
    if (date && EN_MONTHS.indexOf(date[1]!.slice(0, 3).toLowerCase()) + 1 === Number(named[1]) && Number(date[2]) === Number(named[2]) && value >= 1900 && value <= 2100) return true;
  }
  // The minutes of a clock at half past (네 시 반 "4:30").
  return value === 30 && /^:/.test(en.slice(start - 1, start)) && /시\s?반/.test(ko);
}
/** An English month and day right before a year: "October 26, 1979", "May 18 1980". */
const EN_MONTH_DAY_BEFORE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s(\d{1,2})(?:st|nd|rd|th)?,?\s$/;
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The start of an English news dateline up to its date: "SEOUL, Oct. 22 (Yonhap) -- …" (the figure ends it). */
const EN_DATELINE = /^\s*[A-Z][A-Z .'-]+,\s(?:[A-Z][a-z]{2,8}\.?\s)?$/;
/** A named day written as its month and day (3·1절, 6·25 전쟁, 5·18 민주화운동). */
const NAMED_DAY = /(?<![\d.])(1[0-2]|0?[1-9])\s?[·ㆍ.]\s?([12]\d|3[01]|0?[1-9])(?![\d%])(?=\s?[가-힣])/g;

// A score: two figures joined by a dash, a colon or 대, with a result after it (7-4 역전승, 2대 1로 이겼다, 3:0 완승).
const SCORE_HINT = /\d\s?(?:[-:–]|대)\s?\d/;
const KO_SCORE = /(?<![\d.])(\d{1,3})\s?(?:[-:–]|대)\s?(\d{1,3})(?![\d.])(?=\s?(?:으?로\s?)?(?:역전|완승|완패|대승|대패|신승|석패|승리|승|패|무승부|이겼|이기|졌|꺾|앞서|앞섰|리드|비겼|스코어|승부))/g;
const EN_SCORE = /(?<![\d.])(\d{1,3})\s?(?:-|–|:|to)\s?(\d{1,3})(?![\d.])/g;
function sameScore(en: string, a: string, b: string): boolean {
  for (const match of en.matchAll(EN_SCORE)) if ((match[1] === a && match[2] === b) || (match[1] === b && match[2] === a)) return true;
  return false;
}

/** Most Korean figures for which sums and differences are tried (pairwise cost). */
const MAX_DERIVABLE = 12;
const RATE_KINDS = new Set(['percent', 'points']);
const FROM_AFTER = /^\s?(?:%|％|퍼센트|%\s?포인트|[가-힣]{1,2})?\s?에서(?![가-힣])/;
const TO_AFTER = /^\s?(?:%|％|퍼센트|%\s?포인트|[가-힣]{1,2})?\s?(?:으로|로|까지)(?![가-힣])/;

/** Counts and amounts, not dates and clock times: those a translation restates or merges freely. */
const COUNTED_KINDS: ReadonlySet<NumberMention['kind']> = new Set(['plain', 'word', 'money', 'percent']);

/** The last Korean mention of a figure the Korean gives more often than the English, when another figure both give stands in the English more often than in the Korean. */
function swappedFigure(korean: readonly NumberMention[], english: readonly NumberMention[]): { mention: NumberMention; other: number } | undefined {
  const counts = (mentions: readonly NumberMention[]) => {
    const byValue = new Map<number, number>();
    for (const mention of mentions) {
      const value = mention.values[0]?.value;
      if (value !== undefined && COUNTED_KINDS.has(mention.kind)) byValue.set(value, (byValue.get(value) ?? 0) + 1);
    }
    return byValue;
  };
  const koCounts = counts(korean);
  if (koCounts.size < 2) return undefined;
  const enCounts = counts(english);
  const extra = [...enCounts].find(([value, times]) => times > (koCounts.get(value) ?? 0) && (koCounts.get(value) ?? 0) > 0);
  if (!extra) return undefined;
  const short = [...koCounts].find(([value, times]) => times > (enCounts.get(value) ?? 0) && (enCounts.get(value) ?? 0) > 0);
  const mention = short && korean.findLast((one) => one.values[0]?.value === short[0] && COUNTED_KINDS.has(one.kind));
  return mention && { mention, other: extra[0] };
}

/** Some figure stands in the English more often than in the Korean (both at least once). */
function givenOnceMore(korean: readonly NumberMention[], english: readonly NumberMention[]): boolean {
  const times = (mentions: readonly NumberMention[], value: number) => mentions.filter((mention) => mention.values[0]?.value === value).length;
  return english.some((mention) => {
    const value = mention.values[0]?.value;
    return value !== undefined && times(english, value) > times(korean, value) && times(korean, value) > 0;
  });
}

/** The Korean figure is the sum or the difference of two other Korean figures of its kind that the English gives. */
function derivable(mention: NumberMention, korean: NumberMention[], englishIndex: MentionIndex, en: string, ko: string): boolean {
  if (korean.length < 3 || korean.length > MAX_DERIVABLE || mention.kind === 'year' || mention.kind === 'month' || mention.kind === 'day' || mention.kind === 'hour') return false;
  // Only a start (…에서) beside an end (…로, …까지) and a change: the figures of a move from one level to another.
  if (!FROM_AFTER.test(ko.slice(mention.range[1], mention.range[1] + 8))) return false;
  const kin = (other: NumberMention) => (RATE_KINDS.has(mention.kind) ? RATE_KINDS.has(other.kind) : other.kind === mention.kind);
  const given = korean.filter((other) => other !== mention && kin(other) && (englishIndex.matches(other, 1).length > 0 || other.alsoMatches?.test(en)));
  if (!given.some((other) => TO_AFTER.test(ko.slice(other.range[1], other.range[1] + 8)))) return false;
  const value = mention.values[0]!.value;
  const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(Math.abs(value) * 1e-6, 1e-9);
  for (let i = 0; i < given.length; i++) {
    for (let j = i + 1; j < given.length; j++) {
      const a = given[i]!.values[0]!.value;
      const b = given[j]!.values[0]!.value;
      if (near(value, a + b) || near(value, Math.abs(a - b))) return true;
    }
  }
  return false;
}

/**
 * Session 9: the change between a start (…에서) and an end (…로) that the English both gives: 1.8%에서 1.9%로 0.1%포인트
 * 올렸다 "raised it to 1.9 percent from 1.8 percent"; the English leaves the difference to the reader.
 */
function derivableChange(mention: NumberMention, korean: NumberMention[], englishIndex: MentionIndex, ko: string): boolean {
  if (korean.length < 3 || korean.length > MAX_DERIVABLE || !RATE_KINDS.has(mention.kind) && mention.kind !== 'plain' && mention.kind !== 'money') return false;
  const kin = (other: NumberMention) => (RATE_KINDS.has(mention.kind) ? RATE_KINDS.has(other.kind) : other.kind === mention.kind);
  const given = korean.filter((other) => other !== mention && kin(other) && englishIndex.matches(other, 1).length > 0);
  const starts = given.filter((other) => FROM_AFTER.test(ko.slice(other.range[1], other.range[1] + 8)));
  const ends = given.filter((other) => TO_AFTER.test(ko.slice(other.range[1], other.range[1] + 8)));
  const value = mention.values[0]!.value;
  return starts.some((start) => ends.some((end) => Math.abs(Math.abs(end.values[0]!.value - start.values[0]!.value) - value) <= Math.max(Math.abs(value) * 1e-6, 1e-9)));
}

const SINCE_SPAN = /(\d{1,4})\s?(?:년|월)\s?(?:이후|이래|以後|以來)\s?(?:약\s?|꼭\s?)?(\d{1,3})\s?(?:년|개월|달)\s?만/g;
const SINCE_SPAN_ONE = new RegExp(SINCE_SPAN.source);
/** The other figure of a "start 이후 span 만" phrase the mention is one figure of. */
function sinceSpanPartner(ko: string, mention: NumberMention, korean: NumberMention[]): NumberMention[] {
  for (const match of ko.matchAll(SINCE_SPAN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (mention.range[0] < start || mention.range[1] > end) continue;
    return korean.filter((other) => other !== mention && other.range[0] >= start && other.range[1] <= end);
  }
  return [];
}

/** Digits glued between a name's syllables and a body's suffix: 형사합의25부, 기획1팀, 민원3과. */
function inName(ko: string, mention: NumberMention): boolean {
  const [start, end] = mention.range;
  return start >= 2 && /^[가-힣]{2}$/.test(ko.slice(start - 2, start)) && /^(?:부|과|팀|반|국|실|단)(?![가-힣])|^(?:부|과|팀|반|국|실|단)(?:[이가은는의을를에와도]|장)(?![가-힣])/.test(ko.slice(end, end + 4));
}

/** What the English calls a named index or series: "the Kosdaq index", "the Nikkei average". */
const EN_INDEX = /\b(?:index|indices|indexes|average|benchmark)\b/i;

/**
 * Digits glued to the end of a name (코스닥150, FTSE100, 닛케이225): a Hangul name of two syllables or more
 * with 지수 or 평균 after the figure and an English index or average, or a Latin name the English writes without them.
 */
function inIndexName(ko: string, en: string, mention: NumberMention): boolean {
  const [start, end] = mention.range;
  if (mention.scale !== 1 || !/^\d+$/.test(mention.raw)) return false;
  const name = /(?:[가-힣]{2,}|[A-Za-z][A-Za-z&]+)$/.exec(ko.slice(Math.max(0, start - 12), start))?.[0];
  // Session 15: Hangul right after the figure only as the rest of the index's name (다우존스30산업평균지수).
  if (!name || (/^[가-힣]/.test(ko[end] ?? '') && !/^[가-힣]{0,6}(?:지수|평균)/.test(ko.slice(end, end + 10)))) return false;
  if (/^[A-Za-z]/.test(name)) return new RegExp(`(?<![A-Za-z])${name.replace(/[&]/g, '\\&')}(?![A-Za-z]|\\s?-?${mention.raw})`, 'i').test(en);
  return /^\s?(?:[가-힣]{0,6}(?:지수|평균)|종목)/.test(ko.slice(end, end + 10)) && EN_INDEX.test(en);
}

/** A race time 1분44초40 written the stopwatch way, "1:44.40": the same figures as one clock reading. */
function clockSpans(ko: string, en: string): { ko: [number, number]; en: [number, number] }[] {
  const spans: { ko: [number, number]; en: [number, number] }[] = [];
  for (const match of ko.matchAll(/(\d{1,3})\s?분\s?(\d{1,2})(?:\.(\d{1,3}))?\s?초(?:\s?(\d{1,3}))?/g)) {
    const fraction = match[3] ?? match[4];
    const clock = new RegExp(`\\b${Number(match[1])}:0?${Number(match[2])}${fraction ? `\\.${fraction}` : ''}(?![\\d:])`).exec(en);
    if (clock) spans.push({ ko: [match.index, match.index + match[0].length], en: [clock.index, clock.index + clock[0].length] });
  }
  return spans;
}

/** Session 12: hours and minutes (3시간 30분, 2시간 45분) said as decimal hours: "3.5 hours", "2.75 hours". */
function hourSpans(ko: string, en: string): { ko: [number, number]; en: [number, number] }[] {
  const spans: { ko: [number, number]; en: [number, number] }[] = [];
  for (const match of ko.matchAll(/(?<![\d.])(\d{1,2})\s?시간\s?(\d{1,2})\s?분/g)) {
    const minutes = Number(match[2]);
    const english = minutes < 60 ? decimalHours(Number(match[1]) * 60 + minutes)?.exec(en) : null;
    if (english) spans.push({ ko: [match.index, match.index + match[0].length], en: [english.index, english.index + english[0].length] });
  }
  return spans;
}

/** A race time in seconds and hundredths, 23초 41, written "23.41 seconds". */
function secondSpans(ko: string, en: string): { ko: [number, number]; en: [number, number] }[] {
  const spans: { ko: [number, number]; en: [number, number] }[] = [];
  for (const match of ko.matchAll(/(?<![\d분.])(\d{1,3})\s?초\s?(\d{2})(?![\d.])/g)) {
    const time = new RegExp(`(?<![\\d.])${Number(match[1])}\\.${match[2]}(?!\\d)`).exec(en);
    if (time) spans.push({ ko: [match.index, match.index + match[0].length], en: [time.index, time.index + time[0].length] });
  }
  return spans;
}

/** 3시 반 is half past three: an English clock reading of that hour with other minutes ("3:15") changed the time; with
 * 30 minutes ("3:30") it is the whole of 3시 반. */
function halfPast(ko: string, en: string): { raw: string; range: [number, number]; en?: [number, number] } | undefined {
  const match = /(\d{1,2})\s?시\s?(반)(?=$|[\s,.!?에부까쯤경께이은는의으로도])/.exec(ko);
  if (!match) return undefined;
  const hour = Number(match[1]);
  // Session 10: a clock glued to its a.m. or p.m. ("9.15am", "9am") is a clock too.
  const clocks = [...en.matchAll(/\b(\d{1,2})[:.](\d{2})(?![\d])/g)].filter((clock) => Number(clock[1]) % 12 === hour % 12);
  // Session 9: the hour given alone ("at 7 this evening", "7 p.m.") with no half ("half past", "thirty") drops the 30 minutes.
  if (clocks.length === 0) {
    const alone = [...en.matchAll(/\b(\d{1,2})(?:\b|(?=[ap]\.?m\b))(?![:.,]\d)/gi)].some((figure) => Number(figure[1]) % 12 === hour % 12);
    return alone && !/\bhalf\b|\bthirty\b|\b30\b/i.test(en) ? { raw: match[0], range: [match.index, match.index + match[0].length] } : undefined;
  }
  const half = clocks.find((clock) => clock[2] === '30');
  if (half) return { raw: match[0], range: [match.index, match.index + match[0].length], en: [half.index, half.index + half[0].length] };
  return { raw: match[0], range: [match.index, match.index + match[0].length] };
}

const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const spelled = (value: number): string => (Number.isInteger(value) && value < SMALL_NUMBERS.length ? `${value}|${SMALL_NUMBERS[value]}` : String(value));
const FRACTION_WORDS: Record<number, string> = { 3: 'and a quarter', 6: 'and a half', 9: 'and three quarters' };

/** Korean year-and-month spans (2년 6개월, 1년 3개월) that the English gives as one figure: the total in months
 * ("15 months", "30-month"), or the years with a fraction ("two and a half years", "2.5 years", "a year and a half"). */
function wholeSpans(ko: string, en: string): { ko: [number, number]; en: [number, number] }[] {
  const spans: { ko: [number, number]; en: [number, number] }[] = [];
  for (const match of ko.matchAll(/(\d{1,2})\s?년\s?(\d{1,2})\s?개월/g)) {
    const years = Number(match[1]);
    const months = Number(match[2]);
    if (months < 1 || months > 11) continue;
    const total = years * 12 + months;
    const forms = [`\\b(?:${spelled(total)})[\\s-]months?\\b`];
    const decimal = String(Math.round((years + months / 12) * 100) / 100).replace('.', '\\.');
    if (decimal.includes('.')) forms.push(`\\b${decimal}[\\s-]years?\\b`);
    const fraction = FRACTION_WORDS[months];
    if (fraction) forms.push(`\\b(?:${years === 1 ? 'a|an|one|1' : spelled(years)})[\\s-]+(?:years?[\\s-]+${fraction}|${fraction}[\\s-]+years?)\\b`);
    // Session 9: the span rounded with a hedge: 3년 2개월 "more than three years", 3년 10개월 "nearly four years".
    forms.push(`\\b(?:more than|over|just over|upwards of)[\\s-]+(?:${years === 1 ? 'a|one|1' : spelled(years)})[\\s-]+years?\\b`);
    if (months >= 6) forms.push(`\\b(?:nearly|almost|close to|just under|about|around)[\\s-]+(?:${spelled(years + 1)})[\\s-]+years?\\b`);
    const english = new RegExp(forms.join('|'), 'i').exec(en);
    if (english) spans.push({ ko: [match.index, match.index + match[0].length], en: [english.index, english.index + english[0].length] });
  }
  return spans;
}

// 영하 5도 as "-5 degrees", "minus 5", "5 below zero"; Fahrenheit turns most of them positive.
const BELOW_ZERO = /[-−–]\s?\d|\bminus\b|\bbelow (?:zero|freezing)\b|\bsub-?zero\b|\bfreez\w*|\bnegative\b|fahrenheit|°\s?F\b|\d\s?F\b/i;

// Session 14: lengths of time. A Korean figure of time (2주, 3개월, 10시간, 5년간) that the English gives as the same figure
// in another unit of time ("two months" for 2주), and nowhere as a length of its own size ("14 days", "a fortnight").
const SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86400, week: 604800, fortnight: 1209600, month: 2629800, year: 31557600, decade: 315576000 };
// After a figure: 분 and 초 only after digits (세 분 is three people); 일 only as a length (3일간, 3일 동안, 3일째, 3일 만에),
// never a date; 주 up to 52 (100주 is shares).
const KO_DURATION_AFTER = /^\s?(?:(초|분)(?![가-힣])|(초|분)(?=[이가을를은는의에도만씩째간동내])|(시간)|(일)(?=간|\s?동안|째|\s?만에)|(주일?)(?![가-힣])|(주일?)(?=[이가을를은는의에도만씩째간동내])|(개월|달)|(년|해)(?=간|\s?동안|째|\s?만|\s?새|\s?사이|\s?이상|\s?넘게|\s?가까이|[이가을를은는의에도씩]|\s|$))/;
const KO_DURATION_UNITS: Record<string, string> = { 초: 'second', 분: 'minute', 시간: 'hour', 일: 'day', 주: 'week', 주일: 'week', 개월: 'month', 달: 'month', 년: 'year', 해: 'year' };
const EN_DURATION_AFTER = /^[\s-](?:(?:more|full|straight|consecutive|extra|additional|long|whole|entire|calendar|business|working)[\s-])?(second|minute|hour|day|week|fortnight|month|year|decade)s?\b/i;
// "a second" is a length of time only before punctuation ("a second month" is an ordinal).
const EN_DURATION_ARTICLE = /\b(?:(half) an?|an?|one)\s(?:(?:more|full|extra|additional|whole|entire)\s)?(second(?=\s?[.,;!?)]|$)|minute|hour|day|week|fortnight|month|year|decade)\b/gi;

/**
 * Reports a Korean length of time given as the same figure in another unit; returns the Korean figures of time the English
 * gives as their length in another unit (3주 as "21 days"), each with the English figure that does.
 */
function checkDurations(ko: string, en: string, korean: readonly NumberMention[], englishFigures: () => readonly NumberMention[], context: CheckContext): Map<NumberMention, NumberMention> {
  const converted = new Map<NumberMention, NumberMention>();
  const koreanDurations: Duration[] = [];
  for (const mention of korean) {
    const after = KO_DURATION_AFTER.exec(ko.slice(mention.range[1], mention.range[1] + 8));
    if (!after) continue;
    const word = after.slice(1).find(Boolean)!;
    const value = mention.values[0]!.value;
    if (((word === '분' || word === '초') && !/\d$/.test(mention.raw)) || (word.startsWith('주') && value > 52) || (word === '년' && value >= 100)) continue;
    const end = mention.range[1] + after[0].length;
    // 3년 6개월, 2시간 30분: one length in two units, read whole above.
    if (/^\s?\d/.test(ko.slice(end, end + 2)) || /\d\s?(?:년|시간|분)\s?$/.test(ko.slice(Math.max(0, mention.range[0] - 6), mention.range[0]))) continue;
    koreanDurations.push({ mention, value, unit: KO_DURATION_UNITS[word]!, range: [mention.range[0], end] });
  }
  if (koreanDurations.length === 0) return converted;
  const englishDurations: Duration[] = [];
  for (const mention of englishFigures()) {
    const after = EN_DURATION_AFTER.exec(en.slice(mention.range[1], mention.range[1] + 24));
    if (after) englishDurations.push({ mention, value: mention.values[0]!.value, unit: after[1]!.toLowerCase(), range: [mention.range[0], mention.range[1] + after[0].length] });
  }
  for (const match of en.matchAll(EN_DURATION_ARTICLE)) englishDurations.push({ value: match[1] ? 0.5 : 1, unit: match[2]!.toLowerCase(), range: [match.index, match.index + match[0].length] });
  let reported = false;
  for (const duration of koreanDurations) {
    const same = englishDurations.find((other) => sameLength(duration, other));
    if (same) {
      if (same.mention && same.unit !== duration.unit) converted.set(duration.mention!, same.mention);
      continue;
    }
    const other = englishDurations.find((candidate) => candidate.value === duration.value && !koreanDurations.some((korean) => sameLength(korean, candidate)));
    if (!other || reported) continue;
    reported = true;
    context.report({ messageId: 'unit', data: { raw: ko.slice(...duration.range), expected: `${duration.unit}s`, actual: en.slice(...other.range).trim() }, side: 'en', range: other.range });
  }
  return converted;
}

interface Duration {
  /** The figure; none for "a week", "half an hour". */
  mention?: NumberMention;
  value: number;
  unit: string;
  range: [number, number];
}

function sameLength(a: Duration, b: Duration): boolean {
  return Math.abs(a.value * SECONDS[a.unit]! - b.value * SECONDS[b.unit]!) <= 0.05 * a.value * SECONDS[a.unit]!;
}

const KO_DAY_RANGE = /(?<!\d)(\d{1,2})\s?일?\s?[~∼〜～\-–]\s?(\d{1,2})\s?일/g;

/** The number of days each range of dates of the Korean spans (6~8일: 3). */
function rangeSpans(ko: string): number[] {
  return [...ko.matchAll(KO_DAY_RANGE)].map((match) => Number(match[2]) - Number(match[1]) + 1).filter((span) => span > 1);
}

/** A temperature below zero that the English gives as a plain positive figure. */
function checkSign(ko: string, en: string, context: CheckContext): void {
  const below = /영하\s?(\d+(?:\.\d+)?)\s?(?:도|℃|°)/.exec(ko);
  if (!below || BELOW_ZERO.test(en) || !new RegExp(`(?<![\\d.])${below[1]!.replace('.', '\\.')}(?![\\d.])`).test(en)) return;
  context.report({ messageId: 'sign', data: { raw: below[0] }, side: 'ko', range: [below.index, below.index + below[0].length] });
}

const EN_MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?\.?|July?\.?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
/** An English day of the month: "Oct. 27", "27 October", "the 27th". */
const EN_DAY = new RegExp(String.raw`\b${EN_MONTH}\s(\d{1,2})(?:st|nd|rd|th)?(?![\d:.,]\d)|\b(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?${EN_MONTH}(?![a-z])|\bthe\s(\d{1,2})(?:st|nd|rd|th)\b`, 'g');

/** The days of the month the English names, as mentions. */
function englishDays(en: string): NumberMention[] {
  const days: NumberMention[] = [];
  for (const match of en.matchAll(EN_DAY)) {
    const day = Number(match[1] ?? match[2] ?? match[3]);
    if (day >= 1 && day <= 31) days.push({ raw: match[0], range: [match.index, match.index + match[0].length], kind: 'day', values: [{ value: day, tolerance: 0 }], scale: 1, digits: true });
  }
  return days;
}

/** `3월` read as another named month ("May"): the figures match as a bag, the date does not. */
function checkMonths(korean: readonly NumberMention[], english: readonly NumberMention[], englishIndex: MentionIndex, context: CheckContext): void {
  const months = korean.filter((mention) => mention.kind === 'month');
  // A month with no match at all is already a missing value; this finding is for figures that match only as a bag.
  if (months.some((month) => englishIndex.matches(month, 1).length === 0)) return;
  const named = english.filter((mention) => mention.kind === 'month' && !mention.digits);
  if (months.length === 0 || named.length === 0) return;
  if (named.some((name) => months.some((month) => mentionsMatch(month, name)))) return;
  const first = months[0]!;
  context.report({ messageId: 'month', data: { raw: first.raw, value: show(first) }, side: 'ko', range: first.range });
}

/** A Korean month and day written with a dot (6.10, 10.3(금)), the way notices give dates without a year. */
const DOTTED_DATE = /^(1[0-2]|0?[1-9])\.([12]\d|3[01]|0?[1-9])$/;
/** The days read from dotted dates: the English named their month, so a weekday does not stand for them. */
const DOTTED_DAYS = new WeakSet<NumberMention>();
/** What makes a dotted figure a decimal: a unit, a per cent, a score or a multiple after it. */
const DECIMAL_AFTER = /^\s?(?:%|％|퍼센트|프로|배|점|[A-Za-zℓ℃°\u3380-\u33ff]|도(?![가-힣]{2})|초|분|시간|개월|년|미터|킬로|센티|밀리|리터|그램|톤|인치|마일|평|달러|원|위안|엔|유로|명|개|세|[만억조](?!큼|약|일|세|든|나|물))/;

/**
 * Session 9: a dotted figure that is a month and a day (시험 기간(6.10~6.21) "June 10–21", 10.3(금) "Friday, Oct. 3"),
 * read as that month and day when the English names the month; otherwise it stays a decimal (3.4% is 3.4 per cent).
 * A date is one value of its own kind: the English must give both the month and the day.
 */
function dottedDates(ko: string, en: string, mentions: NumberMention[]): NumberMention[] {
  if (!mentions.some((mention) => mention.kind === 'plain' && DOTTED_DATE.test(mention.raw))) return mentions;
  const months = new Set(englishWordNumbers(en, []).filter((mention) => mention.kind === 'month').map((mention) => mention.values[0]!.value));
  if (months.size === 0) return mentions;
  return mentions.flatMap((mention) => {
    const date = mention.kind === 'plain' ? DOTTED_DATE.exec(mention.raw) : null;
    if (!date || !months.has(Number(date[1])) || DECIMAL_AFTER.test(ko.slice(mention.range[1], mention.range[1] + 4))) return [mention];
    const month: NumberMention = { raw: mention.raw, range: mention.range, kind: 'month', values: [{ value: Number(date[1]), tolerance: 0 }], scale: 1, digits: true };
    const day: NumberMention = { raw: mention.raw, range: mention.range, kind: 'day', values: [{ value: Number(date[2]), tolerance: 0 }], scale: 1, digits: true };
    DOTTED_DAYS.add(day);
    return [month, day];
  });
}

/** Two figures of the same kind the Korean lacks ("by a vote of 180 to 95", "from 3 to 5 p.m."), not years. */
const FIGURES_Z = 2.5;
/** Without the figures' phrase the English is at least this much shorter (z). */
const FIGURES_GAIN = 1;
/** Words before the first figure that belong to its phrase ("by a vote of"). */
const FIGURE_LEAD = /(?:[\s,]+[A-Za-z'’-]+){0,3}[\s,]*$/;

/** The English is long, and the phrase of two or more made-up figures is what makes it so. */
function figuresMakeItLong(ko: string, en: string, extra: NumberMention[]): boolean {
  const figures = extra.filter((mention) => mention.kind !== 'year').sort((a, b) => a.range[0] - b.range[0]);
  const z = lengthScore(ko, en);
  if (figures.length < 2 || z < FIGURES_Z) return false;
  const first = figures[0]!.range[0];
  const last = figures.at(-1)!.range[1];
  const start = FIGURE_LEAD.exec(en.slice(0, first))!.index;
  return lengthScore(ko, en.slice(0, start) + en.slice(last)) <= z - FIGURES_GAIN;
}

/** Won per unit of the currencies a translator converts won into, wide enough for any year since the 1990s. */
const WON_PER: Record<string, [number, number]> = { USD: [700, 1800], EUR: [900, 2000], JPY: [6, 18], CNY: [100, 250], GBP: [1100, 2500] };
const CURRENCY_UNITS: Record<string, string> = { USD: 'dollar', EUR: 'euro', JPY: 'yen', CNY: 'yuan', GBP: 'pound' };
/** What may stand between a won amount and its conversion: "won ($", "won, or about $", "won (roughly US$". */
// Session 13: also a sentence or clause that gives it ("… 100,000 won. That is about $70", ", which is about $70").
const CONVERSION_LINK = /^\s*(?:won|₩)?\s*(?:[(\[,/]|\bor\b|—|–|[.;,]\s+(?:that|this|it)\s+(?:is|was|'s|comes to|works out to|equals)\b|,?\s+(?:which is|equivalent to|equal to)\b)\s*(?:or\s+|about\s+|around\s+|roughly\s+|approximately\s+|approx\.\s*|some\s+|nearly\s+|almost\s+|over\s+|just\s+(?:over|under)\s+|more than\s+|less than\s+|an estimated\s+|US\s?)*\D{0,4}$/i;

/** English amounts in another currency that convert the won amount just before them (a Korean without that currency). */
function wonConversions(en: string, english: readonly NumberMention[], korean: readonly NumberMention[]): { mention: NumberMention; won: NumberMention; rate: string; wrong: boolean }[] {
  const found: { mention: NumberMention; won: NumberMention; rate: string; wrong: boolean }[] = [];
  const ordered = [...english].sort((a, b) => a.range[0] - b.range[0]);
  for (let i = 1; i < ordered.length; i++) {
    const mention = ordered[i]!;
    const bounds = mention.currency ? WON_PER[mention.currency] : undefined;
    let won = ordered[i - 1]!;
    if (!bounds || korean.some((other) => other.currency === mention.currency)) continue;
    // Session 13: the end of a converted range ("$50 to $70") converts the same won amount as its start.
    const start = found.at(-1);
    if (start?.mention === won && won.currency === mention.currency && /^\s*(?:to|-|–|and)\s*\D{0,2}$/i.test(en.slice(won.range[1], mention.range[0]))) won = start.won;
    else if (won.currency !== 'KRW' || !CONVERSION_LINK.test(en.slice(won.range[1], mention.range[0]))) continue;
    const value = mention.values[0]!.value;
    if (value <= 0) continue;
    const rate = won.values[0]!.value / value;
    found.push({ mention, won, rate: String(Math.round(rate)), wrong: rate < bounds[0] / 1.5 || rate > bounds[1] * 1.5 });
  }
  return found;
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

// Vague Korean amounts: 수십억 is tens of billions, 수백만 millions, 수천 thousands. The English must give an
// amount of about that size when it gives one at all ("billions of won", "tens of billions", "5 billion").
const KO_VAGUE = /(?<![가-힣])(십수|수|몇)(십|백|천)?(만|억|조)?(?=\s|원|달러|명|개|건|톤|여|에 (?:달|이르))/g;
const VAGUE_COEFFICIENT: Record<string, [number, number]> = { 수: [2, 10], 몇: [2, 10], 십수: [11, 20] };
const SMALL: Record<string, number> = { 십: 10, 백: 100, 천: 1000 };
const BIG: Record<string, number> = { 만: 1e4, 억: 1e8, 조: 1e12 };
const EN_MAGNITUDE =
  /\b(?:(\d+(?:[.,]\d+)*)\s*|(tens|hundreds|thousands|dozens|several|a few|few|some|a couple)\s+(?:of\s+)?)?(hundreds?|thousands?|millions?|billions?|trillions?|dozens)\b/gi;
const EN_SCALE: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12 };
// "hundreds" stops where "thousands" starts; "thousands" runs up to a million ("tens of thousands" is often said so).
const NEXT_SCALE: Record<number, number> = { 1e2: 1e3, 1e3: 1e6, 1e6: 1e9, 1e9: 1e12, 1e12: 1e15, 12: 100 };
const EN_PREFIX: Record<string, [number, number]> = { tens: [10, 100], hundreds: [100, 1000], thousands: [1000, 1e6], dozens: [12, 100], several: [2, 10], 'a few': [2, 10], few: [2, 10], some: [2, 10], 'a couple': [2, 3] };

function checkVague(ko: string, en: string, context: CheckContext): void {
  const english: [number, number][] = [];
  for (const match of en.matchAll(EN_MAGNITUDE)) {
    const [, digits, prefix, word] = match;
    const plural = /s$/i.test(word!) && !digits;
    const scale = EN_SCALE[word!.toLowerCase().replace(/s$/, '')]!;
    if (digits) {
      const value = Number(digits.replace(/,/g, '')) * scale;
      english.push([value, value]);
    } else if (prefix) {
      const [low, high] = EN_PREFIX[prefix.toLowerCase()]!;
      english.push([low * scale, high * scale]);
    } else english.push(plural ? [scale, NEXT_SCALE[scale] ?? scale * 1000] : [scale, scale * 10]);
  }
  if (english.length === 0) return;
  for (const match of ko.matchAll(KO_VAGUE)) {
    const [raw, head, small, big] = match;
    if (!small && !big) continue;
    const factor = (small ? SMALL[small]! : 1) * (big ? BIG[big]! : 1);
    const [low, high] = VAGUE_COEFFICIENT[head!]!;
    // Half the lower bound and twice the upper: "billions of won" for 수십억 is common and fine.
    const from = (low * factor) / 2;
    const to = high * factor * 2;
    if (english.some(([a, b]) => b > from && a < to)) continue;
    const words = [...en.matchAll(EN_MAGNITUDE)].map((m) => m[0]);
    const first = en.search(EN_MAGNITUDE);
    context.report({
      messageId: 'vague',
      data: { raw, size: `${(low * factor).toExponential(0)} to ${(high * factor).toExponential(0)}`.replace(/e\+/g, 'e'), english: words.join('", "') },
      side: 'en',
      range: [first, first + words[0]!.length],
    });
  }
}

// Units of measure (pipeline/validate/units.ts): a Korean figure with a unit is an amount the English must give in
// some unit of its kind, within the English figure's rounding; the same figure in another unit (12cm → "12 meters")
// is the unit finding, another amount (70㎏ → "154 kg", 35도 → "85 degrees Fahrenheit") the measure finding.
interface KoreanMeasure {
  raw: string;
  unit: Unit;
  base: number;
  hedged: boolean;
  /** Session 10: the top of the band a round figure + unit + 대 names (30평대, the 30s of pyeong: up to 40 pyeong). */
  upper?: number;
  /** Half the place of the figure's last written digit, in its own unit (170℃ 0.5, 2.35m 0.005); none for a joined amount. */
  precision?: number;
}

const BAND_SLACK = 0.05;

/** The English amount is the Korean one, or inside the band it names (30평대 "roughly 100 to 130 square metres"). */
function amountMatches(amount: KoreanMeasure, candidate: Measure): boolean {
  // A band's ends are converted figures: a round "about 200" may not stretch the band by a fourth.
  const slack = Math.min(candidate.tolerance, BAND_SLACK);
  if (amount.upper !== undefined && candidate.base >= amount.base * (1 - slack) && candidate.base <= amount.upper * (1 + slack)) return true;
  // Session 12: in a unit of the Korean's own size nothing was converted, so nothing was rounded: 170℃ is "170°C", never
  // "190°C", unless either side says the figure is rough (약 170도, "about 190°C").
  if (amount.precision !== undefined && !amount.hedged && !candidate.hedged && candidate.unit.dimension === amount.unit.dimension && sameSize(candidate.unit.factor, amount.unit.factor)) {
    const english = inUnit(candidate.base, amount.unit);
    const korean = inUnit(amount.base, amount.unit);
    const allowed = amount.precision + 1e-9 * Math.max(1, Math.abs(korean));
    // The sign is the sign check's finding (영하 5도 as "5°C").
    return Math.abs(english - korean) <= allowed || (amount.unit.dimension === 'temperature' && Math.abs(Math.abs(english) - Math.abs(korean)) <= allowed);
  }
  return measureMatches(amount.base, candidate, amount.hedged);
}

/** A base amount as a figure in the unit. */
function inUnit(base: number, unit: Unit): number {
  if (unit.dimension === 'temperature') return unit.factor === 2 ? base * 1.8 + 32 : base;
  return base / unit.factor;
}

/** Half the place of a plain figure's last written digit (12 → 0.5, 2.35 → 0.005); none for 3만, 세 or a range. */
function figurePrecision(mention: NumberMention): number | undefined {
  if (mention.scale !== 1 || !/^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(mention.raw)) return undefined;
  const decimals = mention.raw.includes('.') ? mention.raw.length - mention.raw.indexOf('.') - 1 : 0;
  return 10 ** -decimals / 2;
}

/** Korean figures with a unit after them (or after the range they open: 6~8㎝), as amounts; 영하 makes them negative. */
function koreanMeasures(ko: string, korean: readonly NumberMention[]): Map<NumberMention, KoreanMeasure> {
  const measures = new Map<NumberMention, KoreanMeasure>();
  let last: { mention: NumberMention; measure: KoreanMeasure; end: number } | undefined;
  for (const mention of korean) {
    if (mention.kind !== 'plain' && mention.kind !== 'word') continue;
    const [start, end] = mention.range;
    let at = end;
    let unit = unitAfter(ko, end, KO_UNIT, start);
    if (!unit) {
      const range = /^\s?(?:[~∼〜～\-–]|에서|부터|내지|또는|이나|or)\s?\d[\d.,]*/.exec(ko.slice(end, end + 12));
      if (range) unit = unitAfter(ko, (at = end + range[0].length), KO_UNIT, start);
    }
    if (!unit) continue;
    // 영하 18도, and -18℃ written with a minus sign (not the dash of a range: 5-18℃).
    const value = mention.values[0]!.value * (unit.dimension === 'temperature' && /영하\s?$|(?<![\d.]\s?)[-−]$/.test(ko.slice(Math.max(0, start - 4), start)) ? -1 : 1);
    const measure: KoreanMeasure = { raw: ko.slice(start, at) + unit.text, unit, base: toBase(value, unit), hedged: koreanHedged(ko, start, at, unit.text), precision: figurePrecision(mention) };
    // 2m 21㎝: a second amount of the same kind in a smaller unit right after the first is one amount.
    const unitEnd = at + ko.slice(at).indexOf(unit.text) + unit.text.length;
    if (last && last.measure.unit.dimension === unit.dimension && unit.dimension !== 'temperature' && unit.factor < last.measure.unit.factor && /^\s?$/.test(ko.slice(last.end, start))) {
      const joined: KoreanMeasure = { raw: `${last.measure.raw} ${measure.raw}`, unit, base: last.measure.base + measure.base, hedged: last.measure.hedged || measure.hedged };
      measures.set(last.mention, joined);
      measures.set(mention, joined);
      last = undefined;
      continue;
    }
    // 30평대, 20㎏대: a round figure's band, up to the next step of its last non-zero digit.
    if (ko[unitEnd] === '대' && !/^[가-힣]/.test(ko.slice(unitEnd + 1, unitEnd + 2).replace(/[의에로는를가도인]/, '')) && value > 0 && value % 10 === 0) {
      let step = 10;
      while (value % (step * 10) === 0 && step * 10 <= value) step *= 10;
      measure.upper = toBase(value + step, unit);
    }
    measures.set(mention, measure);
    last = { mention, measure, end: unitEnd };
  }
  return measures;
}

/** Some Korean amount of the measure's kind is what it says. */
function explained(measure: Measure, korean: ReadonlyMap<NumberMention, KoreanMeasure>): boolean {
  for (const amount of korean.values()) if (amount.unit.dimension === measure.unit.dimension && amountMatches(amount, measure)) return true;
  return false;
}

const distance = (a: number, b: number): number => Math.abs(a - b);

const KO_WEEKDAYS = ['월', '화', '수', '목', '금', '토', '일'];
const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const KO_WEEKDAY = /(?<![가-힣])([월화수목금토일])요일|\(([월화수목금토일])\)/g;
const EN_WEEKDAY = /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b|\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.(?=\s|$)/g;

/** 월요일 → "Tuesday": the English names weekdays, none of which the Korean has. */
function checkWeekdays(ko: string, en: string, context: CheckContext): void {
  const korean = [...ko.matchAll(KO_WEEKDAY)].map((match) => ({ day: KO_WEEKDAYS.indexOf((match[1] ?? match[2])!), match }));
  if (korean.length === 0) return;
  const english = [...en.matchAll(EN_WEEKDAY)].map((match) => ({ day: EN_WEEKDAYS.findIndex((name) => name.startsWith((match[1] ?? match[2])!)), match }));
  if (english.length === 0 || english.some((day) => korean.some((other) => other.day === day.day))) return;
  const first = korean[0]!;
  context.report({
    messageId: 'weekday',
    data: { raw: first.match[0], expected: EN_WEEKDAYS[first.day]!, actual: english[0]!.match[0] },
    side: 'ko',
    range: [first.match.index, first.match.index + first.match[0].length],
  });
}
