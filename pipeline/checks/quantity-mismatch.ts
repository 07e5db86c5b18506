// @fileoverview A word of how many or how much says another amount in the English: 대부분 (most) → "a few", 일부
// (some) → "all", 절반 이상 (at least half) → "less than half", 최소 3년 (at least) → "at most". Each axis has
// classes that exclude one another; only a Korean text whose words of an axis are of one class is compared, and only
// an English text that has another class and not the Korean one is flagged ("대부분 … 일부" has both and is skipped).
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { isCopy } from '../validate/text.js';
import { traditionalAmounts, traditionalEnglish } from '../validate/units.js';
import { englishDigitNumbers, koreanNumbers } from '../validate/numbers.js';
import { isShortSentence, koreanClass, type AxisClass } from './axes.js';

export const meta = {
  type: 'error',
  docs: { description: 'A word of quantity (all, most, some, few; at least, at most) says another amount in the English.' },
  messages: {
    changed: 'The Korean says "{{korean}}" ({{amount}}) but the English says "{{english}}".',
    onlyAdded: 'The English limits it with "{{english}}", but the Korean has no word for "only" ({{korean}}).',
    unit: 'The Korean "{{korean}}" is not "{{english}}".',
  },
} satisfies Check['meta'];

interface Amount extends AxisClass {
  /** English words that contradict this Korean class (defaults to the other classes' words). */
  against: RegExp;
}

// Session 13: nor after a figure (13일부터 holds no 일부).
const B = '(?<![가-힣0-9])';
// "not all", "almost none": a negated or hedged English quantifier is left to the negation check.
const EN_HEDGED_BEFORE = /\b(?:not|n't|nor|never|almost|nearly|hardly|barely)\s+$/i;

const AXES: Amount[][] = [
  [
    {
      name: 'all or most',
      korean: new RegExp(`${B}(?:대부분|대다수|모든|전원|모두|전부|누구나|누구든|거의 (?:다|모든|모두|전부))`),
      english: /\b(?:all|every\w*|each|entire\w*|whole|most|mostly|majority|largely|bulk|nearly all|almost all|vast|overwhelming\w*|across the board|universal\w*|100 percent)\b/i,
      against: /\b(?:a few|few|a handful|some|a minority|a small number|a fraction|a small share|several|certain|part of|a portion)\b/i,
    },
    {
      name: 'some or few',
      korean: new RegExp(`${B}(?:일부|몇몇|소수|극소수|일각)(?![가-힣]*(?:러|로서|러))`),
      english: /\b(?:some|few|handful|minority|several|certain|part\w*|portion|fraction|a number of|small number|selected|limited|select)\b/i,
      against: /\b(?:all|every(?:one|body|thing)?|entire|whole|most|majority|nearly all|almost all|vast majority)\b/i,
    },
  ],
  [
    {
      name: 'at least',
      // Session 8: also after a unit of measure (150㎜ 이상, 30도 이상, 5kg 넘게).
      // Session 15: after any one-syllable counter (7000보 이상). Session 17: after a unit and its particle (50㎜가 넘는).
      korean: /(?:\d[가-힣]?|절반|[명개원세살년월일분시간배곳건%도])[A-Za-z㎜㎝㎞㎏㎎㎖ℓ㎡℃°]{0,3}\s?(?:이상|초과|넘게|넘는|넘어|웃돌)(?![가-힣]*하[다게])|\d[A-Za-z㎜㎝㎞㎏㎎㎖ℓ㎡℃°]{1,3}[이가]\s(?:넘게|넘는|넘어)|최소(?:한)?\s?\d/,
      // Session 13: contracts write "not less than", "no fewer than".
      english: /\b(?:at least|or more|(?<!\bnot?\s)more than|over|above|exceed\w*|upwards of|in excess of|a minimum of|minimum|or older|and older|and above|or above|and over|or over|and up|plus|beyond|topp?\w*|surpass\w*|n(?:o|ot) (?:less|fewer|shorter) than)\b|\+/i,
      against: /\b(?:at most|or less|or fewer|(?<!\bnot?\s)less than|(?<!\bnot?\s)fewer than|under|below|up to|no more than|a maximum of|or younger|and younger|and under|within)\b/i,
    },
    {
      name: 'at most',
      korean: /(?:\d[가-힣]?|절반|[명개원세살년월일분시간배곳건%])\s?(?:이하|미만|이내|밑돌)|최대\s?\d/,
      english: /\b(?:at most|or less|or fewer|(?<!\bnot?\s)less than|(?<!\bnot?\s)fewer than|under|below|up to|n(?:o|ot) more than|not (?:exceeding|to exceed)|a maximum of|maximum|or younger|and younger|and under|or under|and below|within|short of|max|cap\w*|limit\w*)\b/i,
      against: /\b(?:at least|or more|more than|in excess of|a minimum of|or older|and older|and above|upwards of)\b/i,
    },
  ],
];

// "Only" as a limit on a noun, not "not only", "the only", "only to", "only after" (나서야), "only recently" (최근에야).
const EN_ONLY = /(?<!\b(?:not|the|an?|one of|if|his|her|its|their|our|my|your)\s)\bonly\b(?!\s+(?:to|after|when|if|once|recently|just|now|then|because|in recent|a (?:few|handful|little)))/i;
// Korean words for a limit: 만 (after a noun or particle), 뿐, 밖에, 단, 오직, 유일, 불과, 그쳤다, -야 (나서야).
const KO_ONLY = /[가-힣]만(?![가-힣])|[가-힣]만[이을를은는에의으도]|에만|에서만|으로만|로만|뿐|밖에|(?<![가-힣])단(?=\s)|오직|오로지|유일|단지|겨우|불과|그쳤|그친|그칠|머물|머무|머문|[가-힣]야(?=\s|$)|[0-9]만|만큼|한정|제한|국한|전용/;
// 도 after a noun (어린이도 "children too"): the Korean widens where the English narrows.
const KO_ALSO = /[가-힣]{2,}(?:에게|에서|에)?도(?=\s)/;

const ANY_KOREAN = new RegExp(AXES.flat().map((amount) => amount.korean.source).join('|'));

// Units of devices that a translation gets wrong: 500mg → "500 grams", 5,000mAh → "5,000 Wh", 리터당 → "per gallon";
// and the traditional units read by units.ts (한 근 → "a pound", 금 한 돈 → "an ounce", 10리 → "10 kilometers").
/** Latin units of devices and data, by family: a different unit of one family for the same figure is a wrong unit. */
const LATIN_FAMILIES: readonly RegExp[] = [/^(?:KB|MB|GB|TB|PB)$/i, /^(?:Hz|kHz|MHz|GHz)$/i, /^(?:mW|W|kW|MW|GW)$/, /^(?:mAh|Ah|Wh|kWh|MWh|GWh)$/i, /^(?:mg|g|kg)$/];
const KO_LATIN_UNIT = /(\d+(?:,\d{3})*(?:\.\d+)?)\s?(KB|MB|GB|TB|PB|kHz|MHz|GHz|Hz|mAh|kWh|MWh|GWh|Wh|Ah|mW|kW|MW|GW|W|mg)(?![A-Za-z])|(\d+(?:,\d{3})*(?:\.\d+)?)\s?(밀리그램)/g;
const SPELLED: Record<string, string> = { milligrams: 'mg', milligram: 'mg', grams: 'g', gram: 'g', kilograms: 'kg', kilogram: 'kg', gigabytes: 'GB', megabytes: 'MB', terabytes: 'TB', kilobytes: 'KB', watts: 'W', kilowatts: 'kW', megawatts: 'MW', gigawatts: 'GW', 'kilowatt-hours': 'kWh', 'watt-hours': 'Wh', 'megawatt-hours': 'MWh', 'gigawatt-hours': 'GWh', 'milliamp-hours': 'mAh', gigahertz: 'GHz', megahertz: 'MHz', hertz: 'Hz',
  gigabyte: 'GB', megabyte: 'MB', terabyte: 'TB', kilobyte: 'KB', watt: 'W', kilowatt: 'kW', megawatt: 'MW', gigawatt: 'GW', 'kilowatt-hour': 'kWh', 'watt-hour': 'Wh', 'megawatt-hour': 'MWh', 'gigawatt-hour': 'GWh', 'milliamp-hour': 'mAh', 'milliampere-hours': 'mAh' };
/** 리터당 / kg당 / 평당 (per litre, per kilogram) and English rates of another unit of the kind. */
const PER_UNIT: readonly [RegExp, RegExp, RegExp][] = [
  [/(?:리터|ℓ|L)당/, /\b(?:per|a|an|each|every)\s+gallon\b|\/\s?gal\b/i, /\blit(?:er|re)\b|\/\s?[lL]\b|\bL\b/],
  [/(?:킬로그램|kg|㎏|킬로)당/, /\b(?:per|a|each)\s+(?:pound|ounce)\b|\/\s?lb\b/i, /\bkilo|\bkg\b|\/\s?kg\b/i],
  [/(?:킬로미터|km|㎞)당/, /\b(?:per|a|each)\s+mile\b/i, /\bkilomet|\bkm\b/i],
];

// Session 8: a price per 평 (3.3 m²) given per square metre (or foot) with the same figure: the unit changed, not the
// amount ("평당 1억 원" → "100 million won per square meter"). A converted figure (about 30 million won) is fine.
const EN_PER_AREA = /\b(?:per|a|each)\s+(?:square\s+(?:met(?:er|re)|foot|feet)|sq\.?\s?(?:m|ft)\b)|\/\s?(?:m²|㎡|sq\.?\s?(?:m|ft)\b)|\bper\s+(?:m²|㎡)/i;
function perPyeong(ko: string, en: string): { korean: string; english: string; index: number } | undefined {
  const per = /평당\s?(?:약\s?|평균\s?)?/.exec(ko);
  const area = per && !/pyeong|3\.3\s?(?:square|sq|m²|㎡)/i.test(en) ? EN_PER_AREA.exec(en) : null;
  if (!per || !area) return undefined;
  const korean = koreanNumbers(ko).find((mention) => mention.range[0] >= per.index + per[0].length && mention.range[0] <= per.index + per[0].length + 1);
  const english = englishDigitNumbers(en).filter((mention) => mention.range[1] <= area.index && area.index - mention.range[1] <= 12).at(-1);
  // The figure itself (its first reading), not its conversions.
  const same = korean && english ? Math.abs(korean.values[0]!.value - english.values[0]!.value) <= 0.02 * korean.values[0]!.value : false;
  if (!same) return undefined;
  return { korean: per[0].trim(), english: area[0], index: area.index };
}

function unitMismatch(ko: string, en: string): { korean: string; english: string; index: number } | undefined {
  for (const amount of traditionalAmounts(ko, en)) {
    if (amount.keptInEnglish) continue;
    const english = traditionalEnglish(amount, en);
    if (english.length > 0 && !english.some((candidate) => candidate.right)) return { korean: amount.raw, english: english[0]!.text, index: english[0]!.range[0] };
  }
  for (const match of ko.matchAll(KO_LATIN_UNIT)) {
    const figure = (match[1] ?? match[3])!;
    const unit = match[2] ?? 'mg';
    const family = LATIN_FAMILIES.find((pattern) => pattern.test(unit));
    if (!family) continue;
    const number = figure.replace(/,/g, '');
    const english = new RegExp(`(?<![\\d.,])${number.replace(/\B(?=(\d{3})+(?!\d))/g, ',?').replace('.', '\\.')}\\s?-?([A-Za-z][A-Za-z-]*)`, 'g');
    let wrong: RegExpExecArray | undefined;
    let same = false;
    for (const hit of en.matchAll(english)) {
      const word = SPELLED[hit[1]!.toLowerCase()] ?? hit[1]!;
      if (word.toLowerCase() === unit.toLowerCase() || word === unit) { same = true; break; }
      if (family.test(word) && word !== unit) wrong ??= hit as RegExpExecArray;
    }
    if (wrong && !same) return { korean: match[0], english: wrong[0], index: wrong.index };
  }
  const pyeong = /평당/.test(ko) ? perPyeong(ko, en) : undefined;
  if (pyeong) return pyeong;
  for (const [korean, wrong, right] of PER_UNIT) {
    const match = korean.exec(ko);
    const hit = match && !right.test(en) ? wrong.exec(en) : null;
    if (match && hit) return { korean: match[0], english: hit[0], index: hit.index };
  }
  return /당/.test(ko) ? perUnitChanged(ko, en) : undefined;
}

// Session 9: the unit a rate is per, by kind and size (a closed class: units of volume, mass, length and time).
type Per = { kind: string; size: number };
const KO_PER: readonly [RegExp, Per][] = [
  [/(?:배럴)$/, { kind: 'volume', size: 158.987 }], [/(?:갤런)$/, { kind: 'volume', size: 3.78541 }], [/(?:(?:리터|ℓ|L))$/, { kind: 'volume', size: 1 }], [/(?:(?:밀리리터|㎖|ml|mL))$/, { kind: 'volume', size: 0.001 }],
  [/(?:(?:킬로그램|킬로|kg|㎏))$/, { kind: 'mass', size: 1000 }], [/(?:(?:그램|g))$/, { kind: 'mass', size: 1 }], [/(?:(?:톤|t))$/, { kind: 'mass', size: 1e6 }], [/(?:파운드)$/, { kind: 'mass', size: 453.592 }], [/(?:온스)$/, { kind: 'mass', size: 28.3495 }],
  [/(?:(?:킬로미터|km|㎞))$/, { kind: 'length', size: 1000 }], [/(?:(?:미터|m))$/, { kind: 'length', size: 1 }], [/(?:마일)$/, { kind: 'length', size: 1609.34 }],
  [/(?:시간)$/, { kind: 'time', size: 3600 }], [/(?:초)$/, { kind: 'time', size: 1 }], [/(?:일)$/, { kind: 'time', size: 86400 }],
];
const EN_PER = /(?:\b(?:per|a|an|each|every)\s+|\/\s?)(barrels?|bbl|gallons?|gal|lit(?:er|re)s?|millilit(?:er|re)s?|ml|kilo(?:gram)?s?|kg|grams?|g|t(?:on)?nes?|tons?|pounds?|lbs?|ounces?|oz|kilomet(?:er|re)s?|km|met(?:er|re)s?|miles?|mi|hours?|hr|h|seconds?|sec|days?)\b/gi;
const EN_PER_SIZE: [RegExp, Per][] = [
  [/^(?:barrels?|bbl)$/i, { kind: 'volume', size: 158.987 }], [/^(?:gallons?|gal)$/i, { kind: 'volume', size: 3.78541 }], [/^lit(?:er|re)s?$/i, { kind: 'volume', size: 1 }], [/^(?:millilit(?:er|re)s?|ml)$/i, { kind: 'volume', size: 0.001 }],
  [/^(?:kilo(?:gram)?s?|kg)$/i, { kind: 'mass', size: 1000 }], [/^(?:grams?|g)$/i, { kind: 'mass', size: 1 }], [/^(?:t(?:on)?nes?|tons?)$/i, { kind: 'mass', size: 1e6 }], [/^(?:pounds?|lbs?)$/i, { kind: 'mass', size: 453.592 }], [/^(?:ounces?|oz)$/i, { kind: 'mass', size: 28.3495 }],
  [/^(?:kilomet(?:er|re)s?|km)$/i, { kind: 'length', size: 1000 }], [/^met(?:er|re)s?$/i, { kind: 'length', size: 1 }], [/^(?:miles?|mi)$/i, { kind: 'length', size: 1609.34 }],
  [/^(?:hours?|hr|h)$/i, { kind: 'time', size: 3600 }], [/^(?:seconds?|sec)$/i, { kind: 'time', size: 1 }], [/^days?$/i, { kind: 'time', size: 86400 }],
];

/**
 * A rate whose unit the English changed and whose figure it kept: 배럴당 85달러 → "$85 a gallon", 시간당 50㎜ → "50 mm
 * a day", 온스당 2,000달러 → "$2,000 a gram". The Korean's X당 gives the unit the rate is per; the English rate right
 * after a Korean figure is per a unit of the same kind and another size, and the English has no rate per the Korean's
 * unit. A converted figure ("about $2 a gallon") is a conversion, not this finding.
 */
function perUnitChanged(ko: string, en: string): { korean: string; english: string; index: number } | undefined {
  const pers: Per[] = [];
  let raw = '';
  for (const match of ko.matchAll(/당/g)) {
    for (const [pattern, per] of KO_PER) {
      // The unit ends right before 당 and starts a word or follows a figure (1시간당, 배럴당; not 정당, 일당백).
      const found = pattern.exec(ko.slice(Math.max(0, match.index - 5), match.index));
      if (!found) continue;
      const before = ko.slice(0, match.index - found[0].length);
      if (/[가-힣A-Za-z]$/.test(before) && !/\d\s?$/.test(before)) continue;
      if (per.kind === 'time' && found[0] === '일' && !/\d\s?$/.test(before)) continue;
      pers.push(per);
      raw ||= `${found[0]}당`;
      break;
    }
  }
  if (pers.length === 0) return undefined;
  const figures = koreanNumbers(ko).flatMap((mention) => mention.values.map((value) => value.value));
  let changed: { english: string; index: number } | undefined;
  for (const match of en.matchAll(EN_PER)) {
    const size = EN_PER_SIZE.find(([pattern]) => pattern.test(match[1]!))?.[1];
    if (!size) continue;
    const kin = pers.filter((per) => per.kind === size.kind);
    if (kin.length === 0) continue;
    if (kin.some((per) => Math.abs(per.size - size.size) <= 1e-6 * per.size)) return undefined;
    // The English figure the rate belongs to, just before it, is the Korean figure unchanged.
    const figure = englishDigitNumbers(en.slice(Math.max(0, match.index - 32), match.index)).at(-1);
    if (figure && figure.values.some((value) => figures.some((korean) => Math.abs(korean - value.value) <= 1e-9 * Math.max(1, korean)))) changed ??= { english: match[0].trim(), index: match.index + match[0].length - match[0].trimStart().length };
  }
  return changed ? { korean: raw, ...changed } : undefined;
}

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!en.trim() || isCopy(ko, en)) return;
      const unit = /[근돈냥리당]|[A-Za-z]/.test(ko) && /\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|half|per)\b/i.test(en) ? unitMismatch(ko, en) : undefined;
      if (unit) {
        context.report({ messageId: 'unit', data: { korean: unit.korean, english: unit.english }, side: 'en', range: [unit.index, unit.index + unit.english.length] });
        return;
      }
      // A paragraph holds many amounts of many things; only a sentence is read.
      if (!isShortSentence(ko)) return;
      // "Only children can take it" for 어린이도 (children too): an "only" the Korean never says narrows the claim.
      const only = /only/i.test(en) ? EN_ONLY.exec(en) : null;
      if (only && !KO_ONLY.test(ko) && KO_ALSO.exec(ko)) {
        context.report({ messageId: 'onlyAdded', data: { english: only[0], korean: KO_ALSO.exec(ko)![0] }, side: 'en', range: [only.index, only.index + only[0].length] });
        return;
      }
      if (!ANY_KOREAN.test(ko)) return;
      for (const axis of AXES) {
        // Both classes (대부분 … 일부), or none: nothing one-sided to compare.
        const inKorean = koreanClass(axis, ko);
        if (!inKorean) continue;
        const { cls: amount, korean } = inKorean;
        if (amount.english.test(en)) continue;
        const english = amount.against.exec(en);
        if (!english || EN_HEDGED_BEFORE.test(en.slice(Math.max(0, english.index - 12), english.index))) continue;
        context.report({
          messageId: 'changed',
          data: { korean: korean[0].trim(), amount: amount.name, english: english[0] },
          side: 'en',
          range: [english.index, english.index + english[0].length],
        });
        return;
      }
    },
  };
}
