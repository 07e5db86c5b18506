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

const LATIN_CLASS: Record<string, string> = { p: 'P', b: 'P', f: 'P', v: 'P', t: 'T', d: 'T', k: 'K', g: 'K', c: 'K', s: 'S', z: 'S', j: 'S', r: 'R', l: 'R', m: 'M', n: 'N', h: 'H' };

/** Skeleton of a run of Hangul syllables (other characters are skipped). */
export function hangulSkeleton(text: string): string {
  // A consonant class repeated (삼성 → S M S N, 학교 → H K K → H K) counts once.
  let out = '';
  let last = '';
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k) - 0xac00;
    if (code < 0 || code > 11171) continue;
    const initial = INITIAL[Math.floor(code / 588)]!;
    if (initial && initial !== last) out += last = initial;
    const final = FINAL[code % 28]!;
    if (final && final !== last) out += last = final;
  }
  return out;
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
  let last = '';
  for (const char of word) {
    const consonant = LATIN_CLASS[char];
    if (consonant && consonant !== last) out += last = consonant;
  }
  return out;
}
