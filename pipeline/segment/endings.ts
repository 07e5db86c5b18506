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

const NONE: Ending = { strength: 'none', name: '' };

/** Medial vowel index (jungseong) of a syllable. */
function vowelOf(code: number): number {
  return Math.floor(((code - 0xac00) % 588) / 28);
}
// Vowels ㅗ ㅛ ㅜ ㅠ ㅡ (indexes 8, 12, 13, 17, 18).
const ROUNDED_OR_EU = new Set([8, 12, 13, 17, 18]);

/** `word` is the word before a possible boundary, stripped of punctuation, quotes and emoticons. */
export function classifyEnding(word: string): Ending {
  const n = word.length;
  if (n === 0) return NONE;
  const last = word.charCodeAt(n - 1);
  if (!isHangulSyllable(last)) return NONE;
  const prev = n >= 2 ? word.charCodeAt(n - 2) : 0;
  const hasPrev = isHangulSyllable(prev);
  const lastChar = word[n - 1]!;
  if (NOT_FINAL.has(word)) return NONE;
  if ((lastChar === '어' || lastChar === '요') && NOUNS_LIKE_ENDINGS.some((noun) => word.endsWith(noun))) return NONE;

  switch (lastChar) {
    case '다': {
      if (!hasPrev) return NONE; // 다 alone is the adverb "all"
      const p = word[n - 2]!;
      if (p === '니') return { strength: 'strong', name: '-니다' };
      if (p === '보' || p === '마' || p === '려' || p === '바') return NONE; // 보다 (than), 마다 (every), 하려다
      if (jongOf(prev) > 0) return { strength: 'strong', name: '-다' };
      if (p === '이' && n >= 3 && jongOf(word.charCodeAt(n - 3)) > 0) return { strength: 'strong', name: '-이다' };
      if (p === '거' || p === '터') return { strength: 'strong', name: '-(이)다' };
      if (p === '이' && n === 2) return NONE;
      return { strength: 'weak', name: '-다' };
    }
    case '용': {
      // 해용, 좋아용: a playful 요. Nouns end in 용 too (사용, 이용, 내용, 비용), so only after an ending.
      if (!hasPrev) return NONE;
      return PLAYFUL_YONG_BEFORE.has(word[n - 2]!) ? { strength: 'strong', name: '-용' } : NONE;
    }
    case '당':
      // 했답니당, 먹어봤습니당: a playful 니다.
      return hasPrev && word[n - 2] === '니' ? { strength: 'strong', name: '-니당' } : NONE;
    case '요': {
      if (!hasPrev) return NONE;
      if (NOUNS_ENDING_IN_YO.has(word.slice(-2)) && n === 2) return NONE;
      const p = word[n - 2]!;
      if (jongOf(prev) === 0) {
        if (!ROUNDED_OR_EU.has(vowelOf(prev)) || POLITE_YO_BEFORE_OPEN_EXTRA.has(p)) return { strength: 'strong', name: '-요' };
        return NONE;
      }
      if (jongOf(prev) === JONG.ssangSiot || POLITE_YO_BEFORE_CLOSED.has(p)) return { strength: 'strong', name: '-요' };
      return NONE;
    }
    case '죠':
    case '쥬':
    case '줘':
      return hasPrev ? { strength: 'strong', name: '-죠' } : NONE;
    case '까': {
      if (!hasPrev) return NONE;
      const p = word[n - 2]!;
      if (p === '니' && n >= 3) {
        const pp = word.charCodeAt(n - 3);
        if (jongOf(pp) === JONG.bieup || word[n - 3] === '습') return { strength: 'strong', name: '-ㅂ니까' };
        return NONE; // 하니까 (because)
      }
      if (jongOf(prev) === JONG.rieul) return { strength: 'weak', name: '-ㄹ까' };
      return NONE;
    }
    case '군':
      if (hasPrev && (word[n - 2] === '는' || jongOf(prev) === JONG.ssangSiot)) return { strength: 'strong', name: '-군' };
      return NONE;
    case '나':
      if (hasPrev && word[n - 2] === '구') return { strength: 'strong', name: '-구나' };
      if (hasPrev && jongOf(prev) === JONG.ssangSiot) return { strength: 'weak', name: '-나' };
      return NONE;
    case '네':
      if (!hasPrev) return NONE;
      if (jongOf(prev) === JONG.ssangSiot) return { strength: 'strong', name: '-네' };
      return { strength: 'weak', name: '-네' };
    case '지':
      if (hasPrev && (jongOf(prev) === JONG.ssangSiot || word[n - 2] === '겠')) return { strength: 'strong', name: '-지' };
      return hasPrev ? { strength: 'weak', name: '-지' } : NONE;
    case '함':
    case '됨':
      return hasPrev ? { strength: 'strong', name: `-${lastChar}` } : NONE;
    case '음': {
      if (!hasPrev) return NONE;
      const jong = jongOf(prev);
      if (jong === JONG.ssangSiot || jong === JONG.bieupSiot || jong === JONG.nieunHieut) return { strength: 'strong', name: '-음' };
      return { strength: 'weak', name: '-음' };
    }
    case '임':
      if (hasPrev && word[n - 2] === '것') return { strength: 'strong', name: '-것임' };
      return hasPrev ? { strength: 'weak', name: '-임' } : NONE;
    case '야':
      if (hasPrev && word[n - 2] === '거') return { strength: 'strong', name: '-거야' };
      return hasPrev ? { strength: 'weak', name: '-야' } : NONE;
    case '자':
    case '라':
    case '어':
    case '아':
    case '래':
    case '대':
    case '니':
    case '냐':
    case '걸':
    case '게':
      return hasPrev ? { strength: 'weak', name: `-${lastChar}` } : NONE;
    default:
      // Other nominal endings: 웃김, 해냄, 달려옴, 보임.
      if (hasPrev && jongOf(last) === JONG.mieum) return { strength: 'weak', name: '-ㅁ' };
      return NONE;
  }
}
