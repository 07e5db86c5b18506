// @fileoverview A time word of the Korean says one time and the English another: 지난주 → "next week", 오전 →
// "afternoon", 내일 → "yesterday", 상반기 → "second half", 3일 전 → "three days later", 월요일 → "Friday".
// Each axis has classes that exclude one another (past / this / next week). Only a Korean text whose time words of
// an axis are all of one class is compared, and only an English text that has another class of that axis and not
// the Korean one is flagged: "오전 9시부터 오후 6시까지" (both) or an English that leaves the time out never trips it.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { isCopy } from '../validate/text.js';
import { koreanClass, otherClassInEnglish, type AxisClass } from './axes.js';

export const meta = {
  type: 'error',
  docs: { description: 'A time word (yesterday/tomorrow, last/next week, morning/afternoon, a weekday) says another time in the English.' },
  messages: {
    changed: 'The Korean says "{{korean}}" ({{time}}) but the English says "{{english}}".',
  },
} satisfies Check['meta'];

interface TimeClass extends AxisClass {
  /** `other`: a class that only keeps a Korean text from being one-sided (its own words are compared on another axis). */
  only?: 'other';
}

const DAYS = ['월', '화', '수', '목', '금', '토', '일'];
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

// A word of its own: no Hangul just before (돌봄 is care, not 봄 "spring"; 올림픽 holds 올).
const B = '(?<![가-힣])';

// Session 8: "a week earlier than usual" compares with another date; it names no week of its own.
const AXES: TimeClass[][] = [
  [
    { name: 'yesterday', korean: new RegExp(`${B}(?:어제|그제|그저께|엊그제)`), english: /\b(?:yesterday|the day before|the previous day)\b/i },
    { name: 'today', korean: new RegExp(`${B}(?:오늘(?!날)|금일)`), english: /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/i },
    { name: 'tomorrow', korean: new RegExp(`${B}(?:내일|모레|내일모레)`), english: /\b(?:tomorrow|the (?:next|following) day)\b/i },
  ],
  [
    { name: 'last week', korean: new RegExp(`${B}지난\\s?주(?![가-힣])|${B}지난주|${B}전주(?=[에의는도]|\\s?대비)`), english: /\b(?:last|past|previous|prior) week\b|\ba week (?:ago|earlier|before)\b(?!\s+than)/i },
    { name: 'this week', korean: new RegExp(`${B}(?:이번\\s?주|금주)(?![가-힣])|${B}이번\\s?주[에의는도말]`), english: /\bthis week\b/i },
    { name: 'next week', korean: new RegExp(`${B}(?:다음\\s?주|내주|차주)(?![가-힣])|${B}(?:다음\\s?주|내주)[에의는도말초]`), english: /\b(?:next|coming|following) week\b|\bthe week ahead\b|\ba week (?:later|from now)\b(?!\s+than)/i },
  ],
  [
    { name: 'last month', korean: new RegExp(`${B}(?:지난\\s?달|전월|전달)`), english: /\b(?:last|past|previous|prior) month\b|\ba month (?:ago|earlier|before)\b(?!\s+than)/i },
    { name: 'this month', korean: new RegExp(`${B}(?:이번\\s?달|이달|금월)`), english: /\bthis month\b/i },
    { name: 'next month', korean: new RegExp(`${B}(?:다음\\s?달|내달|익월)`), english: /\b(?:next|coming|following) month\b|\ba month (?:later|from now)\b(?!\s+than)/i },
  ],
  [
    { name: 'last year', korean: new RegExp(`${B}(?:지난\\s?해|작년|전년|(?:1|일|한)\\s?년\\s?전)`), english: /\b(?:last|past|previous|prior) year\b|\ba year (?:ago|earlier|before)\b(?!\s+than)|\byear[- ](?:on|over)[- ]year\b/i },
    { name: 'this year', korean: new RegExp(`${B}(?:올해|금년|올\\s(?=상반기|하반기|들어|[1-4]분기|시즌|여름|겨울|봄|가을|연말|연초))`), english: /\bthis year\b|\b(?:year to date|so far this year)\b/i },
    { name: 'next year', korean: new RegExp(`${B}(?:내년|이듬해|다음\\s?해|명년)`), english: /\b(?:next|coming|following) year\b|\ba year (?:later|from now)\b(?!\s+than)/i },
  ],
  [
    // 새벽 (small hours) may be "late at night", so it is compared with afternoon and evening only (next class).
    { name: 'morning', korean: new RegExp(`${B}(?:오전|아침)(?!밥|식사|잠|형|드라마|마당)`), english: /\b(?:morning|dawn|daybreak|breakfast)\b|\d\s?a\.?m\.?(?![a-z])|\ba\.m\./i },
    { name: 'afternoon or evening', korean: new RegExp(`${B}(?:오후|저녁|야간|심야)(?!밥|식사)`), english: /\b(?:afternoon|evening|night|nighttime|tonight|overnight|dinner)\b|\d\s?p\.?m\.?(?![a-z])|\bp\.m\./i },
  ],
  [
    { name: 'small hours', korean: new RegExp(`${B}새벽`), english: /\b(?:dawn|daybreak|early hours|small hours|overnight|night|morning|predawn)\b|\d\s?a\.?m\.?(?![a-z])|\ba\.m\./i },
    { name: 'afternoon', korean: new RegExp(`${B}(?:오후|저녁|밤|낮)`), only: 'other', english: /\b(?:afternoon|evening)\b|\d\s?p\.?m\.?(?![a-z])|\bp\.m\./i },
  ],
  [
    { name: 'first half', korean: /상반기|전반기|(?<![가-힣])전반(?![가-힣])|전반(?=[에전의]|\s?\d)/, english: /\b(?:first half|H1|first-half)\b/i },
    { name: 'second half', korean: /하반기|후반기|(?<![가-힣])후반(?![가-힣])|(?<![대년])후반(?=[에전의]|\s?\d)/, english: /\b(?:second half|latter half|H2|second-half)\b/i },
  ],
  [
    { name: 'start of the year', korean: /연초|(?<![가-힣])(?:올해|내년|작년|지난해)\s?초(?![가-힣])/, english: /\b(?:start|beginning) of (?:the |this |last |next )?year\b|\bearly (?:this|last|next) year\b|\bearlier this year\b/i },
    { name: 'end of the year', korean: /연말(?!연시)|(?<![가-힣])(?:올해|내년|작년|지난해)\s?말(?![가-힣])/, english: /\bend of (?:the |this |last |next )?year\b|\byear-end\b|\blate (?:this|last|next) year\b|\blater this year\b/i },
  ],
  [
    { name: 'spring', korean: new RegExp(`${B}봄(?!날|비)`), english: /\bspring(?:time)?\b/i },
    { name: 'autumn', korean: new RegExp(`${B}가을`), english: /\b(?:autumn|(?:this|last|next|the|in|early|late) fall)\b/i },
  ],
  [
    { name: 'summer', korean: new RegExp(`${B}여름|${B}올여름|하계`), english: /\bsummer(?:time)?\b/i },
    { name: 'winter', korean: new RegExp(`${B}겨울|${B}올겨울|동계`), english: /\bwinter(?:time)?\b/i },
  ],
  [
    { name: 'ago', korean: /(?<=[\d일이삼사오육칠팔구십한두세네몇수]\s?(?:일|주|주일|개월|달|년|시간|분)\s?)전(?:에|부터|까지|만 해도)?(?![가-힣])/, english: /\b(?:ago|earlier)\b/i },
    { name: 'later', korean: /(?<=[\d일이삼사오육칠팔구십한두세네몇수]\s?(?:일|주|주일|개월|달|년|시간|분)\s?)(?:후|뒤)(?:에|부터|까지)?(?![가-힣])/, english: /\b(?:(?<!\bno\s|\bnot\s)later(?!\s+than)|from now|afterwards?)\b/i },
  ],
  // A span that ends (7일 이내 "within seven days") against one that starts (7일 후 "after seven days").
  // Before or after a named event of one noun (식전/식후, 취침 전, 운동 후): instructions that a clause order cannot turn
  // round ("X 한 뒤 Y" may rightly be "X before Y", so clauses are not read).
  [
    { name: 'before the event', korean: /(?<![가-힣])식전(?![가-힣])|(?<![가-힣])(?:식사|취침|운동|수술|출발|입장|탑승|복용|사용|샤워|외출|세안|회의|시작|경기|공연|시험|수업|행사|출근|퇴근|방문|도착|결혼|계약|마감|개장|개막|출국|입국|귀국|투표|발표|이사|접수|착공|개봉|출시|가입|구매|결제|설치|등록|신청|입원|퇴원|졸업|입학|제출|로그인|주문|예약)\s?(?:직)?전(?:에|까지)?(?![가-힣])/, english: /\b(?:before|prior to|ahead of|in advance)\b/i },
    { name: 'after the event', korean: /(?<![가-힣])식후(?![가-힣])|(?<![가-힣])(?:식사|취침|운동|수술|출발|입장|탑승|복용|사용|샤워|외출|세안|회의|경기|공연|시험|수업|행사|출근|퇴근|방문|도착|결혼|계약|마감|개장|개막|출국|입국|귀국|투표|발표|이사|접수|착공|개봉|출시|가입|구매|결제|설치|등록|신청|입원|퇴원|졸업|입학|제출|로그인|주문|예약)\s?(?:직)?(?:후|뒤)(?:에)?(?![가-힣])/, english: /\b(?:after|following)\b/i },
    // A clause before or after (잠들기 전, 퇴근한 뒤) beside the event: the English may put either first, so the pair is
    // left alone.
    { name: 'a clause before or after', only: 'other', korean: /(?<=[가-힣])(?<![경시위무공동연초말인일용투])기\s?(?:직)?전|[가-힣](?:ㄴ|은|는|한|된|난)\s?(?:직)?(?:후|뒤|다음)|고\s?나(?:서|면|니)/, english: /(?!)/ },
  ],
  // Session 15: a clause that happens before another (도착하기 전에, 발표에 앞서, 끝날 때까지, B보다 먼저) rendered with "after" or
  // "once" and no word of before, first or until. The reverse is left alone: "X 한 뒤 Y" is rightly "Before Y, X".
  [
    { name: 'before the next clause', korean: /(?<=[가-힣])(?<![경시위무공동연초말인일용투])기\s?(?:직)?전(?:에|까지|엔|에는)?(?![가-힣])|에\s?앞서(?![가-힣])|[가-힣]\s때까지(?![가-힣])|보다\s?(?:먼저|앞서)(?![가-힣])/, english: /\b(?:before|prior|ahead|earlier|first|beforehand|previously|until|till|through|pending|preced\w*|then|in advance|up to|as long as|while|yet)\b|\bpre-/i },
    { name: 'after the clause', only: 'other', korean: /[가-힣](?:ㄴ|은|는|한|된|난|운|던)\s?(?:직)?(?:후|뒤|다음)(?:에|부터|에는)?(?![가-힣])|고\s?나(?:서|면|니)|(?<![가-힣])(?:이후|직후|사용 후|식후)(?![가-힣])|\s(?:직)?후(?:에|부터)?(?![가-힣])/, english: /\b(?:after|once|afterwards?)\b/i },
  ],
  // N년 만에 (after N years, for the first time in N years) is never "N years ago"; "a week earlier" may name the
  // figure it is compared with, so only "ago" counts against it.
  [
    { name: 'after a span', korean: /(?<=[\d일이삼사오육칠팔구십한두세네몇수]\s?(?:일|주|주일|개월|달|년|시간|분)\s?)만에(?:야)?(?![가-힣])/, english: /\b(?:after|later|in|first|since|for)\b/i },
    { name: 'ago', only: 'other', korean: /(?<=[\d일이삼사오육칠팔구십한두세네몇수]\s?(?:일|주|주일|개월|달|년|시간|분)\s?)전(?:에|부터|까지|만 해도)?(?![가-힣])/, english: /\bago\b/i },
  ],
  [
    { name: 'within', korean: /(?<=[\d일이삼사오육칠팔구십한두세네몇]\s?(?:일|주|주일|개월|달|년|시간|분)\s?)(?:이내|안에|내에|내로)/, english: /\b(?:within|up to|no later than|or less|or fewer)\b/i },
    // Session 13: not after a range (3~5일 후 입금 "within three to five business days": some day in it).
    { name: 'after', korean: /(?<=[\d일이삼사오육칠팔구십한두세네몇]\s?(?:일|주|주일|개월|달|년|시간|분)\s?)(?<![~∼〜～\-–]\s?\d{1,3}\s?(?:일|주|주일|개월|달|년|시간|분)\s?)(?:후|뒤|이후|지나)/, english: /\b(?:after|starting|later)\b/i },
  ],
  DAYS.map((day, index) => ({
    name: WEEKDAY_NAMES[index]!,
    korean: new RegExp(`${day}요일|\\(${day}\\)|（${day}）`),
    english: new RegExp(`\\b(?:${WEEKDAY_NAMES[index]}s?|${WEEKDAY_SHORT[index]}\\.)`, 'i'),
  })),
];

/** A test that the English has any time word of any class. */
const ANY_ENGLISH = new RegExp(AXES.flat().map((time) => time.english.source).join('|'), 'i');

/** Per axis, a test for any of its words, so that most axes of a pair are skipped after one test. */
const AXIS_ENGLISH = AXES.map((axis) => new RegExp(axis.map((time) => time.english.source).join('|'), 'i'));
const AXIS_ANY = AXES.map((axis) => new RegExp(axis.map((time) => time.korean.source).join('|')));
/** A test that the Korean has any time word of any class. */
const ANY_KOREAN = new RegExp(AXES.flat().map((time) => time.korean.source).join('|'));


export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      // Most pairs have no time word on one side or the other; the Korean tests (case-sensitive) are the cheaper.
      if (!en.trim() || !ANY_KOREAN.test(ko) || !ANY_ENGLISH.test(en) || isCopy(ko, en)) return;
      for (const [index, axis] of AXES.entries()) {
        if (!AXIS_ANY[index]!.test(ko) || !AXIS_ENGLISH[index]!.test(en)) continue;
        // Several classes (오전 9시부터 오후 6시까지), or none: nothing one-sided to compare.
        const inKorean = koreanClass(axis, ko);
        if (!inKorean || inKorean.cls.only === 'other') continue;
        const english = otherClassInEnglish(axis, inKorean.cls, en);
        if (!english) continue;
        context.report({
          messageId: 'changed',
          data: { korean: inKorean.korean[0].trim(), time: inKorean.cls.name, english: english[0] },
          side: 'en',
          range: [english.index, english.index + english[0].length],
        });
        return;
      }
    },
  };
}
