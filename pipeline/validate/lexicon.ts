// A bilingual content lexicon for coverage checks: which Korean content words a pair has, and whether the
// English renders them; which English content words a pair has, and whether the Korean has a source for them.
// Built from the aligner's news lexicons (pipeline/align/lexicon*.ts) plus everyday words (here and in
// lexicon-everyday.ts), with the shared lexicon (pipeline/lexicon) as further English renderings. Both
// directions are indexed for speed: Korean keys by first syllable, English alternatives by first letters.
import { NEWS_LEXICON, SEED_LEXICON } from '../align/lexicon.js';
import { NEWS_LEXICON_MORE } from '../align/lexicon-news.js';
import { EVERYDAY_LEXICON, EVERYDAY_VERBS } from './lexicon-everyday.js';
import { NEWS_COVER_LEXICON, NEWS_LIFE_LEXICON, NEWS_MORE_LEXICON, POLICY_LEXICON } from './lexicon-policy.js';
import { CONCRETE_LEXICON } from './lexicon-concrete.js';
import { LEXICON_DOMAINS, SHARED_LEXICON, bareKey } from '../lexicon/index.js';
import { SOURCE_RENDERINGS } from './lexicon-sources.js';
import { groupEnd, matchesOf, topLevelAlternatives } from '../regexp.js';
import { memoByText } from './memo.js';
import { fragmentMatcher, letterOrNumberBefore, type FragmentMatcher } from './fragment-match.js';

// The shared lexicon (pipeline/lexicon) only adds sources: its keys are never required in the English, since
// requiring them raised false alarms on free translations (see docs/validate.md).
const SHARED = SHARED_LEXICON.map(([key, english]): [string, string] => [bareKey(key), english]);
const SHARED_ONLY_KEYS = new Set<string>();
/** Keys of SOURCE_RENDERINGS that no other list holds: entries of their own, indexed with the rest. */
const SOURCE_RENDERING_KEYS_OWN = new Set<string>();
/** Lists whose renderings count when the English renders their Korean words but never make an English term (lexicon-policy.ts, lexicon-concrete.ts). */
const RENDER_ONLY_LISTS = [...NEWS_LIFE_LEXICON, ...NEWS_MORE_LEXICON, ...NEWS_COVER_LEXICON, ...CONCRETE_LEXICON];

/**
 * Everyday words that the aligner's lexicons lack: crime, courts, daily life, culture. Korean key (a stem rarely
 * part of an unrelated word) → English alternatives (regular-expression fragment, whole words, any case).
 */
export const EXTRA_LEXICON: ReadonlyArray<readonly [string, string]> = [
  ['판매', String.raw`sale|on sale|for sale|market\w*`],
  ['개방', String.raw`open\w*|reopen\w*|unlock\w*|public|accessible|access`],
  ['탐방로', String.raw`trails?|paths?|hiking routes?|walkways?|routes?`],
  // Session 17: required, no longer a shared source only (적립금 혜택은 제공되지 않습니다 → "you won't earn reward points").
  ['적립금', String.raw`points?|reward\w*|credits?|store credit|mileage|cashback|cash back|savings?`],
  ['체감온도', String.raw`apparent temperatures?|feels?[- ]like(?: temperatures?)?|perceived temperatures?|heat index|wind chill`],
  ['이상', String.raw`or higher|or above|or more|at least|above|over|more than|higher`],
  ['이하', String.raw`or lower|or below|or less|at most|below|under|lower`],
  ['가격', String.raw`costs?|discount\w*|fares?|fees?|value\w*|cheap\w*|expensive`],
  ['사기', String.raw`fraud\w*|scam\w*|swindl\w*|con`],
  ['전과', String.raw`criminal records?|convict\w*|previous(?:ly)? convict\w*|prior convictions?`],
  ['살인', String.raw`murder\w*|homicid\w*|kill\w*`],
  ['절도', String.raw`theft|thefts|steal\w*|stole\w*|burglar\w*`],
  ['폭행', String.raw`assault\w*|attack\w*|beat\w*|violen\w*`],
  ['마약', String.raw`drugs?|narcotic\w*|meth\w*|cocaine|marijuana|cannabis`],
  ['음주운전', String.raw`drunk[- ]driving|DUI|drink[- ]driving|under the influence`],
  ['교통사고', String.raw`(?:traffic|car|road) (?:accidents?|crash\w*)|crash\w*|collision\w*`],
  ['개봉', String.raw`releas\w*|open\w*|premier\w*|debut\w*|hit (?:theaters|cinemas)`],
  ['관람객', String.raw`visitors?|viewers?|audiences?|spectators?|moviegoers?`],
  ['달걀', String.raw`eggs?`],
  ['계란', String.raw`eggs?`],
  ['우유', String.raw`milk`],
  ['설탕', String.raw`sugar`],
  ['소금', String.raw`salt\w*`],
  ['두부', String.raw`tofu|bean curd`],
  ['고기', String.raw`meat|beef|pork|chicken`],
  ['돼지고기', String.raw`pork`],
  ['쇠고기', String.raw`beef`],
  ['소고기', String.raw`beef`],
  ['닭고기', String.raw`chicken`],
  ['채소', String.raw`vegetables?|veggies|greens`],
  ['과일', String.raw`fruits?`],
  ['커피', String.raw`coffee`],
  ['식당', String.raw`restaurants?|eater(?:y|ies)|diners?`],
  ['요리', String.raw`cook\w*|dish\w*|cuisine|recipes?|chefs?|meals?`],
  ['음식', String.raw`food\w*|meals?|dish\w*|cuisine`],
  ['주차', String.raw`park\w*`],
  ['버스', String.raw`bus|buses`],
  ['택시', String.raw`taxis?|cabs?`],
  ['자전거', String.raw`bicycl\w*|bikes?|cycl\w*`],
  ['도로', String.raw`roads?|streets?|highways?|expressways?`],
  ['고속도로', String.raw`highways?|expressways?|motorways?|freeways?`],
  ['다리', String.raw`bridges?|legs?`],
  ['공원', String.raw`parks?`],
  ['도서관', String.raw`librar(?:y|ies)`],
  ['교회', String.raw`church\w*`],
  ['군인', String.raw`soldiers?|troops?|service ?members?|military`],
  ['군대', String.raw`military|army|troops?|armed forces`],
  ['군사', String.raw`military|defen[cs]e|army`],
  ['무기', String.raw`weapons?|arms|armaments?|munitions?`],
  ['국경', String.raw`borders?|frontiers?`],
  ['휴전', String.raw`ceasefire|cease-fire|truce|armistice`],
  ['평화', String.raw`peace\w*`],
  ['협박', String.raw`threat\w*|intimidat\w*|blackmail\w*`],
  ['납치', String.raw`kidnap\w*|abduct\w*`],
  ['학부모', String.raw`parents?`],
  ['부모', String.raw`parents?|mothers?|fathers?`],
  ['자녀', String.raw`children|child|kids?|sons?|daughters?`],
  ['아이', String.raw`children|child|kids?|babies|baby|infants?`],
  ['아들', String.raw`sons?`],
  ['딸', String.raw`daughters?`],
  ['남편', String.raw`husbands?`],
  ['아내', String.raw`wi(?:fe|ves)`],
  ['친구', String.raw`friends?`],
  ['노래', String.raw`songs?|sing\w*|sang|tracks?`],
  ['강아지', String.raw`dogs?|pupp(?:y|ies)`],
  ['고양이', String.raw`cats?|kittens?`],
  ['동물', String.raw`animals?|wildlife|creatures?`],
  ['나무', String.raw`trees?|wood\w*|timber`],
  ['바다', String.raw`seas?|ocean\w*|sea water|marine|coast\w*`],
  ['강물', String.raw`rivers?|water`],
  ['하천', String.raw`rivers?|streams?`],
  ['산불', String.raw`wildfires?|forest fires?|fires?|blaze`],
  ['눈', String.raw`snow\w*|eyes?`],
  ['비', String.raw`rain\w*|showers?|downpours?|precipitation`],
  ['장마', String.raw`monsoon|rainy season`],
  ['폭풍', String.raw`storms?`],
  ['건물', String.raw`buildings?|structures?|tower\w*`],
  ['공장', String.raw`factor(?:y|ies)|plants?|mills?`],
  ['농업', String.raw`farm\w*|agricultur\w*`],
  ['어민', String.raw`fisher\w*`],
  ['쌀', String.raw`rice`],
  ['밥', String.raw`rice|meals?`],
  ['휴가', String.raw`vacation\w*|holidays?|leave|time off`],
  ['연휴', String.raw`holidays?|long weekend|break`],
  ['명절', String.raw`holidays?|festiv\w*|Chuseok|Lunar New Year|Seollal`],
  ['휴대전화', String.raw`(?:mobile|cell|smart) ?phones?|handsets?|cellphones?`],
  ['컴퓨터', String.raw`computers?|PCs?`],
  ['게임', String.raw`games?|gaming|gamers?`],
  ['책', String.raw`books?|volumes?`],
  ['신문', String.raw`newspapers?|papers?|dail(?:y|ies)|press`],
  ['기사', String.raw`articles?|reports?|stor(?:y|ies)|drivers?|knights?`],
  ['사진', String.raw`photos?|photograph\w*|pictures?|images?|shots?`],
  ['편지', String.raw`letters?`],
  ['이메일', String.raw`e-?mails?`],
  ['비밀번호', String.raw`passwords?|passcodes?|PINs?`],
  ['계좌', String.raw`accounts?`],
  ['카드', String.raw`cards?`],
  ['현금', String.raw`cash|money`],
  ['돈', String.raw`money|cash|funds?`],
  ['빚', String.raw`debts?|loans?|owe\w*`],
  ['집', String.raw`homes?|hous\w*|residences?`],
  ['이사', String.raw`mov\w*|relocat\w*|directors?|board`],
  ['결혼식', String.raw`weddings?|marri\w*`],
  ['장례', String.raw`funerals?|burial|memorial`],
  ['생일', String.raw`birthdays?`],
  ['졸업', String.raw`graduat\w*`],
  ['입학', String.raw`enrol\w*|admission\w*|admitted|entrance|entered`],
  ['시험', String.raw`exams?|examinations?|tests?|trials?`],
  ['교수', String.raw`professors?|prof\.|faculty|academics?`],
  ['자원봉사', String.raw`volunteer\w*`],
  ['기부', String.raw`donat\w*|gave|give[sn]?|contribut\w*|charit\w*`],
  ['봉사', String.raw`volunteer\w*|service`],
  ['대학교', String.raw`universit(?:y|ies)|college`],
  ['회사원', String.raw`office workers?|employees?|salar(?:y|ied)`],
  ['직장', String.raw`work\w*|jobs?|offices?|employ\w*`],
  ['퇴근', String.raw`(?:leav\w*|left|after) work|commut\w*|home`],
  ['출근', String.raw`(?:go\w*|went|come|came) to work|commut\w*|work`],
  ['출장', String.raw`business trips?|trips?|travel\w*`],
  ['여행', String.raw`travel\w*|trips?|tour\w*|journe(?:y|ys)|vacation\w*`],
  ['비행기', String.raw`planes?|aircraft|flights?|airplanes?|jets?`],
  ['배', String.raw`ships?|boats?|vessels?|pears?|belly|stomach|times|fold`],
  ['기차', String.raw`trains?|rail\w*`],
  ['열차', String.raw`trains?|rail\w*`],
  ['선박', String.raw`ships?|vessels?|boats?`],
  ['항구', String.raw`ports?|harbou?rs?`],
  ['섬', String.raw`islands?|isles?`],
  ['마을', String.raw`villages?|towns?|communit(?:y|ies)|neighbou?rhoods?`],
  ['시골', String.raw`countryside|rural|villages?`],
  ['도시', String.raw`cit(?:y|ies)|urban|towns?|municipal\w*`],
  ['대피소', String.raw`shelters?`],
  ['주민들', String.raw`residents?|locals?|villagers?|people`],
  ['증거', String.raw`evidence|proof|prove\w*`],
  ['증언', String.raw`testi\w*|witness\w*`],
  ['부족', String.raw`lack\w*|shortages?|insufficient|short|scarc\w*|deficien\w*|shortfalls?`],
  ['떨어', String.raw`f[ae]ll\w*|drop\w*|plung\w*|declin\w*|dip\w*|low\w*|slid\w*|sank|sink\w*|tumbl\w*`],
  ['도서', String.raw`books?|reading`],
  ['반납', String.raw`return\w*|give back|hand\w* (?:back|in)|drop\w* off`],
  ['해수욕장', String.raw`beach\w*`],
  ['개장', String.raw`open\w*`],
  ['노트북', String.raw`laptops?|notebooks?`],
  ['방수', String.raw`waterproof\w*|water-resistant|water resistance`],
  ['시즌', String.raw`seasons?|campaign`],
  ['발목', String.raw`ankles?`],
  ['무릎', String.raw`knees?`],
  ['어깨', String.raw`shoulders?`],
  ['허리', String.raw`back|waist|lumbar`],
  ['해외', String.raw`overseas|abroad|foreign|international`],
  ['복귀', String.raw`return\w*|back|comeback`],
  // Places and companies: a substituted name shows as a Korean one unrendered and an English one unsourced.
  ['월요일', String.raw`Mondays`],
  ['화요일', String.raw`Tuesdays`],
  ['수요일', String.raw`Wednesdays`],
  ['목요일', String.raw`Thursdays`],
  ['금요일', String.raw`Fridays`],
  ['토요일', String.raw`Saturdays`],
  ['일요일', String.raw`Sundays`],
  // "the North" is how English news names North Korea after the first mention.
  ['북한', String.raw`(?<=\bthe )North(?! (?:Korea|Jeolla|Gyeongsang|Chungcheong|America|Africa|Pole|Sea))|North['’]s(?= )`],
  ['현대자동차', String.raw`Hyundai(?: Motor)?`],
  ['강원', String.raw`Gangwon`],
  ['강릉', String.raw`Gangneung`],
  ['속초', String.raw`Sokcho`],
  ['춘천', String.raw`Chuncheon`],
  ['원주', String.raw`Wonju`],
  ['수원', String.raw`Suwon`],
  ['성남', String.raw`Seongnam`],
  ['고양', String.raw`Goyang`],
  ['용인', String.raw`Yongin`],
  ['파주', String.raw`Paju`],
  ['평택', String.raw`Pyeongtaek`],
  ['청주', String.raw`Cheongju`],
  ['천안', String.raw`Cheonan`],
  ['전주', String.raw`Jeonju`],
  ['군산', String.raw`Gunsan`],
  ['목포', String.raw`Mokpo`],
  ['여수', String.raw`Yeosu`],
  ['순천', String.raw`Suncheon`],
  ['포항', String.raw`Pohang`],
  ['경주', String.raw`Gyeongju`],
  ['안동', String.raw`Andong`],
  ['구미', String.raw`Gumi`],
  ['창원', String.raw`Changwon`],
  ['김해', String.raw`Gimhae`],
  ['거제', String.raw`Geoje`],
  ['통영', String.raw`Tongyeong`],
  ['진주', String.raw`Jinju`],
  ['서귀포', String.raw`Seogwipo`],
  ['해운대', String.raw`Haeundae`],
  ['강남', String.raw`Gangnam`],
  ['여의도', String.raw`Yeouido`],
  ['광화문', String.raw`Gwanghwamun`],
  ['명동', String.raw`Myeong-?dong`],
  ['판교', String.raw`Pangyo`],
  ['용산', String.raw`Yongsan`],
  ['충북', String.raw`North Chungcheong`],
  ['충남', String.raw`South Chungcheong`],
  ['전북', String.raw`North Jeolla|Jeonbuk`],
  ['전남', String.raw`South Jeolla|Jeonnam`],
  ['경북', String.raw`North Gyeongsang|Gyeongbuk`],
  ['경남', String.raw`South Gyeongsang|Gyeongnam`],
  ['오사카', String.raw`Osaka`],
  ['상하이', String.raw`Shanghai`],
  ['런던', String.raw`London`],
  ['파리', String.raw`Paris`],
  ['모스크바', String.raw`Moscow`],
  ['싱가포르', String.raw`Singapore`],
  ['태국', String.raw`Thailand|Thai`],
  ['인도네시아', String.raw`Indonesia\w*`],
  ['호주', String.raw`Australia\w*`],
  ['SK하이닉스', String.raw`SK [Hh]ynix`],
  ['LG전자', String.raw`LG Electronics|LG`],
  ['네이버', String.raw`Naver`],
  ['카카오', String.raw`Kakao\w*`],
  ['쿠팡', String.raw`Coupang`],
  ['포스코', String.raw`POSCO|Posco`],
  ['한화', String.raw`Hanwha`],
  ['롯데', String.raw`Lotte`],
  ['신세계', String.raw`Shinsegae`],
  ['셀트리온', String.raw`Celltrion`],
  ['대한항공', String.raw`Korean Air`],
  ['아시아나', String.raw`Asiana`],
  ['애플', String.raw`Apple`],
  ['구글', String.raw`Google`],
  ['테슬라', String.raw`Tesla`],
  ['엔비디아', String.raw`Nvidia|NVIDIA`],
  ['마이크로소프트', String.raw`Microsoft`],
  ['아마존', String.raw`Amazon`],
];

export interface LexiconEntry {
  key: string;
  /** Also the start of unrelated words (시장 "market" or "mayor", 이상 "more than" or "abnormal"): a source, never required. */
  ambiguous: boolean;
  /** A verb of change or report (늘었, 상승, 밝혔다): a source and a match, but it never decides whether a clause is rendered. */
  weak: boolean;
  /** A place, company or person: every English alternative is capitalized. */
  proper: boolean;
  /** The English alternatives, matched as whole words anywhere in a text. */
  english: RegExp;
  /** The same, global, for listing every rendering. */
  englishAll: RegExp;
  /** False only when `english` cannot match in the text: none of its alternatives' literal starts is in it (a cheap test before the pattern runs). */
  mayRender(text: string): boolean;
  /** Every match of `englishAll` in the text as [start, end], as `text.matchAll(englishAll)` lists them. */
  renderingsIn(text: string): [number, number][];
  /** Whether `english` matches in the text (`english.test(text)`), mostly without running it. */
  rendersIn(text: string): boolean;
}

// Keys that are also common endings or function words inside unrelated Korean words, or words a good translation
// often leaves implicit (주변, 전체, 개인), or place names that are also words (전주 "previous week", 경주 "race",
// 진주 "pearl"): sources for English words, never required in the English.
const AMBIGUOUS_KEYS = new Set(['전주', '진주', '경주', '용인', '원주', '구미', '고양', '대상', '대비', '주변', '전체', '개인', '공동', '확인', '이용', '사회', '정보', '방식', '생활', '경험', '공간', '의견', '기준', '관리', '운영', '활동', '집중', '졌다', '이상', '이전', '넘어', '넘었', '앞서', '당시', '현재', '이후', '동안', '만에', '가량', '여명', '이하', '미만', '추가', '처음', '처음으로', '최대', '최소', '최고', '최저', '사상', '사상 최대', '첫', '조', '눈', '비', '배', '밥', '집', '돈', '빚', '책', '섬', '딸', '이사', '기사', '다리', '아이', '전', '상대', '현재', '경기', '시장', '대표', '이날', '전날', '주장']);

// Verbs of change and of reporting: a translator merges or drops them freely.
const WEAK_KEYS = new Set([
  ...EVERYDAY_VERBS.map(([key]) => key),
  ...['상승', '하락', '증가', '감소', '인상', '인하', '확대', '축소', '급증', '급감', '강화', '유지', '밝혔다', '말했다', '강조', '설명', '예정', '전망', '계획', '결정', '검토', '논의', '발표', '예상', '추정', '평가', '분석', '지적', '주장', '늦게', '일찍'],
]);

/** An entry whose patterns are compiled on first use: a case-insensitive `\p{L}` pattern costs about 0.3 ms to build, and most of the 6,000 entries are never tested in a run. */
class Entry implements LexiconEntry {
  #english: RegExp | undefined;
  #englishAll: RegExp | undefined;
  constructor(
    readonly key: string,
    readonly ambiguous: boolean,
    readonly weak: boolean,
    readonly proper: boolean,
    /** The English alternatives joined, between word bounds. */
    readonly source: string,
    /** The alternatives without the word bounds. */
    readonly alternatives: string,
  ) {}
  get english(): RegExp {
    return (this.#english ??= new RegExp(this.source, 'iu'));
  }
  get englishAll(): RegExp {
    return (this.#englishAll ??= new RegExp(this.source, 'giu'));
  }
  #literals: string[] | null | undefined;
  mayRender(text: string): boolean {
    if (this.#literals === undefined) this.#literals = requiredLiterals(this.alternatives);
    if (this.#literals === null) return true;
    const lower = foldedText(text);
    return lower === undefined || this.#literals.some((literal) => lower.includes(literal));
  }
  #matchers: FragmentMatcher[] | null | undefined;
  /** `english.test(text)`, read without the pattern where every alternative is a simple one (see ./fragment-match.ts). */
  rendersIn(text: string): boolean {
    const found = this.#simpleRenderings(text, true);
    if (found !== undefined) return found.length > 0;
    return this.mayRender(text) && this.english.test(text);
  }
  #sticky: RegExp | undefined;
  renderingsIn(text: string): [number, number][] {
    const found = this.#simpleRenderings(text, false);
    if (found !== undefined) return found;
    if (this.#literals === undefined) this.#literals = requiredLiterals(this.alternatives);
    const lower = foldedText(text);
    const spans: [number, number][] = [];
    if (this.#literals === null || lower === undefined || lower.length !== text.length) {
      const all = this.englishAll;
      all.lastIndex = 0;
      for (const match of matchesOf(all, text)) spans.push([match.index, match.index + match[0].length]);
      return spans;
    }
    // Every match starts where one of the literal starts does: the pattern runs only there, left to right, each
    // search resuming after the last match as a global scan does.
    const starts: number[] = [];
    for (const literal of this.#literals) for (let at = lower.indexOf(literal); at >= 0; at = lower.indexOf(literal, at + 1)) starts.push(at);
    if (starts.length === 0) return spans;
    starts.sort((a, b) => a - b);
    const sticky = (this.#sticky ??= new RegExp(this.source, 'iuy'));
    let resume = 0;
    for (const start of starts) {
      if (start < resume) continue;
      sticky.lastIndex = start;
      const match = sticky.exec(text);
      if (!match) continue;
      spans.push([start, start + match[0].length]);
      resume = start + match[0].length;
    }
    return spans;
  }

  /**
   * The matches of `englishAll` (only the first when `first`), found by comparing characters when every alternative is
   * a simple one with a literal start; undefined when the pattern must decide (another alternative, or a character the
   * comparison leaves open). A match is tried where an alternative's literal starts, alternatives in their order, as
   * the pattern does.
   */
  #simpleRenderings(text: string, first: boolean): [number, number][] | undefined {
    if (this.#matchers === undefined) {
      const matchers = splitAlternatives(this.alternatives).map(fragmentMatcher);
      this.#matchers = matchers.every((matcher) => matcher !== undefined && matcher.literal !== '') ? (matchers as FragmentMatcher[]) : null;
    }
    const matchers = this.#matchers;
    if (matchers === null) return undefined;
    const lower = foldedText(text);
    if (lower === undefined || lower.length !== text.length) return undefined;
    const starts: number[] = [];
    for (const { literal } of matchers) for (let at = lower.indexOf(literal); at >= 0; at = lower.indexOf(literal, at + 1)) starts.push(at);
    const spans: [number, number][] = [];
    if (starts.length === 0) return spans;
    if (starts.length > 1) starts.sort((a, b) => a - b);
    let resume = 0;
    for (const start of starts) {
      if (start < resume || letterOrNumberBefore(text, start)) continue;
      let end = -1;
      for (const matcher of matchers) {
        const at = matcher.endAt(text, start);
        if (at === undefined) return undefined;
        if (at >= 0) {
          end = at;
          break;
        }
      }
      if (end < 0) continue;
      spans.push([start, end]);
      if (first) return spans;
      resume = end;
    }
    return spans;
  }
}

/**
 * The lower-case literal start of every top-level alternative of a fragment, or null when one has none: a text holding
 * none of them cannot match the fragment case-insensitively. Character classes are skipped whole while splitting, so a
 * bar or bracket inside one (`[|(]`) does not cut an alternative.
 */
function requiredLiterals(fragment: string): string[] | null {
  const literals: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= fragment.length; i++) {
    const char = fragment[i];
    if (char === '\\') i++;
    else if (char === '[') {
      for (i++; i < fragment.length && fragment[i] !== ']'; i++) if (fragment[i] === '\\') i++;
    } else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (i === fragment.length || (char === '|' && depth === 0)) {
      const literal = literalStart(fragment.slice(start, i));
      if (literal.length === 0) return null;
      literals.push(literal);
      start = i + 1;
    }
  }
  return depth === 0 ? literals : null;
}

// A text lower-cased for `mayRender`; undefined for a text with a long s (ſ), which a case-insensitive pattern reads
// as s but lower-casing keeps.
const foldedText = memoByText((text: string): string | undefined => (text.includes('\u017f') ? undefined : text.toLowerCase()));

const ENTRIES: Entry[] = [];
const BY_FIRST = new Map<string, LexiconEntry[]>();
/** Keys of two letters or more by their first two letters, and one-letter keys, each list longest key first. */
const BY_FIRST_TWO = new Map<string, LexiconEntry[]>();
const BY_ONE = new Map<string, LexiconEntry[]>();
{
  const merged = new Map<string, string[]>();
  for (const [key] of SHARED) SHARED_ONLY_KEYS.add(key);
  for (const [key] of [...SEED_LEXICON, ...NEWS_LEXICON, ...NEWS_LEXICON_MORE, ...EXTRA_LEXICON, ...EVERYDAY_LEXICON, ...EVERYDAY_VERBS, ...POLICY_LEXICON, ...NEWS_LIFE_LEXICON, ...NEWS_MORE_LEXICON, ...NEWS_COVER_LEXICON]) SHARED_ONLY_KEYS.delete(key);
  for (const [key, english] of [...SEED_LEXICON, ...NEWS_LEXICON, ...NEWS_LEXICON_MORE, ...EXTRA_LEXICON, ...EVERYDAY_LEXICON, ...EVERYDAY_VERBS, ...POLICY_LEXICON, ...NEWS_LIFE_LEXICON, ...NEWS_MORE_LEXICON, ...NEWS_COVER_LEXICON, ...CONCRETE_LEXICON, ...SHARED]) {
    if (!/^[가-힣A-Z ]+$/.test(key)) continue;
    const renderings = merged.get(key);
    if (renderings) renderings.push(english);
    else merged.set(key, [english]);
  }
  // Free renderings of a key no list holds make a source-only entry of their own; those of a listed key only join the
  // English index (below), so the key's own renderings, which decide whether it is rendered, stay as they are.
  for (const [key, english] of SOURCE_RENDERINGS) {
    if (merged.has(key)) continue;
    SHARED_ONLY_KEYS.add(key);
    merged.set(key, [english]);
    SOURCE_RENDERING_KEYS_OWN.add(key);
  }
  for (const [key, alternatives] of merged) {
    const proper = alternatives.every((fragment) => splitAlternatives(fragment).every((alternative) => /^[A-Z]/.test(alternative.replace(/^\(\?<[=!][^)]*\)/, ''))));
    const joined = alternatives.join('|');
    const source = `(?<![\\p{L}\\p{N}])(?:${joined})(?![\\p{L}\\p{N}])`;
    // A one-syllable key (비 "rain", 돈 "money") is a source only, and only as a word of its own (see sourcedIn).
    // So is a key with its particle or a space in it (눈이 ): a word too short to stand on its own.
    const entry = new Entry(key, AMBIGUOUS_KEYS.has(key) || key.trim().length < 2 || key !== key.trim() || SHARED_ONLY_KEYS.has(key), WEAK_KEYS.has(key), proper, source, joined);
    ENTRIES.push(entry);
    if (entry.ambiguous) continue;
    const first = key[0]!;
    const sameFirst = BY_FIRST.get(first);
    if (sameFirst) sameFirst.push(entry);
    else BY_FIRST.set(first, [entry]);
  }
  for (const list of BY_FIRST.values()) list.sort((a, b) => b.key.length - a.key.length);
  // Each first-letter list split by the key's second letter, in the same order (longest keys first).
  for (const list of BY_FIRST.values()) {
    for (const entry of list) {
      const index = entry.key.length === 1 ? BY_ONE : BY_FIRST_TWO;
      const start = entry.key.slice(0, 2);
      const same = index.get(start);
      if (same) same.push(entry);
      else index.set(start, [entry]);
    }
  }
}

const PROPER_KEYS = new Set(ENTRIES.filter((entry) => entry.proper).map((entry) => entry.key));

// After a place name that is also a word (전주 "previous week", 경주 "race"), what makes it the place: 전주시,
// 전주국제영화제, 경주역, 진주 시내.
const PLACE_CONTEXT = /^(?:시(?![작간기각점도즌리계설험합행세상단])|역(?![가-힣])|역[에의을은이과]|공항|항(?![가-힣])|국제|영화제|축제|지법|지검|지방법원|교도소|캠퍼스|한옥마을|\s(?:시내|일대|지역|시민|시청|도심|출신|소재|방면|한옥마을|국제영화제|비빔밥|혁신도시))/;
const AMBIGUOUS_PLACES = ENTRIES.filter((entry) => entry.ambiguous && entry.proper);

/** Places whose name is also a word, found only where the text around them makes them the place (전주국제영화제). */
export function placeTermsInContext(ko: string): { entry: LexiconEntry; index: number }[] {
  const found: { entry: LexiconEntry; index: number }[] = [];
  for (const entry of AMBIGUOUS_PLACES) {
    for (let index = ko.indexOf(entry.key); index >= 0; index = ko.indexOf(entry.key, index + 1)) {
      if (index > 0 && /[가-힣]/.test(ko[index - 1]!)) continue;
      if (PLACE_CONTEXT.test(ko.slice(index + entry.key.length, index + entry.key.length + 8))) {
        found.push({ entry, index });
        break;
      }
    }
  }
  return found;
}

/** A key that only adds sources to English words other keys find (one syllable, or from the shared lexicon). */
export function isSourceOnlyKey(key: string): boolean {
  return key.length < 2 || SHARED_ONLY_KEYS.has(key);
}

/** The key names a place, company or person. */
export function isProperKey(key: string): boolean {
  return PROPER_KEYS.has(key);
}

// Keys read as sources only (lexicon-sources.ts, the shared lexicon's common-free-renderings): the checks that read a
// Korean word's own entry (a denied predicate, a known name) do not see them.
const SOURCE_ONLY_KEYS = new Set([...SOURCE_RENDERING_KEYS_OWN, ...LEXICON_DOMAINS['common-free-renderings'].map(([key]) => bareKey(key))]);
const BY_KEY = new Map(ENTRIES.filter((entry) => !SOURCE_ONLY_KEYS.has(entry.key)).map((entry) => [entry.key, entry]));

/** The entry of a whole Korean word (a noun without its particle), one-syllable keys included. */
export function lexiconEntry(word: string): LexiconEntry | undefined {
  return BY_KEY.get(word);
}

/** Lexicon keys found in Korean text at word starts, longest first at each position, no overlaps; each key once. */
export function koreanTerms(ko: string, from = 0, to = ko.length): { entry: LexiconEntry; index: number }[] {
  const found: { entry: LexiconEntry; index: number }[] = [];
  const seen = new Set<string>();
  for (const term of scanKorean(ko)) {
    if (term.index < from || term.index + term.entry.key.length > to || seen.has(term.entry.key)) continue;
    seen.add(term.entry.key);
    found.push(term);
  }
  return found;
}

const AMBIGUOUS_ENTRY_KEYS = new Set(ENTRIES.filter((entry) => entry.ambiguous).map((entry) => entry.key));

/**
 * Whether the Korean has a source for an English word that renders one of `keys`: a key read as a word of its own
 * (항공 is not read inside 항공편, which is a key itself), or, for a key that also starts unrelated words, anywhere.
 */
export function sourcedIn(ko: string, keys: readonly string[]): boolean {
  const read = keysReadIn(ko);
  return keys.some((key) => (key.length < 2 ? standsAlone(ko, key) : AMBIGUOUS_ENTRY_KEYS.has(key) || !BY_FIRST.has(key[0]!) ? ko.includes(key) : read.has(key)));
}

/** The keys of the terms the Korean term scan reads in a text. */
const keysReadIn = memoByText((ko: string): ReadonlySet<string> => new Set(scanKorean(ko).map((term) => term.entry.key)));

// Particles after a one-syllable noun: 비가, 돈을, 눈까지.
const PARTICLE_AFTER = /^(?:[이가은는을를도만와과의에로랑]|에서|으로|까지|부터|보다|처럼|조차|마저|이나|나)?(?![가-힣])/;

/** A one-syllable noun as a word of its own (비가 내린다), not a syllable of a longer word (비용, 예비). */
function standsAlone(ko: string, syllable: string): boolean {
  for (let at = ko.indexOf(syllable); at >= 0; at = ko.indexOf(syllable, at + 1)) {
    if (at > 0 && /[가-힣]/.test(ko[at - 1]!)) continue;
    if (PARTICLE_AFTER.test(ko.slice(at + 1, at + 4))) return true;
  }
  return false;
}

const PREFIXES = '총신재대고저초반비무미불탈친새전';

/** A Hangul syllable (가-힣). */
function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

// Several checks read the same pair: the terms of the texts scanned last on each side are kept (see memoByText).
const scanKorean = memoByText(readKoreanTerms);

function readKoreanTerms(ko: string): { entry: LexiconEntry; index: number }[] {
  const found: { entry: LexiconEntry; index: number }[] = [];
  let lastEnd = -1;
  for (let i = 0; i < ko.length; i++) {
    // A key starts a word, follows another key (가계부채, 청년주택) or a one-syllable prefix that starts the word
    // (총지출, 신제품, 재개발): 수입 is not read inside 정수입니다.
    if (i > 0 && i !== lastEnd && isHangulSyllable(ko.charCodeAt(i - 1)) && !(PREFIXES.includes(ko[i - 1]!) && (i < 2 || !isHangulSyllable(ko.charCodeAt(i - 2))))) continue;
    // The longest key here: keys of two letters or more first (those sharing the next two letters), then one-letter keys.
    const entry = BY_FIRST_TWO.get(ko.slice(i, i + 2))?.find((candidate) => ko.startsWith(candidate.key, i)) ?? BY_ONE.get(ko[i]!)?.[0];
    if (!entry) continue;
    found.push({ entry, index: i });
    lastEnd = i + entry.key.length;
    i += entry.key.length - 1;
  }
  return found;
}

// English words and short phrases too general to show content: an invented clause is told by nouns and verbs.
const GENERAL_EN = new Set(['for', 'against', 'over', 'before', 'after', 'earlier', 'previous', 'more than', 'at least', 'or more', 'above', 'first', 'in the', 'and', 'the', 'a', 'an', 'on', 'up', 'down', 'top', 'post', 'posted', 'record', 'head', 'chief', 'rate', 'rates', 'win', 'won', 'support', 'change', 'changed', 'changes', 'service', 'system', 'work', 'home', 'board', 'times', 'people', 'plan', 'plans', 'data', 'today', 'this year', 'last year', 'time', 'day', 'days', 'new', 'can', 'con', 'will', 'way', 'ways', 'take', 'takes', 'took', 'show', 'shows', 'showed', 'number', 'numbers', 'point', 'points', 'list', 'lists', 'set', 'use', 'used', 'uses', 'make', 'makes', 'made', 'part', 'effect', 'effects', 'value', 'values', 'total', 'step', 'steps', 'open', 'opened', 'case', 'cases', 'order', 'line', 'lines', 'name', 'named', 'type', 'types', 'form', 'following', 'result', 'results', 'possible', 'level', 'levels', 'group', 'groups', 'member', 'members', 'state', 'states', 'issue', 'issues', 'move', 'moved', 'moves', 'added', 'add', 'adds', 'one', 'two', 'three', 'more', 'making', 'line up', 'another', 'further', 'with', 'had', 'have', 'has', 'was', 'were', 'is', 'are', 'be', 'been', 'get', 'got', 'go', 'went', 'percent', 'from', 'per', 'last']);

/** The top-level alternatives of a regular-expression source (`a|b(?:c|d)` → a, b(?:c|d)); an unbalanced one whole. */
export function splitAlternatives(fragment: string): string[] {
  return topLevelAlternatives(fragment) ?? [fragment];
}

interface EnglishAlternative {
  fragment: string;
  /** Compiled on first use: the fragment alone (cheap to build); `bounded` adds the word-end lookahead and is built only when `pattern`'s match runs into a letter. */
  pattern?: RegExp;
  bounded?: RegExp;
  /** Lower-case letters every match starts with: a cheap test before the pattern runs. */
  literal: string;
  /** The fragment read without a pattern, when it is a simple one. */
  matcher: FragmentMatcher | undefined;
  keys: string[];
  /** Only one-syllable keys: adds sources to a word another key makes a term, never a term of its own. */
  sourceOnly: boolean;
}

/** The literal lower-case start of a regular-expression fragment ("compan" for `compan(?:y|ies)`, "price" for `prices?`). */
function literalStart(fragment: string): string {
  let end = 0;
  while (end < fragment.length && /[A-Za-z' -]/.test(fragment[end]!) && !/[?*{]/.test(fragment[end + 1] ?? '')) end++;
  return fragment.slice(0, end).toLowerCase();
}

/**
 * The alternatives of a fragment with a literal start: a group around the whole fragment is opened
 * (`(?:recommend\w*|advis\w*)` gives both), and an optional group in front is read both ways (`(?:best )?director` gives
 * "director" and "best director"). Without this, a rendering written inside a group had no literal start and was never
 * read.
 */
function literalAlternatives(fragment: string, depth = 0): string[] {
  if (depth > 3 || !fragment.startsWith('(?:')) return [fragment];
  const close = groupEnd(fragment, 0);
  if (close === undefined) return [fragment];
  const inner = splitAlternatives(fragment.slice(3, close));
  const rest = fragment.slice(close + 1);
  if (rest === '') return inner.flatMap((alternative) => literalAlternatives(alternative, depth + 1));
  if (rest.startsWith('?') && !rest.startsWith('?:')) {
    const after = rest.slice(1);
    return [...literalAlternatives(after, depth + 1), ...inner.flatMap((alternative) => literalAlternatives(alternative + after, depth + 1))];
  }
  if (!/^[*+{]/.test(rest)) return inner.flatMap((alternative) => literalAlternatives(alternative + rest, depth + 1));
  return [fragment];
}

/** English alternatives by the first three (or two) letters of their literal start; those without one are left out. */
const EN_BY_PREFIX = new Map<string, EnglishAlternative[]>();
{
  const byFragment = new Map<string, Set<string>>();
  for (const entry of ENTRIES) {
    for (const alternative of splitAlternatives(entry.alternatives).flatMap((fragment) => literalAlternatives(fragment))) {
      // Lookbehinds and open slots ("in \w+") match function words, not content.
      if (alternative.startsWith('(?<=') || alternative.includes(' \\w')) continue;
      const keys = byFragment.get(alternative);
      if (keys) keys.add(entry.key);
      else byFragment.set(alternative, new Set([entry.key]));
    }
  }
  // Renderings that only the render-only lists (NEWS_LIFE_LEXICON, NEWS_MORE_LEXICON) give never make a term.
  const older = new Set([...SEED_LEXICON, ...NEWS_LEXICON, ...NEWS_LEXICON_MORE, ...EXTRA_LEXICON, ...EVERYDAY_LEXICON, ...EVERYDAY_VERBS, ...POLICY_LEXICON].flatMap(([, english]) => splitAlternatives(english)));
  const renderOnly = new Set(RENDER_ONLY_LISTS.flatMap(([, english]) => splitAlternatives(english)).filter((alternative) => !older.has(alternative)));
  for (const [fragment, keySet] of byFragment) {
    const keys = [...keySet];
    const literal = literalStart(fragment);
    if (literal.length < 2) continue;
    // Keyed by three letters when the fragment has them (most do), else by two.
    const prefix = literal.slice(0, 3);
    const list = EN_BY_PREFIX.get(prefix) ?? [];
    list.push({ fragment, literal, matcher: fragmentMatcher(fragment), keys, sourceOnly: renderOnly.has(fragment) || keys.every((key) => key.length < 2 || SHARED_ONLY_KEYS.has(key)) });
    EN_BY_PREFIX.set(prefix, list);
  }
  // Free renderings of listed keys (lexicon-sources.ts): sources for a term another alternative makes, never a term;
  // one alternative per fragment, with every key that gives it.
  const sourceKeys = new Map<string, string[]>();
  for (const [key, english] of SOURCE_RENDERINGS) {
    if (SOURCE_RENDERING_KEYS_OWN.has(key)) continue;
    for (const fragment of splitAlternatives(english).flatMap((alternative) => literalAlternatives(alternative))) sourceKeys.set(fragment, [...(sourceKeys.get(fragment) ?? []), key]);
  }
  for (const [fragment, keys] of sourceKeys) {
    const literal = literalStart(fragment);
    if (literal.length < 2) continue;
    const prefix = literal.slice(0, 3);
    const list = EN_BY_PREFIX.get(prefix) ?? [];
    list.push({ fragment, literal, matcher: fragmentMatcher(fragment), keys, sourceOnly: true });
    EN_BY_PREFIX.set(prefix, list);
  }
}

/** The alternatives that can start where the text reads `five` (its next five letters), in index order; built once per five letters. */
const EN_BY_FIVE = new Map<string, EnglishAlternative[]>();

function englishCandidates(five: string): EnglishAlternative[] {
  let candidates = EN_BY_FIVE.get(five);
  if (candidates) return candidates;
  // Only the alternatives whose literal agrees with these (up to) five letters can match here.
  const agrees = (alternative: EnglishAlternative) => (alternative.literal.length <= five.length ? five.startsWith(alternative.literal) : alternative.literal.startsWith(five));
  candidates = [...(EN_BY_PREFIX.get(five.slice(0, 3)) ?? []), ...(EN_BY_PREFIX.get(five.slice(0, 2)) ?? [])].filter(agrees);
  EN_BY_FIVE.set(five, candidates);
  return candidates;
}

export interface EnglishTerm {
  text: string;
  index: number;
  /** Korean keys that this English word or phrase renders. */
  keys: string[];
}

/** Content words and phrases of the English that the lexicon knows, with the Korean keys they could render. */
export function englishTerms(en: string, from = 0, to = en.length): EnglishTerm[] {
  return scanEnglish(en).filter((term) => term.index >= from && term.index + term.text.length <= to);
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/iuy;

/**
 * The alternative's match at `index` that a letter or digit does not follow. A case-insensitive `\p{L}` lookahead
 * costs about 1 ms to compile and thousands of alternatives are tried in a run, so the bare fragment runs first; its
 * first match is the bounded pattern's first match whenever no letter follows it. Only otherwise (`state` in
 * "statement") is the bounded pattern built, which may backtrack to another alternative.
 */
function matchWordAt(alternative: EnglishAlternative, en: string, index: number): string | null {
  // A simple fragment is compared without a pattern, unless a character it cannot read is in the way.
  if (alternative.matcher) {
    const end = alternative.matcher.endAt(en, index);
    if (end !== undefined) return end < 0 ? null : en.slice(index, end);
  }
  const pattern = (alternative.pattern ??= new RegExp(`(?:${alternative.fragment})`, 'iuy'));
  pattern.lastIndex = index;
  const hit = pattern.exec(en);
  if (!hit) return null;
  LETTER_OR_NUMBER.lastIndex = index + hit[0].length;
  if (!LETTER_OR_NUMBER.test(en)) return hit[0];
  const bounded = (alternative.bounded ??= new RegExp(`(?:${alternative.fragment})(?![\\p{L}\\p{N}])`, 'iuy'));
  bounded.lastIndex = index;
  return bounded.exec(en)?.[0] ?? null;
}

/**
 * The Korean keys of every lexicon word that the English word at `index` renders, source-only lists included (the
 * shared lexicon's 불교 for "Buddhism"): the Korean words that could account for it.
 */
export function keysRenderedAt(en: string, index: number): string[] {
  const keys = new Set<string>();
  for (const alternative of englishCandidates(en.slice(index, index + 5).toLowerCase())) {
    if (en.slice(index, index + alternative.literal.length).toLowerCase() !== alternative.literal) continue;
    if (matchWordAt(alternative, en, index) !== null) for (const key of alternative.keys) keys.add(key);
  }
  return [...keys];
}

const scanEnglish = memoByText(readEnglishTerms);

function readEnglishTerms(en: string): EnglishTerm[] {
  const terms: EnglishTerm[] = [];
  const lower = en.toLowerCase();
  const word = /[A-Za-z][A-Za-z'’-]*/g;
  for (let match = word.exec(en); match; match = word.exec(en)) {
    const candidates = englishCandidates(lower.slice(match.index, match.index + 5));
    if (candidates.length === 0) continue;
    let best: EnglishTerm | undefined;
    let extra: { length: number; keys: string[] }[] | undefined;
    for (const alternative of candidates) {
      if (!lower.startsWith(alternative.literal, match.index)) continue;
      const hit = matchWordAt(alternative, en, match.index);
      if (hit === null) continue;
      if (alternative.sourceOnly) (extra ??= []).push({ length: hit.length, keys: alternative.keys });
      else if (!best || hit.length > best.text.length) best = { text: hit, index: match.index, keys: alternative.keys };
      else if (hit.length === best.text.length) best = { ...best, keys: [...new Set([...best.keys, ...alternative.keys])] };
    }
    if (best && extra) best = { ...best, keys: [...new Set([...best.keys, ...extra.flatMap((source) => source.keys)])] };
    if (best && !GENERAL_EN.has(best.text.toLowerCase())) {
      terms.push(best);
      word.lastIndex = Math.max(word.lastIndex, best.index + best.text.length);
    }
  }
  return terms;
}

// ───────────── English vocabulary ─────────────
// The words the lexicon's English sides spell out, for telling an English word from a foreign one: `onions?` gives
// "onions" and "onion", `compan(?:y|ies)` the stem "compan", `arrest\w*` the stem "arrest".
let vocabulary: { words: Set<string>; stems: Set<string> } | undefined;

function buildVocabulary(): { words: Set<string>; stems: Set<string> } {
  const words = new Set<string>();
  const stems = new Set<string>();
  for (const entry of ENTRIES) {
    const fragment = entry.alternatives.replace(/\(\?<[=!][^)]*\)/g, ' ').replace(/\\[pP]\{\w+\}/g, ' ');
    for (const run of fragment.matchAll(/(?<!\\)[A-Za-z]{2,}/g)) {
      const word = run[0].toLowerCase();
      const next = fragment[run.index + run[0].length] ?? '';
      if (next === '?') words.add(word.slice(0, -1));
      if (next === '\\' || next === '(' || next === '[' || next === '?') stems.add(next === '?' ? word.slice(0, -1) : word);
      words.add(word);
    }
  }
  return { words, stems };
}

/** Whether the lexicon's English spells this word (with a plural, past or -ing ending, or as a stem it inflects). */
export function isLexiconEnglishWord(word: string): boolean {
  const { words, stems } = (vocabulary ??= buildVocabulary());
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (lower.length < 3) return false;
  if (words.has(lower)) return true;
  for (const ending of ['s', 'es', 'ed', 'd', 'ing', 'ly', 'er', 'ers']) {
    if (lower.endsWith(ending) && lower.length - ending.length >= 3) {
      const base = lower.slice(0, -ending.length);
      if (words.has(base) || words.has(`${base}e`) || (base.length > 3 && base.at(-1) === base.at(-2) && words.has(base.slice(0, -1)))) return true;
      if (ending === 'ly' && words.has(`${base}le`)) return true;
    }
  }
  // A stem inflects with an English ending only: "journ" (journal, journey) does not make "journée" English.
  for (let end = lower.length - 1; end >= 4; end--) if (stems.has(lower.slice(0, end)) && STEM_ENDINGS.has(lower.slice(end))) return true;
  return false;
}

const STEM_ENDINGS = new Set(
  's es ed d ing er ers est ly y ies ied ion ions ation ations ity ities ment ments al ally ive ance ence ant ants ent ents ful ness or ors ry ize ized ise ised ic ics ical'.split(' '),
);
