// Valid/invalid table of restated-clause (session 11): one English clause that says the clause before it again in other
// words, where the Korean says it once; run by test/checks-restated.test.ts.
import type { CheckTable } from '../pipeline/checks/tester.js';

export const restatedClauseTable: CheckTable = {
  valid: [
    // One Korean sentence split into two English sentences that share a subject: the second renders Korean words of its own.
    '교육부는 새 지침을 발표하며 내년부터 시행한다고 밝혔다. ⇒ The Ministry of Education announced new guidelines. The ministry said they would take effect next year.',
    '서울시는 버스 요금을 인상하고 지하철 요금은 동결했다. ⇒ Seoul raised bus fares. The city froze subway fares.',
    '이재명 대표는 기자회견을 열고 정부의 예산안을 비판했다. ⇒ Democratic Party leader Lee Jae-myung held a press conference. Lee criticized the government\'s budget proposal.',
    // The Korean says the word twice itself.
    '정부는 부동산 규제를 완화했다. 규제 완화는 다음 달부터 적용된다. ⇒ The government eased property regulations. The easing will apply from next month.',
    '한국은행은 기준금리를 동결했다. 한국은행은 물가 상승세가 둔화되고 있다고 설명했다. ⇒ The Bank of Korea kept its base rate unchanged. The central bank explained that inflation is slowing.',
    // A summary and its details, a list, an apposition, a gloss.
    '올해 수출이 늘었는데, 반도체 수출은 20%, 자동차 수출은 10% 증가했다. ⇒ Exports rose this year: chip exports increased 20% and car exports grew 10%.',
    '사과, 배, 포도 가격이 모두 올랐다. ⇒ Prices of apples, pears and grapes all rose.',
    '청와대가 일반에 개방됐다. ⇒ Cheong Wa Dae, the former presidential office, has opened to the public.',
    '비빔밥은 밥에 여러 가지 나물을 얹어 비벼 먹는 음식이다. ⇒ Bibimbap, or mixed rice, is a dish of rice topped with various vegetables and mixed together.',
    // A quote, then the report of it.
    '그는 "최선을 다하겠다"며 각오를 밝혔다. ⇒ "I will do my best," he said, vowing to give his all.',
    '병원 측은 "적자가 커 요구를 모두 들어주기 어렵다"고 밝혔다. ⇒ The hospital said it could not meet all the demands. "Our deficit is too large," the hospital said.',
    // A new figure, a condition, a clause further on.
    '관광객 수는 두 배로 늘어 100만 명을 넘었다. ⇒ The number of tourists doubled to more than 1 million.',
    '수출이 3개월 연속 감소했으며, 감소 폭은 지난달보다 커졌다. ⇒ Exports fell for a third straight month, and the decline was larger than the month before.',
    '개혁은 한 정부 임기 안에 끝낼 수 없으며, 장기적인 계획이 필요하다. ⇒ Reform cannot be finished within one administration\'s term; it requires a long-term plan.',
    '회의는 다음 주로 연기됐으며, 정확한 날짜는 정해지지 않았다. ⇒ The meeting was postponed to next week; the exact date has not been set.',
  ],
  invalid: [
    {
      ko: '개혁은 한 정부 임기 안에 끝낼 수 없다.',
      en: "Reform cannot be finished within one administration's term — it cannot be completed within a single government's term.",
      errors: [{ messageId: 'restated', side: 'en', range: [61, 118] }],
    },
    { ko: '그 가게는 매주 월요일에 문을 닫는다.', en: 'The store is closed every Monday. The shop shuts its doors on Mondays.', errors: [{ messageId: 'restated', data: { text: 'The shop shuts its doors on Mondays.', earlier: 'The store is closed every Monday' } }] },
    { ko: '아이들이 공원에서 놀고 있다.', en: 'Children are playing in the park. Kids are having fun at the park.', errors: [{ messageId: 'restated' }] },
    { ko: '회의는 다음 주로 연기됐다.', en: 'The meeting has been postponed to next week; it was pushed back until next week.', errors: [{ messageId: 'restated' }] },
    { ko: '정부는 부동산 규제를 완화했다.', en: 'The government eased real estate regulations, relaxing rules on property.', errors: [{ messageId: 'restated' }] },
    { ko: '시험은 다음 달에 치러진다.', en: 'The exam will be held next month. The test takes place next month.', errors: [{ messageId: 'restated' }] },
  ],
};
