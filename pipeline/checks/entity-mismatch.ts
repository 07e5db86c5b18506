// @fileoverview A place or company of the Korean is replaced by another in the English: 광주 → "Daegu",
// 현대자동차 → "Kia", 부산 → "Incheon". Read with the bilingual lexicon's proper names (pipeline/validate/lexicon.ts):
// a finding needs both sides, a Korean name the English does not render and a capitalized English name the Korean
// has no source for. A name only dropped is clause-coverage's or length-ratio's concern; a name only added ("Seoul"
// for 수도, "South Korea's" for 국내) is often a translator's right choice.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { isCopy } from '../validate/text.js';
import { englishTerms, isProperKey, isSourceOnlyKey, koreanTerms, placeTermsInContext } from '../validate/lexicon.js';
import { hangulSkeleton, latinSkeleton } from '../align/romanize.js';
import { SURNAMES, romanize, sameGivenName } from '../validate/names.js';
import { SEOUL_PLACES } from '../validate/world-names.js';

export const meta = {
  type: 'error',
  docs: { description: 'A place or company in the Korean is replaced by a different one in the English.' },
  messages: {
    replaced: 'The Korean names {{korean}}, but the English has "{{english}}" instead.',
  },
} satisfies Check['meta'];

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!/[A-Z]/.test(en) || /[가-힣]/.test(en) || isCopy(ko, en)) return;
      for (const findSwap of SWAP_FINDERS) {
        const swap = findSwap(ko, en);
        if (swap) {
          context.report({ messageId: 'replaced', data: { korean: swap.korean, english: swap.text }, side: 'en', range: [swap.index, swap.index + swap.text.length] });
          return;
        }
      }
      // A wire dateline (세종=연합뉴스) names where the story was filed; English wire copy moves or drops it.
      const korean = ko.replace(KO_DATELINE, (dateline) => ' '.repeat(dateline.length));
      const missing = [...koreanTerms(korean), ...placeTermsInContext(korean)].filter((term) => term.entry.proper && !term.entry.english.test(en) && !SUBDIVISION_AFTER.test(korean.slice(term.index + term.entry.key.length)));
      if (missing.length === 0) return;
      // A place that begins the name of a body (인천공항공사, 부산교통공사, 서울시설공단): another place or "Korea" at the
      // head of the English body's name is another body (인천공항공사 → "Korea Airports Corporation").
      const headOfBody = missing.some((term) => KO_BODY_AFTER.test(korean.slice(term.index + term.entry.key.length)));
      const added =
        englishTerms(en).find((term) => /^[A-Z]/.test(term.text) && !EN_CALENDAR.test(term.text) && !isEnglishDateline(en, term) && (headOfBody && EN_BODY_AFTER.test(en.slice(term.index + term.text.length)) ? term.keys.some(isProperKey) : term.keys.every((key) => isProperKey(key) || isSourceOnlyKey(key))) && !term.keys.some((key) => ko.includes(key)) && !ko.toLowerCase().includes(term.text.toLowerCase())) ??
        romanizedPlace(ko, en);
      if (!added) return;
      // "central Seoul" for 광화문, "Seoul's southern districts" for 강남: the city that holds the place, not another.
      if (added.text === 'Seoul' && missing.every((term) => SEOUL_PLACES.has(term.entry.key.replace(/(?:구|동)$/, '')))) return;
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
const EN_PLACE_AFTER_WORD = /(?<=\b(?:in|at|to|into|from|near|around|toward|towards|visit(?:ed|ing|s)?)\s)[A-Z][a-z]+(?:-[a-z]+)?\b(?!\s+[A-Z]|['’]s)/g;
// One to three syllables of Revised Romanization.
const ROMANIZED = /^(?:(?:[bcdghjkmnprstwy]{0,3})(?:a|ae|ya|yae|eo|e|yeo|ye|o|wa|wae|oe|yo|u|wo|we|wi|yu|eu|ui|i)(?:ng|n|m|l|k|p|t)?){1,3}$/;

/** The same with ㄹㄹ spelled "ll" (Gwangalli, Jeolla) and up to four syllables. */
const ROMANIZED_LL = /^(?:(?:[bcdghjklmnprstwy]{0,3})(?:a|ae|ya|yae|eo|e|yeo|ye|o|wa|wae|oe|yo|u|wo|we|wi|yu|eu|ui|i)(?:ng|n|m|l|k|p|t)?){1,4}$/;

/** A place name the lexicon does not know, romanized from Korean, whose sound the Korean lacks. */
function romanizedPlace(ko: string, en: string): { text: string; index: number } | undefined {
  const sounds = (ko.match(/[가-힣]+/g) ?? []).map(hangulSkeleton);
  for (const match of en.matchAll(EN_PLACE)) {
    const word = match[0];
    if (!ROMANIZED.test(word.toLowerCase().replace(/-/g, '')) || englishTerms(en).some((term) => term.index === match.index)) continue;
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
    // an official English one of its own (CJ대한통운 "CJ Logistics", LG전자 "LG Electronics").
    if (hangul.length < 2 || !LOANWORD_SYLLABLE.test(hangul)) continue;
    const after = [...en.matchAll(new RegExp(`\\b${initials}\\s+((?:[A-Z][A-Za-z&'’-]*)(?:\\s+[A-Z][A-Za-z&'’-]*){0,2})`, 'g'))];
    // The English must name the group with a word after the initials; "SK" alone or "SK's" is no finding.
    if (after.length === 0 || new RegExp(`\\b${initials}(?!\\s+[A-Z])`).test(en.replace(new RegExp(`\\b${initials}\\s+[A-Z]`, 'g'), ''))) continue;
    const sound = hangulSkeleton(hangul);
    const rendered = koreanTerms(hangul).some((term) => term.entry.english.test(en));
    if (rendered) continue;
    for (const name of after) {
      const words = name[1]!.split(/\s+/);
      const joined = latinSkeleton(words.join(''));
      const first = latinSkeleton(words[0]!);
      if (sound.length < 2 || joined.startsWith(sound.slice(0, 2)) || first.startsWith(sound.slice(0, 2)) || sound.startsWith(first) || sound.startsWith(joined)) continue;
      return { korean: whole.replace(KO_PARTICLE_END, ''), text: `${initials} ${name[1]}`, index: name.index };
    }
  }
  return undefined;
}

/** Names swapped for another of their kind, each found by its own reader, tried in this order. */
const SWAP_FINDERS: Array<(ko: string, en: string) => Swap | undefined> = [brandSwap, personSwap, vocativeSwap, districtSwap];
