// @fileoverview The Korean denies something and the English affirms it (or the reverse). Only clear cues
// count: 않/못/없/안/아니/말 against not, no, never, without, un-, fail… Idioms whose 없/않 is not a
// negation (끊임없이 "constantly", 틀림없이 "surely", 적지 않은 "considerable") are removed first.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { isCopy } from '../validate/text.js';
import { ByRequiredCharacter, matchesOf } from '../regexp.js';
import { koreanTerms, lexiconEntry, type LexiconEntry } from '../validate/lexicon.js';
import { DENIED_BY_OPPOSITE, NATIVE_PREDICATE_ROWS, NEGATIVE_EVENT_ANY, NEGATIVE_EVENTS, SINO_PREDICATE_ROWS } from './polarity-tables.js';

export const meta = {
  type: 'error',
  docs: { description: 'A negation in one text has no counterpart in the other.' },
  messages: {
    dropped: 'The Korean is negative ("{{cue}}") but the English has no negation.',
    added: 'The English is negative ("{{cue}}") but the Korean has no negation.',
    litotes: 'The Korean "{{cue}}" affirms by denying the opposite, but the English says "{{english}}".',
    prefix: 'The Korean "{{cue}}" carries its own negation (or none), but the English says "{{english}}".',
    doubleNegative: 'The Korean denies a negative verb ("{{cue}}") but the English affirms it ("{{english}}").',
    contrast: 'The Korean says "not {{denied}} but {{affirmed}}", but the English denies "{{english}}".',
    notOnly: 'The Korean says "not only … but also" ("{{cue}}"), but the English says "{{english}}".',
    canCannot: 'The Korean says it can be done ("{{cue}}"), but the English says "{{english}}".',
    degree: 'The Korean says it is {{korean}} ("{{cue}}"), but the English says "{{english}}".',
    concession: 'The Korean says "in spite of" ("{{cue}}"), but the English makes it the cause ("{{english}}").',
    willing: 'The Korean says someone means to ("{{cue}}"), but the English says "{{english}}".',
    notYet: 'The Korean says "not yet" ("{{cue}}"), but the English says "{{english}}".',
    antonym: 'The Korean says "{{cue}}", but the English says the opposite ("{{english}}").',
    exception: 'The Korean limits it to one case ("{{cue}}"), but the English makes that case the exception ("{{english}}").',
  },
} satisfies Check['meta'];

// Hangul words with 없/않/못/안/아니 that carry no negation to translate.
const KO_IDIOMS =
  /말도\s?안\s?[돼되된]|쉽지 않|녹록[지치]\s?않|간단[하치]지? 않|다르지 않|멀지 않|오래지 않|마다하지 않|아끼지 않|게을리하지 않|잊지\s?(?:않|마|말)|잊(?:으면|어서는|어선)\s?안\s?[되돼된]|(?:지\s?)?(?:않|않았|없|없었|못했)는지|(?:아닌|아닐)지|늦지 않|가만있지 않|가만두지 않|드물지 않|낯설지 않|부족하지 않|모자라지 않|굴하지 않|개의치 않|멈추지 않|그치지 않|끊이지 않|쉬지 않|마지않|지 않으면 안 [되돼된될]|않고서는|않고는|없어서는 안 [되될된]|얼마 안 [가돼되]|좋지 않|좋지 못|안 좋|끊임없|틀림없|어김없|관계없|상관없|쉴 새 없|(?:쉴|숨\s?돌릴|눈\s?붙일|한숨\s?돌릴)\s?(?:틈|새|겨를|시간)(?:이|도)?\s?없|어쩔 수 없|수밖에 없|밖에 없|(?<=[가-힣0-9A-Za-z%])밖에(?:는|도)?\s(?:[^\s.,!?]+\s){0,2}?(?:[^\s.,!?]*지\s?(?:않|못)|(?:못|안)(?=\s?[가-힣]))|뿐만 아니|뿐 아니|만 아니라|못지않|머지않|적지 않|(?:결코\s|그리\s|절대\s)?(?:가볍|작|짧)지 않|만만치 않|만만찮|심상치 않|예사롭지 않|다름없|다름 아닌|아니나 다를까|없지 않|않을 수 없|아닐 수(?:가|는)? 없|(?:없|않|못)[은는]\s?(?:것|건|게)(?:은|도|이)?\s?아니|예외(?:는|가|도)?\s?아니|(?<![가-힣])안\s[가-힣]{1,4}(?:래|래요|을래|을래요|실래요|겠어|겠어요|할래)\s?\?|지\s?않(?:을래|으실래|겠어|겠어요|겠습니까|으시겠어요)[요]?\s?\?|빠짐없|여지없|거침없|아낌없|쓸데없|어이없|재미없|맛없|나위 없|손색없|영락없|하염없|난데없|느닷없|속절없|변함없|끝없|한없|지나지 않|불과하|아닌 게 아니라|않았을까|않을까|않나|않은가|아닌가|아닐까|잖|못지|못내|못마땅|못생|문제없|문제(?:가|는|도)?\s?(?:안\s?[되돼된될]|되지\s?않)|가차없|간단없|부질없|소용없|철없|인정사정없|다름없|아니면|아니고서는|에?도? 못 미[치친쳐쳤칠]|(?:발\s?)?디딜 틈(?:이|도|조차)?\s?없|눈코\s?뜰 새(?:가|도)?\s?없|빈틈(?:이)?\s?없|그지없|짝이 없|이루 (?:말할|헤아릴|다 셀) 수(?:가|도)? 없|말할 것도 없|두말할 (?:것도|나위)|둘도 없|남부럽지 않|(?:할|가릴|막론할|따질) 것 없이|정신\s?없|이만저만(?:이)?\s?아니|보통\s?(?:일|내기|사람|실력|솜씨|일|문제)?(?:이|가)?\s?아니|장난(?:이)?\s?아니|예사(?:가)?\s?아니|여간\s(?:[가-힣]+\s)?[가-힣]+(?:이|가)?\s?아니|말이 아니|말도 못|지나치지 않|(?:적은|작은|가벼운|쉬운|만만한|흔한|드문|나쁜|짧은|낮은|예사로운|사소한)\s?[가-힣]{1,4}?[이가]?\s?아니[다며고었지]|(?:손색|상관|틀림|다름|변함|끝|한|빈틈|거침|어김|가차|쓸데|소용|부질|빠짐|아낌|나무랄 데|흠잡을 데)(?:이|가|도|은|는)\s?없|(?:부족함|모자람|부족한 (?:것|게|점)|아쉬울 (?:것|게))(?:이|가|도|은|는)?\s?없|남(?:의)? 일(?:\s?같지\s?않|이 아니)|없지(?:는|도|만은?)\s?않|무시할\s?수(?:는|도|가)?\s?없|(?:가볍게|쉽게|함부로|대충)\s(?:[가-힣]+\s)?[가-힣]+\s(?:일|문제)(?:이|가|은|는|도)?\s?아니|(?:아니|않|없|못하)(?:라고|다고)(?:는|도|만)?\s?(?:할|말할|단정할|단언할|볼)\s?수(?:는|도|가)?\s?없/g;
// Session 16: 안 before 가득, 곳곳 … is "inside" (집 안 가득), not a denial.
const KO_NEGATION = /(?:지(?:는|도|조차|만은?)?\s?않|지\s?아니(?:하|한|함|합)|지(?:는|도|조차)?\s?못|(?<![가-힣])못(?![이을은]\s)\s?[가-힣]|(?<![가-힣])못(?=[.,\s])|없[다는었고어이을음지으습겠]|없$|(?<![가-힣])안\s(?!(?:가득|곳곳|구석|깊숙|여기저기|한가운데|한쪽|전체|이곳저곳)(?![가-힣]))(?=[가-힣])|(?<![가-힣])안(?=[가-힣]{1,2}(?:다|요|는|고|아|어|았|었|겠))(?!녕|전|정|내|건|보|팎|심|착|타|에|의|과|을|은|이|도|동|양|성|경|개|마|방|부|색|주|락|면|국|목|쪽|치|무|장|겨|겼|긴|산(?![다요]))|아니[다라며고었지면야에요ㄴ]|아닌|아님|아닙|아냐|지\s?말(?:고|라|아|자|\s?것|기|도록|길)|지\s?마(?:라|세요|십시오|시고|시길|시기|셔요|셔|요|\s|$|[.,!])|(?<![가-힣])(?:걱정|염려|근심|신경|겁|오해|실망|긴장|당황|사양|무리|조급해|서운해|미안해)\s?(?:하지\s?)?(?:마(?:세요|십시오|시고|시길|셔요|라|요)?|말(?:고|아요|아|라|기))(?![가-힣])|금지|불가능|불가(?=하|합|해|했|한|할|함|입니다|이다|예요|이에요|로|\s|[.,!)]|$)|미확인|미정)/;
const KO_NEGATION_ALL = new RegExp(KO_NEGATION.source, 'g');
// Negation inside a modifier of a noun: 없이, or 없는/않은/못한 before a noun other than 것/채/상태.
// Session 9: the present and prospective forms too (보이지 않는 줄 "an endless line", 오지 않을 기회 "a once-in-a-lifetime
// chance", 아프지 않을 손주 "the apple of her eye"): a modifier, not a clause, and often one English word.
const ADNOMINAL = /^(?:없이|(?:아닌|없는|없을|지\s?않은|지\s?않는|지\s?않을|지\s?못한|지\s?못하는|지\s?못할|않은|않는|않을|못한|못하는|못할)\s(?!것|걸|게|채|상태|듯|셈|편|경우|때문|모습|상황|수|리|줄|뿐|만큼|정도|거|예정|계획|방침|전망)[가-힣])/;
const EN_NEGATION =
  /\b(?:not|no|never|none|nobody|nothing|nowhere|neither|nor|without|unless|cannot|can't|won't|n't|fail(?:s|ed|ing|ure)?|unable|lack(?:s|ed|ing)?|absent|absence|refus\w*|declin\w*|den(?:y|ied|ies|ial)|reject\w*|avoid\w*|ban(?:s|ned|ning)?|prohibit\w*|closed|shut\w*|off-limits|restrict\w*|outlaw\w*|forbid\w*|bar(?:s|red)?|halt\w*|stop\w*|cancel\w*|scrap\w*|miss\w*|instead|rather|barely|hardly|scarcely|zero|free|short of|far from|yet to|impossible|unlikely|unclear|unknown|unconfirmed|undecided|unchanged|unprecedented|inevitabl\w*|inconceivable|insufficient|invalid|illegal|irrelevant|regardless|dismiss\w*|exclud\w*|except\w*|rule[sd]? out|off-limits|blackouts?|out of(?!\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|every)\b)|let alone|(?:keep|keeps|kept|keeping|stop(?:s|ped)?|prevent(?:s|ed)?|bar(?:s|red)?)\s+(?:\w+\s+){1,6}from|(?:have|has|had|having)\s+(?:trouble|difficulty|a hard time)|struggl\w*|boycott\w*|shun\w*|skip(?:s|ped|ping)?|too\s+\w+(?:\s+\w+)?\s+(?:for\s+\w+\s+)?to|stay(?:ed|s|ing)? away|walk(?:ed|s|ing)? out|snubb\w*|sat out|sits? out|sidelined|benched|separately|(?:costs?|charged) extra|at extra cost|additional charge|keep from|kept from|prevent\w*|deni\w*|withh[oe]ld\w*|omit\w*|empty|vacant|still|ongoing|rar(?:e|ely|ity|ities)|seldom|minimal\w*|negligibl[ey]|[a-z]+(?:\s[a-z]+)?[- ]only(?=\s*(?:[.,;:!?)]|$))|(?:running|run|runs|ran|falls?|fell|falling|in) short|(?:stay|stays|stayed|staying|remains?|remained|kept|keeps?) (?:above|over|under|below|within)|above (?=[\d$₩€£-])|stay(?:s|ed|ing)? (?:in|home|single|dry|put|quiet|away|indoors|out of)|single|dry|mis(?:understand|understood|read|heard|judg|calculat|interpret)\w*|skeptic\w*|sceptic\w*|doubt\w*|under (?=[\d$₩€£]|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|half)\b)|below|forg[eo]t\w*|intact|surviv\w*|unscathed|spared|escap\w*|out of favou?r|ignor\w*|overlook\w*|neglect\w*|mediocre|so-so|underwhelm\w*|lacklust\w*|meh|disappoint\w*|badly|false(?:ly|hood)?|untrue|wrong\w*|short on|ran out|run(?:s|ning)? out|keep\s+(?:\w+\s+){0,3}(?:away|off|out|down)|put away|switch(?:ed)? off|turn(?:ed)? off|refrain\w*|in silence|silent\w*|silenc\w*|muted|quiet\w*|remain(?:s|ed|ing)?|[a-z]+-resistant|(?:shrink|crease|wrinkle|stain|scratch|fade|shatter|tamper|fool|child|leak)-?proof|poorly|hard to|difficult\w*|little|few(?:er)?|tough to|beyond|elusive|remains? to be seen|suppress\w*|\w+less(?:ly|ness)?|less|[a-z]{2,}er than|full(?:y booked)?|sold out|booked up|unaware|call(?:s|ed|ing)? off|teetotal\w*|cut(?:s|ting)? off|outages?|or (?:smaller|less|fewer|under|below|lower|shorter|younger|earlier)|at most|up to|maximum|capped|anything but|(?:advis|recommend|decid|warn|caution|counsel|argu)(?:e|es|ed|ing|s)? (?:\w+ )?against|void(?:s|ed|ing)?|invalidat\w*|forfeit\w*|nullif\w*|(?:slow|reluctant|hesitant|loath|loth) to|(?:bad|poor|terrible|awful|hopeless|useless|no good) at|(?:fall|falls|fell|fallen|falling|lag|lags|lagged|lagging) behind|behind (?:schedule|time)|g[ai]ve up|gives up|giving up|rained (?:out|off)|(?:lost|at a loss) for words|speechless|linger\w*|off (?:display|view|the (?:menu|market|shelves|air|table))|(?:come|comes|came|coming) out clean|washed out|turn(?:s|ed|ing)? away|turn(?:s|ed|ing)? down|vot(?:e|es|ed|ing) down|shot down|(?:keep|keeps|kept|keeping)\s+(?:\w+\s+){0,3}to (?:one|my|your|him|her|it|our|them)sel(?:f|ves))\b|\w+n't\b|\b(?:ir|il|im|in|un|non)[a-z]{2,}(?:able|ible|ably|ibly)\b|\bun(?!der|til|ion|it|iver|ique|iform|cle|lock|load|veil|dergo|dertake|done|did|does|doing|plug|pack|zip|wrap|fold|tie|button|screw|install|subscribe|mute|pin|hook|tangl|freez|follow|friend|mount|seal|clip|buckl|latch|bolt|cork|cap|roll|wind|leash|dress|box|bundl)[a-z]{3,}|\bnon-?[a-z]{3,}|\bdis(?:agree|approv|allow|continu|miss|qualif|regard|prov|obey|obedien|lik|trust|appear|connect|abl|band|courag|honest|loyal|pleas|satisf|order|believ|credit)\w*|\bin(?:capable|complete|correct|effective|sufficient|adequate|accurate|dependent|valid|active)\w*|\bim(?:possible|probable|proper|mature|practical|patient)\w*/i;
/** "no" denying a noun of duty, right, plan or sign ("under no obligation", "no plans to"): a denial the Korean must hold. */
const EN_NO_NOUN = /\b(?:under no|no (?:obligation|right|duty|requirement|intention|intent|plans?|evidence|signs?|reason|chance|access|permission|authority|responsibility|liability|interest|desire|need))\b/i;
const EN_STRONG_NEGATION = /\b(?:fail(?:s|ed)? to|unable to|refused to|not|never|no longer|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|wouldn't|shouldn't|couldn't|nobody|no one|no-one|nothing|none|neither|nor)\b/i;
const KO_ANY_NEGATIVE =
  /[을를]\s?금(?:합|한|하|함|해)|노(?:키즈|펫|쇼|마스크|재팬|룩|타이|브랜드|딜|코멘트)|괜히|괜스레|공연히|입을\s?(?:굳게\s|꾹\s|꼭\s)?다물|어려우|어렵|어려워|어려운|초범|결근|결석|조퇴|휴진|휴업|휴교|휴원|휴강|휴점|(?<![가-힣])피(?:해|하|한|할)(?=\s?(?:주|야|라|세요|십시오|는|기|고|도록))|(?<![가-힣])삼가|자제|무주택|무직|무소속|무면허|무보험|무단|무인|무자녀|무사고|무소득|무허가|무등록|무응답|무관심|한계|제한|짧|아쉬|아쉽|비밀|싫|꺼리|꺼려|않|못|없|아니|아닌|말고|말라|마라|마세요|마시고|마시길|마십시오|마셔요|지\s?(?:마|말)|(?:걱정|염려|신경|겁)\s?마|조심|(?<![가-힣])주의(?:하|해|를|가|사항)|유의(?!미)|금지|불가|불법|불확실|불투명|불필요|불허|불참|불발|불이행|불응|불안|불리|불충분|불공정|비공개|비정상|비판|비난|무산|무효|무시|무관|무료|무죄|무력|무책임|무기한|무상|무조건|미정|미확인|미흡|미달|미완|미납|미결|미공개|부인|부정|부족|부진|부재|부적절|부당|반대|거부|거절|취소|중단|철회|전혀|결코|절대|아무|커녕|대신|제외|뿐|빼고|실패|막았|막아|막기|막을|멈|끊|외면|회피|피하|피했|배제|기각|각하|반려|패소|낙선|탈락|결석|차단|중지|정지|폐지|철수|철회|보이콧|전무|자제|사절|별개|무관|모자라|제로|모르|몰랐|몰라|삼가|빠지|빠졌|누락|어렵|어려[운워울웠]|힘들|힘든|힘드|드물|뜸하|뜸해|뜸했|뜸한|비추(?![가-힣]?[는다었])|거의|그치|불과|침묵|함구|유보|보류|연기|부결|결렬|사라지|사라졌|놓치|놓쳤|잃|그만|미만|이하|전에|아직|감소|하락|줄|낮|더 이상|이상 |만\s|0|숨졌|숨진|사망|실패|패배|탈락|낙선|결렬|무산|취소|중단|포기|거절|기각|폐지|놓쳤|놓친|잃었|잃은|잊었|빗나|실종|먹통|불통|마비|고장|다운됐|끊겼|끊긴|끊기|멈췄|멈춘|먹히지|처음|최초|난생|생전|오랜만|다르|다를|달라|다른|물거품|수포|허사|헛수고|헛걸음|공염불|빈손|품절|매진|정전|단수|단전|휴무|휴관|휴업|휴진|결항|운휴|결방|한도|평행선|교착|난항|공전|헛돌|제자리걸음|답보|지지부진|허탕|엉뚱|동문서답|딴소리|무소식|무위/;

/** A denied condition (하지 않으면, 없으면, 않고는) before a denial: English says it with "only if", "unless", "must". */
const KO_NEGATIVE_CONDITION = /(?:지\s?않|(?<![가-힣])안\s?[가-힣]{1,3}|없|지\s?못|(?<![가-힣])못\s?[가-힣]{1,3})(?:으면|다면|는 한|고(?:서)?는|고\s(?:[가-힣]+\s){0,2}?[가-힣]*(?:으면|면))\s(?:[^\s.!?]+\s){0,6}?[^\s.!?]*(?:없|않|못|안\s?[되돼된됩]|불가|금지|어렵|어려|힘들|힘듭)/;
/** -지 않아도 / 안 …어도 (even without …), not 않아도 된다 (need not). */
const KO_NEGATIVE_CONCESSION = /^(?:지\s?않아도|(?<![가-힣])안\s?[가-힣]{0,3}[아어여]도)(?!\s?(?:된|돼|되|괜찮|좋|무방))/;
const EN_CONDITION = /\b(?:only\b[^.;!?]{0,40}?\b(?:if|when|after|once|with|by|those|people|applicants)|unless|provided|as long as|so long as|requires?|required|must|need(?:s|ed)?|have to|has to|mandatory|essential)\b/i;
const TOTAL_NEGATION = /(?<![가-힣])(?:아무(?:것|도|런|\s)|전혀|결코|하나도|조금도|한\s?번도|한\s?명도|단\s?한\s?[가-힣]+도)/;
const EN_TOTAL = /\b(?:not|no|never|none|nobody|nothing|neither|nor|without|zero|nil|any|cannot|free of|anything but|by no means|far from|[a-z]+-free|silent\w*|refus\w*|fail\w*|empty(?:-handed)?|[a-z]{3,}less|entirely|completely|totally|wholly|utterly|absolutely|at all)\b|n't\b/i;

const KO_DOUBLE_EXISTENTIAL = /(?:모르는|않은|않는|않을|못한|못하는|없는|안\s[가-힣]{1,3}\s?본|안\s[가-힣]{1,3}[ㄴ은는])\s?[가-힣]{1,4}?(?:[이가은는]|도)\s?없/;
const EN_EVERY = /\b(?:every\w*|all|always|any(?:one|body|thing|where)|each|whole|entire\w*)\b/i;
const EN_UNIVERSAL = /\b(?:every\w*|all|each|always|entire(?:ly)?)\b/i;
// A Korean word that is negated, and English words for its opposite.
const ANTONYMS: [RegExp, RegExp][] = [
  [/쉽|쉬운|수월/, /\b(?:hard|difficult|tough|challenging|uphill)\b/i],
  [/어렵|어려운|힘들/, /\b(?:easy|easily|simple|smooth(?:ly)?)\b/i],
  [/덥|더운|뜨겁/, /\b(?:cool\w*|cold\w*|mild\w*)\b/i],
  [/춥|추운|차갑/, /\b(?:warm\w*|mild\w*)\b/i],
  [/크[지게]|큰|많[지이은]/, /\b(?:small\w*|minor|slight\w*|modest\w*|limited|scarce\w*)\b/i],
  [/비싸|비싼/, /\b(?:cheap\w*|affordable|inexpensive)\b/i],
  [/늦[지게은는]|지각/, /\b(?:early|earlier|on time|timely|soon|punctual\w*)\b/i],
  [/빠르|빨리|빠른/, /\b(?:slow\w*)\b/i],
  [/같[지은]/, /\b(?:differ\w*|unlike)\b/i],
  [/높[지은]/, /\b(?:low\w*)\b/i],
  [/떨어지[지는]/, /\b(?:above|stay\w*|held|hold\w*|remain\w*)\b/i],
  // 물가가 잡히지 않는다, 불길이 꺾이지 않았다: not yet tamed is "stubborn", "still raging", "persists".
  [/잡히지|진화되지|꺾이지|수그러들지|가라앉지|누그러지지|잦아들지/, /\b(?:still|remain\w*|persist\w*|stubborn\w*|rag(?:e|es|ed|ing)|continu\w*|unabated|linger\w*|keep\w*|kept)\b/i],
  // 쉽게 나가지 않는다: "tend to stay".
  [/나가지|떠나지|빠져나가지/, /\b(?:stay\w*|remain\w*|linger\w*)\b/i],
  // 증상이 나아지지 않으면: "if symptoms persist".
  [/나아지|호전|좋아지|개선되|낫지|가라앉지/, /\b(?:persist\w*|worsen\w*|linger\w*|continu\w*|remain\w*|still)\b/i],
  [/지루|따분|심심/, /\b(?:fun|entertaining|gripping|engaging|riveting|exciting|thrilling|interesting|absorbing)\b/i],
  [/찬성|동의/, /\b(?:oppos\w*|against|object\w*|reject\w*|disagree\w*)\b/i],
  [/(?<![가-힣])반대/, /\b(?:support\w*|back(?:s|ed|ing)?|favou?r\w*|agree\w*|approv\w*|endors\w*)\b/i],
  // 비 소식은 없겠다: "dry", "clear".
  [/(?<![가-힣])(?:비|눈|강수|소나기|빗방울)(?:\s?소식)?[은는이가도]?\s?(?:[가-힣]+\s){0,2}?[가-힣]*(?:없|지\s?않|(?<![가-힣])안\s)/, /\b(?:dry|clear|sunny|fine)\b/i],
  [/그만두|멈추|중단하|포기하|쉬지|버리지|놓지/, /\b(?:kept|keep\w*|continu\w*|still|remain\w*|stay\w*|carr(?:y|ied) on|went on|fought|fight\w*|persever\w*|persist\w*|to the (?:very )?end|hung on|held on|stuck (?:with|at)|pressed on|pushed on|nonstop)\b/i],
  // 잃지 않았다 (did not lose it): "stayed focused", "kept"; 위험하지 않다: "safe"; 남기지 않고 다 먹었다: "finished".
  [/잃지/, /\b(?:stay(?:s|ed|ing)?|kept|keep(?:s|ing)?|maintain\w*|retain\w*|held|hold(?:s|ing)?|remain\w*|intact)\b/i],
  [/위험하지|위태롭지/, /\b(?:safe\w*|secure)\b/i],
  [/남기지/, /\b(?:finish\w*|clean(?:ed|s)? (?:\w+ )?plate|every (?:last )?(?:bite|drop|crumb|grain)|ate (?:it )?all|all of it)\b/i],
  // 기다리지 않고 (without waiting): "straight in", "right away".
  [/기다리지|지체하지|미루지|망설이지/, /\b(?:straight|right away|immediately|instantly|promptly|at once|without delay|no wait\w*|walk-?in)\b/i],
  // 믿지 않다: "wary", "skeptical".
  [/믿지|신뢰하지|믿을 수/, /\b(?:wary|skeptic\w*|sceptic\w*|distrust\w*|mistrust\w*|doubt\w*|suspicious|disbeliev\w*|cynical|leery)\b/i],
  // 끝날 것 같지 않다, 그치지 않는다: "drag on", "persist".
  [/끝나지|(?:끝날|그칠|멈출|멎을|수그러들|가라앉을)\s?(?:것\s?같지|기미)|그치지|수그러들지/, /\b(?:drag\w* on|persist\w*|continu\w*|linger\w*|go(?:es)? on|keep\w* going|last(?:s|ing)?|prolonged|protracted|set to stay|here to stay)\b/i],
  // 비행기가 뜨지 못했다: "grounded", "stranded".
  [/뜨지|이륙하지|출발하지|운항하지|운행하지/, /\b(?:grounded|cancel\w*|delay\w*|stranded|stuck|suspend\w*|halted)\b/i],
  // 화를 내지 않다: "even-tempered", "calm".
  [/화를?\s?내지|화내지|흥분하지|짜증(?:을|도)?\s?내지/, /\b(?:calm\w*|even-tempered|patient\w*|composed|mild-mannered|easygoing|easy-going|placid|cool-headed|gentle|good-natured|unflappable)\b/i],
  // Session 9: the evaluative axes (direction-mismatch reads them affirmed). A denied pole is the other pole:
  // 나쁘지 않다 "decent", 튼튼하지 못하다 "fragile", 넉넉하지 않다 "tight", 켜지 않다/끄지 마 "keep … on/off".
  [/나쁘지|나빴던 (?:건|것은?) 아니|나쁜 (?:건|편은?) 아니|형편없지|최악은 아니/, /\b(?:good|fine|decent|nice|okay|ok|great|pleasant|tasty|solid|respectable|passable|acceptable|fair)\b/i],
  [/튼튼하지|견고하지|탄탄하지|건전하지|든든하지|굳건하지/, /\b(?:weak\w*|fragile|shaky|flimsy|vulnerable|frail|unstable|precarious|brittle|feeble|shoddy)\b/i],
  [/취약하지|부실하지|허약하지|약하지/, /\b(?:strong|sturdy|solid|robust|resilient|firm|stable|durable|healthy)\b/i],
  [/넉넉하지|충분하지|풍부하지|많지/, /\b(?:tight|scarce|scant\w*|short|meag(?:er|re)|insufficient|limited|few|little|modest|sparse|thin)\b/i],
  [/(?:끄|꺼|잠그|닫)지\s?(?:마|말|않)/, /\b(?:on|open|running|unlocked|keep\w*|leave|left)\b/i],
  [/(?:켜|열|틀)(?:어\s?두|지)?지\s?(?:마|말|않)/, /\b(?:off|closed|shut|locked|keep\w*|leave|left|stay\w*|remain\w*|dark|blank|covered)\b/i],
  // Session 10: a denied predicate of breach (어긋나지/위배되지/배치되지 않는다) is conformity: "upheld", "consistent with".
  [/(?:어긋나|위반되|위배되|배치되|반하|저촉되|위반하|위배하|상충하|상충되)지(?:는|도)?\s?않/, /\b(?:upheld|uphold\w*|consistent|compl(?:y|ies|ied|iant|iance)|in line|conform\w*|constitutional|lawful|legal|valid|accord\w*|squares? with)\b/i],
  // -지 마 on letting go or leaving (떼지 마, 놓지 마, 자리를 뜨지 마): "keep holding", "stay".
  [/(?:떼|놓|뜨|떠나|비우|내리|빼)지\s?(?:마|말)/, /\b(?:keep\w*|kept|hold\w*|held|stay\w*|remain\w*|continu\w*|until)\b/i],
  // A denied manner said by its opposite manner (세게 닫지 마세요 "close it gently", 빨리 먹지 마 "eat slowly").
  [/(?:세게|세차게|강하게|함부로|거칠게)\s?(?:[가-힣]+\s)?[가-힣]*지\s?(?:마|말|않)/, /\b(?:gentl\w*|soft(?:ly)?|light(?:ly)?|careful\w*|quiet(?:ly)?|with care)\b/i],
  [/(?:빨리|급하게|서둘러|허겁지겁)\s?(?:[가-힣]+\s)?[가-힣]*지\s?(?:마|말|않)/, /\b(?:slow(?:ly)?|take (?:your|their|his|her) time|careful\w*|gradual\w*|unhurried\w*)\b/i],
  [/(?:크게|큰\s?소리로|시끄럽게)\s?(?:[가-힣]+\s)?[가-힣]*지\s?(?:마|말|않)/, /\b(?:quiet(?:ly)?|soft(?:ly)?|low|down|hush\w*|whisper\w*)\b/i],
  [/(?:많이|과하게|지나치게|너무 많이|자주)\s?(?:[가-힣]+\s)?[가-힣]*지\s?(?:마|말|않)/, /\b(?:moderat\w*|sparing\w*|little|light(?:ly)?|limit\w*|cut (?:down|back)|(?:go|goes|going|went) easy|easy on|once|occasional\w*)\b/i],
  // A denied copula (X가 아니다) said by otherness: "someone else's", "other than", "different from".
  [/(?:[이가]\s?)?아니[다라며고었지에야어]|아닌|아님|아닙|아냐|아녜/, /\b(?:else(?:'s|’s)?|others?|another|different\w*|unlike)\b/i],
  // Session 13: 잘 … 않다/못하다 (not readily, not well) said by a word of poor degree: "slow to heal", "poor reception",
  // "a picky eater".
  [/(?<![가-힣])잘\s?(?:안\s|못\s|[가-힣]+지\s?(?:않|못))/, /\b(?:poor\w*|slow\w*|picky|fussy|finicky|bad\w*|weak\w*|patchy|spotty|unreliabl\w*|struggl\w*|hard to|tough to|trouble)\b/i],
  // 다시 … 않다/없다 (never again): "once-in-a-lifetime", "for good"; 복구할 수 없다 (cannot be undone): "permanent".
  [/다시(?:는)?\s(?:[가-힣]+\s)?[가-힣]*(?:지\s?(?:않|못)|없)|(?:복구|복원|되돌리|되돌릴|원상\s?복구|회수|취소)[가-힣]{0,3}\s?수(?:가|는|도)?\s?없|(?:복구|복원|되돌려|되돌리|번복|철회|뒤집히|뒤집)(?:되|하)?지(?:는|도)?\s?(?:않|못)/, /\b(?:once|one-time|one-off|last|final|for good|forever|permanent\w*|irrevers\w*|irretriev\w*|irrevoc\w*|gone|binding|stands?)\b/i],
  // 예상/기대/상상하지 못했다 (nobody saw it coming): "a surprise", "unexpected", "stunned".
  [/(?:예상|예측|기대|상상|짐작)(?:하|되)?지(?:는|도)?\s?(?:않|못)|(?:예상|예측|상상|짐작|기대)(?:은|는|도|조차)?\s(?:못|안)\s?(?:했|한|하)/, /\b(?:surpris\w*|unexpected\w*|unforeseen|shock\w*|astonish\w*|stunn\w*|out of the blue|off guard|upset|low expectations)\b/i],
  // 오래가지 않는다 (does not last): "short-lived", "drains fast", "wears off".
  [/오래\s?(?:가지|못\s?가|안\s?가|지속되지|버티지|못\s?버티|안\s?버티)/, /\b(?:short-?lived|brief\w*|fast|quick\w*|soon|drain\w*|fad(?:e|es|ed|ing)|wears? off|wore off|temporar\w*|fleeting)\b/i],
  // 틀리지 않는다, 오차가 없다 (no error): "accurate", "perfect", "spot on".
  [/(?:틀리|어긋나|실수하)지(?:는|도)?\s?않|틀린\s?(?:적|게|것|데)(?:이|은|도)?\s?없|오차(?:가|도|는)?\s?(?:거의\s)?없/, /\b(?:accura\w*|correct\w*|perfect\w*|precis\w*|exact\w*|right|spot[- ]on|flawless\w*|unerring\w*|reliabl\w*)\b/i],
  // -지 않아도 된다 (need not): "optional", "free to skip", "take the day off".
  [/지\s?않아도\s?(?:된|돼|되|됩|될|괜찮|무방)|(?<![가-힣])안\s?[가-힣]{1,3}[아어여]도\s?(?:된|돼|되|됩|될|괜찮)/, /\b(?:optional|free to|skip\w*|(?:take|takes|took|have|has|get|gets)\s+(?:\w+\s+){0,2}off|day off|time off|up to you|at your discretion)\b/i],
  // 제시간에 오지 않다 (not on time): "late", "delayed".
  [/(?:제시간|제때|정시|일찍)(?:에|은|는|도)?\s(?:[가-힣]+\s){0,2}?[가-힣]*(?:지\s?(?:않|못)|(?<![가-힣])(?:안|못)\s)/, /\b(?:late\w*|delay\w*|behind|overdue|tardy)\b/i],
  // 미리 … 지 마세요 (not ahead of time): "right before", "at the last minute".
  [/미리\s?(?:[가-힣]+\s)?[가-힣]*지\s?(?:마|말|않)/, /\b(?:right before|just before|last minute|until|wait\w*)\b/i],
  // 쉽게 … 지 않다 (does not easily give way): "holds up", "resists", "stays put".
  [/쉽게\s(?:[가-힣]+\s)?[가-힣]*지(?:는|도)?\s?(?:않|못)/, /\b(?:holds? up|held up|resist\w*|withst[ao]\w*|sturdy|durable|robust|stays? put|stayed put)\b/i],
  // 무너지지/쓰러지지 않다 (did not collapse): "stayed standing", "held", "intact".
  [/(?:무너지|쓰러지|넘어지|붕괴되|부서지)지(?:는|도)?\s?(?:않|못)/, /\b(?:stand\w*|stood|upright|intact|held|hold\w*|withst[ao]\w*|surviv\w*|unbroken|in one piece)\b/i],
  // 문턱을 넘지 못하다 (did not clear the hurdle, of a bill or an applicant): "died in committee", "stalled".
  [/문턱(?:을|도)?\s?넘지\s?못/, /\b(?:died|stall\w*|languish\w*|stuck|block\w*|shelved|fail\w*)\b/i],
  // 의무/필수가 아니다 (not a duty): "optional", "voluntary".
  [/(?:의무|필수)(?:가|는|도|사항이|사항은)?\s?(?:아니|아닌|아님|아닙|없)/, /\b(?:optional\w*|voluntar\w*|free to|up to you|your (?:choice|call)|at (?:your|their) discretion)\b/i],
  // 비싼 편은 아니다 (not dear): "reasonable", "good value".
  [/비싼\s?(?:편|것|건|가격)(?:은|는|이)?\s?아니|비싸지(?:는|도)?\s?않/, /\b(?:reasonabl\w*|fair(?:ly)? priced|good value|value for money|budget|modest(?:ly)? priced)\b/i],
  // 아깝지 않다 (no waste): "worth it", "money well spent".
  [/아깝지(?:는|도)?\s?않|아까울\s?(?:것|게)(?:이|도)?\s?없/, /\b(?:worth\w*|well spent|no regrets)\b/i],
  // 완전히/끝까지 … 지 마 (not all the way): "slightly", "half", "just until".
  [/(?:완전히|끝까지|바싹|푹)\s(?:[가-힣]+\s)?[가-힣]*지\s?(?:마|말|않)/, /\b(?:slight\w*|partly|partial\w*|half\w*|a little|a bit|just until|only until|lightly|runny|soft)\b/i],
  // 없어졌다 (went out of existence): "gone", "disappeared", "closed".
  [/없어(?:졌|지|진|져)/, /\b(?:gone|disappear\w*|vanish\w*|clos(?:ed|es|ing)|shut|lost|missing|extinct|went away)\b/i],
  // 지키지 않다/지켜지지 않다 (not kept): "broken", "violated", "missed".
  [/(?:지키|지켜지)지(?:는|도)?\s?(?:않|못)|(?<![가-힣])(?:안|못)\s?지[켰켜키]/, /\b(?:broke\w*|break\w*|violat\w*|breach\w*|flout\w*|missed|blew)\b/i],
  // 자극이 없다 (no irritation): "gentle", "mild".
  [/자극(?:이|도|은)?\s?(?:거의\s)?없|자극적이지\s?않/, /\b(?:gentle|mild|soothing|soft)\b/i],
  // X를 피하지/면하지 못했다 (could not escape X): the English says X befell it.
  [/(?:피하지|면하지|면치|모면하지)\s?못/, /\b(?:went (?:bankrupt|under|into)|fell into|suffer\w*|ended up|forced|hit by|struck|plung\w*|sank|collaps\w*|bankrupt\w*|stayed|remained)\b/i],
  // X 이전에는 불가 (not before X): "starts at X", "from X".
  [/(?:이전|전)(?:에는|에|엔|까지는)\s(?:[가-힣]+\s)?[가-힣]*(?:불가|지\s?(?:않|못)|(?<![가-힣])안\s|금지)/, /\b(?:from|starts?|started|starting|begins?|opens? at|no earlier than|only after|until)\b/i],
  // 규제를 풀지/완화하지 않다 (no easing): "keep the rules in place", "maintain".
  [/(?:풀|해제하|완화하|해제되|완화되)지\s?(?:않|못)/, /\b(?:keep\w*|kept|maintain\w*|in place|remain\w*|stay\w*|retain\w*|in effect|in force)\b/i],
  // -지 않도록 주의하다 (take care that it does not): "handle with care", "careful".
  [/지\s?않(?:도록|게)\s(?:[가-힣]+\s)?(?:주의|조심|유의)/, /\b(?:with care|take care|be careful|careful(?:ly)? not|handle\w*|caution\w*|gentl\w*|avoid\w*|prevent\w*)\b/i],
  // -지 말고 그대로 (leave it as it is): "whole", "intact", "as is".
  [/지\s?말고\s(?:[가-힣]+\s)?그대로/, /\b(?:whole|intact|as is|as-is|unchanged|untouched)\b/i],
  // -지 않고 바로 (without first …, at once): "straight", "directly".
  [/지\s?않고\s(?:[가-힣]+\s)?바로/, /\b(?:straight|directly|right away|as is|from frozen)\b/i],
  // A denied degree of size said by the other pole (너무 얇게 썰지 마세요 "cut thick slices").
  [/(?:얇게|가늘게)\s(?:[가-힣]+\s)?[가-힣]*지\s?(?:마|말|않)/, /\b(?:thick\w*|chunk\w*|generous\w*)\b/i],
  [/(?:두껍게|굵게)\s(?:[가-힣]+\s)?[가-힣]*지\s?(?:마|말|않)/, /\b(?:thin\w*|fine(?:ly)?|slim)\b/i],
  [/(?:작게|잘게)\s(?:[가-힣]+\s)?[가-힣]*지\s?(?:마|말|않)/, /\b(?:large|big|chunk\w*|coarse\w*|rough(?:ly)?)\b/i],
  // 뛰지 마세요 (no running): "please walk".
  [/(?:뛰|달리)지\s?(?:마|말|않)/, /\bwalk\w*\b/i],
  // 맛이 없다 (not tasty): "bland", "tasteless".
  [/맛(?:이|도|은)?\s?없/, /\b(?:bland|tasteless|flavou?rless|awful|terrible|disgusting|inedible|mediocre|insipid|gross|meh|bad|stale)\b/i],
  // Session 15: 부담이 없다 (no burden): "comfortable", "easy", "light enough".
  [/부담(?:이|은|도|감이|감은|감도)?\s?(?:전혀\s)?없/, /\b(?:comfortabl\w*|easy|easily|light|lightweight|affordabl\w*|manageable|no (?:strain|trouble)|effortless\w*|breez\w*)\b/i],
  // Session 15: 돈이 안 아깝다 (not a waste of money): "worth it", "worth every penny".
  [/(?<![가-힣])안\s?아깝|아깝지(?:는|도)?\s?않/, /\b(?:worth|value for money|bargain|well spent|no regrets?)\b/i],
  // Session 11: a denied predicate rendered by its opposite (승인하지 않았다 → "rejected").
  ...DENIED_BY_OPPOSITE,
];
// Session 17: Korean words that are negative in themselves but deny no clause, and their English renderings.
const NEGATIVE_WORD_RENDERINGS: [RegExp, RegExp][] = [
  [/미만|이하|이내/, /\b(?:under|below|within|(?:less|fewer|younger|lower|shorter) than|or (?:less|fewer|under|below|younger|lower))\b/gi],
  [/무료|무상/, /\b(?:free\w*|no charge|without charge|at no (?:extra |additional )?cost)\b/gi],
  [/부족/, /\b(?:short\w*|lack\w*|insufficient)\b/gi],
  [/예외|제외/, /\b(?:except\w*|exception\w*|excluding)\b/gi],
  // 없이/없는 beside a clause's own denial (상담 없이 복용하지 마십시오): its "without" is not that denial's.
  [/^(?=[\s\S]*(?:없이|없는))(?=[\s\S]*(?:지\s?(?:마|말|않|못)|금지|불가))/, /\bwithout\b/gi],
];

/**
 * The English with the renderings of the Korean's negative words blanked ("under" for 12세 미만, "free" for 무료): a
 * word that renders one of them does not render another clause's denial (투여하지 마십시오 → "may be given").
 */
function withoutNegativeWords(ko: string, en: string): string {
  let masked = en;
  for (const [korean, english] of NEGATIVE_WORD_RENDERINGS) if (korean.test(ko)) masked = masked.replace(english, (word) => ' '.repeat(word.length));
  return masked;
}

/** Two or more capitalized words in a row: a name ("Constitutional Court", "Ministry of Health"). */
const EN_MULTIWORD_NAME = /\b[A-Z][a-z]+(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][a-z]+)+\b/g;
/** The English with its names of two words or more blanked. */
function withoutNames(en: string): string {
  return en.replace(EN_MULTIWORD_NAME, (name) => ' '.repeat(name.length));
}
/** The rows of ANTONYMS by characters their Korean must hold (≈ 800 rows; a sentence holds the characters of few). */
const ANTONYMS_BY_CHARACTER = new ByRequiredCharacter(ANTONYMS, ([stem]) => [stem]);

// Litotes: a denied opposite that affirms ("적지 않은 효과" is a considerable effect), and the English words that
// would say the very opposite when not themselves negated.
const LITOTES: [RegExp, RegExp][] = [
  [/적지\s?않|작지\s?않|만만[치찮]\s?않|가볍지\s?않|무시(?:하지|할 수)(?:는|도|가)?\s?(?:않|없)|(?:가볍게|쉽게|함부로|대충)\s(?:[가-힣]+\s)?[가-힣]+\s(?:일|문제)(?:이|가|은|는|도)?\s?아니|(?:적은|작은|가벼운|사소한)\s?[가-힣]{1,4}?[이가]?\s?아니[다며고었지]/, /\b(?:little|few|small|slight|minor|negligible|modest|insignificant|trivial|hardly any|barely any)\b/i],
  [/쉽지\s?않|쉬운\s?[가-힣]{1,4}?[이가]?\s?아니[다며고었지]/, /\b(?:easy|easily|simple|effortless\w*)\b/i],
  [/드물지\s?않/, /\b(?:rare\w*|seldom|uncommon)\b/i],
  [/멀지\s?않/, /\b(?:far|distant|remote|long way)\b/i],
  // 아직 늦지 않았다 (it is not too late) against "it is too late".
  [/늦지(?:는|도)?\s?않/, /\btoo late\b/i],
  [/낯설지\s?않/, /\b(?:unfamiliar|strange|new to)\b/i],
  [/부족하지\s?않|모자라지\s?않/, /\b(?:insufficient|lack\w*|short of|not enough)\b/i],
];
// A negative verb that is itself denied (배제하지 않았다 "did not rule out", 부인할 수 없다 "cannot deny"), and the
// English verbs that would render the negative verb alone.
const NEGATED_NEGATIVE =
  /(?:배제|거부|부인|반대|금지|거절|포기|철회|취소|중단|제외|차단|외면|회피|부정|기각|반려|결장|불참|결석|결근|빠지|거르|놓치|무시|간과|방치)(?:하|되|시키)?지(?:는|도)?\s?(?:않|못)|(?:배제|부인|부정|거부|외면)할 수(?:는|도)? 없/;
const EN_NEGATIVE_VERB =
  /\b(?:rul(?:e|es|ed|ing) out|reject(?:s|ed|ing)?|den(?:y|ied|ies|ying)|oppos(?:e|es|ed|ing)|ban(?:s|ned|ning)?|refus(?:e|es|ed|ing)|g(?:ave|ive[ns]?) up|giving up|withdr[ae]w\w*|cancel\w*|halt(?:s|ed|ing)?|stopp(?:ed|ing)|exclud(?:e|es|ed|ing)|block(?:s|ed|ing)?|ignor(?:e|es|ed|ing)|avoid(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|scrapp(?:ed|ing)|s[ai]t(?:s|ting)? out|miss(?:es|ed|ing)?|skipp(?:ed|ing)|skips?|sidelined|benched|absent)\b/gi;

function affirmedNegative(en: string): RegExpExecArray | null {
  for (const match of en.matchAll(EN_NEGATIVE_VERB)) {
    if (!EN_NEGATED_BEFORE.test(en.slice(Math.max(0, match.index - 30), match.index))) return match as RegExpExecArray;
  }
  return null;
}

// Words whose negative prefix (불/비/무/미/부) is the meaning: 불법 is "illegal", never "legal". Each row is the Korean
// negative word, its Korean positive, the English negative and the English positive.
const PREFIXED: [RegExp, RegExp, RegExp, RegExp][] = [
  // Session 17: 합헌 (constitutional) against "unconstitutional".
  [/위헌/, /합헌/, /\bunconstitutional\w*/i, /\b(?:constitutional(?:ly)?|uph[eo]ld\w*)\b/i],
  [/불법/, /(?<![불비])합법|적법/, /\b(?:illegal\w*|unlawful\w*|illicit)\b/i, /\b(?:legal(?:ly)?|lawful(?:ly)?|legitimate)\b/i],
  [/불공정|불공평/, /(?<!불)공정|(?<!불)공평/, /\bunfair\w*|\binequit\w*/i, /\bfair(?:ly|ness)?\b/i],
  [/불확실|불투명/, /(?<!불)확실(?!히)|분명/, /\b(?:uncertain\w*|unclear|murky|doubt\w*)\b/i, /\b(?:certain(?:ty)?|clear)\b/i],
  [/비공식/, /(?<!비)공식/, /\b(?:unofficial\w*|informal\w*|off the record)\b/i, /\bofficial(?:ly)?\b/i],
  [/부적절/, /(?<!부)적절/, /\binappropriate\w*|\bimproper\w*/i, /\bappropriate(?:ly)?\b|\bproper(?:ly)?\b/i],
  [/무효/, /(?<!무)유효/, /\b(?:invalid\w*|void|null)\b/i, /\bvalid\b/i],
  [/불리/, /(?<!불)유리/, /\bdisadvantage\w*|\bunfavou?rabl\w*/i, /\badvantage(?:s|ous)?\b|\bfavou?rabl\w*/i],
  [/미성년/, /성인/, /\b(?:minors?|underage|juvenile\w*|under 1[89])\b/i, /\badults?\b/i],
  // Session 12: 불기소 (not to indict) against "indicted".
  [/불기소/, /(?<!불)기소/, /\b(?:not (?:\w+ ){0,2}(?:indict\w*|charg\w*|prosecut\w*|press\w* charges)|(?:declin|decid)\w* (?:against|not to) (?:indict\w*|charg\w*|prosecut\w*)|dropp\w* (?:the )?(?:case|charges?)|no charges|without (?:charges|indictment)|non-indictment)\b/i, /\b(?:indict(?:ed|s|ing|ment)?|charged)\b/i],
];

/** 것 같다 / 듯하다 (it seems): a hedge on the verb before it, not a predicate of sameness. */
const KO_SEEMS = /(?:것|거|듯|모양)\s?같/;
/** A denial right after a word (확실하지 않다, 합법이 아니다, 분명치 않다). */
const KO_WORD_DENIED = /^[가-힣]{0,3}?\s?(?:지(?:는|도)?\s?(?:않|못)|치\s?않|(?:[이가은는]|도)?\s?(?:없|아니))/;

/** 더 이상/더는 … 않다/없다/못 하다: "no longer". */
const NO_LONGER = /(?:더\s?이상|더는|이제는?)\s?(?:[가-힣]+\s){0,4}?[가-힣]*(?:않|없|못|아니|아닙|아닌|아님|아냐)/;
/** English that says something stopped. */
const EN_CEASED = /\b(?:no longer|any ?more|no more|ceas\w*|stopp\w*|stops?|quit\w*|left|leav\w*|end(?:s|ed)?|resign\w*|retir\w*|former(?:ly)?)\b/i;
/** A restrictive 만 on a noun or particle before 수 있다 / 가능하다 ("현장에서만 살 수 있다"). */
const ONLY_CAN = /[가-힣]만\s(?:[가-힣]+\s){0,3}?[가-힣]*(?:ㄹ|을|를|할|될|볼|살|갈|쓸|받을|올|낼)?\s?수\s?있|[가-힣]만\s(?:[가-힣]+\s){0,3}?가능/;
/** English that names the exception an "only" becomes when turned negative ("cannot … except", "nowhere but"). */
const EN_EXCEPTION = /\bnon-?[a-z]|\b(?:only|except\w*|others?|anyone else|but|unless|solely|exclusively|just|elsewhere|else|outside|apart from|besides|aside from|beyond|alone|sole|limited|restricted|until|before|after|unless|without)\b/i;

// "wasn't great": the contraction has no word boundary before its n't.
// Session 15: a subject denied whole ("Neither party's floor leader attended") denies its verb.
const EN_NEGATED_BEFORE = /(?:\b(?:not|never|no|without|far from|anything but|by no means|hardly)|n't)\s+(?:\w+\s+){0,2}$|\b(?:neither|none of|nobody|no one|nor)\b(?:\s+[\w'’]+){0,4}\s+$/i;

const KO_ONLY_CASE = /(?:에|으로|로)\s?한(?:해|하여|한|정해|정하여|정된|정한)(?![가-힣])|(?<=[가-힣])(?:에게만|에서만|에만|(?:으로|로)만)(?=\s)/;
const KO_EXCEPT = /제외|빼고|뺀|말고|외에|이외|밖에|예외|불구/;
const EN_EXCEPT = /\b(?:except(?:ing)?(?: for)?|excluding|other than|apart from|aside from|outside (?:of )?(?:the )?)\b/i;

/** 뿐(만) 아니라 (not only … but also) and an English that keeps one and denies the other ("only X, not Y"). */
const KO_NOT_ONLY = /(?:뿐|뿐만|만)\s?아니라/;
const EN_ONLY_NOT = /\bonly\b[^.;!?]{0,80}?(?:,\s*|\s+(?:and|but)\s+)not\b|\bnot\b[^.;!?]{0,60}?,\s*(?:but\s+)?only\b/i;
const EN_BOTH = /\bnot (?:only|just|merely|simply)\b|\bbut also\b|\bas well\b|\balso\b|\btoo\b|\bboth\b|\bin addition\b|\balong with\b|\bincluding\b|\bas well as\b|\bbeyond\b|\bextend\w*/i;

/** Korean that says a thing is hard or out of reach, which English often says with "cannot" / "not". */
const KO_HARD = /어렵|어려[운워울웠]|힘들|힘든|힘드|힘겨|곤란|불가|무리|쉽지|벅차|그림의 떡|요원|한계가|한계를|제한될|제한됩|제한돼/;
/** A Korean sentence whose predicate is 수 있다 / 가능하다 (it can be done), ending the text or a sentence of it. */
const KO_CAN = /수\s?(?:도\s?)?있(?:다|습니다|어요|어|음|으며|고|는데|으니|으므로|게|을|는|습니까|나요)|가능(?:하다|합니다|해요|해|하며|하고|한|하게|함|하지만|하나|합니다만|해도|하니)(?![가-힣]*\s?(?:않|없|못))/;
const EN_CANNOT = /\b(?:cannot|can't|can not|could not|couldn't|(?:can|could) no longer|unable to|not able to|(?:not|n't) be able to|no longer (?:be )?(?:available|possible|able)|(?:is|are|was|were|be|been|remain|remains)\s+(?:\w+\s+)?(?:not|un)\s?(?:available|possible|allowed|permitted|usable|accessible|supported|eligible|offered|applicable)|(?:is|are|was|were|be|remains?|stays?)\s+(?:\w+\s+)?closed (?:to|for)|off-limits|unavailable|inaccessible|impossible|not (?:be )?(?:available|possible|allowed|permitted|usable|accessible|supported)|(?:doesn't|does not|don't|do not|won't|will not) (?:work|apply|support|allow|let|permit)|not (?:[\w]+-)?safe)\b/i;
/** 수 있다 after a verb of stopping or shutting (중단될 수 있다 "may be unavailable", 제한될 수 있다 "may not be allowed"):
 * what can happen is itself the negative, so "unavailable" renders it. */
const KO_STOP_CAN = /(?:중단|중지|정지|차단|마비|제한|폐쇄|금지|불가|지연|취소|끊|멈|막히|먹통|불통)[가-힣]{0,3}\s?수\s?(?:도\s?)?있/;
const EN_CAN_EXCEPTION = /\b(?:only|except\w*|unless|until|without|but|other than|outside|beyond|before|after|if|no longer|anymore|not only|whether|or not)\b/i;
// Session 14: "after", "before", "until" that render the Korean's own 후, 전, 까지 (구매 후 … 가능 "not available … after
// purchase") are no exception, nor is the "but" of a second clause.
const KO_TIME_WORDS: [RegExp, RegExp][] = [
  [/^after$/i, /[가-힣]\s?(?:후|이후|뒤|다음)(?![가-힣])|(?:후|이후|뒤)(?:에|부터|로|엔)/],
  [/^before$/i, /[가-힣]\s?(?:전|이전)(?![가-힣])|(?:전|이전)(?:에|까지|부터)/],
  [/^until$/i, /까지/],
];

/** Whether the English after a "cannot" names an exception the Korean's "can" became. */
function canException(ko: string, after: string): boolean {
  for (const match of after.matchAll(globalCopy(EN_CAN_EXCEPTION))) {
    // ", but please …" joins a second clause; "cannot … but" (nothing but) is the exception.
    if (/^but$/i.test(match[0]) && /,\s*$/.test(after.slice(0, match.index))) continue;
    if (!KO_TIME_WORDS.some(([english, korean]) => english.test(match[0]) && korean.test(ko))) return true;
  }
  return false;
}
/** Words that make the exception only after the "cannot" ("cannot … but", "cannot … until"); before it they join clauses. */
const EN_CAN_EXCEPTION_ANYWHERE = /\b(?:only|except\w*|unless|other than|not only|whether|or not|if)\b/i;

/**
 * Predicates the Korean negates as X(하|되)지 않다 / X 안 했다 / X하지 못하다, and English stems of X. When the English
 * says X with no negation anywhere, the denial is gone ("검출되지 않아" → "was detected", "기대는 안 했는데" → "had high
 * expectations"). Words of low degree ("low expectations", "free of") render the denial without "not".
 */
const NEGATED_PREDICATES: ReadonlyArray<readonly [string, RegExp]> = [
  // Session 11 tables first: for a key both hold, the rows below win.
  ...SINO_PREDICATE_ROWS,
  ['검출', /\bdetect\w*|\bfound\b|\btest\w* positive/i],
  ['기대', /\bexpect\w*|\bhop(?:e|ed|es|ing)\b|\banticipat\w*/i],
  ['예상', /\bexpect\w*|\banticipat\w*|\bforesaw|\bforesee\w*|\bpredict\w*/i],
  ['발견', /\bdiscover\w*|\bfound\b|\bdetect\w*|\bspott\w*|\buncover\w*/i],
  ['확인', /\bconfirm\w*|\bverif\w*|\bidentif\w*/i],
  ['참석', /\battend\w*|\bshowed up\b|\bpresent\b/i],
  ['참여', /\bparticipat\w*|\btook part\b|\btake part\b|\bjoin\w*/i],
  ['참가', /\bparticipat\w*|\btook part\b|\btake part\b|\bcompet\w*|\bjoin\w*/i],
  ['출전', /\bcompet\w*|\bplay(?:s|ed)?\b|\btook the (?:field|court|ice)\b|\bstart(?:s|ed)?\b|\bfeatur\w*|\bappear\w*|\braced?\b|\bplayed\b/i],
  ['출마', /\bran\b|\brun(?:s|ning)? for\b|\bstood for\b|\bcandidacy\b/i],
  ['진출', /\badvanc\w*|\bqualif\w*|\bmade it\b|\breach(?:ed|es)\b|\bentered\b|\bprogress\w*/i],
  ['허용', /\ballow\w*|\bpermit\w*/i],
  ['허가', /\ballow\w*|\bpermit\w*|\bapprov\w*|\bauthori[sz]\w*/i],
  ['적용', /\bappl(?:y|ies|ied)\b/i],
  ['포함', /\binclud\w*/i],
  ['복귀', /\breturn\w*|\bcame back\b|\bcomeback\b|\brejoin\w*/i],
  ['합의', /\bagree\w*|\breach\w* (?:a |an )?(?:deal|agreement|consensus)|\bsettle\w*/i],
  ['동의', /\bagree\w*|\bconsent\w*|\bendors\w*/i],
  ['승인', /\bapprov\w*|\bauthori[sz]\w*|\bcleared\b/i],
  ['통과', /\bpass(?:ed|es|ing)?\b|\bclear(?:ed|s)\b|\badopt\w*/i],
  ['인정', /\badmit\w*|\backnowledg\w*|\brecogni[sz]\w*|\bconced\w*/i],
  ['응답', /\brespond\w*|\breplie\w*|\breply\w*|\banswer\w*/i],
  ['도착', /\barriv\w*|\breach(?:ed|es)\b/i],
  ['완료', /\bcomplet\w*|\bfinish\w*/i],
  ['결정', /\bdecid\w*|\bdecision\b|\bsettled on\b/i],
  ['서명', /\bsign(?:s|ed|ing)?\b/i],
  ['회복', /\brecover\w*|\bregain\w*|\brebound\w*/i],
  ['발생', /\boccur\w*|\bhappen\w*|\breported\b/i],
  ['작동', /\bwork(?:s|ed|ing)?\b|\boperat\w*|\bfunction\w*/i],
  ['연결', /\bconnect\w*|\blinked\b/i],
  ['해결', /\bresolv\w*|\bsolv\w*|\bfix\w*|\bsettled\b/i],
  ['성공', /\bsucceed\w*|\bsuccess\w*|\bmanag(?:ed|es) to\b/i],
  ['출석', /\battend\w*|\bappear\w*|\bshowed up\b/i],
  ['수용', /\baccept\w*|\bembrac\w*|\bagree\w*/i],
  ['반영', /\breflect\w*|\bincorporat\w*/i],
  ['공개', /\bdisclos\w*|\breveal\w*|\bmade public\b|\bpublish\w*/i],
  ['제출', /\bsubmit\w*|\bfiled\b|\bhanded in\b/i],
  ['지급', /\bpaid\b|\bpay(?:s|ing)?\b|\bdisburs\w*/i],
  ['감염', /\binfect\w*|\bcontract\w*|\btest\w* positive/i],
  ['합격', /\bpass(?:ed|es|ing)?\b|\badmitted\b|\baccepted\b/i],
  ['우승', /\bw[io]n\b|\bwins\b|\bwinning\b|\bchampion\w*|\btitle\b/i],
  ['승리', /\bw[io]n\b|\bwins\b|\bvictor\w*|\bbeat\b/i],
  ['당선', /\belected\b|\bw[io]n\b|\bwins\b/i],
  ['체포', /\barrest\w*|\bdetain\w*|\bapprehend\w*/i],
  ['구속', /\barrest\w*|\bdetain\w*|\bcustody\b|\bjail\w*/i],
  ['기소', /\bindict\w*|\bcharg(?:e|ed|es|ing)\b|\bprosecut\w*/i],
  ['처벌', /\bpunish\w*|\bpenali[sz]\w*|\bsanction\w*/i],
  ['채택', /\badopt\w*|\bpass(?:ed|es)?\b/i],
  ['발표', /\bannounc\w*|\breleas\w*|\bunveil\w*|\bpublish\w*/i],
  ['출시', /\blaunch\w*|\breleas\w*|\bunveil\w*|\bhit (?:the )?(?:market|shelves)\b/i],
  ['개최', /\bheld\b|\bhold(?:s|ing)?\b|\bhost(?:s|ed|ing)?\b|\bstag(?:ed|ing)\b/i],
  ['도입', /\bintroduc\w*|\badopt\w*|\broll(?:ed)? out\b/i],
  ['시행', /\bimplement\w*|\benforc\w*|\btake effect\b|\btook effect\b|\bin effect\b/i],
  ['사과', /\bapologi[sz]\w*|\bapology\b/i],
  ['안전', /\bsafe(?:ly|r|st|ty)?\b/i],
  ['건조', /\bdry\b/i],
  ['권장', /\brecommend\w*|\badvis(?:e|ed|es|able)\b|\bencourag\w*|\bsuggest\w*/i],
  ['추천', /\brecommend\w*|\bsuggest\w*/i],
  ['권고', /\brecommend\w*|\badvis(?:e|ed|es|able)\b|\burg(?:e|ed|es)\b/i],
  ['언급', /\bmention\w*|\bcomment\w*|\breferr\w*/i],
  ['답변', /\banswer\w*|\brespond\w*|\breplie\w*|\breply\w*/i],
  ['운행', /\brun(?:s|ning)?\b|\bran\b|\boperat\w*|\bservice\b/i],
  ['영업', /\bopen(?:s|ed)?\b|\boperat\w*|\bdo(?:es)? business\b/i],
];
/**
 * Native verbs, keyed by the syllables they start with before 지 않다 (가지 않았다) and after 안/못 in their past and
 * present forms (안 갔다, 못 봤다, 안 먹는다).
 */
const NATIVE_PREDICATES: ReadonlyArray<readonly [string, RegExp]> = [
  ...NATIVE_PREDICATE_ROWS,
  ['가|갔|간|갈', /\b(?:go|goes|went|gone|going|head(?:ed|s)? to|travell?ed)\b/i],
  ['오|왔|온|올', /\b(?:come|comes|came|coming|arriv\w*|show(?:ed)? up|turn(?:ed)? up)\b/i],
  ['먹|먹었', /\b(?:eat|eats|ate|eaten|eating)\b/i],
  ['보|봤|본|볼', /\b(?:see|sees|saw|seen|seeing|watch\w*|view\w*)\b/i],
  ['알|알았', /\b(?:know|knows|knew|known|aware|realiz\w*|realis\w*)\b/i],
  ['사|샀|산|살', /\b(?:buy|buys|bought|buying|purchas\w*)\b/i],
  ['팔|팔았|판', /\b(?:sell|sells|sold|selling)\b/i],
  ['열|열었|연', /\b(?:open|opens|opened|opening)\b/i],
  ['만나|만났|만난', /\b(?:meet|meets|met|meeting)\b/i],
  ['찾|찾았', /\b(?:find|finds|found|locat\w*)\b/i],
  ['믿|믿었', /\b(?:believ\w*|trust\w*)\b/i],
  ['받|받았', /\b(?:receiv\w*|got|gets|accept\w*|take|took|taken)\b/i],
  ['웃|웃었', /\b(?:laugh\w*|smil\w*)\b/i],
  ['울|울었', /\b(?:cry|cries|cried|crying|wept|weep\w*|tears)\b/i],
  ['읽|읽었', /\b(?:read|reads|reading)\b/i],
  ['늘|늘었', /\b(?:increas\w*|ris(?:e|es|ing)|rose|grew|grow\w*|climb\w*)\b/i],
  ['오르|올랐|오른', /\b(?:ris(?:e|es|ing)|rose|risen|climb\w*|increas\w*|went up|gain\w*)\b/i],
  ['떨어|떨어지|떨어졌', /\b(?:fall|falls|fell|fallen|drop\w*|declin\w*|decreas\w*)\b/i],
  ['좋아하|좋아했', /\b(?:like|likes|liked|love|loves|loved|enjoy\w*|fond)\b/i],
  ['마시|마셨', /\b(?:drink|drinks|drank|drunk|drinking)\b/i],
  ['원하|원했', /\b(?:want|wants|wanted|wish\w*|desir\w*)\b/i],
  ['서|섰|선|설', /\b(?:stop(?:s|ped)?|halt(?:s|ed)?|pull(?:s|ed)? in)\b/i],
  ['잊|잊었|잊은', /\bforg[eo]t\w*/i],
  ['머물|머물렀|머문', /\b(?:stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|lingered)\b/i],
  ['살아남|살아남았', /\b(?:surviv\w*|made it)\b/i],
  ['벗어나|벗어났', /\b(?:escap\w*|broke free|got out|emerged)\b/i],
];
const NATIVE_BY_SYLLABLE = new Map<string, RegExp>(NATIVE_PREDICATES.flatMap(([forms, english]) => forms.split('|').map((form) => [form, english] as const)));
/** 가지 않았다, 보지 못했다: a verb of one or two syllables before 지 (not a Sino-Korean noun, which the table above reads). */
const KO_NEGATED_NATIVE = /(?<![가-힣])([가-힣]{1,3}?)지(?:는|도)?\s(?:않|못)|(?<![가-힣])(?:안|못)\s([가-힣]{1,3})/g;
const NEGATED_PREDICATE_KEYS = new Map(NEGATED_PREDICATES.map(([key, english]) => [key, english]));

// Case-insensitive global copies of patterns read for all their matches, one each, kept (a copy made per call is
// compiled again whenever V8's cache has let it go).
const GLOBAL_COPIES = new Map<RegExp, RegExp>();
function globalCopy(pattern: RegExp): RegExp {
  let copy = GLOBAL_COPIES.get(pattern);
  if (!copy) GLOBAL_COPIES.set(pattern, (copy = new RegExp(pattern.source, 'gi')));
  return copy;
}
const KO_NEGATED_VERB = /([가-힣]{2,}?)(?:하|되|시키|받|해|돼)?지(?:는|도|를|조차)?\s?(?:않|못)|([가-힣]{2,}?)(?:[은는을를이가도]|조차)?\s(?:안|못)\s?(?:했|하|해|된|되|돼|됐|시켰|시키|받|했)/g;
/** English that renders a denial without a negative word, and any plain negation. */
const EN_LOW_DEGREE = /\b(?:low|little|few|lack\w*|absence|absent|free|clean|negative|zero|nothing|none|without|fail\w*|unable|no|not|never|hardly|barely|rarely|modest|dim|neither|nor|nobody|instead|rather|prevent\w*|avoid\w*|miss\w*|unexpected\w*|surpris\w*|refus\w*|declin\w*|reject\w*|yet to|pending|awaiting|short of|far from|stopp\w*|halt\w*|cancel\w*|scrapp\w*|skipp\w*|postpon\w*|delay\w*|put off|shelv\w*|withh[oe]ld|abandon\w*|dropp\w*|g[ai]ve up|giving up|abstain\w*|teetotal\w*|sober|ceas\w*|quit\w*|call(?:s|ed|ing)? off|exclud\w*|omit\w*|left out|leaves? out|disallow\w*|sat out|sits? out|sidelined|benched|withdr[ae]w\w*|pulled out|out of|less|worse|(?:decid|opt|vot)\w* against|rul\w* out|refrain\w*)\b|n't\b|\bun(?!done|did|does|doing|plug|pack|zip|wrap|fold|tie|button|screw|install|subscribe|mute|pin|hook|tangl|freez|follow|friend|mount|seal|clip|buckl|latch|bolt|cork|cap|roll|wind|leash|dress|box|bundl)[a-z]{3,}/i;

function droppedPredicate(korean: string, en: string): { cue: string; index: number; english: RegExpExecArray } | undefined {
  const lows = matchesOf(globalCopy(EN_LOW_DEGREE), en);
  // Session 14: a word of low degree that is the denied predicate's own rendering (유예하지 않기로 → "decided to
  // postpone") denies nothing.
  const lowElsewhere = (rendering: RegExp): boolean => {
    const hits = matchesOf(globalCopy(rendering), en);
    return lows.some((low) => !hits.some((hit) => hit.index <= low.index && low.index < hit.index + hit[0].length));
  };
  for (const match of korean.matchAll(KO_NEGATED_VERB)) {
    const stem = (match[1] ?? match[2])!;
    for (const key of stem.length > 2 ? [stem, stem.slice(-2)] : [stem]) {
      const rendering = NEGATED_PREDICATE_KEYS.get(key);
      const english = rendering?.exec(en);
      // Session 13: a rendering that the English denies somewhere ("… cannot be refunded") keeps the denial.
      if (english && !renderingDenied(rendering!, en) && !lowElsewhere(rendering!)) return { cue: match[0], index: match.index, english };
    }
  }
  for (const match of korean.matchAll(KO_NEGATED_NATIVE)) {
    const word = (match[1] ?? match[2])!;
    // Session 13: 것 같지 않다 (it does not seem) is a hedge, not a denied sameness: "looks like it'll stay dry".
    if (word.startsWith('같') && KO_SEEMS.test(korean.slice(0, match.index + 1))) continue;
    // The longest listed start of the word (올랐다 → 올랐, 갔다 → 갔).
    for (let length = Math.min(3, word.length); length >= 1; length--) {
      const english = NATIVE_BY_SYLLABLE.get(word.slice(0, length));
      if (!english) continue;
      // Before 지 the word is the stem itself; after 안/못 the stem takes only an ending (안 갔다, not 안 가방).
      const rest = word.slice(length);
      if (match[1] !== undefined ? rest !== '' : rest !== '' && !/^(?:다|고|는|요|서|며|면|니|지|게|을|던|았|었|겠|습|어|아|네|죠|나|냐)/.test(rest)) break;
      const hit = english.exec(en);
      if (hit && !lowElsewhere(english)) return { cue: match[0], index: match.index, english: hit };
      break;
    }
  }
  return undefined;
}

/** Whether a rendering of the predicate stands in the English a few words after a denial (not, never, cannot …). */
function renderingDenied(rendering: RegExp, en: string): boolean {
  const negatives = matchesOf(globalCopy(EN_STRONG_NEGATION), en);
  return matchesOf(globalCopy(rendering), en).some((hit) => negatives.some((negative) => negative.index < hit.index && /^[\w\s'-]{0,25}$/.test(en.slice(negative.index + negative[0].length, hit.index))));
}

/**
 * The reverse: the English denies a predicate of the table that the Korean states without any negation (확인됐다 →
 * "could not be confirmed", 참석했다 → "did not attend").
 */
function addedDenial(ko: string, en: string): RegExpExecArray | undefined {
  // 수용하기는 어렵다 (hard to accept) is rightly "could not accept".
  if (KO_HARD.test(ko)) return undefined;
  for (const match of en.matchAll(/\b(?:not|never|cannot|no longer)(?:\s+\w+){1,3}|\w+n't(?:\s+\w+){1,3}/gi)) {
    if (/^(?:not|never)\s+(?:only|just|merely|simply|least|to mention)\b/i.test(match[0])) continue;
    for (const [key, english] of NEGATED_PREDICATES) {
      if (!ko.includes(key) || !english.test(match[0])) continue;
      const affirmed = new RegExp(`${key}(?:하|되|했|됐|한|된|해|돼|할|될|시켰|시킨|받|됩|합)`).exec(ko);
      // Session 16: the Korean denies it too (작동하지 않나요? "Remote not working?").
      if (affirmed && !KO_WORD_DENIED.test(ko.slice(affirmed.index + key.length, affirmed.index + key.length + 12))) return match as RegExpExecArray;
    }
  }
  return undefined;
}

/** Lukewarm Korean judgements that English says with "not" ("애매합니다" → "not ideal"). */
const KO_LUKEWARM = /애매|별로|아쉽|아쉬|그저 그|그닥|글쎄|부담|불편|미묘|찝찝|어중간|무리|마땅치|딱히|그다지|썩 |과하|지나치|싫|나쁘|떨어지|힘들|어렵|곤란|부족|모자라|그냥저냥|그럭저럭/;
const EN_NOT_EVALUATIVE = /(?:\bnot|n't) (?:very |quite |really |exactly |that |so |too |the most |all that |particularly |entirely |always )?(?:ideal|great|good|perfect|suitable|recommended|comfortable|easy|optimal|convenient|pleasant|appealing|attractive|satisfying|satisfactory|impressive|worth\w*|cheap|clear|much|enough|sure|the best|for everyone|my (?:thing|taste|style)|bad|terrible|impossible)\b/gi;

/** English set phrases whose negative-looking word negates nothing ("stoppage time", "on an empty stomach"). */
/** An invitation or a permission: the opposite of a prohibition (만지지 마세요 → "feel free to touch"). */
const EN_INVITATION = /\b(?:feel free to|you(?:'re| are) (?:welcome|free|allowed|permitted) to|(?:is|are) (?:allowed|permitted|welcome)|go ahead and)\b/i;
// Session 16: "feel free to" invites; its "free" denies nothing.
const EN_SET_PHRASES = /\bfeel free\b|\bstoppage time\b|\bempty stomach\b|\bnon-?stop\b|\bfree kick\b|\bfree throws?\b|\bduty-free\b|\btax-free\b/gi;
/** English that says an attempt succeeded: the opposite of 못 했다. */
const EN_SUCCEEDED = /\b(?:managed to|succeeded in|succeeds in|was able to|were able to|pulled off)\b/i;
/** 없이도 … 수 있다 (can even without X), and an English that makes X a condition ("cannot … without X"). */
const KO_EVEN_WITHOUT = /없이도\s(?:[가-힣]+\s){0,6}?[가-힣]*\s?수\s?(?:도\s?)?있/;
/** 예약 없이도 입장이 가능하다 (no booking needed) against "requires a booking": the missing thing made a condition. */
const KO_WITHOUT_CAN = /없이(?:도)?\s(?:[가-힣]+\s){0,5}?[가-힣]*(?:\s?수\s?(?:도\s?)?있|(?<!불)가능)/;
const EN_REQUIRES = /\b(?:requir(?:e|es|ed|ing)|need(?:s|ed)?|must|mandatory|necessary|compulsory|essential|only (?:with|if|after|once|by))\b/i;
const EN_WITHOUT_KEPT = /\bwithout\b|\bno\b|n't\b|\bnot\b|-free\b|\bfree of\b|\bwalk-?in|\boptional|\bunnecessary|\bany\b/i;
/** X 없이 (without X): a noun of the lexicon just before it. */
const KO_NOUN_WITHOUT = /([가-힣]{2,})(?:이|가|도)?\s?없이(?!도)/g;
const EN_WITHOUT_WORDS = /\b(?:without|no|not|n't|empty|absence|absent|lack\w*|free|closed|behind closed doors|deserted|vacant|minus|sans|bare|alone|unaccompanied|un\w+|\w+less)\b|n't\b/i;
const EN_WITH = /\bwith\b/gi;
const EN_NOT_WITHOUT = /\b(?:cannot|can't|can not|could not|couldn't|unable to|not able to|(?:must|need to|have to|required to)\b)[^.;!?]{0,60}?\bwithout\b/i;

/**
 * How likely, how feared, how hoped: 가능성이 낮다 (a low likelihood) against "a high likelihood" / "likely". The Korean
 * names the measure and its level (낮다/적다/작다 low, 높다/많다/크다 high); the English says the opposite level beside a
 * word for the same measure, and never the Korean's level.
 */
const KO_LEVEL = /(가능성|확률|공산|여지|우려|위험성?|리스크|기대감?|전망)(?:[이가은는도]?\s?(?:매우|아주|상당히|다소|비교적|극히|희박하게)?\s?(낮|적|작|희박|높|많|크|커|컸)|[을를]\s?(?:매우|아주|상당히|다소|비교적|극히)?\s?(낮|높|크|작)게\s?(?:보|봤|본|점치|점쳤|평가|예상|전망|내다|관측))/;
const EN_MEASURE = '(?:likelihood|chances?|possibilit(?:y|ies)|probabilit(?:y|ies)|odds|prospects?|risks?|concerns?|fears?|hopes?|expectations?|room)';
/** What the measure is of, before its verb: "the risk of a relapse is high". */
const EN_MEASURE_OF = '(?:\\s+(?:of|for|that)\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+)?';
const EN_HIGH_WORD = '(?:high|higher|great|greater|strong|stronger|big|bigger|large|larger|good|considerable|significant|real|serious|substantial|elevated|growing|increasing)';
const EN_LOW_WORD = '(?:low|lower|slim|slimmer|small|smaller|little|remote|slight|minimal|dim|faint|limited|negligible|scant|modest)';
const EN_LEVEL_HIGH = new RegExp(`\\b${EN_HIGH_WORD}\\s+(?:\\w+\\s+)?${EN_MEASURE}\\b|\\b${EN_MEASURE}${EN_MEASURE_OF}\\s+(?:(?:is|are|was|were|remains?|seems?|appears?|looks?)\\s+)(?:very\\s+|quite\\s+|fairly\\s+)?${EN_HIGH_WORD}\\b|(?<!\\b(?:un|less|not|least|hardly|barely)\\s?)\\b(?:highly |very |quite |more |most )?likely\\b|\\b(?:could|may|might) (?:very )?well\\b|\\b(?:quite|very|entirely|distinctly) possibl[ey]\\b|\\ba (?:real|distinct|strong) possibility\\b`, 'i');
const EN_LEVEL_LOW = new RegExp(`\\b${EN_LOW_WORD}\\s+(?:\\w+\\s+)?${EN_MEASURE}\\b|\\b${EN_MEASURE}${EN_MEASURE_OF}\\s+(?:(?:is|are|was|were|remains?|seems?|appears?|looks?)\\s+)(?:very\\s+|quite\\s+|fairly\\s+)?${EN_LOW_WORD}\\b|\\bunlikely\\b|\\b(?:less|least|not|hardly|barely)\\s+likely\\b|\\bno\\s+${EN_MEASURE}`, 'i');

function flippedLevel(ko: string, en: string): { data: Record<string, string>; range: [number, number] } | undefined {
  const level = KO_LEVEL.exec(ko);
  if (!level) return undefined;
  // One level only: 가능성은 낮지만 우려는 크다 has both.
  const low = /^(?:낮|적|작|희박)/.test((level[2] ?? level[3])!);
  const other = new RegExp(`(?:가능성|확률|공산|여지|우려|위험|리스크|기대|전망)[이가은는도]?\\s?(?:${low ? '높|많|크|커|컸' : '낮|적|작|희박'})`);
  if (other.test(ko) || /않|없|아니/.test(ko.slice(level.index + level[0].length, level.index + level[0].length + 6))) return undefined;
  const [wrong, right] = low ? [EN_LEVEL_HIGH, EN_LEVEL_LOW] : [EN_LEVEL_LOW, EN_LEVEL_HIGH];
  const english = wrong.exec(en);
  if (!english || right.test(en) || EN_NEGATED_BEFORE.test(en.slice(Math.max(0, english.index - 30), english.index))) return undefined;
  return { data: { korean: low ? 'low' : 'high', cue: level[0], english: english[0].trim() }, range: [english.index, english.index + english[0].length] };
}

/**
 * Korean verbs whose meaning is a refusal or a collapse (기각 "dismissed", 거부 "refused", 부결 "voted down", 불허 "not
 * allowed", 반려 "sent back", 무산 "fell through"), and an English that grants instead ("The court issued the warrant"
 * for 구속영장을 기각했다) with no word of refusal anywhere.
 */
const KO_REFUSAL_VERB =
  /(기각|각하|거부|거절|부결|불허|불승인|반려|무산|불발|퇴짜)(?:했|됐|되|하|한|된|해|돼|시켰|시킨|당했|당한|처리|돼|될|할|키로|하기로|됨|함|\s?(?:결정|판결|처분|통보))/;
const EN_REFUSED =
  /\b(?:threw out|throw(?:s|n)? out|turn(?:s|ed)? down|vot(?:e|es|ed) down|veto\w*|overrul\w*|quash\w*|str(?:uck|ike|ikes) down|knock(?:ed|s)? back|sen[dt] back|return\w*|rebuff\w*|spurn\w*|nix\w*|thwart\w*|collaps\w*|f[ae]ll(?:s)? through|fizzl\w*|derail\w*|scuttl\w*|block\w*|fail\w*|falter\w*|stall\w*|sank|sunk|shelv\w*|kill(?:ed|s)?|shot down|no-go|rebuk\w*|overturn\w*|snub\w*)\b/i;
const EN_GRANTED =
  /(?<!\bto\s)\b(?:issued|granted|approved|accepted|passed|allowed|permitted|authori[sz]ed|upheld|adopted|endorsed|green-?lit|green-?lighted|cleared|signed off|went ahead|went through|came through|materiali[sz]ed|succeeded|agreed to|consented|admitted|honou?red)\b/i;

function grantedRefusal(ko: string, en: string): { cue: RegExpExecArray; english: RegExpExecArray } | undefined {
  const cue = KO_REFUSAL_VERB.exec(ko);
  if (!cue || NEGATED_NEGATIVE.test(ko) || EN_NEGATION.test(en) || EN_REFUSED.test(en)) return undefined;
  const english = EN_GRANTED.exec(en);
  return english ? { cue, english } : undefined;
}

/**
 * Two or more Korean denials, fewer English negative words, and a denied predicate of the tables whose every English
 * rendering stands with no negative word just before it: "Having failed to recover …, he competed in the final" for
 * 회복하지 못한 그는 결승에 출전하지 못했다.
 */
function affirmedAmongDenials(korean: string, en: string, cues: readonly RegExpExecArray[]): { cue: string; index: number } | undefined {
  if (cues.length < 2) return undefined;
  const denied: { cue: string; index: number; hits: RegExpExecArray[] }[] = [];
  for (const match of korean.matchAll(KO_NEGATED_VERB)) {
    const stem = (match[1] ?? match[2])!;
    const key = (stem.length > 2 ? [stem, stem.slice(-2)] : [stem]).find((candidate) => NEGATED_PREDICATE_KEYS.has(candidate));
    if (!key) continue;
    const hits = matchesOf(globalCopy(NEGATED_PREDICATE_KEYS.get(key)!), en);
    denied.push({ cue: match[0], index: match.index, hits });
  }
  if (denied.length === 0) return undefined;
  const negatives = matchesOf(globalCopy(EN_NEGATION), en);
  // Fewer English negatives than Korean denials: one of them is gone.
  if (negatives.length >= cues.length) return undefined;
  for (const predicate of denied) {
    if (predicate.hits.length === 0) continue;
    // Every rendering of the predicate stands with no negative word a few words before it.
    const bare = predicate.hits.every((hit) => !negatives.some((negative) => negative.index < hit.index && /^[\w\s'-]{0,25}$/.test(en.slice(negative.index + negative[0].length, hit.index))));
    if (bare) return { cue: predicate.cue, index: predicate.index };
  }
  return undefined;
}

/** A Korean clause denial besides 없이 (보호자 없이 입장할 수 없다), and an English whose only negative word is "without". */
function onlyWithout(korean: string, en: string, cues: RegExpExecArray[]): boolean {
  const withouts = korean.match(/없이/g)?.length ?? 0;
  if (withouts === 0 || !cues.some((cue) => !cue[0].startsWith('없이') && /않|못|없[다었습어을]|아니/.test(cue[0]))) return false;
  const english = matchesOf(globalCopy(EN_NEGATION), en);
  return english.length > 0 && english.length <= withouts && english.every((match) => /^without$/i.test(match[0]));
}

/** A concession (에도 불구하고, -는데도, -음에도: "despite", "although"). */
const KO_CONCESSION = /에도\s?불구하고|(?:는|은|ㄴ|했|였|었|았|인|한)데도|(?:음|함|됨|었음|았음|했음)에도(?!\s?불구)|그럼에도|그런데도|(?:더라|라|이라)도(?=\s)/;
/** Korean that gives a cause besides the concession, which an English "because" may render. */
const KO_CAUSE = /때문|(?:으)?로\s?인해|인하여|인한|덕분|덕에|탓|여파(?!에도)|영향으로|(?:아|어|해|돼|져|라)서(?![가-힣])|니까|으니|므로|바람에|는 통에|로써/;
/** English that makes the conceded fact the cause. */
const EN_CAUSE = /\b(?:because(?: of)?|due to|owing to|as a result of|thanks to|on account of|as a consequence of|in light of|given|citing)\b/i;
/** English that keeps a concession. */
const EN_CONCESSIVE = /\b(?:despite|in spite|although|though|even|still|nevertheless|nonetheless|yet|but|regardless|notwithstanding|however|while|whereas|anyway|anyhow|all the same|undeterred|undaunted|defying|against)\b/i;

/** -ㄹ 의향/의사/용의/계획/생각이 있다: someone means to do it. The syllable before ends in ㄹ (살, 갈, 할, 볼). */
const KO_WILLING = /([가-힣])\s?(?:의향|의사|용의|계획|생각|마음|예정)(?:이|가|은|는|도)?\s?(?:있|충분)/;
const EN_UNWILLING =
  /\b(?:wouldn't|would not|won't|will not|not (?:willing|planning|going|interested|intending|keen|about)|unwilling|no (?:intention|plans?|desire|interest|wish)|never|refus\w*|declin\w*)\b/i;
const EN_WILLING_IDIOM = /\b(?:wouldn't|would not|won't|will not) (?:hesitate|mind|rule out|be opposed|object|say no)\b|\bnever (?:hesitate|mind)\b/i;
function hasFinalRieul(syllable: string): boolean {
  const code = syllable.charCodeAt(0) - 0xac00;
  return code >= 0 && code <= 11171 && code % 28 === 8;
}

/** 아직 … 않다/없다/못하다 (not yet) and an English "already" with no denial. */
const KO_NOT_YET = /아직(?:까지|도|은)?\s(?:[^\s.!?]+\s){0,5}?[^\s.!?]*(?:않|없|못|아니|미정|미확인|전)/;
const EN_ALREADY = /\b(?:already|by now|by then)\b/i;

/** 수 있다 as the text's last predicate, with no denial after it. */
const KO_CAN_LAST = /수\s?(?:도\s?)?있(?:다|습니다|어요|어|음|을 것이다|을 것으로 보인다|을 전망이다)[^가-힣]*$/;
function cannotAmongDenials(korean: string, en: string, denials: number): { cue: string; english: RegExpExecArray } | undefined {
  const can = KO_CAN_LAST.exec(korean);
  if (!can || /일\s?수\s?(?:도\s?)?있/.test(korean) || KO_STOP_CAN.test(korean) || KO_HARD.test(korean) || ONLY_CAN.test(korean)) return undefined;
  const english = EN_CANNOT.exec(en);
  if (!english || EN_CAN_EXCEPTION_ANYWHERE.test(en) || EN_CAN_EXCEPTION.test(en.slice(english.index))) return undefined;
  const strong = matchesOf(globalCopy(EN_STRONG_NEGATION), en).length;
  return strong > denials ? { cue: can[0], english } : undefined;
}

/**
 * Words of one polarity and the English words of the opposite one: 찬성 (for) → "opposed", 무죄 (not guilty) →
 * "convicted", 흑자 (surplus) → "deficit", 불참 (stayed away) → "attended". Each row: the Korean word, Korean words of
 * the other side (either in the Korean makes the pair two-sided, skipped), the English opposite, and the English
 * renderings of the Korean word (any of them in the English accounts for it).
 */
const POLAR: readonly [RegExp, RegExp, RegExp, RegExp][] = [
  [/찬성/, /반대|기권/, /\b(?:oppos\w*|against|reject\w*|vot(?:e|ed|es|ing) down|objected)\b/i, /\b(?:support\w*|favou?r\w*|for|approv\w*|back\w*|endors\w*|yes|aye)\b/i],
  [/(?<![가-힣])반대(?:했|한|하|해|표|의사|입장|측)/, /찬성|반대(?:로|편|쪽|방향|차선|하지|할 수|할 이유)/, /\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)|favou?r(?:s|ed)?|in favou?r|endors\w*|approv\w*|welcom\w*)\b/i, /\b(?:oppos\w*|against|object\w*|reject\w*|resist\w*|disapprov\w*|no\b|nay)\b/i],
  [/무죄/, /유죄|징역|벌금|집행유예/, /\b(?:guilty|convict\w*|sentenc\w*)\b/i, /\b(?:acquit\w*|not[- ]guilty|innocen\w*|clear\w*|exonerat\w*)\b/i],
  [/유죄/, /무죄/, /\b(?:acquit\w*|innocen\w*|exonerat\w*)\b/i, /\b(?:guilty|convict\w*)\b/i],
  [/흑자/, /적자/, /\b(?:deficits?|losses|loss|in the red|shortfall)\b/i, /\b(?:surplus\w*|profit\w*|in the black|black)\b/i],
  [/적자/, /흑자/, /\b(?:surplus\w*|in the black)\b/i, /\b(?:deficits?|loss\w*|in the red|red ink|shortfall)\b/i],
  [/호평/, /혹평|비판|비난|엇갈/, /\b(?:criticiz\w*|criticis\w*|panned|slammed|negative reviews?|poor reviews?|lukewarm)\b/i, /\b(?:prais\w*|acclaim\w*|rave\w*|positive|well[- ]received|favou?rabl\w*|good reviews?|warm)\b/i],
  [/혹평/, /호평|극찬|찬사/, /\b(?:prais\w*|acclaim\w*|rave\w*|positive reviews?|well[- ]received|favou?rabl\w*)\b/i, /\b(?:critic\w*|panned|slammed|harsh\w*|negative|scathing|poor)\b/i],
  [/(?<![불])만족(?:했|한|하|해|스러|도)/, /불만|실망|아쉬/, /\b(?:dissatisf\w*|disappoint\w*|unhappy|displeas\w*|unsatisf\w*)\b/i, /\b(?:satisf\w*|happy|pleased|content\w*|glad)\b/i],
  [/불만|실망/, /만족(?:했|한|하|해|스러)|기뻐|흡족/, /\b(?:satisfied|pleased|delighted|happy with)\b/i, /\b(?:dissatisf\w*|disappoint\w*|unhappy|displeas\w*|complain\w*|frustrat\w*|grievance\w*|let down|upset)\b/i],
  [/(?<![불])합격/, /불합격|낙방|떨어/, /\bfail(?:s|ed|ing)?\b/i, /\b(?:pass\w*|admitted|accepted|made it|succeed\w*)\b/i],
  [/불합격|낙방/, /(?<!불)합격/, /\b(?:passed|admitted|got in)\b/i, /\b(?:fail\w*|rejected|did not pass|didn't pass)\b/i],
  [/생존|살아남|목숨을 건졌|구조됐/, /숨졌|사망|숨진|희생/, /\b(?:died|dead|killed|perished|lost (?:his|her|their) li\w+)\b/i, /\b(?:surviv\w*|alive|rescued|saved)\b/i],
  [/수락|받아들였|받아들이기로/, /거절|거부|사양/, /\b(?:declin\w*|turn(?:ed|s)? down|reject\w*|refus\w*|rebuff\w*)\b/i, /\b(?:accept\w*|agree\w*|took up|take up|embrac\w*)\b/i],
  [/불참|결석|결장|결근/, /참석|참가|참여|출석|출전|출근/, /\b(?:attend(?:s|ed|ing)?|took part|showed up|was present|were present|played|participated)\b/i, /\b(?:absent|absence|skipp\w*|miss\w*|stay\w* away|boycott\w*|sat out|no-show|did not|didn't|not|sidelined|without)\b/i],
  [/석방|풀려났|풀려난/, /구속|체포|수감/, /\b(?:arrest\w*|detain\w*|jailed|imprison\w*|taken into custody)\b/i, /\b(?:releas\w*|freed|free|let go)\b/i],
  [/가결|(?<![가-힣])통과(?:됐|시켰|했|되)|승인(?:했|됐|한|된|을 받)|채택(?:했|됐|한|된)/, /부결|거부|기각|반대|무산|불허|불승인|반려/, /\b(?:vot(?:e|ed|es|ing) down|reject\w*|defeat\w*|turn(?:ed|s)? down|struck down|shot down|sen[dt] back|kill(?:ed|s)?)\b/i, /\b(?:pass\w*|approv\w*|adopt\w*|endors\w*|clear(?:ed|s)|green-?l\w*|ratif\w*|accept\w*)\b/i],
  [/결렬|협상[이은가]?\s?무산/, /타결|합의(?:했|에 이르|를 이뤘|점)/, /\b(?:reached|struck|clinched|sealed|secured|hammered out)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:deal|agreement|accord|settlement|compromise)\b/i, /\b(?:collaps\w*|broke down|break(?:s|ing)? down|fell through|fail\w*|stall\w*|without (?:a |an )?(?:deal|agreement)|no (?:deal|agreement)|ended|derail\w*)\b/i],
  [/기대\s?이상/, /기대\s?이하|실망|아쉬/, /\b(?:fell short|fall(?:s|ing)? short|disappoint\w*|below (?:my |our |their )?expectations|underwhelm\w*|let (?:me|us) down)\b/i, /\b(?:exceed\w*|beyond|better than|surpass\w*|more than (?:I|we) expected|outdid|above (?:my |our )?expectations)\b/i],
  [/기대\s?이하/, /기대\s?이상/, /\b(?:exceed\w*|surpass\w*|better than (?:I |we )?expected|above (?:my |our |their )?expectations|beyond (?:my |our |their )?expectations)\b/i, /\b(?:fell short|fall(?:s|ing)? short|disappoint\w*|below|worse|let (?:me|us) down|underwhelm\w*|not (?:as good|up to))\b/i],
  [/(?<![가-힣])비추(?![가-힣])|비추(?:입니다|예요|에요|합니다|해요|요)/, /강추|추천합|추천해/, /\brecommend\w*\b/i, /\b(?:not recommend|n't recommend|avoid|skip|pass on|stay away|steer clear|against|but not|not (?:to|for))\b/i],
  [/놓쳤|놓친|놓치고/, /잡았|잡은|탔|탑승/, /\b(?:caught|made it|managed to catch|grabbed|seized)\b/i, /\b(?:miss\w*|lost|let\b|slipp\w*|gave up|escap\w*|got away)\b/i],
  [/(?:버스|기차|열차|택시|비행기|지하철|막차|첫차|배)[을를]?\s?(?:탔|탄|타고)/, /놓쳤|놓친|못 탔|타지 못/, /\bmiss(?:ed|es)?\b/i, /\b(?:took|caught|got on|boarded|rode|taking)\b/i],
  [/연중무휴|무휴/, /휴무|휴업|휴점/, /\bclosed\b/i, /\b(?:open\w*|every day|year-round|all year|365 days|seven days a week|daily)\b/i],
  [/(?<![가-힣])무료(?!하)/, /유료|요금을 (?:받|내)/, /\b(?:charged|charge(?!s? free)|paid|fees?|costs?\s+\S*\d|extra cost)\b/i, /\b(?:free|no charge|no cost|without charge|complimentary|at no|costs? nothing|gratis)\b/i],
  [/재미있|재밌|흥미진진|흥미로/, /지루|재미없|노잼/, /\b(?:dull\w*|boring|bored|tedious|uninteresting|dreary)\b/i, /\b(?:fun|entertaining|enjoy\w*|interesting|amusing|hilarious|engaging|gripping|thrilling|exciting)\b/i],
  [/지루(?:했|한|하|해)/, /재미있|재밌/, /\b(?:fun|entertaining|gripping|thrilling|exciting|engaging|riveting)\b/i, /\b(?:dull|boring|bored|tedious|drag\w*|slow)\b/i],
  [/살아\s?있|생존해\s?있/, /숨졌|사망|숨진/, /\b(?:died|dead|killed|passed away|perished|late)\b/i, /\b(?:alive|living|surviv\w*|lives|still)\b/i],
  [/(?<![가-힣])폐기(?:됐|했|되|하|된|한|키로|하기로)/, /제정|통과|가결|시행/, /\b(?:enacted|passed|adopted|approved|signed into law|took effect)\b/i, /\b(?:scrap\w*|discard\w*|abandon\w*|dropp\w*|died|killed|shelv\w*|withdr[ae]w\w*|disposed|destroy\w*|expired|lapsed|dumped)\b/i],
  [/냉담|시큰둥|미지근/, /열광|환호|뜨거운 반응|호응/, /\b(?:enthusiastic\w*|warm(?:ly)?|rave\w*|embrac\w*|cheer\w*|applau\w*|rapturous\w*)\b/i, /\b(?:cold|cool\w*|lukewarm|indifferen\w*|tepid|unenthusiastic|chilly|apath\w*|unmoved|muted|frosty|luke-warm)\b/i],
  [/동결(?:했|됐|한|된|하|키로|하기로)/, /인상|인하|올렸|내렸/, /\b(?:rais(?:e|ed|es|ing)|increas\w*|hik(?:e|ed|es)|cut(?:s|ting)?|lower\w*|reduc\w*)\b/i, /\b(?:froze|freez\w*|frozen|unchanged|held|hold\w*|kept|keep\w*|steady|same|flat)\b/i],
  [/(?<![가-힣])부인(?:했|한|하|해|하며|하고)/, /인정(?:했|한|하)|시인/, /\b(?:admit\w*|confess\w*|acknowledg\w*|own(?:ed)? up|pleaded guilty)\b/i, /\b(?:den(?:y|ied|ies|ying|ial)|reject\w*|refut\w*|dismiss\w*|disput\w*|rebut\w*|not true)\b/i],
  [/[가-힣]에\s?(?:[가-힣]+\s){0,3}?(?:공급|납품|수출|판매)(?:한|했|하|해|키로|하기로|할)/, /구입|구매|수입|사들|공급받|납품받|조달/, /\b(?:sourc(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas\w*|import\w*|procur\w*)\b[^.;]{0,60}\bfrom\b/i, /\b(?:suppl\w*|provid\w*|deliver\w*|sell\w*|sold|export\w*|ship\w*)\b/i],
  // Judgements of a place, a product or a service (reviews): the opposite adjective with no word of the Korean's.
  [/(?<![불가-힣])친절(?:했|한|하|해|하고|하며)/, /불친절|무뚝뚝|퉁명/, /\b(?:rude\w*|unfriendly|impolite|unhelpful|curt|surly|brusque|hostile)\b/i, /\b(?:friendly|kind\w*|polite\w*|helpful|courteous|welcoming|attentive|nice|warm\w*|gracious)\b/i],
  [/불친절|무뚝뚝|퉁명/, /(?<!불)친절(?:했|한|하|해)/, /\b(?:friendly|kind|polite|helpful|courteous|welcoming|attentive)\b/i, /\b(?:rude\w*|unfriendly|impolite|unhelpful|curt|surly|brusque|cold|hostile|unkind)\b/i],
  [/깨끗(?:했|한|하|해)|청결(?:했|한|하|해)/, /더럽|더러|지저분|불결/, /\b(?:dirty|filthy|grimy|messy|unclean|untidy|dusty|stained)\b/i, /\b(?:clean\w*|spotless|tidy|neat|immaculate|pristine|hygien\w*)\b/i],
  [/더럽|더러웠|지저분|불결/, /깨끗|청결/, /\b(?:clean|spotless|tidy|immaculate|pristine)\b/i, /\b(?:dirty|filthy|grimy|messy|unclean|untidy|dusty|stained|grubby)\b/i],
  [/조용(?:했|한|하|해)/, /시끄럽|시끄러|소음/, /\b(?:noisy|loud|rowdy|boisterous)\b/i, /\b(?:quiet\w*|peaceful|calm|tranquil|silent|hushed)\b/i],
  [/시끄럽|시끄러웠|소음이 심/, /조용/, /\b(?:quiet|peaceful|tranquil|silent)\b/i, /\b(?:noisy|noise|loud|rowdy|din)\b/i],
  [/맛있(?:었|는|다|고|어)|맛있게|꿀맛|맛집/, /맛없|별로|싱거|짜|느끼/, /\b(?:bland|tasteless|awful|terrible|disgusting|inedible|flavou?rless)\b/i, /\b(?:delicious\w*|tasty|great|good|excellent|amazing|wonderful|yummy|flavou?rful|loved|enjoy\w*|superb)\b/i],
  [/(?<![불])편리(?:했|한|하|해)|편했|편하(?:고|다|게)/, /불편/, /\b(?:inconvenien\w*|uncomfortabl\w*|awkward|cumbersome|a hassle|a pain)\b/i, /\b(?:convenien\w*|comfortabl\w*|easy|handy|cozy|cosy)\b/i],
  [/(?<![가-힣])넓(?:었|은|고|다|어)/, /좁/, /\b(?:cramped|narrow|tiny|small|poky)\b/i, /\b(?:spacious|roomy|large|big|wide|ample|generous|plenty of room)\b/i],
  [/(?<![가-힣])좁(?:았|은|고|다|아)/, /넓/, /\b(?:spacious|roomy|wide|ample)\b/i, /\b(?:cramped|narrow|tight|tiny|small|poky|confined)\b/i],
  [/사실무근|근거\s?없는\s?(?:소문|주장|의혹)|허위(?:로|인|였|이다|사실)/, /사실로 (?:드러|확인)|사실이었/, /\b(?:true|accurate|confirmed|correct|factual)\b/i, /\b(?:false\w*|untrue|groundless|baseless|unfounded|fabricat\w*|fake|bogus|no basis|not true|without basis|misinformation|hoax)\b/i],
  [/금물/, /권장|추천/, /\b(?:recommend\w*|encourag\w*|advis(?:ed|able)|a good idea|a must|beneficial|helpful)\b/i, /\b(?:avoid\w*|no-no|never|not|n't|taboo|off-limits|forbidden|prohibit\w*|bad idea|dangerous|harmful|steer clear|refrain)\b/i],
  [/(?:반입|출입|방문|판매|호객|흥정|주차|외부 음식)[은는이가도]?\s?사절|사절(?:합니다|입니다|이에요|함)(?![가-힣])/, /환영/, /\b(?:welcome\w*|allowed|permitted|accepted|are fine|is fine|okay)\b/i, /\b(?:not|no|n't|prohibit\w*|forbid\w*|ban\w*|declin\w*|refus\w*)\b/i],
  [/미지수|오리무중|(?:시점|일정|시기|여부|날짜|규모)[은는이가도]?\s?(?:불투명|미정)/, /확정(?:됐|했|된)|결정(?:됐|했|된)|정해졌/, /\b(?:(?:has|have|had) been (?:set|fixed|decided|confirmed|settled|scheduled|determined|finalized)|(?:is|was) (?:set|fixed|certain|clear|confirmed|decided|scheduled))\b/i, /\b(?:unknown|uncertain\w*|unclear|remains? to be seen|up in the air|anyone's guess|not (?:known|clear|certain|yet)|undecided|open question|question mark|unsure|undetermined|pending|yet to)\b/i],
  [/몰랐|모른다|모르고|모르는|몰라/, /알았|알고 있|안다|모르는\s?[가-힣]{0,4}?(?:[이가은는]|도)\s?없|모르지\s?않/, /\b(?:knew|knows|aware|realized|realised)\b/i, /\b(?:unaware|no idea|unknown|not know|n't know|never knew|ignorant|in the dark|clue\w*|nobody|no one|none|nothing|without knowing|unbeknown\w*|oblivious)\b/i],
  [/마다하지\s?않|마다않/, /거절|거부/, /\b(?:turn(?:ed|s)? down|declin\w*|refus\w*|reject\w*|rebuff\w*)\b/i, /\b(?:accept\w*|agree\w*|took|take|embrac\w*|willing\w*|happily|gladly|hesitat\w*|jumped at|welcom\w*|eager\w*)\b/i],
  [/(?:빠짐\s?없이|전원|모두)\s?(?:[가-힣]+\s)?(?:참석|출석|참가|참여)/, /불참|결석|빠진|빠졌/, /\b(?:absent|absence|missing|skipped|no-shows?|stayed away)\b/i, /\b(?:all|every\w*|full attendance|without exception|none (?:was|were) absent|no one (?:was )?(?:missing|absent))\b/i],
  [/(?:시험|면접|오디션|예선|본선|심사)[에서]{0,2}\s?(?:[가-힣]+\s)?(?:떨어졌|떨어진|낙방|탈락)|낙방|불합격/, /합격|붙었|통과|당선/, /\b(?:passed|got in|made it|was accepted|were accepted|advanced|qualified|aced)\b/i, /\b(?:fail\w*|flunk\w*|lost|eliminat\w*|knocked out|rejected|didn't (?:pass|make)|did not (?:pass|make)|out\b|cut)\b/i],
  [/(?:담배|술|커피|흡연|음주)[을를]?\s?끊었|금연(?:했|에 성공|중)|금주(?:했|중)/, /다시 (?:피우|마시)|흡연을 시작/, /\b(?:start(?:ed|s)? (?:smoking|drinking)|took up (?:smoking|drinking)|picked up (?:smoking|drinking)|began (?:smoking|drinking))\b/i, /\b(?:quit\w*|gave up|giving up|stopp\w*|kick\w*|cut out|sober|off (?:cigarettes|alcohol|booze))\b/i],
  [/철거(?:됐|했|되|하|된|한|키로|하기로)/, /복원|재건|보존|리모델링/, /\b(?:restor\w*|preserv\w*|renovat\w*|rebuilt|refurbish\w*)\b/i, /\b(?:demolish\w*|torn down|tore down|tear(?:ing)? down|razed|pulled down|knocked down|destroy\w*|removed|dismantl\w*|bulldoz\w*)\b/i],
  [/이혼(?:했|한|하|을|소송|절차|조정)/, /(?<!이혼 후 )재혼|결혼(?:했|한다|식)/, /\b(?:got married|tied the knot|wed(?:ded)?|engaged)\b/i, /\b(?:divorc\w*|split\w*|separat\w*|broke up|break-?up|ended (?:their|the|his|her) marriage)\b/i],
  [/결혼(?:했|한다|식을|하기로|을 발표|소식)/, /이혼/, /\b(?:divorc\w*|broke up|split up|separated)\b/i, /\b(?:married|marry|marriage|wed\w*|tie the knot|tied the knot|engaged|wedding|nuptials)\b/i],
  [/빌렸|빌린|꿨다|꾸었/, /빌려\s?(?:줬|준|주었|주기로|주고)|꿔\s?줬/, /\b(?:lent|lend(?:s|ing)?|loaned (?:\w+ )?to)\b/i, /\bborrow\w*|\bloan from\b|\btook out\b/i],
  [/빌려\s?(?:줬|준|주었|주기로|주고)|꿔\s?줬/, /빌렸(?!\s?줬)|빌린 돈을 갚/, /\bborrow\w*\b/i, /\b(?:lent|lend\w*|loan\w*|gave)\b/i],
  [/별로(?:였|이|다|예요|에요|네|야|더라)|그저 그랬|그냥 그랬/, /좋았|만족|최고/, /\b(?:great|excellent|amazing|wonderful|fantastic|loved|superb|brilliant|terrific|awesome|exceeded|surpassed|better than (?:\w+ ){0,2}(?:expected|said|hoped|thought|advertised|promised))\b/i, /\b(?:not|n't|meh|so-so|mediocre|disappoint\w*|underwhelm\w*|average|nothing special|bad|poor|okay|ok)\b/i],
  [/빨랐|빠르(?:다|고|네|게)|빠른|신속(?:했|하|한)/, /느리|느렸|늦/, /\b(?:slow\w*|delayed|late|sluggish)\b/i, /\b(?:fast\w*|quick\w*|prompt\w*|speedy|swift\w*|rapid\w*|early|in no time)\b/i],
  [/느렸|느리(?:다|고|네)|늦게 (?:왔|도착)|지연(?:됐|되)/, /빨랐|빠르/, /\b(?:fast\w*|quick\w*|prompt\w*|speedy|swift\w*|early|ahead of schedule)\b/i, /\b(?:slow\w*|late|delay\w*|took (?:a while|forever|long))\b/i],
  [/전용(?:입니다|이다|이에요|석|좌석|공간|구역|차로|주차)/, /누구나|모두/, /\b(?:everyone|anyone|all (?:passengers|visitors|customers|users)|open to all|the public)\b/i, /\b(?:only|reserved|exclusive\w*|dedicated|designated|priority|for)\b/i],
  [/[가-힣]{2,}만\s?(?:[가-힣]+\s){0,2}?(?:이용|사용|입장|참여|참가|가입|구매|신청|출입)(?:할|이|이\s)?\s?(?:수 있|가능)/, /없|불가|않/, /\bnon-?[a-z]+\s+(?:can|may|are (?:allowed|welcome|eligible))\b|\b(?:anyone|everyone)\s+(?:can|may|is welcome)\b|\b(?:available|open) to (?:all|any|every)\w*\b|\bnot (?:just|only|limited to)\b/i, /(?<!\bnot\s)\b(?:only|exclusive\w*|limited|restricted|not (?:available|open|allowed)|cannot|can't|solely|just)\b/i],
  [/어렵(?:습니다|다|고|네요|겠)|어려워|어려운|힘듭니다|곤란(?:합니다|하다)/, /쉽|쉬운|수월/, /\b(?:easy|easily|simple|no problem|effortless\w*)\b/i, /\b(?:hard|difficult\w*|tough|not|n't|cannot|unable|challeng\w*|struggl\w*|unlikely|no)\b/i],
  [/승소/, /패소/, /\blost\b/i, /\b(?:won|win|prevail\w*|in (?:his|her|its|their) favou?r)\b/i],
  [/패소/, /승소/, /\b(?:won|prevailed)\b/i, /\b(?:lost|los\w*|against (?:him|her|it|them))\b/i],
  [/개통|개장|개관|개방|재개장|재개관/, /폐쇄|휴관|휴장|통제|중단|폐장/, /\b(?:clos(?:e|ed|es|ing)|shut(?:s| down)?|suspend\w*)\b/i, /\b(?:open\w*|launch\w*|inaugurat\w*|unveil\w*|reopen\w*)\b/i],
  [/폐쇄|휴관|휴장|폐장|출입(?:이|을|은)?\s?(?:통제|금지|제한|차단)|(?<![가-힣])통제(?:되|됐|된|돼)/, /개통|개장|개관|개방|재개|해제/, /\b(?:(?:is|are|was|were|be|remains?|stays?) open|open(?:s|ed)? (?:to|for)|reopen\w*|opened)\b/i, /\b(?:clos\w*|shut\w*|suspend\w*|off-limits|restrict\w*|cordon\w*|seal\w*|block\w*|ban\w*|prohibit\w*|barr\w*|no entry|not open|access)\b/i],
  // A place with few people (한산하다) against "packed", and a crowded one against "quiet".
  [/한산(?:했|한|하|해)|한적(?:했|한|하|해)/, /붐비|붐볐|북적|혼잡|만원|인산인해/, /\b(?:packed|crowded|busy|bustling|jammed|heaving|swamped|teeming|thronged|overcrowded|mobbed)\b/i, /\b(?:quiet\w*|empty|deserted|uncrowded|sleepy|calm|peaceful|few|sparse\w*|not (?:busy|crowded)|slow|dead)\b/i],
  [/붐비|붐볐|북적|인산인해|문전성시|발\s?디딜 틈(?:이|도)?\s?없/, /한산|한적|썰렁|텅\s?비|텅텅/, /\b(?:quiet|deserted|empty|uncrowded)\b/i, /\b(?:packed|crowded|busy|bustling|jammed|heaving|swamped|teeming|throng\w*|overcrowded|mobbed|congest\w*|full|flock\w*|swarm\w*|crammed|queue\w*|lines?|crush|sea of)\b/i],
  // A benefit or rule kept (유지된다) against "scrapped".
  [/(?<![가-힣])유지(?:된|되|한|하|했|됐|키로|하기로|할|해)/, /폐지|중단|축소|없애|없어|사라|종료|폐기|철회|변경|조정|인상|인하|완화|강화|개편안[은는이가]? 폐/, /\b(?:scrap\w*|abolish\w*|eliminat\w*|ax(?:e|es|ed|ing)|discontinu\w*|phased out|done away)\b/i, /\b(?:maintain\w*|remain\w*|leav(?:e|es|ing)|left|stay\w*|keep\w*|kept|retain\w*|continu\w*|preserv\w*|surviv\w*|unchanged|intact|still|stand\w*|hold\w*|held|sustain\w*|untouched)\b/i],
  // Goals let in (골을 내주다, 끌려가다) against a lead taken.
  [/(?:골|점)을?\s?(?:내주|내줬|내준|허용하|허용했|헌납)|끌려갔|끌려가|끌려간|리드를 (?:내줬|빼앗겼)/, /앞서|리드를 (?:잡|지켰|지키)|역전승|선제골을 넣|골을 넣/, /\b(?:took (?:a|the) (?:[\w-]+ )?lead|led|ahead|in front|went up)\b/i, /\b(?:conced\w*|trail\w*|behind|down|allow\w*|gave up|giving up|let in|deficit|leak\w*|shipp\w*|fell|falling)\b/i],
  [/허용(?:했|한|하|된|됐|되|키로|하기로)/, /금지|불허|제한/, /\b(?:ban(?:s|ned)?|prohibit\w*|forbid\w*|outlaw\w*|barred)\b/i, /\b(?:allow\w*|permit\w*|approv\w*|let|legali[sz]\w*|lift\w*)\b/i],
  // Session 10, closed antonym pairs of common predicates:
  // above / below a mark (웃돌다 "exceeded" → "fell short of"; 밑돌다 "fell short" → "beat").
  [/웃돌|상회(?:했|한|하|해|할|하며|하고)/, /밑돌|하회|못 미/, /\b(?:f[ae]ll(?:s|en|ing)? short|below|undershot|trail\w*|lagg(?:ed|ing)|missed)\b/i, /\b(?:above|exceed\w*|beat|beats|topp\w*|tops?|surpass\w*|outpac\w*|outstrip\w*|over|more than|higher than|outperform\w*|ahead)\b/i],
  [/밑돌|하회(?:했|한|하|해|할|하며|하고)/, /웃돌|상회/, /\b(?:beat|beats|exceed\w*|topp\w*|surpass\w*|above|outpac\w*|outstrip\w*|outperform\w*)\b/i, /\b(?:below|under\w*|short|trail\w*|lag\w*|miss\w*|less than|lower than|weaker)\b/i],
  // Weather: clear (맑다) against cloudy, and cloudy (흐리다) against sunny.
  [/맑(?:겠|고|음|은|아|았|다|으며|을)/, /흐리|흐림|흐려|흐렸|구름\s?(?:많|낀|이 많)/, /\b(?:cloudy|overcast|grey|gray|gloomy|murky)\b/i, /\b(?:clear\w*|sunny|sunshine|fine|fair|bright|blue skies)\b/i],
  [/흐리(?:겠|고|다|며|고)|흐림|흐려|흐렸/, /맑|갬|개겠|개고|갠/, /\b(?:sunny|clear skies|sunshine|cloudless)\b/i, /\b(?:cloud\w*|overcast|grey|gray|gloomy|dull|murky)\b/i],
  // A lid left off (뚜껑을 닫지/덮지 말고) against "with the lid on", "covered".
  [/(?:뚜껑|덮개|마개)(?:[을를은는]|도)?\s?(?:닫지|덮지|씌우지)\s?(?:말|마|않)/, /(?:뚜껑|덮개|마개)(?:[을를은는]|도)?\s?(?:닫|덮|씌우)(?:고|은|아|어|으)/, /\b(?:lid|cover|cap|top) on\b|\bcover(?:ed)? (?:it|the pot|the pan)\b|\bcovered\b/i, /\b(?:uncovered|lid off|without (?:a|the) lid|lid (?:open|ajar|removed)|open|off)\b/i],
  // Played (출전했다, 출전을 강행했다) against sat out / skipped / withdrew.
  [/출전(?:했|한|하|해|할|키로|하기로|을\s?강행|\s?강행)/, /불참|결장|기권|빠지|빠졌|제외|출전하지|출전 못|못 (?:나서|뛰)/, /\b(?:sat out|sit(?:s|ting)? out|skipp\w*|miss(?:ed|es|ing)|withdr[ae]w\w*|pulled out|sidelined|ruled out)\b/i, /\b(?:play\w*|compet\w*|start(?:s|ed)?|took the (?:field|court|ice)|featur\w*|appear\w*|took part|take part|ran|rac(?:e|ed|es)|lined up|suited up|despite|push\w* ahead|go ahead|went ahead)\b/i],
  // More (더 많은, 보다 많았다) against "smaller", "fewer", "less".
  [/더\s?(?:많|큰|커)|보다\s?(?:[가-힣]+\s)?(?:많았|많다|많은|많아|컸|크다|큰)/, /더\s?(?:적|작)|덜|줄|감소|축소|(?:적|작)(?:았|었|다|은|게)/, /\b(?:smaller|fewer|less)\b/i, /\b(?:more|larger|bigger|greater|higher|increased|extra|additional|outnumber\w*|exceed\w*|up)\b/i],
  // Session 17: luck (다행히 "fortunately") against "unfortunately", and regret against "fortunately".
  [/다행(?:히|이|스럽|인)/, /불행|안타깝|아쉽게도|유감/, /\b(?:unfortunately|sadly|regrettably|unluckily|alas)\b/i, /\b(?:fortunately|luckily|thankfully|happily|mercifully|relief|relieved|glad)\b/i],
  // A record low (역대 최저) against "an all-time high", and a record high against a low.
  [/(?:역대|사상|최근\s?\d+년\s?(?:만에|내))\s?최저/, /최고/, /\b(?:all-time high|record high|highest|peak)\b/i, /\b(?:low\w*|bottom\w*|trough)\b/i],
  [/(?:역대|사상|최근\s?\d+년\s?(?:만에|내))\s?최고(?!경영|위원|급)/, /최저/, /\b(?:all-time low|record low|lowest)\b/i, /\b(?:high\w*|peak\w*|top\w*|record|best|most|largest|biggest)\b/i],
  [/불행히|안타깝게도|유감스럽게도|아쉽게도/, /다행/, /\b(?:fortunately|luckily|thankfully|happily)\b/i, /\b(?:unfortunately|sadly|regrettabl\w*|unluckily|alas|sorry|disappoint\w*|shame|pity)\b/i],
];

/** Any Korean word of the table, so that most pairs skip the rows at once. */
const POLAR_ANY = new RegExp(POLAR.map(([korean]) => korean.source).join('|'));

const EN_DENIED_SUBJECT = /(?:^|[.!?:;]\s+)["“]?(?:none|no one|nobody|neither|not (?:a|one|a single|any|all)|no)\b[^.!?;:]*$/i;

function polarFlip(ko: string, en: string): { cue: RegExpExecArray; english: RegExpExecArray } | undefined {
  if (!POLAR_ANY.test(ko)) return undefined;
  for (const [korean, other, opposite, own] of POLAR) {
    const cue = korean.exec(ko);
    if (!cue || other.test(ko) || own.test(en)) continue;
    // The Korean word must not be denied itself (찬성하지 않았다), nor modify a noun that does not exist (시험에 떨어진
    // 학생은 한 명도 없었다 is "every student passed").
    const after = ko.slice(cue.index + cue[0].length, cue.index + cue[0].length + 24);
    // Session 13: …nor be the aim of a failure (흑자 전환에 실패했다 "stayed in the red").
    if (/^[가-힣]{0,3}\s?(?:지\s?(?:않|못)|안\s|못\s|없|아니)/.test(after) || /^[가-힣]{0,3}\s(?:[가-힣]+\s)?[가-힣]*(?:실패|무산|좌절|불발)/.test(after) || /^[가-힣]{0,2}\s?[가-힣]{0,4}?(?:[이가은는]|도)\s?(?:(?:한\s?[가-힣]{1,2}|아무)도\s?|(?:거의|별로|그다지|전혀|좀처럼)\s?)?없/.test(after)) continue;
    const english = opposite.exec(en);
    if (!english || EN_NEGATED_BEFORE.test(en.slice(Math.max(0, english.index - 30), english.index)) || /\b(?:not|non|never)-$/i.test(en.slice(Math.max(0, english.index - 6), english.index))) continue;
    // Session 16: a denied subject ("None of the leaders attended" for 전원이 불참했다) denies its verb.
    if (EN_DENIED_SUBJECT.test(en.slice(0, english.index))) continue;
    return { cue, english };
  }
  return undefined;
}

/** -기(는/가) 어렵다/힘들다/쉽지 않다 as a predicate: "unlikely", "hard to". */
// Session 16: and a noun's 이/가 어렵다 as a polite no (참석이 어려울 것 같습니다 "I won't be able to attend").
const KO_UNLIKELY = /기(?:는|가|도|란|까지는)?\s?(?:어렵|어려울|힘들|힘들 것|쉽지 않)(?:다|습니다|을 것|겠|아|어|고|지만|다는|다고|다며)?|(?<=[가-힣])[이가은는도]\s?(?:어려울\s?것\s?같|어렵겠|어렵습니다|어려워요|힘들\s?것\s?같|힘들겠)/;
const EN_PLAIN_WILL = /\b(?:will|would|is (?:set|going|due|expected) to|are (?:set|going|due|expected) to|can|should|expect(?:s|ed)? (?:[\w-]+ ){1,4}?to|able to)\b|['’]ll\b/i;
const EN_DOUBT = /\b(?:hard\w*|difficult\w*|tough|unlikely|doubt\w*|challeng\w*|struggl\w*|uphill|easy|easily|impossible|slim|remote|little|chance\w*|hardly|barely|unclear|uncertain\w*|may|might|could|far from|no|not|unrealistic|a stretch|tall order)\b/i;

/** Words between a denied predicate and its cue, or before it, that carry no content of the clause. */
const KO_SPAN_FILLER = /^(?:수|것|게|거|건|줄|리|하나도|전혀|아무|아무것도|결코|절대|절대로|별로|그다지|잘|더|좀|너무|아직|아직도|도저히|좀처럼|채|적|일|데|필요|한|단|번도|방울도|마디도|명도|개도|푼도|숨도|점도|톨도|자도|글자도|치도)(?:[이가은는을를도]|조차)?$/;

/**
 * Session 10: the Korean span that a denial cue denies — the stem before 지 않/못/마 and the word before it (채용을 하지
 * 않는다), the word after 안/못 and the word before it (길 안 막히면), and for 없다, 아니다, 불가, 금지 the cue's own word
 * and the two content words before it (사용할 수 없다, 영향이 없다). Filler words (수, 것, 하나도, 전혀 …) are passed over.
 */
function deniedSpan(korean: string, cue: RegExpExecArray): [number, number] {
  const text = cue[0];
  const start = cue.index;
  const wordStart = (at: number): number => {
    let i = at;
    while (i > 0 && /[가-힣]/.test(korean[i - 1]!)) i--;
    return i;
  };
  const wordEnd = (at: number): number => {
    let i = at;
    while (i < korean.length && /[가-힣]/.test(korean[i]!)) i++;
    return i;
  };
  /** The start of the `count`-th content word before `at` (fillers passed over), within 16 characters. */
  const back = (at: number, count: number): number => {
    let from = at;
    for (let taken = 0; taken < count; ) {
      let i = from - 1;
      while (i > 0 && !/[가-힣]/.test(korean[i]!)) i--;
      if (i <= 0 || at - i > 16 || /[.!?,]/.test(korean.slice(i, from))) break;
      const begin = wordStart(i + 1);
      from = begin;
      if (!KO_SPAN_FILLER.test(korean.slice(begin, i + 1))) taken++;
    }
    return from;
  };
  // A light verb (하지 않다, 안 했다, 들어 있지 않다) carries no content: its object or complement is the predicate.
  const light = (word: string): boolean => /^(?:하|되|해|돼|했|됐|된|한|할|될|합|됩|함|됨|하시|되시|있|있었|있습|계시|드시|싶|보|봐|두|놓|주|가|오)(?:[가-힣]{0,3})$/.test(word) && word.length <= 5;
  if (/^지/.test(text)) {
    const own = wordStart(start);
    return [light(korean.slice(own, start)) || own === start ? back(own, 1) : own, start];
  }
  if (/^(?:안|못)/.test(text)) {
    let from = start + 1;
    while (from < korean.length && /\s/.test(korean[from]!)) from++;
    return [light(korean.slice(from, wordEnd(from))) ? back(start, 1) : from, wordEnd(from)];
  }
  // 없다, 아니다, 불가, 금지: the cue's own word and the content word before it (영향이 없다, 사용할 수 없다).
  const own = wordStart(start);
  return [back(own, 1), Math.max(start + text.length, wordEnd(start))];
}

/** Session 10: the poles of common adjectives, a closed class: the Korean stem at a word's start and its English. */
const POLES: readonly (readonly [RegExp, RegExp])[] = [
  [/^(?:춥|추운|추웠|차갑|차가|차가운)/, /\b(?:cold\w*|chill\w*|freezing|frigid|icy|frosty|bitter)\b/i],
  [/^(?:덥|더운|더웠|뜨겁|뜨거)/, /\b(?:hot\w*|scorching|sweltering|boiling|swelter\w*|heat\w*)\b/i],
  [/^(?:넓|넓은)/, /\b(?:wide\w*|broad\w*|spacious|vast|extensive|roomy)\b/i],
  [/^(?:좁|좁은)/, /\b(?:narrow\w*|cramped|tight)\b/i],
  [/^(?:비싸|비싼|비쌌)/, /\b(?:expensive|pricey|costly|overpriced|dear)\b/i],
  [/^(?:싸[고다지]|싼|쌌|저렴)/, /\b(?:cheap\w*|inexpensive|affordable|low-cost|bargain)\b/i],
  [/^(?:무겁|무거)/, /\b(?:heav(?:y|ier|iest))\b/i],
  [/^(?:가볍|가벼)/, /\b(?:light(?:er|est|weight)?)\b/i],
  [/^(?:빠르|빠른|빨랐|빨리)/, /\b(?:fast\w*|quick\w*|rapid\w*|speedy|swift\w*)\b/i],
  [/^(?:느리|느린|느렸)/, /\b(?:slow\w*|sluggish)\b/i],
  [/^(?:깨끗|청결)/, /\b(?:clean\w*|spotless|tidy)\b/i],
  [/^(?:시끄럽|시끄러)/, /\b(?:noisy|loud\w*)\b/i],
  [/^(?:조용)/, /\b(?:quiet\w*|silent|calm|peaceful)\b/i],
  [/^(?:맛있|맛있었)/, /\b(?:delicious|tasty|good|great)\b/i],
  [/^(?:재미있|재밌)/, /\b(?:fun|funny|entertaining|enjoy\w*|interesting)\b/i],
  [/^(?:친절)/, /\b(?:friendly|kind\w*|polite\w*|helpful)\b/i],
  [/^(?:편하|편리|편했)/, /\b(?:comfortabl\w*|convenient\w*|easy)\b/i],
];

/** The lexicon entries of the words of a span: each word's longest start that is a key (사용할 → 사용, 비가 → 비). */
function spanEntries(korean: string, from: number, to: number): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  for (const word of korean.slice(from, to).match(/[가-힣]+/g) ?? []) {
    for (let length = Math.min(word.length, 6); length >= 1; length--) {
      const entry = lexiconEntry(word.slice(0, length));
      if (!entry) continue;
      // A one-syllable key only before a particle (비가, 술을), never inside a longer word (비싸다).
      if (length === 1 && !/^(?:[이가은는을를도만의에]|에서|으로|로)?$/.test(word.slice(1))) break;
      entries.push(entry);
      break;
    }
  }
  return entries;
}

/** Only endings, quotes and an end mark after the denied predicate: it is the sentence's last predicate. */
const KO_LAST_PREDICATE = /^[가-힣]{0,6}\s?[.!?"'”’)]*\s*$/;
/** The topic of a sentence: its first word (after a demonstrative) marked by 은/는. */
const KO_TOPIC = /^(?:(?:이|그|저|본|해당|이번|올해)\s)?(?!(?:오늘|내일|어제|모레|올해|작년|내년|요즘|지금|이번|최근|현재|당시|그날|이날|주말|평일|아침|저녁|오전|오후|밤|낮)[은는])[가-힣]{2,}(?=[은는]\s)/;
/** A word that ends a coordinate clause (선언했고, 왔지만): a topic before it belongs to that clause. */
const KO_COORDINATE_END = /(?:고|며|지만|는데|은데|으나|는데도)$/;

/** A word that ends a clause of its own (준비하느라, 먹고, 왔지만, 하면): the words before it belong to another clause. */
const KO_CLAUSE_END = /(?:느라|면서|지만|는데|은데|니까|으며|하며|되며|하고|되고|해서|돼서|어서|아서|도록|려고|다가|하면|되면|으면|는지|던지|더니|았고|었고|했고|였고|았는데|었는데|했는데)$/;

/** The content words (at most two) of the denied predicate's clause before the span: its subject, object or place. */
function clauseArguments(korean: string, from: number): [number, number] {
  let start = from;
  let taken = 0;
  let at = from;
  while (taken < 2) {
    let i = at - 1;
    while (i >= 0 && /\s/.test(korean[i]!)) i--;
    if (i < 0 || !/[가-힣]/.test(korean[i]!)) break;
    let begin = i;
    while (begin > 0 && /[가-힣]/.test(korean[begin - 1]!)) begin--;
    const word = korean.slice(begin, i + 1);
    if (KO_CLAUSE_END.test(word)) break;
    at = begin;
    start = begin;
    if (!KO_SPAN_FILLER.test(word)) taken++;
  }
  return [start, from];
}

/**
 * Whether a clause denial whose English has no negation at all is anchored on the English side: "anchored" when a
 * lexicon rendering of the denied predicate stands in the English (반영되지 않는다 → "will be reflected"); "clause" when
 * the predicate's own rendering is not there but a subject or object of its clause is (술을 마시지 마세요 → "Drink
 * alcohol"): the clause is rendered, its polarity is not; "absent" when the lexicon knows words of the clause but none
 * is rendered, and "unknown" when it knows none (a paraphrase: 길 안 막히면 → "if traffic's OK", 손을 떼지 마십시오 →
 * "Keep holding it").
 */
function deniedPredicateAnchor(korean: string, en: string, cues: readonly RegExpExecArray[]): 'anchored' | 'clause' | 'absent' | 'unknown' {
  let known = false;
  let clause = false;
  for (const cue of cues) {
    const [from, to] = deniedSpan(korean, cue);
    for (const entry of spanEntries(korean, from, to)) {
      known = true;
      if (entry.rendersIn(en)) return 'anchored';
    }
    // The poles of common adjectives (춥지 않다 → "cold", 넓지 않다 → "wide"): the same pole in the English is the denied
    // predicate affirmed.
    for (const word of korean.slice(from, to).match(/[가-힣]+/g) ?? []) {
      const pole = POLES.find(([stem]) => stem.test(word));
      if (!pole) continue;
      known = true;
      const english = pole[1].exec(en);
      if (english && !EN_NEGATED_BEFORE.test(en.slice(Math.max(0, english.index - 30), english.index))) return 'anchored';
    }
    // This check's own predicate tables (가고 싶지 → "go", 권장하지 → "recommend").
    for (const word of korean.slice(from, to).match(/[가-힣]+/g) ?? []) {
      if (word.startsWith('같') && KO_SEEMS.test(korean.slice(from, to))) continue;
      const own = NEGATED_PREDICATE_KEYS.get(word.slice(0, 2)) ?? [3, 2, 1].map((length) => (word.length >= length ? NATIVE_BY_SYLLABLE.get(word.slice(0, length)) : undefined)).find(Boolean);
      if (!own) continue;
      known = true;
      if (own.test(en)) return 'anchored';
    }
    if (clause) continue;
    const [argumentsFrom, argumentsTo] = clauseArguments(korean, Math.min(from, cue.index));
    for (const entry of spanEntries(korean, argumentsFrom, argumentsTo)) {
      known = true;
      if (entry.rendersIn(en)) clause = true;
    }
    // The sentence's topic (X은/는 at its start) is the subject of its last predicate: 반품은 … 불가능합니다.
    const topic = clause || !KO_LAST_PREDICATE.test(korean.slice(Math.max(to, cue.index + cue[0].length))) ? null : KO_TOPIC.exec(korean.slice(0, argumentsFrom));
    if (topic && !(korean.slice(topic.index + topic[0].length, argumentsFrom).match(/[가-힣]+/g) ?? []).some((word) => KO_COORDINATE_END.test(word))) {
      for (const entry of spanEntries(korean, topic.index, topic.index + topic[0].length)) {
        known = true;
        if (entry.rendersIn(en)) clause = true;
      }
    }
  }
  // A prohibition (-지 마세요) against an English order to do it ("Drive after taking the medicine", "Please turn on
  // …"): the imperative mood anchors the clause on both sides.
  if (!clause && cues.some((cue) => /^지\s?(?:마|말)/.test(cue[0])) && EN_IMPERATIVE.test(en)) return 'clause';
  // 할 수 없다 (cannot) against a bare English "can", "may", "able to" ("This action can be undone"): the modal's own
  // polarity is flipped, whatever verb renders the act.
  if (cues.some((cue) => /^없/.test(cue[0]) && /수\s?(?:가|는|도)?\s?$/.test(korean.slice(Math.max(0, cue.index - 5), cue.index))) && /\b(?:can|could|may|able to|possible)\b/i.test(en)) return 'anchored';
  return clause ? 'clause' : known ? 'absent' : 'unknown';
}


const EN_FIRST_PERSON_DENIAL = /\b(?:I|I'm|I’m|I am|we|we're|we are)\s+(?:\w+\s+)?(?:not|cannot|can't|can’t|don't|don’t|won't|won’t|unable|do not|will not)\b/;
const KO_FIRST_PERSON = /(?<![가-힣])(?:나|저|내|제|우리|저희)(?:[는가도를의]|희|한테|에게|랑|만)?(?![가-힣])|(?:겠|ㄹ게|할게|을게|갈게|볼게|줄게)|습니다만|드립니다|드려요|드릴게요/;

/** English of negative form whose meaning is positive: eagerness, full agreement, reassurance. */
/** An English sentence that opens with a bare verb (an order), "Please" before it allowed; keep/stay/hold orders are the
 * positive form of many Korean prohibitions (떼지 마 "keep holding") and do not count. */
const EN_IMPERATIVE = /(?:^|[.!?]\s+)(?:please\s+)?(?!(?:the|this|that|these|those|a|an|i|you|we|he|she|it|they|there|here|my|your|our|his|her|its|their|in|on|at|for|from|to|with|by|during|after|before|when|if|as|while|since|because|once|all|any|some|no|every|each|one|two|keep|stay|remain|hold|continue|let|please|thank|thanks|sorry|yes|ok|okay|so|but|and|or|also|just|only|now|then|today|tomorrow|tonight|still)\b)[a-z]+\b(?=\s+(?:the|a|an|your|this|that|it|them|him|her|off|on|out|up|down|in|after|before|during|while|with|[a-z]+(?:s|ing)?\b))/i;

/** A question with an interrogative word (누가, 뭐가, 어디, 어떻게, 왜, 언제) ending the text: often rhetorical. */
const KO_RHETORICAL = /(?<![가-힣])(?:누가|누굴|누구를|누구한테|뭐가|뭘|무엇이|무엇을|어디|어떻게|왜|언제)(?![가-힣])[^.!?]*\?\s*$/;
/** The denial that answers a rhetorical question. */
const EN_RHETORICAL_ANSWER = /\b(?:nobody|no one|no-one|nothing|nowhere|never|no way|none)\b/i;
/** An order of care that renders a prohibition in positive form: always, keep, stay, wait, let, make sure. */
const EN_CARE_ORDER = /(?:^|[.!?]\s+)(?:please\s+)?(?:always|keep|stay|wait|let|make sure|be sure|ensure|remember|take care|learn from)\b/i;

const EN_POSITIVE_IDIOM = /\b(?:(?:don't|don’t|do not) forget|can(?:not|'t|’t) wait|could(?:n't|n’t| not) (?:agree|be) (?:more|happier|prouder|better)|can(?:not|'t|’t) thank (?:\w+ )?enough|can(?:not|'t|’t) recommend (?:\w+ )?(?:highly )?enough|no (?:wonder|problem|worries|rush|hurry|doubt)|never mind|not bad|nothing (?:beats|tops|compares to|(?:quite )?like)|(?:don't|don’t|do not|doesn't|doesn’t|does not|didn't|didn’t|never) (?:skimp|stint|hold back|disappoint)|spare(?:s|d)? no|can(?:not|'t|’t) (?:beat|go wrong)|(?:there's|there’s|there is) no (?:place|one|time) like)\b/i;

/**
 * Whether the words an English negation denies (up to five words after it, to the clause's end) render a word of the
 * Korean: through the lexicon's English terms, or this check's predicate tables.
 */
function negatedPhraseAnchored(ko: string, en: string, from: number): boolean {
  const rest = /^[^.;:!?,—–]{0,48}/.exec(en.slice(from))![0];
  const words = rest.match(/[A-Za-z'’-]+/g)?.slice(0, 5) ?? [];
  if (words.length === 0) return false;
  const phrase = words.join(' ');
  const to = from + rest.length;
  const span = en.slice(from, to);
  if (spanEntries(ko, 0, ko.length).some((entry) => entry.rendersIn(span))) return true;
  return NEGATED_PREDICATES.some(([key, english]) => ko.includes(key) && english.test(phrase));
}

export function create(context: CheckContext): CheckVisitor {
  const reportFlip = ({ can, cannot }: { can: RegExpExecArray; cannot: RegExpExecArray }): void =>
    context.report({ messageId: 'canCannot', data: { cue: can[0], english: cannot[0] }, side: 'en', range: [cannot.index, cannot.index + cannot[0].length] });
  return {
    pair({ ko, en: text }) {
      if (!text.trim() || isCopy(ko, text)) return;
      const en = text.replace(EN_SET_PHRASES, (phrase) => '_'.repeat(phrase.length));
      // Session 17: the English with its names blanked, for words a name holds ("the Constitutional Court"); made once, when asked.
      let blanked: string | undefined;
      const enWithoutNames = (): string => (blanked ??= withoutNames(en));
      const withoutCan = KO_WITHOUT_CAN.exec(ko);
      const requires = withoutCan && !/[않못]|없(?!이)|아니/.test(ko.slice(withoutCan.index + withoutCan[0].length)) && !EN_WITHOUT_KEPT.test(en) ? EN_REQUIRES.exec(en) : null;
      if (withoutCan && requires) {
        context.report({ messageId: 'canCannot', data: { cue: withoutCan[0], english: requires[0] }, side: 'en', range: [requires.index, requires.index + requires[0].length] });
        return;
      }
      // 관중 없이 (without spectators) → "with a full crowd".
      const withNoun = ko.includes('없이') ? withWhatKoreanLacks(ko, en) : undefined;
      if (withNoun) {
        context.report({ messageId: 'dropped', data: { cue: withNoun.cue }, side: 'ko', range: withNoun.range });
        return;
      }
      const evenWithout = KO_EVEN_WITHOUT.exec(ko);
      const notWithout = evenWithout && !/\beven without\b/i.test(en) ? EN_NOT_WITHOUT.exec(en) : null;
      if (evenWithout && notWithout) {
        context.report({ messageId: 'canCannot', data: { cue: evenWithout[0], english: notWithout[0] }, side: 'en', range: [notWithout.index, notWithout.index + notWithout[0].length] });
        return;
      }
      // 부상에도 불구하고 (despite the injury) → "Because of the injury": the concession turned into the cause.
      const concession = KO_CONCESSION.exec(ko);
      const cause = concession && !KO_CAUSE.test(ko) && !EN_CONCESSIVE.test(en) ? EN_CAUSE.exec(en) : null;
      if (concession && cause) {
        context.report({ messageId: 'concession', data: { cue: concession[0], english: cause[0] }, side: 'en', range: [cause.index, cause.index + cause[0].length] });
        return;
      }
      // 찬성 → "opposed", 무죄 → "convicted": a word turned into its opposite.
      const polar = polarFlip(ko, en);
      if (polar) {
        context.report({ messageId: 'antonym', data: { cue: polar.cue[0], english: polar.english[0] }, side: 'en', range: [polar.english.index, polar.english.index + polar.english[0].length] });
        return;
      }
      // 살 의향이 있다 (willing to buy) → "wouldn't buy".
      const willing = KO_WILLING.exec(ko);
      const unwilling = willing && hasFinalRieul(willing[1]!) && !/[않없못]|아니|말/.test(ko.slice(willing.index)) && !EN_WILLING_IDIOM.test(en) ? EN_UNWILLING.exec(en) : null;
      if (willing && unwilling) {
        context.report({ messageId: 'willing', data: { cue: willing[0], english: unwilling[0] }, side: 'en', range: [unwilling.index, unwilling.index + unwilling[0].length] });
        return;
      }
      // X이 아니라 Y (not X but Y): the English must not deny Y ("Y, not X" read the wrong way round).
      const contrast = ko.includes('아니라') ? swappedContrast(ko, en) : undefined;
      if (contrast) {
        context.report({ messageId: 'contrast', data: contrast.data, side: 'en', range: contrast.range });
        return;
      }
      const notOnly = KO_NOT_ONLY.exec(ko);
      const onlyNot = notOnly && !EN_BOTH.test(en) ? EN_ONLY_NOT.exec(en) : null;
      if (notOnly && onlyNot) {
        context.report({ messageId: 'notOnly', data: { cue: notOnly[0], english: onlyNot[0] }, side: 'en', range: [onlyNot.index, onlyNot.index + onlyNot[0].length] });
        return;
      }
      // 수도권에 한해 (only in the capital area) against "everywhere except the capital area".
      const limited = KO_ONLY_CASE.exec(ko);
      const except = limited && !KO_EXCEPT.test(ko) && !/\bonly\b/i.test(en) ? EN_EXCEPT.exec(en) : null;
      // "cannot be reached except from inside" says "only from inside" too.
      if (limited && except && !/\b(?:not|no|never|none|nothing|nobody|cannot)\b|n't\b/i.test(en.slice(Math.max(0, except.index - 60), except.index))) {
        context.report({ messageId: 'exception', data: { cue: limited[0], english: except[0] }, side: 'en', range: [except.index, except.index + except[0].length] });
        return;
      }
      const level = flippedLevel(ko, en);
      if (level) {
        context.report({ messageId: 'degree', data: level.data, side: 'en', range: level.range });
        return;
      }
      for (const [korean, opposite] of LITOTES) {
        const cue = korean.exec(ko);
        const english = cue && opposite.exec(en);
        if (cue && english && !EN_NEGATED_BEFORE.test(en.slice(Math.max(0, english.index - 30), english.index)) && !/\b(?:quite|a good|not)\s+a\s+$/i.test(en.slice(Math.max(0, english.index - 12), english.index))) {
          context.report({ messageId: 'litotes', data: { cue: cue[0], english: english[0] }, side: 'en', range: [english.index, english.index + english[0].length] });
          return;
        }
      }
      for (const [koreanNegative, koreanPositive, englishNegative, englishPositive] of PREFIXED) {
        const negative = koreanNegative.exec(ko);
        const positive = koreanPositive.exec(ko);
        if (Boolean(negative) === Boolean(positive)) continue;
        // Session 13: the word denied after it (확실하지 않다, 합법이 아니다) takes the other side.
        const found = (negative ?? positive)!;
        const denied = KO_WORD_DENIED.test(ko.slice(found.index + found[0].length, found.index + found[0].length + 10));
        const [want, wrong] = Boolean(negative) !== denied ? [englishNegative, englishPositive] : [englishPositive, englishNegative];
        const english = wrong.exec(enWithoutNames());
        // Session 17: the right word inside a name ("the Constitutional Court") does not say it.
        if (!english || want.test(enWithoutNames()) || EN_NEGATED_BEFORE.test(en.slice(Math.max(0, english.index - 30), english.index))) continue;
        context.report({ messageId: 'prefix', data: { cue: (negative ?? positive)![0], english: english[0] }, side: 'en', range: [english.index, english.index + english[0].length] });
        return;
      }
      const granted = grantedRefusal(ko, en);
      if (granted) {
        context.report({ messageId: 'dropped', data: { cue: granted.cue[0] }, side: 'ko', range: [granted.cue.index, granted.cue.index + granted.cue[0].length] });
        return;
      }
      // 진출에 실패했다 → "secured a place": a failure, refusal or halt the English neither names nor denies.
      const event = unstatedNegativeEvent(ko, en);
      if (event) {
        context.report({ messageId: 'dropped', data: { cue: event[0] }, side: 'ko', range: [event.index, event.index + event[0].length] });
        return;
      }
      // Most Korean has no negative syllable at all; skip the idiom pass for it.
      const korean = /[않없못안아말마금불미]/.test(ko) ? ko.replace(KO_IDIOMS, (idiom) => '□'.repeat(idiom.length)) : ko;
      const cues = [...korean.matchAll(KO_NEGATION_ALL)];
      if (cues.length > 0) {
        // Session 16: a Korean whose only denials modify nouns (파티원이 아닌 플레이어도 … 보낼 수 있다) still says it can be
        // done; "can no longer send" denies that.
        // (A 수 없 of the Korean's own, 표현할 수 없을 때, accounts for a "cannot".)
        const flip = !KO_CANNOT.test(korean) && cues.every((one) => ADNOMINAL.test(korean.slice(one.index, one.index + one[0].length + 12))) ? deniedAbility(ko, en) : undefined;
        if (flip) return reportFlip(flip);
        // 모르는 사람은 없다, 안 가 본 곳이 없다: a denied modifier of a noun that does not exist is "everyone", "every".
        if (KO_DOUBLE_EXISTENTIAL.test(korean) && EN_EVERY.test(en) && !EN_STRONG_NEGATION.test(en)) return;
        // 아무/전혀/한 번도 … 않다 denies everything: "few" or "hardly" is not its translation.
        const total = TOTAL_NEGATION.exec(korean);
        // "배제하지 않았다" (did not rule out) rendered "ruled out": the English keeps the negative verb and drops its
        // denial, which the negative word alone would hide.
        const denied = NEGATED_NEGATIVE.exec(korean);
        const bare = denied && !EN_STRONG_NEGATION.test(en) ? affirmedNegative(en) : null;
        if (denied && bare) {
          context.report({ messageId: 'doubleNegative', data: { cue: denied[0], english: bare[0] }, side: 'en', range: [bare.index, bare.index + bare[0].length] });
          return;
        }
        // 더 이상 … 않다 is "no longer"; "still" (which stands for 아직 … 않다 elsewhere) or "keeps crashing" says the opposite.
        const noLonger = NO_LONGER.exec(korean);
        const still = noLonger && /\b(?:still|continu\w*|remain\w*|keeps?\s+[a-z]+ing|kept\s+[a-z]+ing)\b/i.exec(en);
        if (still && !EN_STRONG_NEGATION.test(en) && !EN_CEASED.test(en)) {
          context.report({ messageId: 'dropped', data: { cue: noLonger[0] }, side: 'ko', range: [noLonger.index, noLonger.index + noLonger[0].length] });
          return;
        }
        // 아직 … 않았다 (not yet) → "already": the English says it is done.
        const notYet = KO_NOT_YET.exec(korean);
        const already = notYet && !EN_STRONG_NEGATION.test(en) && !/\b(?:yet|still|pending|awaiting|remains?|unsettled|undecided|open)\b/i.test(en) ? EN_ALREADY.exec(en) : null;
        if (notYet && already) {
          context.report({ messageId: 'notYet', data: { cue: notYet[0], english: already[0] }, side: 'en', range: [already.index, already.index + already[0].length] });
          return;
        }
        // …and "quit", "stopped", "left" render it without a negative word.
        if (noLonger && EN_CEASED.test(en)) return;
        // The denied predicate itself is in the English with no negation anywhere: the presence of an unrelated
        // negative-looking word ("banned", "better than") does not account for it.
        const predicate = droppedPredicate(korean, en) ?? affirmedAmongDenials(korean, en, cues);
        if (predicate) {
          context.report({ messageId: 'dropped', data: { cue: predicate.cue }, side: 'ko', range: [predicate.index, predicate.index + predicate.cue.length] });
          return;
        }
        // 못 했다 (could not) rendered "managed to", with no denial anywhere in the English.
        // Session 12: 할 수 없다 (cannot) rendered "can", with no denial anywhere in the English: "without" (for an 없이
        // of the same sentence) denies something else.
        const cannot = KO_CANNOT.exec(korean);
        const can = cannot && !EN_ANY_DENIAL.test(en) && !(KO_CONDITION.test(korean) && EN_CONDITIONAL.test(en)) ? EN_CAN.exec(en) : null;
        if (cannot && can) {
          context.report({ messageId: 'dropped', data: { cue: cannot[0], anchor: 'anchored' }, side: 'ko', range: [cannot.index, cannot.index + cannot[0].length] });
          return;
        }
        const failed = /지\s?못\s?했|(?<![가-힣])못\s?[가-힣]+했/.exec(korean);
        const succeeded = failed && !EN_STRONG_NEGATION.test(en) ? EN_SUCCEEDED.exec(en) : null;
        if (failed && succeeded) {
          context.report({ messageId: 'dropped', data: { cue: failed[0] }, side: 'ko', range: [failed.index, failed.index + failed[0].length] });
          return;
        }
        // A denied clause, then 수 있다 as the last predicate (심하지 않아서 뛸 수 있다), and an English with more denials
        // than the Korean, one of them a "cannot": the ability is denied too.
        const canCannot = cannotAmongDenials(korean, en, cues.length);
        if (canCannot) {
          context.report({ messageId: 'canCannot', data: { cue: canCannot.cue, english: canCannot.english[0] }, side: 'en', range: [canCannot.english.index, canCannot.english.index + canCannot.english[0].length] });
          return;
        }
        if (EN_NEGATION.test(en) && !(total && !EN_TOTAL.test(en)) && !onlyWithout(korean, en, cues) && EN_NEGATION.test(withoutNegativeWords(ko, en))) return;
        // "한 명도 … 없었다" is "every …" the other way round; "쉽지/쉽게 … 아니다" is "hard", "덥지 않다" "cool":
        // a negated word rendered by its opposite.
        // Only the existential kind ("…한 학생은 한 명도 없었다"): "아무것도 결정되지 않았다" is never "everything".
        // Session 15: a question asked with a denial (다친 데는 없어요? "Did you get hurt anywhere?") asks the same as the
        // English question without one.
        if (en.includes('?') && cues.every((cue) => /^[^.!?]*\?/.test(korean.slice(cue.index)))) return;
        if (total && /도\s?없/.test(korean) && EN_UNIVERSAL.test(en)) return;
        // Session 13: a negative verb denied throughout (한 번도 놓치지 않았다) is "every", "always".
        if (total && NEGATED_NEGATIVE.test(korean) && EN_UNIVERSAL.test(en)) return;
        // 신청하지 않으면 참여할 수 없다: a denied condition of a denial is "only if", "unless", "must".
        if (KO_NEGATIVE_CONDITION.test(korean) && EN_CONDITION.test(en)) return;
        // Session 12: X 없이는 … 수 없다 (cannot … without X) is "must", "requires", "only with" X.
        if (KO_CANNOT_WITHOUT.test(korean) && EN_REQUIRES.test(en)) return;
        // 오래 쓰지 않아도 (even without long use): a concession whose only denial English says with "even".
        if (/\beven\b|\bregardless\b|\bwhether or not\b/i.test(en) && cues.every((cue) => KO_NEGATIVE_CONCESSION.test(korean.slice(cue.index, cue.index + cue[0].length + 8)))) return;
        // Session 17: not a word of a name ("the Constitutional Court ruled … violates").
        if (ANTONYMS_BY_CHARACTER.in(korean).some(([stem, opposite]) => stem.test(korean) && opposite.test(enWithoutNames()))) return;
        // A clause that is denied ("않았다", "없었다", "못 했다") must stay denied. A negated modifier ("이름 없는
        // 함수", "격식 없이") is often one English word without a negation ("anonymous", "informally"): warn only.
        const strong = cues.find((cue) => !ADNOMINAL.test(korean.slice(cue.index, cue.index + cue[0].length + 12)));
        const cue = strong ?? cues[0]!;
        // Session 10: a dropped clause denial is an error only when it is anchored in the English — the denied
        // predicate's rendering, or a subject or object of its clause, stands there with no negation. A denial whose
        // clause has no counterpart at all is a paraphrase (정신이 하나도 없었다 → "run off my feet"): a warning.
        const clauseCues = cues.filter((one) => !ADNOMINAL.test(korean.slice(one.index, one.index + one[0].length + 12)));
        // Session 13: a prohibition said as an order of care ("Always supervise children", "Keep the device in the
        // open", "Wait for the next train"): a paraphrase, whatever words of its clause the English keeps.
        const careOrder = clauseCues.length > 0 && clauseCues.every((one) => /^지\s?(?:마|말)/.test(one[0])) && EN_CARE_ORDER.test(en);
        // A denied negative verb (놓치지 않았다 "topped", 빠지지 않았다 "attended") whose English says no negative verb
        // (the check above) renders its positive: a paraphrase too.
        const deniedNegatives = [...korean.matchAll(globalCopy(NEGATED_NEGATIVE))];
        const positiveForNegative = clauseCues.length > 0 && clauseCues.every((one) => deniedNegatives.some((match) => one.index >= match.index && one.index < match.index + match[0].length));
        // Session 16: a prohibition turned into an invitation ("Please feel free to touch the artworks" for 만지지 마세요).
        // Session 17: or a ban (반려동물 동반 입장은 불가하며 → "Pets are welcome").
        const invited = clauseCues.length > 0 && clauseCues.every((one) => /^(?:지\s?(?:마|말)|불가|금지)/.test(one[0])) && EN_INVITATION.test(text);
        const anchor = !strong ? 'none' : invited ? 'anchored' : careOrder || positiveForNegative ? 'unknown' : deniedPredicateAnchor(korean, en, clauseCues);
        const anchored = anchor === 'anchored' || anchor === 'clause';
        context.report({
          messageId: 'dropped',
          data: { cue: ko.slice(cue.index, cue.index + cue[0].length).trim(), anchor },
          side: 'ko',
          range: [cue.index, cue.index + cue[0].length],
          ...(strong && anchored ? {} : { severity: 'warning' as const }),
        });
        return;
      }
      // 수 있다 / 가능하다 (it can be done) against "cannot", "is not available": the predicate's polarity is flipped,
      // whatever negative-looking words (무료 "free", 부족) the rest of the Korean has.
      // Session 13: a rhetorical question (누가 믿어? "Nobody will believe that") is answered by a denial.
      if (KO_RHETORICAL.test(ko) && EN_RHETORICAL_ANSWER.test(en)) return;
      const flip = deniedAbility(ko, en);
      if (flip) return reportFlip(flip);
      // -기(는) 어렵다 (it is unlikely / hard to) rendered as a plain "will": the doubt is gone.
      const unlikely = KO_UNLIKELY.exec(ko);
      if (unlikely && EN_PLAIN_WILL.test(en) && !EN_STRONG_NEGATION.test(en) && !EN_DOUBT.test(en)) {
        context.report({ messageId: 'dropped', data: { cue: unlikely[0] }, side: 'ko', range: [unlikely.index, unlikely.index + unlikely[0].length] });
        return;
      }
      // 여야 합의로 통과했다 → "passed without bipartisan agreement": the English denies a thing the Korean has.
      // A word negated by its Sino-Korean prefix (불분명한 "with no clear …", 무관한, 미흡한) may be the English "no".
      const lacked = EN_LACKED_CUE.test(en) && !KO_ANY_NEGATIVE.test(ko) && !KO_PREFIX_NEGATED.test(ko) ? deniedWhatKoreanHas(ko, en) : undefined;
      if (lacked) {
        context.report({ messageId: 'added', data: { cue: lacked.cue }, side: 'en', range: lacked.range });
        return;
      }
      const denial = /\b(?:not|never|cannot)\b|n't\b/i.test(en) && !ONLY_CAN.test(ko) && !conditionAsOrElse(ko, en) ? addedDenial(ko, en) : undefined;
      if (denial) {
        const word = /^\S+/.exec(denial[0])![0];
        context.report({ messageId: 'added', data: { cue: word }, side: 'en', range: [denial.index, denial.index + word.length] });
        return;
      }
      const lukewarm = KO_LUKEWARM.test(ko);
      const enPlain = lukewarm ? en.replace(EN_NOT_EVALUATIVE, (phrase) => ' '.repeat(phrase.length)) : en;
      const strong = EN_STRONG_NEGATION.exec(enPlain) ?? EN_NO_NOUN.exec(enPlain);
      // X에서만 … 수 있다 (only at X) may be "cannot … except at X", but a bare "cannot" with no exception denies it all.
      const only = strong && ONLY_CAN.exec(ko);
      if (only && !KO_ANY_NEGATIVE.test(ko.replace(ONLY_CAN, '')) && !EN_EXCEPTION.test(en)) {
        context.report({ messageId: 'added', data: { cue: strong[0] }, side: 'en', range: [strong.index, strong.index + strong[0].length] });
        return;
      }
      // "not only", "no longer", "nothing but" follow from Korean that says "only", "any more", "just". Session 8: "I can't
      // believe" is surprise (됐다니), "grew from nothing" a start (맨손으로): neither denies anything.
      // The cue inside code or a quotation the Korean keeps in English is no finding.
      // "had nothing to do with", "no bearing on" say "unrelated" (엉뚱한 답), unless the Korean says related.
      const unrelated = (EN_UNRELATED.test(en) && !/관련|관계|연관|상관|연결/.test(ko)) || EN_LITOTES.test(en);
      // Session 13: -아야 (알) 수 있다 (only once X can one know) is "not … until X".
      // Session 15: or a time the Korean gives for it (퇴근이 6시 반이라서요 "I don't get off work until 6:30").
      const onlyOnce = ((KO_ONLY_ONCE.test(ko) || KO_ONLY_AFTER.test(ko) || KO_CLOCK_OR_DAY.test(ko)) && EN_NOT_UNTIL.test(en)) || conditionAsOrElse(ko, en) || (KO_RATHER_THAN.test(ko) && EN_NOT_BUT.test(en));
      if (strong && !unrelated && !onlyOnce && !EN_POSITIVE_IDIOM.test(en) && !ko.toLowerCase().includes(strong[0].toLowerCase()) && !/\bnot only\b|\bno (?:less|more|sooner)\b|\bnothing but\b|\basked not to be (?:named|identified)\b|\bnot to mention\b|\bor not\b|\bif not\b|\bnothing short of\b|\bnot long (?:ago|after|before|afterwards?)\b|\bnot until\b|\b(?:nothing|little|no) (?:more|less|better|other) than\b|\bnone other\b|\bno doubt\b|\bnot just\b|\bnot least\b|\bno\. \d|\b(?:c[oa]me|comes|coming|amount(?:s|ed)?|amounting|went|go(?:es)?|reduced) to nothing\b|\bnothing came of\b|(?:\bnot|n't|\bnever) (?:hesitate|mind)\b|\bcan(?:not|'t|’t) believe\b|\b(?:from|out of) (?:nothing|scratch)\b/i.test(en) && !KO_ANY_NEGATIVE.test(ko)) {
        // Session 10: an added denial is an error only when what it denies renders a word of the Korean ("does not go
        // to the airport" for 공항까지 갑니다); a denial of nothing the Korean names is a free rendering ("Don't wait
        // up!" for 먼저 자): a warning.
        // A denial by an English "I" that the Korean has no first person for is the model speaking ("I cannot assist").
        const anchor = negatedPhraseAnchored(ko, text, strong.index + strong[0].length) || (EN_FIRST_PERSON_DENIAL.test(en) && !KO_FIRST_PERSON.test(ko)) ? 'anchored' : 'free';
        context.report({ messageId: 'added', data: { cue: strong[0], anchor }, side: 'en', range: [strong.index, strong.index + strong[0].length], ...(anchor === 'anchored' ? {} : { severity: 'warning' as const }) });
        return;
      }
      const deniedWord = strong && !KO_GRAMMATICAL_NEGATION.test(ko) ? deniedNegativeWord(ko, en) : undefined;
      if (deniedWord) context.report({ messageId: 'added', data: { cue: deniedWord.cue, anchor: 'anchored' }, side: 'en', range: deniedWord.range });
    },
  };
}

const KO_CANNOT_WITHOUT = /없이(?:는)?\s(?:[가-힣]+\s){0,5}?[가-힣]*\s?수\s?(?:가|는|도)?\s?없/;
// Session 16: 불가(능)하다 denies the possibility as 수 없다 does (반품이 불가합니다 → "can still be returned").
const KO_CANNOT = /[가-힣]\s?수\s?(?:가|는|도)?\s?없|(?<![가-힣])불가(?:능)?(?:하|합|해|했|한|할|함|입니다|이다|예요|이에요|(?=[\s.,!)]|$))/;
const EN_CAN = /\b(?:can|may|could|(?:is|are|be) (?:able|allowed|permitted) to)\b(?!['’]t|not)/i;
// Session 16: a denial in the English, any kind, that may say a Korean word of failure or refusal in other words.
// "too cold to go out" says what was given up; "non-renewal" what was refused.
const EN_DENIES = /\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot|unable|without|instead)\b|n['’]t\b|\bnon-[a-z]|\btoo\s+\w+(?:\s+(?:and|or)\s+\w+)?\s+to\b/i;

/** A Korean word of failure, refusal, halt or "free" (NEGATIVE_EVENTS), not denied itself, that the English neither renders nor says with any denial. */
function unstatedNegativeEvent(ko: string, en: string): RegExpExecArray | undefined {
  if (!NEGATIVE_EVENT_ANY.test(ko) || EN_DENIES.test(en)) return undefined;
  // The English words each Korean word's rendering found: one word cannot render two (금지 … 정지 → "the ban" only).
  const claimed = new Set<number>();
  for (const [korean, english] of NEGATIVE_EVENTS) {
    const found = korean.exec(ko);
    if (!found) continue;
    const after = ko.slice(found.index + found[0].length, found.index + found[0].length + 12);
    if (KO_WORD_DENIED.test(after) || /^[가-힣]{0,3}\s?(?:없|안\s|못\s)/.test(after) || /(?:안|못)\s?$/.test(ko.slice(0, found.index))) continue;
    const rendering = [...en.matchAll(english)].find((match) => !claimed.has(match.index));
    if (!rendering) return found;
    claimed.add(rendering.index);
  }
  return undefined;
}

/** 수 있다 / 가능하다 in the Korean against a "cannot" in the English. ~일 수 있다 is "may be" (a guess), not an ability; "not impossible" affirms. */
function deniedAbility(ko: string, en: string): { can: RegExpExecArray; cannot: RegExpExecArray } | undefined {
  const can = KO_CAN.exec(ko);
  const cannot = can && !/일\s?수\s?(?:도\s?)?있/.test(ko) && !KO_STOP_CAN.test(ko) && !KO_HARD.test(ko) && !ONLY_CAN.test(ko) && !EN_CAN_EXCEPTION_ANYWHERE.test(en) ? EN_CANNOT.exec(en) : null;
  if (!can || !cannot || /\bnot\s+$/i.test(en.slice(Math.max(0, cannot.index - 6), cannot.index)) || canException(ko, en.slice(cannot.index + cannot[0].length))) return undefined;
  return { can, cannot };
}

/** Any English denial of a clause (not the "without" of a phrase). */
const EN_ANY_DENIAL = /\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot|unable|only|at most|up to|max\w*|cap(?:s|ped)?|or (?:fewer|less|smaller|under|below)|exceed\w*|beyond|over|limit\w*|prohibit\w*|ban\w*|bar\w*|forbid\w*|impossible|unavailable|restrict\w*|limited|except|requir\w*|must|need\w*)\b|n['’]t\b/i;
// A condition in the English renders a "cannot … unless" only when the Korean has a condition or a time limit.
const EN_CONDITIONAL = /\b(?:unless|until|before|after|if|as long as|provided)\b/i;
const KO_CONDITION = /[가-힣](?:으면|면|야|야만|야지)(?=[\s,])|경우|때(?:에)?만|한해|한하여|전에|후에|뒤에|까지|없이는?(?=\s)/;
const KO_GRAMMATICAL_NEGATION = /않|못|없|아니|아닌|말[고라]|마[라세시십]|(?<![가-힣])안\s/;
const EN_DENIAL_BEFORE_WORDS = /(?:\b(?:not|never|no longer)|n['’]t)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)/gi;
const KO_ONLY_ONCE = /[가-힣]야(?:만|지)?\s(?:[가-힣]+\s){0,3}?[가-힣]*(?:수\s?있|가능)/;
/** Session 14: -아서야, -고서야 (only when, only after: 4학년이 돼서야 깨달았다) is "not … until", "it wasn't until". */
const KO_ONLY_AFTER = /[가-힣](?:서야|고서야)(?=[\s,])/;
const KO_CLOCK_OR_DAY = /\d\s?(?:시|일|월|분)|(?<![가-힣])(?:내일|모레|다음\s?주|주말|월말|연말)(?![가-힣])/;
// Session 15: -야 (only if) said as "or … won't" (허용을 선택해야 작동합니다 "tap Allow, or the app won't work"); A보다 B가
// 중요하다 said as "not A but B".
const KO_ONLY_IF = /[가-힣][아어여해워와져쳐]야\s/;
const EN_OR_ELSE_NOT = /\bor(?: else)?,?\s[^.;!?]{0,40}?(?:\bnot\b|n['’]t\b|\bnever\b|\bcannot\b)/i;
function conditionAsOrElse(ko: string, en: string): boolean {
  return KO_ONLY_IF.test(ko) && EN_OR_ELSE_NOT.test(en);
}
const KO_RATHER_THAN = /[가-힣]보다\s(?:[가-힣]+\s){0,3}?[가-힣]*(?:중요|우선|낫|소중)/;
const EN_NOT_BUT = /\bnot\b[^.;!?]{0,60}?\bbut\b/i;
const EN_NOT_UNTIL = /(?:\bnot|n['’]t)\b[^.;!?]{0,60}?\b(?:until|till|unless|before)\b/i;
const EN_DENIED_AUXILIARIES = /^(?:(?:be|been|being|have|has|had|get|got|gotten|yet|even|fully|completely|entirely|quite|really|so|too|very|all|totally|actually)\s+)*/i;

/**
 * Session 12: a Korean word that is negative in itself (매진 "sold out", 금지 "ban", 무료 "free"), in a Korean with no
 * denial, whose English rendering is denied ("had not sold out"): the English says the opposite.
 */
function deniedNegativeWord(ko: string, en: string): { cue: string; range: [number, number] } | undefined {
  // Session 13: 해결하기 어렵다 (hard to fix) is rightly "won't fix".
  if (KO_HARD.test(ko)) return undefined;
  const negative = koreanTerms(ko).filter(({ entry }) => KO_ANY_NEGATIVE.test(entry.key));
  if (negative.length === 0) return undefined;
  for (const denial of en.matchAll(EN_DENIAL_BEFORE_WORDS)) {
    if (/^(?:only|just|merely|simply|least|to mention|long)\b/i.test(denial[1]!)) continue;
    // Session 13: the word denied is the predicate, the first word after the denial and its auxiliaries: "won't fix
    // weak demand" denies the fixing, not the weakness.
    const from = denial.index + denial[0].length - denial[1]!.length + (EN_DENIED_AUXILIARIES.exec(denial[1]!)?.[0].length ?? 0);
    const to = denial.index + denial[0].length;
    if (negative.some(({ entry }) => entry.renderingsIn(en).some(([start, end]) => start === from && end <= to))) {
      const word = /^\S+/.exec(denial[0])![0];
      return { cue: word, range: [denial.index, denial.index + word.length] };
    }
  }
  return undefined;
}

const KO_PREFIX_NEGATED = /(?<![가-힣])(?:불|무|미|비|부)[가-힣]{1,2}(?:한|하다|하고|해|했|함|인|이다|적)/;
/** An English denial of a lack ("never short of customers", "no shortage of", "not without") affirms: 붐빈다, 많다. */
// Session 17: "could not have made it without" (thanks to) affirms too.
const EN_LITOTES = /\b(?:never|no|not|nobody|nothing)\s+(?:\w+\s+)?(?:short of|shortage of|lack(?:ing)?(?: of| for)?|without|fails? to|failing to|in short supply)\b|n't\s+(?:\w+\s+)?(?:short of|lack(?:ing)?(?: of| for)?|without|fail to)\b|\b(?:could|would|can)(?:n['’]t|\s+not|not)\s+have\s+(?:[\w'’-]+\s+){1,5}?without\b/i;
const EN_UNRELATED = /\b(?:nothing|little) to do with\b|\bno (?:bearing|relation|connection|relevance) (?:on|to|with)\b/i;
// Session 9: "without X", "with no X", "lack of X", "no X": a denial of a thing, where X must render a word of the Korean.
const EN_LACKED_CUE = /\b(?:without|no|lack\w*|absence)\b/i;
const EN_LACKED = /\b(?:without(?: any| an?| the)?|with no|lack(?:s|ed|ing)?(?: of)?|(?:in )?(?:the )?absence of|(?<!\b(?:with|of|and|or|yes|say|says|said|saying)\s)no)\s+((?:[\w'-]+\s+){0,2}[\w'-]+)/gi;
const EN_LACKED_IDIOM = /^(?:longer|more|less|one|doubt|matter|way|sooner|other|exception|end|wonder|question|problem|fear|hesitation|mistake|avail|time|small|later|earlier|fewer)\b/i;

/**
 * The English denies a thing ("without bipartisan agreement") that a word of the Korean names, in a Korean with no
 * negative word at all: the thing is there in the Korean. A Korean word negated by its prefix (무허가, 비공개) is
 * its own "without".
 */
function deniedWhatKoreanHas(ko: string, en: string): { cue: string; range: [number, number] } | undefined {
  let terms: ReturnType<typeof koreanTerms> | undefined;
  for (const match of en.matchAll(EN_LACKED)) {
    // The thing lacked only: "without detention on bribery charges" lacks the detention, not the bribery.
    const phrase = match[1]!.split(/\s(?:on|in|at|for|of|to|from|with|by|and|or|over|as|after|before)\s/)[0]!;
    // "Barely a day goes by without …", "never … without": two denials affirm.
    if (EN_LACKED_IDIOM.test(phrase) || /\b(?:not|never|no|barely|hardly|scarcely|cannot|impossible)\b|n't\b/i.test(en.slice(0, match.index))) continue;
    terms ??= koreanTerms(ko).filter((term) => !term.entry.weak && !term.entry.ambiguous && !/[무비불미]$/.test(ko.slice(Math.max(0, term.index - 1), term.index)));
    // Session 10: also a noun of the shared lexicon as a whole word with its particle (엘리베이터가 있는 → "no elevator").
    if (terms.some((term) => term.entry.rendersIn(phrase)) || (KO_EXISTS.test(ko) && existingNouns(ko).some((entry) => entry.rendersIn(phrase)))) {
      const cue = /^\S+(?:\s(?:no|of))?/.exec(match[0])![0];
      return { cue, range: [match.index, match.index + cue.length] };
    }
  }
  return undefined;
}

/** 있다 (there is, has) affirmed: the thing is there. */
const KO_EXISTS = /[이가]\s?있(?:다|는|어|고|습|으며|으니|어서|기)/;
const KO_EXISTING_NOUN = /([가-힣]{2,})[이가]\s?있(?:다|는|어|고|습|으며|으니|어서|기)/g;
/** The words just before 이/가 있다, each as a whole lexicon key: the things the Korean says exist. */
function existingNouns(ko: string): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  for (const match of ko.matchAll(KO_EXISTING_NOUN)) {
    const entry = lexiconEntry(match[1]!);
    if (entry) entries.push(entry);
  }
  return entries;
}

/** A noun of the lexicon before 없이 whose English rendering follows "with" in an English with no word of absence. */
function withWhatKoreanLacks(ko: string, en: string): { cue: string; range: [number, number] } | undefined {
  if (EN_WITHOUT_WORDS.test(en)) return undefined;
  // Pairwise over nouns and "with"s: both capped, so that a huge pair stays linear.
  let nouns = 0;
  for (const match of ko.matchAll(KO_NOUN_WITHOUT)) {
    const entry = lexiconEntry(match[1]!);
    if (!entry) continue;
    if (++nouns > 8) break;
    let withs = 0;
    for (const found of en.matchAll(EN_WITH)) {
      if (++withs > 16) break;
      const after = en.slice(found.index + 4, found.index + 40);
      const rendering = entry.english.exec(after);
      // The rendering within three words of "with".
      if (rendering && after.slice(0, rendering.index).trim().split(/\s+/).filter(Boolean).length <= 3) return { cue: match[0], range: [match.index, match.index + match[0].length] };
    }
  }
  return undefined;
}

/** Korean X이/가 아니라 Y with both nouns in the lexicon, and an English "not Y" / "instead of Y" / "rather than Y". */
function swappedContrast(ko: string, en: string): { data: Record<string, string>; range: [number, number] } | undefined {
  const match = /([가-힣]{2,})(?:이|가)?\s아니라\s([가-힣]{2,}?)(?:에서|에게|으로|로|에|을|를|이|가|은|는|도|의)?(?=\s|[.,!?]|$)/.exec(ko);
  if (!match) return undefined;
  const deniedNoun = lexiconEntry(match[1]!) ? match[1]! : match[1]!.replace(/[이가]$/, '');
  const denied = lexiconEntry(deniedNoun);
  const affirmed = lexiconEntry(match[2]!);
  if (!denied || !affirmed) return undefined;
  const flags = affirmed.english.flags.includes('u') ? 'giu' : 'gi';
  const after = new RegExp(`\\b(?:not|instead of|rather than)\\s+(?:in\\s+|at\\s+|the\\s+|to\\s+|from\\s+){0,2}(?:${affirmed.english.source})`, flags);
  const hit = after.exec(en);
  if (!hit || !denied.english.test(en)) return undefined;
  return { data: { denied: deniedNoun, affirmed: match[2]!, english: hit[0] }, range: [hit.index, hit.index + hit[0].length] };
}
