// Tables of the coverage checks added in session 5: added-detail (embellishments a model writes in), and the
// clause-coverage rows for conditions (-면, -야) and the news words of pipeline/validate/lexicon-policy.ts.
// Written for these checks, not taken from any held-out set.
import type { CheckTable } from '../pipeline/checks/tester.js';

export const addedDetailTable: CheckTable = {
  valid: [
    // Session 17: 반년 is "six months".
    '정부는 올해 5월 10일부터 11월 9일까지 반년간 양도세 중과를 한시 유예한다. ⇒ The government will temporarily suspend the capital gains tax surcharge for six months, from May 10 to Nov. 9 this year.',
    // Session 16 (round 5): "driven by" after a vehicle is who drove it, not a cause.
    '40대 남성이 몰던 승용차가 가게로 돌진했다. ⇒ A car driven by a man in his 40s plowed into a shop.',
    // Session 16 (round 4): 삼십 년째 gives the length of time.
    '그는 삼십 년째 같은 가게를 지키고 있다. ⇒ He has been running the same shop for thirty years.',
    // Session 16 (round 3): a city before its country renders the word after the Korean's country.
    '현대차는 체코 노쇼비체 공장의 생산량을 늘린다. ⇒ Hyundai will raise output at its plant in Nosovice, Czech Republic.',
    // Session 16: "premium" as the price of insurance.
    '정부는 내년 건강보험료율을 0.1%포인트 올리기로 했다. ⇒ The government decided to raise the health insurance premium rate by 0.1 percentage point next year.',
    // Session 15: "on the back of" a thing the Korean names (뒷면).
    '그는 사진 뒷면에 날짜를 적었다. ⇒ He wrote the date on the back of the photo.',
    // Session 15: a month after "from" is a time; 문제로 is the cause "because of".
    '통행료는 연휴 사흘간(9월 16~18일) 면제된다. ⇒ Tolls will be waived for three days over the holiday, from Sept. 16 to 18.',
    '공사는 자재 수급 문제로 석 달가량 늦어질 전망이다. ⇒ The project is expected to run about three months late because of supply problems.',
    // Session 15: a manner, a feeling or a time the Korean gives itself.
    '회사는 예고 없이 가격을 올렸다. ⇒ The company abruptly raised its prices without notice.',
    '그는 눈물을 글썽이며 마지막 인사를 했다. ⇒ Fighting back tears, he said his final goodbye.',
    '신작은 연내 출시될 예정이다. ⇒ The new title is scheduled for release later this year.',
    // Session 14: ㄹ after ㅇ romanized n (황리단길 Hwangnidan-gil).
    '경주 황리단길 인근에서 신라시대 금귀걸이가 출토됐다. ⇒ Silla-era gold earrings have been unearthed near Hwangnidan-gil in Gyeongju.',
    // Session 14: ㄴ beside ㄹ is written ll in a romanized place (대관령 Daegwallyeong).
    '평창 대관령의 아침 기온은 영하 18.3도로, 올겨울 들어 가장 낮았다. ⇒ The morning temperature in Daegwallyeong, Pyeongchang, fell to minus 18.3 C, the lowest this winter.',
    // Session 13: a span given in two units summed (1년 3개월 "15 months"); a Sino-Korean thousand as a word (천 냥).
    '그 선수는 1년 3개월 만에 그라운드에 섰다. ⇒ The player took the field for the first time in 15 months.',
    '말 한마디에 천 냥 빚도 갚는다고 했다. ⇒ As the saying goes, a kind word can repay a debt of a thousand nyang.',
    // Session 13: an ordinal whose count the Korean gives (세 번 봐도 "on the third viewing").
    '이 영화는 세 번 봐도 재미있다. ⇒ This movie is still fun on the third viewing.',
    // Session 13: a spoken hedge (것 같아요) is the guess.
    '택배가 안 오네요. 연휴 때문에 늦어지는 것 같아요. ⇒ My parcel still hasn\'t come, probably because of the holiday.',
    // Session 12: "your ID card" names no service.
    '신분증을 잃어버렸다면 주민센터에서 재발급을 신청하세요. ⇒ If you have lost your ID card, you can apply for a new one at your nearest community center.',
    // Session 12: adjuncts the Korean does say.
    '비가 오는데도 경기는 예정대로 열렸다. ⇒ Despite the rain, the match went ahead as scheduled.',
    '시범 사업이 끝난 뒤 제도가 전국으로 확대된다. ⇒ Following the pilot project, the scheme will be expanded nationwide.',
    '아파도 출근해야 한다. ⇒ You have to go to work even when you are sick.',
    "주민들의 민원에 따라 가로등을 추가로 설치했다. ⇒ More streetlights were installed in response to residents' complaints.",
    '친구와 함께 영화를 봤다. ⇒ I watched a movie with my friends.',
    '이 영화는 개봉 첫 주 박스오피스 1위에 올랐다. ⇒ The film went on to top the box office in its opening week.',
    '중복 응모 시 당첨이 무효 처리됩니다. ⇒ Duplicate entries will be disqualified.',
    // Session 6, good-pairs round: "heated by" is the verb of heating (난방), not the mood of a meeting.
    '이 수영장은 태양열로 난방된다. ⇒ The pool is heated entirely by solar power.',
    '물을 100도로 가열한다. ⇒ The water is heated to 100 degrees.',
    // Session 6, round 2: a count the Korean gives (digits, a native numeral and counter, 양국) or a conversion of its money.
    '두 골을 넣은 그는 경기 최우수 선수로 뽑혔다. ⇒ He scored two goals and was named the most valuable player of the match.',
    '카카오 계정으로 로그인한 뒤 댓글을 남길 수 있습니다. ⇒ You can leave a comment on any of the posts on this page after logging in with your Kakao account.',
    '양국 정상은 공동성명을 발표했다. ⇒ The leaders of the two countries issued a joint statement.',
    '이 회사는 내년까지 1조 원을 투자한다. ⇒ The company will invest 1 trillion won (about $720 million) by next year.',
    // The Korean says it: 유명, 기대, 긴장, 역대, 위해, 때문, 이상, (35).
    '이 카페는 전망 좋은 곳으로 유명하다. ⇒ This café is famous for its view.',
    '팬들이 기대하던 신작 영화가 개봉했다. ⇒ The highly anticipated new film opened in theaters.',
    '양측은 긴장 속에 회담을 시작했다. ⇒ The two sides began a tense round of talks.',
    '이번 여름은 역대 가장 더운 여름이었다. ⇒ This summer was the hottest on record.',
    '시는 보행자 안전을 위해 가로등을 늘린다. ⇒ The city will add streetlights in a bid to keep pedestrians safe.',
    '외국인 매수세에 힘입어 코스피가 올랐다. ⇒ The KOSPI rose on strong foreign buying.',
    '3만 원 이상 주문 시 무료 배송됩니다. ⇒ Free shipping is valid on orders of 30,000 won or more.',
    '박모(35)씨가 현장에서 체포됐다. ⇒ A 35-year-old man surnamed Park was arrested at the scene.',
    '우리 동네 떡볶이 맛집을 소개한다. ⇒ Here is the tastiest tteokbokki place in my neighborhood.',
    // News identifies a company or a person this way; not an evaluation.
    '삼성전자 주가가 2% 올랐다. ⇒ Shares of Samsung Electronics, the world\'s largest memory chipmaker, rose 2 percent.',
    // A cause Korean marks with a bare particle (강풍에, ‘…’에): the English phrase after the cue renders it.
    '강풍에 제주 항공편 무더기 결항 ⇒ Dozens of Jeju flights canceled in the wake of strong winds',
    "‘챗GPT 열풍’에 반도체 주문 급증 ⇒ Chip orders surge in the wake of the \"ChatGPT craze\"",
    // 으로 and a clause in -아/-어 give the cause that "because (of)" renders; 석 달 is the span "three months".
    '대회는 폭설로 하루 연기됐다. ⇒ The race was postponed by a day because of heavy snow.',
    '아이들은 더위를 잘 느끼지 못해 더 위험하다. ⇒ Children are at greater risk because they do not feel the heat well.',
    '그 가수는 석 달 만에 다시 무대에 올랐다. ⇒ The singer returned to the stage for the first time in three months.',
    '경찰은 용의자를 이틀 동안 조사했다. ⇒ Police questioned the suspect for 48 hours.',
    // An amount of money the Korean gives in figures, in number words or by its currency.
    '입장료는 만 원이다. ⇒ Admission costs 10,000 won.',
    '새 모델은 999달러에 판매된다. ⇒ The new model will sell for $999 in the United States.',
    '이 가방은 백만 원이 넘는다. ⇒ This bag costs more than 1 million won.',
    // A reason the Korean gives (이유로), a suspicion it states (추정, 혐의).
    '그는 건강 문제를 이유로 사임했다. ⇒ He resigned, citing health problems.',
    '화재는 전기 합선으로 추정된다. ⇒ The fire is believed to have been caused by an electrical short circuit.',
    '경찰은 방화 혐의를 받는 남성을 쫓고 있다. ⇒ Police are chasing a man who is suspected of having set the fire deliberately.',
    // Session 6, round 3: the Korean gives the price, the bound, the hour.
    '이번 전시는 무료로 관람할 수 있다. ⇒ Admission to the exhibition is free, and visitors can come at no cost.',
    '주문하신 상품은 하루 안에 배송됩니다. ⇒ Your order will be delivered within a day of purchase.',
    '내일 아침 여덟 시쯤 전화할게. ⇒ I will give you a call tomorrow morning at around 8.',
    '회의는 한 시간 안에 끝날 거예요. ⇒ The meeting should be over and done within an hour.',
    // Session 7: the Korean gives the sponsor (지원), the setting (앞에서, 관중), the change (%), the run (연속), the
    // purpose or second action ("to …" renders -아/-어, 위해), the second item (와, -고); "to" as a preposition, the
    // ordinal's "to" ("the 12th … to win"), a binomial ("small and medium-sized", "two and a half").
    '이 사업은 국비로 추진된다. ⇒ The project will be funded by the national government.',
    '이 연구는 보건복지부의 지원을 받아 진행됐다. ⇒ The research, funded by the Ministry of Health and Welfare, was carried out by a university team.',
    '두 팀은 만원 관중 앞에서 비겼다. ⇒ The two teams drew in front of a sellout crowd.',
    '수출은 작년보다 5% 늘었다. ⇒ Exports rose to a new level, up 5 percent from last year.',
    '그 노래는 3주 연속 차트 1위를 지켰다. ⇒ The song stayed at the top of the chart for a third straight week.',
    '구조대는 헬기를 띄워 실종자를 찾았다. ⇒ Rescuers sent up a helicopter to search for the missing hikers.',
    '을은 갑의 동의 없이 이 권리를 넘길 수 없다. ⇒ Party B may not transfer this right to any other person without the consent of Party A.',
    '그는 국산 전기차로는 열두 번째다. ⇒ It is the 12th electric car made in Korea to win the award.',
    '이 제도는 중소기업에 도움이 된다. ⇒ The program helps small and medium-sized businesses.',
    '공사는 2년 6개월 걸린다. ⇒ Construction takes two and a half years.',
    '방은 넓고 조식도 훌륭해요. ⇒ The room is spacious and the breakfast is excellent.',
    '앱으로 주문하면 다음 날 도착한다. ⇒ Order through the app and it arrives the next day.',
    '공연은 매주 토요일 오후 2시부터 4시까지 열린다. ⇒ The show runs every Saturday from 2 to 4 p.m.',
    '"너무 슬퍼서요. 저도 그런 적이 있거든요." ⇒ "It was so sad, because I have been through the same thing."',
    // Session 8: a Korean word that is the peak itself (무더위), a noun of cause in 으로 the "because" clause renders
    // (강사 사정으로), 에 의한, a hedged conversion of a span ("just over two days" for 50시간), "got to" before a verb,
    // a span the Korean gives as a modifier (14개월 → "a 14-month project"), "a year earlier" for 전년.
    '한낮 무더위 시간대에는 야외 활동을 자제해 주세요. ⇒ Please avoid outdoor activities during the hottest hours of the day.',
    '강사 사정으로 이번 주 강좌는 쉽니다. ⇒ This week\'s class is cancelled because the instructor is unavailable.',
    '고객 변심에 의한 반품은 왕복 배송비를 고객이 부담합니다. ⇒ If you return an item because you changed your mind, you pay the round-trip shipping fee.',
    '불을 끄는 데 꼬박 50시간이 걸렸다. ⇒ It took firefighters 50 hours, just over two days, to put out the fire.',
    '이 집 냉면 진짜 맛있어. 담엔 너도 먹어봐 ⇒ The naengmyeon at this place is amazing. You\'ve got to try it next time.',
    '도서관은 14개월 공사를 마치고 다시 문을 연다. ⇒ The library reopens after a 14-month renovation project.',
    '수출은 전년 대비 5% 늘었다. ⇒ Exports rose 5 percent from a year earlier, according to the ministry.',
    // Session 8: a place the Korean names (by its sound, without its unit 주, as 주미), a place that locates a name
    // ("Haeundae Beach in Busan"), an ending the Korean marks (끝에, 특히, 지도), a count in order it gives (세 번째).
    '두 정상은 다음 달 제네바에서 다시 만난다. ⇒ The two leaders will meet again in Geneva next month.',
    '현대차는 미국 조지아 공장의 생산을 늘린다. ⇒ Hyundai will raise output at its plant in Georgia in the United States.',
    '주일 한국대사관은 여행 주의보를 냈다. ⇒ The South Korean Embassy in Tokyo issued a travel advisory.',
    '연휴 동안 광안리 해수욕장에 30만 명이 몰렸다. ⇒ Some 300,000 people flocked to Gwangalli Beach in Busan over the holiday.',
    '노조는 긴 협상 끝에 임금 동결에 합의했다. ⇒ The union agreed to a wage freeze after lengthy negotiations.',
    '이 집은 반찬이 다 맛있는데 특히 김치가 최고예요. ⇒ All the side dishes here are tasty, especially the kimchi.',
    '학생들은 교사의 지도 아래 실험을 했다. ⇒ The students carried out the experiment under the supervision of their teachers.',
    '그는 이번 시즌 세 번째 골을 넣었다. ⇒ He scored his third goal of the season.',
    '회사는 이번 인수가 역대 최대 규모라고 밝혔다. ⇒ The company said the acquisition was its largest to date.',
    '요즘 잠을 못 자서 피곤해요. ⇒ I am tired because I have not been sleeping well lately.',
    '연구는 김민수 교수 연구팀이 맡았다. ⇒ The research was carried out by a team led by Professor Kim Min-su.',
    '전망대에서 보는 야경이 정말 멋져요. ⇒ The night view from the observatory is stunning.',
    '그는 건강상의 이유로 사퇴했다. ⇒ He resigned for health reasons.',
    '마을버스는 10분 간격으로 다닌다. ⇒ The village bus runs every 10 minutes.',
    '시장은 구청장과 함께 현장을 둘러봤다. ⇒ The mayor toured the site, accompanied by the district chief.',
    '선수들은 폭우 속에서도 훈련을 이어갔다. ⇒ The players kept training despite the heavy rain.',
    '그는 서른여덟 살에 은퇴했다. ⇒ He retired at the age of 38.',
    '수출이 10년 만에 처음으로 줄었다. ⇒ Exports fell for the first time in a decade.',
    '경찰은 연말연시를 앞두고 음주운전 단속을 강화한다. ⇒ Police will step up drunk-driving checks ahead of the year-end holidays.',
    '여름 휴가철 동안 공항 이용객이 크게 늘었다. ⇒ Airport passenger numbers rose sharply during the summer holiday season.',
    '주말에 가평으로 캠핑을 다녀왔다. ⇒ We went camping in Gapyeong over the weekend.',
    '공연 티켓은 판매 시작 5분 만에 매진됐다. ⇒ Tickets for the show sold out within minutes of going on sale.',
    '마포구에 새 도서관이 문을 열었다. ⇒ A new library has opened in Mapo.',
    '올해 하반기 수출이 늘었다. ⇒ Exports rose in the second half of the year.',
    '그는 눈물을 참으며 소감을 밝혔다. ⇒ He gave his acceptance speech, fighting back tears.',
    '경찰은 "수사를 서두르겠다"며 "추가 검거도 가능하다"고 밝혔다. ⇒ Police said they would speed up the investigation, adding that more arrests were possible.',
    // Not longer than the Korean predicts: no room for an addition.
    '그 배우는 유명하다. ⇒ The actor is famous.',
    '회담은 끝났다. ⇒ The tense talks ended.',
    // Session 9: a headline's ellipsis gives the second event "to …" renders; a place the Korean gives (에서, 근처); a
    // phrase of a span or an amount is no place.
    '한국, 레바논에 1-0 신승…조 1위 유지 ⇒ South Korea edge Lebanon 1-0 to stay top of group',
    '회사 근처에서 회식이 있대 ⇒ Apparently there\'s a team dinner at a place near the office',
    '두 사람은 한 달 만에 헤어졌다. ⇒ The couple broke up after dating in a single month.',
    // Session 10: a relative day the newsroom turns into a weekday; a weekday inside a name; -라서/-러서 give a reason
    // (달라서, 휴무라서); a close contest (접전, 박빙) is tense.
    '시장은 오늘 기자회견을 열어 사과했다. ⇒ The mayor apologized at a news conference on Tuesday.',
    // A bare "on Tuesday" dates a lede from its dateline, as newsrooms do.
    '법원은 피고인에게 징역 5년을 선고했다. ⇒ The court on Thursday sentenced the defendant to five years in prison.',
    '블랙프라이데이 할인 행사가 시작됐다. ⇒ Black Friday sales have kicked off at stores across the country.',
    '사이즈가 생각보다 달라서 교환 신청했어요. ⇒ I asked for an exchange because the size was different than I expected.',
    '두 팀은 연장까지 가는 접전을 벌였다. ⇒ The two teams went to extra time in a tense, closely fought match.',
    '사고로 승객 20명이 다쳤고 이 가운데 3명은 중상이다. ⇒ Twenty passengers were hurt in the crash, three of them seriously.',
    '축제는 하루 종일 이어진다. ⇒ It is a day-long festival.',
  ],
  invalid: [
    // Session 16: a toll, a stage of play, an escort, a feeling and a promise the Korean does not give.
    { ko: '경찰은 공장에서 난 불을 1시간 만에 껐다고 밝혔다.', en: 'Police said the fire at the factory was put out in an hour and that no casualties were reported.', errors: [{ messageId: 'added' }] },
    { ko: '전북은 FA컵 결승에서 포항을 2-1로 꺾고 정상에 올랐다.', en: 'Jeonbuk beat Pohang 2-1 in extra time in the FA Cup final to lift the trophy.', errors: [{ messageId: 'added' }] },
    { ko: '피고인은 선고 직후 아무 말 없이 법정을 떠났다.', en: 'Right after the sentencing, the defendant left the courtroom without a word, escorted by his lawyers.', errors: [{ messageId: 'added' }] },
    { ko: '그는 "동료들이 있어 버틸 수 있었다"고 말했다.', en: '"My teammates are the reason I could hold on," he said, his voice breaking.', errors: [{ messageId: 'added' }] },
    { ko: '주문하신 상품은 현재 품절입니다.', en: 'The item you ordered is currently out of stock. We will email you as soon as it is available again.', errors: [{ messageId: 'added' }] },
    // Session 15: a bound of one unit ("for up to one month") or a span the work is expected to last.
    { ko: '분실물은 1층 안내데스크에서 보관합니다.', en: 'Lost items are kept at the first-floor information desk for up to one month.', errors: [{ messageId: 'added' }] },
    { ko: '다음 주부터 정문 앞 도로 공사가 진행됩니다.', en: 'Road works, expected to last about three weeks, will begin in front of the main gate next week.', errors: [{ messageId: 'added' }] },
    // Session 15: embellishments of manner, feeling, weather, record, success, origin and time.
    { ko: '정부는 부동산 대책을 발표했다.', en: 'The government abruptly unveiled a new set of real estate measures on Tuesday evening.', errors: [{ messageId: 'added' }] },
    { ko: '주장은 은퇴 기자회견에서 팬들에게 감사 인사를 전했다.', en: 'Fighting back tears, the captain thanked the fans at his retirement news conference in Seoul.', errors: [{ messageId: 'added' }] },
    { ko: '마라톤 대회가 시내 일대에서 열렸다.', en: 'The marathon was held under clear skies across the downtown area with thousands of runners.', errors: [{ messageId: 'added' }] },
    { ko: '그는 이날 경기에서 31득점을 올렸다.', en: 'He scored a career-high 31 points in the game that day against the visiting team.', errors: [{ messageId: 'added' }] },
    { ko: '극단은 연극 "햄릿"을 다시 무대에 올린다.', en: 'The troupe will restage its sold-out production of "Hamlet" at the same small theater.', errors: [{ messageId: 'added' }] },
    { ko: '이 영화는 칸 영화제에서 처음 공개된다.', en: 'The film, adapted from a hit webtoon, will premiere at the Cannes Film Festival next spring.', errors: [{ messageId: 'added' }] },
    { ko: '이 업체는 부산에 새 공장을 짓는다.', en: 'The company will build a new factory in Busan, with construction starting later this year.', errors: [{ messageId: 'added' }] },
    { ko: '그 선수는 1년 3개월 만에 그라운드에 섰다.', en: 'The player took the field for the first time in 18 months.', errors: [{ messageId: 'added', data: { kind: 'a length of time' } }] },
    { ko: '말 한마디에 큰 빚도 갚는다고 했다.', en: 'As the saying goes, a kind word can repay a debt of a thousand nyang.', errors: [{ messageId: 'added', data: { kind: 'a figure' } }] },
    // Session 13: an ordinal the Korean does not give.
    { ko: '이 영화는 재미있다.', en: 'This movie is still fun on the third viewing.', errors: [{ messageId: 'added', data: { kind: 'a phrase at the end' } }] },
    // Session 12: adjuncts tacked on to a plain sentence.
    { ko: '시는 지하철 요금을 동결하기로 했다.', en: 'Despite mounting deficits at the transit operator, the city decided to freeze subway fares.', errors: [{ messageId: 'added', data: { kind: 'a concession' } }] },
    { ko: '구청은 다음 달부터 주민센터 운영 시간을 연장한다.', en: 'Following a successful trial, the district office will extend community center hours starting next month.', errors: [{ messageId: 'added', data: { kind: 'a preceding event' } }] },
    { ko: '이 시계는 방수가 된다.', en: 'This watch stays waterproof even when you swim in the sea with it.', errors: [{ messageId: 'added', data: { kind: 'an added condition' } }] },
    { ko: '지하철 4호선 운행이 30분간 지연됐다.', en: 'Service on Line 4 was delayed for 30 minutes during the morning rush hour.', errors: [{ messageId: 'added', data: { kind: 'a time' } }] },
    { ko: '집 근처 분식집에서 떡볶이를 먹었다.', en: 'I had tteokbokki at a snack bar near home with my roommate.', errors: [{ messageId: 'added', data: { kind: 'a companion' } }] },
    { ko: '그 앨범은 발매 첫 주에 50만 장이 팔렸다.', en: 'The album sold 500,000 copies in its first week to top the charts.', errors: [{ messageId: 'added', data: { kind: 'a ranking' } }] },
    { ko: '정부는 담뱃세 인상을 검토하고 있다.', en: 'The government is considering raising the tobacco tax to pay for expanded cancer screening.', errors: [{ messageId: 'added', data: { kind: 'a use of money' } }] },
    { ko: '교육청은 내년부터 초등학교 수업 시간을 조정한다.', en: 'In response to complaints from parents, the education office will adjust elementary school class hours from next year.', errors: [{ messageId: 'added', data: { kind: 'a response' } }] },
    { ko: '댓글 이벤트는 계정당 한 번만 참여할 수 있습니다.', en: 'You may join the comment event once per account; extra entries will be disqualified.', errors: [{ messageId: 'added', data: { kind: 'a sanction' } }] },
    { ko: '그녀는 두 번째 도전에서 자격증 시험에 붙었다.', en: 'She passed the certification exam on her second try with a near-perfect score.', errors: [{ messageId: 'added', data: { kind: 'a score' } }] },
    // Session 9: a place phrase at the end (a chain of them) when the Korean places nothing.
    { ko: '이번 주 금요일에 회식 있대', en: "Apparently there's a team dinner this Friday at the barbecue place near the office", errors: [{ messageId: 'added', data: { kind: 'a phrase at the end' } }] },
    // Session 6, round 3: a price of nothing, a bound of time, a clock time no Korean word gives.
    { ko: '시립미술관이 사진전을 열었다.', en: 'The city art museum opened a photo exhibition with free admission for all visitors.', errors: [{ messageId: 'added', data: { kind: 'a price' } }] },
    { ko: '그녀는 서울 하프 마라톤을 완주했다.', en: 'She finished the Seoul Half Marathon in under two hours.', errors: [{ messageId: 'added', data: { kind: 'a length of time' } }] },
    { ko: '그 영상은 조회수 100만 회를 넘었다.', en: 'The video passed one million views within a day of its release.', errors: [{ messageId: 'added', data: { kind: 'a length of time' } }] },
    { ko: '퇴근하고 집에 가서 연락할게.', en: "I'll get in touch after I get home from work, at around 7 p.m.", errors: [{ messageId: 'added', data: { kind: 'a time of day' } }] },
    // Session 6, round 2: a counted quantity no Korean figure gives.
    { ko: '광화문 광장에서 촛불 집회가 열렸다.', en: 'A candlelight vigil attended by some 20,000 people was held in Gwanghwamun Square.', errors: [{ messageId: 'added', data: { kind: 'a figure' } }] },
    { ko: '우리 팀이 리그 우승을 차지했다.', en: 'Our team won the league title for the fourth consecutive time.', errors: [{ messageId: 'added', data: { kind: 'a figure' } }] },
    { ko: '로그인 후 댓글을 남길 수 있습니다.', en: 'You can leave a comment after logging in with your Naver account.', errors: [{ messageId: 'added', data: { kind: 'a named service' } }] },
    { ko: '구청은 도서관에 의자 40개를 새로 들였다.', en: 'The district office put 40 new chairs in the library at a cost of 30 million won.', errors: [{ messageId: 'added', data: { kind: 'a figure' } }] },
    { ko: '그 식당은 시내 중심가에 있다.', en: 'The restaurant, one of the most beloved in the city, sits in the heart of downtown.', errors: [{ messageId: 'added', data: { kind: 'praise or fame' }, side: 'en' }] },
    { ko: '그 가수가 새 앨범을 발표했다.', en: 'The singer released his long-awaited new album after a three-year break.', errors: [{ messageId: 'added', data: { kind: 'anticipation' } }] },
    { ko: '이 가방은 이탈리아에서 만들어졌다.', en: 'This bag is made in Italy from the finest leather.', errors: [{ messageId: 'added', data: { kind: 'quality' } }] },
    { ko: '새 게임기는 다음 주 미국에서 출시된다.', en: 'The new console goes on sale in the United States next week for $499.', errors: [{ messageId: 'added', data: { kind: 'an amount of money' } }] },
    { ko: '이 스마트폰은 올해 말 유럽에 출시된다.', en: 'The smartphone will launch in Europe at the end of the year at a price of 1,300 euros.', errors: [{ messageId: 'added', data: { kind: 'an amount of money' } }] },
    { ko: '이 빵집은 매일 아침 빵을 굽는다.', en: 'This bakery bakes its bread every morning with organic flour.', errors: [{ messageId: 'added', data: { kind: 'sourcing' } }] },
    { ko: '우리 회사는 20년째 가구를 만들고 있다.', en: 'Our company has proudly been making furniture for 20 years.', errors: [{ messageId: 'added', data: { kind: 'pride' } }] },
    { ko: '두 장관은 어제 무역 문제를 논의했다.', en: 'The two ministers discussed trade issues at a heated meeting yesterday.', errors: [{ messageId: 'added', data: { kind: 'the mood of a meeting' } }] },
    { ko: '어제 서울의 기온이 영하 15도까지 내려갔다.', en: 'Temperatures in Seoul fell to minus 15 degrees yesterday, the lowest since records began.', errors: [{ messageId: 'added', data: { kind: 'a record' } }] },
    { ko: '주말에 전국에 비가 온다.', en: 'It will rain across the country this weekend, possibly heavily in the afternoon.', errors: [{ messageId: 'added' }] },
    { ko: '구청은 골목길에 보안등을 설치했다.', en: 'The district office installed security lights in alleys so that residents could walk home without fear.', errors: [{ messageId: 'added', data: { kind: 'a purpose' } }] },
    { ko: '원·달러 환율이 10원 넘게 내렸다.', en: 'The won gained more than 10 won against the dollar, driven by heavy exporter dollar selling.', errors: [{ messageId: 'added', data: { kind: 'a cause' } }] },
    { ko: '제주 항공편 무더기 결항', en: 'Dozens of Jeju flights canceled in the wake of a software outage at the airport', errors: [{ messageId: 'added', data: { kind: 'a cause' } }] },
    { ko: '경찰은 용의자를 조사했다.', en: 'Police questioned the suspect for nine hours on Tuesday.', errors: [{ messageId: 'added', data: { kind: 'a length of time' } }] },
    { ko: '그 배우는 새 드라마에 출연한다.', en: 'The actor will star in a new drama, her first in five years.', errors: [{ messageId: 'added', data: { kind: 'a length of time' } }] },
    { ko: '이 제도로 청년 고용이 늘어날 것으로 보인다.', en: 'Because companies will receive tax breaks, the system is expected to increase youth employment.', errors: [{ messageId: 'added', data: { kind: 'a reason' } }] },
    { ko: '앱에서 주문하면 커피를 무료로 드립니다.', en: 'Order through the app and get a free coffee, while supplies last and for members only.', errors: [{ messageId: 'added', data: { kind: 'a condition' } }] },
    { ko: '회사는 새 공장을 짓는다.', en: 'The company will build a new plant, citing strong demand for electric vehicle batteries.', errors: [{ messageId: 'added', data: { kind: 'a reason cited' } }] },
    { ko: '소방당국은 사고 원인을 조사 중이다.', en: 'Fire authorities are investigating the cause of the accident, which they believe was an electrical fault.', errors: [{ messageId: 'added', data: { kind: 'a guess' } }] },
    { ko: '경찰은 도주한 운전자를 쫓고 있다.', en: 'Police are pursuing the driver who fled, a woman in her 40s.', errors: [{ messageId: 'added', data: { kind: 'an age' } }] },
    { ko: '그 시장에서 해산물을 싸게 살 수 있다.', en: "You can buy seafood cheaply at the market, the city's busiest and most colorful.", errors: [{ messageId: 'added', data: { kind: 'a superlative' } }] },
    // Session 7: a sponsor, a setting, a percentage change, a run, a trailing purpose, a further item no Korean word gives.
    { ko: '이번 조사는 대학 연구진이 맡았다.', en: 'The survey, sponsored by a tobacco maker, was conducted by a university research team.', errors: [{ messageId: 'added', data: { kind: 'a sponsor' } }] },
    { ko: '그는 결승에서 한국 신기록을 세웠다.', en: 'He set a new Korean record in the final in front of a packed stadium.', errors: [{ messageId: 'added', data: { kind: 'a setting' } }] },
    { ko: '올해 쌀 수매가는 가마당 7만 원으로 정해졌다.', en: "This year's rice purchase price was set at 70,000 won per sack, up 3.2 percent from last year.", errors: [{ messageId: 'added', data: { kind: 'a change against an earlier figure' } }] },
    { ko: '그 영화가 박스오피스 1위에 올랐다.', en: 'The film topped the box office for a fourth consecutive weekend.', errors: [{ messageId: 'added', data: { kind: 'a run' } }] },
    { ko: '주민들은 구청 앞에서 집회를 열었다.', en: "Residents held a rally in front of the district office to demand a new bus route.", errors: [{ messageId: 'added', data: { kind: 'a purpose' } }] },
    { ko: '이 카페는 커피 맛이 좋아요.', en: 'This café has great coffee and a cozy reading corner.', errors: [{ messageId: 'added', data: { kind: 'a further item' } }] },
    { ko: '박물관은 매주 일요일 오전에 문을 연다.', en: 'The museum opens every Sunday morning from 9 to 11 a.m.', errors: [{ messageId: 'added', data: { kind: 'a time of day' } }] },
    // Session 8: a span as a modifier, an approximate aside, the gap of a comparison, with no Korean figure of it.
    { ko: '시는 다음 달 시청 별관을 새로 연다.', en: 'The city will open a new annex to City Hall next month after an 18-month renovation.', errors: [{ messageId: 'added', data: { kind: 'a length of time' } }] },
    { ko: '양파를 투명해질 때까지 볶는다.', en: 'Fry the onions until they turn translucent, about five minutes.', errors: [{ messageId: 'added', data: { kind: 'a length of time' } }] },
    { ko: '올해 벚꽃은 다음 주 절정을 맞는다.', en: 'Cherry blossoms will peak next week, three days earlier than usual.', errors: [{ messageId: 'added', data: { kind: 'a length of time' } }] },
    // A "because" clause when the noun in 으로 is rendered outside it (the policy), so the clause is a reason added.
    { ko: '이 정책으로 물가가 안정될 것으로 보인다.', en: 'Because oil prices are falling, the policy is expected to stabilize prices.', errors: [{ messageId: 'added', data: { kind: 'a reason' } }] },
    // Session 8: a place, an ending, a rank against all before, a count in order that no Korean word gives.
    { ko: '양측은 다음 주 실무 협상을 재개한다.', en: 'The two sides will resume working-level talks in Singapore next week.', errors: [{ messageId: 'added', data: { kind: 'a place' } }] },
    { ko: '시상식은 오는 5월 3일 열린다.', en: 'The awards ceremony will be held in Busan on May 3.', errors: [{ messageId: 'added', data: { kind: 'a place' } }] },
    { ko: '시는 지하철 요금을 올리기로 했다.', en: 'The city decided to raise subway fares after a long public debate.', errors: [{ messageId: 'added', data: { kind: 'a phrase at the end' } }] },
    { ko: '법원은 그 의원에게 징역 1년을 선고했다.', en: 'The court sentenced the lawmaker to one year in prison for accepting bribes.', errors: [{ messageId: 'added', data: { kind: 'a phrase at the end' } }] },
    { ko: '이 식당은 반찬이 정말 맛있어요.', en: 'The side dishes at this restaurant are really delicious, especially the spicy radish kimchi.', errors: [{ messageId: 'added', data: { kind: 'a phrase at the end' } }] },
    { ko: '남부 지방은 밤부터 비가 내리겠습니다.', en: 'Rain will fall in the southern regions from tonight, followed by strong winds on the coast.', errors: [{ messageId: 'added', data: { kind: 'a phrase at the end' } }] },
    { ko: '회사는 이번 인수로 유럽 진출을 서두른다.', en: 'With the acquisition, its biggest ever, the company is speeding up its entry into Europe.', errors: [{ messageId: 'added', data: { kind: 'a record' } }] },
    { ko: '그 선수는 무릎 부상으로 결장한다.', en: 'The player will sit out with a knee injury, his fourth absence of the season.', errors: [{ messageId: 'added', data: { kind: 'a count in order' } }] },
    { ko: '연구팀은 새 진단법을 개발했다.', en: 'The research team, led by Professor Lee Ji-hoon, developed a new diagnostic method.', errors: [{ messageId: 'added', data: { kind: 'a person' } }] },
    { ko: '이 펜션은 바다가 보이는 객실이 있다.', en: 'This guesthouse has rooms with breathtaking views of the ocean.', errors: [{ messageId: 'added', data: { kind: 'an evaluation' } }] },
    { ko: '그는 대표직에서 물러났다.', en: 'He stepped down as chief executive for personal reasons.', errors: [{ messageId: 'added', data: { kind: 'a reason cited' } }] },
    { ko: '축제 기간에 셔틀버스가 다닌다.', en: 'Shuttle buses will run every 20 minutes during the festival.', errors: [{ messageId: 'added', data: { kind: 'a length of time' } }] },
    { ko: '장관은 피해 지역을 찾았다.', en: 'The minister visited the affected area, accompanied by the governor of the province.', errors: [{ messageId: 'added', data: { kind: 'a phrase at the end' } }] },
    { ko: '선수들은 아침에 훈련했다.', en: 'The players trained in the morning under pouring rain.', errors: [{ messageId: 'added', data: { kind: 'a phrase at the end' } }] },
    { ko: '그 선수는 은퇴를 발표했다.', en: 'The player announced his retirement at the age of 41.', errors: [{ messageId: 'added', data: { kind: 'an age' } }] },
    { ko: '올해 이 지역 땅값이 내렸다.', en: 'Land prices in the area fell this year for the first time in a decade.', errors: [{ messageId: 'added', data: { kind: 'a length of time' } }] },
    { ko: '시는 교통 단속을 강화한다.', en: 'The city will tighten traffic enforcement ahead of the national holidays.', errors: [{ messageId: 'added', data: { kind: 'a phrase at the end' } }] },
    { ko: '놀이공원 입장객이 늘었다.', en: 'Visitor numbers at the amusement park rose during the school vacation period.', errors: [{ messageId: 'added', data: { kind: 'a phrase at the end' } }] },
    { ko: '우리는 주말에 캠핑을 갔다.', en: 'We went camping at a riverside campsite in Yangpyeong over the weekend.', errors: [{ messageId: 'added', data: { kind: 'a place' } }] },
    { ko: '이번 콘서트는 전석 매진됐다.', en: 'Every seat for the concert sold out within minutes.', errors: [{ messageId: 'added', data: { kind: 'a speed' } }] },
    { ko: '우리 동네에 새 체육관이 생겼다.', en: 'A new gym opened in my neighborhood in Dobong.', errors: [{ messageId: 'added', data: { kind: 'a place' } }] },
    { ko: '오늘 수업은 휴강이다.', en: "Today's class is cancelled, the third cancellation of the month.", errors: [{ messageId: 'added', data: { kind: 'a count in order' } }] },
    { ko: '주민들은 공장 건설에 반대했다.', en: 'Residents opposed the construction of the plant, fearing water contamination.', errors: [{ messageId: 'added', data: { kind: 'a phrase at the end' } }] },
    // A predicate (이상이어야) holds a lexicon word: the Korean is rendered before the tail.
    { ko: '비밀번호는 10자 이상이어야 합니다.', en: 'Your password must be at least ten characters long and contain a capital letter.', errors: [{ messageId: 'added', data: { kind: 'a further item' } }] },
    // Session 10: a day of the week when the Korean names no day at all.
    { ko: '구조대는 실종된 등산객을 수색 끝에 발견했다.', en: 'Rescuers found the missing hiker after a search late on Saturday night.', errors: [{ messageId: 'added', data: { kind: 'a day of the week', phrase: 'late on Saturday' } }] },
    // A modifier of one unit with -long; 석해 inside 참석해 is no 석 달.
    { ko: '시장은 주민 간담회에 참석해 의견을 들었다.', en: 'The mayor attended a town hall and listened to residents during an hour-long session.', errors: [{ messageId: 'added', data: { kind: 'a length of time', phrase: 'an hour-long' } }] },
    // 것으로 completes a forecast (늘어날 것으로 전망했다): no noun of cause for "owing to" to render.
    { ko: '증권가는 내년 반도체 수출이 늘어날 것으로 전망했다.', en: 'Owing to a recovering smartphone market, analysts expect chip exports to grow next year.', errors: [{ messageId: 'added', data: { kind: 'a cause' } }] },
    // A remark on a share of what the sentence counts, with no share in the Korean.
    { ko: '올해 신규 등록 차량은 50만 대를 넘어섰다.', en: 'New vehicle registrations topped 500,000 this year, most of them electric or hybrid models.', errors: [{ messageId: 'added', data: { kind: 'a share of them' } }] },
  ],
};

/** Further clause-coverage rows (spread into the clause-coverage table in checks.test.ts). */
export const clauseCoverageRows: CheckTable = {
  valid: [
    // Session 15: a quotation said (이라고 말했다) is no second clause; 동기에 is no cause.
    '경찰 관계자는 “사고 원인에 대해서는 조사 중”이라고 말했다. ⇒ Police said they were investigating the cause of the accident.',
    // Session 15: a sentence of cause and consequence as two English sentences.
    '이 제품은 방수가 되지 않으므로 욕실에서 사용하지 마세요. ⇒ This product is not waterproof. Do not use it in the bathroom.',
    // Session 15: a cause of trouble given by "for" or "with", or made the English subject.
    '그는 무릎 부상으로 이번 대회에 불참한다. ⇒ He will miss the tournament with a knee injury.',
    '한파로 수도관이 얼어 터졌다. ⇒ The cold snap froze and burst the water pipes.',
    // Session 14: -기에 before a word of fitness is "for", no cause.
    '본 제품은 만 3세 미만 어린이가 사용하기에 적합하지 않습니다. ⇒ Not suitable for children under 3.',
    // Session 13: everyday things whose English head word another key makes a term ("gloves", "sesame oil").
    '장갑을 꼭 끼고 작업하세요. ⇒ Be sure to wear gloves while you work.',
    '불을 끄고 참기름을 둘러 마무리합니다. ⇒ Turn off the heat and finish with a drizzle of sesame oil.',
    // Session 13: "X하면 Y할 수 있다" as an order joined by "and" ("Show your receipt and get …").
    '영수증을 제시하면 주차 요금을 할인받을 수 있습니다. ⇒ Show your receipt and get a parking discount.',
    // Session 13: irregular pasts of the shared lexicon's verbs ("froze", "grew").
    '컴퓨터가 갑자기 멈추는 바람에 파일을 날렸다. ⇒ My computer suddenly froze and I lost the file.',
    '아버지는 은퇴 후 마당에서 채소를 가꾸며 지내신다. ⇒ Since retiring, my father has grown vegetables in the yard.',
    // Session 13: -지 말고 folded into the one action ("uncovered"); an irregular past ("grew" for 성장했다).
    '냄비 뚜껑을 닫지 말고 15분간 졸여 주세요. ⇒ Reduce uncovered for 15 minutes.',
    '그 회사는 외부 투자를 받지 않고 성장했다. ⇒ The company grew without outside investment.',
    // Session 13: free renderings of 재방문 ("be back"), 경조사 ("weddings and funerals"), 당론 ("official position").
    '사장님도 친절하고 음식도 맛있어요. 재방문 의사 있습니다. ⇒ The owner is lovely and the food is delicious. I\'ll definitely be back.',
    '근무 조건: 주 5일 근무, 경조사비 지원 ⇒ Conditions: a five-day week and allowances for family events such as weddings and funerals.',
    '국민의힘은 이날 의원총회를 열고 예산안 반대를 당론으로 정했다. ⇒ The People Power Party held a meeting of its lawmakers and adopted opposition to the budget bill as its official position.',
    // Session 13: a count of tries given by an ordinal; 두 번 다시 and 두 번 생각 count nothing.
    '그녀는 세 번 만에 시험에 합격했다. ⇒ She passed the exam on her third attempt.',
    '두 번 생각할 것도 없이 바로 계약했다. ⇒ I signed the contract without a second thought.',
    // Session 13: a condition made the English subject; a free rendering of 넓어 보인다 ("looks much bigger").
    '스트레칭을 꾸준히 하면 허리 통증 완화에 도움이 된다. ⇒ Regular stretching can help relieve back pain.',
    '오랜만에 대청소를 했더니 집이 훨씬 넓어 보인다. ⇒ I gave the house a thorough clean for the first time in a while, and it looks much bigger.',
    // Session 12: a body's English name with commas is no list of clauses; "according to" renders 에 따르면.
    '산업통상자원부에 따르면 지난달 수출은 작년보다 5.2% 늘었다. ⇒ Exports rose 5.2% from a year earlier last month, according to the Ministry of Trade, Industry and Energy.',
    // Session 12: a month the Korean names anchors the English clause that says it.
    '요즘 너무 덥다. 10월인데 아직도 에어컨 틀고 잔다. ⇒ It has been so hot lately. It is October and I am still sleeping with the air conditioner on.',
    // Session 9: a quotation's comma before "he said" with both clauses rendered; a comma after -며 with both rendered; a
    // joined clause whose figure the English gives; a topic's 는 before 다음 달 (no time clause); a quotation moved to a
    // sentence of its own; 후반 N분 as the minute from kick-off; a gloss that restates one word; a participle aside the
    // Korean gives; "and" before a noun; a relation tail whose relation the Korean marks.
    '그는 "지금은 말할 수 없지만 곧 발표하겠다"고 말했다. ⇒ "I can\'t say now, but I\'ll announce it soon," he said.',
    '행사는 오후 2시에 시작되며, 누구나 참여할 수 있다. ⇒ The event starts at 2 p.m. and is open to everyone.',
    '그 회사는 직원 300명을 감원하고 신규 채용을 중단했다. ⇒ The company cut 300 jobs and froze hiring.',
    "신제품 '에어핏 프로 2'는 다음 달 1일부터 전국 매장과 온라인몰에서 판매된다. ⇒ The new AirFit Pro 2 goes on sale on the 1st of next month in stores nationwide and online.",
    '유족들은 법원 앞에서 "억울하다"며 눈물을 흘렸다. ⇒ In front of the court, the bereaved families wept. "This is so unfair," they said.',
    '최민혁이 후반 42분 결승골을 터뜨렸다. 수원은 2-1로 이겼다. ⇒ Choi Min-hyeok struck the winner in the 87th minute as Suwon won 2-1.',
    '청와대 인근에서 시위가 벌어졌다. ⇒ A protest took place near Cheong Wa Dae, the former presidential office.',
    '이 절은 신라 시대에 지어졌다. ⇒ The temple, one of the oldest in the region, dates back to the Silla period.',
    '네이버와 카카오는 생성형 AI 서비스를 잇달아 내놨다. ⇒ Naver and Kakao have rolled out generative AI services one after the other.',
    '눈이 얼어붙으면서 곳곳에 빙판길이 나타나겠습니다. 출근길 교통안전에 각별히 유의하셔야겠습니다. ⇒ Roads are likely to be icy, and commuters are urged to take extra caution.',
    '축제는 10.3(금)부터 10.5(일)까지 열립니다. ⇒ The festival runs from Friday, Oct. 3, through Sunday, Oct. 5.',
    '출발하기 전에 타이어 공기압을 점검하고 연료를 채우세요. ⇒ Before you set off, check the tire pressure and fill up the tank.',
    '그녀는 오디션에서 떨어졌지만 포기하지 않고 다시 도전했다. ⇒ She failed the audition but tried again.',
    '광화문 광장에서 시민 수천 명이 촛불을 들었다. ⇒ Thousands of citizens held candles at Gwanghwamun Square, the city\'s main protest venue.',
    // Session 6, good-pairs round: 병원 "a doctor"; a relative day word whose English is a phrase (엊그제, 모레); -고 before
    // Session 6, round 3: 영업손실 "an operating loss", a review's 재방문 "go back", a charge 부과 and a feature 기능 rendered.
    '이 회사는 지난해 매출 1조2천억원, 영업손실 300억원을 기록했다. ⇒ The company posted 1.2 trillion won in sales and an operating loss of 30 billion won last year.',
    '서비스는 친절했지만 재방문 의사는 없습니다. ⇒ The service was friendly, but I won\'t be going back.',
    '이 제품은 가볍고 방수 기능도 있어 등산객에게 인기다. ⇒ This product is popular with hikers because it is lightweight and waterproof.',
    '취소는 하루 전까지 가능하며 수수료가 부과됩니다. ⇒ Cancellations are possible up to one day before, and a fee will be charged.',
    // an auxiliary (읽고 계십니다) and the honorific subject 께서 are one clause; a Korean word kept in romanization and
    // glossed after a comma.
    '열이 내리지 않으면 병원에 가 보세요. ⇒ See a doctor if the fever persists.',
    '엊그제 신청했는데 아직 연락이 없어요. ⇒ I applied the day before yesterday, but I still haven\'t heard back.',
    '모레 다시 오겠습니다. ⇒ I\'ll come back the day after tomorrow.',
    '어머니께서 신문을 읽고 계십니다. ⇒ Mother is reading the paper.',
    '할아버지께서 진지를 잡수시고 계신다. ⇒ Grandpa is eating his meal.',
    '선생님께서 교실에 들어오셨다. ⇒ The teacher came in.',
    '추석을 앞두고 송편 판매가 늘었다. ⇒ Sales of rice cakes have grown ahead of Chuseok, the Korean harvest festival.',
    '설날을 맞아 떡국을 먹었다. ⇒ We ate tteokguk, a soup of sliced rice cakes eaten on New Year\'s Day.',
    // A word the lexicon does not know (slang, a coinage, a holiday) explained by a relative clause after its English noun.
    '갑질 신고가 크게 늘었다. ⇒ Reports of bosses who abuse their power over staff rose sharply.',
    '혼밥 손님이 늘었다. ⇒ More diners who eat alone are coming in.',
    '한글날 기념식이 열렸다. ⇒ A ceremony for Hangeul Day, which celebrates the creation of the Korean alphabet, was held.',
    // Session 6, round 2: a count given in other words (두 배 "doubles", 두 개 이상 "more than one"), a cause given by "too".
    '연구진은 배터리 수명을 두 배로 늘리는 기술을 개발했다. ⇒ Researchers developed a technology that doubles battery life.',
    '한 사람이 두 개 이상의 계정을 만들 수 없다. ⇒ No one may create more than one account.',
    '방이 너무 좁아서 다시는 묵지 않을 거예요. ⇒ The room was too small for me to stay here again.',
    '눈이 많이 오면 출근길 교통에 주의해야 한다. ⇒ When it snows heavily, commuters need to be careful on the roads.',
    '서류를 제출해야 장학금이 지급된다. ⇒ Scholarships are paid only after the documents are submitted.',
    '그는 개인적인 이유로 대표직에서 물러났다. ⇒ He stepped down as chief executive for personal reasons.',
    '통계청은 출산율 반등의 원인으로 혼인 증가를 꼽았다. ⇒ Statistics Korea attributed the rebound in births to more marriages.',
    '그는 건강상의 이유로 사퇴했다. ⇒ He resigned for health reasons.',
    // "because …" renders a clause of cause (오르는데, 그대로라) in words of its own.
    '집값은 오르는데 소득은 그대로라 내 집 마련을 포기하는 청년이 늘고 있다. ⇒ More young people are giving up on buying a home, because housing prices keep climbing while their incomes stay flat.',
    // A condition rendered as the people it applies to; a cause rendered by "due to".
    '발열 증상이 있으면 등교를 자제해 달라고 당부했다. ⇒ Officials urged students with a fever to stay home from school.',
    '폭설로 인해 김포공항의 항공편이 무더기로 결항됐다고 공항공사가 밝혔다. ⇒ Dozens of flights at Gimpo Airport were canceled due to heavy snow, the airport operator said.',
    '연구진에 따르면 이 약은 부작용이 적다. ⇒ According to the researchers, the drug has few side effects.',
    // A fact weighed, a time span, a second action after 만나 and an "and …ed" tail that the English renders.
    '법원은 피고인이 초범인 점을 고려해 집행유예를 선고했다. ⇒ The court gave a suspended sentence, noting that the defendant had no criminal record.',
    '새 제도는 다음 달부터 시행된다. ⇒ The new system takes effect next month.',
    '정부는 오늘부터 마스크 착용 의무를 해제한다. ⇒ Mask mandates are lifted as of today.',
    '대통령은 여야 대표와 만나 예산안을 논의했다. ⇒ The president met with the leaders of the ruling and opposition parties to discuss the budget.',
    '경찰은 용의자를 체포하고 도난당한 보석을 회수했다. ⇒ Police arrested the suspect and recovered the stolen jewelry.',
    '이 호텔은 바다가 보이고 조식도 훌륭하다. ⇒ This hotel has an ocean view, and the breakfast is excellent too.',
    // Session 7: "to …" renders the second of two actions; "and then …" a clause of -더니; a figure the Korean gives shows
    // what an English clause renders; "or" renders -거나; a cause by bare 로 the English gives ("due to").
    '우리 팀은 준준결승에서 독일을 3대2로 꺾고 4강에 올랐다. ⇒ Our team beat Germany 3-2 in the quarterfinal to reach the semifinals.',
    '밤새 게임을 했더니 눈이 빨개졌다. ⇒ I played games all night, and then my eyes turned red.',
    '접수는 5월 2일부터 9일까지이며, 마감일 오후 5시까지 도착한 서류만 인정됩니다. ⇒ Entries are accepted from May 2 to 9, and only papers that arrive by 5 p.m. on the last day will count.',
    '회원은 운영자의 허락 없이 게시물을 복제하거나 그 내용을 수정할 수 없다. ⇒ Members may not copy or edit posts without the operator\'s permission.',
    '부산 지하철 1호선이 신호 장애로 20분간 멈췄다. ⇒ Busan Subway Line 1 stopped for 20 minutes due to a signal failure.',
    '케이스는 알루미늄으로 제작돼 가볍고, 충격에 강하며, 발열도 적습니다. ⇒ The case is made of aircraft-grade aluminum, making it lightweight, shock-resistant and cool.',
    '시는 주차 요금을 올리는 대신 버스 노선을 늘리기로 했다. ⇒ The city decided to add bus routes in exchange for higher parking fees.',
    '저는 대신 따뜻한 커피를 주문했어요. ⇒ I ordered a hot coffee.',
    // Session 8: free renderings (common-s8-coverage.ts): a review's 사장님 "the owner", 친절하다 "lovely"; 마음껏 즐기다
    // "enjoy themselves"; a proverb by its English counterpart; a count as an ordinal before 연속; a number word for a figure.
    '사장님이 정말 친절하시고 가게도 깨끗해요. ⇒ The owner was lovely and the shop was spotless.',
    '감독은 "선수들이 자랑스럽다. 오늘은 마음껏 즐겼으면 좋겠다"고 말했다. ⇒ "I am proud of my players," the coach said. "I hope they enjoy themselves tonight."',
    '시는 소 잃고 외양간 고치는 격으로 사고가 난 뒤에야 점검에 나섰다. ⇒ The city only began inspections after the accident, a classic case of shutting the stable door after the horse has bolted.',
    '한국은행은 기준금리를 연 3%로 동결했다. 지난 5월에 이어 네 차례 연속 동결이다. ⇒ The Bank of Korea held its benchmark rate at 3 percent for a fourth straight meeting, following a pause in May.',
    '이 터널은 길이 2㎞, 폭 20m로 왕복 4차로다. ⇒ The tunnel is about 1.2 miles long and 65 feet wide, carrying four lanes of traffic.',
    '요즘 국회를 보면 남는 것은 고성뿐이다. ⇒ Watch the National Assembly these days, and all that is left behind is shouting.',
    // Session 8: the cause, the time clause and the relative time rendered; a date after the year (내년 2월) stands for it.
    '내수 부진의 여파로 자영업자 폐업이 두 달 연속 늘었다. ⇒ Closures of small businesses rose for the second straight month as domestic demand slumped.',
    '짙은 안개와 강풍으로 인천항을 오가는 여객선 운항이 전면 통제됐다. ⇒ All ferry services to and from Incheon Port were suspended due to thick fog and strong winds.',
    '총리는 피해 현장을 둘러본 뒤 이재민들과 점심을 함께했다. ⇒ After touring the disaster site, the prime minister had lunch with displaced residents.',
    '미안, 오늘은 못 가. 다음 주에 밥 한번 먹자 ⇒ Sorry, I cannot make it today. Let us grab a meal next week.',
    '전시는 내년 2월 말까지 이어진다. ⇒ The exhibition runs through the end of February.',
    '그는 어제 귀국했다. ⇒ He returned home on Sunday.',
    '눈이 많이 내리면 등산로 일부 구간이 폐쇄될 수 있습니다. ⇒ Parts of the hiking trail may be closed if it snows heavily.',
    '보험이 적용되지 않으면 환자 부담은 월 300만 원 수준이 된다. ⇒ Without coverage, patients would pay about 3 million won a month.',
    '회원 할인은 이달 말까지 적용됩니다. ⇒ The member discount applies until the end of the month.',
    '다음 주 화요일부터 버스 요금이 200원 오른다. ⇒ Bus fares will go up by 200 won from Tuesday.',
    '반도체 수출은 작년 같은 달보다 15% 늘었다. ⇒ Chip exports rose 15 percent.',
    '이 카페는 조용하고 와이파이도 빨라서 일하기 좋아요. ⇒ This café is quiet and has fast Wi-Fi, so it is a great place to work.',
    '그 업체는 경영난으로 매장 세 곳을 닫았다. ⇒ The firm closed three of its stores amid financial difficulties.',
    // Session 8, last round: "X하면 Y할 수 있다" as an imperative with a purpose; 기록됐다 after a superlative is a bare
    // "was"; 허용 in an app's settings is "turn on"; a quotation closed by -며 is "saying …"; 인명 피해는 없었다 is "no one
    // was hurt"; 미룰까 is "put off".
    '앱을 업데이트하면 새 기능을 사용할 수 있어요. ⇒ Update the app to use the new features.',
    '위치 접근을 허용하면 주변 맛집을 추천받을 수 있어요. ⇒ Turn on location access to get restaurant recommendations nearby.',
    '부산의 낮 기온이 33.8도까지 오르며 올해 들어 가장 더운 날로 기록됐다. ⇒ Busan baked in its hottest day of the year so far as temperatures climbed to 33.8 C.',
    '청주시 인구가 86만 명을 넘어서며 도내 기초자치단체 가운데 가장 많은 인구를 기록했다. ⇒ Cheongju\'s population has passed 860,000, the largest of any city or county in the province.',
    '국회의장은 "재난 대응 예산만큼은 정쟁의 대상이 돼서는 안 된다"며 여야에 신속한 처리를 당부했다. ⇒ The Assembly speaker urged both parties to pass the budget quickly, saying disaster-response funding "must not become a political football."',
    '오늘 새벽 부산의 한 아파트에서 불이 나 1시간 만에 꺼졌으며, 다행히 인명 피해는 없었다. ⇒ A fire broke out at an apartment in Busan early this morning. It was put out an hour later, and no one was hurt.',
    '내일 눈 온다던데 등산 미룰까? ⇒ I heard it\'s going to snow tomorrow. Should we put off the hike?',
    // A noun that sums up a list before 등 (등 피해가 잇따랐다) is no content of its own; 언급을 피했다 is "declined to be specific".
    '강풍에 가로수가 쓰러지고 간판이 떨어지는 등 피해가 잇따랐다. ⇒ Strong winds toppled roadside trees and tore signs from buildings.',
    '이 총재는 "인하 시점은 데이터를 보고 판단하겠다"며 구체적인 언급을 피했다. ⇒ Rhee declined to be specific, saying only that the timing of any cut would "depend on the data."',
    '회원가입이 완료되었습니다. 인증 메일은 입력하신 주소로 발송되며, 설정 메뉴에서도 다시 받으실 수 있습니다. ⇒ Sign-up complete. A verification email has been sent to your address. You can resend it from Settings.',
    // Session 10: a notice's request ending (우회해 주시기 바랍니다) rendered as a sentence of its own ("Please use a detour.").
    '[공사 안내] 도로 포장 공사로 5일 오전 8시부터 오후 5시까지 통행이 제한되오니 우회해 주시기 바랍니다. ⇒ ROAD WORK NOTICE: Because of repaving, the road will be closed on the 5th from 8 a.m. to 5 p.m. Please use a detour.',
    // Session 10: a second Korean sentence or chat line rendered by an English clause the lexicon cannot read.
    '날이 풀리니 베란다 화분에 고추랑 깻잎을 심었다. 수확이 벌써 기대된다. ⇒ Now that it\'s warmer, I\'ve planted chili peppers and perilla in pots on the balcony, and I\'m already looking forward to picking them.',
    '그 책 읽었어? 반전 진짜 대박이더라 ㄷㄷ 스포는 안 할게 ⇒ Have you read that book? The twist blew my mind. Won\'t spoil it for you though.',
    // 정상에 올랐다 in sports news is "took the series", "won the title".
    'KT는 3일 수원에서 열린 한국시리즈 7차전에서 LG를 4-1로 꺾었다. 이로써 KT는 시리즈 전적 4승 3패를 기록하며 정상에 올랐다. ⇒ KT beat LG 4-1 in Game 7 in Suwon. The Wiz took the best-of-seven series four games to three.',
  ],
  invalid: [
    // Session 15: a noun of trouble given as a cause by a bare (으)로, gone from an English that gives no cause.
    { ko: '이 드라마는 시청률 부진으로 8회 만에 조기 종영한다.', en: 'The drama will end early, at just eight episodes.', errors: [{ messageId: 'dropped' }] },
    // Session 13: a condition inside a quotation starts at the quotation; the speaker before it renders no part of it.
    { ko: '김 장관은 간담회에서 "규제를 먼저 풀지 않으면 투자도 늘어날 수 없다"고 말했다.', en: 'At a meeting, Minister Kim said, "Investment cannot grow."', errors: [{ messageId: 'dropped' }] },
    { ko: '날씨가 많이 추워지면 외투를 꼭 챙기고 실내에서 운동하세요.', en: 'Take a coat and exercise indoors.', errors: [{ messageId: 'dropped' }] },
    { ko: '냄비 뚜껑을 닫지 말고 15분간 졸여 주세요.', en: 'Reduce it for 15 minutes.', errors: [{ messageId: 'joined' }] },
    { ko: '사장님도 친절하고 음식도 맛있어요. 재방문 의사 있습니다.', en: 'The owner is lovely and the food is delicious.', errors: [{ messageId: 'dropped' }] },
    { ko: '근무 조건: 주 5일 근무, 경조사비 지원', en: 'Conditions: a five-day week and allowances for weddings and funerals. The office also has a rooftop garden and a gym.', errors: [{ messageId: 'added' }] },
    { ko: '그녀는 세 번 만에 시험에 합격했다.', en: 'She finally passed the exam.', errors: [{ messageId: 'dropped' }] },
    // Session 13: a condition no word of the English subject renders; a remark with no source after a free rendering.
    { ko: '밤늦게 라면을 먹으면 얼굴이 붓기 쉽다.', en: 'Your face tends to get puffy.', errors: [{ messageId: 'dropped' }] },
    { ko: '짐을 다 빼고 나니 집이 넓어 보였다.', en: 'Once everything was moved out, the house looked larger, and we all felt much better.', errors: [{ messageId: 'added' }] },
    // Session 13: an added clause in an English less than z = 2.5 longer than predicted is a warning; from there, an error.
    { ko: '도서관은 다음 달부터 토요일에도 문을 연다.', en: 'The library will open on Saturdays from next month, and parking will be free.', errors: [{ messageId: 'added', severity: 'warning' }] },
    { ko: '구청은 이번 주말 벼룩시장을 연다.', en: 'The district office will hold a flea market this weekend, with food trucks on site.', errors: [{ messageId: 'added', severity: 'error' }] },
    // Session 12: a time clause ending in 직후 (right after) is a clause of its own.
    { ko: '새 정부 출범이 발표된 직후 환율은 크게 떨어졌다.', en: 'The exchange rate fell sharply.', errors: [{ messageId: 'dropped' }] },
    // Session 8, last round: the imperative tolerance needs the English purpose ("to use"): a bare "You can …" has lost the condition.
    { ko: '앱을 업데이트하면 새 기능을 사용할 수 있어요.', en: 'You can use the new features.', errors: [{ messageId: 'dropped', data: { terms: '-면' } }] },
    // The summing-up noun aside, an item of the list the English leaves out is still a dropped clause.
    { ko: '강풍에 가로수가 쓰러지고 간판이 떨어지는 등 피해가 잇따랐다.', en: 'Strong winds toppled roadside trees.', errors: [{ messageId: 'dropped', data: { terms: '떨어' } }] },
    // Session 8: a cause by 의 여파로; two joined nouns as a bare (으)로 cause ("to and from" gives no cause); a time
    // clause (둘러본 뒤) in an unjoined shorter English; a relative week no English word of time renders.
    { ko: '내수 부진의 여파로 자영업자 폐업이 두 달 연속 늘었다.', en: 'Closures of small businesses rose for the second straight month.', errors: [{ messageId: 'dropped', data: { terms: '부진' } }] },
    { ko: '짙은 안개와 강풍으로 인천항을 오가는 여객선 운항이 전면 통제됐다.', en: 'All ferry services to and from Incheon Port were suspended.', errors: [{ messageId: 'dropped', data: { terms: '안개, 강풍' } }] },
    { ko: '총리는 피해 현장을 둘러본 뒤 이재민들과 점심을 함께했다.', en: 'The prime minister toured the disaster site.', errors: [{ messageId: 'joined' }] },
    { ko: '미안, 오늘은 못 가. 다음 주에 밥 한번 먹자', en: 'Sorry, I cannot make it today.', errors: [{ messageId: 'dropped', data: { terms: '다음 주' } }] },
    // A condition in -면 with no English condition in a far shorter English; a span up to the month's end rendered by no
    // word of an end; a named cause in a far shorter English; a relative week before a weekday the English gives neither of.
    { ko: '눈이 많이 내리면 등산로 일부 구간이 폐쇄될 수 있습니다.', en: 'Parts of the hiking trail may be closed.', errors: [{ messageId: 'dropped', data: { terms: '-면' } }] },
    { ko: '회원 할인은 이달 말까지 적용됩니다.', en: 'The member discount applies now.', errors: [{ messageId: 'dropped', data: { terms: '이달 말까지' } }] },
    { ko: '강한 바람의 영향으로 동해안에 높은 파도가 치겠다.', en: 'High waves are expected.', errors: [{ messageId: 'dropped', data: { terms: '바람' } }] },
    { ko: '다음 주 화요일부터 버스 요금이 200원 오른다.', en: 'Bus fares will go up by 200 won.', errors: [{ messageId: 'dropped', data: { terms: '다음 주' } }] },
    // Reasons given by -서 dropped from a far shorter English whose "to" joins no second clause.
    { ko: '이 카페는 조용하고 와이파이도 빨라서 일하기 좋아요.', en: 'This café is a great place to work.', errors: [{ messageId: 'joined' }] },
    // Session 7: a cause clause dropped though the review is rendered (불친절 is read whole, not as 친절), a cause given
    // by a bare 로, the second alternative of -거나 in an English with no "or".
    { ko: '음식은 맛있었고 가격도 괜찮았지만, 직원이 너무 불친절해서 다시 갈지는 모르겠어요.', en: "The food was tasty and the prices were reasonable, but I'm not sure I'll go back.", errors: [{ messageId: 'dropped' }] },
    { ko: '부산 지하철 1호선이 신호 장애로 20분간 멈춰 승객들이 불편을 겪었다.', en: 'Busan Subway Line 1 stopped for 20 minutes, inconveniencing passengers.', errors: [{ messageId: 'dropped' }] },
    { ko: '회원은 운영자의 허락 없이 게시물을 복제하거나 그 내용을 수정할 수 없다.', en: 'Members may not copy posts without the operator\'s permission.', errors: [{ messageId: 'dropped' }] },
    // -는 대신: the action given up or traded is gone, with no word of exchange in the English.
    { ko: '시는 주차 요금을 올리는 대신 버스 노선을 늘리기로 했다.', en: 'The city decided to add more bus routes.', errors: [{ messageId: 'dropped' }] },
    // The middle of three properties joined by -고, -며 (one lexicon word is enough between two rendered ones).
    { ko: '케이스는 알루미늄으로 제작돼 가볍고, 충격에 강하며, 발열도 적습니다.', en: 'The case is made of aircraft-grade aluminum, which makes it lightweight and keeps heat low.', errors: [{ messageId: 'dropped' }] },
    // Session 6, round 3: a clause of cause closed by 있어, a -며 clause whose charge is gone, a second paper dropped.
    { ko: '이 텐트는 튼튼하고 방수 기능도 있어 캠핑족에게 인기다.', en: 'This tent is popular with campers because it is sturdy.', errors: [{ messageId: 'dropped' }] },
    { ko: '주문 취소는 배송 전에만 가능하며 수수료가 부과됩니다.', en: 'Orders can be canceled only before they ship.', errors: [{ messageId: 'dropped' }] },
    { ko: '방문객은 신분증과 재직증명서를 제시해야 합니다.', en: 'Visitors must present an ID.', errors: [{ messageId: 'dropped' }] },
    // Session 6, round 2: a count dropped (세 점을 내줬지만), a verb-noun predicate of a joined clause unrendered (연장한다),
    // a clause of cause (-아서) in a short English with no cause, a relative clause inside the sentence with no source.
    // Session 6, good-pairs round: a relative clause after a romanized name is no gloss of a word (Kim Ji-won for 김지원).
    // A clause after a romanized word that tells a news event (a future, a count) or an opinion is no gloss.
    { ko: '올해 김장 비용이 늘었다.', en: 'The cost of kimjang, which the government will subsidize next year, has risen this year.', errors: [{ messageId: 'added' }] },
    { ko: '떡볶이 가게가 새로 문을 열었다.', en: 'A new tteokbokki shop opened, which locals say has the best sauce in town.', errors: [{ messageId: 'added' }] },
    { ko: '배우 김지원이 새 영화 주연을 맡았다.', en: 'Actress Kim Ji-won, who won a Baeksang Award last year, has landed the lead role in a new film.', errors: [{ messageId: 'added' }] },
    { ko: '우리 팀은 초반에 세 점을 내줬지만 결국 역전승을 거뒀다.', en: 'Our team came from behind to win in the end.', errors: [{ messageId: 'dropped', data: { terms: '세 점' } }] },
    { ko: '도서관은 열람실을 새로 단장하고 운영 시간을 연장한다.', en: 'The library will renovate its reading room.', errors: [{ messageId: 'dropped', data: { terms: '연장' } }] },
    { ko: '방이 너무 좁아서 다시는 묵지 않을 거예요.', en: "I won't stay here again.", errors: [{ messageId: 'joined' }] },
    { ko: '배우 김태리가 새 영화에 출연한다.', en: "Actress Kim Tae-ri, who won a best actress award at last year's festival, will appear in a new film.", errors: [{ messageId: 'added', side: 'en' }] },
    { ko: '폭우로 하천 수위가 높아지면 주민들은 즉시 대피해야 한다.', en: 'Residents must evacuate immediately.', errors: [{ messageId: 'dropped', side: 'ko' }] },
    // Session 9: a clause inside a quotation dropped (the comma before "she said" joins nothing); a -며 clause before a
    // comma dropped; a joined clause's own content (its object and verb) gone though its place is rendered; two words
    // of a phrase gone in a far shorter English; an echo of a rendered word in an end remark; "and" + a verb, and a
    // participle aside, in a far longer English; a figure of a tail; a relation tail in an English only somewhat longer.
    { ko: '그녀는 "결과는 아쉽지만 후회는 없다"고 말했다.', en: '"I have no regrets," she said.', errors: [{ messageId: 'joined' }] },
    { ko: '신청은 온라인으로만 가능하며, 선착순으로 마감된다.', en: 'Applications are accepted online only.', errors: [{ messageId: 'joined' }] },
    { ko: '외출하기 전에 창문을 모두 닫고 가스 밸브가 잠겼는지 확인하세요.', en: 'Before you go out, close all the windows.', errors: [{ messageId: 'fewer', data: { korean: 2, english: 1 } }] },
    { ko: '회사는 이사회에서 배당 확대 방안을 확정하고 주주들에게 서한을 보냈다.', en: 'The company sent a letter to shareholders after a board meeting.', errors: [{ messageId: 'dropped', data: { terms: '배당, 방안' } }] },
    { ko: '오늘 이 자리에 계신 자원봉사자 여러분, 그리고 묵묵히 현장을 지켜 주신 소방관 여러분께 깊은 감사를 드립니다.', en: 'I would like to express my deep gratitude to the volunteers who are here with us today.', errors: [{ messageId: 'dropped' }] },
    { ko: '한 50대 남성이 등산 중 실족해 숨졌다.', en: 'A man in his 50s died after slipping and falling while hiking, the third such death on the mountain this month.', errors: [{ messageId: 'added', side: 'en' }] },
    { ko: '소방당국은 화재 원인을 조사하고 있다.', en: 'Fire authorities are investigating the cause of the blaze and believe faulty wiring started it.', errors: [{ messageId: 'added', side: 'en' }] },
    { ko: '이 성당은 고딕 양식의 첨탑으로 유명하다.', en: 'The cathedral, built by French missionaries in the 1890s, is famous for its Gothic spires.', errors: [{ messageId: 'added', side: 'en' }] },
    { ko: '신작 소설은 출간 일주일 만에 베스트셀러 1위에 올랐다.', en: 'The new novel topped the bestseller list a week after its release, selling more than 100,000 copies.', errors: [{ messageId: 'added', side: 'en' }] },
    { ko: '이 상은 저 혼자의 것이 아니라 우리 팀 모두의 것입니다.', en: 'This award belongs not to me alone but to our entire team, and to my late father.', errors: [{ messageId: 'added', side: 'en' }] },
    { ko: '앱을 설치한 뒤 휴대전화 번호 인증을 완료해야 쿠폰이 발급됩니다.', en: 'Coupons are issued after you install the app.', errors: [{ messageId: 'dropped' }] },
    { ko: '이 앱은 이용자가 약관을 어기거나 타인의 권리를 침해하면 계정을 정지한다.', en: 'The app suspends the accounts of users who break its terms.', errors: [{ messageId: 'dropped', data: { terms: '타인, 권리, 침해' } }] },
    { ko: '그 감독은 성적 부진을 이유로 사령탑에서 물러났다.', en: 'The coach stepped down from his post.', errors: [{ messageId: 'dropped', side: 'ko' }] },
    { ko: '운전자는 구조됐으나 동승자는 끝내 숨졌다.', en: 'The driver was rescued.', errors: [{ messageId: 'dropped', data: { terms: '숨졌' } }] },
    { ko: '외교부는 북한의 미사일 발사를 규탄하는 성명을 냈다.', en: 'The Foreign Ministry issued a statement condemning North Korea\'s missile launch and vowing firm countermeasures against any further provocation.', errors: [{ messageId: 'added', side: 'en' }] },
    { ko: '이 청소기는 가볍고 소음이 적다.', en: 'This vacuum cleaner is light, makes little noise and comes with a three-year warranty.', errors: [{ messageId: 'added', side: 'en' }] },
    // A condition with no English condition; the second of two verbs joined by -고 in a longer English; a cause
    // given with 인해 in an English that gives none.
    { ko: '눈이 그치면 도로가 얼어붙겠으니 운전에 주의하시기 바랍니다.', en: 'Roads will freeze, so please drive carefully.', errors: [{ messageId: 'dropped', data: { terms: '그치' } }] },
    { ko: '시는 노후 상수관을 교체하고 수질 검사 결과를 시민에게 공개하기로 했다.', en: 'The city decided to replace aging water pipes in older neighborhoods.', errors: [{ messageId: 'dropped', side: 'ko' }] },
    { ko: '폭설로 인해 김포공항의 항공편이 무더기로 결항됐다고 공항공사가 밝혔다.', en: 'Dozens of flights at Gimpo Airport were canceled on Sunday morning, the airport operator said in a statement.', errors: [{ messageId: 'dropped', data: { terms: '폭설' } }] },
    { ko: '강풍으로 여객선 운항이 중단됐으며, 동해 전역에 풍랑경보가 내려졌다.', en: 'Ferry services were suspended due to strong winds.', errors: [{ messageId: 'dropped' }] },
    // A cause (안개 때문에) in an English shorter than predicted; a fact weighed (합의한 점); a time span (다음 주부터); a
    // time clause (회의가 끝난 뒤); the second action after 찾아.
    { ko: '항공편이 안개 때문에 지연됐다.', en: 'The flights were delayed.', errors: [{ messageId: 'dropped', data: { terms: '안개' } }] },
    { ko: '법원은 피해자와 합의한 점을 고려해 벌금형을 선고했다.', en: 'The court imposed a fine.', errors: [{ messageId: 'dropped', data: { terms: '합의' } }] },
    { ko: '도서관은 다음 주부터 주말에도 문을 연다.', en: 'The library will also open on weekends.', errors: [{ messageId: 'dropped', data: { terms: '다음 주부터' } }] },
    { ko: '장관은 현장을 찾아 피해 상황을 점검했다.', en: 'The minister visited the site.', errors: [{ messageId: 'dropped', side: 'ko' }] },
    // An English tail "and <verb>ed …" or ", and …" with no Korean source.
    { ko: '주민들은 공사 소음에 항의했다.', en: 'Residents protested construction noise and blocked the entrance to the site.', errors: [{ messageId: 'added', side: 'en' }] },
    { ko: '이 공원은 주말에 붐빈다.', en: 'This park gets crowded on weekends, and parking is hard to find.', errors: [{ messageId: 'added', side: 'en' }] },
    // Session 10: a dropped clause anchored on one side only is a warning. Its own figure is in the English (4.2%):
    // the clause is there in other words.
    { ko: '정부는 내년 예산안을 확정했고 국방 예산은 전년 대비 4.2% 증가했다.', en: "The government finalized next year's budget, with military spending up 4.2%.", errors: [{ messageId: 'dropped', side: 'ko', range: [16, 40], severity: 'warning' }] },
    // The English is not short and far longer than the rest of the Korean predicts: room for the clause, in words the
    // lexicon does not know ("a veto … sank the resolution").
    { ko: '유엔 총회는 특별회의를 열었지만 상임이사국의 거부권 행사로 결의안 채택에는 실패했다.', en: 'The UN General Assembly met in special session, but a veto from a permanent member sank the resolution.', errors: [{ messageId: 'dropped', side: 'ko', severity: 'warning' }] },
    // Both sides anchor a drop: known words unrendered, no figure kept, an English with no room for them.
    { ko: '연구팀은 국제 학술지에 논문을 발표하고 후속 연구 계획도 공개했다.', en: 'The team published a paper in an international journal.', errors: [{ messageId: 'dropped', side: 'ko', severity: 'error' }, { messageId: 'dropped', side: 'ko', severity: 'error' }] },
    // A tail with no source after a Korean clause the English before it does not render is that clause's rendering at
    // most (a warning), unless the English is far longer than any one clause accounts for (z ≥ 3.5): still an error.
    { ko: '맛은 괜찮은데 양이 너무 적어요.', en: 'The taste is fine, but the portions are way too small, and I left hungry after paying that much.', errors: [{ messageId: 'added', side: 'en', severity: 'error' }] },
    // A Korean sentence break counts as a join, as the English one does: two joins against one.
    { ko: '회원가입이 완료되었습니다. 인증 메일은 입력하신 주소로 발송되며, 설정 메뉴에서도 다시 받으실 수 있습니다.', en: 'Sign-up complete. A verification email has been sent to your address.', errors: [{ messageId: 'fewer', data: { korean: 2, english: 1 } }] },
    // "Please …" with no request in the Korean is an added sentence.
    { ko: '매장은 오후 10시에 문을 닫는다.', en: 'The store closes at 10 p.m. Please arrive early to avoid the long lines at the checkout.', errors: [{ messageId: 'added', side: 'en' }] },
  ],
};

/** Further dropped-list-item rows: two nouns joined by 와/과 (spread into the dropped-list-item table in checks.test.ts). */
export const droppedListItemRows: CheckTable = {
  valid: [
    // Session 15: a place romanized as spoken (청라 "Cheongna").
    '인천시는 영종도와 청라를 잇는 다리를 짓는다. ⇒ Incheon is building a bridge linking Yeongjong Island to Cheongna.',
    '구청은 다음 달부터 해운대와 광안리 해변에서 야간 드론쇼를 연다. ⇒ The district office will hold night drone shows on Haeundae and Gwangalli beaches from next month.',
    // Session 10: a 및 list of three rendered in full beside another alternative (또는) the English joins too.
    '미성년자, 고령자 및 장애가 있는 신청인은 반드시 변호사 또는 법무사와 상담하십시오. ⇒ Minors, elderly applicants and applicants with disabilities must consult a lawyer or legal scrivener.',
    // Session 9: a 및 list whose items the English joins as many times (a comma, "or", "including"); items kept in
    // romanization.
    '메뉴: 떡볶이, 순대, 튀김, 어묵 ⇒ Menu: tteokbokki, sundae, twigim, eomuk',
    '임신부, 수유부 및 어린이는 이 제품을 사용하지 마십시오. ⇒ Do not use this product if you are pregnant, breastfeeding or a child.',
    '서울, 인천 및 경기 지역에 미세먼지 주의보가 발령됐다. ⇒ A fine dust advisory was issued for the Seoul metropolitan area, including Incheon and Gyeonggi Province.',
    '도서관은 매주 화요일과 설날, 추석 당일에 문을 닫습니다. ⇒ The library is closed on Tuesdays, Lunar New Year and Chuseok.',
    // Session 8: a place kept in a longer English; 및 rendered by "and"; a list whose items the English all gives in another order.
    '회사는 내년 상반기 중 베트남과 인도에 생산 법인을 세운다. ⇒ The company will set up production units in Vietnam and India in the first half of next year.',
    '신청 자격은 관계 법령 및 시행 규칙에 따른다. ⇒ Eligibility is determined by the relevant laws and enforcement rules.',
    '행사에는 여야 원내대표와 국회의장, 국무총리가 함께했다. ⇒ The event was attended by the prime minister, the National Assembly speaker and the floor leaders of both parties.',
    '이름과 주소, 전화번호를 적어 주세요. ⇒ Please write down your name, address and phone number.',
    '학교명과 학년, 담임 선생님을 적어 주세요. ⇒ Please write down your school, grade and homeroom teacher.',
    '日 이시바, 트럼프와 첫 정상회담 ⇒ Japan\'s Ishiba holds first summit with Trump',
    '경찰은 현장에서 수거한 흉기와 휴대전화를 감식하고 있다. ⇒ Police are examining the weapon and the mobile phone recovered at the scene.',
    // 와 of company ("with"), not of a list.
    '정부와 협의해 결정하겠다. ⇒ We will decide after consulting the government.',
    // Session 7: the English joins other things too, and the pair beside each other ("a number and a special character").
    '아이디는 6자 이상이어야 하며 숫자와 특수문자를 포함해야 합니다. ⇒ Your ID must be at least six characters long and include a number and a special character.',
    '아이디는 6자 이상이어야 하며 숫자와 특수문자를 포함해야 합니다. ⇒ Your ID must be six characters or longer and contain special characters and numbers.',
    '지원 대상은 만 70세 이상 어르신과 기초생활수급자이며, 주민센터에서 신청할 수 있다. ⇒ Seniors aged 70 and over and basic livelihood recipients are eligible and can apply at a community center.',
  ],
  invalid: [
    // Session 13: a name the lexicon does not know, joined to one the English renders, in an English that joins nothing.
    { ko: '구청은 다음 달부터 해운대와 광안리 해변에서 야간 드론쇼를 연다.', en: 'The district office will hold night drone shows at Haeundae Beach from next month.', errors: [{ messageId: 'item' }] },
    // Session 9: a 및 list of three (the last of three words) rendered with one join, in a somewhat longer English too.
    { ko: '임부, 수유부 및 간 질환 환자는 복용 전 의사와 상담하십시오.', en: 'Pregnant and breastfeeding women should consult a doctor before taking this medicine.', errors: [{ messageId: 'dropped', data: { korean: 3, english: 2 } }] },
    { ko: '서울, 부산 및 대구에서 동시에 행사가 열린다.', en: 'The event will be held simultaneously in Seoul and Busan.', errors: [{ messageId: 'dropped', data: { korean: 3, english: 2 } }] },
    // 요일과 joins a list (화요일과 설날, 추석), unlike the noun 일과.
    { ko: '도서관은 매주 화요일과 설날, 추석 당일에 문을 닫습니다.', en: 'The library is closed on Tuesdays and on Lunar New Year.', errors: [{ messageId: 'dropped', data: { korean: 3, english: 2 } }] },
    // Session 8: a place dropped from a longer English; the second noun after 및 in an English that joins nothing; an item
    // of a list whose other items are known by a word inside them (국회의장: 국회) or by a free rendering (원내대표: floor leaders).
    { ko: '회사는 내년 상반기 중 베트남과 인도에 생산 법인을 세운다.', en: 'The company will set up a production unit in Vietnam in the first half of next year.', errors: [{ messageId: 'item', data: { item: '인도' } }] },
    { ko: '신청 자격은 관계 법령 및 시행 규칙에 따른다.', en: 'Eligibility is determined by the relevant laws.', errors: [{ messageId: 'item', data: { item: '시행 규칙' } }] },
    { ko: '행사에는 여야 원내대표와 국회의장, 국무총리가 함께했다.', en: 'The floor leaders of the ruling and opposition parties and the National Assembly speaker attended the event.', errors: [{ messageId: 'item', data: { item: '국무총리' } }] },
    { ko: '이름과 주소, 전화번호를 적어 주세요.', en: 'Please write your name and address.', errors: [{ messageId: 'dropped', data: { korean: 3, english: 2 } }] },
    { ko: '학교명과 학년, 담임 선생님을 적어 주세요.', en: 'Please write down your school and grade.', errors: [{ messageId: 'dropped', data: { korean: 3, english: 2 } }] },
    { ko: '경찰은 현장에서 수거한 흉기와 휴대전화를 감식하고 있다.', en: 'Police are examining the weapon recovered at the scene.', errors: [{ messageId: 'item', data: { item: '휴대전화' }, side: 'ko' }] },
    { ko: '시민단체는 요금 인하와 노선 확대를 요구했다.', en: 'Civic groups demanded lower fares.', errors: [{ messageId: 'item', data: { item: '노선 확대' } }] },
    // Session 7: an "and" elsewhere (joining two predicates) does not render the second noun.
    { ko: '아이디는 6자 이상이어야 하며 숫자와 특수문자를 포함해야 합니다.', en: 'Your ID must be at least six characters long and include a number.', errors: [{ messageId: 'item', data: { item: '특수문자' } }] },
    // A second noun before the copula (기초생활수급자이며); "65 and over" is no join of the pair.
    { ko: '지원 대상은 만 70세 이상 어르신과 기초생활수급자이며, 주민센터에서 신청할 수 있다.', en: 'Seniors aged 70 and over are eligible and can apply at a community center.', errors: [{ messageId: 'item', data: { item: '기초생활수급자' } }] },
    // Session 10: the English "or" that renders another Korean alternative (변호사 또는 법무사) does not join the 및 list.
    { ko: '미성년자, 고령자 및 장애가 있는 신청인은 반드시 변호사 또는 법무사와 상담하십시오.', en: 'Minors or elderly applicants must consult a lawyer or legal scrivener.', errors: [{ messageId: 'dropped', data: { korean: 3, english: 2 } }] },
  ],
};

/** repeated-sentence rows: a clause or sentence said again in other words (run by test/checks.test.ts). */
export const repeatedSentenceRows: CheckTable = {
  valid: [
    // Session 15: a phrase of figures, units or names said twice, or one the Korean repeats too.
    '입장료는 어른 1만 5천 원, 어린이 8천 원이다. ⇒ Admission is 15,000 won for adults and 8,000 won for children.',
    'LG는 한국시리즈 5차전에서 승리하며 정규시즌과 한국시리즈 통합 우승을 차지했다. ⇒ LG won Game 5 to take both the regular season and the Korean Series title.',
    // Session 13: the same words with other figures; a figure the Korean also writes twice (4·19 … 19일).
    '사용 가능 온도: 5~35℃, 보관 온도: -10~50℃ ⇒ Operating temperature: 5°C to 35°C; storage temperature: -10°C to 50°C',
    '4·19 혁명 기념식이 19일 오전 국립4·19민주묘지에서 열린다. ⇒ A ceremony marking the April 19 Revolution will be held on the morning of the 19th at the April 19th National Cemetery.',
    // Session 12: a closing attribution names the speaker the sentence began with.
    '소방청은 올겨울 주택 화재 예방을 위해 다음 달부터 합동 점검에 나선다고 밝혔다. ⇒ Fire officials will begin joint inspections next month to prevent house fires this winter, the National Fire Agency said.',
    // Session 12: a chat's emoticon ends a sentence; the English's second sentence renders the Korean's.
    "오늘 공연 대박이었다ㅋㅋ 다음에 또 가야지 ⇒ Tonight's show was amazing lol. I'm definitely going again next time.",
    // Session 6, round 2: words of a compound, "again and again", a Korean that says the phrase twice itself.
    '/ 다음의 매개 변수는 위치-키워드나 키워드 전용일 수 있습니다. ⇒ Parameters following the / may be positional-or-keyword or keyword-only.',
    'FAQ는 반복적으로 나오는 질문에 답한다. ⇒ The FAQ answers the questions that come up again and again, and saves time.',
    '"뉴욕, 뉴욕"이 흘러나왔다. ⇒ "New York, New York" was playing.',
    '이번 주말, 이번 주말만 특가 판매합니다. ⇒ This weekend, this weekend only: special prices.',
    // Session 6, round 3: a second sentence that says one Korean word again and adds new detail.
    '그 영화는 지루했다. ⇒ The movie was boring. Two hours of slow scenes and a weak ending.',
    // A name glossed by a noun phrase renders one Korean word twice but repeats no word of it.
    '청와대 인근에서 시위가 벌어졌다. ⇒ A protest took place near Cheong Wa Dae, the former presidential office.',
    '한은은 기준금리를 동결했다. ⇒ The Bank of Korea, the country\'s central bank, kept its benchmark interest rate unchanged.',
    // An attribution names the speaker again; a second sentence that adds background shares a name only.
    '병원 관계자는 "지난해 적자가 480억 원에 달해 노조 요구를 모두 수용하기는 어렵다"고 밝혔다. ⇒ A hospital official said it could not accept all of the union\'s demands. "We posted a deficit of 48 billion won last year," the official said.',
    '삼성전자 주가가 3% 올랐다. 삼성전자는 세계 최대 메모리 반도체 업체다. ⇒ Samsung Electronics shares rose 3 percent. Samsung Electronics is the world\'s largest memory chipmaker.',
    // Session 7: a later part with a figure of its own, or rendering a Korean word the first part leaves out, is no restatement.
    '지난해 합계출산율이 0.72명으로 8년 만에 반등했다. ⇒ The total fertility rate rose to 0.72 last year, its first increase in eight years.',
    '기상청은 "외출을 자제하고 물을 자주 마셔야 한다"고 당부했다. ⇒ The weather agency urged people to avoid going out. It also advised drinking water often.',
    // A word doubled for emphasis, or as the Korean doubles it; a next sentence that adds a figure.
    '빨리빨리 해! ⇒ Hurry, hurry!',
    '그는 아주 오래 기다렸다. ⇒ He waited a long, long time.',
    '오늘 날씨가 덥다. 물을 많이 마셔라. ⇒ It\'s hot today. Temperatures will reach 33 degrees today. Drink plenty of water.',
    '동네 커피값이 4천 원이 됐다… 작년엔 3천 원이었는데 ⇒ Coffee in my neighborhood now costs 4,000 won a cup... it was 3,000 won a cup last year.',
    '즉, 운동하는 사람이 잠을 더 잘 잔다는 뜻이다. ⇒ In other words, people who exercise sleep better.',
    // Session 8: a participial clause with news of its own; two records of two things, or of two Korean sentences.
    '수출이 9% 늘어 2010년 이후 최대 증가율을 기록했다. ⇒ Exports rose 9 percent, marking the fastest growth since 2010.',
    '서울 아파트값이 역대 최고치를 기록한 반면 지방은 사상 최저로 떨어졌다. ⇒ Seoul apartment prices hit a record high, while prices outside the capital fell to an all-time low.',
    '기온이 역대 최고를 기록했다. 전력 수요도 사상 최대였다. ⇒ Temperatures hit a record high. Power demand was also the highest ever.',
    '정부는 주택 공급을 늘리고 집값 안정에 나서기로 했다. ⇒ The government decided to increase the housing supply, moving to stabilize home prices.',
    '그는 "팬들과 함께 성장하겠다"고 말했다. ⇒ "I will grow together with the fans," he said.',
    '그 가수는 팬들에게 감사 인사를 전했다. ⇒ The singer thanked her fans, dedicating the award to them.',
  ],
  invalid: [
    // Session 15: three words said twice apart in an English whose Korean repeats no word.
    { ko: '청소기를 사용한 뒤에는 먼지통을 비우고 필터를 털어 주세요.', en: 'After using the vacuum, empty the dust bin and shake out the filter, then empty the dust bin again.', errors: [{ messageId: 'clause' }] },
    { ko: '보관 온도: -10~50℃', en: 'Storage temperature: -10°C to 50°C, storage temperature: -10°C to 50°C', errors: [{ messageId: 'clause' }] },
    // Session 6, round 3: a sentence or phrase said again in synonyms that render the same Korean words.
    { ko: '어제 본 영화는 너무 지루했다.', en: 'The film I saw yesterday was so boring. It was a tedious movie.', errors: [{ messageId: 'clause' }] },
    { ko: '시장은 사고에 대해 시민들에게 사과했다.', en: 'The mayor apologized to citizens for the accident, apologizing to the public.', errors: [{ messageId: 'clause' }] },
    // Session 6, round 2: a phrase doubled, a one-clause Korean said twice, a restatement opened by "saying".
    { ko: '이번 주말은 전국이 맑겠다.', en: 'This weekend, this weekend will be clear across the country.', errors: [{ messageId: 'clause', data: { text: 'this weekend' } }] },
    { ko: '예약이 취소되었습니다.', en: 'Your booking has been canceled. Your reservation was canceled.', errors: [{ messageId: 'clause' }] },
    { ko: '회사는 새 공장을 짓겠다고 밝혔다.', en: 'The company said it would build a new factory, saying it planned to construct a new factory building.', errors: [{ messageId: 'clause' }] },
    { ko: '이 식당은 음식이 맛있다.', en: 'The food at this restaurant is delicious. The dishes here are delicious.', errors: [{ messageId: 'clause', side: 'en' }] },
    { ko: '시는 다리 보수 공사를 다음 달까지 마친다.', en: 'The city will finish repair work on the bridge next month, completing the bridge repairs next month.', errors: [{ messageId: 'clause' }] },
    { ko: '삼성전자는 3분기 영업이익이 10조 원을 기록했다고 밝혔다.', en: 'Samsung Electronics said its third-quarter operating profit reached 10 trillion won, with operating profit hitting 10 trillion won in the quarter.', errors: [{ messageId: 'clause' }] },
    // Session 7: a part that restates in full what the part before said (restating phrases, figures written two ways,
    // two English words for one Korean word), after a full-length rendering.
    { ko: '경찰은 블랙박스 영상을 분석하고 있다.', en: 'Police are analyzing the dashcam footage. Officers are reviewing the dashcam video.', errors: [{ messageId: 'near' }] },
    { ko: '주가가 5일 연속 올랐다.', en: 'Shares rose for the fifth consecutive day, climbing for five days in a row.', errors: [{ messageId: 'clause' }] },
    { ko: '고객센터에서 48시간 이내에 답변드리겠습니다.', en: 'Customer service will reply within 48 hours and will get back to you within two days.', errors: [{ messageId: 'clause' }] },
    { ko: '시민들은 법안에 강하게 반대한다.', en: 'Citizens strongly oppose the bill and are firmly against the bill.', errors: [{ messageId: 'clause' }] },
    { ko: '시장은 자원봉사자들의 헌신을 높이 평가했다.', en: "The mayor praised the volunteers' dedication, highly rating the volunteers' commitment.", errors: [{ messageId: 'clause' }] },
    // A sentence whose content the one before says, in an English with more sentences than the Korean; a word stuttered.
    { ko: '오늘 정말 힘들다. 빨리 쉬고 싶어.', en: "I'm so tired today. I'm really worn out today. I want to rest soon.", errors: [{ messageId: 'near' }] },
    { ko: '회사는 새 제품을 곧 출시할 예정이다.', en: 'The company plans to launch the new product shortly, shortly.', errors: [{ messageId: 'clause', data: { text: 'shortly' } }] },
    { ko: '선수들은 마지막까지 포기하지 않았다.', en: 'The players never gave up until the end, right until the very end.', errors: [{ messageId: 'clause' }] },
    { ko: '나 오늘 일찍 퇴근해.', en: "I'm leaving work early today. I'm getting off work early today.", errors: [{ messageId: 'near' }] },
    { ko: '연구 결과는 운동이 수면의 질과 관련이 있음을 보여준다.', en: 'The results show that exercise is linked to sleep quality. In other words, people who exercise tend to sleep better.', errors: [{ messageId: 'clause' }] },
    // Session 8: a record stated twice; a participial clause restating in synonyms (weighing / taking into account,
    // together / hand in hand), after a quote's closing mark too.
    { ko: '수출액은 지난달 역대 최대를 기록했다.', en: 'Exports hit a record high last month, the highest ever recorded.', errors: [{ messageId: 'clause' }] },
    { ko: '법원은 피고인이 깊이 반성하는 점을 고려했다.', en: 'The court took into account that the defendant deeply regretted the crime, considering his remorse.', errors: [{ messageId: 'clause' }] },
    { ko: '두 회사는 협력해 신약을 개발하기로 했다.', en: 'The two companies agreed to develop a new drug together, working hand in hand to develop it jointly.', errors: [{ messageId: 'clause' }] },
    { ko: '그 가수는 팬들에게 감사 인사를 전했다.', en: 'The singer thanked her fans, expressing her gratitude to the fans.', errors: [{ messageId: 'clause' }] },
    { ko: '위원회는 "주민 의견을 충분히 고려했다"고 밝혔다.', en: 'The committee said it had "taken residents\' views fully into account," noting that it had weighed their views.', errors: [{ messageId: 'clause' }] },
  ],
};
