// Checks that keep corpus state (one English form per name) forget the oldest entries past their bound, so a
// validator's memory stays flat however long the corpus.
import { describe, expect, it } from 'vitest';
import { CORPUS_MAX_NAMES, create } from '../pipeline/checks/name-consistency.js';
import type { Report } from '../pipeline/checks/types.js';
import { romanize } from '../pipeline/validate/names.js';

const SURNAMES: [string, string][] = [['김', 'Kim'], ['이', 'Lee'], ['박', 'Park'], ['최', 'Choi'], ['정', 'Jung'], ['강', 'Kang'], ['조', 'Cho'], ['윤', 'Yoon'], ['장', 'Jang'], ['임', 'Lim'], ['한', 'Han'], ['오', 'Oh'], ['서', 'Seo'], ['신', 'Shin'], ['권', 'Kwon'], ['황', 'Hwang'], ['안', 'Ahn'], ['송', 'Song'], ['전', 'Jeon'], ['홍', 'Hong']];
const SYLLABLES = [...'가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후기니디리미비시이지치키티피히민준현진영수연희경은'];
const DISTINCT = SURNAMES.length * SYLLABLES.length ** 2;

/** The pair naming the n-th distinct Korean name (surname and two syllables), its English in Revised Romanization. */
function namePair(n: number, spelling = (given: string) => given): { ko: string; en: string } {
  const [surname, roman] = SURNAMES[n % SURNAMES.length]!;
  const rest = Math.floor(n / SURNAMES.length);
  const given = SYLLABLES[rest % SYLLABLES.length]! + SYLLABLES[Math.floor(rest / SYLLABLES.length) % SYLLABLES.length]!;
  const english = spelling(romanize(given));
  return { ko: `${surname}${given} 씨는 회의에 참석했다.`, en: `${roman} ${english[0]!.toUpperCase()}${english.slice(1)} attended the meeting.` };
}

describe('corpus state bounds', () => {
  it('name-consistency forgets the names first seen longest ago once it holds CORPUS_MAX_NAMES', () => {
    const reports: Report[] = [];
    const visitor = create({ glossary: new Map(), report: (report) => reports.push(report) });
    const check = (pair: { ko: string; en: string }) => visitor.pair({ id: 'x', ...pair });
    const respelled = (given: string) => given.replace('-', '');
    // A second spelling of a name seen just before: flagged.
    check(namePair(0));
    check(namePair(0, respelled));
    expect(reports.map((report) => report.messageId)).toEqual(['inconsistent']);
    // A second spelling after more other names than the bound holds: the first spelling is forgotten.
    expect(DISTINCT).toBeGreaterThan(CORPUS_MAX_NAMES + 10_000);
    reports.length = 0;
    for (let n = 1; n < DISTINCT; n++) check(namePair(n));
    expect(reports).toEqual([]);
    check(namePair(0, respelled));
    expect(reports).toEqual([]);
    // A name seen recently is still held.
    check(namePair(DISTINCT - 1, respelled));
    expect(reports.map((report) => report.messageId)).toEqual(['inconsistent']);
  }, 60_000);
});
