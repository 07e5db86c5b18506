// @fileoverview The Korean says something went up and the English says it went down, or the reverse:
// 상승/증가/인상 against fell/cut/lower ("up" and "down" only as a market move: "closed up", "down 3%", never
// "let its guard down"), 하락/감소/인하 against rose/raised/higher. Only a text whose cues all
// point one way is compared, so "하락 폭을 줄이며 상승 마감" (mixed) or "the decline slowed" never trip it.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { isCopy } from '../validate/text.js';
import { lexiconEntry } from '../validate/lexicon.js';
import { OPPOSITE_AXES } from './polarity-tables.js';
import { ByRequiredCharacter } from '../regexp.js';

export const meta = {
  type: 'error',
  docs: { description: 'A rise in the Korean is a fall in the English (or buying is selling), or the reverse.' },
  messages: {
    flipped: 'The Korean says "{{korean}}" ({{direction}}) but the English says "{{english}}".',
  },
} satisfies Check['meta'];

const KO_UP = /상승|올랐|오른(?!쪽|편|손|발|팔|눈|귀|다리|무릎|어깨|허리|발목|손목)|(?<!에\s?|(?<![\d%대])로\s?)올라[가갔간갈감서섰선]|오르[고며는면지겠기]|오를|증가|늘었|늘어|늘린|늘리|늘려|늘렸|(?<![가-힣])늘(?:고 있|며|면서|겠|ㄹ)|인상|급등|반등|상향|확대|높아|높였|높인|높일|높겠|높을|높다|높았|웃돌|개선|회복|호전|나아지|나아졌|흑자/;
const KO_DOWN = /하락|둔화|내렸|내린|(?<!에\s?|(?<![\d%대])로\s?)내려[가갔간갈감서와왔온올오]|떨어|감소|줄었|줄어|줄인|줄이(?=[가-힣])|줄여|(?<![가-힣])줄(?:고 있|며|면서|겠)|인하|급락|하향|축소|낮아|낮췄|낮춘|낮출|낮겠|낮을|낮다|낮았|밑돌|악화|적자/;
// 비가 내렸다 is rain falling, not a price. Session 17: 본가에 내려갔더니, 서울로 올라갔다: a trip, not a move of a figure.
const KO_WEATHER = /(?:비|눈|서리|우박|진눈깨비)[가-힣]{0,2}\s?내[리렸린려]/g;
// 상승률 or 증가율 names a quantity ("inflation", "the growth rate"), not a move: "상승률이 내려왔다" is inflation falling.
const KO_RATE_NOUN = /(?:상승|증가|감소|하락|인상|인하)(?:률|율|폭)/g;
// 가능성이 높다, 우려가 크다: how likely or how loud, not a move of the thing itself.
const KO_LIKELIHOOD = /(?:가능성|확률|공산|우려|관심|목소리|기대감?)[이가은는도]?\s?(?:높|낮|크|커|컸)[가-힣]*/g;
const EN_UP =
  /\b(?:(?:return\w*|back|swung|swing\w*|turn\w*|rebound\w*) to (?:growth|an increase|gains?|the black|profit)|rise[sn]?|rose|rising|more and more|doubled|doubling|tripled|tripling|quadrupled|(?:growing|increasing|rising) number|(?<=\b(?:closed|ended|finished|is|are|was|were|went|gone|goes|going|moved|edged|trended|trading|be|shot|crept)(?:\s+(?:way|right|straight|sharply|steadily))?\s+)up|up(?=\s+(?:\d|by\b|from\b|sharply|slightly|for\b|on\b))|increas\w*|gain(?:s|ed|ing)?|higher|jump\w*|surg(?:e|es|ed|ing)|climb\w*|grow(?:s|ing|n)?|grew|rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|expand\w*|lengthen\w*|improv\w*|rebound\w*|bounc(?:e|es|ed|ing) back|recover\w*|soar\w*|boost\w*|upward|outpac\w*|outstrip\w*|surpass\w*|outperform\w*|strengthen\w*|surplus|(?<=\b(?:push|pushes|pushed|pushing|drive|drives|drove|driving|send|sends|sent|sending|force|forced|forces)\s+(?:\w+\s+){0,2})up)\b/i;
// "0.4 points slower": a rate (상승률) that fell is said as slowing. Session 17: a scope narrowed (확대 → "narrow the range").
const EN_DOWN =
  /\b(?:narrow(?:s|ed|ing)? (?:the|its|their|down)|losing (?:streak|run)|(?:return\w*|back|swung|swing\w*|turn\w*|slipp\w*|slid\w*|fell|fall\w*) (?:in)?to (?:a )?(?:decline|contraction|decrease|the red|a loss|losses|deficit)|fall(?:s|ing|en)?(?!\s+(?:asleep|ill|sick|in love|victim|prey|silent|apart|into place))|fell|slower|slowed|slowing|decelerat\w*|(?<=\b(?:closed|ended|finished|is|are|was|were|went|gone|goes|going|moved|edged|trended|trading|be|shot|crept)(?:\s+(?:way|right|straight|sharply|steadily))?\s+)down|down(?=\s+(?:\d|by\b|from\b|sharply|slightly|for\b|on\b))|decreas\w*|declin\w*|drop\w*|halv(?:ed|ing)|lower(?:s|ed|ing)?|slump\w*|plung\w*|cut(?:s|ting)?|reduc\w*|shrink\w*|shrank|shorten\w*|dip(?:s|ped|ping)?|tumbl\w*|sank|sink\w*|slid(?:e|es|ing)?|slip(?:s|ped|ping)?|weaken\w*|worsen\w*|downward|underperform\w*|lagg(?:ed|ing)|fell short|contract(?:ed|ing|ion)|scarcer|dwindl\w*|hurt(?:s|ing)?|erod(?:e|es|ed|ing)|weigh(?:s|ed|ing)? on|squeez(?:e|es|ed|ing)|deficit|lost|loss(?:es)?|(?<=\b(?:push|pushes|pushed|pushing|drive|drives|drove|driving|bring|brings|brought|bringing|force|forced|forces)\s+(?:\w+\s+){0,2})down)\b/i;

// Buying against selling: 순매수/매입 against "net sellers", 순매도/처분 against "bought".
const KO_BUY = /매수|매입|사들/;
const KO_SELL = /매도|팔아|팔았|팔고|처분/;
const EN_BUY = /\b(?:buy(?:s|ing|ers?)?|bought|purchas\w*)\b/i;
const EN_SELL = /\b(?:sell(?:s|ing|ers?|off)?|sold|dump\w*|offload\w*)\b/i;

// Other opposites a model flips: for against against, open against closed, winning against losing. Compared only
// when the Korean has no negation, which a translator may render by the opposite word ("찬성하지 않았다" → "opposed").
const KO_FOR = /찬성|지지(?!부진|율|층|도)|동의(?!어)|승인|가결|허용|허가|수용(?!소|력|인원)|받아들|수락|채택|발부|(?<![가-힣])통과(?:했|시켰|됐|되[었고며])/;
// 선을 그었다 "drew a line under" is a refusal ("rejected calls for his resignation").
const KO_AGAINST = /반대(?:(?!로|편|쪽|측|말|의 경우)|(?<=의\s?반대)(?=로))|반발|부결|불허|거절|거부|금지|기각|각하|선을\s?(?:그었|그어|긋|그은|그으)/;
// Session 17: a ban lifted (금지 → "lifted all restrictions").
const EN_FOR = /\b(?:lift(?:s|ed|ing)? (?:all |the |its )?(?:restrictions?|bans?|curbs)|support(?:s|ed|ing)?|favou?r(?:s|ed)?|in favou?r|approv(?:e|es|ed|al|ing)|back(?:s|ed|ing)|endors\w*|agree[sd]?|allow\w*|permit\w*|pass(?:ed|es)?|accept\w*|grant(?:s|ed|ing)?)\b/i;
const EN_AGAINST = /\b(?:oppos\w*|against|backlash|outcry|uproar|protest(?:s|ed|ing|ers)?|reject\w*|object(?:s|ed|ing|ions?)|refus\w*|veto\w*|disapprov\w*|den(?:y|ied|ies)|vote[sd]? down|voted against|blocked|ban(?:s|ned|ning)?|prohibit\w*|forb[ia]d\w*|dismiss\w*|turn(?:s|ed)? down)\b/i;
const KO_OPEN = /문을? 열|문을? 연|개방|개관|개점|개통|개업/;
// 월요일에 쉰다 (a shop is closed on Mondays).
const KO_CLOSE = /문을? 닫|폐쇄|휴관|휴업|폐점|휴무|폐업|폐관|봉쇄|휴점|[요일말][에은는도]{0,2}\s?쉰다/;
const EN_OPEN = /\b(?:open(?:s|ed|ing)?|reopen\w*)\b/i;
const EN_CLOSE = /\b(?:closed(?! (?:at|up|down|higher|lower))|closes|closing(?! price)|closure|shut\w*|shutter\w*)\b/i;
const KO_WIN = /승리|이겼|이긴|이기[고며]|우승|꺾었|꺾고|제압/;
// 졌다 is a loss only after the winner or the score (일본에 졌다, 1-3으로 졌다), not in 책임을 졌다 or 해가 졌다.
const KO_LOSE = /패배|(?<!실)패했|(?<!실)패하[고며였]|석패|완패|대패|덜미|(?<=(?:아쉽게|아깝게|안타깝게|허무하게|맥없이|무기력하게)\s)(?:졌|지고|져서)|(?:졌[다고으는지]|지고|져서)(?<=(?:[가-힣](?:에|에게|한테)|\d(?:으로|로))\s?(?:졌.|지고|져서))/;
const EN_WIN = /\b(?:w[oi]n(?:s|ning)?|beat(?:s|ing)?|victor(?:y|ies|ious)|triumph\w*)\b/i;
const EN_LOSE = /\b(?:los(?:e|es|ing)|lost|fell to|beaten by|defeated by)\b/i;
// Rules made stricter against eased; a verdict of guilty against not guilty.
const KO_TIGHTEN = /강화|엄격|조였|조이[고기는]|옥죄/;
const KO_EASE = /완화|풀었|풀어|풀기|해제|느슨|풀린/;
const EN_TIGHTEN = /\b(?:tighten\w*|strengthen\w*|strict(?:er|ly)?|toughen\w*|step(?:s|ped)? up|crack(?:s|ed|ing)? down|reinforc\w*|bolster\w*)\b/i;
const EN_EASE = /\b(?:eas(?:e|es|ed|ing)|relax\w*|loosen\w*|lift(?:s|ed|ing)?|weaken\w*|downgrad\w*|lax)\b/i;
const KO_GUILTY = /유죄|실형|징역|금고형|기소(?:됐|되[었고며]|했|하[고며])/;
const KO_INNOCENT = /무죄|무혐의|결백|혐의를 벗/;
const EN_GUILTY = /\b(?<!\bnot[- ])(?:guilt|guilty|convict(?:s|ed|ion)|sentenc\w*|indict\w*|charged with)\b/i;
const EN_INNOCENT = /\b(?:innocen\w*|acquit\w*|cleared|not[- ]guilty|exonerat\w*)\b/i;
// Admitting against denying; slowing against speeding up.
const KO_ADMIT = /인정(?!받|을 받)|시인|자백|자인/;
const KO_DENY = /부인(?:했|하[고며여는기지]|해|한|할)|부정(?:했|하[고며여는기지]|해|한)|일축|반박/;
const EN_ADMIT = /\b(?:admit\w*|acknowledg\w*|confess\w*|conced\w*|owned up|confirm(?:s|ed|ing)?)\b/i;
const EN_DENY = /\b(?:den(?:y|ied|ies|ial)|dismiss\w*|reject\w*|refut\w*|rebut\w*|disput\w*)\b/i;
const KO_SLOW = /둔화|주춤|느려|더뎌|완만해/;
const KO_FAST = /가속|빨라|가팔라|속도를 내/;
const EN_SLOW = /\b(?:slow\w*|decelerat\w*|moderat(?:e|ed|es|ing)|cool(?:ed|ing|s)? (?:down|off)?)\b/i;
const EN_FAST = /\b(?:accelerat\w*|quicken\w*|pick(?:ed|s|ing)? up|sped up|speed(?:s|ed|ing)? up|faster|steeper)\b/i;
// Early against late; marrying against divorcing; success against failure; hiring against firing; joining against
// leaving; starting against ending; surviving against dying.
const KO_EARLY = /일찍|조기(?!에 진화)|앞당/;
const KO_LATE = /늦게|늦은|늦어|늦을|늦겠|늦었|늦다(?![가-힣])|늦춰|늦췄|지각|지연|미뤄|미뤘|연기(?:했|하[고며기]|됐|되[었고며])/;
const EN_EARLY = /\b(?:early|earlier than|earliest|ahead of schedule|brought forward|moved up)\b/i;
const EN_LATE = /\b(?:late|later than|latest|delay\w*|postpon\w*|behind schedule|pushed back|put off)\b/i;
const KO_MARRY = /결혼|혼인|웨딩/;
const KO_DIVORCE = /이혼|파경|결별/;
const EN_MARRY = /\b(?:marr(?:y|ied|ies|iage|ying)|wed(?:s|ded|ding)?|tied the knot)\b/i;
const EN_DIVORCE = /\b(?:divorc\w*|split up|broke up|separated)\b/i;
// Session 17: a word of its own (대성공), not the middle of another (조성공사 "site preparation work").
const KO_SUCCESS = /(?<![가-힣])대?성공|(?<!불)합격/;
const KO_FAILURE = /실패|좌절|불합격|낙방/;
const EN_SUCCESS = /\b(?:succe(?:ed|eds|eded|ss|ssful|ssfully)|managed to|passed|(?:box-office|smash|big|huge|surprise|runaway|major|instant) hit|blockbuster)\b/i;
const EN_FAILURE = /\b(?:fail(?:s|ed|ure)?|unsuccessful|fell through|flunk\w*)\b/i;
const KO_HIRE = /채용|신규 고용|고용을 늘/;
const KO_FIRE = /해고|감원|정리해고|구조조정/;
const EN_HIRE = /\b(?:hir(?:e|es|ed|ing)|recruit\w*|take on)\b/i;
const EN_FIRE = /\b(?:dismiss\w*|laid off|lay(?:s|ing)? off|layoffs?|job cuts|sack\w*|fired|firing)\b/i;
const KO_JOIN = /가입|합류|입당|입사|입단/;
const KO_LEAVE = /탈퇴|탈당|퇴사|떠나|떠났|떠난|이탈/;
const EN_JOIN = /\b(?:join(?:s|ed|ing)?|sign(?:s|ed)? up|signed with)\b/i;
// "annual leave", "on leave": the noun of time off.
const EN_LEAVE = /\b(?:(?<!\b(?:annual|sick|maternity|paternity|parental|paid|unpaid|medical|family|on|of|study|shore)\s)leav(?:e|es|ing)|left|quit(?:s|ting)?|withdr[ae]w\w*|exit(?:s|ed|ing)?|depart\w*)\b/i;
const KO_START = /시작|개막|개시|착수/;
const KO_END = /종료|끝나|끝났|끝낸|폐막|마쳤|마친|마쳐|마치[고며]|완료/;
const EN_START = /\b(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began|begun|launch(?:es|ed|ing)?|kick(?:s|ed)? off|open(?:s|ed)?|introduc(?:e|es|ed|ing)|roll(?:s|ed)? out)\b/i;
const EN_END = /\b(?:ended|ends|finish(?:es|ed|ing)?|complet(?:e|es|ed|ing|ion)|conclud(?:e|es|ed|ing)|wrap(?:s|ped)? up|closed)\b/i;
const KO_NARROW = /좁혀|좁아|좁히/;
// 확대 widens only a gap or a margin (격차가 확대됐다, 증가폭이 — masked □ by KO_RATE_NOUN — 확대됐다); elsewhere it expands a
// service or a budget.
const KO_WIDEN = /벌어|넓어|넓혀|넓히|커졌|(?<=(?:폭|격차|차이|□)[^.]{0,30})확대(?=됐|되|했|해|돼|된|한)/;
const EN_NARROW = /\b(?:narrow\w*|closer|shr[aiu]nk\w*|tighten\w*)\b/i;
const EN_WIDEN = /\b(?:widen\w*|wider|broaden\w*|grew|grow\w*|larger)\b/i;
const KO_GAIN = /되찾|얻었|얻은|얻어|획득|회복/;
const KO_LOSS = /잃었|잃은|잃어|잃고|상실|빼앗/;
const EN_GAIN = /\b(?:regain\w*|recover\w*|gain(?:s|ed)?|obtain\w*|earn(?:s|ed)?|restor\w*)\b/i;
const EN_LOSS = /\b(?:lost|los(?:e|es|ing)|forfeit\w*|deprived)\b/i;
const KO_ADVANCE = /진출|올라갔|올랐|통과/;
const KO_OUT = /탈락|고배|예선 ?좌절/;
const EN_ADVANCE = /\b(?:advanc\w*|reach(?:es|ed)?|progress\w*|qualif\w*|went through|moved on|made it)\b/i;
const EN_OUT = /\b(?:eliminat\w*|knocked out|crashed out|exit(?:s|ed)?|ousted|bowed out|failed to (?:advance|qualify|reach))\b/i;
const KO_MORE = /많았|많아졌|많다(?![가-힣])|많은 것으로|늘어난 것으로|[이가]\s(?:너무\s|워낙\s|매우\s)?많아(?:서)?(?=\s)|(?<![가-힣])많(?:더라|더군|던데|네요|을 것|겠)|(?<![가-힣])(?:너무|엄청|훨씬)\s?많이/;
const KO_FEWER = /(?<![가-힣])적었|적어졌|(?<![가-힣])적다(?![가-힣])|적은 것으로|줄어든 것으로|[이가]\s(?:너무\s|워낙\s|매우\s)?적어(?:서)?(?=\s)|(?<![가-힣])적게(?!는)|(?<![가-힣])적을(?=\s(?:것|전망|듯))|가장\s(?:작은|적은|낮은)/;
const EN_MORE = /\b(?:more|larger|bigger|greater|higher|largest|biggest|greatest|highest|exceed\w*|above|too many|too much)\b/i;
// Session 17: not a temperature's "below freezing" (영하로 떨어지는 곳이 많겠다).
const EN_FEWER = /\b(?:fewer|less|smaller|lower|smallest|lowest|(?<!\bat )least|fewest|below(?! (?:freezing|zero)\b))\b/i;
const KO_CALL_OFF = /철회|취소|보류|백지화|(?<![가-힣])연기(?:됐|되었|되면서|돼|되고|된다)/;
const KO_GO_AHEAD = /강행|예정대로|돌입/;
const EN_CALL_OFF = /\b(?:call(?:s|ed)? off|cancel\w*|withdr[ae]w\w*|scrap\w*|shelv\w*|suspend\w*|postpon\w*|dropp(?:ed|ing)|abandon\w*)\b/i;
const EN_GO_AHEAD = /\b(?:went ahead|go(?:es)? ahead|going ahead|proceed\w*|pressed ahead|pushed ahead|pushed through|launched)\b/i;
const KO_SAFE = /안전(?!사고|불감)/;
const KO_DANGER = /위험|위태|유해/;
const EN_SAFE = /\b(?:safe(?:ly|r|st)?|safety|harmless)\b/i;
const EN_DANGER = /\b(?:danger\w*|unsafe|hazard\w*|risky|harmful|perilous)\b/i;
const KO_ALIVE = /생존|살아남|목숨을 건|구조됐/;
const KO_DEAD = /사망|숨졌|숨진|목숨을 잃|숨을 거/;
const EN_ALIVE = /\b(?:surviv\w*|alive|rescued)\b/i;
const EN_DEAD = /\b(?:died|dead|killed|deaths?)\b/i;
// Held in private against in public; cheap against expensive.
const KO_PRIVATE = /비공개|비밀리|밀실/;
const KO_PUBLIC = /(?<!비)공개(?!적으로 밝히지)|공개적/;
const EN_PRIVATE = /\b(?:behind closed doors|closed-door|in private|privately|in secret|secret(?:ly)?|confidential(?:ly)?)\b/i;
const EN_PUBLIC = /\b(?:open to the public|in public|publicly|made public)\b/i;
// 덜 (less) before an adjective turns it round: 덜 추울 is warmer, 덜 비싼 cheaper, 덜 무거운 lighter.
const KO_CHEAP = /저렴|(?<![비가-힣])싸[게졌지고다]|(?<![비가-힣])싼|값싼|헐값|덜\s?비[싸싼쌌]/;
const KO_EXPENSIVE = /(?<!덜\s?)비싸|(?<!덜\s?)비싼|값비싼|고가(?!도로|의 도)/;
const EN_CHEAP = /\b(?:cheap\w*|affordab\w*|inexpensive|less expensive|lower-priced|bargain)\b/i;
const EN_EXPENSIVE = /\b(?<!less |not |in)(?:expensive|pricier|costlier|pricey)\b/i;
// Welcomed or praised against criticized or condemned; warm against cold.
const KO_PRAISE = /환영|호평|칭찬|극찬|찬사|찬양|반겼|반기[고며는]/;
const KO_CRITICIZE = /비판|비난|규탄|혹평|질타|성토|반발|항의/;
const EN_PRAISE = /\b(?:welcom\w*|prais\w*|applaud\w*|hail(?:s|ed|ing)?|commend\w*|laud\w*|acclaim\w*|cheer(?:s|ed|ing)?)\b/i;
const EN_CRITICIZE = /\b(?:critici[sz]\w*|criticism|condemn\w*|denounc\w*|slam(?:s|med|ming)?|blast(?:s|ed|ing)?|lambast\w*|decr(?:y|ied|ies)|protest\w*|rebuk\w*|censur\w*|attack(?:s|ed|ing)?)\b/i;
// Only the adjectives of weather: 무더위 쉼터 is a "cooling shelter", 한파 대책 "heating support".
const KO_WARM = /따뜻|따듯|포근|온화|(?<![가-힣]|덜\s?)덥[고다겠지]|(?<![가-힣]|덜\s?)더[운워웠울]|덜\s?(?:춥|추[운워웠울])/;
const KO_COLD = /(?<![가-힣]|덜\s?)춥[고다겠지]|(?<![가-힣]|덜\s?)추[운워웠울]|쌀쌀|서늘|덜\s?(?:덥|더[운워웠울])/;
const EN_WARM = /\b(?:warm(?:er|est|ing|ly)?|mild(?:er|est)?|hot(?:ter|test)?|balmy)\b/i;
const EN_COLD = /\b(?:cold(?:er|est)?|chill(?:y|ier|iest)?|cool(?:er|est)?|freezing|frigid|frosty|wintry)\b/i;
// A medicine taken before meals against after them.
const KO_BEFORE_MEAL = /식전|공복/;
// 음식과 함께 드세요 (take with food) is the other side of 공복에 (on an empty stomach).
const KO_AFTER_MEAL = /식후|(?:음식|음식물|식사|밥)(?:과|와|이랑|랑)\s?(?:함께|같이)/;
const EN_BEFORE_MEAL = /\b(?:before (?:a |each |every )?meals?|before eating|on an empty stomach)\b/i;
const EN_AFTER_MEAL = /\b(?:after (?:a |each |every )?meals?|after eating|with (?:a meal|meals|food))\b/i;
// Regret or grief against joy or celebration.
const KO_SAD = /아쉬[움워웠운]|슬픔|슬퍼|슬픈|애도|유감|안타까|실망|비통|침통/;
const KO_GLAD = /기뻐|기쁨|기쁜|기쁘|축하|환호|반가[워웠운]|자축|경사/;
const EN_SAD = /\b(?:regret\w*|sad\w*|sorrow\w*|mourn\w*|disappoint\w*|lament\w*|griev\w*|grief|condolenc\w*|dismay\w*|heartbr\w*)\b/i;
const EN_GLAD = /\b(?:celebrat\w*|rejoic\w*|delight\w*|happ(?:y|ily|iness)|joy\w*|cheer(?:s|ed|ing|ful)?|congratulat\w*|thrill\w*|jubila\w*|glad)\b/i;
// Thin against thick, light against heavy (a product compared with the one before it).
const KO_THIN = /얇[아은게다았고지]/;
const KO_THICK = /두꺼[워운웠]|두껍/;
const EN_THIN = /\b(?:thin(?:ner|nest|ness)?|slim(?:mer|mest)?|slender)\b/i;
const EN_THICK = /\b(?:thick(?:er|est|ness)?|bulk(?:ier|y)|chunk(?:ier|y))\b/i;
const KO_LIGHT = /(?<!덜\s?)가벼[워운웠]|(?<!덜\s?)가볍|덜\s?무거[워운웠]|덜\s?무겁/;
const KO_HEAVY = /(?<!덜\s?)무거[워운웠]|(?<!덜\s?)무겁|덜\s?가벼[워운웠]|덜\s?가볍/;
const EN_LIGHT = /\b(?:light(?:er|est|weight)?)\b/i;
const EN_HEAVY = /\b(?:heav(?:y|ier|iest))\b/i;
// Better against worse (taste, quality, a condition): 맛이 깊어진다 → "loses its flavor".
const KO_BETTER = /깊어[지져진졌]|좋아[지져진졌]|향상(?:됐|되|된|했|시켰|시킨|시키)|풍부해[지져진졌]/;
const KO_WORSE = /나빠[지져진졌]|상하[고며기는]|상했|상한|망가[지져진졌]|변질|퇴보|떨어지는 맛|맛이 (?:없어|떨어)/;
const EN_BETTER = /\b(?:better|improv\w*|deepen\w*|richer|enhanc\w*|tastier|intensif\w*|mellow\w*)\b/i;
const EN_WORSE = /\b(?:worse|worsen\w*|deteriorat\w*|spoil\w*|ruin\w*|degrad\w*|los(?:e|es|ing) (?:its|their|some|much|all|most)|go(?:es)? bad|went bad|gone bad|stale|blander|duller)\b/i;
// Session 9: the basic evaluative axes a judgement is made on — how good, how sound, how much there is. A Korean
// judgement of one pole (공기 질 '좋음', 체력이 튼튼하다, 양이 적다) against an English word of the other pole only.
const KO_GOOD = /좋(?!아하|아했|아해|아할|아한|아져|아지|아진|아졌)(?:음|은|았|다|네|습|고|으|아요|아서)|훌륭|우수(?:하|한|했)|양호|최상/;
const KO_BAD = /나쁘|나빴|나쁜|나쁨|나빠(?![지져진졌])|불량|열악|형편없|최악/;
const EN_GOOD = /\b(?:good|fine(?!\s+(?:dust|particles?|particulate|print|lines?|dining|arts?))|great|excellent|decent|nice|superb|favou?rable|satisfactory|outstanding)\b/i;
const EN_BAD = /\b(?:bad|poor|terrible|awful|lousy|dreadful|unsatisfactory|abysmal|appalling|worst)\b/i;
const KO_STURDY = /튼튼|견고|탄탄|건전(?:하|한|했|성)|건실|든든|굳건|견실|막강|강력(?:하|한|했)/;
const KO_FRAGILE = /취약|부실|허약|허술|(?<![가-힣])약(?:하|한|해|했)|불안정|연약|나약/;
const EN_STURDY = /\b(?:strong|sturdy|solid|robust|resilient|firm|stable|durable|healthy|rock-solid|well-built)\b/i;
const EN_FRAGILE = /\b(?:weak(?:ened|ening|er|est|ness)?|fragile|shaky|flimsy|vulnerable|porous|frail|unstable|precarious|unsound|brittle|feeble|shoddy)\b/i;
// Session 15: a device on against off; a way in against a way out.
const KO_POWER_ON = /켜(?:진|져|고|면|놓|둔|두|지|세요|십시오)|켠\s/;
const KO_POWER_OFF = /꺼(?:진|져|놓|둔|두|지|\s?(?:주세요|주십시오|줘|라|요))|끄(?:고|면|기|신|세요|십시오|지)|끈\s(?:상태|채|뒤|후)/;
const EN_POWER_ON = /\b(?:(?:is|are|was|were|been|still|left) on|(?:turn|switch)(?:s|es|ed|ing)? (?:\w+ )?on|power(?:s|ed|ing)? (?:\w+ )?(?:on|up)|on state)\b/i;
const EN_POWER_OFF = /\b(?:(?:is|are|was|were|been|still|left) off|(?:turn|switch|shut)(?:s|es|ed|ing|ting)? (?:\w+ )?off|power(?:s|ed|ing)? (?:\w+ )?(?:off|down)|unplug\w*)\b/i;
const KO_WAY_IN = /입구|(?<![가-힣])입장(?:로|문)|들어오는\s?(?:곳|길|문)/;
const KO_WAY_OUT = /출구|(?<![가-힣])퇴장(?:로|문)|나가는\s?(?:곳|길|문)/;
const EN_WAY_IN = /\b(?:entrances?|entry|way in|entryway)\b/i;
const EN_WAY_OUT = /\b(?:exits?|way out|egress)\b/i;
const KO_PLENTY = /넉넉|푸짐|풍부(?:하|한|했)|풍성|충분(?:하|한|했|히)|[이가]\s(?:너무\s|워낙\s|매우\s|꽤\s)?많[아았은다]/;
const KO_SCARCE = /[이가]\s(?:너무\s|워낙\s|매우\s|좀\s|조금\s)?적[어었은다]|부족(?:하|한|했|해)|모자라|모자랐|빈약/;
const EN_PLENTY = /\b(?:generous(?:ly)?|plenty|plentiful|ample|abundant\w*|hearty|lavish|enough|sufficient|lots of|heaps of|loads of|large portions?|big portions?|too many|too much)\b/i;
const EN_SCARCE = /\b(?:(?<!\ba\s)few|scarce|scant\w*|skimpy|meag(?:er|re)|insufficient|stingy|sparse|too little|small portions?|tiny portions?|short on|lacking)\b/i;
// A prohibitive (열어 두지 마십시오 "keep it closed") denies the verb before it too.
const KO_NEGATED = /않|못|없|아니|아닌|말고|지\s?(?:마|말)|(?<![가-힣])안\s(?=[가-힣])/;

/** Any cue of the axes after up/down and buy/sell, tested once so that most pairs skip them. */
const KO_OTHER_AXES = new RegExp([KO_FOR, KO_AGAINST, KO_OPEN, KO_CLOSE, KO_WIN, KO_LOSE, KO_TIGHTEN, KO_EASE, KO_GUILTY, KO_INNOCENT, KO_PRIVATE, KO_PUBLIC, KO_CHEAP, KO_EXPENSIVE, KO_ADMIT, KO_DENY, KO_SLOW, KO_FAST, KO_EARLY, KO_LATE, KO_MARRY, KO_DIVORCE, KO_SUCCESS, KO_FAILURE, KO_HIRE, KO_FIRE, KO_JOIN, KO_LEAVE, KO_START, KO_END, KO_ALIVE, KO_DEAD, KO_SAFE, KO_DANGER, KO_NARROW, KO_WIDEN, KO_GAIN, KO_LOSS, KO_ADVANCE, KO_OUT, KO_MORE, KO_FEWER, KO_CALL_OFF, KO_GO_AHEAD, KO_PRAISE, KO_CRITICIZE, KO_WARM, KO_COLD, KO_SAD, KO_GLAD, KO_BEFORE_MEAL, KO_AFTER_MEAL, KO_THIN, KO_THICK, KO_LIGHT, KO_HEAVY, KO_BETTER, KO_WORSE, KO_GOOD, KO_BAD, KO_STURDY, KO_FRAGILE, KO_PLENTY, KO_SCARCE, KO_POWER_ON, KO_POWER_OFF, KO_WAY_IN, KO_WAY_OUT, ...OPPOSITE_AXES.flatMap(([koA, koB]) => [koA, koB])].map((pattern) => pattern.source).join('|'));

// "did not accept", "never closed": a negated English cue is not a direction (negation-mismatch judges it).
// Session 15: "n't" inside its verb (isn't, wasn't) too.
const EN_NEGATION_BEFORE = /(?:\b(?:not|never|no|without|fail(?:s|ed)? to|refus(?:e|es|ed) to)|n['’]t)\s+(?:\w+\s+){0,2}$/i;

// 회복이 거의 이뤄지지 않았다, 감소 없는, 떨어진 것은 아니다, 회복은 어렵다: a Korean cue denied right after it is no
// direction (negation-mismatch reads the denial).
const KO_DENIED_AFTER = /^[가-힣]{0,3}(?:\s[가-힣]{1,5}){0,2}?\s?[가-힣]{0,4}지(?:는|도|조차)?\s?(?:않|못)|^[가-힣]{0,3}\s(?:[가-힣]{1,5}\s)?(?:안|못)\s|^[가-힣]{0,2}\s?없|^[가-힣]{0,3}\s(?:것|건|게)[은는이도]?\s?아니|^[가-힣]{0,2}\s?(?:거의\s|사실상\s|매우\s|아직\s|쉽게\s)?(?:어렵|어려|힘들|불가능)|^[가-힣]{0,3}\s(?:[가-힣]+\s)?[가-힣]*(?:실패|무산|좌절|불발)/;

/** The first match of a Korean cue that is not denied just after it. */
/** A figure and the verb of its move right after it (2.1% 감소했다, 3만 명 늘어): the move of that figure. */
const KO_FIGURE_MOVE = /(\d+(?:[.,]\d+)*)\s?(?:%p|%포인트|%|퍼센트|포인트|[가-힣]{1,2})?(?:[로으]{1,2}|가|이|씩|나|만큼)?\s?(?:[가-힣]{1,2}\s)?/g;
/** What may stand between an English verb of a move and its figure: "rose by nearly 2.1%", "fell to a record 3.5%". */
const EN_TO_FIGURE = /^(?:\s+(?:by|to|of|some|about|nearly|almost|around|roughly|an?|just|over|under|more|less|than|only|another|further|as|much|many|record|all-time|estimated|additional|over|a))*\s+[$₩€£¥]?$/i;
/** A move said after its figure: "2.1% higher", "a 2.1% drop". */
const EN_MOVE_AFTER = /^(?:\s?(?:%|percent|per cent|percentage points?|points?|pp))?[\s-]+(higher|lower|increase[sd]?|rise|gains?|jump|drop|declines?|decrease[sd]?|fall|slide|dip|cut|reduction|up|down)\b/i;
const EN_UP_WORD = /^(?:higher|increase[sd]?|rise|gains?|jump|up)$/i;
/** The English words of a move up and down, for reading them all before a figure. */
const EN_MOVES: [RegExp, boolean][] = [[new RegExp(EN_UP.source, 'gi'), true], [new RegExp(EN_DOWN.source, 'gi'), false]];

/**
 * Session 13: one figure that moves one way in the Korean (2.1% 감소했다) and the other way in the English ("rose 2.1%"),
 * read at the figure, so that other moves in the same sentence (반도체 호조, "weighed down") do not hide it.
 */
function figureMovedOtherWay(ko: string, en: string): { korean: string; english: string; direction: string; range: [number, number] } | undefined {
  if (!/\d/.test(ko) || !/\d/.test(en)) return undefined;
  for (const match of ko.matchAll(KO_FIGURE_MOVE)) {
    const after = ko.slice(match.index + match[0].length, match.index + match[0].length + 6);
    const up = /^(?:상승|올랐|올라|증가|늘었|늘어|늘린|늘려|인상|급등|반등|뛰었|뛰어)/.exec(after);
    const down = /^(?:하락|내렸|내려|떨어|감소|줄었|줄어|줄인|줄여|인하|급락|둔화)/.exec(after);
    if (!up === !down || KO_DENIED_AFTER.test(ko.slice(match.index + match[0].length, match.index + match[0].length + 24))) continue;
    const figure = match[1]!;
    for (let at = en.indexOf(figure); at >= 0; at = en.indexOf(figure, at + 1)) {
      if (/[\d.,]/.test(en[at - 1] ?? '') || /\d/.test(en[at + figure.length] ?? '')) continue;
      const before = en.slice(Math.max(0, at - 40), at);
      let english: { text: string; up: boolean; index: number } | undefined;
      for (const [global, isUp] of EN_MOVES) {
        for (const found of before.matchAll(global)) {
          if (!EN_TO_FIGURE.test(before.slice(found.index + found[0].length))) continue;
          english = { text: found[0], up: isUp, index: at - before.length + found.index };
        }
      }
      const later = EN_MOVE_AFTER.exec(en.slice(at + figure.length, at + figure.length + 24));
      if (!english && later) english = { text: later[1]!, up: EN_UP_WORD.test(later[1]!), index: at + figure.length + later.index + later[0].length - later[1]!.length };
      if (!english) continue;
      if (english.up === Boolean(up)) return undefined;
      const cue = (up ?? down)![0];
      return { korean: `${figure} ${cue}`, english: english.text, direction: up ? 'up' : 'down', range: [english.index, english.index + english.text.length] };
    }
  }
  return undefined;
}

function affirmedKorean(pattern: RegExp, text: string): RegExpExecArray | null {
  const match = pattern.exec(text);
  // Session 13: and not denied before it (기분이 안 좋다 is a bad mood, not a good one).
  if (match && /(?<![가-힣])(?:안|못)\s?$/.test(text.slice(Math.max(0, match.index - 3), match.index))) return null;
  if (!match || !KO_DENIED_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 24))) return match;
  // Only the first cue is tested: a text that also affirms it elsewhere is left alone rather than read twice.
  return null;
}

function affirmed(pattern: RegExp, en: string): RegExpExecArray | null {
  let match = pattern.exec(en);
  // Session 10: a participle after a determiner ("the falling birth rate", "its rising costs") names a standing trend,
  // not what the sentence reports: the next match is read instead.
  if (match && /ing$/i.test(match[0]) && EN_ATTRIBUTIVE_BEFORE.test(en.slice(Math.max(0, match.index - 12), match.index)) && !EN_TREND_AFTER.test(en.slice(match.index + match[0].length, match.index + match[0].length + 16))) {
    const global = (GLOBAL_PATTERNS.get(pattern) ?? GLOBAL_PATTERNS.set(pattern, new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)).get(pattern))!;
    match = null;
    for (const next of en.matchAll(global)) {
      if (/ing$/i.test(next[0]) && EN_ATTRIBUTIVE_BEFORE.test(en.slice(Math.max(0, next.index - 12), next.index)) && !EN_TREND_AFTER.test(en.slice(next.index + next[0].length, next.index + next[0].length + 16))) continue;
      match = next as RegExpExecArray;
      break;
    }
  }
  if (!match || EN_NEGATION_BEFORE.test(en.slice(Math.max(0, match.index - 40), match.index))) return null;
  // Session 13: a thing forbidden is its opposite pole ("Smoking is prohibited" for 금연).
  if (EN_FORBIDDEN_AFTER.test(en.slice(match.index + match[0].length, match.index + match[0].length + 30))) return null;
  return match;
}
const EN_FORBIDDEN_AFTER = /^(?:\s+(?:is|are|was|were|will be|remains?|has been|have been))?\s+(?:strictly\s+|completely\s+|totally\s+)?(?:prohibited|banned|forbidden|not (?:allowed|permitted))\b/i;

const EN_ATTRIBUTIVE_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+$/i;
/** A trend word after the participle ("a worsening trend") makes it the claim itself. */
const EN_TREND_AFTER = /^\s+(?:trend|tendency|pattern|streak|momentum|course|path|direction)\b/i;
/** Global copies of the axis patterns, compiled once each. */
const GLOBAL_PATTERNS = new Map<RegExp, RegExp>();

// "한국은 브라질에 0-3으로 패했다" is "Brazil beat South Korea": with the other side named (에/에게 before the loss,
// 을/를 before the win), the English may make it the subject of the opposite verb. Turned round when the Korean
// subject shows in the English after the English verb of winning or losing.
const KO_SUBJECT = /^\s*(?:[가-힣]+\s)?([가-힣]{2,})(?:은|는|이|가)\s/;
const KO_OPPONENT = /[가-힣](?:에|에게|한테)\s(?:[^\s]+\s)?(?:패|졌|지고|무릎)|[가-힣][을를]\s(?:[^\s]+\s)?(?:꺾|이겼|이기|제압|물리)/;

function turnedRound(korean: string, en: string): boolean {
  if (!KO_OPPONENT.test(korean)) return false;
  const subject = KO_SUBJECT.exec(korean);
  const entry = subject ? lexiconEntry(subject[1]!) : undefined;
  const verb = /\b(?:beat|beats|beaten|defeat\w*|w[oi]n\w*|lost|los(?:e|es|ing)|fell)\b/i.exec(en);
  if (!entry || !verb) return false;
  const named = entry.english.exec(en);
  return Boolean(named && named.index > verb.index);
}

/** The axes read in this order once the ten `create` names first have found nothing: the Korean poles, the English poles, their names. */
const AXES: [RegExp, RegExp, RegExp, RegExp, [string, string]][] = [
  [KO_SLOW, KO_FAST, EN_SLOW, EN_FAST, ['slowing', 'speeding up']],
  [KO_EARLY, KO_LATE, EN_EARLY, EN_LATE, ['early', 'late']],
  [KO_MARRY, KO_DIVORCE, EN_MARRY, EN_DIVORCE, ['marrying', 'divorcing']],
  [KO_SUCCESS, KO_FAILURE, EN_SUCCESS, EN_FAILURE, ['success', 'failure']],
  [KO_HIRE, KO_FIRE, EN_HIRE, EN_FIRE, ['hiring', 'firing']],
  [KO_JOIN, KO_LEAVE, EN_JOIN, EN_LEAVE, ['joining', 'leaving']],
  [KO_START, KO_END, EN_START, EN_END, ['starting', 'ending']],
  [KO_ALIVE, KO_DEAD, EN_ALIVE, EN_DEAD, ['surviving', 'dying']],
  [KO_SAFE, KO_DANGER, EN_SAFE, EN_DANGER, ['safe', 'dangerous']],
  [KO_NARROW, KO_WIDEN, EN_NARROW, EN_WIDEN, ['narrowing', 'widening']],
  [KO_GAIN, KO_LOSS, EN_GAIN, EN_LOSS, ['gaining', 'losing']],
  [KO_ADVANCE, KO_OUT, EN_ADVANCE, EN_OUT, ['advancing', 'eliminated']],
  [KO_MORE, KO_FEWER, EN_MORE, EN_FEWER, ['more', 'fewer']],
  [KO_CALL_OFF, KO_GO_AHEAD, EN_CALL_OFF, EN_GO_AHEAD, ['called off', 'going ahead']],
  [KO_PRAISE, KO_CRITICIZE, EN_PRAISE, EN_CRITICIZE, ['welcomed', 'criticized']],
  [KO_WARM, KO_COLD, EN_WARM, EN_COLD, ['warm', 'cold']],
  [KO_SAD, KO_GLAD, EN_SAD, EN_GLAD, ['regretful', 'glad']],
  [KO_BEFORE_MEAL, KO_AFTER_MEAL, EN_BEFORE_MEAL, EN_AFTER_MEAL, ['before meals', 'after meals']],
  [KO_THIN, KO_THICK, EN_THIN, EN_THICK, ['thinner', 'thicker']],
  [KO_LIGHT, KO_HEAVY, EN_LIGHT, EN_HEAVY, ['lighter', 'heavier']],
  [KO_BETTER, KO_WORSE, EN_BETTER, EN_WORSE, ['better', 'worse']],
  [KO_GOOD, KO_BAD, EN_GOOD, EN_BAD, ['good', 'bad']],
  [KO_STURDY, KO_FRAGILE, EN_STURDY, EN_FRAGILE, ['sound', 'fragile']],
  [KO_PLENTY, KO_SCARCE, EN_PLENTY, EN_SCARCE, ['plentiful', 'scarce']],
  [KO_POWER_ON, KO_POWER_OFF, EN_POWER_ON, EN_POWER_OFF, ['switched on', 'switched off']],
  [KO_WAY_IN, KO_WAY_OUT, EN_WAY_IN, EN_WAY_OUT, ['way in', 'way out']],
  ...OPPOSITE_AXES,
];
/** The axes by characters their Korean poles must hold: a sentence holds those of few. */
const AXES_BY_CHARACTER = new ByRequiredCharacter(AXES, ([koA, koB]) => [koA, koB]);

const KO_LOSS_NOUN = /피해|손실|손해/;
const EN_LOSS_NOUN = /\blosses\b/gi;

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!en.trim() || isCopy(ko, en)) return;
      const korean = ko.replace(KO_WEATHER, (weather) => '□'.repeat(weather.length)).replace(KO_RATE_NOUN, (rate) => '□'.repeat(rate.length)).replace(KO_LIKELIHOOD, (likely) => '□'.repeat(likely.length));
      // 환율이 올랐다 (more won to the dollar) is "the won fell": a currency named in place of the rate turns it round.
      const currencyForRate = /환율/.test(korean) && !/\brates?\b/i.test(en);
      const moved = currencyForRate ? undefined : figureMovedOtherWay(korean, en);
      if (moved) {
        context.report({ messageId: 'flipped', data: { korean: moved.korean, direction: moved.direction, english: moved.english }, side: 'en', range: moved.range });
        return;
      }
      // Session 16: "losses" that render a noun of damage (피해액이 늘었다 → "losses … exceeded") name the figure, not its move.
      const moves = KO_LOSS_NOUN.test(korean) ? en.replace(EN_LOSS_NOUN, (noun) => '_'.repeat(noun.length)) : en;
      if (!currencyForRate && compare(korean, KO_UP, KO_DOWN, EN_UP, EN_DOWN, ['up', 'down'], moves)) return;
      if (compare(korean, KO_BUY, KO_SELL, EN_BUY, EN_SELL, ['buying', 'selling'])) return;
      if (!KO_OTHER_AXES.test(korean) || KO_NEGATED.test(korean)) return;
      if (compare(korean, KO_FOR, KO_AGAINST, EN_FOR, EN_AGAINST, ['for', 'against'])) return;
      if (compare(korean, KO_OPEN, KO_CLOSE, EN_OPEN, EN_CLOSE, ['open', 'closed'])) return;
      if (!turnedRound(korean, en) && compare(korean, KO_WIN, KO_LOSE, EN_WIN, EN_LOSE, ['winning', 'losing'])) return;
      if (compare(korean, KO_TIGHTEN, KO_EASE, EN_TIGHTEN, EN_EASE, ['tighter', 'eased'])) return;
      if (compare(korean, KO_GUILTY, KO_INNOCENT, EN_GUILTY, EN_INNOCENT, ['guilty', 'not guilty'])) return;
      if (compare(korean, KO_PRIVATE, KO_PUBLIC, EN_PRIVATE, EN_PUBLIC, ['private', 'public'])) return;
      if (compare(korean, KO_CHEAP, KO_EXPENSIVE, EN_CHEAP, EN_EXPENSIVE, ['cheap', 'expensive'])) return;
      if (compare(korean, KO_ADMIT, KO_DENY, EN_ADMIT, EN_DENY, ['admitted', 'denied'])) return;
      for (const [koA, koB, enA, enB, names] of AXES_BY_CHARACTER.in(korean)) if (compare(korean, koA, koB, enA, enB, names)) return;

      /** Flags when the Korean points one way only and the English the other way only. */
      function compare(text: string, koA: RegExp, koB: RegExp, enA: RegExp, enB: RegExp, names: [string, string], english = en): boolean {
        const a = affirmedKorean(koA, text);
        const b = affirmedKorean(koB, text);
        // Both ways, or neither: nothing one-directional to compare.
        if (Boolean(a) === Boolean(b)) return false;
        const enHasA = affirmed(enA, english);
        const enHasB = affirmed(enB, english);
        if (Boolean(enHasA) === Boolean(enHasB)) return false;
        if (a && enHasB) report(a, enHasB, names[0]);
        else if (b && enHasA) report(b, enHasA, names[1]);
        else return false;
        return true;
      }

      function report(cue: RegExpExecArray, english: RegExpExecArray, direction: string): void {
        context.report({
          messageId: 'flipped',
          data: { korean: cue[0], direction, english: english[0] },
          side: 'en',
          range: [english.index, english.index + english[0].length],
        });
      }
    },
  };
}
