// Numbers as values, so that a Korean figure and its English rendering meet on one key:
// 1조2000억 ↔ 1.2 trillion, 3만 ↔ 30,000, 3.5% ↔ 3.5 percent, 2025년 ↔ 2025.

/** Korean group units: each multiplies everything before it back to the previous group unit. */
const KO_GROUP: Record<string, number> = { 만: 1e4, 억: 1e8, 조: 1e12, 경: 1e16 };
/** Korean units inside a group: 2천 = 2000, 3백 = 300. */
const KO_SMALL: Record<string, number> = { 천: 1e3, 백: 1e2, 십: 10 };

const EN_SCALE: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  tr: 1e12,
};

const EN_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000, dozen: 12, half: 0.5,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  once: 1, twice: 2, double: 2, triple: 3,
};

/** A number found in text: its value, and whether it was written with digits. */
export interface FoundNumber {
  value: number;
  /** `false` for spelled-out English words ("three"), which translations use loosely. */
  digits: boolean;
}

/** Key two equal figures share: the value rounded to three significant digits. */
export function numberKey(value: number): string {
  if (value === 0) return '0';
  return Number(value.toPrecision(3)).toString();
}

const digitsRe = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const parseDigits = (text: string): number => Number(text.replace(/,/g, ''));

// A run of Korean number groups: "1조2000억", "1조 2000억", "1천200억", "3만", "2천만", "5천".
// Later groups carry a unit, or follow one with no space ("8만1000원"), so "3만 2명" is not 30,002.
const koRunRe = new RegExp(
  String.raw`(?:${digitsRe})(?:\s?[천백십만억조경])*(?:\s?(?:${digitsRe})(?:\s?[천백십만억조경])+)*(?:(?<=[천백십만억조경])(?:${digitsRe}))?`,
  'gu',
);

/** Native Korean numerals, as written before a counter ("두 명", "세 차례", "석 점"). */
const KO_NATIVE_UNITS: Record<string, number> = { 한: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9 };
/** Native tens; with a unit written after them, no space: "여든한 살" 81, "서른두 명" 32, "열다섯 개" 15. */
const KO_NATIVE_TENS: Record<string, number> = { 열: 10, 스물: 20, 서른: 30, 마흔: 40, 쉰: 50, 예순: 60, 일흔: 70, 여든: 80, 아흔: 90 };
const KO_NATIVE: Record<string, number> = {
  ...KO_NATIVE_UNITS, 석: 3, 넉: 4, 스무: 20,
  ...KO_NATIVE_TENS,
  ...Object.fromEntries(
    Object.entries(KO_NATIVE_TENS).flatMap(([ten, tens]) => Object.entries(KO_NATIVE_UNITS).map(([unit, units]) => [`${ten}${unit}`, tens + units])),
  ),
};
/** Counters a native numeral stands before. */
const KO_COUNTERS =
  '명|개|개월|번|차례|점|골|살|시간|가지|곳|건|척|대|마리|권|잔|경기|표|발|회|해|배|가구|팀|개국|나라|채|장|편|종|쌍|사람|달|주|계단|단계';
/**
 * A native numeral, a space, a counter, then no more of the word than a particle or 째: "두 명이",
 * "세 번째", "한 점도". The space is required (standard spelling): without it 세계, 세대, 한국 would count.
 */
const koNativeRe = new RegExp(
  String.raw`(?<![가-힣])(${Object.keys(KO_NATIVE).sort((a, b) => b.length - a.length).join('|')})\s(?:${KO_COUNTERS})째?(?=[이가은는을를의에도만씩과와로인]|[^가-힣]|$)`,
  'gu',
);

/**
 * Native words for a count of days, which English writes as a figure ("사흘 만에" ↔ "three days
 * after", "나흘째" ↔ "for a fourth day", "열흘간" ↔ "for 10 days"). 하루 (one day) is left out: it
 * is as often "daily" or "a day" as a count, and 이레, 보름 are rare or loose (a fortnight).
 */
const KO_DAYS: Record<string, number> = { 이틀: 2, 사흘: 3, 나흘: 4, 닷새: 5, 엿새: 6, 열흘: 10 };
const koDaysRe = new RegExp(String.raw`(?<![가-힣])(${Object.keys(KO_DAYS).join('|')})(?=[간째만에은는을이도동부과의]|[^가-힣]|$)`, 'gu');

/**
 * Every figure in Korean text, with Korean units folded into the value; native numerals before a
 * counter ("두 명" 2, "세 번째" 3) are marked `digits: false`, like spelled-out English.
 */
export function koreanNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const match of text.matchAll(koRunRe)) {
    const value = foldKoreanRun(match[0]);
    if (Number.isFinite(value)) found.push({ value, digits: true });
  }
  for (const match of text.matchAll(koNativeRe)) found.push({ value: KO_NATIVE[match[1]!]!, digits: false });
  for (const match of text.matchAll(koDaysRe)) found.push({ value: KO_DAYS[match[1]!]!, digits: false });
  return found;
}

function foldKoreanRun(run: string): number {
  let total = 0;
  let group = 0;
  let current = 0;
  const tokens = run.match(new RegExp(`${digitsRe}|[천백십만억조경]`, 'gu')) ?? [];
  for (const token of tokens) {
    if (token in KO_GROUP) {
      group += current;
      total += (group === 0 ? 1 : group) * KO_GROUP[token]!;
      group = 0;
      current = 0;
    } else if (token in KO_SMALL) {
      group += (current === 0 ? 1 : current) * KO_SMALL[token]!;
      current = 0;
    } else {
      group += current;
      current = parseDigits(token);
    }
  }
  return total + group + current;
}

const enBareFractionRe = /(?<![\w.,])\.(\d{3})(?![\d.,])/g;
const enNumberRe = new RegExp(
  String.raw`(?<![\w.])(${digitsRe})(?:(st|nd|rd|th|s)\b)?(?:\s?-?(hundred|thousand|million|billion|trillion|mn|bn|tn|tr|m|b)\b)?`,
  'giu',
);
const enWordRe = new RegExp(String.raw`\b(${Object.keys(EN_WORDS).join('|')})\b(?:[\s-]+(hundred|thousand|million|billion|trillion)\b)?`, 'giu');

/** Every figure in English (or any Latin-script) text; spelled-out words are marked `digits: false`. */
export function englishNumbers(text: string, options: { words?: boolean } = {}): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const match of text.matchAll(enNumberRe)) {
    const scale = match[3] ? EN_SCALE[match[3].toLowerCase()] ?? 1 : 1;
    found.push({ value: parseDigits(match[1]!) * scale, digits: true });
  }
  // A fraction written without its zero, as batting averages are (".417" ↔ 타율 0.417).
  for (const match of text.matchAll(enBareFractionRe)) found.push({ value: Number(`0.${match[1]!}`), digits: true });
  if (options.words !== false) {
    for (const match of text.matchAll(enWordRe)) {
      const scale = match[2] ? EN_SCALE[match[2].toLowerCase()] ?? 1 : 1;
      found.push({ value: EN_WORDS[match[1]!.toLowerCase()]! * scale, digits: false });
    }
  }
  return found;
}
