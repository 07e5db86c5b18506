// @fileoverview A Korean person's name must come out as that person, and as one English form across the
// corpus: not "Lee Jae-myung" in one pair and "Lee Jae Myung" or "Yi Jae-myeong" in the next.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { SURNAMES, englishNames, sameGivenName, surnameHangul } from '../validate/names.js';

export const meta = {
  type: 'error',
  docs: { description: 'A Korean name is changed in the English, or spelled differently from earlier pairs.' },
  messages: {
    changed: 'The English names "{{english}}", who is not in the Korean ({{korean}}).',
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

export function create(context: CheckContext): CheckVisitor {
  /** Korean full name → the English form first seen for it. */
  const forms = new Map<string, string>();
  return {
    pair({ ko, en }) {
      if (!en.trim()) return;
      if (checkSurnames(context, ko, en)) return;
      const names = englishNames(en);
      if (names.length === 0) return;
      const titled = [...ko.matchAll(KO_NAME)].map((match) => match[1]! + match[2]!);
      for (const name of names) {
        const korean = findKorean(ko, name.surname, name.given);
        // "Park Avenue" or "Han River" unless the Korean has the person.
        if (!korean && name.weak) continue;
        if (!korean) {
          // Only a Korean name the English does not account for makes this English name a substitute.
          const unexplained = titled.filter((full) => !names.some((other) => surnameHangul(other.surname).includes(full[0]!) && sameGivenName(full.slice(1), other.given)));
          if (unexplained.length > 0) {
            context.report({ messageId: 'changed', data: { english: name.text, korean: unexplained.join(', ') }, side: 'en', range: name.range });
          }
          continue;
        }
        const form = name.text.replace(/\s+/g, ' ');
        const previous = forms.get(korean);
        if (previous === undefined) forms.set(korean, form);
        else if (previous !== form) {
          context.report({ messageId: 'inconsistent', data: { korean, english: form, previous }, side: 'en', range: name.range });
        }
      }
    },
  };
}

/** "surnamed Cho" for 최모씨: a surname-only mention whose romanization is not the Korean surname. */
function checkSurnames(context: CheckContext, ko: string, en: string): boolean {
  if (!/씨|모/.test(ko)) return false;
  const korean = [...ko.matchAll(KO_SURNAME_ONLY)].map((match) => match[1]!);
  if (korean.length === 0) return false;
  for (const match of en.matchAll(EN_SURNAME_ONLY)) {
    const hangul = surnameHangul(match[1]!);
    if (hangul.length === 0 || hangul.some((syllable) => korean.includes(syllable))) continue;
    context.report({ messageId: 'surname', data: { korean: korean.join(', '), english: match[1]! }, side: 'en', range: [match.index, match.index + match[0].length] });
    return true;
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
        if (candidate.length === length && /^[가-힣]+$/.test(candidate) && sameGivenName(candidate, given)) return hangul + candidate;
      }
    }
  }
  return undefined;
}
