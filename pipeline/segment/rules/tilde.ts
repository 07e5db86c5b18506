// A tilde after a final ending ends an informal sentence (좋아해요~ 오늘은); after anything else
// it draws the word out (있었고~ 그 상처는) or joins a range (7세기 전반~ 중반, 23일~ 26일, 서울~부산).
import type { SegmentRule } from '../types.js';
import { SIGN_OFFS } from '../lang/ko.js';

function isTildeMark(mark: string): boolean {
  return /^[~～∼]+$/.test(mark);
}

export const tilde: SegmentRule = {
  id: 'tilde',
  description: 'A tilde ends the sentence after a final ending (해요~) or a sign-off (여기까지~); after a connective or between nouns (있었고~, 전반~ 중반) it does not.',
  kinds: ['punctuation'],
  decide(c) {
    // Only marks made of tildes alone (대환영~~!! is ordinary punctuation).
    const first = c.text.charCodeAt(c.markStart);
    if ((first !== 0x7e && first !== 0xff5e && first !== 0x223c) || !isTildeMark(c.mark)) return undefined;
    if (c.ending.strength === 'strong' && !c.word.endsWith('지')) return c.spaced ? undefined : 'cut';
    // 뽑아버려~ 짝사랑, 귀여워~ 진짜: an informal ending drawn out ends the sentence.
    if ((c.ending.strength === 'weak' || c.ending.strength === 'contextual') && c.spaced && /^-[어아해봐줘와워려져쳐겨혀야]$/.test(c.ending.name)) return undefined;
    // 그럼 오늘 리뷰는 여기까지~ 궁금한 거…, 그럼 이만~: a sign-off drawn out closes the post.
    if (c.spaced && SIGN_OFFS.has(c.word)) return undefined;
    // 있었고~ 그 상처는, 단속해야지~ 마당냥이들: a drawn-out connective or intention runs on.
    return 'hold';
  },
};
