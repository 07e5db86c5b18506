// @fileoverview A word of where says another place in the English: 국내 (at home) → "abroad", 북쪽 → "south",
// 평일 (weekdays) → "weekends", 실내 → "outdoors". Each axis has classes that exclude one another; only a
// one-sentence Korean text whose words of an axis are of one class is compared, and only an English text that has
// another class and not the Korean one is flagged. Names (북한 "North Korea", 남해 "Namhae") are left out.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { isCopy } from '../validate/text.js';
import { isShortSentence, koreanClass, otherClassInEnglish, type AxisClass } from './axes.js';

export const meta = {
  type: 'error',
  docs: { description: 'A word of place (at home/abroad, north/south, left/right, indoors/outdoors, weekdays/weekends) says another place in the English.' },
  messages: {
    changed: 'The Korean says "{{korean}}" ({{place}}) but the English says "{{english}}".',
  },
} satisfies Check['meta'];

const B = '(?<![가-힣])';
// Session 10: "back home", "returned home", "welcome home" is the end of a return (해외 반출 60년 만에 돌아온 "back home
// 60 years after leaving Korea"), not a place at home set against abroad.

const AXES: AxisClass[][] = [
  [
    { name: 'at home', korean: new RegExp(`${B}국내(?!외)`), english: /\b(?:domestic\w*|at home|(?<!\b(?:back|return\w*|brought|bringing|brings?|welcom\w*)\s)home|local\w*|nationwide|in (?:the country|Korea|South Korea)|(?:visit\w*|enter\w*|to|into) (?:South )?Korea\b|Korean|national\w*|inland|onshore)\b/i },
    { name: 'abroad', korean: new RegExp(`${B}(?:해외|국외|외국(?!인)|직구)`), english: /\b(?:abroad|overseas|foreign\w*|international\w*|(?:outside|out of) (?:the country|Korea)|offshore(?! (?:wind|oil|gas|drilling|platforms?|rigs?|farms?|fields?|waters?))|global\w*|expat\w*)\b/i },
  ],
  [
    // Session 16: not a name ("North Korea", "South Jeolla", "the North Pole").
    { name: 'north', korean: new RegExp(`${B}(?:북쪽|북부|북상|북측(?!과)|북동|북서|이북)`), english: /\bnorth\w*(?!\s+(?:Korea|Gyeongsang|Chungcheong|Jeolla|Pole|America|Africa|Sea|Atlantic|Pacific)\b)/i },
    { name: 'south', korean: new RegExp(`${B}(?:남쪽|남부|남하|남측(?!과)|남동|남서|이남)`), english: /\bsouth\w*(?!\s+(?:Korea|Gyeongsang|Chungcheong|Jeolla|Pole|America|Africa|Sea|Atlantic|Pacific|China Sea)\b)/i },
  ],
  [
    { name: 'east', korean: new RegExp(`${B}(?:동쪽|동부|동진|북동|남동)`), english: /\beast\w*/i },
    { name: 'west', korean: new RegExp(`${B}(?:서쪽|서부|서진|북서|남서)`), english: /\bwest\w*/i },
  ],
  // Session 12: left and right, as a direction or a side ("on your right", "turn left", "left-hand", "right knee").
  [
    { name: 'left', korean: /왼쪽|왼편|좌측|좌회전|왼(?=손|발|팔|눈|귀|다리|무릎|어깨|허리|발목|손목)/, english: /\b(?:(?:on|to|at|from|toward|towards) (?:the|your|my|his|her|their|our) (?:far )?left|(?:turn\w*|go|keep|bear|veer|swerv\w*) left|left(?:-hand|ward| side| turn| lane| arm| leg| hand| foot| eye| ear| knee| shoulder| ankle| wrist))\b/i },
    { name: 'right', korean: /오른쪽|오른편|우측|우회전|오른(?=손|발|팔|눈|귀|다리|무릎|어깨|허리|발목|손목)/, english: /\b(?:(?:on|to|at|from|toward|towards) (?:the|your|my|his|her|their|our) (?:far )?right|(?:turn\w*|go|keep|bear|veer|swerv\w*) right|right(?:-hand|ward| side| turn| lane| arm| leg| hand| foot| eye| ear| knee| shoulder| ankle| wrist))\b/i },
  ],
  [
    { name: 'indoors', korean: /실내|옥내/, english: /\b(?:indoors?|inside|interior|enclosed|covered)\b/i },
    { name: 'outdoors', korean: /실외|야외|옥외/, english: /\b(?:outdoors?|outside|open[- ]air|alfresco|exterior)\b/i },
  ],
  [
    { name: 'weekdays', korean: /평일|주중/, english: /\b(?:weekdays?|Monday|Tuesday|Wednesday|Thursday|Friday|working days?|business days?|workdays?)\b/i },
    { name: 'weekends', korean: /주말|휴일|공휴일/, english: /\b(?:weekends?|Saturday|Sunday|holidays?|days off)\b/i },
  ],
  [
    { name: 'upstream', korean: /상류/, english: /\bupstream|upriver|upper reaches\b/i },
    { name: 'downstream', korean: /하류/, english: /\bdownstream|downriver|lower reaches\b/i },
  ],
];

const KO_DENIED_AFTER = /^[^.!?]*?(?:없|않|못|불가|금지|제외|빼고|말고|안\s?[되돼])/;

const KO_WORLD = /세계|글로벌|국제/;
const EN_WORLD = /^(?:global\w*|world\w*|international\w*)$/i;
const ANY_ENGLISH = new RegExp(AXES.flat().map((place) => place.english.source).join('|'), 'i');
const ANY_KOREAN = new RegExp(AXES.flat().map((place) => place.korean.source).join('|'));

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!en.trim() || !ANY_ENGLISH.test(en) || isCopy(ko, en) || !ANY_KOREAN.test(ko)) return;
      // A paragraph names many places; only a sentence is read.
      if (!isShortSentence(ko)) return;
      for (const axis of AXES) {
        // Both classes (국내외, 평일과 주말), or none: nothing one-sided to compare.
        const inKorean = koreanClass(axis, ko);
        if (!inKorean) continue;
        const english = otherClassInEnglish(axis, inKorean.cls, en);
        if (!english) continue;
        // Session 13: "global", "world", "international" render 세계, 글로벌, 국제 of the Korean, not a place abroad.
        if (KO_WORLD.test(ko) && EN_WORLD.test(english[0])) continue;
        // Session 12: a place the Korean denies (해외에서 사용할 수 없습니다) is said by the other one ("for domestic use only").
        if (KO_DENIED_AFTER.test(ko.slice(inKorean.korean.index + inKorean.korean[0].length))) continue;
        context.report({ messageId: 'changed', data: { korean: inKorean.korean[0], place: inKorean.cls.name, english: english[0] }, side: 'en', range: [english.index, english.index + english[0].length] });
        return;
      }
    },
  };
}
