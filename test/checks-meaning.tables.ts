// Valid/invalid tables of the meaning checks (tense, time words, roles); run by test/checks-meaning.test.ts, and
// counted by the registry test of test/checks.test.ts.
import type { CheckTable } from '../pipeline/checks/tester.js';

export const meaningTables: Record<string, CheckTable> = {
  'tense-mismatch': {
    valid: [
      '정부는 내년부터 전기요금을 인상하기로 했다. ⇒ The government will raise electricity rates from next year.',
      '회사는 신제품을 다음 달 출시할 예정이다. ⇒ The company plans to launch the new product next month.',
      '그는 "다시는 늦지 않겠다"고 말했다. ⇒ He said he will never be late again.',
      '축제 기간에는 야외 상영회도 마련됐다. ⇒ The festival will also hold outdoor screenings.',
      '경찰은 용의자를 체포했다. ⇒ Police arrested the suspect.',
      '미세먼지가 빠져나가지 못했다는 것이다. ⇒ The fine dust could not disperse, it said.',
      '시장은 금리가 동결될 것이라고 예상했다. ⇒ The market expected rates to be frozen.',
      '공연은 이미 매진됐다. ⇒ The show has already sold out.',
      '이 제도는 올해 말 폐지될 전망이다. ⇒ The system is expected to be scrapped at the end of this year.',
      '정부의 의지가 확인됐다. ⇒ The government\'s will was confirmed.',
    ],
    invalid: [
      { ko: '도로 보수 공사는 이미 지난주에 마무리됐다.', en: 'The road repair work will be finished soon.', errors: [{ messageId: 'pastToFuture', data: { korean: '마무리됐다', english: 'will' }, side: 'en', range: [21, 25] }] },
      { ko: '그는 어머니에게 사과했다.', en: 'He will apologize to his mother.', errors: [{ messageId: 'pastToFuture' }] },
      { ko: '대표팀은 결승에서 일본을 꺾었다.', en: 'The national team is set to face Japan in the final.', errors: [{ messageId: 'pastToFuture', data: { english: 'is set to' } }] },
      { ko: '시는 새 도서관을 내년 3월 개관할 예정이다.', en: 'The city opened a new library in March.', errors: [{ messageId: 'futureToPast', data: { korean: '예정이다', english: 'opened' } }] },
      { ko: '노조는 파업에 들어갈 계획이다.', en: 'The union went on strike.', errors: [{ messageId: 'futureToPast', data: { english: 'went' } }] },
      { ko: '경기는 곧 회복될 것이다.', en: 'The economy recovered quickly.', errors: [{ messageId: 'futureToPast' }] },
    ],
  },
  'time-mismatch': {
    valid: [
      '도서관은 평일 오전 9시부터 오후 6시까지 문을 연다. ⇒ The library opens from 9 a.m. to 6 p.m. on weekdays.',
      '승강기는 오전 10시부터 낮 12시까지 멈춘다. ⇒ The elevator stops from 10 a.m. to noon.',
      '그는 아침부터 저녁까지 일했다. ⇒ He worked from morning till night.',
      '새벽 3시께 불이 났다. ⇒ The fire broke out at around 3 in the morning.',
      '새벽 2시에 지진이 발생했다. ⇒ The earthquake struck late at night, at 2.',
      '지난해 같은 기간보다 3% 늘었다. ⇒ It rose 3 percent from a year earlier.',
      '정상회담은 다음 주 열린다. ⇒ The summit will be held next week.',
      '지난 5일(월) 개막했다. ⇒ It opened on Monday, the 5th.',
      '돌봄 교실이 확대된다. ⇒ After-school care classes will expand this spring.',
      '내일 아침 기온은 어제보다 낮겠다. ⇒ Tomorrow morning will be colder than yesterday.',
      '3년 전 문을 연 가게다. ⇒ The shop opened three years ago.',
      '올해 상반기 수출이 늘었다. ⇒ Exports rose in the first half of this year.',
    ],
    invalid: [
      { ko: '공사는 지난주에 끝났다.', en: 'The work will end next week.', errors: [{ messageId: 'changed', data: { korean: '지난주', time: 'last week', english: 'next week' }, side: 'en', range: [18, 27] }] },
      { ko: '회의는 내일 오전 열린다.', en: 'The meeting will be held tomorrow afternoon.', errors: [{ messageId: 'changed', data: { korean: '오전', english: 'afternoon' } }] },
      { ko: '경기는 오후 2시에 시작된다.', en: 'The game starts at 2 a.m.', errors: [{ messageId: 'changed', data: { korean: '오후', english: '2 a.m.' } }] },
      { ko: '그는 어제 귀국했다.', en: 'He will return home tomorrow.', errors: [{ messageId: 'changed', data: { korean: '어제', english: 'tomorrow' } }] },
      { ko: '정부는 다음 달 대책을 발표한다.', en: 'The government announced measures last month.', errors: [{ messageId: 'changed', data: { english: 'last month' } }] },
      { ko: '하반기 실적이 개선됐다.', en: 'Earnings improved in the first half.', errors: [{ messageId: 'changed', data: { korean: '하반기', english: 'first half' } }] },
      { ko: '올겨울은 예년보다 춥겠다.', en: 'This summer will be colder than usual.', errors: [{ messageId: 'changed', data: { english: 'summer' } }] },
      { ko: '사고는 사흘 전 일어났다. 그는 3일 전에 입원했다.', en: 'He was admitted three days later.', errors: [{ messageId: 'changed', data: { time: 'ago', english: 'later' } }] },
      { ko: '선거는 수요일에 치러진다.', en: 'The election will be held on Friday.', errors: [{ messageId: 'changed', data: { korean: '수요일', english: 'Friday' } }] },
      { ko: '작년 매출이 늘었다.', en: 'Sales rose next year.', errors: [{ messageId: 'changed', data: { korean: '작년', english: 'next year' } }] },
    ],
  },
};
