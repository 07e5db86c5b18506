// Rules that judge one line by its shape and vocabulary of page furniture common to Korean sites
// (buttons, counters, bylines, timestamps, copyright notices). Each returns its rule id or null.
import { endsWithTerminal, hangulCount, isMarketStatus, isNumericCell, isProse, isTickerLine, LONG_LINE, stripBullet } from './shapes.js';

export interface LineVerdict {
  rule: string;
  /** For timestamp and byline lines: the date text found and whether a publish label (입력, 등록…) named it. */
  date?: { text: string; publish: boolean };
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const DATE_PATTERNS = [
  /\d{4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*일?\.?(?:\s*[(（]?[월화수목금토일](?:요일)?[)）]?)?/g,
  /\b\d{2}\.\d{2}\.\d{2}\b/g,
  /(?:오전|오후|AM|PM|am|pm)?\s*\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:AM|PM|am|pm))?/g,
  /\d{1,2}\s*시\s*\d{1,2}\s*분(?:\s*\d{1,2}\s*초)?/g,
  /\b\d{1,2}[./]\d{1,2}\b/g,
  /(?:KST|UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?/g,
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}/gi,
  /\d{1,2}\s*(?:분|시간|일)\s*전/g,
];
const PUBLISH_LABEL = /(?:기사\s*)?(?:입력|등록|게재|발행|송고|작성|승인|Posted|Published|posted|published)(?:일|일시|시간)?/;
const TIME_LABEL =
  /(?:기사\s*)?(?:최종\s*)?(?:입력|수정|등록|게재|발행|송고|업데이트|작성|승인|변경|편집|전송|Updated?|Posted|Published|Modified|updated?|posted|published|modified)(?:일|일시|시간)?(?!자)/g;
const ROLE =
  '(?:기자|특파원|선임기자|전문기자|객원기자|인턴기자|수습기자|대기자|논설위원|객원논설위원|논설실장|편집위원|앵커|리포터|에디터|통신원|PD|인턴|칼럼니스트|교수|연구위원|선임연구위원|변호사)';
const ENDS_WITH_ROLE = new RegExp(`${ROLE}[\\s|·,/()\\[\\]]*$`);
/** Something a byline or timestamp line must hold: a date or time, an address, a dateline, a role. */
const RESIDUE_HINT = new RegExp(`\\d\\s*[.\\-/:년월]\\s*\\d|\\d\\s*시|@|=|${ROLE}|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d`, 'i');
const BYLINE = new RegExp(`(?:[가-힣A-Za-z]{1,10}\\s?=\\s?)?[가-힣]{2,4}(?:\\s?[·,]\\s?[가-힣]{2,4})*\\s?${ROLE}(?![가-힣])`, 'g');
const DATELINE_BRACKET = /[\[(【〔［]\s*[^\])】〕］]{0,20}(?:=|기자|특파원)[^\])】〕］]{0,30}[\])】〕］]/g;
const BYLINE_EXTRAS =
  /(?:기자명|필자|작성자\s*[:：]?\s*[^\s|]{1,10}|\b(?:on|at)\b|기자\s?(?:페이지|정보|구독|홈|채널|프로필)(?:\s?하기)?|지면|\d{1,2}\s?면|(?:댓글|조회수?|공감|추천|좋아요)\s?\d[\d,]*|글\s*[·ㆍ]\s*사진|사진\s*[·ㆍ]\s*글|글|사진|영상|그래픽|편집|정리|취재|By|by|기자의\s*다른\s*기사\s*(?:보기|더보기)?|다른\s*기사\s*(?:보기|더보기)?|기사\s*더보기|구독\s*하기|구독|팔로우|\+)/g;
const SEPARATORS = /[\s|·ㆍ:：=/,()\[\]【】〔〕［］<>「」「」'"“”‘’•\-–—_]+/g;

/** Bylines, e-mail addresses and timestamps, alone or together on one line ("홍길동 기자 | 입력 2025.02.04"). */
function byResidue(line: string): LineVerdict | null {
  if (line.length > 160) return null;
  let rest = line;
  const emails = rest.match(EMAIL);
  rest = rest.replace(EMAIL, ' ');
  let dateText = '';
  for (const pattern of DATE_PATTERNS) {
    rest = rest.replace(pattern, (match) => {
      if (!dateText && /\d{4}|\d{2}\.\d{2}\.\d{2}/.test(match)) dateText = match;
      else if (dateText && /:|시/.test(match) && !dateText.includes(':')) dateText += ` ${match}`;
      return ' ';
    });
  }
  const hasDate = rest !== line.replace(EMAIL, ' ') && /\d/.test(line);
  const publish = PUBLISH_LABEL.test(line);
  const labelled = TIME_LABEL.test(rest);
  TIME_LABEL.lastIndex = 0;
  rest = rest.replace(TIME_LABEL, ' ');
  const bylines = rest.match(BYLINE) ?? rest.match(DATELINE_BRACKET);
  const endsWithRole = ENDS_WITH_ROLE.test(rest.replace(BYLINE_EXTRAS, ' '));
  rest = rest.replace(DATELINE_BRACKET, ' ').replace(BYLINE, ' ');
  const words = rest.replace(BYLINE_EXTRAS, ' ').split(SEPARATORS).filter(Boolean);
  // Up to two short words may stand before a byline: the outlet or affiliation ("뉴스1 김민수 기자",
  // "홍길동 서울대 경제학과 교수"). Counterexample: "경제학과 교수 채용 공고" does not end with the role.
  const affiliation =
    bylines && endsWithRole && words.length <= 2 && words.join('').length <= 12 && words.every((word) => /^[가-힣A-Za-z\d]+$/.test(word));
  // A name glued to the date ("김지원2025. 1. 6. 09:12"): a portal's byline line.
  const nameAndDate = Boolean(dateText) && words.length === 1 && /^[가-힣]{2,4}$/.test(words[0]!);
  if (nameAndDate) return { rule: 'byline', date: { text: dateText, publish } };
  if (words.length > 0 && !affiliation) return null;
  const date = dateText ? { text: dateText, publish } : undefined;
  if (bylines) return date ? { rule: 'byline', date } : { rule: 'byline' };
  if (hasDate && (labelled || !emails)) return date ? { rule: 'timestamp', date } : { rule: 'timestamp' };
  if (emails) return { rule: 'email' };
  return null;
}

const FONT_WORDS = new Set([
  '가장작게', '작게', '보통', '기본', '크게', '가장크게', '글자크기', '글씨크기', '글자', '글씨', '크기', '폰트', '확대', '축소',
  '가', '가+', '가-', '+', '-', '본문', '설정', '글자크기설정', '글자크기조절', '크기조절', '작은글씨', '큰글씨', '폰트크기',
]);
const FONT_PHRASE = /^(?:본문\s?)?(?:글자|글씨|폰트|텍스트)\s?(?:크기)?\s?(?:조정|조절|설정|변경|선택|키우기|줄이기|크게|작게|확대|축소)?(?:하기)?(?:\s?[/|·]\s?(?:키우기|줄이기|크게|작게|확대|축소))?$/;
const SHARE_WORDS = new Set([
  '공유', '공유하기', '기사공유', '페이스북', 'facebook', '트위터', 'twitter', 'x', '카카오톡', '카카오스토리', '카카오', '카톡', '네이버',
  '네이버블로그', '블로그', '밴드', '네이버밴드', '라인', '링크', '링크복사', 'url', 'url복사', '주소복사', '복사', '복사하기', '스크랩',
  '스크랩하기', '인쇄', '인쇄하기', '프린트', 'print', '메일', '이메일', '메일보내기', '이메일보내기', '기사저장', '저장', '북마크', 'share',
  '기사', 'tweet', 'kakao', 'naver', 'band', 'copy', 'email', 'sns', '텔레그램', '보내기', 'sns보내기', '쓰레드', '핀터레스트', '링크드인', '기사듣기', '듣기', '음성듣기',
  '음성으로듣기', '기사읽어주기', '번역', '번역하기', '구독', '구독하기', '좋아요', '추천', '추천하기', '싫어요',
]);
const UI_WORDS = new Set([
  '닫기', '목록', '목록보기', '이전기사', '다음기사', '이전', '다음', '맨위로', '위로', 'top', '로그인', '로그아웃', '회원가입', '검색', '검색하기',
  '전체메뉴', '메뉴', '홈', 'home', 'pc버전', '모바일', '모바일버전', '앱', '앱설치', '앱다운로드', '다운로드', '광고', 'ad', 'ads',
  'advertisement', 'sponsored', '더보기', '전체보기', '바로가기', '신고', '신고하기', '댓글', '댓글쓰기', '댓글보기', '기사제보', '제보', '제보하기',
  '뉴스레터', '개인정보처리방침', '개인정보취급방침', '이용약관', '청소년보호정책', '회사소개', '광고문의', '제휴문의', '고객센터',
  '사이트맵', '구독신청', '독자센터', '전체', '오디오', '재생', '정지', '일시정지', '펼치기', '접기', '새로고침', '설정', '알림', 'ai요약',
  '요약', '기사요약', '본문', '본문듣기', '기자페이지', '사진확대', '이미지확대', '크게보기', '이미지크게보기', '사진크게보기', '확대보기', '원본보기', '요약봇', '본문요약봇', 'translate', 'english', '日本語', '中文', '한국어', '날씨', 'my메뉴', '열기', '카테고리', '카테고리이동', '이동', '이웃추가', '서로이웃추가', '기타', '기능', '본문기타기능', '프로필', '글쓰기', '통계', '관리', '기사전체보기', '전체기사', '전체기사보기', '기사원문', '원문보기', '클린뷰', '기사스크랩', '기자정보', '기자구독', '다른기사보기', '기자의다른기사', '기사더보기', '답글', '답글쓰기', '댓글정렬', '내댓글', '내댓글모음', '최신순', '공감순', '추천순', '인기순', '과거순', '정렬', '오류신고', '기사제보하기', '제보하기',  '프린트하기', '기사프린트', '이메일문의', 'skip', 'menu', 'search', 'login', 'close', 'more', 'list',
]);
const ANY_WIDGET_WORD = new Set([...UI_WORDS, ...SHARE_WORDS, ...FONT_WORDS]);
const REACTION_WORDS =
  /^(?:좋아요|싫어요|추천|비추천|반대|찬성|공감|비공감|댓글|슬퍼요|화나요|놀라워요|놀랐어요|훈훈해요|응원해요|응원수?|후속\s?기사\s?원해요|추가\s?취재\s?원해요|최고예요|감동이에요|기뻐요|흥미로워요|조회|조회수|공유|스크랩|북마크|like|likes|comments?|views?)$/i;

/** The words of a short line, lower-cased, split at spaces and separators. */
function widgetTokens(line: string): string[] {
  return line
    .toLowerCase()
    .split(/[\s|·/,]+/)
    .filter(Boolean)
    .map((token) => token.replace(/[()[\]]/g, ''));
}

/** A line made only of words from a vocabulary, or whose words joined form one ("URL 복사" → "url복사"). */
function onlyWords(tokens: string[], words: Set<string>): boolean {
  if (tokens.length === 0) return false;
  return tokens.every((token) => words.has(token)) || words.has(tokens.join(''));
}

/** `좋아요0`, `화나요 3`, `댓글 12 공감 4`: reaction or comment counters. */
const REACTION_HINT = /(?:요|추천|공감|댓글|조회|공유|스크랩|북마크|반대|찬성|like|comment|view)[수]?\s?\(?\d/i;

function isReactionCounter(line: string): boolean {
  if (line.length > 60 || !/\d\)?$/.test(line) || !REACTION_HINT.test(line)) return false;
  const pairs = [...line.matchAll(/([^\d\s][^\d]{0,14}?)\s?\(?(\d[\d,]*)\)?(?=\s|$)/g)];
  if (pairs.length === 0) return false;
  const covered = pairs.map((match) => match[0]).join('').replace(/\s/g, '');
  if (covered !== line.replace(/\s/g, '')) return false;
  return pairs.every((match) => {
    const word = match[1]!.trim();
    return REACTION_WORDS.test(word) || (/요$/.test(word) && word.length <= 12);
  });
}

/** `홈 > 국제 > 일본`, `뉴스 | 정치 | 경제 | 사회`: breadcrumbs and section menus. */
function menuRule(line: string): string | null {
  if (line.length > 120 || endsWithTerminal(line)) return null;
  const arrows = line.split(/\s*[>›＞»]\s*/).filter(Boolean);
  if (arrows.length >= 2 && !/</.test(line) && arrows.every((part) => part.length <= 14) && (arrows.length >= 3 || line.length <= 30)) return 'breadcrumb';
  const parts = line.split(/\s*[|｜]\s*|\s+[·/]\s+/).filter(Boolean);
  if (parts.length >= 3 && parts.every((part) => part.length <= 10)) return 'menu';
  if (parts.length === 2 && parts.every((part) => part.length <= 6)) return 'menu';
  return null;
}

const COPYRIGHT = /ⓒ|©|\(c\)|copyright|저작권자|저작권\s?법|무단\s?전재|무단\s?복제|재배포\s?금지|재배포\s?및|all rights reserved|AI\s?학습\s?(?:및\s?)?(?:활용|이용)\s?금지/i;
const COPYRIGHT_NOTICE = /ⓒ|©|\(c\)|copyright|all rights|무단\s?전재|무단\s?복제|재배포\s?금지|학습\s?(?:및\s?)?(?:활용|이용)\s?금지/i;
const TIP = /제보|보도\s?자료|기사\s?문의|독자\s?의견/;
const CONTACT = /카카오톡|카톡|이메일|메일|전화|@|https?:|www\.|\d{2,4}-\d{3,4}-\d{4}|앱|홈페이지|채널|문자|\d{4}-\d{4}|\.(?:com|kr|net)\b/;
const STRONG_CONTACT = /@|https?:|www\.|\d{2,4}-\d{3,4}-\d{4}/;
const PROMO_MARK = /^[▶☞👉►▷➤→⇒]|^\[\s?(?:관련\s?기사|추천\s?기사|관련\s?뉴스|함께\s?보면|광고|AD)\s?\]/i;
const PROMO_WORDS =
  /구독|제보|바로\s?가기|클릭|다운로드|앱|채널|카카오|유튜브|네이버|이메일|전화|관련\s?기사|관련\s?뉴스|더\s?보기|보러\s?가기|https?:|www\.|홈페이지|이벤트|무료|신청|가입|팔로우|친구\s?추가|지금\s?보기|영상\s?보기|라이브/;
const FOOTER_WORDS =
  /주소|대표\s?전화|전화|팩스|fax|tel|등록\s?번호|등록\s?일|발행인|편집인|발행일|청소년\s?보호\s?책임자|사업자\s?등록\s?번호|제호|통신\s?판매|개인정보|이용약관|고충\s?처리인|회사소개|광고\s?문의|제휴\s?문의|대표이사|발행처/gi;
const CREDIT_LINE =
  /^[(\[［]?\s?(?:사진|그래픽|영상|자료|출처|사진\s?제공|제공|촬영|편집|디자인|일러스트|이미지)\s?[=:：/]\s?[^\s].{0,40}[)\]］]?$|^[가-힣A-Za-z·\s]{1,20}\s?(?:제공|자료\s?사진|DB|캡처|갈무리)$|^(?:게티이미지(?:뱅크|코리아)?|연합뉴스|뉴시스|뉴스1|AP|AFP|EPA|로이터|셔터스톡|픽사베이)(?:\s?[/=·]\s?[가-힣A-Za-z]+)*$/;

/** Judges one line alone, by its shape and the widget vocabulary; null when it may be article text. */
export function judgeLine(raw: string): LineVerdict | null {
  const line = raw.trim();
  if (line.length > LONG_LINE) return null;
  const bare = stripBullet(line);
  // Rules, dots and symbols with no letter or digit: "━━━━━━", "* * *".
  if (!/[\p{L}\p{N}]/u.test(bare)) return { rule: 'decoration' };

  // Notice phrases mark a copyright line even as a sentence; "저작권자" alone only outside sentences.
  if (line.length <= 300 && COPYRIGHT.test(line) && (!endsWithTerminal(line) || COPYRIGHT_NOTICE.test(line))) return { rule: 'copyright' };
  const footerHits = line.match(FOOTER_WORDS)?.length ?? 0;
  if (footerHits >= 2 && !endsWithTerminal(line)) return { rule: 'site-footer' };
  // A sentence that mentions a tip and a phone ("경찰은 시민 제보를 받아 전화로 확인했다.") is news;
  // a tip line gives an address or a number, or is no sentence at all.
  if (TIP.test(line) && line.length <= 160 && (STRONG_CONTACT.test(line) || (CONTACT.test(line) && !endsWithTerminal(line)))) {
    return { rule: 'tip-line' };
  }
  // "※ …는 여러분의 제보로 …": a tip box under the article, a sentence without an address.
  if (/^※/.test(line) && TIP.test(line) && line.length <= 200) return { rule: 'tip-line' };
  if (/^[▶☎📞✉📧]/.test(line) && /@|\d{2,4}-\d{3,4}-\d{4}/.test(line) && line.length <= 100 && !endsWithTerminal(line)) return { rule: 'tip-line' };

  const credit = bare.replace(/^[▲△]\s?/, '');
  if (CREDIT_LINE.test(credit) && credit.length <= 50 && !endsWithTerminal(credit)) return { rule: 'photo-credit' };
  // Running text longer than any widget: only notices (copyright, tips, footer) can still match.
  if (bare.length > 160 && endsWithTerminal(bare)) return null;
  // A byline or timestamp names a date, a role, an address or a wire dateline.
  const residue = RESIDUE_HINT.test(bare) && !isProse(bare) ? byResidue(bare) : null;
  if (residue) return residue;

  if (isNumericCell(bare) || isTickerLine(bare) || isMarketStatus(bare)) return { rule: 'ticker' };
  if (isReactionCounter(bare)) return { rule: 'reaction-counter' };
  if (bare.length <= 60) {
    const tokens = widgetTokens(bare);
    if ((onlyWords(tokens, FONT_WORDS) && !/^[+-]$/.test(bare)) || FONT_PHRASE.test(bare)) return { rule: 'font-size-controls' };
    if (onlyWords(tokens, SHARE_WORDS)) return { rule: 'share-buttons' };
    if (onlyWords(tokens, ANY_WIDGET_WORD)) return { rule: 'ui-label' };
  }
  const menu = menuRule(bare);
  if (menu) return { rule: menu };
  if ((PROMO_MARK.test(line) || PROMO_MARK.test(bare)) && PROMO_WORDS.test(line) && line.length <= 120 && (!isProse(bare) || STRONG_CONTACT.test(line))) {
    return { rule: 'promo-link' };
  }
  if (bare.length <= 24 && /에서\s?(?:보기|구독하기|만나보세요|보세요)$/.test(bare)) return { rule: 'promo-link' };
  if (bare.length <= 30 && /제보\s?(?:받습니다|받아요|하기|해\s?주세요|환영합니다)/.test(bare)) return { rule: 'tip-line' };
  if (/^\(?끝\)?$|^<\s?끝\s?>$|^\/\s?끝$/.test(bare)) return { rule: 'end-mark' };
  // A line of nothing but Markdown links or images: a menu or a photo slot.
  if (/^(?:!?\[[^\]]*\]\([^)\s]*\)[\s|·]*)+$/.test(bare)) return { rule: 'menu' };
  if (/^[\[<〈【［(]\s?[가-힣A-Za-z\s]{1,10}\s?[\]>〉】］)]$/.test(bare)) return { rule: 'section-label' };
  if (isStaffCredit(bare)) return { rule: 'staff-credit' };
  if (hangulCount(bare) === 0 && !/\d{3,}/.test(bare) && bare.length <= 3) return { rule: 'decoration' };
  if (/^\d{1,3}\s?\/\s?\d{1,3}$/.test(bare)) return { rule: 'decoration' };
  if (bare.length <= 24 && /검색어|로그인|로그아웃|회원\s?가입|마이\s?페이지|전체\s?메뉴|메뉴\s?(?:열기|닫기)|바로\s?가기|건너뛰기/.test(bare) && !endsWithTerminal(bare)) {
    return { rule: 'ui-label' };
  }
  // A weather widget: "서울 12°C 맑음", "미세먼지 좋음".
  if (bare.length <= 30 && /-?\d+(?:\.\d+)?\s?(?:°C|℃|°)|미세먼지\s?(?:좋음|보통|나쁨)/.test(bare) && !endsWithTerminal(bare)) return { rule: 'ui-label' };
  return null;
}

/** "영상취재: 김철수 / 영상편집: 박영희", "취재=홍길동, 그래픽=김영희": production credits. */
function isStaffCredit(line: string): boolean {
  if (line.length > 80) return false;
  const parts = line.split(/\s*[/,|·]\s*/).filter(Boolean);
  return parts.every((part) => /^[가-힣A-Za-z\s]{1,8}\s?[:=：]\s?[가-힣A-Za-z]{2,5}(?:\s[가-힣]{2,4})?$/.test(part));
}

/** A heading that introduces a list of other articles: "주요 뉴스", "많이 본 뉴스", "관련기사", "랭킹". */
export function isListHeading(raw: string): boolean {
  const line = stripBullet(raw);
  if (line.length > 25 || endsWithTerminal(line)) return false;
  // Headline punctuation (…, quotes, a comma) marks a headline that happens to hold 기사 or 뉴스
  // ("택배기사 과로사 막는다더니…"), not a heading.
  if (/…|\.\.\.|[,"'“”‘’]/.test(line)) return false;
  return /뉴스|기사|랭킹|인기|많이\s?본|추천|관련|화제|포토|영상|이슈|헤드라인|주요|최신|오늘의|실시간|핫\s?|베스트|top\s?\d*|best|hot|pick|연재|함께\s?보면|같이\s?보면|놓치면|에디터\s?픽|다른\s?기사|이\s?시각|지금\s?뜨는|클릭/i.test(
    line,
  );
}

/** An item of a headline list: a title-shaped line (no sentence ending) of ordinary length, or a bulleted one. */
export function isHeadlineItem(raw: string): boolean {
  const line = stripBullet(raw);
  if (line.length < 8 || line.length > 120) return false;
  if (endsWithTerminal(line)) return false;
  return hangulCount(line) >= 2;
}

/** Tests the dateline a wire story opens with: "[서울=뉴시스]홍길동 기자 = ", "(워싱턴=연합뉴스) 김철수 특파원 = ". */
export function datelinePrefix(line: string): string | null {
  let prefix = '';
  const bracket = /^\s*[\[(【〔［<]\s*[^\])】〕］>]{1,30}[\])】〕］>]\s*/.exec(line);
  if (bracket && /=|기자|특파원|통신원/.test(bracket[0])) prefix = bracket[0];
  const reporter = REPORTER_EQUALS.exec(line.slice(prefix.length));
  if (reporter) prefix += reporter[0];
  if (!prefix) return null;
  // The rest must still be a sentence; a line that is only a dateline is a byline.
  return line.length - prefix.length >= 10 ? prefix : null;
}

const REPORTER_EQUALS = new RegExp(`^[가-힣]{2,4}(?:\\s?[·,]\\s?[가-힣]{2,4})*\\s?${ROLE}\\s*=\\s*`);
