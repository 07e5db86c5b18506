// Classifies the end of a Korean word as a sentence-final ending, from its last two syllables.
// `strong`: the word ends a sentence unless what follows says otherwise (했다, 합니다, 좋아요, 했음).
// `weak`: it may end a sentence (하다, 보이다, 할까, 좋네, 웃김) but also appears mid-sentence
// (도주하다 붙잡혀, 할까 말까), so only punctuation or a line end confirms it.
import { JONG, isHangulSyllable, jongOf } from './chars.js';
import { PLAYFUL_YONG_BEFORE, NOT_FINAL, NOUNS_LIKE_ENDINGS, NOUNS_ENDING_IN_YO, POLITE_YO_BEFORE_CLOSED, POLITE_YO_BEFORE_OPEN_EXTRA } from './lang/ko.js';

export type EndingStrength = 'strong' | 'weak' | 'none';

export interface Ending {
  strength: EndingStrength;
  /** Short name of the ending found, for debug output: `-었다`, `-요`, `-음`… */
  name: string;
}

const NONE: Ending = Object.freeze({ strength: 'none', name: '' });

/** Medial vowel index (jungseong) of a syllable. */
function vowelOf(code: number): number {
  return Math.floor(((code - 0xac00) % 588) / 28);
}
// Vowels ㅗ ㅛ ㅜ ㅠ ㅡ (indexes 8, 12, 13, 17, 18).
const ROUNDED_OR_EU = new Set([8, 12, 13, 17, 18]);

/** `word` is the word before a possible boundary, stripped of punctuation, quotes and emoticons. */
export function classifyEnding(word: string): Ending {
  return classifyEndingIn(word, 0, word.length);
}

/** `classifyEnding` of `text.slice(from, to)`, without copying it. */
export function classifyEndingIn(text: string, from: number, to: number): Ending {
  const n = to - from;
  if (n <= 0) return NONE;
  const last = text.charCodeAt(to - 1);
  if (!isHangulSyllable(last)) return NONE;
  const prev = n >= 2 ? text.charCodeAt(to - 2) : 0;
  const hasPrev = isHangulSyllable(prev);
  const lastChar = text[to - 1]!;
  if (n <= 4 && NOT_FINAL.has(text.slice(from, to))) return NONE;
  if ((lastChar === '어' || lastChar === '요') && NOUNS_LIKE_ENDINGS.some((noun) => noun.length <= n && text.endsWith(noun, to))) return NONE;
  return decide(text, from, to, lastChar, prev, hasPrev, last);
}

/** `-X` names for single-syllable endings, built once. */
const NAMES: Record<string, string> = Object.fromEntries([...'함됨야자라어아래대니냐걸게해봐줘와워려져쳐겨혀햐'].map((syllable) => [syllable, `-${syllable}`]));

const strongEndings = new Map<string, Ending>();
const weakEndings = new Map<string, Ending>();
/** One frozen object per ending, so classifying allocates nothing. */
function ending(strength: 'strong' | 'weak', name: string): Ending {
  const table = strength === 'strong' ? strongEndings : weakEndings;
  let found = table.get(name);
  if (!found) table.set(name, (found = Object.freeze({ strength, name })));
  return found;
}

function decide(text: string, from: number, to: number, lastChar: string, prev: number, hasPrev: boolean, last: number): Ending {
  const n = to - from;
  switch (lastChar) {
    case '다': {
      if (!hasPrev) return NONE; // 다 alone is the adverb "all"
      const p = text[to - 2]!;
      if (p === '니') {
        // 합니다, 습니다, 아닙니다, 아니다 — but 다니다 and 지니다 are verbs in dictionary form.
        const pp = n >= 3 ? text.charCodeAt(to - 3) : 0;
        if (jongOf(pp) === JONG.bieup || text[to - 3] === '아') return ending('strong', '-니다');
        return ending('weak', '-니다?');
      }
      if (p === '보' || p === '마' || p === '려' || p === '바') return NONE; // 보다 (than), 마다 (every), 하려다
      if (jongOf(prev) > 0) return ending('strong', '-다');
      if (p === '이' && n >= 3 && jongOf(text.charCodeAt(to - 3)) > 0) return ending('strong', '-이다');
      if (p === '거' || p === '터') return ending('strong', '-(이)다');
      if (p === '이' && n === 2) return NONE;
      return ending('weak', '-다');
    }
    case '용': {
      // 해용, 좋아용: a playful 요. Nouns end in 용 too (사용, 이용, 내용, 비용), so only after an ending.
      if (!hasPrev) return NONE;
      return PLAYFUL_YONG_BEFORE.has(text[to - 2]!) ? ending('strong', '-용') : NONE;
    }
    case '당':
      // 했답니당, 먹어봤습니당: a playful 니다.
      return hasPrev && text[to - 2]! === '니' ? ending('strong', '-니당') : NONE;
    case '요': {
      if (!hasPrev) return NONE;
      if (n === 2 && NOUNS_ENDING_IN_YO.has(text.slice(from, to))) return NONE;
      const p = text[to - 2]!;
      if (jongOf(prev) === 0) {
        if (!ROUNDED_OR_EU.has(vowelOf(prev)) || POLITE_YO_BEFORE_OPEN_EXTRA.has(p)) return ending('strong', '-요');
        return NONE;
      }
      if (jongOf(prev) === JONG.ssangSiot || POLITE_YO_BEFORE_CLOSED.has(p)) return ending('strong', '-요');
      return NONE;
    }
    case '죠':
    case '쥬':
    case '줘':
      return hasPrev ? ending('strong', '-죠') : NONE;
    case '까': {
      if (!hasPrev) return NONE;
      const p = text[to - 2]!;
      if (p === '니' && n >= 3) {
        const pp = text.charCodeAt(to - 3);
        if (jongOf(pp) === JONG.bieup || text[to - 3]! === '습') return ending('strong', '-ㅂ니까');
        return NONE; // 하니까 (because)
      }
      if (jongOf(prev) === JONG.rieul) return ending('weak', '-ㄹ까');
      return NONE;
    }
    case '군':
      if (hasPrev && (text[to - 2]! === '는' || jongOf(prev) === JONG.ssangSiot)) return ending('strong', '-군');
      return NONE;
    case '나':
      if (hasPrev && text[to - 2]! === '구') return ending('strong', '-구나');
      // 있긋나, 하겠나 (Gyeongsang -긋나).
      if (hasPrev && text[to - 2]! === '긋') return ending('strong', '-긋나');
      if (hasPrev && jongOf(prev) === JONG.ssangSiot) return ending('weak', '-나');
      return NONE;
    case '네':
      if (!hasPrev) return NONE;
      if (jongOf(prev) === JONG.ssangSiot) return ending('strong', '-네');
      return ending('weak', '-네');
    case '지':
      if (hasPrev && (jongOf(prev) === JONG.ssangSiot || text[to - 2]! === '겠')) return ending('strong', '-지');
      return hasPrev ? ending('weak', '-지') : NONE;
    case '함':
    case '됨':
      return hasPrev ? ending('strong', NAMES[lastChar] ?? lastChar) : NONE;
    case '음': {
      if (!hasPrev) return NONE;
      const jong = jongOf(prev);
      if (jong === JONG.ssangSiot || jong === JONG.bieupSiot || jong === JONG.nieunHieut) return ending('strong', '-음');
      return ending('weak', '-음');
    }
    case '임':
      if (hasPrev && text[to - 2]! === '것') return ending('strong', '-것임');
      // 휴무임, 맛집임: a noun with the nominal copula.
      if (n >= 3) return ending('strong', '-임');
      return hasPrev ? ending('weak', '-임') : NONE;
    case '께':
      // 할께, 갈께: the common spelling of the promise ending -ㄹ게.
      return hasPrev && jongOf(prev) === JONG.rieul ? ending('strong', '-ㄹ께') : NONE;
    case '재':
    case '제':
      // 없재, 싶았제, 했제: Gyeongsang -재/-제.
      return hasPrev && (jongOf(prev) === JONG.ssangSiot || jongOf(prev) === JONG.bieupSiot) ? ending('strong', '-제') : NONE;
    case '유':
      // 않아유, 했어유: Chungcheong -유.
      return hasPrev && (text[to - 2] === '아' || text[to - 2] === '어' || text[to - 2] === '해') && n >= 3 ? ending('strong', '-유') : NONE;
    case '먼':
    case '만':
      // 안되는구먼, 하는구만.
      return hasPrev && text[to - 2] === '구' ? ending('strong', '-구먼') : NONE;
    case '랑':
      // 먹었걸랑.
      return hasPrev && text[to - 2] === '걸' ? ending('strong', '-걸랑') : NONE;
    case '가':
      // 했다아이가 (Gyeongsang).
      return n >= 3 && text.endsWith('아이가', to) ? ending('strong', '-아이가') : NONE;
    case '해':
    case '봐':
    case '줘':
    case '와':
    case '워':
    case '려':
    case '져':
    case '쳐':
    case '겨':
    case '혀':
    case '햐':
      // Informal -어 contracted with the stem: 뽑아버려, 귀여워, 해봐, 도와줘, 우묵햐.
      return hasPrev ? ending('weak', NAMES[lastChar] ?? lastChar) : NONE;
    case '야':
      if (hasPrev && text[to - 2]! === '거') return ending('strong', '-거야');
      return hasPrev ? ending('weak', '-야') : NONE;
    case '자':
    case '라':
      // 나간기라, 외로븐기라 (Gyeongsang -기라).
      if (hasPrev && text[to - 2] === '기' && n >= 3) return ending('strong', '-기라');
    case '어':
    case '아':
    case '래':
    case '대':
    case '니':
    case '냐':
    case '걸':
    case '게':
      return hasPrev ? ending('weak', NAMES[lastChar] ?? lastChar) : NONE;
    default:
      // Other nominal endings: 웃김, 해냄, 달려옴, 보임.
      if (hasPrev && jongOf(last) === JONG.mieum) return ending('weak', '-ㅁ');
      return NONE;
  }
}
