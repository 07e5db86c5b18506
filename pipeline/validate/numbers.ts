// Numbers in Korean and English text, read as values so that `1조 2천억` and `1.2 trillion` compare equal.
// Each mention carries alternatives (a bare `3시` may be 3 or 15 o'clock; `30평` may appear as 99 m²),
// and two mentions match when any alternative of one is close enough to any of the other.
import type { Range } from '../checks/types.js';
import { memoByText } from './memo.js';

export type NumberKind = 'plain' | 'percent' | 'points' | 'money' | 'month' | 'day' | 'year' | 'hour' | 'word';

export interface Alternative {
  value: number;
  /** Relative tolerance: 0 for exact, 0.03 for a rounded unit conversion (평 → m²). */
  tolerance: number;
}

export interface NumberMention {
  raw: string;
  range: Range;
  kind: NumberKind;
  values: Alternative[];
  /** ISO-like currency code when the mention is money. */
  currency?: string;
  /** Scale factor written after the digits (억 = 1e8, million = 1e6); 1 when none. */
  scale: number;
  /** English: half the last written digit's place, for a rounded figure such as `1.23 trillion`. */
  roundingStep?: number;
  /** Korean `1`: English often writes it as an article ("a man", "per person"). */
  implicit?: boolean;
  /** English that renders this Korean number by a word of its own (16진수 → "hexadecimal"). */
  alsoMatches?: RegExp;
  /** Written as digits (English mentions only; words such as "one" never count as extra). */
  digits: boolean;
}

const exact = (value: number): Alternative => ({ value, tolerance: 0 });
const approx = (value: number): Alternative => ({ value, tolerance: 0.03 });

function parseDigits(text: string): number {
  return Number(text.replace(/[,\s]/g, ''));
}

// ───────────────────────────── Korean ─────────────────────────────

const KO_BIG: Record<string, number> = { 만: 1e4, 억: 1e8, 조: 1e12, 경: 1e16 };
const KO_SMALL: Record<string, number> = { 십: 10, 백: 100, 천: 1000 };

// A Korean number is read as groups: a coefficient built of parts (digits, then 십/백/천: `2천500`, `1,234`, `3.5`)
// followed by 만/억/조/경. `경` only before a non-word (`1경 원`), never as in `10시경` or `1경기`.
// Session 8: a 십/백/천 after a space is a multiplier only where no word goes on from it (코로나19 백신 is a vaccine).
const KO_PART = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:(?!\s[십백천](?![만억조여])[가-힣])\s?([십백천]))?/y;
const KO_BIG_UNIT = /(만)|\s?([억조]|경(?![가-힣]))/y;

// Session 12: a year may be abbreviated with an apostrophe ('24.9.23. for 2024-09-23), as notices write it.
const KO_DATE = /(?<![\d.])(\d{4}|['’‘]\d{2})\s?[.\-/]\s?(\d{1,2})\s?[.\-/]\s?(\d{1,2})(?![\d])\.?/g;
// Named days such as 6·25 (the Korean War), 5·18, 12·3, 3·1절: English names the event, not the date. A month·day
// with the middle dot is always such a name; with a period (5.18) only before an event word.
const KO_EVENT_DATE = /(?<![\d.])(?:1[0-2]|0?[1-9])[·ㆍ](?:[12]\d|3[01]|0?[1-9])(?![\d%])|(?<![\d.])(\d{1,2})\s?[.]\s?(\d{1,2})(?=\s?(?:전쟁|사변|사태|운동|민주|혁명|항쟁|절|선언|대책|테러|참사|합의|공동|조치|의거|정신|특별))/g;

const NATIVE_UNITS: Record<string, number> = { 한: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9 };
const NATIVE_TENS: Record<string, number> = { 열: 10, 스무: 20, 스물: 20, 서른: 30, 마흔: 40, 쉰: 50, 예순: 60, 일흔: 70, 여든: 80, 아흔: 90 };
// Native day counts, one word each: 사흘 "three days", 열흘 "ten days". 하루 (one) and 보름 ("two weeks", "half
// a month") are left out.
const DAY_COUNTS: Record<string, number> = { 이틀: 2, 사흘: 3, 나흘: 4, 닷새: 5, 엿새: 6, 이레: 7, 여드레: 8, 아흐레: 9, 열흘: 10 };

/** Whether a mention is a native count of days (사흘, 열흘). */
export function isDayCount(raw: string): boolean {
  return Object.hasOwn(DAY_COUNTS, raw);
}
const KO_DAY_COUNT = /(?<![가-힣])(이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘)(?=[\s.,]|$|[째간만동에의은는을를이가도부연쯤께여나로씩]|까지|밖에|정도|가량)/g;
// Session 13: and a recipe's measures (두 큰술, 세 컵, 네 조각).
const COUNTERS = '명|사람|개|가지|번|차례|곳|군데|살|시|시간|달|개월|마리|권|대|잔|장|척|채|벌|그루|배|분|주|주일|해|편|통|켤레|송이|자루|쪽|줄|끼|건|팀|나라|종류|단계|가구|층|큰술|작은술|스푼|숟가락|컵|공기|그릇|줌|조각|포기|봉지|모금';
// Found in two steps for speed: a word that can start a native numeral, then the full shape from there.
const KO_NATIVE_START = /(?<![가-힣A-Za-z0-9])(?:열|스무|스물|서른|마흔|쉰|예순|일흔|여든|아흔|한|두|세|네|다섯|여섯|일곱|여덟|아홉|서너|너덧|대여섯|예닐곱|[석넉닷엿](?=\s?[달잔장자되말냥돈섬푼]))/g;
// Particles after a counter: 두 개까지, 세 명부터, 다섯 권씩.
const COUNTER_PARTICLES = '째|이|가|을|를|의|에|은|는|도|만|씩|과|와|로|이나|쯤|여|간|당|까지|부터|마다|밖에|뿐|보다|이상|이하|이내|가량|정도|짜리';
const KO_NATIVE = new RegExp(
  `(열|스무|스물|서른|마흔|쉰|예순|일흔|여든|아흔)?(한두|두세|서너|네다섯|너덧|대여섯|예닐곱|한|두|세|네|다섯|여섯|일곱|여덟|아홉)?\\s?(?=(?:${COUNTERS})(?![가-힣])|(?:${COUNTERS})(?:${COUNTER_PARTICLES}))`,
  'y',
);
// Approximate native numerals give two values (한두 명 "one or two", 서너 개 "three or four"): either may be in the English.
// 쉰 is also a verb (쉰다 "rests") and an adjective (쉰 목소리 "a hoarse voice"): it needs a particle of its own.
const KO_NATIVE_TENS_ALONE = /(?<![가-힣])(?:(스물|서른|마흔|쉰|예순|일흔|여든|아흔)(하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉)?|(열)(하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉))(?=(?:을|이|은|에|의|도|쯤|께|즈음|무렵|이나|밖에|이면|이라|인데|이던|이었|이다)(?![가-힣])|(?:을|이|은|에|의|도|께|쯤)\s|(?:을|이)\s?(?:넘|바라|앞두|코앞|훌쩍|갓)|\s?(?:넘|줄|고개|문턱|중반|초반|후반|언저리|가까이|대\s|대에|대의|대가|대는)|\s?(?:이\s?)?(?:다\s?되|넘|가까))/g;
const NATIVE_ALONE_UNITS: Record<string, number> = { 하나: 1, 둘: 2, 셋: 3, 넷: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9 };
const NATIVE_PAIRS: Record<string, [number, number]> = { 한두: [1, 2], 두세: [2, 3], 서너: [3, 4], 네다섯: [4, 5], 너덧: [4, 5], 대여섯: [5, 6], 예닐곱: [6, 7] };
// The old forms of three and four before a few counters (석 달 "three months", 넉 잔), and 닷/엿 (five, six) before
// measures; elsewhere 석 and 대 are words (석 교수, 대 국민). 서/너 (서 말) are left out: 너 말이야 is "you".
const KO_NATIVE_OLD = /(석|넉|닷|엿)\s?(?=(?:달|잔|장|자|되|말|냥|돈|섬|푼)(?:$|[\s.,]|까지|부터|만|간|이|을|의|에|은|는|도|씩|째))/y;
const NATIVE_OLD: Record<string, number> = { 석: 3, 넉: 4, 닷: 5, 엿: 6 };
// Session 13: also 두 번 다시 before a denial ("never again"), and proverbs whose count is a figure of speech (열 번 찍어 안
// 넘어가는 나무 없다 "persistence pays off", 세 살 버릇 여든까지 간다).
const NATIVE_IDIOM = /^두\s?번\s?(?:다시\s?)?(?:생각할|생각하지|고민할|고민하지|볼)\s?(?:필요|것|게|거|일)?\s?(?:도|가|는)?\s?(?:없|않|말)|^두\s?번\s?다시\s(?:[가-힣]+\s){0,2}[가-힣]*?(?:안\s|않|못|없|말[아라고자])|^열\s?번\s?찍어|^세\s?살\s?(?:적\s?)?버릇/;
const NATIVE_LOOKALIKES = /^(?:세척|세분|열대|두통|두건)/;

// Session 13: also 시면 ("by 2 p.m."), 시가 넘어 ("after 3 p.m."), 시를 넘겨, 시엔, 시였다, 시야, 시입니다, 시예요, 시죠.
// Session 15: also before 만 ("only": 밤 10시만 넘으면 "after 10 p.m.") and 넘/지나 (past the hour).
const HOUR_AFTER = /^시(?![가-힣])|^시(?=[에부터까지쯤경께반이후전로은는도의면가를였야요다예지죠라인엔만]|입니|를\s?기해|\s?\d{1,2}분|\s?(?:넘|지나))/;

const HANGUL_DIGITS: Record<string, number> = { 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 칠: 7, 팔: 8, 구: 9 };
const HANGUL_SMALL: Record<string, number> = { 십: 10, 백: 100, 천: 1000 };
const HANGUL_BIG: Record<string, number> = { 만: 1e4, 억: 1e8, 조: 1e12 };
// Must hold 십/백/천 or 만/억/조 and end in one of them (일이삼 alone is not a number here), then a currency or counter
// (session 13: or an audience, 천만 관객 "10 million viewers", 천만 영화).
const KO_HANGUL_NUMERAL = new RegExp(
  `(?<![가-힣\\d])((?:[일이삼사오육칠팔구]?[십백천만억])(?:[일이삼사오육칠팔구]?[십백천만억조]|(?<=[만억조])\\s(?=[일이삼사오육칠팔구]?[십백천]))*)(?=\\s?(?:원|달러|엔(?![진])|위안|유로|파운드|${COUNTERS}|톤|가지|명분|회|표|년)(?![가-힣])|\\s?(?:원|달러|명|개|건|대|가구|톤|회|표)(?:이|가|을|를|의|에|은|는|도|씩|과|와|로|이나|쯤|여|대|당|어치|가량|정도|선|규모|짜리)|\\s?(?:관객|관중|관람객|조회수?|구독자|영화|배우)|\\s?년(?:째|간|만|동안|이나|도|을|이))`,
  'g',
);

const HANGUL_NUMERAL_LETTER = /[십백천만억]/;
const KO_HANGUL_NUMERAL_ONE = new RegExp(KO_HANGUL_NUMERAL.source);
const KO_DAY_COUNT_WORD = /이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘|일주일/;
/** Whether the text may hold a number written in Hangul only (천만 원, 사흘): a cheap gate before `koreanNumbers`. */
export function mayHaveHangulNumber(text: string): boolean {
  return (HANGUL_NUMERAL_LETTER.test(text) && KO_HANGUL_NUMERAL_ONE.test(text)) || KO_DAY_COUNT_WORD.test(text) || (text.includes('반') && KO_HALF_ONE.test(text)) || KO_AGE_WORD_ONE.test(text) || (text.includes('째') && KO_NATIVE_ORDINAL_ONE.test(text)) || (text.includes('보름') && KO_FORTNIGHT_ONE.test(text));
}

/** 천이백만 → 12,000,000; undefined when the letters do not form a number. */
function readHangulNumeral(word: string): number | undefined {
  let total = 0;
  let group = 0;
  let digit = 0;
  let lastBig = Infinity;
  for (const char of word) {
    if (char in HANGUL_DIGITS) {
      if (digit) return undefined;
      digit = HANGUL_DIGITS[char]!;
    } else if (char in HANGUL_SMALL) {
      group += (digit || 1) * HANGUL_SMALL[char]!;
      digit = 0;
    } else {
      const big = HANGUL_BIG[char]!;
      if (big >= lastBig) return undefined;
      total += (group + digit || 1) * big;
      group = 0;
      digit = 0;
      lastBig = big;
    }
  }
  return total + group + digit;
}

/** A decimal with no leading zero after a space, a bracket or an equals sign: "batting .340", "p = .16". */
const LEADING_DOT_DECIMAL = /(?<=^|[\s(=])\.(\d{1,4})\b/g;

const NEVER_AN_ARTICLE = new Set<NumberKind>(['hour', 'month', 'percent', 'points']);
const EN_TONIGHT = /\b(?:tonight|this evening|tomorrow night|tomorrow evening)\b/i;

export const koreanNumbers = memoByText(readKoreanNumbers);

function readKoreanNumbers(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  const taken: boolean[] = new Array(text.length).fill(false);
  const take = (start: number, end: number) => {
    for (let i = start; i < end; i++) taken[i] = true;
  };

  for (const match of text.matchAll(KO_DATE)) {
    const [, written, month, day] = match;
    // An apostrophe year is a notice's dotted date only ('24.9.23.), not a quoted string ('12-02-03).
    if (!/^\d/.test(written!) && /[-/]/.test(match[0])) continue;
    const year = /^\d/.test(written!) ? written! : String(2000 + Number(written!.slice(1)));
    const start = match.index;
    const end = start + match[0].length;
    if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) continue;
    mentions.push(koMention(match[0], [start, end], 'year', [exact(Number(year))]));
    mentions.push(koMention(match[0], [start, end], 'month', [exact(Number(month))]));
    mentions.push(koMention(match[0], [start, end], 'day', [exact(Number(day))]));
    take(start, end);
    // 2024.10.3~10.5: the end of a date range is a month and day, not 10.5.
    // Session 12: a weekday may stand between ('24.9.23.(월)~9.27.(금)), and the end may close with a period.
    const until = /^(?:\s?\([월화수목금토일]\))?\s?[~∼\-–]\s?(\d{1,2})\.\s?(\d{1,2})(?![\d])/.exec(text.slice(end, end + 16));
    if (until && Number(until[1]) >= 1 && Number(until[1]) <= 12 && Number(until[2]) >= 1 && Number(until[2]) <= 31) {
      const range: Range = [end, end + until[0].length];
      const raw = `${until[1]}.${until[2]}`;
      mentions.push(koMention(raw, range, 'month', [exact(Number(until[1]))]));
      mentions.push(koMention(raw, range, 'day', [exact(Number(until[2]))]));
      take(range[0], range[1]);
    }
  }
  for (const match of text.matchAll(KO_EVENT_DATE)) take(match.index, match.index + match[0].length);
  // Session 13: tenths, hundredths and thousandths (3할 "a .300 hitter", 2할 8푼 5리 ".285", 1할 "10 percent").
  if (text.includes('할')) {
    for (const match of text.matchAll(KO_TENTHS)) {
      const thousandths = Number(match[1]) * 100 + Number(match[2] ?? 0) * 10 + Number(match[3] ?? 0);
      const end = match.index + match[0].length;
      mentions.push(koMention(match[0], [match.index, end], 'plain', [exact(thousandths / 1000), exact(thousandths / 10)]));
      take(match.index, end);
    }
  }
  // Session 13: a height or distance in athletics written 2m 35 is one figure, 2.35 m.
  if (/\dm\s?\d/.test(text)) {
    for (const match of text.matchAll(KO_METERS_CENTIMETERS)) {
      const end = match.index + match[0].length;
      mentions.push(koMention(match[0], [match.index, end], 'plain', [exact(Number(match[1]) + Number(match[2]) / 100)]));
      take(match.index, end);
    }
  }
  // Session 16: a race time written 44초40 is one figure, 44.40 seconds.
  if (/\d초\d/.test(text)) {
    for (const match of text.matchAll(KO_SECONDS_HUNDREDTHS)) {
      const end = match.index + match[0].length;
      mentions.push(koMention(match[0], [match.index, end], 'plain', [exact(Number(`${match[1]}.${match[2]}`))]));
      take(match.index, end);
    }
  }
  // Session 13: a fraction with a slash before a measure (1/2큰술, 1/3컵) is "half a tablespoon", "a third of a cup".
  if (text.includes('/')) {
    for (const match of text.matchAll(KO_SLASH_FRACTION)) {
      const [numerator, denominator] = [Number(match[1]), Number(match[2])];
      if (numerator >= denominator) continue;
      const end = match.index + match[1]!.length + 1 + match[2]!.length;
      const mention = koMention(`${match[1]}/${match[2]}`, [match.index, end], 'plain', [exact(numerator / denominator)]);
      mention.alsoMatches = new RegExp(`(?<![\\d/])${numerator}/${denominator}(?![\\d/])|${numerator === 1 ? String.raw`\b(?:an?|one)[\s-]+` : `\\b(?:${WORD_NAMES[numerator]})[\\s-]+`}(?:${FRACTION_NAMES[denominator] ?? '(?!)'})\\b${denominator === 2 ? `|${HALF_WORDS.source}` : ''}`, 'i');
      mentions.push(mention);
      take(match.index, end);
    }
  }

  const digit = /\d/g;
  for (let match = digit.exec(text); match; match = digit.exec(text)) {
    const start = match.index;
    if (taken[start]) continue;
    // Inside a number already read, or after a dot as in `.17f`: the English side skips these too.
    if (start > 0 && /[\d.,]/.test(text[start - 1]!)) continue;
    const parsed = readKoreanNumber(text, start);
    if (!parsed) continue;
    digit.lastIndex = parsed.end;
    mentions.push(classifyKorean(text, start, parsed));
  }

  // Session 12: a decimal with no leading zero, as the English reads it (p=.16, 타율 .340).
  if (/(?:^|[\s(=])\.\d/.test(text)) {
    for (const match of text.matchAll(LEADING_DOT_DECIMAL)) {
      if (taken[match.index + 1]) continue;
      take(match.index, match.index + match[0].length);
      mentions.push(koMention(match[0], [match.index, match.index + match[0].length], 'plain', [exact(Number(`0.${match[1]}`))]));
    }
  }


  // Sino-Korean numerals written in Hangul (천만 원, 천이백만 명, 삼억 달러), read only before a currency or counter
  // so that words such as 천만다행 or 백화점 stay words.
  for (const match of HANGUL_NUMERAL_LETTER.test(text) ? text.matchAll(KO_HANGUL_NUMERAL) : []) {
    const start = match.index;
    const end = start + match[1]!.length;
    if (taken[start]) continue;
    // Session 14: 만 오천 원, said with a space after 만, is 15,000.
    const value = readHangulNumeral(match[1]!.replace(/\s/g, ''));
    if (value === undefined || value < 10) continue;
    // A lone 만/천/백/십 counts only before money or people (만 원, 천 명), where it cannot be a word.
    // Session 15: and before years (천년 수도 "capital for a thousand years", 십 년 만에 "after ten years").
    if (match[1]!.length === 1 && !/^\s?(?:원|달러|명)/.test(text.slice(end, end + 3)) && !(match[1] !== '만' && /^\s?년/.test(text.slice(end, end + 2)))) continue;
    // Session 9: 만원 before a crowd or a vehicle is "full" (滿員): 만원 관중 "a sellout crowd", 만원 버스.
    if (match[1] === '만' && /^원\s?(?:관중|사례|버스|열차|지하철|전철|객석|상태|을 이루|을 기록)/.test(text.slice(end, end + 8))) continue;
    // Session 9: no clock reads past 24: 이천시, 삼천시 before 시 are cities (Icheon), not hours.
    if (value > 24 && /^\s?시/.test(text.slice(end, end + 2))) continue;
    take(start, end);
    const scale = 10 ** Math.floor(Math.log10(value));
    mentions.push(classifyKorean(text, start, { value, end, scale }));
  }

  for (const start of text.matchAll(KO_NATIVE_START)) {
    KO_NATIVE_OLD.lastIndex = start.index;
    const old = KO_NATIVE_OLD.exec(text);
    if (old) {
      mentions.push(koMention(old[1]!, [old.index, old.index + old[1]!.length], 'word', [exact(NATIVE_OLD[old[1]!]!)]));
      continue;
    }
    KO_NATIVE.lastIndex = start.index;
    const match = KO_NATIVE.exec(text);
    if (!match) continue;
    const [whole, tens, unit] = match;
    if (!tens && !unit) continue;
    // 세대 (a generation, a household) and 세배 (a New Year's bow) are words; three of them are written 세 대, 세 배.
    if (whole === '세' && /^[대배]/.test(text.slice(match.index + 1))) continue;
    // Words that open like a numeral and a counter: 세척 (washing), 세분 (subdivision), 열대 (tropical), 두통 (headache).
    if (NATIVE_LOOKALIKES.test(text.slice(match.index, match.index + 3))) continue;
    // Session 10: a count in an idiom is no count: 두 번 생각할 필요도 없다 ("a no-brainer", "without a second thought").
    if (NATIVE_IDIOM.test(text.slice(match.index, match.index + 24))) continue;
    // Session 13: 삼시 세끼 ("three square meals", "every meal") is a set phrase.
    if (whole.startsWith('세') && /삼시\s?$/.test(text.slice(Math.max(0, match.index - 3), match.index))) continue;
    const end = match.index + whole.trimEnd().length;
    const pair = unit ? NATIVE_PAIRS[unit] : undefined;
    if (pair) {
      // Session 16: 한두 번이 아니다 ("more than once or twice", "many times") denies the count it names.
      if (/^[가-힣]{0,2}\s?[가-힣]*[이가]?\s?아니/.test(text.slice(end, end + 8))) continue;
      const base = tens ? NATIVE_TENS[tens]! : 0;
      mentions.push(koMention(whole.trim(), [match.index, end], 'word', pair.map((value) => exact(base + value))));
      continue;
    }
    const value = (tens ? NATIVE_TENS[tens]! : 0) + (unit ? NATIVE_UNITS[unit]! : 0);
    // 한 is as often "a", "some" or "about" as it is "one".
    if (value === 1) continue;
    mentions.push(koMention(whole.trim(), [match.index, end], 'word', [exact(value)]));
  }

  // Session 12: a native ten alone, as an age or a count (예순을 넘겼다 "past 60", 서른둘에 "at 32"), with no counter after it.
  if (/스물|서른|마흔|쉰|예순|일흔|여든|아흔|열[하둘셋넷다여일아]/.test(text)) {
    for (const match of text.matchAll(KO_NATIVE_TENS_ALONE)) {
      if (mentions.some((mention) => mention.range[0] === match.index)) continue;
      const value = NATIVE_TENS[(match[1] ?? match[3])!]! + (match[2] ?? match[4] ? NATIVE_ALONE_UNITS[(match[2] ?? match[4])!]! : 0);
      mentions.push(koMention(match[0], [match.index, match.index + match[0].length], 'word', [exact(value)]));
    }
  }

  if (/[흘새레]/.test(text)) {
    for (const match of text.matchAll(KO_DAY_COUNT)) {
      if (taken[match.index]) continue;
      mentions.push(koMention(match[1]!, [match.index, match.index + match[1]!.length], 'word', [exact(DAY_COUNTS[match[1]!]!)]));
    }
  }

  // Session 13: the birthdays Korean names by a word (환갑 60, 칠순 70, 팔순 80, 구순 90) and a baby's 백일 (100 days):
  // "his 70th birthday", or a birthday with no figure.
  if (KO_AGE_WORD_ONE.test(text)) {
    for (const match of text.matchAll(KO_AGE_WORD)) {
      if (taken[match.index]) continue;
      const mention = koMention(match[0], [match.index, match.index + match[0].length], 'word', [exact(AGE_WORDS[match[0]]!)]);
      mention.alsoMatches = AGE_WORD_ENGLISH;
      mentions.push(mention);
    }
  }

  // Session 13: 보름 (fifteen days) is "two weeks", "a fortnight", "half a month"; not 대보름 (a festival) or 보름달 (a full moon).
  if (text.includes('보름')) {
    for (const match of text.matchAll(KO_FORTNIGHT)) {
      if (taken[match.index]) continue;
      const mention = koMention('보름', [match.index, match.index + 2], 'word', [exact(15), exact(14)]);
      mention.alsoMatches = FORTNIGHT_WORDS;
      mentions.push(mention);
    }
  }

  // Session 13: a native ordinal before 주 or 날 (둘째 주 월요일 "the second Monday", 셋째 날 "the third day").
  if (text.includes('째')) {
    for (const match of text.matchAll(KO_NATIVE_ORDINAL)) {
      if (taken[match.index]) continue;
      const mention = koMention(match[0], [match.index, match.index + match[0].length], 'word', [exact(NATIVE_ORDINALS[match[1]!]!)]);
      if (NATIVE_ORDINALS[match[1]!] === 1) mention.implicit = true;
      mentions.push(mention);
    }
  }

  // Session 10: 일주일 (one week) is seven days, said "a week", "the past week", "seven days", "all week"; "two weeks" is
  // another span.
  if (text.includes('일주일')) {
    for (const match of text.matchAll(KO_ONE_WEEK)) {
      if (taken[match.index]) continue;
      const mention = koMention('일주일', [match.index, match.index + 3], 'word', [exact(7)]);
      mention.alsoMatches = ONE_WEEK_WORDS;
      mentions.push(mention);
    }
  }

  // Session 10: 반 alone before a measure or a counter (소금 반 작은술, 우유 반 컵, 사과 반 개) is a half: "half a teaspoon",
  // "1/2 cup", "0.5". Not the half after another amount (1시간 반, 2년 반), which that amount's reading takes.
  if (text.includes('반')) {
    for (const match of text.matchAll(KO_HALF)) {
      if (taken[match.index] || /\d\s?[가-힣]{1,3}\s?$/.test(text.slice(Math.max(0, match.index - 6), match.index))) continue;
      const mention = koMention('반', [match.index, match.index + 1], 'word', [exact(0.5)]);
      mention.alsoMatches = HALF_WORDS;
      mentions.push(mention);
    }
  }

  // Session 13: a share said by counts (2명 중 1명, 다섯 가구 가운데 두 가구) may be given as a fraction or a percentage
  // ("half", "two in five", "40 percent"): both counts are said by it.
  if (/중|가운데/.test(text)) {
    for (const match of text.matchAll(KO_OUT_OF)) {
      const whole = countValue(match[1]!);
      const part = countValue(match[3]!);
      if (!(whole > part && part > 0)) continue;
      const percent = (100 * part) / whole;
      const [low, high] = [Math.floor(percent), Math.ceil(percent)];
      const tens = low === high && low % 10 === 0 ? `|${PERCENT_TENS[low / 10]}` : '';
      const fraction = fractionShare(percent);
      const share = new RegExp(`${fraction ? `${fraction.source}|` : ''}\\b(?:${low}|${high}${tens})(?:\\.\\d+)?[\\s-]?(?:%|percent)`, 'i');
      for (const mention of mentions) if (mention.range[0] >= match.index && mention.range[1] <= match.index + match[0].length) mention.alsoMatches ??= share;
    }
  }

  // Session 13: a record whose games the English gives with the wins (10경기 8승 2패 "won eight of its last 10"): the
  // losses and draws are the rest.
  if (text.includes('패')) {
    for (const match of text.matchAll(KO_RECORD)) {
      const [games, wins, draws, losses] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0), Number(match[4])];
      if (games !== wins + draws + losses) continue;
      const word = WORD_NAMES[games] ?? String(games);
      const rest = new RegExp(`\\b(?:${games}|${word})\\s+(?:games|matches|contests|outings|starts|bouts)\\b|\\bof\\s+(?:its|their|his|her|the)\\s+(?:last|past|first|previous|opening)\\s+(?:${games}|${word})\\b`, 'i');
      const rests = [match.indices![3]?.[0], match.indices![4]![0]];
      for (const mention of mentions) if (rests.includes(mention.range[0])) mention.alsoMatches ??= rest;
    }
  }

  // Session 13: a date that is a holiday is said by its name (12월 25일 "Christmas Day", 1월 1일 "New Year's Day").
  if (text.includes('월')) {
    for (const match of text.matchAll(KO_MONTH_DAY)) {
      const holiday = NAMED_DATES[`${Number(match[1])}-${Number(match[2])}`];
      if (!holiday) continue;
      // Not when the English also gives a date of its own ("Hangeul Day falls on October 10" is a changed day).
      const name = new RegExp(`(?<!${EN_MONTH_DATE}[\\s\\S]*)(?:${holiday.source})(?![\\s\\S]*${EN_MONTH_DATE})`, 'i');
      for (const mention of mentions) if (mention.range[0] >= match.index && mention.range[1] <= match.index + match[0].length) mention.alsoMatches ??= name;
    }
  }

  linkRanges(text, mentions);
  return mentions.sort((a, b) => a.range[0] - b.range[0]);
}

const EN_MONTH_DATE = String.raw`\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d`;
const KO_RECORD = /(?<![\d.])(\d{1,3})\s?경기(?:에서|서|를|동안)?\s(\d{1,3})\s?승\s?(?:(\d{1,3})\s?무\s?)?(\d{1,3})\s?패/dg;
const KO_MONTH_DAY = /(?<![\d.])(\d{1,2})\s?월\s?(\d{1,2})\s?일/g;
const NAMED_DATES: Record<string, RegExp> = {
  '1-1': /\bNew Year'?s(?: Day)?\b/i,
  '2-14': /\bValentine'?s(?: Day)?\b/i,
  '3-1': /\bIndependence Movement Day\b|\bSamiljeol\b|\bMarch 1st Movement\b/i,
  '5-1': /\bMay Day\b|\bLabou?r Day\b|\bWorkers'? Day\b/i,
  '5-5': /\bChildren'?s Day\b/i,
  '5-8': /\bParents'? Day\b/i,
  '5-15': /\bTeachers'? Day\b/i,
  '6-6': /\bMemorial Day\b/i,
  '8-15': /\bLiberation Day\b|\bGwangbokjeol\b/i,
  '10-3': /\bNational Foundation Day\b|\bGaecheonjeol\b/i,
  '10-9': /\bHangeul Day\b|\bHangul Day\b/i,
  '10-31': /\bHalloween\b/i,
  '12-24': /\bChristmas Eve\b/i,
  '12-25': /\bChristmas(?: Day)?\b|\bXmas\b/i,
  '12-31': /\bNew Year'?s Eve\b/i,
};

const PERCENT_TENS = ['', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const KO_OUT_OF_COUNT = '\\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열';
const KO_OUT_OF = new RegExp(`(?<![\\d.,가-힣])(${KO_OUT_OF_COUNT})\\s?(명|개|곳|가구|건|사람|개사|개교|채|대)\\s?(?:중|가운데)(?:에서)?\\s(${KO_OUT_OF_COUNT})\\s?\\2(?=꼴|[이가은는의을를도만씩]|[\\s.,]|$)`, 'g');
function countValue(count: string): number {
  return /\d/.test(count) ? Number(count) : NATIVE_UNITS[count] ?? NATIVE_TENS[count] ?? 0;
}

const KO_TENTHS = /(?<![\d.])([1-9])\s?할(?:\s?(\d)\s?푼)?(?:\s?(\d)\s?리)?(?=[\s.,]|$|[대의을를이가은는에로도다]|까지)/g;
const KO_SECONDS_HUNDREDTHS = /(?<![\d.])(\d{1,2})초(\d{1,2})(?![\d.])/g;
const KO_METERS_CENTIMETERS = /(?<![\d.])(\d)m\s?(\d\d)(?=[를을이가은는의에로도와과]|[\s.,]|$)/g;
const KO_SLASH_FRACTION = /(?<![\d./])([1-9])\/([2-9])(?![\d/])(?=\s?(?:큰술|작은술|스푼|티스푼|숟가락|컵|공기|그릇|개|쪽|인분|조각|줌|통|봉지|포기|마리|알|장|단|대|뿌리|토막|송이|덩이|줄기|움큼|kg|㎏|g(?![A-Za-z])|L(?![A-Za-z])|리터|ml|mL|㎖|근|모|캔|병))/g;
const KO_HALF = /(?<![가-힣\d])반\s?(?=(?:큰술|작은술|스푼|티스푼|숟가락|컵|공기|그릇|인분|쪽|통|봉지|캔|병|잔|근|마리|알|조각|줌|포기|개(?!월|국|최|발|선|편|혁|정|인|업|장|학|방|념|요)|kg|㎏|g(?![A-Za-z])|L(?![A-Za-z])|리터|킬로)(?![가-힣]{2}))/g;
const KO_HALF_ONE = new RegExp(KO_HALF.source);
/** One year, month, week or hour said in English: "a year", "one-year", "annual", "12 months" ("between 12 and 18 months"). */
const UNIT_OF_TIME_SAID: readonly RegExp[] = [
  ['year', 'annual\\w*|yearly|year-round', '(?:12|twelve)(?=[^.;]{0,20}\\bmonths\\b)'],
  ['month', 'monthly', '(?:30|thirty)(?=[^.;]{0,20}\\bdays\\b)|four weeks'],
  ['week', 'weekly', '(?:7|seven)(?=[^.;]{0,20}\\bdays\\b)'],
  ['hour', 'hourly', '(?:60|sixty)(?=[^.;]{0,20}\\bminutes\\b)'],
].map(([unit, adjective, smaller]) => new RegExp(`\\b(?:a|an|one|single|per|each|every|the|that|this|whole|full|entire|past|last|next|first|another)[\\s-]+(?:(?:full|whole|entire|single|calendar|additional|extra|more|whopping)[\\s-]+)?${unit}s?\\b|\\b${unit}(?:-long|-old| ago| and a half)\\b|\\b(?:${adjective})\\b|\\b${smaller}\\b|\\b(?:once|twice)\\b|\\b1\\b`, 'i'));
const PRIZE_RANKS: Record<number, RegExp> = {
  1: /\b(?:first|top|grand)[\s-]prize\b|\b(?:top|grand-prize|first-prize|first-place) winners?\b|\bfirst place\b/i,
  2: /\brunners?[\s-]up\b|\bsecond[\s-](?:prize|place)\b/i,
  3: /\bthird[\s-](?:prize|place)\b/i,
};
const HALF_WORDS = /\bhalf\b|½|\b1\/2\b|(?<![\d.])0?\.5\b/i;

const AGE_WORDS: Record<string, number> = { 환갑: 60, 회갑: 60, 진갑: 61, 칠순: 70, 고희: 70, 팔순: 80, 구순: 90, 백일: 100 };
const KO_AGE_WORD = /(?<![가-힣])(?:환갑|회갑|진갑|칠순|고희|팔순|구순|백일)(?=[\s.,]|$|잔치|연|상|기념|사진|을|를|이|이다|이시|에|의|은|는|도|날|을|잔|떡|맞|넘|축하)/g;
const KO_AGE_WORD_ONE = new RegExp(KO_AGE_WORD.source);
const AGE_WORD_ENGLISH = /\bbirthdays?\b|\bbirth\b|\bcelebrat\w*|\bparty\b|\bturn(?:s|ed|ing)?\b|\bdays? old\b/i;
const KO_FORTNIGHT = /(?<![가-힣])보름(?=[\s.,]|$|간|동안|만에|뒤|후|전|째|이|가|을|은|는|도|쯤|정도|넘게|가량|여|께|이나|씩|까지|부터|마다|에)/g;
const FORTNIGHT_WORDS = /\b(?:two|2)[\s-]weeks?\b|\bfortnight\b|\bhalf[\s-](?:a|the)?[\s-]?month\b/i;
const KO_FORTNIGHT_ONE = new RegExp(KO_FORTNIGHT.source);
const NATIVE_ORDINALS: Record<string, number> = { 첫: 1, 둘: 2, 셋: 3, 넷: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10 };
// Also in a list (매월 둘째·넷째 주 일요일 "the second and fourth Sundays").
const KO_NATIVE_ORDINAL = /(?<![가-힣])(첫|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열)째(?=(?:\s?[·,]\s?(?:둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열)째)*\s?(?:주|날|주일|[월화수목금토일]요일)(?![가-힣]{2}))/g;
const KO_NATIVE_ORDINAL_ONE = new RegExp(KO_NATIVE_ORDINAL.source);
const KO_ONE_WEEK = /(?<![가-힣\d])일주일/g;
// A singular week with no count of its own before it ("in its first week", "a week earlier", "week-long").
const ONE_WEEK_WORDS = /(?<!\b(?:\d+|two|three|four|five|six|several|few|many)[\s-]+)\bweek(?![\w'’])|\bweekly\b/i;

function koMention(raw: string, range: Range, kind: NumberKind, values: Alternative[]): NumberMention {
  return { raw, range, kind, values, scale: 1, digits: true };
}

interface ParsedKorean {
  value: number;
  end: number;
  scale: number;
  /** Another reading: `3조` may be "Article 3" (제3조) or 3 trillion, `7억 5천` 750 million. */
  bare?: number;
}

/** One 만/억/조/경 group: a coefficient (`2천500`, `5천5백`, `1,234`, `3.5`) and its optional big unit. */
function readKoreanGroup(text: string, at: number): { value: number; big?: string; small: boolean; end: number; bare?: number; scale: number } | undefined {
  let coefficient = 0;
  let position = at;
  let parts = 0;
  let firstNumber = 0;
  let firstSmall = 1;
  for (;;) {
    KO_PART.lastIndex = position;
    const part = KO_PART.exec(text);
    if (!part) break;
    const number = parseDigits(part[1]!) + (part[2] ? Number(part[2]) : 0);
    const small = part[3] ? KO_SMALL[part[3]]! : 1;
    coefficient += number * small;
    position = KO_PART.lastIndex;
    if (++parts === 1) {
      firstNumber = number;
      firstSmall = small;
    }
    // 2천500, 5천5백: after 천/백/십, digits that follow at once belong to the same coefficient.
    if (!part[3] || !/\d/.test(text[position] ?? '')) break;
  }
  if (parts === 0) return undefined;
  KO_BIG_UNIT.lastIndex = position;
  const unit = KO_BIG_UNIT.exec(text);
  const big = unit ? (unit[1] ?? unit[2]) : undefined;
  if (unit) position = KO_BIG_UNIT.lastIndex;
  const bigValue = big ? KO_BIG[big]! : 1;
  return {
    value: coefficient * bigValue,
    big,
    small: firstSmall > 1,
    end: position,
    // `3조` may be "Article 3" (제3조): keep the bare digits as an alternative. Session 16: so may a numerator's 만,
    // which is "only" (3분의 2만 채워 "fill two-thirds full").
    bare: ((big === '조' || big === '경') || (big === '만' && /분의\s?$/.test(text.slice(Math.max(0, at - 4), at)))) && parts === 1 && firstSmall === 1 ? firstNumber : undefined,
    scale: bigValue * (parts === 1 ? firstSmall : 1),
  };
}

function readKoreanNumber(text: string, start: number): ParsedKorean | undefined {
  let total = 0;
  let end = start;
  let lastBig = Infinity;
  let scale = 1;
  let bare: number | undefined;
  let first = true;
  let spoken: number | undefined;
  for (;;) {
    const group = readKoreanGroup(text, end);
    if (!group) break;
    const bigValue = group.big ? KO_BIG[group.big]! : 1;
    if (!first && bigValue >= lastBig) break;
    // Session 13: 7억 5천 as people say prices is 750 million: a last group of thousands after 억 stands for 천만.
    if (!first && lastBig === 1e8 && !group.big && group.small && group.value % 1000 === 0) spoken = total + group.value * 1e4;
    if (first) {
      bare = group.bare;
      scale = group.scale;
    }
    total += group.value;
    end = group.end;
    first = false;
    lastBig = bigValue;
    if (!group.big) break;
    // A following group continues the number only with a smaller unit: `1조 2천억`, `3억5000만`, `1만2000`;
    // after a space it needs a unit of its own (`1만 2천 명`, not `1만 5명`).
    const next = /^\s?\d/.exec(text.slice(end, end + 2));
    if (!next) break;
    const skip = next[0].length - 1;
    const peek = readKoreanGroup(text, end + skip);
    // `1만 9,900원` is 19,900: after a space, a plain figure of three digits or with a comma that is smaller than
    // the unit before it continues the number too.
    // Session 8: so does any smaller figure before a currency or a counter, as Korean spaces numbers by 만 (1만 30원 = 10,030; a lone digit, 1만 5명, stays apart).
    const rest = peek && !peek.big && !peek.small && skip > 0 && peek.value < bigValue && (/^\d{1,3}(?:,\d{3})+|^\d{3,}/.test(text.slice(end + skip, peek.end)) || (peek.value >= 10 && /^\s?(?:원|달러|명|개|건|가구|마리)/.test(text.slice(peek.end, peek.end + 5))));
    if (!peek || !(peek.big || peek.small || skip === 0 || rest)) break;
    end += skip;
  }
  // Trailing spaces belong to the next token.
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end === start) return undefined;
  return { value: total, end, scale, bare: bare ?? spoken };
}

const KO_CURRENCY_AFTER: [RegExp, string][] = [
  [/^\s?(?:원|₩)/, 'KRW'],
  [/^\s?(?:달러|불(?![가-힣]))/, 'USD'],
  [/^\s?엔(?![진])/, 'JPY'],
  [/^\s?위안/, 'CNY'],
  [/^\s?유로/, 'EUR'],
  [/^\s?파운드/, 'GBP'],
];
const CURRENCY_BEFORE: [RegExp, string][] = [
  [/(?:US\$|\$|USD\s?)$/, 'USD'],
  [/(?:₩|￦|KRW\s?)$/, 'KRW'],
  [/(?:¥|￥|JPY\s?)$/, 'JPY'],
  [/(?:€|EUR\s?)$/, 'EUR'],
  [/(?:£|GBP\s?)$/, 'GBP'],
  [/(?:CNY\s?|RMB\s?)$/, 'CNY'],
];

// Units a translator may convert; the factor gives the English figure, rounded.
const KO_CONVERSIONS: [RegExp, (value: number) => number[]][] = [
  [/^\s?평(?![가-힣])|^\s?평(?=[형대의을이에짜은는])/, (v) => [v * 3.3058]],
  [/^\s?(?:km|㎞|킬로미터|킬로)(?![a-z])/, (v) => [v * 0.621371]],
  [/^\s?(?:kg|㎏|킬로그램)(?![a-z])/, (v) => [v * 2.20462]],
  [/^\s?(?:cm|㎝|센티미터|센티)(?![a-z])/, (v) => [v * 0.393701]],
  [/^\s?(?:m|미터)(?![a-z²2])/, (v) => [v * 3.28084]],
  [/^\s?(?:㎡|m²|m2|제곱미터)/, (v) => [v / 3.3058, v * 10.7639]],
  [/^\s?(?:℃|°C|도)(?![가-힣]{2})|^\s?도(?=까지|에서|를|로|의|가|였|였다|이다|안팎)/, (v) => [v * 1.8 + 32]],
  // Within the metric system: 500mL as "half a liter", 1.5km as "1,500 meters", 300g as "0.3 kilograms".
  [/^\s?(?:mL|ml|㎖|밀리리터)/, (v) => [v / 1000, v * 0.033814]],
  [/^\s?(?:L|ℓ|리터)(?![A-Za-z])/, (v) => [v * 1000, v * 0.264172]],
  [/^\s?(?:g|그램)(?![A-Za-z])/, (v) => [v / 1000, v * 0.035274]],
  [/^\s?(?:km|㎞|킬로미터|킬로)(?![a-z])/, (v) => [v * 1000]],
  [/^\s?(?:m|미터)(?![a-z²2])/, (v) => [v / 1000, v * 100]],
  [/^\s?(?:cm|㎝|센티미터|센티)(?![a-z])/, (v) => [v / 100, v * 10]],
  [/^\s?(?:mm|㎜|밀리미터)(?![a-z])/, (v) => [v / 10, v * 0.0393701]],
];

const EVENING_HOURS = new Map<number, RegExp>();
/** An hour of the afternoon or evening in English without a.m./p.m., beside a word that says which part of the day. */
function eveningHour(hour: number): RegExp {
  const known = EVENING_HOURS.get(hour);
  if (known) return known;
  const bare = String.raw`\b${hour}(?![\d:]|\.\d|\s?(?:a\.?m\b|p\.?m\b|o['’]clock in the morning))`;
  const evening = String.raw`\b(?:nights?|evenings?|tonight|afternoons?)\b`;
  const pattern = new RegExp(String.raw`${evening}[^.!?]{0,24}?${bare}|${bare}[^.!?]{0,24}?${evening}`, 'i');
  EVENING_HOURS.set(hour, pattern);
  return pattern;
}

const BASIS_POINTS = new Map<number, RegExp>();
function basisPoints(points: number): RegExp {
  // Session 15: a tenth of a basis point too (0.052%포인트 "5.2 basis points").
  const value = Math.round(points * 1000) / 10;
  let pattern = BASIS_POINTS.get(value);
  if (!pattern) BASIS_POINTS.set(value, (pattern = new RegExp(`(?<![\\d.,])${String(value).replace('.', '\\.')}[\\s-]?(?:basis[\\s-]points?|bps?\\b)`, 'i')));
  return pattern;
}
const SEMESTER_SEASONS: Record<number, RegExp> = { 1: /\bspring\b/i, 2: /\b(?:fall|autumn)\b/i };
/** D-N said in days ("seven days to go", "day 7") or, for whole weeks, in weeks ("a week away", "two weeks"). */
const COUNTDOWN_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
export function countdownWords(days: number): RegExp {
  const weeks = days % 7 === 0 ? ({ 1: 'a|one', 2: 'two', 3: 'three', 4: 'four' } as Record<number, string>)[days / 7] : undefined;
  // Session 15: the days in words too ("Seven days to the U.S. election" for D-7).
  const count = COUNTDOWN_WORDS[days] ? `(?:${days}|${COUNTDOWN_WORDS[days]})` : String(days);
  return new RegExp(`\\b(?:${count}[\\s-]days?|day[\\s-]${days}${weeks ? `|(?:${weeks}|${days / 7})[\\s-]weeks?` : ''})\\b`, 'i');
}
const INSTALLMENT_WORDS: Record<number, RegExp> = {
  1: /\b(?:first|original)\b/i,
  2: /\b(?:sequel|second|part (?:two|2|II))\b/i,
  3: /\b(?:third|threequel|part (?:three|3|III))\b/i,
};
const PAPER_AFTER = /^\s?(?:용지|사이즈|규격|크기|분량|(?:한|두|세|네|다섯|\d+)\s?(?:장|매))/;
const ROUND_WORDS: Record<number, RegExp> = { 2: /\bfinals?\b/i, 4: /\bsemi-?finals?\b|\bfinal four\b/i, 8: /\bquarter-?finals?\b|\blast eight\b/i, 16: /\bround of (?:16|sixteen)\b|\blast (?:16|sixteen)\b/i, 32: /\bround of (?:32|thirty-two)\b/i };
const BASE_WORDS: Record<number, RegExp> = { 2: /\bbinary\b/i, 8: /\boctal\b/i, 10: /\bdecimal\b/i, 16: /\bhex(?:adecimal)?\b/i };

function classifyKorean(text: string, start: number, parsed: ParsedKorean): NumberMention {
  const after = text.slice(parsed.end, parsed.end + 8);
  const before = text.slice(Math.max(0, start - 5), start);
  const raw = text.slice(start, parsed.end);
  const values = [exact(parsed.value)];
  if (parsed.bare !== undefined) values.push(exact(parsed.bare));
  const mention: NumberMention = { raw, range: [start, parsed.end], kind: 'plain', values, scale: parsed.scale, digits: true };

  if (/^\s?(?:%\s?p(?![a-z])|%\s?포인트|％\s?p|퍼센트\s?포인트|%P)/i.test(after)) mention.kind = 'points';
  else if (/^\s?(?:%|％|퍼센트|프로(?![가-힣]))/.test(after)) mention.kind = 'percent';
  else if (/^월/.test(after)) mention.kind = 'month';
  else if (/^일(?![가-힣])|^일(?=[에부터까지간은는도의째자로쯤경께이부])/.test(after)) mention.kind = 'day';
  // Session 13: a year abbreviated with an apostrophe before a word ('24 시즌 "the 2024 season", '90s) is its full year too.
  else if (/['’‘]$/.test(before) && parsed.scale === 1 && /^\d\d$/.test(raw) && !/^\s?[.\d]/.test(after)) {
    mention.kind = 'year';
    values.push(exact(parsed.value + (parsed.value > 50 ? 1900 : 2000)));
  } else if (/^년/.test(after)) {
    mention.kind = 'year';
    // 25년 상반기 is 2025.
    if (parsed.value < 100 && parsed.scale === 1 && !/\d/.test(before.slice(-1))) values.push(exact(parsed.value + (parsed.value > 50 ? 1900 : 2000)));
  }
  // Session 9: the first end of a range of hours shares the second's 시 and its part of the day (오후 2~5시 "2 p.m. to 5 p.m.").
  else if (HOUR_AFTER.test(after) || /^\s?[~∼〜～\-–]\s?\d{1,2}\s?시(?![가-힣]{2})/.test(after)) {
    mention.kind = 'hour';
    const hour = parsed.value;
    const marker = /(오전|새벽|아침|오후|저녁|밤|낮)\s?$/.exec(before)?.[1];
    // 오전 9시 is 9 o'clock only; 오후 3시 is 15 only; a bare 3시 may be either.
    if (marker && hour < 12 && /오후|저녁|낮/.test(marker)) values[0] = exact(hour + 12);
    else if (marker === '밤' && hour < 12) values[0] = exact(hour >= 6 ? hour + 12 : hour);
    else if (!marker) {
      if (hour <= 12) values.push(exact(hour + 12));
      if (hour > 12 && hour <= 24) values.push(exact(hour - 12));
      if (hour === 12) values.push(exact(0));
    }
    // Session 13: midnight's hour 0 (새벽 0시 5분) is 12 on an English clock ("12:05 a.m.").
    if (hour === 0) values.push(exact(12));
  } else if (/^:\d\d(?!\d)/.test(after) && parsed.scale === 1 && parsed.value <= 24 && /^\d{1,2}$/.test(raw)) {
    // Session 14: the hour of a clock written 23:50 or 00:10 is the English clock's too ("11:50 p.m.", "12:10 a.m.").
    mention.kind = 'hour';
    const hour = parsed.value;
    if (hour === 0) values.push(exact(12));
    else if (hour > 12) values.push(exact(hour - 12));
  }
  for (const [pattern, code] of KO_CURRENCY_AFTER) {
    if (pattern.test(after)) {
      mention.kind = 'money';
      mention.currency = code;
    }
  }
  for (const [pattern, code] of CURRENCY_BEFORE) {
    if (pattern.test(before)) {
      mention.kind = 'money';
      mention.currency = code;
    }
  }
  // 영하 10도 is -10 °C, 14 °F; the sign is dropped when values are compared.
  const signed = /영하\s?$/.test(before) ? -parsed.value : parsed.value;
  for (const [pattern, convert] of KO_CONVERSIONS) {
    // A converted figure is often rounded to a whole number: 15 km as "about 9 miles" (9.3).
    // A temperature near 0 °F is rounded to it too: 영하 18도 (-0.4 °F) "feels like zero".
    if (pattern.test(after)) for (const value of convert(signed)) values.push(approx(Math.abs(value)), ...(Math.abs(value) < 100 && (Math.abs(value) >= 2 || /^\s?(?:℃|°C|도)/.test(after)) ? [approx(Math.round(Math.abs(value)))] : []));
  }
  // Session 8: a price per 평 (3.3058 m²) converted to one per square metre or square foot.
  // Session 13: a word may stand between (평당 분양가가 4000만 원, 평당 가격은).
  if (/평당\s?(?:[가-힣]{1,4}[이가은는도]?\s)?(?:약\s?|평균\s?)?$/.test(text.slice(Math.max(0, start - 14), start))) values.push(approx(signed / 3.3058), approx(signed / 35.583));
  // Session 13: a clock said another way: 4시 10분 전 "ten to four" (3:50), 5시 15분 "quarter past five", 5시 45분 "quarter to
  // six".
  if (mention.kind === 'hour') {
    const minutes = /^시\s?(\d{1,2})\s?분(\s?전)?/.exec(after);
    if (minutes && (minutes[2] || minutes[1] === '45')) values.push(...values.map((value) => exact(value.value + (minutes[2] ? -1 : 1))));
  }
  if (/^분\s?전/.test(after) && /\d\s?시\s?$/.test(before)) values.push(exact(60 - parsed.value));
  // A football clock: 후반 23분 is the 68th minute of the match (45 + 23), 연장 전반 5분 the 95th, 연장 후반 5분 the 110th.
  if (/^분/.test(after) && parsed.value <= 50) {
    const half = /(연장\s?)?(전반|후반)\s?$/.exec(text.slice(Math.max(0, start - 8), start));
    if (half) values.push(exact(parsed.value + (half[1] ? (half[2] === '후반' ? 105 : 90) : half[2] === '후반' ? 45 : 0)));
  }
  // Spans a translator says in words: 20년 is "two decades", 100년 "a century", 100주년 "the centennial", 24시간 "around
  // the clock".
  if (parsed.scale === 1) mention.alsoMatches = spanWords(parsed.value, after);
  // Session 13: both (24시간 안에 "around the clock" or "within a day").
  const whole = parsed.scale === 1 && mention.alsoMatches ? wholeSpan(parsed.value, after, before) : undefined;
  if (whole) mention.alsoMatches = new RegExp(`${mention.alsoMatches!.source}|${whole.source}`, 'i');
  // Session 10: a span of days, months or hours that makes whole weeks, months, years or days is said by those: 최근 7일
  // "the past week", 14일간 "two weeks", 30일 이내 "within a month", 12개월 "a year", 48시간 "two days".
  if (parsed.scale === 1 && !mention.alsoMatches) mention.alsoMatches = wholeSpan(parsed.value, after, before);
  // Session 13: months that make a half year are said so: 6개월 "half a year", "six-month"; 18개월 "a year and a half".
  if (parsed.scale === 1 && !mention.alsoMatches && parsed.value % 6 === 0 && parsed.value % 12 !== 0 && parsed.value <= 54 && /^\s?(?:개월|달)/.test(after)) mention.alsoMatches = halfYears(parsed.value / 12);
  // Session 12: minutes said as decimal hours (45분 "0.75 hours", 90분 "1.5 hours", "an hour and a half"); not the
  // minutes of a clock (3시 45분) or of an hour count (1시간 30분, which the check reads as one span).
  if (parsed.scale === 1 && !mention.alsoMatches && /^\s?분(?!기|의|야|석|류|할|노|위|리|배|량|만|명|쟁|산|해|필|수|포|비)/.test(after) && !/시간?\s?$/.test(before)) mention.alsoMatches = decimalHours(parsed.value);
  if (/^분(?!\s?전)/.test(after) && /\d\s?시\s?$/.test(before) && CLOCK_QUARTERS[parsed.value]) mention.alsoMatches = CLOCK_QUARTERS[parsed.value];
  // Session 13: a court by its instance: 1심 "the lower court", 2심 "on appeal", 3심 "the Supreme Court".
  if (/^심(?![가-힣]{2})|^심(?:에서|에선|까지|부터|으로|판결|재판|법원)/.test(after) && COURT_INSTANCES[parsed.value]) mention.alsoMatches = COURT_INSTANCES[parsed.value];
  // Session 15: the last day of a month (다음 달 31일까지, 이달 30일) said as its end ("through the end of next month").
  if (parsed.scale === 1 && parsed.value >= 28 && parsed.value <= 31 && !mention.alsoMatches && /^\s?일/.test(after) && /달\s?$/.test(before)) mention.alsoMatches = /\b(?:end of (?:the |this |next |last )?(?:month|year)|(?:month|year)[\s-]end|New Year's Eve)\b/i;
  // Session 16: an evening's hour (밤 9시, 저녁 7시) said without p.m. beside a word of the evening ("every night around 9").
  if (mention.kind === 'hour' && parsed.value < 12 && /(?:오후|저녁|밤)\s?$/.test(before)) mention.alsoMatches = mention.alsoMatches ? new RegExp(`${mention.alsoMatches.source}|${eveningHour(parsed.value).source}`, 'i') : eveningHour(parsed.value);
  // Session 16: Christmas Eve and Day named by their days (크리스마스 이브인 24일 "on Christmas Eve").
  if (parsed.scale === 1 && (parsed.value === 24 || parsed.value === 25) && !mention.alsoMatches && /^\s?일/.test(after) && /크리스마스|성탄/.test(text)) mention.alsoMatches = parsed.value === 24 ? /\bChristmas Eve\b/i : /\bChristmas(?: Day)?\b/i;
  // Session 17: a prize's rank (2등 5명에게) said by its winner ("five runners-up", "the top prize").
  if (parsed.scale === 1 && parsed.value <= 3 && !mention.alsoMatches && /^\s?등(?![급록극분])/.test(after)) mention.alsoMatches = PRIZE_RANKS[parsed.value];
  // Session 15: 4대 보험 is the (four major) social insurances, said without the four in job ads.
  if (parsed.value === 4 && /^\s?대\s?(?:사회\s?)?보험/.test(after)) mention.alsoMatches = /\bsocial insurance\b|\bfour (?:major )?(?:social )?insurances?\b/i;
  // Session 13: 2주 is "a fortnight"; 2층 침대 "bunk beds", 2층 버스 "a double-decker".
  if (parsed.value === 2 && /^\s?주(?:일|간|\s|$|[가-힣]?(?![가-힣]))/.test(after) && !mention.alsoMatches) mention.alsoMatches = /\bfortnight\b/i;
  if (parsed.value === 2 && /^\s?층\s?(?:침대|버스)/.test(after)) mention.alsoMatches = /\bbunk\b|\bbunk[\s-]?beds?\b|\bdouble-?deck(?:er|ed)\b/i;
  // Session 13: 10대 (in their teens) is "teenagers", "teens", "adolescents".
  if (parsed.value === 10 && /^\s?대(?![가-힣]{2})|^\s?대\s?(?:청소년|소년|소녀|학생|자녀|청년|여성|남성|아이|이용자|환자)/.test(after)) mention.alsoMatches = /\bteen(?:s|agers?|aged?)?\b|\badolescen\w*|\byoung people\b/i;
  // Session 8: 2박 3일 is "a three-day trip" or "two nights": either count says the stay.
  // Session 16: the nights of a stay are said by its days, whatever their count (3박 5일 "a five-day trip").
  if (parsed.scale === 1 && /^\s?박\s?\d/.test(after)) mention.alsoMatches = stayWords(Number(/^\s?박\s?(\d+)\s?일/.exec(text.slice(parsed.end, parsed.end + 8))?.[1] ?? parsed.value + 1), 'days?');
  if (parsed.scale === 1 && /^\s?일/.test(after) && /\d\s?박\s?$/.test(before)) mention.alsoMatches = stayWords(parsed.value - 1, 'nights?');
  // Session 13: 10여 명 (ten-odd) is "about a dozen", "a dozen or so".
  if (parsed.value === 10 && /^\s?여(?![가-힣]{2})/.test(after)) values.push(exact(12));
  // Session 9: percentage points said in basis points: 0.25%포인트 "25 basis points", "a 25-basis-point cut".
  if (mention.kind === 'points' && parsed.scale === 1 && parsed.value < 10) mention.alsoMatches = basisPoints(parsed.value);
  // A share said as a fraction: 68.4% "just over two-thirds", 24% "nearly a quarter", 31% "three in ten".
  if (mention.kind === 'percent' && parsed.scale === 1 && !mention.alsoMatches) mention.alsoMatches = fractionShare(parsed.value);
  // Session 12: a listing's amounts after 보증금, 월세, 관리비 … with no unit are in 만 원 (보증금 2000/월세 80 is a deposit of
  // 20 million won and rent of 800,000 won); so is the second of a slashed pair (보증금/월세 300/35).
  if (parsed.scale === 1 && !/^\s?(?:[만억천조%％]|원(?:[을이은의에씩만]|으로|짜리)?(?![가-힣])|[가-힣]*(?:개월|년|일|평|명|층|호|동|세|살|시|분|회|번|차))/.test(after) && (LISTING_AMOUNT.test(text.slice(Math.max(0, start - 8), start)) || LISTING_PAIR.test(text.slice(Math.max(0, start - 24), start)))) {
    values.push(exact(parsed.value * 1e4));
    mention.currency ??= 'KRW';
  }
  // Session 12: a count of one under a denial (1명도 없었다, 1번도 않았다) is no figure: "not a single", "no", "never".
  if (parsed.value === 1 && parsed.scale === 1 && ONE_DENIED.test(text.slice(parsed.end, parsed.end + 24))) {
    mention.alsoMatches = DENIAL_WORDS;
    return mention;
  }
  // A bare 1 is often a singular noun, but never one side of a score or a ratio (3-1, 1:2, 2 대 1).
  const scoreSide = /\d\s?(?:[-:–]|대)\s?$/.test(before) || /^\s?(?:[-:–]|대)\s?\d/.test(after);
  // Session 13: a clock hour or a date's day is never an article (오후 1시 is 1 p.m., 9월 1일 Sept. 1); 1년, 1일 may be "a year", "a day".
  if (parsed.value === 1 && parsed.scale === 1 && !scoreSide && !NEVER_AN_ARTICLE.has(mention.kind) && !(mention.kind === 'day' && /월\s?$/.test(before))) mention.implicit = true;
  // The 1 of a ratio N대1 / N:1 (경쟁률 152대1) is said by "per", "each", "for every" ("152 applicants per unit"); a
  // score is never said so.
  // Session 15: and by the times it was oversubscribed (1,500대 1 "oversubscribed 1,500 times").
  if (parsed.value === 1 && parsed.scale === 1 && /\d\s?(?::|대)\s?$/.test(before)) mention.alsoMatches = /\b(?:per|each|for every|for each|apiece|to one|times)\b|-to-one\b|-fold\b/i;
  // A rise of N% is a multiple of 1 + N/100: 100% 증가 "doubled", 200% 늘어 "tripled".
  if (mention.kind === 'percent' && parsed.value >= 100 && /^\s?(?:%|％|퍼센트|프로)\s?(?:[가-힣]{1,3}\s)?(?:증가|늘|상승|올라|올랐|급증|확대|뛰었|뛰어|성장|불어)/.test(text.slice(parsed.end, parsed.end + 16))) {
    values.push(exact(1 + parsed.value / 100));
  }
  // Session 13: and a multiple that grew (1.5배 늘었다, 두 배 증가) is also the rise in percent: "up 50 percent".
  if (parsed.scale === 1 && parsed.value > 1 && parsed.value < 10 && /^\s?배\s?(?:[가-힣]{1,3}\s)?(?:증가|늘|상승|올라|올랐|급증|확대|뛰었|뛰어|성장|불어)/.test(text.slice(parsed.end, parsed.end + 14))) {
    values.push(exact(Math.round((parsed.value - 1) * 1000) / 10));
  }
  // Session 13: one year, month or week as the whole of it (1년 중 절반 "half the year", 1년 내내 "all year").
  if (parsed.value === 1 && parsed.scale === 1 && !mention.alsoMatches) {
    const whole = /^\s?(?:(년|해)|(개월|달)|(주일?))\s?(?:중|내내|동안|간|가운데|에\s?걸쳐)/.exec(after);
    if (whole) mention.alsoMatches = new RegExp(`\\b(?:the|a|an|one|per|each|every|whole|entire|all|full)\\s+(?:whole\\s+|entire\\s+)?${whole[1] ? 'year' : whole[2] ? 'month' : 'week'}\\b|\\b(?:${whole[1] ? 'annual|yearly|year-round' : whole[2] ? 'monthly|month-long' : 'weekly|week-long'})\\b`, 'i');
  }
  // Session 17: one year, month, week or hour (유예 기간도 1년으로 늘린다) is said by that unit ("a year", "one-year",
  // "annual", "12 months"), not by any "a". Not a day (1일 is also a date) nor 1주당 (per share).
  const unitOfTime = mention.implicit ? /^\s?(?:(년|해)|(개월|달)|(주일?)(?!당)|(시간))/.exec(after) : null;
  if (unitOfTime && !mention.alsoMatches) {
    mention.alsoMatches = UNIT_OF_TIME_SAID[unitOfTime.slice(1).findIndex(Boolean)]!;
    mention.implicit = false;
  }
  // A service's name: 1:1 문의 (one-on-one inquiry) is "Contact us" as often as "one-on-one"; the figures need no match.
  if (parsed.value === 1 && (/^\s?[:대]\s?1\s?(?:문의|상담|채팅|관리|맞춤|코칭|과외|면담|레슨|수업|케어|매칭|대화)/.test(after) || (/1\s?[:대]\s?$/.test(before) && /^\s?(?:문의|상담|채팅|관리|맞춤|코칭|과외|면담|레슨|수업|케어|매칭|대화)/.test(after)))) {
    mention.alsoMatches = /[\s\S]/;
    return mention;
  }
  // A quarter of the year is also its months: 3분기 "the July-September quarter".
  if (/^\s?분기/.test(after) && parsed.value >= 1 && parsed.value <= 4 && parsed.scale === 1) mention.alsoMatches = QUARTER_MONTHS[parsed.value - 1];
  // Session 9: a Korean school term by its number is the English term by its season: 1학기 "the spring semester",
  // 2학기 "the fall semester".
  // The number of a term is never an article: 1학기 is "the first" or "the spring" semester, not "a semester".
  if (/^\s?학기/.test(after) && parsed.scale === 1 && SEMESTER_SEASONS[parsed.value]) {
    mention.alsoMatches = SEMESTER_SEASONS[parsed.value];
    mention.implicit = false;
  }
  // 한미일 3국 "South Korea, the United States and Japan": a list of that many capitalised names says the count.
  if (/^\s?(?:개\s?)?국(?![가-힣])|^\s?(?:개\s?)?국[이가은는의을과와도]/.test(after) && parsed.value >= 2 && parsed.value <= 4) mention.alsoMatches = NAME_LISTS[parsed.value - 2];
  // The marathon's distance is said by its name.
  if (parsed.value === 42.195 && /^\s?(?:km|킬로)/.test(after)) mention.alsoMatches = /\bmarathon\b/i;
  if ((parsed.value === 21.0975 || parsed.value === 21.1) && /^\s?(?:km|킬로)/.test(after)) mention.alsoMatches = /\bhalf[\s-]marathon\b/i;
  // 100% is often "fully" or "all"; 16진수 is "hexadecimal", 2진법 "binary".
  // Session 13: a review's 재구매 의사 100% is "definitely", "for sure".
  if (parsed.value === 100 && mention.kind === 'percent') mention.alsoMatches = /\b(?:all|entire(?:ly)?|full(?:y)?|complete(?:ly)?|every|whole|total(?:ly)?|100|definitely|absolutely|certainly|surely|for sure|without (?:a )?doubt|guaranteed|in a heartbeat|hands down|no question|without (?:hesitation|a second thought)|for certain)\b/i;
  // Session 13: a band of percent (0%대 성장 "below 1 percent", 3%대 "in the 3 percent range") is said by its ceiling too.
  if (mention.kind === 'percent' && parsed.scale === 1 && Number.isInteger(parsed.value) && parsed.value < 100 && /^\s?(?:%|％|퍼센트)\s?대/.test(after)) mention.alsoMatches = new RegExp(`\\b(?:below|under|less than|lower than|short of|sub-)\\s?${parsed.value + 1}(?:\\.0)?\\s?(?:%|percent)`, 'i');
  const base = /^진(?:수|법)?/.test(after) ? BASE_WORDS[parsed.value] : undefined;
  if (base) mention.alsoMatches = base;
  // A tournament round: 8강 is the quarterfinals, 4강 the semifinals, 16강 the round of 16.
  if (/^강(?![가-힣]{2})|^강(?:에서|에선|까지|부터|으로|에도|전에)/.test(after)) mention.alsoMatches = ROUND_WORDS[parsed.value];
  // Session 13: a film's or a book's installment (2편은 1편만 못하다 "the sequel isn't as good as the first one").
  if (parsed.scale === 1 && INSTALLMENT_WORDS[parsed.value] && /^편(?:[은는이가을를의도만과와에]|보다|이랑|부터|까지|\s|$)/.test(after)) mention.alsoMatches = INSTALLMENT_WORDS[parsed.value];
  // Session 13: a countdown (D-7) is days to go, said in days or in weeks ("a week away").
  if (parsed.scale === 1 && /(?<![A-Za-z])D\s?-$/i.test(before)) mention.alsoMatches = countdownWords(parsed.value);
  // Session 13: a paper size's digit (A4 두 장 "two pages", A4 용지) is no figure to find.
  if (parsed.scale === 1 && /(?<![A-Za-z])[AB]$/.test(before) && PAPER_AFTER.test(after)) mention.alsoMatches = /\b(?:pages?|sheets?|paper|[AB]\d)\b/i;
  // N부제 is a rotation of driving days by plate number: 2부제 "odd-even", 5부제 "by the last digit", "rotation system".
  if (/^\s?부제/.test(after) && parsed.scale === 1) mention.alsoMatches = /\bodd[\s-]+(?:and[\s-]+)?even\b|\balternat\w*|\brotation\w*|\bplate numbers?\b|\blast digits?\b/i;
  // 1차/2차/3차 before a noun is a rank: 2차전지 "secondary battery", 1차 산업 "primary industry".
  if (parsed.scale === 1 && /^차(?![례선량로도단별원이가])/.test(after) && ORDER_WORDS[parsed.value]) mention.alsoMatches = ORDER_WORDS[parsed.value];
  // Session 14: 2차전지 is any rechargeable battery ("battery stocks").
  if (parsed.value === 2 && parsed.scale === 1 && /^차\s?전지/.test(after)) mention.alsoMatches = /\b(?:secondary|batter(?:y|ies)|rechargeable)\b/i;
  // Session 14: N학번 is the year of entering a university (20학번 "entered in 2020", "class of '20").
  if (parsed.scale === 1 && parsed.value < 100 && /^\s?학번/.test(after)) values.push(exact(parsed.value + (parsed.value > 50 ? 1900 : 2000)));
  // Session 14: two decades written together before a noun (2030 세대, 2030 청약통장) are people in their 20s and 30s.
  if (parsed.scale === 1 && /^(?:1020|2030|3040|4050|5060|2040|3050)$/.test(raw) && /^\s?(?:세대|청년|직장인|여성|남성|층|[가-힣]{2,})/.test(after) && !/^\s?년/.test(after)) values.push(exact(Number(raw.slice(0, 2))), exact(Number(raw.slice(2))));
  // Session 15: 1020 and 2030 are also said as the young ("Young Koreans grow anxious" for 2030 불안감 커져).
  if (parsed.scale === 1 && /^(?:1020|2030|2040)$/.test(raw) && /^\s?[가-힣]{2,}/.test(after) && !/^\s?년/.test(after) && !mention.alsoMatches) mention.alsoMatches = /\b(?:young(?:er)?|youths?|millennials?|gen(?:eration)?[\s-]?(?:z|mz)|MZ)\b/i;
  // Session 15: 119 before its rescue or ambulance crew, or a call to it, is "rescuers", "paramedics", "an emergency call".
  if (parsed.value === 119 && parsed.scale === 1 && /^\s?(?:구조|구급|신고|상황실|에\s?신고)/.test(after) && !mention.alsoMatches) mention.alsoMatches = /\b(?:rescu\w*|paramedics?|emergency|ambulances?|firefight\w*|fire (?:department|service|crews?|authorities))\b/i;
  // 2위 is the runner-up: "finished as the regular season's runner-up".
  if (parsed.value === 2 && parsed.scale === 1 && /^\s?위(?![가-힣]{2})/.test(after) && !mention.alsoMatches) mention.alsoMatches = /\brunners?-up\b|\bsecond(?:-place)?\b/i;
  // 2위에 4타 앞서 우승: the runner-up the winner led is said by "won by".
  if (parsed.value === 2 && parsed.scale === 1 && /^위(?:에|와|를|보다)\s?[^.]{0,12}?(?:앞서|앞선|앞섰|차로|제치)/.test(text.slice(parsed.end, parsed.end + 24))) mention.alsoMatches = /\bw[io]n\b|\bwins\b|\bvictor\w*|\blead\w*|\bahead\b|\brunner-up\b/i;
  // Session 13: a school year is the American grade (중학교 2학년 "eighth grade", 고3 "a high school senior").
  if (parsed.scale === 1 && !mention.alsoMatches) mention.alsoMatches = gradeWords(text, start, parsed.value, after);
  if (parsed.scale === 1 && !mention.alsoMatches) mention.alsoMatches = countWords(text, start, parsed, before, after);
  // Session 8: a denominator with a unit (1천분의 1) is a fraction too.
  if (parsed.scale > 1 && !mention.alsoMatches && /^\s?분의\s?\d/.test(text.slice(parsed.end, parsed.end + 6))) mention.alsoMatches = fractionWords(text, start);
  return mention;
}

const COURT_INSTANCES: Record<number, RegExp> = {
  1: /\blower court\b|\bfirst(?:[\s-]instance|[\s-]trial)\b|\btrial court\b|\bdistrict court\b|\bat trial\b/i,
  2: /\bappeal(?:s|ed|late)?\b|\bhigh court\b|\bsecond(?:[\s-]instance|[\s-]trial)\b/i,
  3: /\bsupreme court\b|\btop court\b|\bfinal (?:appeal|ruling)\b/i,
};
const CLOCK_QUARTERS: Record<number, RegExp> = { 15: /\bquarter (?:past|after)\b/i, 30: /\bhalf past\b/i, 45: /\bquarter (?:to|of|till)\b/i };
// Session 13: also the monthly sums people give in 만 원 (월급 300 "3 million won", 카드값 200, 연봉 5000).
const LISTING_WORDS = '보증금|월세|전세금?|관리비|권리금|임대료|월\\s?임대료|매매가|분양가|월급|연봉|초봉|세전|세후|카드값|생활비';
const LISTING_AMOUNT = new RegExp(`(?:${LISTING_WORDS})\\s?[:：]?\\s?$`);
const LISTING_PAIR = new RegExp(`(?:${LISTING_WORDS})[\\s/가-힣:：]*\\d+\\s?/\\s?$`);
const ONE_DENIED = /^\s?(?:명|개|번|차례|건|곳|마리|대|사람|군데|가지|장|권|통)?\s?도\s?(?:[가-힣]+\s){0,3}[가-힣]*(?:없|않|안\s|못|모르|몰라|몰랐)/;
const DENIAL_WORDS = /\bnot?\b|\bnone\b|\bnever\b|\bnobody\b|\bnothing\b|\bneither\b|\bzero\b|\bsingle\b|n['’]t\b|\bwithout\b/i;

// Counts said without their figure.
const BACK_TO_BACK = /\bback[\s-]to[\s-]back\b|\b(?:two|second) (?:straight|consecutive|successive)\b|\b(?:second|two) (?:years?|seasons?|times?) (?:running|in a row)\b|\b(?:repeat|defending) (?:champions?|titles?|winners?)\b/i;
const STRAIGHT_WIN = /\bstraight (?:games|sets)\b|\bwithout (?:dropping|losing|conceding) a (?:game|set|goal|point)\b|\bswe(?:pt|ep)\b|\bshut ?out\b|\bclean sheet\b/i;
const NO_SCORE = /\bgoal-?less\b|\bscore-?less\b|\bnil[\s-]+(?:nil|all)\b|\bno[\s-]score\b|\b0[\s-]*(?:-|–|to)[\s-]*0\b|\bneither (?:side|team) (?:scored|could score|found the net)\b/i;
const UNDER_ONE = /\b(?:under|below|younger than|less than) (?:one|1|a year|12 months)\b|\binfants?\b|\bnewborns?\b|\bbab(?:y|ies)\b/i;
const ADULTS = /\badults?\b|\bgrown-?ups?\b|\bvoting[\s-]age\b|\bof (?:legal )?age\b/i;
const MINORS = /\bminors?\b|\bunder(?:-|\s)?age\b|\bjuveniles?\b|\bteen(?:s|agers?)\b|\bchildren\b|\byouths?\b/i;

/** English that says a count by words of its own: N년 연속 "back-to-back", 2대 0 "in straight games", 만 0세 "under one", 18세 이상 "adults", 코로나19 "COVID". */
function countWords(text: string, start: number, parsed: ParsedKorean, before: string, after: string): RegExp | undefined {
  const value = parsed.value;
  if (value === 2 && /^\s?(?:년|해|시즌|회|번|차례|대회|경기)?\s?연속/.test(after)) return BACK_TO_BACK;
  // Session 12: a goalless score (0 대 0, 0-0) is "goalless", "scoreless", "nil-nil": neither side has a figure.
  if (value === 0 && (/(?<![\d.])0\s?(?:[-:–]|대)\s?$/.test(before) || /^\s?(?:[-:–]|대)\s?0(?![\d.])/.test(after))) return NO_SCORE;
  // A score N대 0 (or 0 on the loser's side): won without losing a game or set.
  if ((value === 0 && /\d\s?(?:[-:–]|대)\s?$/.test(before)) || /^\s?(?:[-:–]|대)\s?0(?![\d.])/.test(after)) return STRAIGHT_WIN;
  if (value === 0 && /^\s?(?:세|살)/.test(after)) return UNDER_ONE;
  if (value >= 18 && value <= 20 && /^\s?세\s?(?:이상|넘은|넘는)/.test(after)) return ADULTS;
  if (value >= 18 && value <= 20 && /^\s?세\s?(?:미만|이하|아래)/.test(after)) return MINORS;
  if (value === 19 && /코로나\s?$/.test(before)) return /\bcovid\b|\bcoronavirus\b|\bpandemic\b|\bcorona\b/i;
  if (/분의\s?\d/.test(text.slice(parsed.end, parsed.end + 5)) || /[\d십백천만]\s?분의\s?$/.test(text.slice(Math.max(0, start - 6), start))) return fractionWords(text, start);
  return undefined;
}

// The school before a year number: 초등학교 2학년, 중학교 3학년, 고교 1학년, 대학 4학년, or glued short (초6, 중2, 고3).
const KO_SCHOOL_BEFORE = /(?:(초등학교|초등|초교)|(중학교|중학|중등)|(고등학교|고교|고등)|(대학교|대학|(?<=[가-힣])대))\s?$/;
const KO_SCHOOL_SHORT = /(?<![가-힣])(?:(초)|(중)|(고))$/;
const KO_SCHOOL_SHORT_AFTER = /^(?:\s?학년|학생|수험생|짜리|때|[\s.,!?)]|$|(?:이|가|은|는|의|도|을|를|인|이다|이고|이라|부터|까지)(?=[\s.,!?]|$))/;
const GRADE_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const SUFFIXES = (n: number) => (n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th');
/** Class names of the years of an American high school (by grade) and college (by year). */
const HIGH_SCHOOL_CLASS: Record<number, string> = { 10: 'sophomores?|freshm[ae]n', 11: 'juniors?', 12: 'seniors?' };
const COLLEGE_CLASS: Record<number, string> = { 1: 'freshm[ae]n', 2: 'sophomores?', 3: 'juniors?', 4: 'seniors?' };

/** A school year said as the American grade or class: 중학교 2학년 "eighth grade", 고3 "senior", 대학 1학년 "freshman". */
function gradeWords(text: string, start: number, value: number, after: string): RegExp | undefined {
  if (value < 1 || value > 6) return undefined;
  const long = /^\s?학년/.test(after) ? KO_SCHOOL_BEFORE.exec(text.slice(Math.max(0, start - 6), start)) : null;
  const short = long ? null : KO_SCHOOL_SHORT.exec(text.slice(Math.max(0, start - 2), start));
  const school = long ?? (short && KO_SCHOOL_SHORT_AFTER.test(after) ? short : null);
  if (!school) return undefined;
  const college = long?.[4] !== undefined;
  const grade = school[1] ? value : school[2] ? value + 6 : school[3] ? value + 9 : value;
  if (grade > 12 || (college && value > 4) || ((school[2] || school[3]) && value > 3)) return undefined;
  const forms = college ? [`\\b(?:${COLLEGE_CLASS[value]})\\b`] : [`\\b(?:${grade}${SUFFIXES(grade)}|${GRADE_ORDINALS[grade]})[\\s-]+grade(?:rs?)?\\b`, `\\bgrade[\\s-]${grade}\\b`];
  if (HIGH_SCHOOL_CLASS[grade] && !college) forms.push(`\\b(?:${HIGH_SCHOOL_CLASS[grade]})\\b`);
  return new RegExp(forms.join('|'), 'i');
}

const FRACTION_NAMES: Record<number, string> = { 2: 'halves|half', 3: 'thirds?', 4: 'quarters?|fourths?', 5: 'fifths?', 6: 'sixths?', 8: 'eighths?', 10: 'tenths?', 100: 'hundredths?', 1000: 'thousandths?' };

/** 4분의 1 said as "a quarter", "one in four", "25 percent", or as its share of a total the Korean gives (400명 중 4분의 1 → "100 of its 400"). */
function fractionWords(text: string, at: number): RegExp | undefined {
  const match = [...text.matchAll(/(\d+)\s?([십백천만])?\s?분의\s?(\d+)/g)].find((candidate) => at >= candidate.index && at < candidate.index + candidate[0].length);
  if (!match) return undefined;
  // Session 8: 1천분의 1 (one in a thousand) is "0.1 percent", "per thousand".
  const whole = Number(match[1]) * (match[2] ? ({ 십: 10, 백: 100, 천: 1000, 만: 10000 } as Record<string, number>)[match[2]]! : 1);
  const part = Number(match[3]);
  if (!(whole > part && part > 0)) return undefined;
  const share = part / whole;
  const forms: string[] = [`\\b${part} (?:in|out of) ${whole}\\b`, `\\b(?:one|${part}) (?:in|out of) (?:every )?(?:${whole}|${WORD_NAMES[whole] ?? whole})\\b`];
  if (FRACTION_NAMES[whole]) forms.push(`\\b(?:${part === 1 ? 'an?|one' : (WORD_NAMES[part] ?? part)})[\\s-]+(?:${FRACTION_NAMES[whole]})\\b`);
  // Session 13: cut to a fraction (3분의 1로 줄였다) is cut by the rest ("cut by two-thirds").
  const rest = whole - part;
  if (FRACTION_NAMES[whole] && WORD_NAMES[rest] && /^\s?(?:로|으로)\s?(?:[가-힣]+\s)?(?:줄|감소|축소|낮|떨어|하락|삭감|감축)/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 12))) {
    forms.push(`\\b(?:${rest === 1 ? 'an?|one' : WORD_NAMES[rest]})[\\s-]+(?:${FRACTION_NAMES[whole]})\\b`);
  }
  const percent = Math.round(share * 100);
  if (share * 100 >= 1) forms.push(`\\b(?:${percent - 1}|${percent}|${percent + 1})(?:\\.\\d+)?\\s?(?:%|percent)`);
  else forms.push(`(?<![\\d.])${String(Number((share * 100).toPrecision(2))).replace('.', '\\.')}\\s?(?:%|percent)|\\bper (?:${whole}|thousand|mille)\\b|‰`);
  // Totals the Korean gives elsewhere in the sentence: the share of each, rounded.
  for (const total of text.matchAll(/(\d{1,3}(?:,\d{3})+|\d+)/g)) {
    if (total.index >= match.index && total.index < match.index + match[0].length) continue;
    const amount = Number(total[1]!.replace(/,/g, '')) * share;
    if (amount >= 2) forms.push(`\\b(?:${Math.floor(amount)}|${Math.round(amount)}|${Math.ceil(amount)})(?![\\d.])`);
  }
  return new RegExp(forms.join('|'), 'i');
}
/** "three days", "3-day": a stay's count of days or nights. */
const STAY_WORDS = new Map<string, RegExp>();
function stayWords(count: number, unit: string): RegExp | undefined {
  if (count < 1 || count > 30) return undefined;
  const key = `${count} ${unit}`;
  let pattern = STAY_WORDS.get(key);
  // Session 13: a stay of one night (1박 2일) is "an overnight trip".
  const overnight = count === 1 && unit === 'nights?' ? String.raw`|\bovernight\b` : '';
  if (!pattern) STAY_WORDS.set(key, (pattern = new RegExp(`\\b(?:${count}|${WORD_NAMES[count] ?? count})[\\s-]+${unit}\\b${overnight}`, 'i')));
  return pattern;
}

/** Shares English says as fractions, with the percentage each stands for. */
const FRACTION_SHARES: [number, RegExp][] = [
  [10, /\b(?:a|one)[\s-]tenth\b|\bone in (?:ten|10)\b/i],
  [20, /\b(?:a|one)[\s-]fifth\b|\bone in (?:five|5)\b|\btwo in (?:ten|10)\b/i],
  [25, /\b(?:a|one)[\s-]quarter\b|\bone in (?:four|4)\b/i],
  [30, /\bthree in (?:ten|10)\b/i],
  [100 / 3, /\b(?:a|one)[\s-]third\b|\bone in (?:three|3)\b/i],
  [40, /\btwo[\s-]fifths\b|\b(?:two in (?:five|5)|four in (?:ten|10))\b/i],
  [50, /\b(?:half|one in (?:two|2))\b/i],
  [60, /\bthree[\s-]fifths\b|\b(?:three in (?:five|5)|six in (?:ten|10))\b/i],
  [200 / 3, /\btwo[\s-]thirds\b|\btwo in (?:three|3)\b/i],
  [70, /\bseven in (?:ten|10)\b/i],
  [75, /\bthree[\s-]quarters\b|\bthree in (?:four|4)\b/i],
  [80, /\bfour[\s-]fifths\b|\b(?:four in (?:five|5)|eight in (?:ten|10))\b/i],
  [90, /\bnine in (?:ten|10)\b/i],
];

const FRACTION_SETS = new Map<string, RegExp>();

/** The fractions within two points (or 5 %) of a percentage, as one pattern (one per set of fractions, kept). */
function fractionShare(percent: number): RegExp | undefined {
  const near = FRACTION_SHARES.filter(([share]) => Math.abs(share - percent) <= Math.max(2, 0.05 * percent));
  // Session 13: after a hedge, a fraction a little further off ("nearly a third" for 30 %, "about a quarter" for 22 %).
  const hedged = FRACTION_SHARES.filter(([share]) => !near.some(([other]) => other === share) && Math.abs(share - percent) <= Math.max(3.5, 0.12 * percent));
  if (near.length === 0 && hedged.length === 0) return undefined;
  const key = `${near.map(([share]) => share).join(' ')}/${hedged.map(([share]) => share).join(' ')}`;
  let pattern = FRACTION_SETS.get(key);
  if (!pattern) {
    const forms = near.map(([, form]) => form.source);
    if (hedged.length > 0) forms.push(`${FRACTION_HEDGE}(?:${hedged.map(([, form]) => form.source).join('|')})`);
    FRACTION_SETS.set(key, (pattern = new RegExp(forms.join('|'), 'i')));
  }
  return pattern;
}
const FRACTION_HEDGE = String.raw`\b(?:nearly|almost|about|around|roughly|close to|approximately|just (?:under|over)|more than|less than|over|under|some)\s+`;

const WORD_NAMES: Record<number, string> = { 1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten' };

const ORDER_WORDS: Record<number, RegExp> = { 1: /\b(?:primary|first|initial|preliminary)\b/i, 2: /\b(?:secondary|second)\b/i, 3: /\b(?:tertiary|third)\b/i };
const LIST_NAME = String.raw`(?:the\s)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*`;
const NAME_LISTS = [2, 3, 4].map((count) => new RegExp(`${LIST_NAME}${`,\\s${LIST_NAME}`.repeat(count - 2)},?\\s(?:and|&)\\s${LIST_NAME}`));
const QUARTER_MONTHS = [
  /\bJan(?:uary|\.)?\s?(?:-|–|to|through)\s?Mar(?:ch|\.)?|\bQ1\b/i,
  /\bApr(?:il|\.)?\s?(?:-|–|to|through)\s?June?\b|\bQ2\b/i,
  /\bJuly?\.?\s?(?:-|–|to|through)\s?Sept?(?:ember|\.)?|\bQ3\b/i,
  /\bOct(?:ober|\.)?\s?(?:-|–|to|through)\s?Dec(?:ember|\.)?|\bQ4\b|\b(?:last|final) quarter\b/i,
];
const TENS_WORDS = ['', 'a', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

const SPAN_TAIL = String.raw`(?:\s?(?:간|동안|이내|내|만에|째|연속|치|분)|(?=\s?(?:넘게|이상|전|후|뒤)))`;
const spanPhrases = (unit: string): RegExp[] =>
  [1, 2, 3, 4].map((count) => {
    const words = count === 1 ? '(?:a|an|one|per|each|every|past|last|next|full|whole|single)' : `(?:${count}|${WORD_NAMES[count]})`;
    return new RegExp(String.raw`\b${words}[\s-]+(?:(?:full|whole|entire|straight|calendar)[\s-]+)?${unit}\b${count === 2 && unit === 'weeks?' ? String.raw`|\bfortnight\b` : ''}`, 'i');
  });
// [the Korean unit (bare, and as a span), its size in the larger unit, the English phrases for 1–4 of the larger unit]
const SPAN_UNITS: [RegExp, RegExp, number, RegExp[]][] = [
  [/^\s?일/, new RegExp(`^\\s?일${SPAN_TAIL}`), 7, spanPhrases('weeks?')],
  [/^\s?일/, new RegExp(`^\\s?일${SPAN_TAIL}`), 30, spanPhrases('months?')],
  [/^\s?(?:개월|달)/, /^\s?(?:개월|달)/, 12, spanPhrases('years?')],
  [/^\s?시간/, /^\s?시간/, 24, spanPhrases('days?')],
  [/^\s?분/, new RegExp(`^\\s?분${SPAN_TAIL}`), 60, spanPhrases('hours?')],
];
const SPAN_BEFORE = /(?:최근|지난|향후|앞으로|과거|이후|약|최대|최소)\s?$/;

function wholeSpan(value: number, after: string, before: string): RegExp | undefined {
  for (const [bare, span, size, phrases] of SPAN_UNITS) {
    if (value % size !== 0 || value / size > 4) continue;
    // A bare 7일 is a date (the 7th) unless a word of time around it makes it a span.
    if (!span.test(after) && !(SPAN_BEFORE.test(before) && bare.test(after))) continue;
    return phrases[value / size - 1];
  }
  return undefined;
}

/** A span of years ending in a half: 0.5 "half a year", "a half-year"; 1.5 "a year and a half", "one and a half years", "1.5 years". */
function halfYears(years: number): RegExp {
  const whole = Math.floor(years);
  if (whole === 0) return /\bhalf[\s-](?:a[\s-])?year\b|\bsemi-?annual\b|\bsix[\s-]months?\b/i;
  const count = `(?:${whole}|${whole === 1 ? 'an?|one' : WORD_NAMES[whole]})`;
  return new RegExp(`\\b${count}[\\s-]+(?:and[\\s-]+a[\\s-]+half[\\s-]+years?|years?[\\s-]+and[\\s-]+a[\\s-]+half)\\b|(?<![\\d.])${whole}\\.5[\\s-]years?\\b`, 'i');
}

const WORD_HOURS: Record<number, string> = { 1: 'an?|one', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten' };

/** Minutes as hours with a decimal or a fraction: 45 "0.75 hours", "three quarters of an hour"; 90 "1.5 hours". */
export function decimalHours(minutes: number): RegExp | undefined {
  const hours = minutes / 60;
  if (minutes <= 0 || minutes % 60 === 0 || minutes % 3 !== 0 || hours > 24) return undefined;
  const whole = Math.floor(hours);
  const decimal = String(Number(hours.toFixed(2))).replace(/^0\./, '0?\\.').replace(/^(\d+)\./, '$1\\.');
  const forms = [`(?<![\\d.])${decimal}[\\s-]hours?\\b`];
  const fraction = minutes % 60 === 30 ? 'a[\\s-]half' : minutes % 60 === 15 ? 'a[\\s-]quarter' : minutes % 60 === 45 ? 'three[\\s-]quarters' : undefined;
  // "a quarter of an hour", "every quarter hour", "a quarter-hour".
  if (fraction && whole === 0) forms.push(`\\b${minutes === 30 ? 'half[\\s-](?:an[\\s-])?hour' : minutes === 15 ? '(?<!three[\\s-])quarter[\\s-](?:of[\\s-]an[\\s-])?hour' : `${fraction}[\\s-](?:of[\\s-]an[\\s-])?hour`}\\b`);
  if (fraction && WORD_HOURS[whole]) forms.push(`\\b(?:${whole}|${WORD_HOURS[whole]})[\\s-]+(?:and[\\s-]+${fraction}[\\s-]+hours?|hours?[\\s-]+and[\\s-]+${fraction})\\b`);
  return new RegExp(forms.join('|'), 'i');
}

function spanWords(value: number, after: string): RegExp | undefined {
  if (/^주년/.test(after)) {
    if (value === 100) return /\bcentenn?(?:ial|ary)\b|\bhundredth\b/i;
    if (value === 50) return /\bgolden (?:anniversary|jubilee)\b|\bsemicentennial\b|\bfiftieth\b/i;
    if (value === 25) return /\bsilver (?:anniversary|jubilee)\b/i;
    return undefined;
  }
  // Session 8: 1년 전보다 (than a year before) is "year on year", 1년 전 "last year"; 1개월 전 "month on month".
  if (value === 1 && /^\s?(?:년|해)\s?전/.test(after)) return /\byear[- ](?:on|over)[- ]year\b|\b(?:a|one|the|last|previous|prior|past) year\b|\byoy\b|\bannual(?:ly)?\b/i;
  if (value === 1 && /^\s?(?:개월|달)\s?전/.test(after)) return /\bmonth[- ](?:on|over)[- ]month\b|\b(?:a|one|the|last|previous|prior|past) month\b/i;
  if (/^년(?:[간동이을은째]|\s|$|[가-힣]*(?:넘|이상|만에|가까이|동안|째|전|후|뒤|새))/.test(after)) {
    if (value === 100) return /\b(?:a|one|the past|the last) century\b|\bcentennial\b/i;
    if (value % 10 === 0 && value >= 20 && value <= 90) return new RegExp(`\\b(?:${TENS_WORDS[value / 10]}|${value / 10}) decades\\b`, 'i');
    // Session 15: whole centuries (500년간 "five centuries", 200년 "two centuries").
    if (value % 100 === 0 && value >= 200 && value <= 900) return new RegExp(`\\b(?:${WORD_NAMES[value / 100]}|${value / 100}) centuries\\b`, 'i');
    return undefined;
  }
  if (value === 24 && /^시간/.test(after)) return /\b(?:a)?round[- ]the[- ]clock\b|\b24\/7\b|\bday and night\b|\bnight and day\b|\ball day\b/i;
  return undefined;
}

/** `3~5억`: the first number shares the second's scale, so it may be 3 or 300,000,000. */
function linkRanges(text: string, mentions: NumberMention[], connector = /^\s*(?:~|∼|〜|～|-|–|—)\s*$/): void {
  const ordered = [...mentions].sort((a, b) => a.range[0] - b.range[0]);
  for (let i = 0; i + 1 < ordered.length; i++) {
    const left = ordered[i]!;
    const right = ordered[i + 1]!;
    if (left.scale !== 1 || right.scale === 1) continue;
    if (!connector.test(text.slice(left.range[1], right.range[0]))) continue;
    for (const alternative of [...left.values]) left.values.push({ value: alternative.value * right.scale, tolerance: alternative.tolerance });
    if (right.currency && !left.currency) left.currency = right.currency;
  }
}

// ───────────────────────────── English ─────────────────────────────

const EN_SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
  t: 1e12,
  quadrillion: 1e15,
  quintillion: 1e18,
};
// `k`, `m`, `b`, `t` are scales only glued to the digits (`12k`, `$3m`); `3 m` is three metres.
const EN_NUMBER =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:([\s-]?(?:hundred|thousand|million|billion|trillion|quadrillion|quintillion|mn|mln|bn|trn|tn)(?:th)?\b)|([kKmMbBtT])(?![a-zA-Z]))?/g;

const WORD_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const WORD_SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, quadrillion: 1e15, quintillion: 1e18,
};
const NUMBER_WORD = `(?:${[...Object.keys(WORD_UNITS), ...Object.keys(WORD_SCALES)].join('|')})`;
const EN_WORDS = new RegExp(`\\b(?:an?\\s+)?${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD})*\\b`, 'gi');

// Session 13: also the hour of "ten to four", "quarter past five", "twenty after six".
const EN_WORD_HOUR_BEFORE = /\b(?:at|by|until|till|from|after|before|around|past)\s+$|\b(?:quarter|half|five|ten|twenty|twenty-five|\d{1,2})\s+(?:to|of|till|past|after)\s+$/i;
const TENS_VALUES = new Set([20, 30, 40, 50, 60, 70, 80, 90]);
/** The number phrases inside a run of number words: "twenty-five" and "a hundred and two" are one, "five three-pointers" two. */
function compounds(phrase: string, at: number): { 0: string; index: number }[] {
  const parts: { 0: string; index: number }[] = [];
  let start = 0;
  let last: number | undefined;
  for (const token of phrase.matchAll(/[a-z]+/gi)) {
    const unit = WORD_UNITS[token[0].toLowerCase()];
    if (unit !== undefined && last !== undefined && !(TENS_VALUES.has(last) && unit < 10)) {
      parts.push({ 0: phrase.slice(start, token.index).replace(/[\s-]+$/, ''), index: at + start });
      start = token.index;
    }
    last = unit;
  }
  parts.push({ 0: phrase.slice(start), index: at + start });
  return parts;
}
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
  // Session 13: "its millionth passenger" (100만 명째).
  thousandth: 1e3, millionth: 1e6, billionth: 1e9,
};
const SPECIAL_WORDS: Record<string, number[]> = {
  once: [1], single: [1], twice: [2], duplicate: [2], triplicate: [3], double: [2], doubled: [2], doubles: [2], doubling: [2], twofold: [2], both: [2], pair: [2], couple: [2],
  thrice: [3], triple: [3], tripled: [3], triples: [3], tripling: [3], quadruple: [4], quadrupled: [4], quadruples: [4], dozen: [12], dozens: [],
  half: [0.5, 50, 30], quarter: [0.25, 25], noon: [12], midnight: [0, 12, 24], none: [0], nil: [0], no: [0], zeros: [0], zeroes: [0], nonzero: [0],
  decade: [10], decades: [], century: [100], fortnight: [14],
  twenties: [20], thirties: [30], forties: [40], fifties: [50], sixties: [60], seventies: [70], eighties: [80], nineties: [90],
  teens: [10], bilateral: [2], trilateral: [3], quadrilateral: [4], duo: [2], trio: [3], quartet: [4], quintet: [5],
};
const EN_SPECIAL = new RegExp(
  `\\b(?:(?:${Object.keys(ORDINALS).join('|')})s?|${Object.keys(SPECIAL_WORDS).join('|')}|(?:${Object.keys(WORD_UNITS).join('|')})fold)\\b`,
  'gi',
);

const AND_A_HALF = new RegExp(`\\b(\\d{1,3}|an?|${Object.keys(WORD_UNITS).join('|')})[\\s-]+and[\\s-]+a[\\s-]+half\\b`, 'gi');
const HALF_SCALE = /\bhalf an? (thousand|million|billion|trillion|quadrillion|dozen)\b/gi;
const MONTH_NAMES =
  /\b(?:(Jan(?:uary|\.)?)|(Feb(?:ruary|\.)?)|(Mar(?:ch|\.)?)|(Apr(?:il|\.)?)|(May(?=,?\s+\d)|(?<=\b(?:in|of|since|until|by|late|early|mid|last|next|this|from|through|to|and|or|between)\s+|mid-)May)|(June?\.?)|(July?\.?)|(Aug(?:ust|\.)?)|(Sept?(?:ember|\.)?)|(Oct(?:ober|\.)?)|(Nov(?:ember|\.)?)|(Dec(?:ember|\.)?))(?![a-z])/g;
export const WEEKDAY = /\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|\b(?:today|yesterday|tomorrow|tonight)\b/i;
const ROMAN = /\b(II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)\b/g;
const ROMAN_VALUES: Record<string, number> = {
  II: 2, III: 3, IV: 4, VI: 6, VII: 7, VIII: 8, IX: 9, XI: 11, XII: 12, XIII: 13, XIV: 14, XV: 15, XVI: 16, XVII: 17, XVIII: 18, XIX: 19, XX: 20,
};

const EN_CURRENCY_AFTER: [RegExp, string][] = [
  [/^\s?(?:won|KRW)\b/i, 'KRW'],
  [/^\s?(?:(?:US\s)?dollars?|USD)\b/i, 'USD'],
  [/^\s?(?:yen|JPY)\b/i, 'JPY'],
  [/^\s?(?:yuan|renminbi|CNY|RMB)\b/i, 'CNY'],
  [/^\s?(?:euros?|EUR)\b/i, 'EUR'],
  [/^\s?(?:pounds?(?:\s+sterling)?|GBP)\b/i, 'GBP'],
];

/** The part of the day after an hour's figure ("11 tonight", "7 in the evening", "9 this morning", "8 last night"). */
const EN_DAY_PART = /^\s?(?:o['’]clock\s)?(tonight|(?:at|in the|this|that|tomorrow|each|every|last|yesterday|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day) (?:night|evening|afternoon|morning))\b/i;

/** Every number in English text: digits, number words, ordinals, months, Roman numerals. */
const EN_RANGE = /^\s*(?:-|–|—|to|or|and|~)\s*$/i;

export function englishNumbers(text: string): NumberMention[] {
  const digits = englishDigitNumbers(text);
  return [...digits, ...englishWordNumbers(text, digits)].sort((a, b) => a.range[0] - b.range[0]);
}

/** Numbers written with digits: `1.2 trillion`, `$3m`, `3 p.m.`, `0.25 percentage point`. */
export const englishDigitNumbers = memoByText(readEnglishDigitNumbers);

// Session 17: a whole number and a fraction ("4 1/2 years", "2 1/4 cups").
const EN_MIXED_NUMBER = /(?<![\d./,])(\d{1,3}) ([1-9])\/([2-9])(?![\d/])/y;

function readEnglishDigitNumbers(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  let mixedEnd = -1;
  for (const match of text.matchAll(EN_NUMBER)) {
    const [whole, intPart, fraction, spacedScale, gluedScale] = match;
    const start = match.index;
    const end = start + whole.length;
    if (start < mixedEnd) continue;
    if (text.includes('/')) {
      EN_MIXED_NUMBER.lastIndex = start;
      const mixed = EN_MIXED_NUMBER.exec(text);
      if (mixed && Number(mixed[2]) < Number(mixed[3])) {
        mixedEnd = start + mixed[0].length;
        mentions.push({ raw: mixed[0], range: [start, mixedEnd], kind: 'plain', values: [exact(Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3])), exact(Number(mixed[1]))], scale: 1, digits: true });
        continue;
      }
    }
    // Session 10: a clock reading with a dot, as British English writes it ("9.30pm", "4.30 a.m."), is an hour and
    // its minutes, like "9:30 p.m.", not the decimal 9.3.
    if (fraction && /^\.[0-5]\d$/.test(fraction) && !spacedScale && !gluedScale && intPart!.length <= 2 && Number(intPart) <= 12) {
      const meridiem = /^\s?([ap])\.?m\b\.?/i.exec(text.slice(end, end + 6));
      if (meridiem) {
        const hour = Number(intPart);
        const minuteStart = start + intPart!.length + 1;
        const hourValue = /p/i.test(meridiem[1]!) && hour < 12 ? hour + 12 : /a/i.test(meridiem[1]!) && hour === 12 ? 0 : hour;
        mentions.push({ raw: intPart!, range: [start, start + intPart!.length], kind: 'hour', values: [exact(hourValue)], scale: 1, digits: true });
        mentions.push({ raw: fraction.slice(1), range: [minuteStart, end], kind: 'plain', values: [exact(Number(fraction.slice(1)))], scale: 1, digits: true });
        continue;
      }
    }
    const base = parseDigits(intPart!) + (fraction ? Number(fraction) : 0);
    const before = text.slice(Math.max(0, start - 4), start);
    // "its 10 millionth viewer": an ordinal scale is the same figure.
    const scaleWord = (spacedScale ?? gluedScale ?? '').trim().replace(/^-/, '').toLowerCase().replace(/(?<=[a-z]{4})th$/, '');
    let scale = EN_SCALES[scaleWord] ?? 1;
    const values = [exact(base * scale)];
    const moneyBefore = CURRENCY_BEFORE.find(([pattern]) => pattern.test(before));
    // A glued single letter is a scale only after a currency sign: `$3m`, but `5G` or `3m` (metres) stays.
    if (gluedScale && /^[mMbBtT]$/.test(gluedScale) && !moneyBefore) {
      values[0] = exact(base);
      values.push(exact(base * scale));
      scale = 1;
    }
    // A glued k keeps its bare figure too: "12k runners" is 12,000, "4K" video 4.
    else if (gluedScale && /^[kK]$/.test(gluedScale)) values.push(exact(base));
    // "2024-25 season": the short year after a full one is 2025.
    const fullYear = /(\d\d)\d\d[-–/]$/.exec(text.slice(Math.max(0, start - 5), start));
    if (fullYear && intPart!.length === 2 && !fraction) values.push(exact(Number(fullYear[1]) * 100 + base));
    // A decade by its last two digits ("the late '90s", "'20s"): 1990 or 2090, 1920 or 2020.
    if (intPart!.length === 2 && !fraction && /['‘’]$/.test(before) && text[end] === 's' && base % 10 === 0) values.push(exact(1900 + base), exact(2000 + base));
    // Session 13: "a 200-megapixel camera" (2억 화소).
    if (/^[\s-]?(?:megapixels?|MP\b)/i.test(text.slice(end, end + 12))) values.push(exact(base * 1e6));
    // Session 13: "24/7" is around the clock: its 7 is no figure.
    if (base === 7 && /(?<![\d.])24\/$/.test(text.slice(Math.max(0, start - 4), start))) continue;
    const mention: NumberMention = { raw: whole, range: [start, end], kind: 'plain', values, scale, digits: true };
    if (scale > 1) mention.roundingStep = roundingStep(intPart!, fraction, scale);
    // Session 8: a round figure said as one ("just under 2 million won" for 199만 원, "nearly 50 million" for 4,980만)
    // stands for an amount within 3 % of it.
    // Last round: so does a round figure in digits ("almost 100,000" for 9만 8천).
    const roundDigits = scale === 1 && !fraction && base >= 1000 && /000$/.test(intPart!.replace(/,/g, ''));
    if (((scale > 1 && mention.roundingStep === undefined) || roundDigits) && EN_NEAR_BEFORE.test(text.slice(Math.max(0, start - 16), start))) values[0] = { value: values[0]!.value, tolerance: NEAR_TOLERANCE };
    const after = text.slice(end, end + 24);
    if (/^\s?(?:percentage[\s-]points?|%\s?p(?:oin)?ts?\b|%p\b|pp\b|percent(?:age)? points?|points?\b|bps?\b|basis points?)/i.test(after)) mention.kind = 'points';
    else if (/^\s?(?:%|％|percent\b|per\s?cent\b|pct\b)/i.test(after)) mention.kind = 'percent';
    // The minutes of a clock reading ("2:10 p.m.") are minutes, not an hour of their own.
    else if (/\d:$/.test(text.slice(Math.max(0, start - 2), start))) mention.kind = 'plain';
    else if (/^\s?(?:a\.?m\.?|p\.?m\.?|o'clock)/i.test(after) || /^:\d\d/.test(text.slice(end, end + 3))) {
      mention.kind = 'hour';
      const pm = /^\s?p\.?m\.?/i.test(after);
      const am = /^\s?a\.?m\.?/i.test(after) || /^:\d\d\s?a\.?m\.?/i.test(text.slice(end, end + 9));
      const pmAfterMinutes = /^:\d\d\s?p\.?m\.?/i.test(text.slice(end, end + 9));
      // "3 p.m." is 15 only, "9 a.m." 9 only; "15:30" or "3 o'clock" may be either.
      if ((pm || pmAfterMinutes) && base < 12) values[0] = exact(base + 12);
      else if (!am && !pm && !pmAfterMinutes && base <= 12) values.push(exact(base + 12));
      else if (!am && !pm && !pmAfterMinutes && base > 12) values.push(exact(base - 12));
    } else if (base <= 12 && !fraction && EN_DAY_PART.test(after)) {
      // Session 9: an hour told by the part of the day ("by 11 tonight", "after 7 in the evening", "at 3 in the
      // afternoon", "6 in the morning"): the evening's and afternoon's hours are the afternoon clock's.
      mention.kind = 'hour';
      const part = EN_DAY_PART.exec(after)![1]!.toLowerCase();
      const late = /night/.test(part) ? base >= 6 && base < 12 : /evening|afternoon/.test(part) && base < 12;
      if (late) values[0] = exact(base + 12);
    } else if (base <= 12 && !fraction) {
      // "from 6 to 8 p.m.", "9-11 a.m.": the range's meridiem also belongs to its first hour.
      const range = /^(?::\d\d)?\s?(?:to|-|–|~|until|till|through|and)\s?\d{1,2}(?::\d\d)?\s?([ap])\.?m\b/i.exec(text.slice(end, end + 24));
      // Session 9: so does the part of the day after the range ("from 3 to 5 in the afternoon").
      const part = range ? undefined : /^(?::\d\d)?\s?(?:to|-|–|~|until|till|through|and)\s?\d{1,2}(?::\d\d)?(?=\s)/i.exec(text.slice(end, end + 16));
      const partAfter = part ? EN_DAY_PART.exec(text.slice(end + part[0].length, end + part[0].length + 24)) : null;
      if (range) {
        mention.kind = 'hour';
        if (/p/i.test(range[1]!) && base < 12) values.push(exact(base + 12));
      } else if (partAfter && /evening|afternoon|night/i.test(partAfter[1]!) && base < 12) {
        mention.kind = 'hour';
        values.push(exact(base + 12));
      }
      // Session 14: "at 9" in a text about tonight ("tonight's raid at 9") is the evening's hour too.
      if (/\b(?:at|by|until|till|around)\s$/i.test(text.slice(Math.max(0, start - 7), start)) && base < 12 && EN_TONIGHT.test(text)) {
        mention.kind = 'hour';
        values.push(exact(base + 12));
      }
      // Session 13: the end of a range of hours below its start is the afternoon's ("open 9 to 6", "10-2").
      const opening = /(?<![\d.,:])(\d{1,2})\s?(?:to|-|–|until|till)\s?$/i.exec(text.slice(Math.max(0, start - 10), start));
      if (opening && Number(opening[1]) <= 12 && base < Number(opening[1])) values.push(exact(base + 12));
    }
    if (moneyBefore) {
      mention.kind = 'money';
      mention.currency = moneyBefore[1];
    }
    for (const [pattern, code] of EN_CURRENCY_AFTER) {
      if (pattern.test(after)) {
        mention.kind = 'money';
        mention.currency = code;
      }
    }
    mentions.push(mention);
  }
  // A decimal with no leading zero, as sport writes averages and rates: "batting .340", "a .500 record".
  if (/(?:^|[\s(=])\.\d/.test(text)) {
    for (const match of text.matchAll(LEADING_DOT_DECIMAL)) {
      mentions.push({ raw: match[0], range: [match.index, match.index + match[0].length], kind: 'plain', values: [exact(Number(`0.${match[1]}`))], scale: 1, digits: true });
    }
  }
  linkRanges(text, mentions, EN_RANGE);
  // "6 feet 1 inch", "5-foot-9": one height, read also as inches and as feet (185cm → 72.8 in, 1.85m → 6.07 ft).
  if (/\d\s?-?\s?(?:feet|foot|ft)\b/i.test(text)) {
    const heights: NumberMention[] = [];
    const covered = new Uint8Array(text.length + 1);
    for (const match of text.matchAll(/(\d+)\s?-?\s?(?:feet|foot|ft)\.?,?\s?-?\s?(?:and\s)?(\d+)\s?-?\s?(?:inch(?:es)?|in)\b/gi)) {
      const feet = Number(match[1]);
      const inches = Number(match[2]);
      const range: Range = [match.index, match.index + match[0].length];
      covered.fill(1, range[0], range[1]);
      heights.push({ raw: match[0], range, kind: 'plain', values: [approx(feet * 12 + inches), approx(feet + inches / 12)], scale: 1, digits: false });
    }
    // The compound replaces its two figures (one pass: a splice per height was quadratic on long text).
    if (heights.length > 0) return [...mentions.filter((mention) => !(covered[mention.range[0]] && covered[mention.range[1] - 1])), ...heights];
  }
  return mentions;
}

/** Numbers written as words ("three", "twice", "third", "Feb.", "II"), outside the digit mentions given. */
export function englishWordNumbers(text: string, digitMentions: readonly NumberMention[]): NumberMention[] {
  // Kept per text (the last texts, as memoByText keeps them) with the digit list asked for (the digits come from the
  // kept englishDigitNumbers).
  const kept = wordNumbersKept(text);
  if (kept.digits !== digitMentions) {
    kept.digits = digitMentions;
    kept.mentions = readEnglishWordNumbers(text, digitMentions);
  }
  return kept.mentions;
}

const wordNumbersKept = memoByText((): { digits: readonly NumberMention[] | undefined; mentions: NumberMention[] } => ({ digits: undefined, mentions: [] }));

function readEnglishWordNumbers(text: string, digitMentions: readonly NumberMention[]): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const whole of text.matchAll(EN_WORDS)) for (const match of compounds(whole[0], whole.index)) {
    const value = wordsValue(match[0]);
    if (value === undefined) continue;
    const start = match.index;
    const end = start + match[0].length;
    const values = [exact(value)];
    // "the former CEO and two other executives": with the one named, that is three.
    if (/^\s+others?\b/i.test(text.slice(end, end + 8))) values.push(exact(value + 1));
    // Session 8: "nearly a million" (98만 6천) is a round figure for an amount near it, as with digits.
    if (value >= 1000 && EN_NEAR_BEFORE.test(text.slice(Math.max(0, start - 16), start))) values[0] = { value, tolerance: NEAR_TOLERANCE };
    // Session 13: an hour in words ("meet at one", "by three o'clock") may be the afternoon's (오후 1시).
    if (value >= 1 && value <= 12 && EN_WORD_HOUR_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && !/^\s+(?!o['’]clock|in\b|on\b|and\b|or\b|sharp\b|tonight\b|today\b|tomorrow\b|this\b|that\b|every\b|each\b)[a-z]/i.test(text.slice(end, end + 12))) values.push(exact(value + 12));
    mentions.push({ raw: match[0], range: [start, end], kind: 'word', values, scale: 1, digits: false });
  }
  for (const match of text.matchAll(EN_SPECIAL)) {
    const word = match[0].toLowerCase();
    // "two-thirds": a plural ordinal is a fraction's denominator.
    const ordinal = ORDINALS[word] ?? ORDINALS[word.replace(/s$/, '')];
    let values = ordinal !== undefined ? [ordinal] : SPECIAL_WORDS[word];
    if (values === undefined && word.endsWith('fold')) values = [WORD_UNITS[word.slice(0, -4)]!];
    if (!values || values.length === 0) continue;
    mentions.push({ raw: match[0], range: [match.index, match.index + match[0].length], kind: 'word', values: values.map(exact), scale: 1, digits: false });
  }
  for (const match of text.matchAll(HALF_SCALE)) {
    const value = 0.5 * (match[1]!.toLowerCase() === 'dozen' ? 12 : WORD_SCALES[match[1]!.toLowerCase()]!);
    mentions.push({ raw: match[0], range: [match.index, match.index + match[0].length], kind: 'word', values: [exact(value)], scale: 1, digits: false });
  }
  // "four-and-a-half-day week", "2 and a half hours": the whole number and a half.
  for (const match of text.matchAll(AND_A_HALF)) {
    const head = match[1]!.toLowerCase();
    const whole = /^\d+$/.test(head) ? Number(head) : head === 'a' || head === 'an' ? 1 : WORD_UNITS[head];
    if (whole === undefined) continue;
    mentions.push({ raw: match[0], range: [match.index, match.index + match[0].length], kind: 'word', values: [exact(whole + 0.5)], scale: 1, digits: false });
  }
  for (const match of text.matchAll(MONTH_NAMES)) {
    const month = match.findIndex((group, index) => index > 0 && group !== undefined);
    mentions.push({ raw: match[0], range: [match.index, match.index + match[0].length], kind: 'month', values: [exact(month)], scale: 1, digits: false });
  }
  for (const match of text.matchAll(ROMAN)) {
    mentions.push({ raw: match[0], range: [match.index, match.index + match[0].length], kind: 'word', values: [exact(ROMAN_VALUES[match[1]!]!)], scale: 1, digits: false });
  }
  // Words inside a digit mention (`1.2 trillion`) are part of it.
  const covered = new Uint8Array(text.length + 1);
  for (const digit of digitMentions) covered.fill(1, digit.range[0], digit.range[1]);
  const kept = mentions.filter((mention) => !covered.subarray(mention.range[0], mention.range[1]).includes(1));
  linkRanges(text, kept, EN_RANGE);
  return kept;
}

/** A hedge that says a round figure is close to the amount: "just under", "nearly", "almost", "close to". */
const EN_NEAR_BEFORE = /\b(?:just (?:under|over|below|above|shy of)|nearly|almost|close to|roughly|about|around|approximately|some)\s+(?:[$€£¥₩]|US\$)?$/i;
const NEAR_TOLERANCE = 0.03;

/** Half the place of the last written digit: `1.23 trillion` → 5e9; `350 billion` → 5e9. */
function roundingStep(intPart: string, fraction: string | undefined, scale: number): number | undefined {
  const digits = (intPart.replace(/,/g, '') + (fraction ? fraction.slice(1) : '')).replace(/^0+/, '');
  // One significant digit (`1 trillion`) is too coarse to stand for 1조 2천억.
  if (digits.replace(/0+$/, '').length < 2) return undefined;
  let place = fraction ? 10 ** -(fraction.length - 1) : 1;
  if (!fraction) {
    const zeros = /0*$/.exec(intPart.replace(/,/g, ''))![0].length;
    place = 10 ** zeros;
  }
  return (place * scale) / 2;
}

function wordsValue(phrase: string): number | undefined {
  const words = phrase.toLowerCase().split(/[\s-]+/).filter((word) => word !== 'and');
  let total = 0;
  let current = 0;
  let seen = false;
  let article = false;
  for (const word of words) {
    if (word === 'a' || word === 'an') {
      article = true;
      continue;
    }
    if (word in WORD_UNITS) {
      current += WORD_UNITS[word]!;
      seen = true;
    } else if (word === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (word in WORD_SCALES) {
      total += (current || 1) * WORD_SCALES[word]!;
      current = 0;
      seen = true;
    }
  }
  // `a hundred` is a number; a bare `a` is not ("a zero exit status" is 0).
  if (!seen) return undefined;
  return total + current;
}

// ───────────────────────────── matching ─────────────────────────────

export function mentionsMatch(korean: NumberMention, english: NumberMention): boolean {
  for (const k of korean.values) {
    for (const e of english.values) {
      const tolerance = Math.max(Math.abs(k.value) * 1e-9, Math.abs(k.value) * k.tolerance, Math.abs(e.value) * e.tolerance);
      if (Math.abs(k.value - e.value) <= tolerance) return true;
      const step = english.roundingStep;
      if (step !== undefined && Math.abs(k.value - e.value) <= step * 1.0001 && Math.abs(k.value - e.value) <= Math.abs(k.value) * 0.02) return true;
    }
  }
  return false;
}

/** English words that can stand for a Korean `1`: "a man", "per person", "the first". */
export const IMPLICIT_ONE = /\b(?:a|an|one|single|once|first|per|each|sole|alone|lone|top(?:ped|s|ping)?|lead(?:s|ing)?|No\.|number one|individual|itself|same|most|every|\w{2,}est)\b|\b1\b/i;

/**
 * Mentions sorted by value, so that matching stays fast when a segment holds thousands of numbers:
 * only mentions within 3.2 % of a value can match it (the widest tolerance above).
 */
export class MentionIndex {
  private readonly entries: { value: number; mention: NumberMention }[];

  constructor(mentions: readonly NumberMention[]) {
    this.entries = mentions.flatMap((mention) => mention.values.map((alternative) => ({ value: alternative.value, mention })));
    this.entries.sort((a, b) => a.value - b.value);
  }

  /** Up to `limit` mentions that match `query` (by `mentionsMatch`, in either direction of tolerance). */
  matches(query: NumberMention, limit = 8): NumberMention[] {
    const found = new Set<NumberMention>();
    for (const alternative of query.values) {
      const window = Math.abs(alternative.value) * 0.032 + 1e-9;
      for (let i = this.lowerBound(alternative.value - window); i < this.entries.length && this.entries[i]!.value <= alternative.value + window; i++) {
        const { mention } = this.entries[i]!;
        if (!found.has(mention) && (mentionsMatch(query, mention) || mentionsMatch(mention, query))) found.add(mention);
        if (found.size >= limit) return [...found];
      }
    }
    return [...found];
  }

  private lowerBound(value: number): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.entries[middle]!.value < value) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
