import { describe, expect, it } from 'vitest';
import { DENIED_BY_OPPOSITE, NATIVE_PREDICATE_ROWS, SINO_PREDICATE_ROWS } from '../pipeline/checks/polarity-tables.js';
import { create } from '../pipeline/checks/negation-mismatch.js';
import { create as createDirection } from '../pipeline/checks/direction-mismatch.js';

/** Error findings of negation-mismatch (or another check) on one pair. */
function errors(ko: string, en: string, check = create): unknown[] {
  const found: { severity?: string }[] = [];
  const visitor = check({ report: (finding: { severity?: string }) => found.push(finding) } as never);
  visitor.pair!({ ko, en } as never);
  return found.filter((finding) => finding.severity !== 'warning');
}

describe('session 11 polarity tables', () => {
  it('keys are Hangul and the native forms are short word starts', () => {
    for (const [key] of SINO_PREDICATE_ROWS) expect(key).toMatch(/^[가-힣]{2,4}$/);
    for (const [forms] of NATIVE_PREDICATE_ROWS) for (const form of forms.split('|')) expect(form).toMatch(/^[가-힣]{1,4}$/);
    expect(SINO_PREDICATE_ROWS.length + NATIVE_PREDICATE_ROWS.length).toBeGreaterThan(500);
  });

  it('no rendering is a function word, a generic word or a -less word of its stem', () => {
    const words = ['the', 'a', 'with', 'not', 'no', 'on', 'in', 'up', 'said', 'says', 'more', 'over', 'get', 'got', 'take', 'took', 'set', 'well', 'people', 'year', 'time',
      'harmless', 'helpless', 'scoreless', 'powerless', 'meaningless', 'jobless', 'sleepless', 'limitless', 'needless', 'groundless', 'cloudless', 'nameless', 'listless', 'winless', 'product'];
    for (const [key, english] of [...SINO_PREDICATE_ROWS, ...NATIVE_PREDICATE_ROWS]) {
      for (const word of words) expect(english.test(word), `${key} → "${word}"`).toBe(false);
    }
    for (const [, english] of DENIED_BY_OPPOSITE) for (const word of words.slice(0, 17)) expect(english.test(word), `"${word}"`).toBe(false);
  });

  it('a rendering after a hyphen is part of another word', () => {
    const exist = SINO_PREDICATE_ROWS.find(([key]) => key === '존재')![1];
    expect(exist.test('a key that exists')).toBe(true);
    expect(exist.test('a non-existent key')).toBe(false);
  });

  it('a denied predicate rendered as affirmed is an error', () => {
    expect(errors('구청은 축제 개최를 허가하지 않았다.', 'The district office permitted the festival.')).toHaveLength(1);
    expect(errors('그 정당은 연정에 합류하지 않았다.', 'The party joined the coalition.')).toHaveLength(1);
    expect(errors('그는 대표직에서 사임하지 않았다.', 'He resigned as chief executive.')).toHaveLength(1);
    expect(errors('이 창문은 밖에서 닫히지 않는다.', 'This window closes from the outside.')).toHaveLength(1);
  });

  it('an added denial of a plainly stated predicate is an error', () => {
    expect(errors('그 기업은 공장을 증설했다.', 'The company did not expand its factory.')).toHaveLength(1);
  });

  it('a denied predicate said by its opposite or by a state between the poles is no finding', () => {
    expect(errors('구청은 축제 개최를 허가하지 않았다.', 'The district office refused the festival.')).toHaveLength(0);
    expect(errors('올해 등록금은 인상되지 않았다.', 'Tuition stayed flat this year.')).toHaveLength(0);
    expect(errors('그 다리 공사는 예정대로 착공하지 못했다.', 'Work on the bridge was delayed.')).toHaveLength(0);
    expect(errors('두 제품의 성능에는 차이가 없었다.', 'The two products performed the same.')).toHaveLength(0);
    expect(errors('창고 문이 잘 닫히지 않는다.', 'The warehouse door keeps jamming.')).toHaveLength(0);
    expect(errors('그는 기자들의 질문에 답하지 않았다.', 'He dodged the reporters\' questions.')).toHaveLength(0);
    // Session 13: a train that does not stop passes through; "stop" as a noun is no rendering of 정차.
    expect(errors('이 열차는 다음 역에서 정차하지 않습니다.', 'This train will pass through the next station.')).toHaveLength(0);
    expect(errors('이 버스는 이 정류장에 정차하지 않습니다.', 'This bus passes through this stop.')).toHaveLength(0);
  });

  it('session 13: a stop that is denied stays denied', () => {
    expect(errors('이 열차는 다음 역에서 정차하지 않습니다.', 'This train will stop at the next station.')).toHaveLength(1);
  });

  it('an opposite pair is a direction axis', () => {
    expect(errors('그는 은행 계좌에 월급을 입금했다.', 'He withdrew his salary from his bank account.', createDirection)).toHaveLength(1);
    expect(errors('그는 은행 계좌에 월급을 입금했다.', 'He deposited his salary into his bank account.', createDirection)).toHaveLength(0);
    expect(errors('항공기는 폭우 속에 무사히 이륙했다.', 'The plane landed safely in heavy rain.', createDirection)).toHaveLength(1);
    expect(errors('가계 수입이 줄었다.', 'Household income fell.', createDirection)).toHaveLength(0);
  });
});
