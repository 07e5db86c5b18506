// A list written on one line: `1. 목적 2. 범위 3. 정의`, `① 신청서 제출 ② 서류 심사`. When the
// sentence opened with a list marker, the next marker of the same kind opens the next item.
// Counterexample: `제2조 1. 이 법은…` — a sentence that did not open with a marker is left alone.
import type { SegmentRule } from '../types.js';
import { listMarkerKind } from './list-marker.js';

export const inlineList: SegmentRule = {
  id: 'inline-list',
  description: 'In a sentence that opened with a list marker (1., ①, 가.), the next marker of the same kind starts a new item.',
  kinds: ['space'],
  decide(c) {
    const next = listMarkerKind(c.text, c.next, c.limit);
    // Only a list marker after the space.
    if (next === undefined) return undefined;
    return listMarkerKind(c.text, c.sentenceStart, c.limit) === next ? 'cut' : undefined;
  },
};
