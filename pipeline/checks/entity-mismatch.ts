// @fileoverview A place or company of the Korean is replaced by another in the English: 광주 → "Daegu",
// 현대자동차 → "Kia", 부산 → "Incheon". Read with the bilingual lexicon's proper names (pipeline/validate/lexicon.ts):
// a finding needs both sides, a Korean name the English does not render and a capitalized English name the Korean
// has no source for. A name only dropped is clause-coverage's or length-ratio's concern; a name only added ("Seoul"
// for 수도, "South Korea's" for 국내) is often a translator's right choice.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { ENGLISH_FUNCTION_WORDS, isCopy } from '../validate/text.js';
import { englishTerms, isLexiconEnglishWord, isProperKey, isSourceOnlyKey, koreanTerms, lexiconEntry, placeTermsInContext } from '../validate/lexicon.js';
import { hangulSkeleton, latinSkeleton } from '../align/romanize.js';
import { SURNAMES, romanize, sameGivenName, soundKey } from '../validate/names.js';
import { SEOUL_PLACES, WORLD_NAMES, type WorldName } from '../validate/world-names.js';
import { escapeRegExp } from '../regexp.js';
import { lengthScore } from './length-ratio.js';

/** How much shorter than predicted (length z) an English must be for a name it leaves out to have gone with its clause. */
const DROPPED_NAME_Z = -1.5;

export const meta = {
  type: 'error',
  docs: { description: 'A place or company in the Korean is replaced by a different one in the English.' },
  messages: {
    replaced: 'The Korean names {{korean}}, but the English has "{{english}}" instead.',
    unsourced: 'The English names "{{english}}", which no word of the Korean sounds like (a name changed or added).',
    dropped: 'The Korean names {{korean}}, which the far shorter English leaves out.',
  },
} satisfies Check['meta'];

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!/[A-Z]/.test(en) || /[가-힣]/.test(en) || isCopy(ko, en)) return;
      // Session 9, read last: a romanized name no Korean word sounds like.
      const reportUnsourced = (): void => {
        const unsourced = unsourcedRomanizedName(ko, en);
        if (unsourced) context.report({ messageId: 'unsourced', data: { english: unsourced.text }, side: 'en', range: [unsourced.index, unsourced.index + unsourced.text.length] });
      };
      for (const findSwap of SWAP_FINDERS) {
        const swap = findSwap(ko, en);
        if (swap) {
          context.report({ messageId: 'replaced', data: { korean: swap.korean, english: swap.text }, side: 'en', range: [swap.index, swap.index + swap.text.length] });
          return;
        }
      }
      // A wire dateline (세종=연합뉴스) names where the story was filed; English wire copy moves or drops it.
      const korean = ko.replace(KO_DATELINE, (dateline) => ' '.repeat(dateline.length));
      // Session 15: a place key before the suffix 적 is an adjective of another word (인도적 "humanitarian").
      const missing = [...koreanTerms(korean), ...placeTermsInContext(korean)].filter((term) => term.entry.proper && !term.entry.rendersIn(en) && !SUBDIVISION_AFTER.test(korean.slice(term.index + term.entry.key.length)) && korean[term.index + term.entry.key.length] !== '적');
      if (missing.length === 0) return reportUnsourced();
      // A place that begins the name of a body (인천공항공사, 부산교통공사, 서울시설공단): another place or "Korea" at the
      // head of the English body's name is another body (인천공항공사 → "Korea Airports Corporation").
      const headOfBody = missing.some((term) => KO_BODY_AFTER.test(korean.slice(term.index + term.entry.key.length)));
      const added =
        englishTerms(en).find((term) => /^[A-Z]/.test(term.text) && !EN_CALENDAR.test(term.text) && !isEnglishDateline(en, term) && (headOfBody && EN_BODY_AFTER.test(en.slice(term.index + term.text.length)) ? term.keys.some(isProperKey) : term.keys.every((key) => isProperKey(key) || isSourceOnlyKey(key))) && !term.keys.some((key) => ko.includes(key)) && !ko.toLowerCase().includes(term.text.toLowerCase())) ??
        romanizedPlace(ko, en);
      // Session 16: a company, place or body gone from an English far shorter than the Korean predicts went with its
      // clause (아시아나항공과의 통합 이후 → nothing).
      // A place is often a qualifier a translation leaves implicit or says otherwise (미국 로스앤젤레스 "Los Angeles", 서울
      // 외환시장 "the currency market", 평택시 "the city", 동해안 "the east coast"): only a company, club or body counts.
      const gone = missing.find((term) => !PLACE_FORMS.has(term.entry.key) && !KO_PLACE_AFTER.test(korean.slice(term.index + term.entry.key.length)) && !/^(?:한국|국내|우리나라)/.test(term.entry.key));
      if (!added && gone && lengthScore(korean, en) <= DROPPED_NAME_Z) {
        context.report({ messageId: 'dropped', data: { korean: gone.entry.key }, side: 'ko', range: [gone.index, gone.index + gone.entry.key.length] });
        return;
      }
      if (!added) return reportUnsourced();
      // "central Seoul" for 광화문, "Seoul's southern districts" for 강남: the city that holds the place, not another.
      if (added.text === 'Seoul' && missing.every((term) => SEOUL_PLACES.has(term.entry.key.replace(/(?:구|동)$/, '')))) return reportUnsourced();
      context.report({
        messageId: 'replaced',
        data: { korean: missing.map((term) => term.entry.key).join(', '), english: added.text },
        side: 'en',
        range: [added.index, added.index + added.text.length],
      });
    },
  };
}

// A country before one of its states or provinces (미국 조지아주, 중국 광둥성, 일본 오사카부): the English often names the
// state alone ("in Georgia").
const SUBDIVISION_AFTER = /^\s?[가-힣]{2,6}(?:주|성|현|부)(?=[\s의에은는이가을를과와도,.]|$)/;
const KO_DATELINE = /[(\[][가-힣·]{1,10}=[가-힣A-Za-z]{2,10}[)\]]/g;
// Weekdays and months render dates (3일 → "Thursday"), not places.
const EN_CALENDAR = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** An upper-case dateline opening the English: "SEOUL, Nov. 26 (Yonhap) --". */
function isEnglishDateline(en: string, term: { text: string; index: number }): boolean {
  return term.text === term.text.toUpperCase() && /^[\s"“]*$/.test(en.slice(0, term.index)) && /^[A-Z]*,/.test(en.slice(term.index + term.text.length));
}

// A romanized Korean name before a place noun: "Gimpo International Airport", "Yeosu Port", "Gwangju Stadium".
const EN_PLACE =
  /\b[A-Z][a-z]+(?:-[a-z]+)?(?=\s+(?:(?:International|Metropolitan|Special|Self-Governing|National|General|Express)\s+)?(?:Airport|Station|Port|Harbou?r|Province|City|County|District|Island|Stadium|Arena|University|Hospital|Bridge|Beach|Mountain|Stream|Palace|Terminal|Square|Tower|Bus Terminal|Industrial Complex)\b)/g;
/** Hangul right after a place that makes it the head of a body's name (공항공사, 교통공사, 시설공단, 시청, 경찰청). */
const KO_BODY_AFTER = /^[가-힣]{0,6}(?:공사|공단|청|처|위원회|재단|진흥원|연구원|공항)(?:[은는이가의을를에와과도]|에서|으로|로)?(?![가-힣])/;
/** An English body's name going on after its head word: "Korea Airports Corporation", "Busan Metropolitan Police Agency". */
const EN_BODY_AFTER = /^(?:\s+[A-Z][\w&'-]*){0,5}\s+(?:Corporation|Corp\.?|Authority|Agency|Administration|Service|Office|Commission|Foundation|Institute|Airport)\b/;

// A romanized name after a word of going or being somewhere ("flocked to Gwangalli in Busan", "arrived in Yeosu"):
// read only when a Korean place is missing from the English.
// Session 10: or after a possessive ("the company's Hwaseong campus" for 평택캠퍼스). Session 17: or across a place
// ("to all of Ulleungdo" for 제주도 전역).
const EN_PLACE_AFTER_WORD = /(?<=(?:\b(?:in|at|to|into|from|near|around|toward|towards|across|throughout|all of|visit(?:ed|ing|s)?)|[a-z]['’]s)\s)[A-Z][a-z]+(?:-[a-z]+)?\b(?!\s+[A-Z]|['’]s)/g;
// One to three syllables of Revised Romanization.
const ROMANIZED = /^(?:(?:[bcdghjkmnprstwy]{0,3})(?:a|ae|ya|yae|eo|e|yeo|ye|o|wa|wae|oe|yo|u|wo|we|wi|yu|eu|ui|i)(?:ng|n|m|l|k|p|t)?){1,3}$/;

/** The same with ㄹㄹ spelled "ll" (Gwangalli, Jeolla) and up to four syllables. */
const ROMANIZED_LL = /^(?:(?:[bcdghjklmnprstwy]{0,3})(?:a|ae|ya|yae|eo|e|yeo|ye|o|wa|wae|oe|yo|u|wo|we|wi|yu|eu|ui|i)(?:ng|n|m|l|k|p|t)?){1,4}$/;

/** English words of the world-name table (Hokkaido, Lisbon) with the Korean forms that name them. */
const WORLD_NAME_KOREAN = new Map<string, string[]>();
for (const row of WORLD_NAMES) {
  for (const word of row.english.match(/\b[A-Z][a-z]+\b/g) ?? []) WORLD_NAME_KOREAN.set(word, [...(WORLD_NAME_KOREAN.get(word) ?? []), ...row.korean]);
}

/** Whether the English word is a name of the world-name table whose Korean form the Korean has. */
function worldNameIn(ko: string, word: string): boolean {
  return WORLD_NAME_KOREAN.get(word)?.some((form) => form.length >= 2 && ko.includes(form)) ?? false;
}

/** A place name the lexicon does not know, romanized from Korean, whose sound the Korean lacks. */
function romanizedPlace(ko: string, en: string): { text: string; index: number } | undefined {
  const sounds = (ko.match(/[가-힣]+/g) ?? []).map(hangulSkeleton);
  for (const match of en.matchAll(EN_PLACE)) {
    const word = match[0];
    if (!ROMANIZED.test(word.toLowerCase().replace(/-/g, '')) || englishTerms(en).some((term) => term.index === match.index) || worldNameIn(ko, word)) continue;
    // Romanizations differ (Phyongan, Pyeongan for 평안): a Korean word that starts with the same two consonants may be it.
    const sound = latinSkeleton(word);
    if (sound.length < 2 || sounds.some((korean) => korean.includes(sound) || korean.startsWith(sound.slice(0, 2)))) continue;
    return { text: word, index: match.index };
  }
  // With no place noun after it, the name is compared only with Korean words the lexicon does not know as common
  // words (관광객 is "tourists", never Gwangalli).
  let names = ko;
  for (const term of koreanTerms(ko)) if (!term.entry.proper) names = names.slice(0, term.index) + ' '.repeat(term.entry.key.length) + names.slice(term.index + term.entry.key.length);
  const nameSounds = (names.match(/[가-힣]+/g) ?? []).map(hangulSkeleton).filter((sound) => sound.length >= 2);
  for (const match of en.matchAll(EN_PLACE_AFTER_WORD)) {
    const word = match[0];
    if (!ROMANIZED_LL.test(word.toLowerCase().replace(/-/g, '')) || englishTerms(en).some((term) => term.index === match.index)) continue;
    // A foreign name the Korean spells its own way (홋카이도 → "Hokkaido", 미코노스 → "Mykonos"), known to the world-name table.
    if (worldNameIn(ko, word)) continue;
    const sound = latinSkeleton(word);
    if (sound.length < 3 || nameSounds.some((korean) => korean.includes(sound) || korean.startsWith(sound.slice(0, 2)) || sound.startsWith(korean.slice(0, 2)))) continue;
    return { text: word, index: match.index };
  }
  return undefined;
}

// A person named after a job (가수 아이유, 배우 박서준) and the English name after the same job ("Singer Taeyeon").
const KO_PERSON = /(?<![가-힣])(가수|배우|작가|감독|코미디언|개그맨|방송인|모델|아나운서|소설가|시인|화가)\s([가-힣]{2,4}?)(?=(?:[이가은는의을를과와도]|씨|에게|이다)?(?:\s|[.,!?"”]|$))/g;
const EN_PERSON: Record<string, string> = {
  가수: 'singer', 배우: 'actor|actress', 작가: 'writer|author', 감독: 'director|coach|manager', 코미디언: 'comedian', 개그맨: 'comedian',
  방송인: 'broadcaster|TV personality|television personality|entertainer|host', 모델: 'model', 아나운서: 'announcer|anchor',
  소설가: 'novelist|writer|author', 시인: 'poet', 화가: 'painter|artist',
};
// First letters that a romanized Korean syllable may take: 이 → Lee/Yi/Rhee, 박 → Park/Bak, 정 → Jung/Chung.
const LETTER_CLASS: Record<string, string> = { g: 'gk', k: 'gk', d: 'dt', t: 'dt', b: 'bp', p: 'bp', r: 'rlny', l: 'rlny', n: 'nrl', j: 'jc', c: 'jc', s: 's', h: 'h', m: 'm', a: 'aeiouy', e: 'aeiouy', i: 'aeiouylr', o: 'aeiouyw', u: 'aeiouyw', y: 'aeiouyl', w: 'wou' };

/** A Korean name and the English name found in its place, at `index` in the English. */
interface Swap {
  korean: string;
  text: string;
  index: number;
}

/** The English gives the job's holder another name: the romanized Korean name and the English one start unlike. */
function personSwap(ko: string, en: string): Swap | undefined {
  if (!/(?:가수|배우|작가|감독|코미디언|개그맨|방송인|모델|아나운서|소설가|시인|화가) [가-힣]/.test(ko)) return undefined;
  for (const match of ko.matchAll(KO_PERSON)) {
    const [, job, name] = match as unknown as [string, string, string];
    // The job in either case ("Singer", "singer"); the name capitalised.
    const jobs = EN_PERSON[job]!.replace(/\b([a-z])/g, (letter) => `[${letter.toUpperCase()}${letter}]`);
    const english = new RegExp(`\\b(?:${jobs})\\s+([A-Z][a-z]+(?:[- ][A-Z][a-z]+|-[a-z]+){0,2})`).exec(en);
    if (!english) continue;
    const given = english[1]!;
    // Only a romanized Korean name is compared; 배우 양조위 is "Tony Leung", a name of its own.
    if (!given.split(/[\s-]+/).every((part) => ROMANIZED.test(part.toLowerCase()))) continue;
    const forms = SURNAMES[name[0]!];
    if (forms && forms.some((form) => given.startsWith(form))) continue;
    const spelled = romanize(name).replace(/-/g, '');
    const first = spelled[0]!;
    const other = given[0]!.toLowerCase();
    if ((LETTER_CLASS[first] ?? first).includes(other)) continue;
    const index = english.index + english[0].lastIndexOf(given);
    return { korean: `${job} ${name}`, text: given, index };
  }
  return undefined;
}

// A given name called at the head of a sentence (민수야, 지훈아, 수진 씨), and the English name called there ("Min-su,").
const KO_VOCATIVE = /^\s*["“']?\s*([가-힣]{2,3}?)(?:야|아|\s?씨|\s?님)(?=[,!]|\s)/;
const EN_VOCATIVE = /^\s*["“']?\s*(?:(?:Hey|Oh|Hi|Dear),?\s+)?([A-Z][a-z]+(?:-[a-z]+)?)(?=\s?[,!])/;
const KO_KIN = /^(?:엄마|아빠|언니|오빠|누나|형님|동생|할머니|할아버지|여보|자기|얘들|친구|선생|아가|애기|아기|아저씨|아줌마|이모|삼촌|고모|손님|사장|과장|부장|팀장|대리|선배|후배|여러분|당신|그대|아들|딸)$/;

/** The English calls someone else: 민수야 (Min-su) opened as "Jun-ho,". Only a romanized given name is compared. */
function vocativeSwap(ko: string, en: string): Swap | undefined {
  const called = KO_VOCATIVE.exec(ko);
  const english = called && EN_VOCATIVE.exec(en);
  if (!called || !english) return undefined;
  const name = called[1]!;
  const given = english[1]!;
  if (KO_KIN.test(name) || ko.includes(given) || !given.split('-').every((part) => ROMANIZED.test(part.toLowerCase()))) return undefined;
  if (sameGivenName(name, given)) return undefined;
  const first = romanize(name)[0]!;
  if ((LETTER_CLASS[first] ?? first).includes(given[0]!.toLowerCase())) return undefined;
  return { korean: called[0].trim().replace(/^["“']\s*/, ''), text: given, index: english.index + english[0].lastIndexOf(given) };
}

// A Korean district, county or neighbourhood by its suffix (해운대구, 마포구청, 양평군, 삼성동), and the English one
// ("Suyeong District", "Yongsan-gu", "Mapo district office").
const KO_DISTRICT = /([가-힣]{1,4}?)(?:구청|군청|구|군|동|읍|면)(?=[은는이가의에을를과와도로]|에서|으로|\s|$|[,.·)])/g;
const EN_DISTRICT = /\b([A-Z][a-z]+(?:-[a-z]+)?)(?:\s+(?:[Dd]istrict|[Cc]ounty|[Ww]ard)\b|-(?:gu|gun|dong|eup|myeon)\b)/g;

/**
 * The Korean names a district and the English another one: 해운대구 → "Suyeong District". The English district must
 * sound like no Korean word at all (Gangnam for 강남구, Jung for 중구, Haeundae for 해운대), nor be the lexicon's
 * rendering of one.
 */
function districtSwap(ko: string, en: string): Swap | undefined {
  if (!/[구군동읍면]/.test(ko) || !/[Dd]istrict|[Cc]ounty|[Ww]ard|-(?:gu|gun|dong|eup|myeon)\b/.test(en)) return undefined;
  const stems = [...ko.matchAll(KO_DISTRICT)].map((match) => match[1]!).filter((stem) => stem.length >= 2);
  if (stems.length === 0) return undefined;
  const sounds = stems.map(hangulSkeleton);
  // Any other Korean word may be the district without its suffix (부산 해운대 → "Haeundae District"): its romanization.
  const spelled = (ko.match(/[가-힣]{2,}/g) ?? []).map((word) => romanize(word).replace(/-/g, ''));
  for (const match of en.matchAll(EN_DISTRICT)) {
    const name = match[1]!;
    const sound = latinSkeleton(name);
    const start = name.toLowerCase().replace(/[^a-z]/g, '').slice(0, 3);
    if (sound.length < 2 || ko.toLowerCase().includes(name.toLowerCase())) continue;
    if (sounds.some((korean) => korean.startsWith(sound) || (korean.length >= 2 && sound.startsWith(korean)) || korean.slice(0, 2) === sound.slice(0, 2))) continue;
    if (spelled.some((word) => word.startsWith(start))) continue;
    // Session 13: a person's name ending in 동 (홍길동 "Hong Gil-dong") spells the whole "district" word.
    if (spelled.some((word) => word.includes(match[0].toLowerCase().replace(/[^a-z]/g, '')))) continue;
    if (englishTerms(en).some((term) => term.index === match.index && term.keys.some((key) => ko.includes(key)))) continue;
    return { korean: stems.join(', '), text: match[0], index: match.index };
  }
  return undefined;
}

// A group's company named by its Latin initials and a Hangul word (SK하이닉스, GS칼텍스, SK텔레콤).
const KO_BRAND = /(?<![A-Za-z])([A-Z]{2,4})([가-힣]{2,})/g;
const LOANWORD_SYLLABLE = /[스즈크트프브드츠]/;
const KO_PARTICLE_END = /(?:은|는|이|가|의|을|를|도|와|과|에게|에서|에|로|으로|까지|부터|만)$/;

/**
 * The English keeps the initials but names another company of the group: SK하이닉스 → "SK Innovation". The words after
 * the initials must sound like the Hangul (hynix, Energy Solution, CheilJedang) or render it (국민은행 → "Kookmin Bank").
 */
function brandSwap(ko: string, en: string): Swap | undefined {
  if (!/[A-Z]{2}[가-힣]/.test(ko)) return undefined;
  for (const match of ko.matchAll(KO_BRAND)) {
    const [whole, initials] = match;
    const hangul = match[2]!.replace(KO_PARTICLE_END, '');
    // Only a loanword (하이닉스, 텔레콤, 칼텍스: a consonant with the epenthetic ㅡ) must keep its sound; a Korean name has
    // an official English one of its own (CJ대한통운 "CJ Logistics", SK증권 "SK Securities"), checked only by meaning.
    if (hangul.length < 2) continue;
    if (!LOANWORD_SYLLABLE.test(hangul)) {
      const swap = brandWordSwap(ko, en, initials!, hangul);
      if (swap) return swap;
      continue;
    }
    const after = [...en.matchAll(new RegExp(`\\b${initials}\\s+((?:[A-Z][A-Za-z&'’-]*)(?:\\s+[A-Z][A-Za-z&'’-]*){0,2})`, 'g'))];
    // The English must name the group with a word after the initials; "SK" alone or "SK's" is no finding.
    if (after.length === 0 || new RegExp(`\\b${initials}(?!\\s+[A-Z])`).test(en.replace(new RegExp(`\\b${initials}\\s+[A-Z]`, 'g'), ''))) continue;
    const sound = hangulSkeleton(hangul);
    const rendered = koreanTerms(hangul).some((term) => term.entry.rendersIn(en));
    if (rendered) continue;
    for (const name of after) {
      const words = name[1]!.split(/\s+/);
      // Session 15: Korean loanwords drop an r after a vowel (파트너스 "Partners", 센터 "Center").
      const nonRhotic = (word: string): string => word.replace(/([aeiou])r(?![aeiouy])/gi, '$1');
      const joined = latinSkeleton(words.join(''));
      const first = latinSkeleton(words[0]!);
      const joinedSpoken = latinSkeleton(nonRhotic(words.join('')));
      if (sound.length < 2 || joined.startsWith(sound.slice(0, 2)) || first.startsWith(sound.slice(0, 2)) || sound.startsWith(first) || sound.startsWith(joined) || joinedSpoken.startsWith(sound.slice(0, 2))) continue;
      return { korean: whole.replace(KO_PARTICLE_END, ''), text: `${initials} ${name[1]}`, index: name.index };
    }
  }
  return undefined;
}

/**
 * Session 12: a group company's Korean-word part that the lexicon knows (SK증권 securities) and the English word after
 * the initials rendering none of it but another Korean word that the Korean lacks ("SK Construction" 건설).
 */
function brandWordSwap(ko: string, en: string, initials: string, hangul: string): Swap | undefined {
  const entry = lexiconEntry(hangul);
  if (!entry || entry.proper || entry.rendersIn(en)) return undefined;
  const after = new RegExp(`\\b${initials}\\s+([A-Z][a-z]+)\\b`).exec(en);
  if (!after) return undefined;
  const word = after[1]!;
  const terms = englishTerms(word);
  if (terms.length === 0 || terms.some((term) => term.keys.some((key) => ko.includes(key)))) return undefined;
  return { korean: initials + hangul, text: `${initials} ${word}`, index: after.index };
}

/** Names swapped for another of their kind, each found by its own reader, tried in this order. */
const SWAP_FINDERS: Array<(ko: string, en: string) => Swap | undefined> = [brandSwap, personSwap, vocativeSwap, districtSwap, headNounSwap, nameSlotSwap];

/**
 * Session 10: a name before a head noun (평택캠퍼스, 쿠팡 고객센터, 성수점 매장) whose head the English renders ("campus",
 * "customer service") with another name in the name's place ("Hwaseong campus", "Gmarket customer service"): the
 * Korean name's rendering is absent, and the capitalised word before the head is neither it, nor sounds like it, nor
 * renders any other word of the Korean. Anchored on both sides: the head places the slot, the slot holds another name.
 */
function headNounSwap(ko: string, en: string): Swap | undefined {
  if (!SITE_ANYWHERE.test(ko) || !/[a-z]\s[A-Z]|^[A-Z]/.test(en)) return undefined;
  for (const term of koreanTerms(ko)) {
    if (!term.entry.proper || term.entry.rendersIn(en)) continue;
    const end = term.index + term.entry.key.length;
    const rest = /^\s?([가-힣]{2,5})/.exec(ko.slice(end, end + 7));
    // Only a site or branch of the named body or place (a closed class of nouns): 청구권 after 한일 is no site.
    const site = rest ? SITE_NOUN.exec(rest[1]!) : null;
    const swap = site ? siteSlotSwap(ko, en, term.entry.key, site[0]) : undefined;
    if (swap) return swap;
  }
  // A name the lexicon does not know, glued to its site (기흥캠퍼스, 구미공장): read by its sound.
  for (const match of ko.matchAll(KO_NAMED_SITE)) {
    const name = match[1]!;
    if (lexiconEntry(name) || lexiconEntry(name.slice(0, 2))) continue;
    const sound = hangulSkeleton(name);
    if (sound.length < 2 || (en.match(/\b[A-Z][a-z]+(?:-[a-z]+)?/g) ?? []).some((word) => latinSkeleton(word).startsWith(sound))) continue;
    const swap = siteSlotSwap(ko, en, name, match[2]!);
    if (swap) return swap;
  }
  return undefined;
}

/** The English renders the site and puts, right before it, a capitalised name that is not the Korean one. */
function siteSlotSwap(ko: string, en: string, name: string, siteNoun: string): Swap | undefined {
  const head = lexiconEntry(siteNoun)?.english;
  const found = head?.exec(en);
  if (!found) return undefined;
  const window = en.slice(Math.max(0, found.index - 40), found.index);
  const slot = /(?:^|[^A-Za-z'’-])([A-Z][A-Za-z]+(?:[- ][A-Z][A-Za-z]+)?)(?:['’]s)?\s+$/.exec(window);
  if (!slot) return undefined;
  const text = slot[1]!;
  const at = en.lastIndexOf(text, found.index);
  // The same name spelled otherwise (Pyongtaek, Coupang's), or a word the Korean has (the company's Samsung campus).
  // Korea and Seoul are named for any place in them ("Korea's brokerage industry" for 여의도 증권가).
  // A shorter or wider form of the same name starts alike (전남 "Jeolla", 울산바위 "Ulsanbawi").
  const onset = romanize(name[0]!).replace(/-/g, '').replace(/(?:ng|[nmlkpt])$/, '');
  if (latinSkeleton(text.split(/[- ]/)[0]!).startsWith(hangulSkeleton(name)) || (onset.length >= 2 && text.toLowerCase().startsWith(onset)) || ko.toLowerCase().includes(text.toLowerCase()) || ANYWHERE_NAMES.test(text)) return undefined;
  if (englishTerms(en).some((other) => other.index <= at && other.index + other.text.length > at && other.keys.some((key) => ko.includes(key)))) return undefined;
  if (EN_SENTENCE_WORD.test(text.split(/[- ]/)[0]!)) return undefined;
  return { korean: name, text, index: at };
}
const SITE_NOUN = /^(?:캠퍼스|공장|본사|본점|지사|지점|매장|고객센터|콜센터|물류센터|데이터센터|연구소|사옥|법인|사업장|공항|터미널|병원|캠프|기지|발전소)/;
const SITE_ANYWHERE = new RegExp(SITE_NOUN.source.slice(1));
// Two or three syllables glued to a site noun of a body's own (not 지역 or 단지, which follow common words too).
const KO_NAMED_SITE = /(?<![가-힣])([가-힣]{2,3})(캠퍼스|공장|사옥|연구소|물류센터|데이터센터|발전소)(?=[\s을를이가은는의에도,.]|$)/g;
const ANYWHERE_NAMES = new RegExp(`^(?:${WORLD_NAMES.filter((name) => name.sources?.includes('*')).map((name) => name.english).join('|')})$`);
const EN_SENTENCE_WORD = /^(?:The|This|That|These|Those|Our|Your|Its|Their|His|Her|A|An|New|Main|All|Each|Every|Some|Its)$/;

// ───────────── Session 9: a romanized Korean name that nothing in the Korean sounds like ─────────────
// A capitalised English word inside a sentence, spelled by the syllable grammar of romanized Korean (Minji, Gyeongsang,
// Taejo, Nara), that the lexicon knows neither as an English word nor as a name, is a Korean name; a faithful
// translation takes it from the Korean, so some Korean word outside the lexicon's common words must sound like it.
// Sounds are compared as classes of consonants and vowels, so that romanizations differ freely (Jeolla ← 전라,
// Ji-soo ← 지수, Hyun-woo ← 현우, Nurisoft ← 누리소프트), or by consonant skeleton for loanwords (Tottenham ← 토트넘).
// Persons' full names are name-consistency's: a word next to a surname is left alone.
const EN_CAPITALISED = /\b[A-Z][a-z]+(?:-[a-z]+)?\b/g;
const EN_CAMEL_CASE = /\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b/g;
/** Letters romanized Korean never writes (c only in ch): a quick no before the syllable grammar. */
const EN_NOT_RR_LETTERS = /[fqvxz]|c(?!h)/;
/** Inside a sentence: after a lower-case word or a comma (one word may come between), or after a royal or personal title. */
const EN_INSIDE_SENTENCE = /(?:[a-zà-ÿ,;:]\s+(?:\w+\s+)?|\b(?:King|Queen|Prince|Princess|Emperor|Admiral|General|Mr\.|Ms\.|Mrs\.)\s)$/;
/** One syllable of Revised Romanization (or a common personal spelling): initial, vowel, final. */
const RR_SYLLABLE = '(?:kk|tt|pp|ss|jj|ch|[gkndtrmbpsjh])?(?:yeo|yae|wae|eo|eu|ae|ya|ye|wa|wo|we|wi|yo|yu|ui|oe|oo|ee|a|e|i|o|u)(?:ng|[nmlkpt])?';
const RR_WORD = new RegExp(`^(?:${RR_SYLLABLE}){1,4}$`);
const EN_NOT_A_NAME = new Set('jan mar apr jun jul aug sep oct nov dec mon tue wed thu fri sat sun gen gov sen rep hello bake dine tone tune dune pine mine nine line lane tale sale male pale hope rope note more sore pure sure cure tube ripe tape'.split(' '));
const ALL_SURNAMES = new Set(Object.values(SURNAMES).flat());
/** Capitalised words of the world-name table's English forms (Hongik, Tottenham): that check reads them. */
const WORLD_NAME_WORDS = new Set(WORLD_NAMES.flatMap((row) => row.english.match(/[A-Z][a-z]+/g) ?? []));
const KO_PARTICLE_AFTER_NAME = /(?:께서|에서|에게|한테|으로|이랑|랑|하고|은|는|이|가|을|를|의|에|로|와|과|도|만|식|씨|님|야|아)$/;

/**
 * Keys of a Hangul word read from each of its syllables on (부산해운대 holds Haeundae), with and without a particle
 * after it; ㄴ+ㄹ reads "ll", ㅇ+ㄹ "ngn" and so on, as names are romanized by sound.
 */
function hangulKeys(word: string): { key: string; skeleton: string }[] {
  const keys: { key: string; skeleton: string }[] = [];
  const stem = word.replace(KO_PARTICLE_AFTER_NAME, '');
  for (const form of stem && stem !== word ? [word, stem] : [word]) {
    const syllables = [...form];
    for (let start = 0; start < syllables.length && start < 6; start++) {
      const rest = syllables.slice(start).join('');
      const letters = romanize(rest).replace(/-/g, '');
      const spoken = letters.replace(/nr|ln|lr/g, 'll').replace(/ngr|kr|kn/g, 'ngn').replace(/km/g, 'ngm').replace(/mr|pr|pn/g, 'mn').replace(/tn/g, 'nn');
      // A loanword drops the h and doubles a consonant with ㅅ (토트넘 Tottenham, 닛케이 Nikkei).
      const skeleton = hangulSkeleton(rest).replace(/H/g, '').replace(/T(?=[KPTS])/g, '');
      keys.push({ key: soundKey(spoken), skeleton });
      // Official spellings often keep the letters (국민 Kookmin, not Kungmin).
      if (spoken !== letters) keys.push({ key: soundKey(letters), skeleton });
      // Chinese and Japanese names give ㅓ as e (천 Chen).
      if (letters.includes('eo')) keys.push({ key: soundKey(spoken.replace(/eo/g, 'e')), skeleton });
    }
  }
  return keys;
}

/** The English sounds like a Korean word: the first four classes agree, or (a loanword) the consonants. */
function soundsLike(key: string, skeleton: string, korean: { key: string; skeleton: string }, loose: boolean): boolean {
  if (korean.key.startsWith(key.slice(0, Math.min(4, key.length)))) return true;
  if (!loose) return false;
  if (skeleton.length < 2) return false;
  return skeleton.length >= 3 ? korean.skeleton.startsWith(skeleton.slice(0, 3)) : korean.skeleton.startsWith(skeleton) && korean.key.startsWith(key.slice(0, 2));
}

/** Korean words as sound keys: all of them for the close test, the lexicon's common words left out for the loose one. */
function koreanSounds(ko: string): { all: { key: string; skeleton: string }[]; names: { key: string; skeleton: string }[] } {
  const known = new Map<string, { key: string; skeleton: string }[]>();
  const keysOf = (word: string) => known.get(word) ?? known.set(word, hangulKeys(word)).get(word)!;
  const all = (ko.match(/[가-힣]+/g) ?? []).flatMap(keysOf);
  // Korean words the lexicon reads as common words (다시 "again", 관광객 "tourists") are no names.
  let names = ko;
  for (const term of koreanTerms(ko)) if (!term.entry.proper) names = names.slice(0, term.index) + ' '.repeat(term.entry.key.length) + names.slice(term.index + term.entry.key.length);
  return { all, names: (names.match(/[가-힣]+/g) ?? []).flatMap(keysOf) };
}

function sourcedBySound(word: string, sounds: ReturnType<typeof koreanSounds>): boolean {
  const key = soundKey(word);
  const skeleton = latinSkeleton(word).replace(/H/g, '');
  return sounds.all.some((korean) => soundsLike(key, skeleton, korean, false)) || sounds.names.some((korean) => soundsLike(key, skeleton, korean, true));
}

const EN_TITLE = /^(?:King|Queen|Prince|Princess|Emperor|Empress|Admiral|General|Lord|Lady|Saint|St)$/;
const EN_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs']);

/** A headline or heading in title case ("Tab Completion and History Editing"): every content word is capitalised. */
function isTitleCase(en: string): boolean {
  const words = en.match(/[A-Za-z0-9][\w'’-]*/g) ?? [];
  return words.length >= 2 && words.every((word) => /^[A-Z0-9]/.test(word) || EN_SMALL_WORDS.has(word));
}

function unsourcedRomanizedName(ko: string, en: string): { text: string; index: number } | undefined {
  if (!/(?<=[a-zà-ÿ,;:\s.])[A-Z][a-z]/.test(en)) return undefined;
  const context: UnsourcedContext = { ko, en };
  let titleCase: boolean | undefined;
  for (const match of en.matchAll(EN_CAPITALISED)) {
    const text = match[0];
    const plain = text.toLowerCase().replace(/-/g, '');
    // English spells "ea" (Boolean, Bureau); romanized Korean does not.
    if (plain.length < 3 || plain.length > 16 || EN_NOT_RR_LETTERS.test(plain) || plain.includes('ea') || /['’]/.test(en[match.index - 1] ?? '') || !RR_WORD.test(plain) || EN_NOT_A_NAME.has(plain) || ALL_SURNAMES.has(text) || WORLD_NAME_WORDS.has(text)) continue;
    if (!EN_INSIDE_SENTENCE.test(en.slice(Math.max(0, match.index - 40), match.index)) || isLexiconEnglishWord(text) || latinSkeleton(text).length < 2) continue;
    if ((titleCase ??= isTitleCase(en))) return undefined;
    if (unsourcedName(context, text, match.index)) return { text, index: match.index };
  }
  // A brand written in one word with inner capitals ("SmartThings" for '스마트홈'): compared by consonants, as a loanword.
  for (const match of en.matchAll(EN_CAMEL_CASE)) {
    const text = match[0];
    if (WORLD_NAME_WORDS.has(text) || ko.toLowerCase().includes(text.toLowerCase())) continue;
    context.terms ??= englishTerms(en);
    if (context.terms.some((term) => term.index <= match.index && term.index + term.text.length > match.index)) continue;
    context.sounds ??= koreanSounds(ko);
    const skeleton = latinSkeleton(text).replace(/H/g, '');
    if (skeleton.length < 3 || context.sounds.all.some((korean) => korean.skeleton.startsWith(skeleton.slice(0, 3)))) continue;
    if (koreanNameUnrendered(ko, en)) return { text, index: match.index };
  }
  return undefined;
}

/** A pair's English terms and Korean sounds, computed once and only when a candidate needs them. */
interface UnsourcedContext {
  ko: string;
  en: string;
  terms?: ReturnType<typeof englishTerms>;
  sounds?: ReturnType<typeof koreanSounds>;
}

/** After the English word's own tests: its neighbours, the lexicon, the Korean's sounds and the Korean's names. */
function unsourcedName(context: UnsourcedContext, text: string, index: number): boolean {
  const { ko, en } = context;
  const before = /([A-Z][a-z]+)\s+$/.exec(en.slice(Math.max(0, index - 16), index))?.[1];
  const after = /^\s+([A-Z][a-z]+)/.exec(en.slice(index + text.length, index + text.length + 16))?.[1];
  // The last word of a name made of English words ("Civil Safety Bureau") is English too.
  const inName = /[a-z,;:]\s+[A-Z][a-z]+\s+$/.test(en.slice(Math.max(0, index - 30), index));
  if (before && inName && !EN_TITLE.test(before) && isLexiconEnglishWord(before)) return false;
  // A word of a person's full name (Chung Eui-sun, Euisun Chung) is name-consistency's; "Palme d'Or" is French.
  if ((before && ALL_SURNAMES.has(before)) || (after && ALL_SURNAMES.has(after)) || /^\s+d['’]/.test(en.slice(index + text.length))) return false;
  // A name the lexicon knows (Busan, Hana Bank) is world-name's and the replaced finder's concern.
  const terms = (context.terms ??= englishTerms(en));
  if (terms.some((term) => term.index <= index && term.index + term.text.length > index)) return false;
  if (ko.toLowerCase().includes(text.toLowerCase().replace(/-/g, ''))) return false;
  const sounds = (context.sounds ??= koreanSounds(ko));
  if (sourcedBySound(text, sounds)) return false;
  // A given name added to a foreign surname the Korean has (마크롱 → "Emmanuel Macron", 다카이치 → "Sanae Takaichi"):
  // only a given name before the surname that ends the name ("Nara Soft Inc." is a company's name).
  const last = after && !/^\s+[A-Z]/.test(en.slice(index + text.length).replace(/^\s+[A-Z][a-z]+/, ''));
  if (last && !isLexiconEnglishWord(after) && (sourcedBySound(after, sounds) || terms.some((term) => term.text.startsWith(after) && term.keys.some((key) => ko.includes(key))))) return false;
  // The Korean must have a name of its own that the English lacks: the name was changed, not glossed in from the
  // context ("the first Nuri launch" for 이번 발사).
  return koreanNameUnrendered(ko, en);
}

// Marks of a Korean name, closed classes: a person's particle or title after it (지수한테, 민수 씨, 세종대왕), a company
// word before or after it (주식회사 누리소프트, 다온푸드, 한빛테크), the suffix of a style (전라도식), quotation marks.
const KO_MARKED_NAME = new RegExp(
  [
    String.raw`(?<![가-힣])([가-힣]{2,4}?)(?=(?:이)?(?:한테|에게|께서|랑|하고|께)(?![가-힣])|\s?(?:씨|님|군|양|선생님?|대왕|왕|장군|작가|감독)(?:[은는이가의을를에와과도]|에게|께서|한테)?(?![가-힣]))`,
    String.raw`(?:주식회사|㈜|\(주\))\s?([가-힣]{2,8})`,
    String.raw`(?<![가-힣])([가-힣]{1,5}?)(?=(?:소프트|테크|푸드|바이오|미디어|제약|산업|전자|건설|물산|화학|증권|컴퍼니|엔터|스튜디오|랩스?)(?:[은는이가의을를에와과도]|에서|으로|로)?(?![가-힣]))`,
    String.raw`(?<![가-힣])([가-힣]{2,4})(?=식(?:으로|의|이|은|을)?(?![가-힣]))`,
    String.raw`['‘"“「]([가-힣]{2,10})['’"”」]`,
    // Session 14: a place's name before the word of its kind (남이섬, 해운대해수욕장, 인천공항; not 산 or 강: 정산, 보강), or before a
    // venue, a station or a school after a space (잠실 주경기장, 강남 세브란스병원).
    String.raw`(?<![가-힣])([가-힣]{2,4}?)(?=(?:섬|공항|대교|터널|해수욕장|해변|공원|경기장|체육관|계곡|폭포|호수|저수지)(?:[은는이가의을를에와과도]|에서|으로|로)?(?![가-힣]))`,
    String.raw`(?<![가-힣])([가-힣]{2,4})(?=\s[가-힣]{0,4}(?:경기장|체육관|운동장|야구장|구장|돔|아레나|공원|역|공항|터미널|해수욕장|대교|병원|대학교|초등학교|중학교|고등학교)(?:[은는이가의을를에와과도]|에서|으로|로)?(?![가-힣]))`,
  ].join('|'),
  'g',
);

/** A marked Korean name, or a name the lexicon knows, that the English neither renders nor sounds like. */
function koreanNameUnrendered(ko: string, en: string): boolean {
  const english = (en.match(/[A-Za-z][a-z]+(?:-[a-z]+)?/g) ?? []).map((word) => ({ key: soundKey(word), skeleton: latinSkeleton(word) }));
  // The name read from its start (a syllable inside it, 크 of 테크, would sound like "Co.").
  const sounded = (name: string) =>
    [name, name.replace(KO_PARTICLE_AFTER_NAME, '')].some((form) => {
      const key = soundKey(romanize(form).replace(/-/g, ''));
      return english.some((word) => word.key.length >= 2 && soundsLike(key, hangulSkeleton(form), word, false));
    });
  for (const match of ko.matchAll(KO_MARKED_NAME)) {
    const name = match.slice(1).find(Boolean);
    if (!name) continue;
    const rendered = koreanTerms(name).some((term) => term.entry.rendersIn(en));
    if (!rendered && !sounded(name)) return true;
  }
  return koreanTerms(ko).some((term) => term.entry.proper && !term.entry.rendersIn(en) && !sounded(term.entry.key));
}

// ───────────── Session 12: a name whose slot in the English holds another name ─────────────
// A Korean name has a place in its sentence that the English keeps: before a head noun (서대전역 "… Station", 총무팀
// "… Team"), after a country (베트남 다낭 "…, Vietnam"), inside a quoted title, between the Latin letters and numbers
// of a model (아이폰 16 프로 "iPhone 16 …"). The name in the English slot must render the Korean one: by sound (romanized
// Korean read by classes of sounds, a loanword by its consonant skeleton: 스토리지 Storage, 다낭 Da Nang) or by meaning
// (the lexicon: 정원 garden). A finding needs both sides again: the Korean name rendered nowhere in the English,
// and the English name sourced by no word of the Korean.

/** A Hangul word written from a foreign word: a consonant with the epenthetic ㅡ (스, 드, 르, 클) or a final ㅅ before a vowel. */
const LOANWORD = /[스즈크트프브드츠르클플블글]|[넷렛셋켓]/;
const isLoanword = (hangul: string): boolean => LOANWORD.test(hangul) && !lexiconEntry(hangul);

/** How a word sounds: its consonant skeleton and its classes of sounds (h left out of the skeleton). */
interface Sound {
  skeleton: string;
  key: string;
  /** A Hangul loanword, whose epenthetic vowels (클라우드) only its skeleton ignores. */
  loanword?: boolean;
  /** The classes without ㅡ, the vowel Korean puts between an English word's consonants (슬림 → slim). */
  bare?: string;
}

function hangulSound(hangul: string): Sound {
  const letters = romanize(hangul).replace(/-/g, '');
  return { skeleton: hangulSkeleton(hangul).replace(/H/g, ''), key: soundKey(letters), loanword: isLoanword(hangul), bare: soundKey(letters.replace(/eu/g, '')) };
}

const LATIN_SOUNDS = new Map<string, Sound[]>();

/** A Latin word's sounds as spelled and as Korean hears it, kept for the words seen last (a corpus repeats its words). */
function latinSounds(latin: string): Sound[] {
  let sounds = LATIN_SOUNDS.get(latin);
  if (!sounds) {
    // Session 17: Japanese names write n as m before b and p (난바 "Namba", 신바시 "Shimbashi"), as Korean romanization never does.
    const spellings = [latin, spokenEnglish(latin), ...(/m[bp]/i.test(latin) ? [latin.replace(/m(?=[bp])/gi, 'n')] : [])];
    sounds = spellings.map((spelling) => ({ skeleton: latinSkeleton(spelling).replace(/H/g, ''), key: soundKey(spelling) }));
    if (LATIN_SOUNDS.size >= 20_000) LATIN_SOUNDS.clear();
    LATIN_SOUNDS.set(latin, sounds);
  }
  return sounds;
}

/** A Hangul name and a Latin word sound alike: a loanword by its skeleton, a Korean name by its classes of sounds. */
function alike(korean: Sound, english: Sound[]): boolean {
  return english.some(({ skeleton, key }) => {
    // The same consonants: a loanword, which begins with the same sound when it has only two (나이트 Night, not knot);
    // any other name must also begin alike and hold as many sounds (갤럭시 Galaxy, not 경의중앙 Gyeongchun).
    const sameShape = [korean.key, korean.bare ?? korean.key].some((own) => {
      const begins = Math.min(3, own.length, key.length);
      return own.slice(0, begins) === key.slice(0, begins) && Math.abs(own.length - key.length) <= 1;
    });
    const loanword = korean.loanword && (skeleton.length >= 3 || korean.key[0] === key[0]);
    if (korean.skeleton.length >= 2 && korean.skeleton === skeleton && (loanword || sameShape)) return true;
    const length = Math.min(4, korean.key.length, key.length);
    // Three classes at least, unless both names are that short (오 Oh).
    return (length >= 3 || (korean.key.length === key.length && length >= 2)) && korean.key.slice(0, length) === key.slice(0, length) && Math.abs(korean.key.length - key.length) <= 1;
  });
}

const soundsAlike = (hangul: string, latin: string): boolean => alike(hangulSound(hangul), latinSounds(latin));

/** A foreign name and its English spelling, which transliteration blurs (브로츠와프 Wroclaw, 뮌헨 Munich): the same first sound and half the consonants in order. */
function closeForeignName(hangul: string, latin: string): boolean {
  const korean = hangulSkeleton(hangul).replace(/H/g, '');
  // Session 12: Japanese fu is written 후 (후쿠시마 Fukushima): an English f may stand where the Korean's ㅎ was dropped.
  const initialH = Math.floor((hangul.charCodeAt(0) - 0xac00) / 588) === 18;
  return [latin, spokenEnglish(latin)].some((spelling) => {
    let english = latinSkeleton(spelling).replace(/H/g, '');
    if (initialH && /^f/i.test(spelling) && korean[0] !== english[0]) english = english.slice(1);
    if (korean[0] !== english[0]) return false;
    const common = longestCommonRun(korean, english);
    return common >= Math.ceil(Math.min(korean.length, english.length) / 2);
  });
}

/** Whether a Latin word's consonants (two or more) stand in order in a Hangul loanword's (페스타 in 윈터페스타 → Festa). */
function heldInLoanword(hangul: string, latin: string): boolean {
  if (!isLoanword(hangul)) return false;
  const korean = hangulSkeleton(hangul).replace(/H/g, '');
  // An r after a vowel is not written in Korean (썸머 Summer).
  return [latinSkeleton(latin).replace(/H/g, ''), latinSkeleton(latin).replace(/[HR]/g, '')].some((english) => english.length >= 2 && longestCommonRun(korean, english) === english.length);
}

/** Whether a Hangul loanword's consonants (two or more) all stand in order in a Latin word's (타이거즈 in Tigers; 폴드 not in Flip). */
function loanwordHeldIn(hangul: string, latin: string): boolean {
  const korean = hangulSkeleton(hangul).replace(/H/g, '');
  return korean.length >= 2 && isLoanword(hangul) && [latin, spokenEnglish(latin)].some((spelling) => longestCommonRun(korean, latinSkeleton(spelling).replace(/H/g, '')) === korean.length);
}

/** Length of the longest common subsequence of two short strings. */
function longestCommonRun(a: string, b: string): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const char of a) {
    const next = [0];
    for (let j = 0; j < b.length; j++) next.push(char === b[j] ? row[j]! + 1 : Math.max(row[j + 1]!, next[j]!));
    row = next;
  }
  return row[b.length]!;
}

/**
 * An English word as Korean hears it: a soft g and c (Georgia 조지아, Center 센터), no r after a vowel (Hyper 하이퍼),
 * a w before a consonant said v (Wroclaw 브로츠와프), -tion as 션 (Station 스테이션), -ds as 즈 (Buds 버즈).
 */
function spokenEnglish(word: string): string {
  return word
    .toLowerCase()
    .replace(/^w(?=[^aeiouy])/, 'v')
    .replace(/[st]ion/g, 'shon')
    .replace(/ds\b/g, 'z')
    .replace(/g(?=[eiy])/g, 'j')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/(?<=[aeiou])r(?![aeiouy])/g, '');
}

// Departments of a company or office (총무팀, 재무부) and their English names, which no romanization gives.
const DEPARTMENTS: Record<string, RegExp> = {
  인사: /\b(?:HR|[Hh]uman [Rr]esources|[Pp]ersonnel|[Pp]eople)\b/,
  재무: /\b(?:[Ff]inanc\w*|[Tt]reasury)\b/,
  회계: /\b(?:[Aa]ccounting|[Ff]inance)\b/,
  총무: /\b(?:[Gg]eneral [Aa]ffairs|[Aa]dministrat\w*|[Aa]dmin)\b/,
  법무: /\b(?:[Ll]egal|[Cc]ompliance)\b/,
  영업: /\b(?:[Ss]ales|[Bb]usiness)\b/,
  마케팅: /\b[Mm]arketing\b/,
  홍보: /\b(?:PR|[Pp]ublic [Rr]elations|[Cc]ommunications|[Pp]ublicity|[Pp]ress)\b/,
  기획: /\b(?:[Pp]lanning|[Ss]trateg\w*)\b/,
  개발: /\b(?:[Dd]evelop\w*|R&D|[Ee]ngineering)\b/,
  구매: /\b(?:[Pp]urchasing|[Pp]rocurement|[Ss]ourcing)\b/,
  품질: /\b(?:[Qq]uality|QA)\b/,
  생산: /\b(?:[Pp]roduction|[Mm]anufacturing)\b/,
  보안: /\b[Ss]ecurity\b/,
  전략: /\b[Ss]trateg\w*\b/,
  연구: /\b(?:[Rr]esearch|R&D)\b/,
};

/** An English word with its place and its sounds. */
interface LatinWord {
  text: string;
  index: number;
  sounds: Sound[];
}

/** English content words, and the joined runs of two that a name may be split into (Dong-Daegu, Dong Daegu). */
function latinWords(en: string): LatinWord[] {
  const words = [...en.matchAll(/[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*/g)]
    .filter((match) => !ENGLISH_FUNCTION_WORDS.has(match[0].toLowerCase()))
    .map((match) => ({ text: match[0].replace(/['’]s?$/, ''), index: match.index }));
  const joined = words.slice(1).map((word, i) => ({ text: words[i]!.text + word.text, index: words[i]!.index }));
  return [...words, ...joined].map((word) => ({ ...word, sounds: latinSounds(word.text) }));
}

/** The Korean part is in the English: by the lexicon, a department's name, or the sound of a word. */
function koreanRendered(part: string, en: string, words: LatinWord[]): boolean {
  if (DEPARTMENTS[part]?.test(en)) return true;
  if (lexiconEntry(part)?.rendersIn(en) || koreanTerms(part).some((term) => term.entry.key.length >= Math.min(part.length, Math.max(2, part.length - 1)) && term.entry.rendersIn(en))) return true;
  const sound = hangulSound(part);
  return words.some((word) => alike(sound, word.sounds));
}

/** The English word comes from the Korean: written in it, the lexicon's rendering of a word of it, or its sound. */
function englishSourced(word: string, ko: string, sounds: ReturnType<typeof koreanSounds>): boolean {
  const plain = word.replace(/['’]s?$/, '');
  if (ko.toLowerCase().includes(plain.toLowerCase())) return true;
  if (englishTerms(plain).some((term) => term.keys.some((key) => ko.includes(key)))) return true;
  if (Object.entries(DEPARTMENTS).some(([korean, english]) => ko.includes(korean) && english.test(plain))) return true;
  // Sounded by a Korean word outside the lexicon's common words (출근길 "commute" is no Gyeong…).
  const key = soundKey(plain);
  if (sounds.names.some((korean) => soundsLike(key, '', korean, false))) return true;
  return (ko.match(/[가-힣]{2,}/g) ?? []).some((korean) => soundsAlike(korean.replace(KO_PARTICLE_AFTER_NAME, ''), plain));
}

/** A word of another name in the slot: romanized Korean, a loanword's English, or a word the lexicon gives another Korean source. */
const NAME_LIKE = (word: string): boolean =>
  RR_WORD.test(word.toLowerCase().replace(/-/g, '')) || englishTerms(word).length > 0 || Object.values(DEPARTMENTS).some((english) => english.test(word));

// A name glued to a head noun, and the head's English after the name ("Seomyeon Station", "Legal Team").
const KO_HEADED_NAME = /(?<![가-힣])([가-힣]{2,6}?)(역|시장|팀|대학교|대학|선|공항|터미널|공원|광장|해수욕장)(?=[은는이가의에을를과와도로]|에서|으로|\s|$|[,.·)'"’”])/g;
const HEAD_ENGLISH: Record<string, string> = {
  역: 'Station', 시장: 'Market', 팀: '[Tt]eam|[Dd]epartment|[Dd]ivision', 대학교: 'University', 대학: 'University|College', 선: 'Line',
  공항: 'Airport', 터미널: 'Terminal', 공원: 'Park', 광장: 'Square|Plaza', 해수욕장: 'Beach',
};

const EN_ANY_HEAD = /Station|Market|[Tt]eam|[Dd]epartment|[Dd]ivision|University|College|Line|Airport|Terminal|Park|Square|Plaza|Beach/;

function headedNameSwap(ko: string, en: string, context: SlotContext): Swap | undefined {
  if (!EN_ANY_HEAD.test(en)) return undefined;
  for (const match of ko.matchAll(KO_HEADED_NAME)) {
    const [, name, head] = match as unknown as [string, string, string];
    // A common word before the head (대표팀 "national team", 전통시장 "traditional market") is no name; a department is.
    if ((lexiconEntry(name) && !lexiconEntry(name)!.proper && !DEPARTMENTS[name]) || koreanRendered(name, en, context.words)) continue;
    const slot = new RegExp(String.raw`((?:[A-Z][\w'’]*(?:-[A-Za-z]+)*\s+){1,3})(?:${HEAD_ENGLISH[head]})\b`, 'g');
    for (const found of en.matchAll(slot)) {
      const names = found[1]!.trim().split(/\s+/);
      const last = names.at(-1)!.replace(/['’]s$/, '');
      if (EN_SENTENCE_WORD.test(last) || !NAME_LIKE(last)) continue;
      // The slot holds part of the name (서울대입구역 "Seoul National University Station", 여의도한강공원 "Yeouido Han River
      // Park"): a name the lexicon reads inside it, or its first syllables sounded.
      if (koreanTerms(name).some((term) => term.entry.rendersIn(found[1]!))) continue;
      const starts = [...name].slice(2, -1).map((_, i) => hangulSound(name.slice(0, i + 2)));
      if (names.some((word) => starts.some((sound) => alike(sound, latinSounds(word))))) continue;
      // 대 short for 대학 (홍대입구역 "Hongik University Station"): the syllables before it begin a word of the slot.
      const school = /^([가-힣]{1,2})대/.exec(name);
      if (school && /University|College/.test(found[1]!) && names.some((word) => soundKey(word).startsWith(soundKey(romanize(school[1]!).replace(/-/g, ''))))) continue;
      if (englishSourced(last, ko, context.sounds)) continue;
      return { korean: name + head, text: last, index: found.index + found[1]!.lastIndexOf(last) };
    }
  }
  return undefined;
}

/** A pair's English words and Korean sounds, computed once and only when a finder has a candidate. */
class SlotContext {
  #words: LatinWord[] | undefined;
  #sounds: ReturnType<typeof koreanSounds> | undefined;
  constructor(
    private readonly ko: string,
    private readonly en: string,
  ) {}
  get words(): LatinWord[] {
    return (this.#words ??= latinWords(this.en));
  }
  get sounds(): ReturnType<typeof koreanSounds> {
    return (this.#sounds ??= koreanSounds(this.ko));
  }
}

// A foreign city after its country (베트남 다낭, 독일 뮌헨), and the English city named with the country ("Da Nang, Vietnam",
// "Munich in Germany", "Germany's Munich").
const COUNTRY_BY_FORM = new Map(WORLD_NAMES.filter((row) => row.kind === 'country').flatMap((row) => row.korean.map((form) => [form, row] as const)));
const KO_AFTER_COUNTRY = new RegExp(String.raw`(?<![가-힣])(${[...COUNTRY_BY_FORM.keys()].sort((a, b) => b.length - a.length).join('|')})\s([가-힣]{2,})`, 'g');
const KNOWN_WORLD_NAMES = new Set(WORLD_NAMES.flatMap((row) => row.korean));

const PLACE_KINDS: ReadonlySet<string> = new Set(['country', 'city', 'kcity', 'province', 'state', 'district', 'island', 'river', 'mountain', 'venue', 'airport', 'temple']);
const PLACE_FORMS: ReadonlySet<string> = new Set(WORLD_NAMES.filter((row) => PLACE_KINDS.has(row.kind)).flatMap((row) => row.korean));
// A place's own suffix after the key (평택시, 동해안, 인천항, 서울역).
const KO_PLACE_AFTER = /^(?:시|도|군|구|동|읍|면|안|항|만|역|섬|강|산)(?![가-힣]{2})/;
const KO_BODY_WORD = /(?:부|청|처|위원회|정당|당국|대사관|의회|정부|군)$/;

function foreignCitySwap(ko: string, en: string, context: SlotContext): Swap | undefined {
  if (!/[a-z](?:,| in) [A-Z]|['’]s [A-Z]/.test(en)) return undefined;
  for (const match of ko.matchAll(KO_AFTER_COUNTRY)) {
    const [, form, word] = match as unknown as [string, string, string];
    const city = word.replace(KO_PARTICLE_AFTER_NAME, '');
    const entry = lexiconEntry(city);
    // Session 13: the whole word after the country, so that a longer one (한국 식품의약품안전처) is no city cut short, and
    // no word holding a common one (도쿄증시: 증시).
    // Session 16: a body of the country (카타르 외무부 "Qatar's Foreign Ministry"), or a word glued to Latin letters (북한
    // 조선중앙TV), is no city.
    if (city.length < 2 || city.length > 6 || KO_BODY_WORD.test(city) || /^[A-Za-z]/.test(ko.slice(match.index + match[0].length)) || (entry && !entry.proper) || koreanTerms(city).some((term) => !term.entry.proper && term.entry.key.length >= 2) || KNOWN_WORLD_NAMES.has(city) || koreanRendered(city, en, context.words)) continue;
    const english = `(?:${COUNTRY_BY_FORM.get(form)!.english})`;
    const slot = new RegExp(String.raw`\b([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)(?:,\s+|\s+in\s+)${english}\b|\b${english}['’]s\s+([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)`, 'g');
    for (const found of en.matchAll(slot)) {
      const text = found[1] ?? found[2]!;
      if (EN_SENTENCE_WORD.test(text) || closeForeignName(city, text) || englishSourced(text.replace(/[- ]/g, ''), ko, context.sounds)) continue;
      return { korean: `${form} ${city}`, text, index: found.index + found[0].indexOf(text) };
    }
  }
  return undefined;
}

// A model's name: loanwords beside Latin letters and numbers (아이폰 16 프로, 갤럭시 S24 울트라, 맥북12), and the same frame
// of letters and numbers in the English with a word in each loanword's place ("iPhone 16 Pro").
const KO_MODEL_TOKEN = /[가-힣]+|[A-Za-z]+|\d+/g;

/** Runs of a model's tokens (Hangul words the lexicon does not know, Latin words, numbers) apart by a space or none. */
function modelRuns(ko: string): { tokens: string[]; start: number; end: number }[] {
  const runs: { tokens: string[]; start: number; end: number }[] = [];
  let run: { tokens: string[]; start: number; end: number } | undefined;
  let closed = false;
  for (const match of ko.matchAll(KO_MODEL_TOKEN)) {
    // A particle ends the model (슬림을): the word before it is its last.
    const stem = match[0].replace(KO_PARTICLE_END, '');
    const token = /^[가-힣]/.test(match[0]) && stem.length >= 2 ? stem : match[0];
    // A Hangul word of a model is a name: no common word of the lexicon inside it (비영어 holds 영어).
    const part = !/^[가-힣]/.test(token) || (token.length >= 2 && !KO_PARTICLE_END.test(token) && koreanTerms(token).every((term) => term.entry.proper));
    const joined = run && !closed && match.index - run.end <= 1 && /^\s?$/.test(ko.slice(run.end, match.index));
    if (part && joined) {
      run!.tokens.push(token);
      run!.end = match.index + token.length;
    } else {
      if (run) runs.push(run);
      run = part ? { tokens: [token], start: match.index, end: match.index + token.length } : undefined;
    }
    closed = token !== match[0];
  }
  if (run) runs.push(run);
  // Anchored by a Latin word apart from the Hangul (버전 X, 맥북 에어 M3; not CJ대한통운: brandSwap's), a number glued
  // after a word (맥북12) or one between two words (그램 16 프로).
  return runs.filter((found) => {
    const text = ko.slice(found.start, found.end);
    return found.tokens.some((token) => /^[가-힣]/.test(token)) && (/[가-힣]\d|[가-힣]\s\d+\s[가-힣]/.test(text) || /(?:^|\s)[A-Z][A-Za-z]*\d*(?:\s|$)/.test(text)) && !/[A-Z][가-힣]/.test(text);
  });
}

function modelSwap(ko: string, en: string, context: SlotContext): Swap | undefined {
  if (!/[가-힣]\d|[가-힣]\s\d+\s[가-힣]|[가-힣]\s[A-Z][A-Za-z]*\d*(?![A-Za-z\d])/.test(ko)) return undefined;
  for (const run of modelRuns(ko)) {
    const frame = new RegExp(run.tokens.map((token) => (/^[가-힣]/.test(token) ? '([A-Z][A-Za-z]+)' : escapeRegExp(token))).join(String.raw`[\s-]?`));
    const found = frame.exec(en);
    if (!found) continue;
    const hangul = run.tokens.filter((token) => /^[가-힣]/.test(token));
    for (const [i, token] of hangul.entries()) {
      const english = found[i + 1]!;
      const at = found.index + found[0].indexOf(english);
      // A word capitalised only because it opens the sentence ("Rated IPX4 …") is no model's name.
      if (/^["“'‘(]?$|[.!?:]["”’)]?\s+$/.test(en.slice(Math.max(0, at - 3), at)) && !/[A-Z]/.test(english.slice(1))) continue;
      if (soundsAlike(token, english) || sameShortLoanword(token, english) || loanwordHeldIn(token, english) || koreanRendered(token, en, context.words) || englishSourced(english, ko, context.sounds)) continue;
      return { korean: ko.slice(run.start, run.end), text: english, index: at };
    }
  }
  return undefined;
}

/**
 * A loanword of one or two consonants in the English word's own place (워치 Watch): the same first consonant is enough;
 * one of vowels only (에어 Air, as Korean hears it), the same first vowel.
 */
function sameShortLoanword(hangul: string, latin: string): boolean {
  const korean = hangulSound(hangul);
  if (korean.skeleton.length === 0) {
    const vowel = soundKey(romanize(hangul[0]!));
    return latinSounds(latin).some(({ skeleton, key }) => skeleton.length === 0 && key[0] === vowel);
  }
  return korean.skeleton.length <= 2 && latinSounds(latin).some(({ skeleton }) => skeleton.length <= 2 && skeleton[0] === korean.skeleton[0]);
}

// A drug by its international name: the English one is sourced only by a Hangul loanword that sounds like it.
const EN_DRUG = /\b[A-Za-z]{4,}(?:profen|fen|cillin|mycin|cycline|pril|sartan|olol|statin|azole|tidine|dipine|formin|floxacin|vir|mab|nib|azepam|olone|sone|amol|lukast|gliptin|setron)\b/g;

function drugSwap(ko: string, en: string, context: SlotContext): Swap | undefined {
  // The Korean names a drug: a loanword of four syllables or more.
  const loanwords = (ko.match(/[가-힣]{4,}/g) ?? []).map((word) => word.replace(KO_PARTICLE_AFTER_NAME, '')).filter((word) => word.length >= 4 && isLoanword(word));
  if (loanwords.length === 0) return undefined;
  for (const match of en.matchAll(EN_DRUG)) {
    const drug = match[0];
    if (englishSourced(drug, ko, context.sounds)) continue;
    // Another drug than the English one: no English word sounds like it.
    const other = loanwords.find((word) => !koreanRendered(word, en, context.words));
    if (other) return { korean: other, text: drug, index: match.index };
  }
  return undefined;
}

// A quoted title ('누리스토리지', 「구름 정원」): its words rendered by meaning or sound, or the English title that holds
// some of them has a word that comes from nowhere in the Korean.
// A quotation of speech ("…했다"라고, '…요') is no title: at most four words, not ending as a sentence, no 라고 after it.
const KO_TITLE = /['‘「《〈"“](?=[가-힣][가-힣\s])((?:[가-힣]+\s){0,3}[가-힣]+)(?<![다요까죠네])['’」》〉"”](?!\s?(?:이?라고|이?라며|하고|고\s))/g;
const EN_TITLE_RUN = /["“][^"”]{2,60}["”]|[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|in|on|for|to|a|an)\s+)*[A-Z][\w'’-]*)*/g;

/** The Korean part can be judged: a word the lexicon knows, or a loanword. */
const judgeable = (part: string): boolean => isLoanword(part) || lexiconEntry(part) !== undefined;

/** A title word glued of two words of two syllables or more, one rendered in the English and the other judgeable. */
function gluedHalves(token: string, en: string, context: SlotContext): { rendered: string; missing: string } | undefined {
  for (let cut = 2; cut <= token.length - 2; cut++) {
    const [left, right] = [token.slice(0, cut), token.slice(cut)];
    if (koreanRendered(left, en, context.words) && judgeable(right)) return { rendered: left, missing: right };
    if (koreanRendered(right, en, context.words) && judgeable(left)) return { rendered: right, missing: left };
  }
  return undefined;
}

const WORLD_NAME_PATTERNS = new Map<WorldName, RegExp>();

/** Whether the text holds the form at a place `outside` accepts. */
function foundOutside(text: string, form: string, outside: (index: number, length: number) => boolean): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) if (outside(at, form.length)) return true;
  return false;
}

/** Spans of the English that render a name the Korean gives outside its span [from, to): a lexicon name or a world name. */
function namedOutside(ko: string, en: string, from: number, to: number): (readonly [number, number])[] {
  const outside = (index: number, length: number) => index + length <= from || index >= to;
  const patterns = koreanTerms(ko)
    .filter((term) => term.entry.proper && outside(term.index, term.entry.key.length))
    .map((term) => term.entry.englishAll);
  for (const row of WORLD_NAMES) {
    if (!row.korean.some((form) => form.length >= 2 && foundOutside(ko, form, outside))) continue;
    let pattern = WORLD_NAME_PATTERNS.get(row);
    if (!pattern) WORLD_NAME_PATTERNS.set(row, (pattern = new RegExp(String.raw`\b(?:${row.english})\b`, 'g')));
    patterns.push(pattern);
  }
  return patterns.flatMap((pattern) => [...en.matchAll(pattern)].map((found) => [found.index, found.index + found[0].length] as const));
}

function titleSwap(ko: string, en: string, context: SlotContext): Swap | undefined {
  if (!/['‘「《〈"“]/.test(ko)) return undefined;
  for (const match of ko.matchAll(KO_TITLE)) {
    const rendered: string[] = [];
    const missing: string[] = [];
    for (const token of match[1]!.split(/\s+/)) {
      if (koreanRendered(token, en, context.words)) {
        rendered.push(token);
        continue;
      }
      // A word glued of two (누리 + 스토리지): one half rendered, the other judged on its own.
      const halves = gluedHalves(token, en, context);
      if (halves) {
        rendered.push(halves.rendered);
        missing.push(halves.missing);
      } else if (judgeable(token)) missing.push(token);
    }
    if (rendered.length === 0 || missing.length === 0) continue;
    const loanwordMissing = missing.some(isLoanword);
    const renderedSounds = rendered.map(hangulSound);
    // Session 13: the English name of a body or place the Korean names outside the title ("Korea Tourism Organization"
    // for 한국관광공사) is no part of the title, though a word of it renders one (여행 "tourism").
    const claimed = namedOutside(ko, en, match.index, match.index + match[0].length);
    const renders = (word: LatinWord) =>
      renderedSounds.some((sound) => alike(sound, word.sounds)) || rendered.some((part) => lexiconEntry(part)?.rendersIn(word.text) || koreanTerms(part).some((term) => term.entry.rendersIn(word.text)));
    for (const run of en.matchAll(EN_TITLE_RUN)) {
      const end = run.index + run[0].length;
      // The run's own capitalised words (not the joined pairs of latinWords).
      const single = context.words.filter((word) => word.index >= run.index && word.index < end && en.startsWith(word.text, word.index) && /^[A-Z]/.test(word.text) && !EN_SMALL_WORDS.has(word.text.toLowerCase()));
      if (!single.some(renders)) continue;
      for (const word of single) {
        if (renders(word) || claimed.some(([from, to]) => from <= word.index && word.index < to)) continue;
        if (englishSourced(word.text, ko, context.sounds) || (!loanwordMissing && !NAME_LIKE(word.text) && !halfChanged(word.text, missing, ko))) continue;
        // Session 12: a word whose consonants a missing loanword holds in order (윈터페스타 → "Winter Festa").
        if (missing.some((token) => heldInLoanword(token, word.text))) continue;
        // Session 13: the word renders the other half of a glued title word (여행주간 → "Travel Week").
        if (missing.some((token) => lexiconEntry(token)?.rendersIn(word.text))) continue;
        return { korean: match[1]!, text: word.text, index: word.index };
      }
    }
  }
  return undefined;
}

/**
 * An English word glued of two (Cloudfall = Cloud + fall) whose one half renders a Korean word of the title left out
 * and whose other half is a word the lexicon gives a Korean source the Korean lacks: one word of the title changed.
 */
function halfChanged(word: string, missing: string[], ko: string): boolean {
  for (let cut = 3; cut <= word.length - 3; cut++) {
    const [head, tail] = [word.slice(0, cut), word.slice(cut)];
    for (const [kept, changed] of [[head, tail], [tail, head]] as const) {
      if (!missing.some((part) => lexiconEntry(part)?.rendersIn(kept))) continue;
      const terms = englishTerms(changed);
      if (terms.length > 0 && terms[0]!.text.length === changed.length && !terms.some((term) => term.keys.some((key) => ko.includes(key)))) return true;
    }
  }
  return false;
}

/** The finders of a name's slot, tried in order on one context. */
function nameSlotSwap(ko: string, en: string): Swap | undefined {
  const context = new SlotContext(ko, en);
  for (const find of [headedNameSwap, foreignCitySwap, modelSwap, drugSwap, titleSwap]) {
    const swap = find(ko, en, context);
    if (swap) return swap;
  }
  return undefined;
}
