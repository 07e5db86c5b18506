// Consonant skeletons: a coarse sound key that a Hangul name and its Latin spelling share.
// 트럼프 → TRMP ← Trump; 윤석열 → NSKR ← Yoon Suk Yeol; 삼성 → SMSN ← Samsung.
// Vowels, ㅇ and y/w drop out; consonants fall into classes (p/b/f/v, t/d, k/g/c/q, s/z/j/ch/sh, r/l…)
// so that transliteration's usual choices do not matter. The key is weak on its own (many Korean
// words share a three-consonant prefix), so callers weight it by length and by rarity.

// Initial consonants in Unicode order: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
const INITIAL = ['K', 'K', 'N', 'T', 'T', 'R', 'M', 'P', 'P', 'S', 'S', '', 'S', 'S', 'S', 'K', 'T', 'P', 'H'];
// Final consonants in Unicode order (index 0 = none): ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
// ㅇ as a final is "ng", which the Latin side also folds to N; ㅅ as a final is the t of 인터넷 (internet).
const FINAL = ['', 'K', 'K', 'K', 'N', 'N', 'N', 'T', 'R', 'R', 'R', 'R', 'R', 'R', 'R', 'R', 'M', 'P', 'P', 'T', 'T', 'N', 'T', 'T', 'K', 'T', 'P', 'T'];

const collapse = (skeleton: string): string => skeleton.replace(/(.)\1+/g, '$1');

/** Skeleton of a run of Hangul syllables (other characters are skipped). */
export function hangulSkeleton(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)! - 0xac00;
    if (code < 0 || code > 11171) continue;
    out += INITIAL[Math.floor(code / 588)]! + FINAL[code % 28]!;
  }
  return collapse(out);
}

/** Skeleton of a Latin-script name (one word or several). */
export function latinSkeleton(text: string): string {
  const word = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '')
    .replace(/^x/, 's') // Xi → 시
    .replace(/ph/g, 'f')
    .replace(/[sc]h|tch|ts|tz/g, 's')
    .replace(/th/g, 't')
    .replace(/gh/g, '')
    .replace(/ck|qu?|x/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/ng(?![aeiou])/g, 'n')
    // A silent h, as romanised Korean names write it: Noh, Ahn, Oh (but Hoon, Hyundai keep theirs).
    .replace(/h(?![aeiouy])/g, '');
  let out = '';
  for (const char of word) {
    if ('pbfv'.includes(char)) out += 'P';
    else if ('td'.includes(char)) out += 'T';
    else if ('kgc'.includes(char)) out += 'K';
    else if ('szj'.includes(char)) out += 'S';
    else if ('rl'.includes(char)) out += 'R';
    else if (char === 'm') out += 'M';
    else if (char === 'n') out += 'N';
    else if (char === 'h') out += 'H';
  }
  return collapse(out);
}
