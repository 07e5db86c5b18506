// Units of measure on both sides, read as amounts in one base unit per dimension (metres, grams, square metres,
// litres, metres per second, degrees Celsius), so that a conversion can be checked by value: 800㎞ is "about 500
// miles", 175㎝ "5 foot 9", 영하 12도 "10 degrees Fahrenheit"; 3.2㎏ is not "about 5 lb", 32평 not "320 square metres".
// An English figure is compared with the tolerance its own writing allows: the half step of its last significant
// digit (a rounded "500 miles", "a mile"), widened by a hedge ("about", "some", "nearly", "more than").
import type { Range } from '../checks/types.js';
import type { NumberMention } from './numbers.js';

export type Dimension = 'length' | 'mass' | 'area' | 'volume' | 'temperature' | 'speed' | 'pressure';

export interface Unit {
  text: string;
  dimension: Dimension;
  /** Size in the dimension's base unit; temperature: 1 for Celsius, 2 for Fahrenheit (a label, see `toBase`). */
  factor: number;
}

// Session 9: a bare C or F after a figure may be glued to it ("35C (95F)"), as headlines and weather lines write it.
// [dimension, size, Korean forms, English forms]; longer forms first (제곱미터 before 미터, square feet before feet,
// speeds before lengths).
const UNITS: [Dimension, number, string | undefined, string | undefined][] = [
  ['speed', 1 / 3.6, 'km/h|㎞/h|㎞/시', 'km/h|kph|kmh|km an hour|km per hour|kilomet(?:er|re)s? (?:per|an|a) hour'],
  ['speed', 1, 'm/s|㎧', 'm/s|met(?:er|re)s? (?:per|a) second'],
  ['speed', 0.44704, undefined, 'mph|miles? (?:per|an|a) hour'],
  ['speed', 0.514444, '노트', 'knots?'],
  ['area', 1, '제곱미터|평방미터|㎡|m²|m2(?![0-9])|sqm', 'square met(?:er|re)s?|sq\\.? ?m\\b|m²|sqm'],
  ['area', 1e6, '제곱킬로미터|평방킬로미터|㎢|km²', 'square kilomet(?:er|re)s?|sq\\.? ?km\\b|km²'],
  ['area', 0.092903, undefined, 'square (?:feet|foot)|sq\\.? ?ft\\b|ft²'],
  ['area', 2.58999e6, '제곱마일|평방마일', 'square miles?|sq\\.? ?mi\\b'],
  ['area', 3.3058, '평(?![가-힣])|평(?=[형대의을이에짜은는인으로과와도만까씩짜])', 'pyeong'],
  ['area', 1e4, '헥타르|㏊|ha\\b', 'hectares?|ha\\b'],
  ['area', 4046.86, '에이커', 'acres?'],
  ['volume', 1e3, '세제곱미터|입방미터|㎥|m³', 'cubic met(?:er|re)s?|m³'],
  ['volume', 1e-3, '밀리리터|㎖|ml|mL|㏄|cc(?![A-Za-z])', 'millilit(?:er|re)s?|ml|mL|cc'],
  ['volume', 1, '리터|ℓ|L(?![A-Za-z])', 'lit(?:er|re)s?|L(?![A-Za-z])'],
  ['volume', 3.78541, '갤런', 'gallons?'],
  ['volume', 0.473176, undefined, 'pints?'],
  ['volume', 0.946353, undefined, 'quarts?'],
  ['volume', 0.0295735, undefined, 'fluid ounces?|fl\\.? oz'],
  ['temperature', 1, '℃|°C|°(?![F])|도(?![가-힣])|도(?=[가는를로에의와씩까이였를]|다(?![가-힣])|안팎|이상|이하|가량|내외|정도)', '[Dd]egrees? (?:[Cc]elsius|[Cc]entigrade|C\\b)|°\\s?C\\b|[Cc]elsius|[Cc]entigrade|(?<=^\\s?)C(?=[\\s).,;/]|$)'],
  ['temperature', 2, '℉|°F', '[Dd]egrees? (?:[Ff]ahrenheit|F\\b)|°\\s?F\\b|[Ff]ahrenheit|(?<=^\\s?)F(?=[\\s).,;/]|$)'],
  ['length', 1e-3, 'mm|㎜|밀리미터|밀리(?!리터|그램|초|언)', 'millimet(?:er|re)s?|mm'],
  ['length', 1e-2, 'cm|㎝|센티미터|센티', 'centimet(?:er|re)s?|cm'],
  ['length', 1e3, 'km|킬로미터|㎞', 'kilomet(?:er|re)s?|km|kph'],
  ['length', 1, 'm(?![A-Za-z²³2/])|미터', 'met(?:er|re)s?|m'],
  ['length', 1852, '해리', 'nautical miles?|nmi'],
  ['length', 1609.344, '마일', 'miles?|mph'],
  ['length', 0.3048, '피트', 'feet|foot|ft'],
  ['length', 0.0254, '인치', 'inch(?:es)?'],
  ['length', 0.9144, '야드', 'yards?|yds?'],
  ['mass', 1e3, 'kg|킬로그램|킬로(?!미터|리터)|㎏', 'kilograms?|kilos?|kgs?'],
  ['mass', 1e-3, 'mg|㎎|밀리그램', 'milligrams?|mg'],
  // "5G" is a network: the letter g is a gram only in lower case.
  ['mass', 1, 'g(?![A-Za-z])|그램', '[Gg]rammes?|[Gg]rams?|g'],
  ['mass', 1e6, 't(?![A-Za-z])|톤', 'tonnes?|tons?|t'],
  ['mass', 453.592, '파운드', 'pounds?|lbs?'],
  ['mass', 28.3495, '온스', 'ounces?|oz'],
  // Session 10: pressure (tyres, weather, diving), in pascals: 33psi is about 2.3 bar, never "33 bar".
  ['pressure', 6894.76, 'psi|PSI', 'psi|PSI|pounds? per square inch'],
  ['pressure', 1e5, 'bar(?![A-Za-z])', 'bars?'],
  ['pressure', 1e3, 'kPa|㎪|킬로파스칼', 'kPa|kilopascals?'],
  ['pressure', 1e6, 'MPa|㎫|메가파스칼', 'MPa|megapascals?'],
  ['pressure', 100, 'hPa|헥토파스칼', 'hPa|hectopascals?|millibars?'],
  ['pressure', 101325, '기압', 'atm|atmospheres?'],
];
const KO_UNITS = UNITS.filter(([, , ko]) => ko).map(([dimension, factor, ko]) => ({ dimension, factor, pattern: new RegExp(`^\\s?(?:${ko})(?![A-Za-z])`) }));
const EN_UNITS = UNITS.filter(([, , , en]) => en).map(([dimension, factor, , en]) => ({
  dimension,
  factor,
  // "a 30-square-meter flat": the words of a unit may be joined by hyphens.
  pattern: new RegExp(`^\\s?-?(?:${en!.replaceAll(' ', '[\\s-]')})(?![A-Za-z²³])`, /[A-Z]/.test(en!) ? '' : 'i'),
}));

export const KO_SIDE = 'ko';
export const EN_SIDE = 'en';

/** The unit written right after a figure ending at `at` (Korean: 화씨 35도 is Fahrenheit, 시속 100㎞ a speed). */
export function unitAfter(text: string, at: number, side: typeof KO_SIDE | typeof EN_SIDE, start = at): Unit | undefined {
  const after = text.slice(at, at + 24);
  for (const unit of side === KO_SIDE ? KO_UNITS : EN_UNITS) {
    const match = unit.pattern.exec(after);
    if (!match) continue;
    let { factor, dimension } = unit;
    if (side === KO_SIDE) {
      const before = text.slice(Math.max(0, start - 12), start);
      // 화씨 35도 is Fahrenheit; 섭씨 is the default.
      if (dimension === 'temperature' && /화씨\s?(?:영하\s?)?$/.test(before)) factor = 2;
      // 시속 100㎞ and 초속 45m are speeds.
      if (dimension === 'length') {
        const per = /(시|분|초)속\s?(?:최대\s?|최고\s?|약\s?)?$/.exec(before)?.[1];
        if (per) {
          dimension = 'speed';
          factor = factor / (per === '시' ? 3600 : per === '분' ? 60 : 1);
        }
      }
    }
    return { text: match[0].trim().replace(/^-/, ''), dimension, factor };
  }
  return undefined;
}

/** An amount in the unit's base (metres, grams, °C …). */
export function toBase(value: number, unit: Unit): number {
  if (unit.dimension === 'temperature') return unit.factor === 2 ? (value - 32) / 1.8 : value;
  return value * unit.factor;
}

/** A base amount shown in a unit, to three significant figures: "95 °F", "7.05 pounds". */
export function showIn(base: number, unit: Unit): string {
  const value = unit.dimension === 'temperature' ? (unit.factor === 2 ? base * 1.8 + 32 : base) : base / unit.factor;
  return `${Number(value.toPrecision(3))} ${unit.text}`;
}

export interface Measure {
  raw: string;
  range: Range;
  unit: Unit;
  /** The amount in the dimension's base unit. */
  base: number;
  /** Relative tolerance (absolute in °C for temperature) the figure's writing allows. */
  tolerance: number;
  /** Said with a hedge ("about 190°C", "500 miles or so"): a rounded figure, even in the Korean's own unit. */
  hedged: boolean;
}

// Words that say a figure is rounded or a bound: "about 500 miles", "some 270 miles", "nearly three inches".
const HEDGE_BEFORE = /(?:\b(?:about|around|roughly|approximately|approx\.|some|nearly|almost|close to|more than|over|just over|just under|under|less than|up to|at least|at most|an estimated|estimated|upwards of|in excess of|a little over|a little under|well over|or so)|~|≈)\s*(?:a\s|an\s)?$/i;
const HEDGE_AFTER = /^\s?(?:or so|plus|-plus)\b/i;
/** Widest relative rounding a figure of one significant digit is allowed ("a mile" for 1.5 ㎞ would be too far). */
const MAX_ROUNDING = 0.25;
const HEDGED = 0.12;
const CONVERTED = 0.03;
const CONVERTED_F = 0.02;

/** Half the place of the figure's last significant digit, relative to the figure: "500" 0.1, "26.2" 0.002; a whole place
 * for a single digit, which is as often cut as rounded ("6-foot waves" for 2 m, 6.6 ft). */
function relativeStep(raw: string, value: number): number {
  if (value === 0) return MAX_ROUNDING;
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(raw)?.[0].replace(/,/g, '');
  let step: number;
  if (!digits) step = 1; // a number word: whole units
  else if (digits.includes('.')) step = 10 ** -(digits.length - digits.indexOf('.') - 1);
  else step = 10 ** (/0*$/.exec(digits)![0].length);
  return Math.min(MAX_ROUNDING, (Math.abs(value) < 10 && step === 1 ? step : step / 2) / Math.abs(value));
}

/** Session 9: an English amount said with a hedge ("about 100 yards", "500 miles or so"). */
export function isHedged(text: string, range: Range): boolean {
  return hedgedAt(text, range[0], range[1]);
}

function hedgedAt(text: string, start: number, end: number): boolean {
  return HEDGE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || HEDGE_AFTER.test(text.slice(end, end + 8));
}

const ORDINAL_WORD = /^(?:first|second|third|[a-z-]*(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|ieth|dredth|sandth|lionth))$/i;
const RANGE_TO = /^\s?(?:-|–|—|to|or|and|~)\s?(?:[\d.,]+|\w+)(?=\s?-?[A-Za-z°²])/i;
// A dash after a figure opens the range's second end ("32–50°F"), not a minus sign.
const NEGATIVE_BEFORE = /(?:\bminus|\bnegative|(?<![\d%°]\s?)[-−–])\s?$/i;
const WORD_FEET = 'one|two|three|four|five|six|seven|eight|nine|ten';
const WORD_INCHES = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven';
const FEET_INCHES = new RegExp(
  `\\b(\\d|${WORD_FEET})(?:\\s?-?\\s?(?:feet|foot|ft\\.?)|\\s?['’′])[\\s,-]*(?:and\\s)?(\\d{1,2}|${WORD_INCHES})(?:\\s?-?\\s?(?:inch(?:es)?|in\\b\\.?)|\\s?(?:["”″]|''))?(?!\\d|\\.\\d)`,
  'gi',
);
const SMALL_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 };
// "roughly a mile", "half a kilometre", "a third of a mile", "an inch": one unit, or a share of one, with no figure.
const SHARES: Record<string, number> = { half: 0.5, third: 1 / 3, quarter: 0.25, 'two thirds': 2 / 3, 'three quarters': 0.75 };
const ONE_UNIT = /\b(?:(half)\s+an?|(?:an?|one)[\s-]+(third|quarter)\s+of\s+an?|(two[\s-]+thirds|three[\s-]+quarters|half)\s+of\s+an?|an?|one)\s+(?=(?:mile|kilomet(?:er|re)|met(?:er|re)|foot|inch|yard|pound|kilogram|kilo|ounce|gallon|lit(?:er|re)|acre|hectare|ton(?:ne)?)\b)/gi;

/**
 * English figures with a unit: each digit or word mention followed by a unit (or the first figure of a range whose
 * second has one: "6 to 8 inches"), feet and inches as one height ("5 foot 9", "6-foot-3", "5'9\""), and one unit
 * with no figure ("roughly a mile").
 */
export function englishMeasures(text: string, mentions: readonly NumberMention[], limit = Infinity): Measure[] {
  const measures: Measure[] = [];
  const heights: Range[] = [];
  if (/\d\s?['’′]|feet|foot|ft\b/i.test(text)) {
    for (const match of text.matchAll(FEET_INCHES)) {
      const feet = SMALL_WORDS[match[1]!.toLowerCase()] ?? Number(match[1]);
      const inches = SMALL_WORDS[match[2]!.toLowerCase()] ?? Number(match[2]);
      if (inches > 11) continue;
      const range: Range = [match.index, match.index + match[0].length];
      // More amounts than the caller compares: none (the search below is pairwise).
      if (heights.push(range) > limit) return [];
      const unit: Unit = { text: 'inches', dimension: 'length', factor: 0.0254 };
      const total = feet * 12 + inches;
      const hedged = hedgedAt(text, range[0], range[1]);
      measures.push({ raw: match[0], range, unit, base: total * 0.0254, tolerance: Math.max(CONVERTED, 0.5 / total, hedged ? HEDGED : 0), hedged });
    }
  }
  for (const mention of mentions) {
    if (mention.kind === 'percent' || mention.kind === 'points' || mention.kind === 'hour' || mention.kind === 'month') continue;
    // Session 13: an ordinal counts no amount ("15 meters per second and 3-meter waves" holds no "second and 3 meters").
    if (ORDINAL_WORD.test(mention.raw)) continue;
    const [start, end] = mention.range;
    if (heights.some(([from, to]) => start >= from && end <= to)) continue;
    // "20 below zero Celsius": the zero is part of the 20's sign.
    if (mention.values[0]!.value === 0 && /below\s+$/i.test(text.slice(Math.max(0, start - 8), start))) continue;
    let unit = unitAfter(text, end, EN_SIDE);
    if (!unit) {
      const range = RANGE_TO.exec(text.slice(end, end + 24));
      if (range) unit = unitAfter(text, end + range[0].length, EN_SIDE);
    }
    if (!unit) continue;
    // "pounds" after a currency sign or before "sterling" is money.
    if (unit.dimension === 'mass' && /pound/i.test(unit.text) && (mention.currency === 'GBP' && /£\s?$/.test(text.slice(Math.max(0, start - 2), start)) || /^\s?pounds?\s+sterling/i.test(text.slice(end, end + 20)))) continue;
    let value = mention.values[0]!.value;
    const unitEnd = end + (text.slice(end).indexOf(unit.text) + unit.text.length);
    if (unit.dimension === 'temperature' && (NEGATIVE_BEFORE.test(text.slice(Math.max(0, start - 10), start)) || /^[^.]{0,4}below (?:zero|freezing)/i.test(text.slice(unitEnd, unitEnd + 20)))) value = -value;
    const hedged = hedgedAt(text, start, unitEnd);
    const base = toBase(value, unit);
    const tolerance =
      unit.dimension === 'temperature'
        ? // Oven and weather conversions round to the nearest 5 or 25 °F: 180 °C is "350 °F" (356), 220 °C "425 °F".
          Math.max(1, (Math.max(relativeStep(mention.raw, value), CONVERTED_F) * Math.abs(value)) / (unit.factor === 2 ? 1.8 : 1)) + (hedged ? 1 : 0)
        : Math.max(CONVERTED, relativeStep(mention.digits ? mention.raw : '', value), hedged ? HEDGED : 0);
    if (measures.push({ raw: text.slice(start, unitEnd), range: [start, unitEnd], unit, base, tolerance, hedged }) > limit) return [];
  }
  for (const match of text.matchAll(ONE_UNIT)) {
    const end = match.index + match[0].length;
    const unit = unitAfter(text, end, EN_SIDE);
    if (!unit) continue;
    const share = match[1] ?? match[2] ?? match[3];
    let range: Range = [match.index, end + text.slice(end).indexOf(unit.text) + unit.text.length];
    let value = share ? SHARES[share.toLowerCase().replace(/[\s-]+/, ' ')]! : 1;
    // "a mile and a half", "a foot and a quarter".
    const more = /^\s+and\s+a\s+(half|quarter)\b/i.exec(text.slice(range[1], range[1] + 16));
    if (more && !share) {
      value += SHARES[more[1]!.toLowerCase()]!;
      range = [range[0], range[1] + more[0].length];
    }
    const hedged = hedgedAt(text, range[0], range[1]);
    measures.push({ raw: text.slice(range[0], range[1]), range, unit, base: toBase(value, unit), tolerance: Math.max(MAX_ROUNDING, hedged ? HEDGED : 0), hedged });
  }
  return joinCompounds(text, measures);
}

/** "7 pounds 8 ounces", "1 meter 80 centimeters": two amounts of one kind, the second in a smaller unit, are one amount. */
function joinCompounds(text: string, measures: Measure[]): Measure[] {
  if (measures.length < 2) return measures;
  measures.sort((a, b) => a.range[0] - b.range[0]);
  const joined: Measure[] = [];
  for (let i = 0; i < measures.length; i++) {
    const first = measures[i]!;
    const second = measures[i + 1];
    if (
      second &&
      second.unit.dimension === first.unit.dimension &&
      first.unit.dimension !== 'temperature' &&
      second.unit.factor < first.unit.factor &&
      /^[\s,]*(?:and\s+)?$/.test(text.slice(first.range[1], second.range[0]))
    ) {
      const base = first.base + second.base;
      joined.push({ raw: text.slice(first.range[0], second.range[1]), range: [first.range[0], second.range[1]], unit: second.unit, base, tolerance: Math.max(CONVERTED, (second.tolerance * second.base) / base), hedged: first.hedged || second.hedged });
      i++;
    } else joined.push(first);
  }
  return joined;
}

/** Whether a Korean amount (in base units) is what the English measure says, within the English figure's rounding. */
export function measureMatches(base: number, measure: Measure, koreanHedged = false): boolean {
  if (measure.unit.dimension === 'temperature') {
    const allowed = measure.tolerance + (koreanHedged ? 1 : 0);
    // The sign is the sign check's finding: 영하 5도 as "5 degrees Celsius" is reported there.
    return Math.abs(base - measure.base) <= allowed || (measure.unit.factor === 1 && Math.abs(Math.abs(base) - Math.abs(measure.base)) <= allowed);
  }
  const allowed = Math.max(measure.tolerance, koreanHedged ? HEDGED : 0);
  return Math.abs(base - measure.base) <= allowed * Math.max(Math.abs(base), Math.abs(measure.base)) + 1e-12;
}

const KO_HEDGE_BEFORE = /(?:약|대략|최대|최고|최소|무려|거의|한)\s?$/;
const KO_HEDGE_AFTER = /^\s?(?:[가-힣]{0,2}\s?)?(?:여|가량|안팎|내외|정도|쯤|이상|이하|넘|남짓|미만|초과|가까이)/;

/** A Korean figure hedged by 약, 가량, 이상, 넘는 …: the English may round it further. */
export function koreanHedged(text: string, start: number, end: number, unitText: string): boolean {
  const after = text.slice(end + unitText.length + (text.slice(end, end + 2).startsWith(' ') ? 1 : 0), end + unitText.length + 10);
  return KO_HEDGE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || KO_HEDGE_AFTER.test(after);
}

/** Two unit sizes are the same up to float error (1000/3600 and 1/3.6). */
export function sameSize(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

// ───────────────────────────── Traditional Korean units ─────────────────────────────
// 한 근 (600 g of meat, 375 g of fruit or vegetables), 금 한 돈 (3.75 g), 한 냥 (37.5 g), 10리 (about 393 m each),
// after a figure or a native count. One reader for the validator: quantity-mismatch reports a wrong conversion ("a
// pound" for 한 근), number-mismatch leaves these amounts to it. The English may keep the unit (geun, don, li) or give
// an amount of the same kind within 15 % of one of the unit's readings.
const NATIVE_COUNT: Record<string, number> = { 한: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10, 반: 0.5 };
const KO_COUNT = String.raw`(\d+(?:,\d{3})*(?:\.\d+)?|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|반)\s?`;
interface TraditionalUnit {
  /** The Korean unit after a count. */
  korean: RegExp;
  /** One unit in the base unit (grams, metres), by reading. */
  values: readonly number[];
  dimension: 'mass' | 'length';
  /** The unit kept in English. */
  kept: RegExp;
  /** Context the Korean must hold (돈 is money elsewhere). */
  context?: RegExp;
}
const TRADITIONAL_UNITS: readonly TraditionalUnit[] = [
  { korean: new RegExp(`(?<![가-힣\\d])${KO_COUNT}근(?![가-힣])|(?<![가-힣\\d])${KO_COUNT}근(?=[을이은도씩에의만짜])`), values: [600, 375], dimension: 'mass', kept: /\bgeun\b|\bkeun\b/i },
  { korean: new RegExp(`(?<![가-힣\\d])${KO_COUNT}돈(?![가-힣])|(?<![가-힣\\d])${KO_COUNT}돈(?=[을이은도씩에의만짜쭝])`), values: [3.75], dimension: 'mass', kept: /\bdon\b/i, context: /금|은반지|순금|골드|귀금속|반지|팔찌|목걸이/ },
  { korean: new RegExp(`(?<![가-힣\\d])${KO_COUNT}냥(?![가-힣])|(?<![가-힣\\d])${KO_COUNT}냥(?=[을이은도씩에의만짜])`), values: [37.5], dimension: 'mass', kept: /\bnyang\b/i, context: /금|은|순금|골드|귀금속/ },
  { korean: new RegExp(`(?<![가-힣\\d])${KO_COUNT}리(?=[를도길쯤나씩]?(?![가-힣]))`), values: [392.7], dimension: 'length', kept: /\b(?:li|ri)\b/i, context: /걸어|걸었|걸은|걷|떨어진|떨어져|길을|거리|달려|뛰어|행군/ },
];
const TRADITIONAL_HINT = /[근돈냥리]/;

export interface TraditionalAmount {
  raw: string;
  range: Range;
  /** The amount in base units, one per reading of the unit. */
  amounts: number[];
  dimension: 'mass' | 'length';
  /** The English keeps the Korean unit (2 geun): the figure itself must match. */
  keptInEnglish: boolean;
}

/** The first amount of each traditional unit in the Korean (where its context holds). */
export function traditionalAmounts(ko: string, en: string): TraditionalAmount[] {
  if (!TRADITIONAL_HINT.test(ko)) return [];
  const found: TraditionalAmount[] = [];
  for (const unit of TRADITIONAL_UNITS) {
    const match = unit.korean.exec(ko);
    if (!match || (unit.context && !unit.context.test(ko))) continue;
    const figure = (match[1] ?? match[2])!;
    const count = NATIVE_COUNT[figure] ?? Number(figure.replace(/,/g, ''));
    found.push({ raw: match[0].trim(), range: [match.index, match.index + match[0].trimEnd().length], amounts: unit.values.map((value) => count * value), dimension: unit.dimension, keptInEnglish: unit.kept.test(en) });
  }
  return found;
}

const EN_NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, half: 0.5, 'half a': 0.5 };
const EN_AMOUNT = /\b(\d+(?:,\d{3})*(?:\.\d+)?|half an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)[\s-]+((?:[a-z]+\s+){0,1}?)([a-z]+)\b/gi;

/** English amounts of the traditional amount's kind, each right (within 15 % of a reading) or not. */
export function traditionalEnglish(amount: TraditionalAmount, en: string): { text: string; range: Range; right: boolean }[] {
  const out: { text: string; range: Range; right: boolean }[] = [];
  for (const match of en.matchAll(EN_AMOUNT)) {
    const raw = match[1]!.toLowerCase();
    const count = EN_NUMBER_WORDS[raw] ?? (raw.startsWith('half') ? 0.5 : Number(raw.replace(/,/g, '')));
    const unit = unitAfter(en, match.index + match[0].length - match[3]!.length, EN_SIDE);
    if (unit?.dimension !== amount.dimension) continue;
    const value = toBase(count, unit);
    out.push({ text: match[0], range: [match.index, match.index + match[0].length], right: amount.amounts.some((expected) => Math.abs(value - expected) <= 0.15 * expected) });
  }
  return out;
}
