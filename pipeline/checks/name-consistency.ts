// @fileoverview A Korean person's name must come out as that person, and as one English form across the
// corpus: not "Lee Jae-myung" in one pair and "Lee Jae Myung" or "Yi Jae-myeong" in the next.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { SURNAMES, englishNames, sameGivenName, sameVowels, skeleton, surnameHangul, westernNames, romanize, type EnglishName, type WesternName } from '../validate/names.js';
import { englishTerms, koreanTerms } from '../validate/lexicon.js';
import { hangulSkeleton, latinSkeleton } from '../align/romanize.js';

export const meta = {
  type: 'error',
  docs: { description: 'A Korean name is changed in the English, or spelled differently from earlier pairs.' },
  messages: {
    changed: 'The English names "{{english}}", who is not in the Korean ({{korean}}).',
    foreign: 'The Korean names {{korean}}, who is not in the English ("{{english}}" instead).',
    surname: 'The Korean gives the surname {{korean}}, but the English has "{{english}}".',
    inconsistent: 'The name {{korean}} is written "{{english}}" here but "{{previous}}" earlier in the corpus.',
  },
} satisfies Check['meta'];

// Words after a name that mark it as a person: titles and 씨.
const TITLES =
  '대통령|전 대통령|총리|부총리|장관|차관|의원|대표|원내대표|위원장|회장|부회장|사장|부사장|대표이사|최고위원|지사|시장|구청장|군수|교수|박사|감독|선수|씨|기자|대변인|비서실장|실장|청장|총재|원장|부장|판사|검사|검찰총장|총장|후보|예비후보|당선인|당선자|의장|대사|장군|국장|작가|배우|가수|변호사|특파원|앵커|전 의원|주석|위원|이사장|부위원장|수석|처장|단장|회원|총수|창업자|여사|영부인|선생|목사|신부|스님|상병|병장|중사|소령|중령|대령|대위|내정자|지명자|특보|보좌관|비서관|행정관|권한대행|대행|코치|이사|상무|전무|본부장|팀장|센터장|연구원|교사|군|양';
const KO_NAME = new RegExp(`(?<![가-힣])([${Object.keys(SURNAMES).join('')}])([가-힣]{1,2})(?=\\s(?:[가-힣A-Za-z]+\\s)?[가-힣]{0,4}?(?:${TITLES})(?![가-힣]{2}))`, 'g');

// A person known by surname only: 최모(45)씨, 김씨, 박모 씨; and the English forms that give a surname alone.
const KO_SURNAME_ONLY = new RegExp(`(?<![가-힣])([${Object.keys(SURNAMES).join('')}])(?:모\\s?(?:\\(\\d+\\)\\s?)?씨|모\\s?\\(\\d+\\)|모(?=\\s)|\\s?씨)(?!앗|름|족|알|방|줄|명)`, 'g');
const EN_SURNAME_ONLY = /\b(?:surnamed|(?:Mr|Ms|Mrs|Miss)\.?)\s+([A-Z][a-z]+)\b/g;
// A surname alone as a name ("Park denied the allegations"): not inside a run of capitalized words, and not a surname
// that is also a common English word.
const BARE_SURNAME_WORDS = new Set(['So', 'Do', 'No', 'In', 'An', 'Go', 'Ha', 'Na', 'Ra', 'Ri', 'Li', 'Ok', 'Ban', 'Bang', 'Sun', 'Won', 'Gil', 'Chin', 'Pang', 'Ham', 'U', 'O', 'Im', 'Gi', 'Ki', 'Yu', 'You', 'Su', 'Ju', 'Chu', 'Gu', 'Ku', 'Mun', 'Sin', 'Seong']);
const EN_BARE_SURNAME = new RegExp(`(?<![A-Z][a-z]*\\s)\\b(${Object.values(SURNAMES).flat().filter((form) => form.length >= 2 && !BARE_SURNAME_WORDS.has(form)).join('|')})\\b(?!\\s+[A-Z]|-)`, 'g');

// A Korean-style name with no title, before a particle: 손흥민은, 김민재가. Counted only against a full English name.
const KO_BARE_NAME = new RegExp(`(?<![가-힣])([${Object.keys(SURNAMES).join('')}])([가-힣]{2})(?=(?:은|는|이|가|의|을|를|도|와|과|에게|씨)?(?![가-힣]))`, 'g');
// Any Hangul word just before a title word: 트럼프 대통령, 마크롱 프랑스 대통령, 기시다 총리는.
const FOREIGN_TITLES = '대통령|부통령|총리|장관|국무장관|총통|주석|국왕|여왕|왕세자|감독|선수|회장|최고경영자|CEO|대표|의원|대사|장군|교수|박사|위원장|사무총장|총재|주지사|상원의원|하원의원|하원의장|외무장관|국방장관|재무장관';
// A title followed by a count (재석 의원 278명, 외국인 선수 3명) is a group, not a person.
// Session 15: not a body whose head the title is (자민당 총재, 노조 위원장): a party, union, association or committee.
const KO_TITLED_WORD = new RegExp(`(?<![가-힣])(?!(?:앞서|한편|이날|또한|이어|특히|당시|최근|지난|올해|현재|이후|이번|그러나|하지만|다만|이에|또)(?![가-힣]))([가-힣]{2,6})(?<![당회단협노조])(?=\\s(?:[가-힣]{1,8}\\s)?(?:${FOREIGN_TITLES})(?:은|는|이|가|의|을|를|도|과|와|에게|측)?(?![가-힣])(?!\\s?[\\d,]+\\s?(?:명|인|개국)))`, 'g');
// Words that say which holder of a title, not who: 초대 대통령 (the first president), 신임 장관, 재석 의원.
// Session 16: adverbs (사실 감독 본인은, 결국 장관은) and size or fame (대형 보험사 최고경영자) before a title modify it too.
const TITLE_MODIFIER = /^(?:사실|실제로|결국|정작|물론|게다가|그런데|그래서|오히려|심지어|역시|이미|직접|모두|다시|아직|대형|중견|중소|유명|거대|글로벌|대표적|초대|역대|전직|현직|신임|차기|전임|후임|당시|재석|재적|여당|야당|여야|초선|재선|삼선|다선|중진|소속|무소속|명예|상임|각국|양국|현역|원로|최연소|최고령|외국인|여성|남성|주요|해당|담당|관련|역대급|대리|임시|공동|직전|현재|미래|과거)$/;
// A Korean-style name (surname and one or two syllables) is the other rules' concern.
const KOREAN_STYLE = new RegExp(`^[${Object.keys(SURNAMES).join('')}][가-힣]{1,2}$`);
// Capitalized English words that are titles or sentence furniture, not names.
const EN_NOT_NAMES = /^(?:The|A|An|President|Chancellor|King|Queen|Prince|Princess|Pope|Emperor|Premier|Senator|Congressman|Congresswoman|Representative|Crown|Supreme|Commander|Admiral|Captain|Prime|Minister|Chairman|Chairwoman|Chair|Chief|CEO|Governor|Mayor|Rep|Sen|Leader|Speaker|Ambassador|General|Judge|Justice|Prosecutor|Professor|Dr|Mr|Ms|Mrs|Coach|Director|Commissioner|Secretary|Vice|Deputy|Head|Former|First|Lady|Foreign|Defense|Finance|Trade|Party|People|Power|Democratic|National|Assembly|Korea|Korean|South|North|He|She|They|It|In|On|At|But|And|After|Before|When|While|This|That|These|Those|His|Her|Their|Its|Our|We|I|You|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Longest pair (characters) whose names are compared. */
const MAX_KOREAN = 3000;
const MAX_ENGLISH = 6000;
/** Corpus memory bound: the names first seen longest ago are forgotten, so memory stays flat on any corpus. */
export const CORPUS_MAX_NAMES = 100_000;

export function create(context: CheckContext): CheckVisitor {
  /** Korean full name → the English form first seen for it. */
  const forms = new Map<string, string>();
  return {
    pair({ ko, en }) {
      // Names are compared pairwise within a pair: sentence and paragraph pairs only.
      if (!en.trim() || ko.length > MAX_KOREAN || en.length > MAX_ENGLISH) return;
      if (checkSurnames(context, ko, en) || checkTitledSurname(context, ko, en) || checkForeignNames(context, ko, en) || checkGivenNames(context, ko, en)) return;
      const names = englishNames(en);
      if (checkWesternNames(context, ko, en, names)) return;
      if (names.length === 0) return;
      const titled = [...ko.matchAll(KO_NAME)].map((match) => match[1]! + match[2]!);
      // 손흥민은 → "Lee Kang-in": a bare Korean name counts against a full (hyphenated) English one.
      if (names.some((name) => /-/.test(name.given))) {
        for (const match of ko.matchAll(KO_BARE_NAME)) {
          const full = match[1]! + match[2]!;
          if (!titled.includes(full) && koreanTerms(full).length === 0) titled.push(full);
        }
      }
      let unexplained: string[] | undefined;
      for (const name of names) {
        const korean = findKorean(ko, name.surname, name.given);
        // "Park Avenue" or "Han River" unless the Korean has the person.
        if (!korean && name.weak) continue;
        if (!korean) {
          // Only a Korean name the English does not account for makes this English name a substitute.
          unexplained ??= [...new Set(titled)].filter((full) => !names.some((other) => surnameHangul(other.surname).includes(full[0]!) && sameGivenName(full.slice(1), other.given) && sameVowels(full.slice(1), other.given)));
          if (unexplained.length > 0) {
            context.report({ messageId: 'changed', data: { english: name.text, korean: unexplained.join(', ') }, side: 'en', range: name.range });
          }
          continue;
        }
        const form = name.text.replace(/\s+/g, ' ');
        const previous = forms.get(korean);
        if (previous === undefined) {
          if (forms.size >= CORPUS_MAX_NAMES) forms.delete(forms.keys().next().value!);
          forms.set(korean, form);
        }
        else if (previous !== form) {
          context.report({ messageId: 'inconsistent', data: { korean, english: form, previous }, side: 'en', range: name.range });
        }
      }
    },
  };
}

/**
 * A Korean name against an English one in Western order: 김연아 → "Yuna Park" (the given name kept, another surname) or
 * 박지성 → "Ji-won Park" (the surname kept, another hyphenated given name), when no English form renders the Korean name.
 */
function checkWesternNames(context: CheckContext, ko: string, en: string, names: readonly EnglishName[]): boolean {
  if (!/[a-z]\s+[A-Z]/.test(en)) return false;
  const western = westernNames(en);
  if (western.length === 0) return false;
  const korean = new Set([...ko.matchAll(KO_NAME)].map((match) => match[1]! + match[2]!));
  for (const match of ko.matchAll(KO_BARE_NAME)) {
    const full = match[1]! + match[2]!;
    if (!korean.has(full) && koreanTerms(full).length === 0) korean.add(full);
  }
  for (const full of korean) {
    const given = full.slice(1);
    const owns = (form: string): boolean => surnameHangul(form).includes(full[0]!);
    // Western order is a personal spelling more often than not (Myung-whun for 명훈): consonants and vowels, not the
    // syllable-initial h, are compared.
    const same = (roman: string): boolean => skeleton(romanize(given)) === skeleton(roman) && sameVowels(given, roman);
    if (names.some((name) => owns(name.surname) && sameGivenName(given, name.given))) continue;
    if (western.some((name) => owns(name.surname) && same(name.given))) continue;
    // The given name kept needs its first sound too: skeletons of two short given names are often equal (용해, Hangang).
    const kept = (name: WesternName): boolean => same(name.given) && sameOnset(given, name.given);
    const wrong = western.find((name) => (kept(name) && !owns(name.surname)) || (owns(name.surname) && /-/.test(name.given) && !same(name.given)));
    if (!wrong) continue;
    context.report({ messageId: 'changed', data: { english: wrong.text, korean: full }, side: 'en', range: wrong.range });
    return true;
  }
  return false;
}

// Letters a romanized syllable may start with, by the Revised Romanization letter: 정 → j/ch, 이 → vowel/y/r/l.
const ONSETS: Record<string, string> = { g: 'gk', k: 'gk', kk: 'gk', d: 'dt', t: 'dt', b: 'bp', p: 'bp', r: 'rln', n: 'nrl', m: 'm', s: 's', j: 'jc', c: 'jc', h: 'h' };

/** The romanized given name starts as the Hangul one does (연아 Yuna, 지성 Ji-sung; not 용해 "Hangang"). */
function sameOnset(hangul: string, roman: string): boolean {
  const first = romanize(hangul[0]!);
  const letter = roman[0]!.toLowerCase();
  const consonant = /^[a-z]*?(?=[aeiouwy])/.exec(first)?.[0] ?? '';
  if (!consonant) return /[aeiouwy]/.test(letter);
  return (ONSETS[consonant] ?? ONSETS[consonant[0]!] ?? consonant[0]!).includes(letter);
}

// A surname alone before a title (정 총리, 김 의원, 박 감독), and the English title before a surname alone ("Prime
// Minister Han", "Rep. Kim"); a surname followed by a given name ("Prime Minister Chung Sye-kyun") is the full-name rules'.
// Session 17: 전 before a title is "former" (文 전 대통령 "Former President Moon").
const KO_TITLED_SURNAME = new RegExp(`(?<![가-힣])(?!전\\s)([${Object.keys(SURNAMES).join('')}])\\s(?:대통령|전 대통령|총리|부총리|장관|차관|의원|대표|원내대표|위원장|회장|부회장|사장|지사|시장|구청장|군수|교수|감독|선수|판사|검사|대사|후보|청장|원장|총장|의장|변호사|대변인|비서실장|실장|국장|부장|팀장|코치|당선인|권한대행)(?=[은는이가의을를과와도에]|에게|으로|\s|$|[,.])`, 'g');
const EN_TITLED_SURNAME =
  /\b(?:President|Prime Minister|Premier|Minister|Vice Minister|Rep\.|Representative|[Ll]awmaker|Chairman|Chairwoman|Chair|CEO|Governor|Gov\.|Mayor|Professor|Prof\.|[Cc]oach|[Mm]anager|Judge|Justice|Prosecutor|Ambassador|Director|Commissioner|Speaker|Secretary|[Cc]andidate|President-elect|[Ll]eader|[Ss]pokes(?:man|woman|person)|Chief of Staff|Mr\.|Ms\.|Mrs\.|Dr\.)\s+([A-Z][a-z]+)\b(?![- ]?[A-Z]|-[a-z])/g;

/** 정 총리 → "Prime Minister Han": a titled surname in the English whose Hangul begins no word of the Korean. */
function checkTitledSurname(context: CheckContext, ko: string, en: string): boolean {
  if (!/[가-힣]\s[가-힣]/.test(ko) || !/[A-Z][a-z]+\s+[A-Z]/.test(en)) return false;
  const korean = [...ko.matchAll(KO_TITLED_SURNAME)].map((match) => match[1]!);
  if (korean.length === 0) return false;
  for (const match of en.matchAll(EN_TITLED_SURNAME)) {
    const hangul = surnameHangul(match[1]!);
    if (hangul.length === 0 || hangul.some((syllable) => korean.includes(syllable) || new RegExp(`(?<![가-힣])${syllable}`).test(ko))) continue;
    const start = match.index + match[0].length - match[1]!.length;
    context.report({ messageId: 'surname', data: { korean: [...new Set(korean)].join(', '), english: match[1]! }, side: 'en', range: [start, start + match[1]!.length] });
    return true;
  }
  return false;
}

/** "surnamed Cho" for 최모씨: a surname-only mention whose romanization is not the Korean surname. */
function checkSurnames(context: CheckContext, ko: string, en: string): boolean {
  if (!/씨|모/.test(ko)) return false;
  const korean = [...ko.matchAll(KO_SURNAME_ONLY)].map((match) => match[1]!);
  if (korean.length === 0) return false;
  for (const match of [...en.matchAll(EN_SURNAME_ONLY), ...en.matchAll(EN_BARE_SURNAME)]) {
    const hangul = surnameHangul(match[1]!);
    // The surname may belong to another person the Korean names (박 대표): only a surname the Korean lacks is a change.
    if (hangul.length === 0 || hangul.some((syllable) => korean.includes(syllable) || new RegExp(`(?<![가-힣])${syllable}`).test(ko))) continue;
    context.report({ messageId: 'surname', data: { korean: korean.join(', '), english: match[1]! }, side: 'en', range: [match.index, match.index + match[0].length] });
    return true;
  }
  return false;
}

/**
 * 트럼프 대통령 → "President Biden": a titled Hangul word whose sound (consonant skeleton) no English word has, while
 * the English has a capitalized name whose sound the Korean lacks.
 */
function checkForeignNames(context: CheckContext, ko: string, en: string): boolean {
  if (!/[A-Z]/.test(en)) return false;
  // 기시다 looks like a Korean name (기 is a surname); three syllables, no Korean-style name in the English and no
  // romanization of its surname there (손정의 → "Masayoshi Son"), it is read as foreign. 전날 (two syllables) is a word.
  let noKoreanNameCache: boolean | undefined;
  const foreignShaped = (word: string): boolean =>
    word.length === 3 && !(SURNAMES[word[0]!] ?? []).some((form) => new RegExp(`\\b${form}\\b`).test(en)) && (noKoreanNameCache ??= englishNames(en).length === 0);
  // Session 10: a word with a case particle and a word between it and the title (황금종려상을 받은 감독, the director who
  // won the Palme d'Or) is what the holder did, not the holder's name: a name stands right before its title.
  // Session 16: nor a verb that takes an object before it (농담을 건네자 장관은: "when he joked, the minister …").
  const candidates = [...new Set([...ko.matchAll(KO_TITLED_WORD)].filter((match) => !(/[을를이가은는]$/.test(match[1]!) && /^\s[가-힣]{1,8}\s/.test(ko.slice(match.index + match[1]!.length))) && !/[을를]\s$/.test(ko.slice(Math.max(0, match.index - 2), match.index))).map((match) => match[1]!).concat(affiliations(ko)))].map((word) => word.replace(/(?:은|는|이|가|의|을|를|도|와|과|에게)$/, '')).filter((word) => word.length >= 2 && !TITLE_MODIFIER.test(word) && (!KOREAN_STYLE.test(word) || foreignShaped(word)) && koreanTerms(word).length === 0);
  if (candidates.length === 0) return false;
  const words = [...en.matchAll(/[A-Z][A-Za-z'’-]+/g)];
  const single = words.map((word) => latinSkeleton(word[0].replace(/['’]s$/, '')));
  // Two capitalized words in a row ("Xi Jinping") as one name too; an f as Korean writes it before u (후미오 Fumio,
  // 후쿠시마 Fukushima) too; and (session 16) an r before a consonant, which Korean leaves out (마코 Marco, 마크 Mark).
  const skeletons = [
    ...single,
    ...single.slice(1).map((skeleton, i) => single[i]! + skeleton),
    ...words.filter((word) => /f/i.test(word[0])).map((word) => latinSkeleton(word[0].replace(/f/gi, 'h'))),
    ...words.filter((word) => /r(?![aeiouy])/i.test(word[0])).map((word) => latinSkeleton(word[0].replace(/r(?![aeiouy])/gi, ''))),
  ];
  const missing = candidates.filter((word) => {
    const sound = hangulSkeleton(word);
    return sound.length >= 1 && !skeletons.some((skeleton) => soundsAlike(skeleton, sound));
  });
  if (missing.length === 0) return false;
  // Verbs (엄수됐다) are no names: only other words may explain an English name by a near sound.
  const koreanWords = ko.match(/[가-힣]+/g) ?? [];
  const koreanSounds = koreanWords.map(hangulSkeleton);
  const nameSounds = koreanWords.filter((word) => !/[다요죠며고서]$/.test(word)).map((word) => hangulSkeleton(word.replace(/(?:은|는|이|가|의|을|를|도|와|과|에게|에서|에|로|으로)$/, '')));
  const lexicon = new Set(englishTerms(en).map((term) => term.index));
  for (const word of words) {
    if (word.index === 0 || /[.!?]["”’]?\s+$/.test(en.slice(0, word.index)) || EN_NOT_NAMES.test(word[0]) || lexicon.has(word.index)) continue;
    const sound = latinSkeleton(word[0].replace(/['’]s$/, ''));
    if (sound.length < 2 || koreanSounds.some((korean) => korean.includes(sound)) || nameSounds.some((korean) => nearSound(korean, sound))) continue;
    context.report({ messageId: 'foreign', data: { korean: missing.join(', '), english: word[0] }, side: 'en', range: [word.index, word.index + word[0].length] });
    return true;
  }
  return false;
}

// A team, party or company in brackets after a person's name: 이정후(샌프란시스코 자이언츠), 김민재(바이에른 뮌헨).
const KO_AFFILIATION = new RegExp(`(?<=(?<![가-힣])[${Object.keys(SURNAMES).join('')}][가-힣]{2}\\()([가-힣]{2,}(?:[ ·][가-힣]{2,})*)(?=\\))`, 'g');

/** Transliterated words of a bracketed affiliation, three syllables or longer (short ones are often Korean words). */
function affiliations(ko: string): string[] {
  return [...ko.matchAll(KO_AFFILIATION)].flatMap((match) => match[1]!.split(/[ ·]/)).filter((word) => word.length >= 3);
}

/** Skeletons of one name: equal, one the start of the other, or (three consonants or more) one consonant apart. */
function soundsAlike(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 3) return false;
  if (a.startsWith(b) || b.startsWith(a)) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

/** A Korean word that may be this English name: as `soundsAlike`, but three consonants may differ only in the middle
 * (파이썬 PSN for Python PTN, not 국장 KSN for Kishida KST). */
function nearSound(korean: string, english: string): boolean {
  if (Math.min(korean.length, english.length) >= 4 || korean.length !== 3 || english.length !== 3) return soundsAlike(korean, english);
  return korean[0] === english[0] && korean[2] === english[2];
}

// Session 15: a given name alone, hyphenated ("Su-jin", "Min-ho"), each part a Korean syllable as romanized, with no
// capitalised word before or after it (a full name is `englishNames`' job).
const EN_GIVEN_ONLY = /(?<![A-Z][a-z]*[\s-]|[A-Za-z])([A-Z][a-z]{0,4}-[a-z]{1,5})(?![a-z]|[\s-][A-Z])/g;
const ROMAN_SYLLABLE = /^(?:g|k|kk|n|d|t|tt|r|l|m|b|p|pp|s|ss|sh|j|jj|ch|h)?(?:y|w)?(?:a|ae|ai|e|eo|eu|i|o|oe|oo|ou|u|ui|ee|ea|eon|yu)(?:k|n|t|l|m|p|ng|g|b)?$/i;
// A two-syllable word before a vocative or a case ending: how a given name alone stands in a Korean sentence (민지가,
// 현우를, 지호야; Session 17: in quotes, '정우'는). Hangul that is a lexicon word (사람이, 학교는) is no name.
const KO_GIVEN_WORD = /(?<![가-힣])([가-힣]{2})(?=['’"”]?(?:야|아|이가|이는|이를|이랑|이한테|이에게|이도|가|는|를|랑|한테|에게|씨|님|은|을|의|도)(?![가-힣]))/g;

/**
 * A hyphenated given name that no two syllables of the Korean sound like, while the Korean has a two-syllable name the
 * English does not sound out: 민지가 … → "Su-jin was looking for you".
 */
function checkGivenNames(context: CheckContext, ko: string, en: string): boolean {
  if (!/[A-Z][a-z]{0,4}-[a-z]/.test(en)) return false;
  let englishWords: string[] | undefined;
  for (const match of en.matchAll(EN_GIVEN_ONLY)) {
    const given = match[1]!;
    if (!given.split('-').every((part) => ROMAN_SYLLABLE.test(part))) continue;
    if (soundedIn(ko, given)) continue;
    englishWords ??= en.match(/[A-Z][a-z]*(?:[-\s][A-Za-z][a-z]*)?/g) ?? [];
    // Session 17: other English words than this name ("Jeong-ho" shares its consonants with 정우).
    const sounds = new Set(englishWords.filter((word) => word !== given).map((word) => skeleton(word)));
    const korean = [...ko.matchAll(KO_GIVEN_WORD)].map((word) => word[1]!).find((word) => koreanTerms(word).length === 0 && !sounds.has(skeleton(romanize(word))));
    if (!korean) continue;
    context.report({ messageId: 'changed', data: { english: given, korean }, side: 'en', range: [match.index, match.index + given.length] });
    return true;
  }
  return false;
}

/** Two syllables of the Korean sound like this given name, vowels too (정우 is not "Jeong-ho"). */
function soundedIn(ko: string, given: string): boolean {
  for (const run of ko.match(/[가-힣]{2,}/g) ?? []) {
    for (let at = 0; at + 2 <= run.length; at++) if (sameGivenName(run.slice(at, at + 2), given) && sameVowels(run.slice(at, at + 2), given)) return true;
  }
  return false;
}

/** The Korean name this English name renders: its surname syllable followed by a matching given name. */
function findKorean(ko: string, surname: string, given: string): string | undefined {
  for (const hangul of surnameHangul(surname)) {
    for (let at = ko.indexOf(hangul); at >= 0; at = ko.indexOf(hangul, at + 1)) {
      // "Min-ho" is two syllables: it cannot stand for a one-syllable given name (김민), whose skeleton it shares.
      for (const length of /[-\s]/.test(given.trim()) ? [2, 3] : [2, 1, 3]) {
        const candidate = ko.slice(at + 1, at + 1 + length);
        if (candidate.length === length && /^[가-힣]+$/.test(candidate) && sameGivenName(candidate, given) && sameVowels(candidate, given)) return hangul + candidate;
      }
    }
  }
  return undefined;
}
