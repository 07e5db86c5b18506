// Korean personal names and their romanizations: which English "Surname Given-name" stands for which
// Korean name. Romanizations vary (Lee/Yi/Rhee, Jae-myung/Jae-myeong), so names are compared by a
// consonant skeleton that ignores vowels and the g/k, d/t, b/p, r/l, j/ch contrasts.

/** Hangul surname → the romanizations English uses for it. */
export const SURNAMES: Record<string, string[]> = {
  김: ['Kim', 'Gim'], 이: ['Lee', 'Yi', 'Rhee', 'Rhie', 'Ri', 'Li'], 박: ['Park', 'Pak', 'Bak'], 최: ['Choi', 'Choe', 'Chey'],
  정: ['Jung', 'Chung', 'Jeong', 'Cheong', 'Chong', 'Joung'], 강: ['Kang', 'Gang'], 조: ['Cho', 'Jo', 'Choh'], 윤: ['Yoon', 'Yun', 'Youn'],
  장: ['Jang', 'Chang'], 임: ['Lim', 'Im', 'Rim', 'Yim'], 한: ['Han'], 오: ['Oh', 'O'], 서: ['Seo', 'Suh', 'Su'],
  신: ['Shin', 'Sin', 'Shinn'], 권: ['Kwon', 'Gwon', 'Kweon'], 황: ['Hwang', 'Whang'], 안: ['Ahn', 'An'], 송: ['Song'], 전: ['Jeon', 'Chun', 'Jun', 'Chon'],
  홍: ['Hong'], 유: ['Yoo', 'Yu', 'You'], 고: ['Ko', 'Go', 'Koh'], 문: ['Moon', 'Mun'], 양: ['Yang'], 손: ['Son', 'Sohn'],
  배: ['Bae', 'Pae'], 백: ['Baek', 'Paik', 'Baik', 'Paek'], 허: ['Heo', 'Huh', 'Hur'], 남: ['Nam'], 심: ['Shim', 'Sim'],
  노: ['Roh', 'Noh', 'No', 'Rho'], 하: ['Ha'], 곽: ['Kwak', 'Gwak'], 성: ['Sung', 'Seong'], 차: ['Cha'], 주: ['Joo', 'Ju', 'Chu'],
  우: ['Woo', 'U'], 구: ['Koo', 'Ku', 'Gu'], 민: ['Min'], 류: ['Ryu', 'Yoo', 'Yu', 'Ryoo', 'Lyu', 'Rhyu'], 나: ['Na', 'Ra'], 진: ['Jin', 'Chin'],
  지: ['Ji', 'Chi'], 엄: ['Um', 'Eom', 'Uhm'], 채: ['Chae', 'Chai'], 원: ['Won'], 천: ['Chun', 'Cheon'], 방: ['Bang', 'Pang'], 공: ['Kong', 'Gong'],
  현: ['Hyun', 'Hyeon'], 함: ['Ham'], 변: ['Byun', 'Byeon', 'Pyun'], 염: ['Yeom', 'Yum'], 여: ['Yeo', 'Yuh'], 추: ['Choo', 'Chu'],
  도: ['Do', 'Doh'], 석: ['Seok', 'Suk'], 선: ['Sun', 'Seon'], 설: ['Seol', 'Sul', 'Sol'], 길: ['Gil', 'Kil'], 연: ['Yeon', 'Yun'],
  위: ['Wi', 'Wee'], 표: ['Pyo'], 명: ['Myung', 'Myeong'], 기: ['Ki', 'Gi'], 반: ['Ban'], 왕: ['Wang'], 금: ['Keum', 'Geum'],
  옥: ['Ok'], 육: ['Yook', 'Yuk'], 인: ['In'], 맹: ['Maeng'], 탁: ['Tak'], 국: ['Kook', 'Guk'], 봉: ['Bong'], 편: ['Pyun'],
};

const SURNAME_TO_HANGUL = new Map<string, string[]>();
for (const [hangul, forms] of Object.entries(SURNAMES)) {
  for (const form of forms) SURNAME_TO_HANGUL.set(form, [...(SURNAME_TO_HANGUL.get(form) ?? []), hangul]);
}

// A Korean-style name in English: surname, then a given name as `Jae-myung`, `Jae Myung` or `Jaemyung`.
// Short surnames that are also English words (`So`, `Do`, `No`, `In`, `U`, `O`) need a hyphenated given name.
const EN_NAME =
  /\b([A-Z][a-z]{0,4})\s+([A-Z][a-z]{1,5}-[a-z]{1,6}|[A-Z][a-z]{1,5}\s[A-Z][a-z]{1,6}(?![a-z])|[A-Z][a-z]{1,10})\b/g;
// Surnames that are also English words or syllables ("Park Avenue", "Song Festival", "Han River").
const WORD_SURNAMES = new Set(['So', 'Do', 'No', 'In', 'U', 'O', 'Ha', 'Na', 'Ra', 'Ri', 'Li', 'Go', 'Gi', 'Ok', 'Ban', 'Song', 'Moon', 'Park', 'Bang', 'Jo', 'Chin', 'Han', 'Min', 'Jun', 'Sun', 'Gil', 'Wang', 'Kong', 'Yang', 'Nam', 'Ham', 'Hong', 'Pang', 'An', 'Ko', 'Son', 'Im', 'Ahn', 'Bae', 'Cha', 'Seo', 'Shin', 'Yoo', 'Won']);
// A title just before the name makes even "Park Jin" a person.
const TITLE_BEFORE = /\b(?:President|Minister|Premier|Chairman|Chairwoman|Chair|Chief|CEO|Governor|Gov\.|Mayor|Rep\.|Sen\.|Lawmaker|lawmaker|leader|Leader|Speaker|Ambassador|General|Gen\.|Judge|Justice|Prosecutor|prosecutor|Professor|Prof\.|Dr\.|Mr\.|Ms\.|Mrs\.|coach|Coach|actor|actress|singer|spokesperson|spokesman|spokeswoman|director|Director|Commissioner|Secretary|Vice|Deputy|candidate|Chief Executive|head|Head)\s+(?:[A-Z][\w.'-]*\s+){0,2}$/;

export interface EnglishName {
  text: string;
  range: [number, number];
  surname: string;
  given: string;
  /** Could be an ordinary phrase ("Park Avenue"): count it only when the Korean confirms the name. */
  weak: boolean;
}

export function englishNames(en: string): EnglishName[] {
  const names: EnglishName[] = [];
  const pattern = EN_NAME;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(en); match; match = pattern.exec(en)) {
    const [text, surname, given] = match;
    // "Seoul Mayor Park Won-soon": a match that starts with no surname may hide one inside it; look again from its
    // second word.
    if (!SURNAME_TO_HANGUL.has(surname!)) {
      pattern.lastIndex = match.index + surname!.length;
      continue;
    }
    const shaped = /-/.test(given!) || /^[A-Z][a-z]+\s[A-Z][a-z]+$/.test(given!) || plausibleGiven(given!);
    if (!shaped) continue;
    const titled = TITLE_BEFORE.test(en.slice(Math.max(0, match.index - 60), match.index));
    const weak = !titled && (WORD_SURNAMES.has(surname!) || given!.length < 4) && !/-/.test(given!);
    names.push({ text: text!, range: [match.index, match.index + text!.length], surname: surname!, given: given!, weak });
  }
  return names;
}

// The same name in Western order, given name first: "Yuna Kim", "Ji-sung Park", "Euisun Chung". Only a given name
// shaped like romanized Korean before a known surname, with no capitalised word after the surname.
const EN_WESTERN_NAME = /\b([A-Z][a-z]{1,6}(?:-[a-z]{1,6})?)\s+([A-Z][a-z]{0,5})\b(?![- ]?[A-Z])/g;

export interface WesternName {
  text: string;
  range: [number, number];
  given: string;
  surname: string;
}

export function westernNames(en: string): WesternName[] {
  const names: WesternName[] = [];
  for (const match of en.matchAll(EN_WESTERN_NAME)) {
    const [text, given, surname] = match as unknown as [string, string, string];
    if (!SURNAME_TO_HANGUL.has(surname) || SURNAME_TO_HANGUL.has(given)) continue;
    if (!/-/.test(given) && !plausibleGiven(given)) continue;
    names.push({ text, range: [match.index, match.index + text.length], given, surname });
  }
  return names;
}

/** Unhyphenated given names must read as one or two Korean syllables, not an English word like "Avenue". */
function plausibleGiven(given: string): boolean {
  const syllable = '(?:[bcdghjkmnprstwy]{0,3}(?:a|ae|ya|yae|eo|e|yeo|ye|o|wa|wae|oe|yo|u|oo|wo|we|wi|yu|eu|ui|i|ee|ou|ah|oh|uh)(?:ng|n|m|l|k|p|t|b)?)';
  return new RegExp(`^${syllable}{1,2}$`, 'i').test(given.replace(/\s/g, ''));
}

export function surnameHangul(romanized: string): string[] {
  return SURNAME_TO_HANGUL.get(romanized) ?? [];
}

// Revised Romanization per jamo, used only to build a skeleton.
const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIALS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

export function romanize(hangul: string): string {
  let out = '';
  for (const char of hangul) {
    const code = char.charCodeAt(0) - 0xac00;
    if (code < 0 || code > 11171) continue;
    // Syllables apart, so that 찬규 reads chan-gyu (n, g), not the ng of 창.
    out += (out ? '-' : '') + INITIALS[Math.floor(code / 588)]! + MEDIALS[Math.floor((code % 588) / 28)]! + FINALS[code % 28]!;
  }
  return out;
}

/**
 * The romanization (syllables joined) and its spoken variants: ㄴ beside ㄹ written ll (대관령 Daegwallyeong, 신라 Silla), ㄹ
 * after ㅇ or ㅁ written n (황리단길 Hwangnidan-gil, 청라 Cheongna).
 */
export function spokenRomanizations(hangul: string): string[] {
  const roman = romanize(hangul).replace(/-/g, '');
  return [roman, roman.replace(/nr|ln|nl/g, 'll'), roman.replace(/(?<=ng|m)r/g, 'n')];
}

/** Consonant skeleton: `Jae-myung`, `jaemyeong` and `Chae Myong` all give `jmN`. */
export function skeleton(romanized: string): string {
  return romanized
    .toLowerCase()
    // ng is one sound inside a syllable only: Chan-kyu and 찬규 have n then k.
    .replace(/ng/g, 'N')
    .replace(/[^a-zN]/g, '')
    .replace(/ch|tch|j/g, 'J')
    .replace(/sh/g, 's')
    .replace(/[kgqc]/g, 'K')
    .replace(/[td]/g, 'T')
    .replace(/[pbf]/g, 'P')
    .replace(/[rl]/g, 'L')
    .replace(/[aeiouhwy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

// The vowel spellings English gives each Hangul vowel (by its index in MEDIALS), romanizations of every system and
// of personal choice: 서 Seo/Suh/So, 정 Jeong/Jung/Chong, 최 Choi/Choe/Chey, 희 Hee/Hui/Heui, 윤 Yoon/Yun/Youn.
const VOWEL_SPELLINGS: readonly (readonly string[])[] = [
  ['a'], ['ae', 'ai', 'ay', 'e', 'a'], ['ya', 'ia'], ['yae', 'ye', 'yai'], ['eo', 'o', 'u', 'ou', 'eu', 'e'], ['e', 'ae', 'ei'],
  ['yeo', 'yo', 'yu', 'you', 'yeou', 'eo', 'io', 'iu', 'ye', 'yea', 'ou', 'o', 'u'], ['ye', 'yae', 'e'], ['o', 'ou', 'oo'], ['wa', 'oa', 'ua'],
  ['wae', 'we', 'oe', 'wai'], ['oe', 'oi', 'ey', 'we', 'oy', 'e', 'ue', 'wae'], ['yo', 'io'], ['u', 'oo', 'ou', 'wu', 'uu'],
  ['wo', 'weo', 'uo', 'o', 'wu', 'u', 'ou'], ['we', 'wae', 'ue'], ['wi', 'wee', 'ui', 'wie', 'wy', 'ee'],
  ['yu', 'yoo', 'you', 'iu', 'u', 'eu', 'ew', 'ue'], ['eu', 'u', 'eo', 'e', 'oo', 'ue', 'ou'], ['ui', 'eui', 'ee', 'i', 'wi', 'ue', 'eu', 'ei', 'ey'],
  ['i', 'ee', 'ie', 'yi', 'y', 'ea', 'ei', 'e'],
];

/**
 * The romanized given name has, syllable by syllable, a spelling of each Hangul vowel: 서준 is "Seo-jun" or "Suh-joon",
 * never "Seo-jin". Only a name split into as many parts as it has syllables is compared; any other is taken as the same.
 */
export function sameVowels(hangulGiven: string, romanizedGiven: string): boolean {
  const parts = romanizedGiven.toLowerCase().split(/[-\s]+/).filter(Boolean);
  const syllables = [...hangulGiven];
  if (parts.length !== syllables.length) return true;
  return syllables.every((syllable, i) => {
    const code = syllable.charCodeAt(0) - 0xac00;
    if (code < 0 || code > 11171) return true;
    // The vowel letters after the first consonants ("wh" is written for ㅎ+ㅜ/ㅝ: "whun" is hwun).
    const part = parts[i]!.replace(/^wh/, 'hw').replace(/[^a-z]/g, '');
    const nucleus = /^[^aeiouwy]*([aeiouwy]+)/.exec(part)?.[1];
    if (!nucleus) return true;
    const medial = Math.floor((code % 588) / 28);
    const spellings = VOWEL_SPELLINGS[medial]!;
    // A w before ㅜ or ㅗ is a glide spellers add (우 "Woo", 오 "Wo"), not ㅝ.
    return spellings.includes(nucleus) || ((medial === 13 || medial === 8) && nucleus.startsWith('w') && spellings.includes(nucleus.slice(1)));
  });
}

export function sameGivenName(hangulGiven: string, romanizedGiven: string): boolean {
  if (skeleton(romanize(hangulGiven)) !== skeleton(romanizedGiven)) return false;
  // The skeleton drops h with the vowels; a syllable that starts with ㅎ is written with h when the English splits
  // the syllables ("Jung-hoo" for 정후, never "Jung-woo"), so compare that one consonant syllable by syllable.
  const parts = romanizedGiven.split(/[-\s]+/);
  const syllables = [...hangulGiven];
  if (parts.length !== syllables.length || parts.length < 2) return true;
  return syllables.every((syllable, i) => {
    const code = syllable.charCodeAt(0) - 0xac00;
    return code < 0 || code > 11171 || (Math.floor(code / 588) === 18) === /^h/i.test(parts[i]!);
  });
}

const CONSONANT_CLASS: Record<string, string> = { k: 'K', g: 'K', c: 'K', q: 'K', t: 'T', d: 'T', p: 'P', b: 'P', f: 'P', v: 'P', s: 'S', z: 'S', j: 'S', x: 'S', r: 'R', l: 'R', m: 'M', n: 'N', h: 'H' };
// Vowel spellings, longest first: ㅓ eo/u/o, ㅡ eu/u, ㅐ ae/e/ai … fall into three classes.
const VOWEL_CLASS: [string, string][] = [
  ['eui', 'I'], ['yeo', 'O'], ['yae', 'A'], ['wae', 'A'], ['eo', 'O'], ['eu', 'O'], ['ae', 'A'], ['ai', 'A'], ['ay', 'A'], ['ei', 'A'], ['oe', 'O'], ['ui', 'I'], ['wi', 'I'],
  ['wa', 'A'], ['wo', 'O'], ['we', 'A'], ['ya', 'A'], ['yo', 'O'], ['yu', 'O'], ['ye', 'A'], ['ee', 'I'], ['oo', 'O'], ['ou', 'O'], ['ie', 'I'],
  ['a', 'A'], ['e', 'A'], ['i', 'I'], ['o', 'O'], ['u', 'O'], ['y', 'I'], ['w', 'O'],
];

const VOWEL_BY_SPELLING = new Map(VOWEL_CLASS);
const VOWEL_LETTER = /[aeiouwy]/;

/** A romanization as classes of sounds: "jeolla" → SORA, "gyeong-sang" → KONSAN. */
export function soundKey(latin: string): string {
  const word = latin.toLowerCase().replace(/[^a-z-]/g, '').replace(/^wh|(?<=-)wh/g, 'hw').replace(/-/g, '').replace(/ph/g, 'f').replace(/(?:tch|ch|sh)/g, 's').replace(/th/g, 't').replace(/ck/g, 'k').replace(/ng(?![aeiouwy])/g, 'n').replace(/h(?![aeiouwy])/g, '');
  let out = '';
  for (let i = 0; i < word.length; ) {
    let symbol = '';
    let length = 1;
    if (VOWEL_LETTER.test(word[i]!)) {
      // The longest vowel spelling first (yeo, eo, e).
      for (length = 3; length > 0; length--) {
        const vowel = VOWEL_BY_SPELLING.get(word.slice(i, i + length));
        if (vowel) {
          symbol = vowel;
          break;
        }
      }
      length ||= 1;
    } else symbol = CONSONANT_CLASS[word[i]!] ?? '';
    i += length;
    if (symbol && symbol !== out.at(-1)) out += symbol;
  }
  return out;
}
