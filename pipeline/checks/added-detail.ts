// @fileoverview The English adds a detail the Korean does not say: the embellishments a model writes into a plain
// sentence. Each kind of detail has English cues and the Korean words that would have said it: praise or fame
// ("famous", "iconic"), quality or sourcing ("finest", "organic"), anticipation ("highly anticipated"), pride
// ("proudly"), the mood of a meeting ("tense", "heated"), a record or superlative ("on record", "the city's oldest"),
// a guess ("possibly"), a purpose ("in a bid to", "to make it safer"), a cause ("on strong buying", "driven by"), a
// condition of an offer ("valid on orders of …", "while supplies last"), a person's age ("a man in his 30s") and an
// amount of money when the Korean has no figure or currency at all ("at a price of 1.5 million won").
// A cue counts only when the English is longer than the Korean predicts (an addition lengthens it) and nothing in
// the Korean could be its source: every kind lists its Korean sources generously, since a false alarm on a faithful
// translation costs more than a missed embellishment.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { isCopy } from '../validate/text.js';
import { lengthScore } from './length-ratio.js';
import { englishTerms, isLexiconEnglishWord, isProperKey, koreanTerms, lexiconEntry, sourcedIn, splitAlternatives } from '../validate/lexicon.js';
import { englishNames, romanize, skeleton, spokenRomanizations, surnameHangul } from '../validate/names.js';
import { englishDigitNumbers, englishWordNumbers, koreanNumbers, mentionsMatch } from '../validate/numbers.js';
import { WORLD_NAMES } from '../validate/world-names.js';
import { hangulSkeleton, latinSkeleton } from '../align/romanize.js';
import { requiredCharacters } from '../regexp.js';

export const meta = {
  type: 'error',
  docs: { description: 'The English adds a detail (praise, a record, a purpose, a cause, a condition, an age) that the Korean does not say.' },
  messages: {
    added: 'The English adds "{{phrase}}" ({{kind}}), which nothing in the Korean says.',
  },
} satisfies Check['meta'];

/** The English must be at least this much longer than predicted (length z-score, see length-ratio). */
const MIN_Z = 1;
/** A length of time with no Korean figure is evidence of its own: the English need only be a little long. */
const SPAN_MIN_Z = 0.25;
/** A run's ordinal ("third straight week") is evidence of its own too. */
const RUN_MIN_Z = 0.5;

interface Detail {
  kind: string;
  /** English cue; case-insensitive unless written otherwise. */
  en: RegExp;
  /** Korean words that would be its source. */
  ko: RegExp;
  /**
   * The cue opens a noun phrase ("in the wake of the DeepSeek shock") that Korean can mark as a cause with a bare
   * particle (쇼크에, 강풍으로): when most of its words render Korean words, the cue renders that particle.
   */
  object?: boolean;
}

const DETAILS: Detail[] = [
  {
    kind: 'praise or fame',
    en: /\b(?:famous|world-famous|renowned|celebrated|iconic|beloved|legendary|well-known|best-known|prestigious|acclaimed|critically acclaimed|award-winning|much-loved|storied)\b/i,
    ko: /유명|명소|인기|이름난|이름 난|알려|명물|사랑|명성|손꼽|명문|대표적|상징|전설|수상|호평|찬사|극찬|인정|화제|명작|걸작|최고|랜드마크|관광지|필수|꼭 /,
  },
  {
    // Session 8: a view, a dish, a show judged in the English ("stunning views", "a breathtaking performance").
    kind: 'an evaluation',
    en: /\b(?:stunning|breathtaking|spectacular|gorgeous|magnificent|picturesque|jaw-dropping|awe-inspiring|mouth-watering|dazzling|superb|splendid)\b/i,
    ko: /멋|아름다|아름답|장관|절경|환상|훌륭|빼어|예쁜|예뻐|예쁘|좋|최고|그림|탁 트인|황홀|화려|감탄|눈부|압도|놀라|대단|끝내|미쳤|쩔|최상|근사|수려|절묘|맛있|맛집|일품|훌륭/,
  },
  {
    // Session 8: how fast ("sold out within minutes", "in a matter of hours") when the Korean gives no time at all.
    kind: 'a speed',
    en: /\b(?:within (?:minutes|hours|seconds|days)|in (?:a matter of|just|mere) (?:minutes|hours|seconds|days)|in no time|almost immediately)\b/i,
    ko: /만에|분|초|시간|순식간|금세|금방|곧|바로|즉시|빠르게|빨리|삽시간|깜짝|순간|일찍|단숨|동시|하루|당일|곧장|신속|재빨|잽싸|날개 돋친|불티/,
  },
  {
    kind: 'anticipation',
    en: /\b(?:highly|much|hotly|eagerly|widely|long)[- ](?:anticipated|awaited|expected)\b/i,
    ko: /기대|고대|화제|관심|주목|기다|팬들|마침내|드디어|오랜|만에/,
  },
  {
    kind: 'quality',
    // "premium" is also the price of insurance (보험료): not a quality before "rate", "payment" or after "insurance".
    en: /\b(?:finest|top-quality|high-quality|(?<!insurance\s)premium(?!s|\s(?:rates?|payments?|hikes?|increases?|costs?))|exquisite|first-class|world-class|top-notch|luxurious|state-of-the-art|cutting-edge|top-of-the-line|top-tier)\b/i,
    ko: /최고|최상|고급|프리미엄|엄선|품질|명품|특급|일류|세계적|수준|호화|럭셔리|최첨단|첨단|최신|고성능|뛰어난|우수|특별|정성|좋은/,
  },
  {
    kind: 'sourcing',
    en: /\b(?:organic(?:ally)?|locally[- ](?:sourced|grown|made|produced)|hand-?picked|hand-?made|hand-?crafted|home-?made|free-range|farm-fresh|all-natural|sustainably sourced)\b/i,
    ko: /유기농|친환경|현지|지역|국내산|국산|로컬|직접|수제|손으로|무농약|농장|방목|자연|천연|산지|직송|집에서|엄마|정성/,
  },
  {
    kind: 'pride',
    en: /\bproud(?:ly)?\b/i,
    ko: /자랑|자부|긍지|뿌듯|영광|보람/,
  },
  {
    kind: 'the mood of a meeting',
    // "is heated by electricity", "heated to 200 degrees": the verb of heating, not a mood.
    en: /\b(?:tense|heated(?!\s+(?:\w+ly\s+)?(?:by|with|to|through|using|from)\b)|acrimonious|frosty|testy|stormy|cordial|amicable)\b/i,
    ko: /난방|가열|데우|데워|데운|보일러|온수|긴장|팽팽|격|쟁점|치열|접전|박빙|혈투|명승부|풀세트|신경전|험악|냉랭|화기애애|우호|화기|진통|공방|갈등|대립|설전|고성|언쟁|충돌|반발|논란|우려|화해|친선|분위기|따뜻|웃|화목|원만/,
  },
  {
    kind: 'a record',
    en: /\b(?:on record|since records began|record[- ](?:high|low|breaking|setting)|all-time (?:high|low)|in (?:its|their|his|her|the company's|the country's) (?:\d+-year )?history|for the first time ever|ever recorded|unprecedented|,\s+(?:a|another) (?:new )?record\b|(?:its|their|his|her|[A-Z]\w+'s) (?:biggest|largest|highest|lowest|smallest|best|worst|longest|most \w+)(?: \w+)? (?:to date|ever|yet|so far))\b/i,
    // Session 8: "its largest to date", "her best ever" rank a thing against all before it, as 역대, 최대, 가장 do.
    ko: /기록|역대|사상|신고가|고점|정점|최고|최저|최대|최소|최초|처음|유례|전례|신기록|관측 이래|이래|만에|가장|최다|첫(?!날|째|\s?주|해)/,
  },
  {
    kind: 'a superlative',
    // An evaluation (the island's most famous, the city's busiest); "the world's largest chipmaker", "the oldest
    // member" are how news identifies a company or a person, and pass.
    en: /\b(?:the|its|their|his|her|(?!(?:World|Country|Nation)'s)[A-Z][a-z]+'s|(?:island|city|region|town|village|area|neighborhood|district|street)'s)\s+(?:(?:most|least)\s+(?!(?:recent|likely|part|of)\b)[a-z]{4,}|(?:finest|greatest|hottest|coldest|warmest|wettest|driest|tastiest|prettiest|busiest|priciest|cheapest|trendiest|loveliest|friendliest|cleanest|safest)(?![\w-]))/,
    // Session 8: a Korean word that is itself the peak (무더위, 폭염, 한파 "the hottest, coldest days"; 성수기, 붐비는 "the busiest").
    ko: /가장|최고|최대|최초|최다|최저|최소|최장|최단|최상|최악|제일|으뜸|손꼽|맛집|명소|명물|인기|추천|1위|첫|처음|역대|사상|유일|단연|오래된|오랜|큰|넓은|높은|많은|유명|대표|최|무더|폭염|혹서|혹한|한파|강추위|한여름|한겨울|성수기|대목|붐비|북적|혼잡/,
  },
  {
    kind: 'a guess',
    // Also a suspicion or belief put in someone's mouth ("…, which they suspect was arson", "believed to be …").
    en: /,\s+(?:possibly|perhaps|potentially|probably|maybe)\b|\b(?:which|that|who)\s+(?:they|police|officials|authorities|investigators|experts|residents|many)\s+(?:suspect|believe|think|fear)\b|\b(?:believed|thought|suspected|presumed)\s+to\s+(?:be|have)\b/i,
    // Session 13: and the spoken hedges (난방비 때문인 것 같네요 "probably because of heating").
    ko: /수도|가능|아마|듯|지도 모|모른|우려|관측|추정|잠재|혹시|여지|예상|전망|보인|것으로|의심|혐의|용의|피의|추측|짐작|판단|여겨|보고|믿|[것거]\s?같|모양이|않을까|텐데|겠지/,
  },
  {
    kind: 'a purpose',
    en: /\b(?:in order to|so as to|in a bid to|in an effort to|in a move to|with the aim of|aimed at|with a view to|to make (?:it|them|the \w+|\w+) (?:safer|easier|more|less|better|cheaper|faster)|so that (?:it|they|people|residents|visitors|customers|users|women|children))\b/i,
    ko: /위해|위한|위하여|위함|도록|려고|고자|목적|차원|겠다는|하기로|방안|대책|취지|의도|게 하|게끔|안전|편의|편하|쉽게|위해서/,
  },
  {
    kind: 'a cause',
    // A noun of cause after the cue; Korean often gives it with a bare particle (한파에, 폭우로).
    en: /\b(?:on (?:strong|weak|heavy|robust|solid|brisk|renewed|growing|rising|falling|higher|lower|upbeat|positive|negative|sluggish|tepid|massive|aggressive)\s+(?:\w+\s+)?(?:buying|selling|demand|sales|earnings|exports|data|results|interest|inflows|outflows|purchases)|on (?:hopes|fears|expectations|concerns|worries|optimism|speculation) (?:of|that|about|over)|(?<!\b(?:car|vehicle|truck|bus|taxi|motorcycle|van|SUV|sedan|scooter)s?\s)driven by|fuell?ed by|on the back of|buoyed by|boosted by(?!\s+(?:\d|about|around|some|nearly|more than|over|an?\s+(?:additional|extra)))|weighed (?:down )?by|dragged (?:down )?by|as a result of|in the wake of|triggered by|spurred by|because of|due to|owing to)\b/i,
    ko: /뒷면|뒷장|뒤쪽|때문|덕|영향|인해|인한|힘입|따라|따른|여파|탓|속에|가운데|우려|기대|호재|악재|매수|매도|수요|호조|부진|실적|면서|으며|[가-힣]며[\s,]|[하되르지오나늘줄]자[\s,]|[어아여해워져자가사타켜봐와줘돼내쳐써펴려겨혀떠꺼나파차싸]서[\s,]|바람에|결과|계기|원인|이유|배경|[가-힣]라[\s,]|[는은]데[\s,]|므로|[가-힣]니[\s,]|기에|느라|길래|니까/,
    object: true,
  },
  {
    kind: 'a reason cited',
    // ", citing El Niño": a reason tacked on as a participle; the Korean would give it (이유로, -며, 따르면, 때문).
    // Session 8: "for health reasons" too.
    en: /,\s+citing\b|\bfor (?:[a-z]+ ){1,2}reasons\b/i,
    ko: /이유|때문|덕|탓|인해|인한|영향|여파|원인|근거|따르면|따라|인용|들어|들며|지적|언급|설명|강조|며[\s,]|면서|[어아여해워져자가사타켜봐와줘돼내쳐써펴려겨혀떠꺼나파차싸]서[\s,]|[가-힣]라[\s,]|[는은]데[\s,]/,
    object: true,
  },
  {
    kind: 'a reason',
    // A clause of reason: only the Korean words that give a reason clear it (기대, 우려 or -며 do not).
    en: /\bbecause\b(?! of)/i,
    // Session 8: a stem that fuses with -아서 (자서, 가서, 봐서, 와서, 돼서) gives a reason as -어서 does.
    ko: /때문|덕분|덕에|탓|인해|인한|이유|원인|바람에|므로|니까|느라|길래|기에|거든|에\s?의(?:한|해|하여)|[가-힣]라[\s,]|[가-힣][라러]서(?:요)?[\s,.!?]|[는은]데[\s,]|[어아여해워져자가사타켜봐와줘돼내쳐써펴려겨혀떠꺼나파차싸]서(?:요)?[\s,.!?]|[가-힣]니[\s,]/,
    object: true,
  },
  {
    kind: 'a condition',
    en: /\b(?:valid (?:on|for|until|through|only)|on (?:orders|purchases) (?:of|over|above)|(?:minimum|min\.) (?:order|purchase|spend)|subject to (?:availability|change|conditions|terms)|while supplies last|(?:terms|conditions|restrictions) (?:and conditions )?apply|limited to (?:one|the first)|for (?:a limited time|members only))\b/i,
    ko: /이상|유효|조건|한정|제외|단,|단 |기간|까지|최소|한해|에 한|적용|경우|소진|선착순|한정|회원|이내|기준|[0-9]+원 이상/,
  },
  {
    // Session 6, round 3: a price of nothing ("with free admission", "free of charge") the Korean does not state.
    kind: 'a price',
    en: /\b(?:free (?:admission|entry|of charge|shipping|delivery|parking)|admission is free|at no (?:extra |additional )?(?:cost|charge))\b/i,
    ko: /무료|무상|공짜|면제|0원|프리|free|거저|공으로|없이|비용|요금|유료|입장료|배송비|주차비|무비자|무관세|무이자/,
  },
  {
    // Session 7: who paid for it (", funded by a pharmaceutical company,"), when no Korean word of support or money
    // gives it and the phrase after the cue renders no Korean word.
    kind: 'a sponsor',
    en: /\b(?:funded|sponsored|financed|bankrolled|underwritten|commissioned)\s+(?:in part\s+|partly\s+|jointly\s+)?by\b/i,
    ko: /지원|후원|투자|자금|재원|출연|출자|의뢰|협찬|기금|펀드|예산|발주|주관|주최|용역|부담|비용|받아|받은|받고|받았|제공|국비|시비|도비|세금|혈세|재정|보조금|사업비|연구비|후원금|기부/,
    object: true,
  },
  {
    // Session 7: a setting of the event ("in front of a sellout crowd", "before a crowd of …") the Korean does not
    // give: no 앞, no word of spectators.
    kind: 'a setting',
    en: /\bin front of\b|\bbefore (?:a |an |the )?(?:\w+\s+){0,2}(?:crowd|audience|spectators|fans)\b|\b(?:to|in front of|before) (?:a )?(?:packed|sellout|sold-out|full|capacity) (?:house|crowd|stadium|arena|hall)\b/i,
    ko: /앞|관중|관객|청중|팬|만원|매진|꽉|가득|운집|모인|모여|방청|시청자|객석|현장|무대|면전|보는/,
    object: true,
  },
  {
    // Session 10: a remark on a share of what the sentence counts (", most of them in provincial cities", ", many of
    // them wearing hanbok", ", two of which …") when the Korean gives no share or subset at all (대부분, 일부, 절반,
    // 가운데, 중 …). Not "some of whom": a newsroom generalizes one person's case that way.
    kind: 'a share of them',
    en: /,\s+(?:most|many|half|all|none|nearly all|almost all|the majority|a majority|a third|a quarter|two-thirds|two|three|four|five|dozens|hundreds|thousands)\s+of\s+(?:them|whom|which)\b/i,
    ko: /대부분|대다수|절반|일부|상당수|다수|모두|가운데|중에|중\s|이\s?중|그중|주로|대개|%|퍼센트|비율|비중|전원|모든/,
  },
  // Session 12: adjuncts a model tacks on to a plain sentence, each with the Korean grammar or words that would say it.
  {
    // "Despite mounting losses, …": a concession the Korean has no -지만, -에도, 불구, 그래도 … for.
    kind: 'a concession',
    en: /(?:^|[.;:]\s+|,\s+)(?:despite|in spite of|even though|although|notwithstanding)\b/i,
    ko: /지만|에도|서도(?=[\s,])|불구|그럼에도|그런데도|으나|[가-힣]나[\s,]|데도|면서도|[어아여해워져]도[\s,]|더라도|라도|반면|비록|그래도|하지만|그러나|는데|은데|인데|다만|아무리|아직|여전/,
  },
  {
    // "Following a successful pilot, …": a preceding event the Korean does not give.
    kind: 'a preceding event',
    en: /(?:^|[.;:]\s+)(?:following|on the heels of|after the success of)\s+(?:a|an|the|its|their|his|her|months|years|weeks)\b/i,
    ko: /후|뒤|이후|다음에|다음으로|끝에|거쳐|마치|마친|마쳐|이어|잇따|따라|따른|결과|성공|시범|[가-힣]고\s|[가-힣]자[\s,]|면서|며[\s,]|만에|지난/,
  },
  {
    kind: 'an added condition',
    // "even when it's switched off": Korean says it with -도, -더라도, 조차, 에도 …
    en: /\beven (?:when|if|while|after|though)\b/i,
    ko: /[가-힣]도[\s,.?!]|더라도|라도|에도|조차|마저|불구|심지어|아무리/,
    object: true,
  },
  {
    kind: 'an added condition',
    // "or when a thunderstorm advisory is in effect": a second case the Korean does not list.
    en: /\bor (?:when|if|whenever)\b/i,
    ko: /거나|또는|혹은|이나|든지|든가|및|경우|때[는에도]?[\s,]|[가-힣]면[\s,]|으면|다면|라면|또/,
    object: true,
  },
  {
    kind: 'an added condition',
    // "given that I have no internship experience": a circumstance the Korean does not give.
    en: /\b(?:given that|provided that|considering (?:that|I|we|you|they|he|she))\b/i,
    ko: /니까|[가-힣]니[\s,]|므로|[어아여해워져]서[\s,]|기에|길래|때문|점을|점에서|점이|고려|감안|조건|만약|만일|한해|한정|는데|은데|인데|없는데|없어|있어|지라/,
    object: true,
  },
  {
    // "during the morning rush hour", "by the end of next year", "almost every night".
    kind: 'a time',
    en: /\b(?:during (?:the )?(?:morning|evening|afternoon) (?:rush|peak|commute)\w*(?: hours?)?|(?:in|during) (?:the )?rush hour|(?:by|before|until) the end of (?:next |this |the )?(?:year|month|week|quarter|season)|(?:almost|nearly) every (?:night|day|morning|evening|week|weekend)|late at night|in the early hours)\b/i,
    ko: /출근|퇴근|출퇴근|러시|혼잡|아침|오전|오후|저녁|밤|새벽|심야|연말|월말|말까지|연내|까지|시한|기한|마감|내년|올해|매일|매주|매번|마다|날마다|늘|항상|자주|주로|거의|맨날|허구한|일상/,
  },
  {
    // "with my team leader", "along with a free breakfast voucher": company or an extra thing.
    kind: 'a companion',
    en: /\bwith (?:my|his|her|their|our|the) (?:team leader|boss|manager|supervisor|colleagues?|co-?workers?|friends?|family|parents?|mother|father|mom|dad|wife|husband|kids|children|son|daughter|sister|brother|girlfriend|boyfriend|partner|roommates?|classmates?|dog|cat)\b|\balong with (?:a|an|the|some|my|his|her|their|our)\b|\b(?:plus|as well as) (?:a|an) (?:free|complimentary)\b/i,
    ko: /[가-힣][과와](?:\s|함께|같이)|랑|이랑|하고\s|함께|같이|동반|데리고|모시고|팀장|상사|동료|친구|가족|부모|엄마|아빠|어머니|아버지|아내|남편|아이|아들|딸|언니|오빠|누나|형|동생|여자친구|남자친구|애인|룸메|동기|강아지|고양이|및|외에|더불어|포함|곁들|무료|서비스|증정|제공|덤/,
  },
  {
    // "to top the box office": a rank the Korean does not give.
    kind: 'a ranking',
    en: /\b(?:to|and) (?:top|lead|head|dominate) the (?:box office|charts?|rankings?|standings|table|list|polls?)\b|\b(?:topping|leading|heading) the (?:box office|charts?|rankings?|standings|polls?)\b/i,
    ko: /1위|일위|정상|선두|석권|차지|1등|최고|흥행|상위|톱|수위|독주|휩쓸|선두권|순위/,
  },
  {
    // "to pay for measures against overtourism": what money is for, when the Korean says nothing of its use.
    kind: 'a use of money',
    en: /\bto (?:pay for|fund|finance|cover the costs? of|bankroll)\b/i,
    ko: /위해|위한|위하여|재원|마련|충당|비용|예산|세수|기금|사용|쓰|쓴|투입|활용|용도|목적|도록|려고|고자|지원|보전|메우|메꾸/,
    object: true,
  },
  {
    // "in response to complaints from café owners": a reaction the Korean does not cite.
    kind: 'a response',
    en: /\bin (?:response|reaction) to\b|\bamid (?:complaints|criticism|protests|pressure|concerns|calls|backlash|outrage)\b|\bunder pressure from\b|\bafter complaints\b/i,
    ko: /대응|따라|따른|반발|요구|민원|불만|항의|비판|지적|압박|요청|여론|논란|우려|반영|맞춰|응해|호응|의견|목소리|때문|영향|여파|속에|가운데|반응|계기|불거|비난|시위|촉구/,
    object: true,
  },
  {
    // "; duplicate entries will be disqualified": a sanction the Korean does not state.
    kind: 'a sanction',
    en: /\b(?:will|may|shall) be (?:disqualified|invalidated|voided|void|penalized|blacklisted)\b|\b(?:are|is) (?:void|invalid|disqualified)\b/i,
    ko: /무효|실격|취소|제외|삭제|제재|불이익|처리|금지|불가|박탈|차단|정지|안\s?됩|안\s?돼|않|없|벌금|과태료|처벌|징계|중복|제한|탈락|회수|철회/,
  },
  {
    // "with a near-perfect score": a result's quality the Korean does not give.
    kind: 'a score',
    en: /\bwith (?:a )?(?:near-perfect|perfect|nearly perfect|almost perfect|top|high) (?:score|marks|grade)s?\b|\bwith flying colou?rs\b/i,
    ko: /만점|점수|[0-9]\s?점|고득점|우수|1등|수석|최고|완벽|성적|높은|거뜬|여유|가볍게|무난/,
  },
  // Session 15: more embellishments a model writes into a plain sentence.
  {
    // "abruptly announced", "quietly raised": how it was done, when the Korean does not say.
    kind: 'a manner',
    en: /\b(?:abruptly|suddenly|unexpectedly|quietly|hastily|belatedly|surprisingly|unilaterally|secretly|reluctantly)\b/i,
    ko: /갑자기|갑작스|돌연|기습|은근|전격|깜짝|예고 없이|예고없이|조용히|슬그머니|슬쩍|몰래|은밀|비밀|서둘러|급히|급하게|부랴부랴|뒤늦게|뒤늦은|늦게|의외|놀랍|이례|일방|단독|마지못|억지로|결국|끝내|느닷없|불쑥|별안간|순간|졸지에|묵묵|차분|담담|신중|울며|겨자|어쩔 수 없|할 수 없이|하는 수 없이|마지못해/,
  },
  {
    // "Fighting back tears, …", "tearfully", "with a smile": a feeling the Korean does not show.
    kind: 'a feeling',
    en: /\b(?:fighting back tears|holding back tears|choking back tears|tearfully|in tears|teary-eyed|with a (?:big |broad |wide )?(?:smile|grin)|beaming|visibly (?:moved|emotional|upset|shaken)|emotionally|with tears in (?:his|her|their|my) eyes|(?:his|her|their|my) voice (?:breaking|cracking|trembling|shaking|choked)|choked up|choking up|misty-eyed|(?:close|near) to tears|on the verge of tears)\b/i,
    ko: /눈물|울|글썽|울먹|웃|미소|감정|감격|벅찬|벅차|감동|목이 메|목메|떨리|떨며|흐느|오열|울컥|흥분|환하게|밝게|싱글|활짝|상기|격앙|착잡/,
  },
  {
    // "under clear skies", "in the pouring rain": the weather of the event.
    kind: 'the weather',
    en: /\b(?:under (?:clear|blue|sunny|cloudy|grey|gray|overcast) skies|in (?:the )?(?:pouring|driving|heavy|light) (?:rain|snow)|despite the (?:rain|snow|heat|cold)|in (?:sweltering|scorching|freezing|bitter) (?:heat|cold))\b/i,
    ko: /날씨|맑|하늘|비가|빗속|비를|우천|폭우|눈이|눈발|폭설|기상|구름|흐린|흐려|더위|무더|폭염|추위|한파|영하|쌀쌀|화창|쾌청|궂은|강풍|바람/,
  },
  {
    // "a season-high 23 points", "a career-best": a personal record the Korean does not give.
    kind: 'a personal record',
    en: /\b(?:season|career|personal|game)[- ](?:high|best|low|worst)\b|\bpersonal best\b/i,
    ko: /최다|최고|최저|최소|기록|커리어|개인|자신의|시즌|신기록|경신|처음|최초|역대/,
  },
  {
    // "its sold-out production", "the hit drama", "a best-selling novel": a success the Korean does not claim.
    kind: 'a success',
    en: /\b(?:sold-out|sell-out|sellout|best-selling|bestselling|blockbuster|smash[- ]hit|chart-topping|record-breaking|runaway (?:hit|success)|(?:a|the|its|their|his|her) hit (?:drama|series|show|film|movie|song|musical|webtoon|novel|game|production))\b/i,
    ko: /매진|흥행|히트|인기|베스트셀러|화제|열풍|돌풍|대박|신드롬|사랑받|1위|정상|차트|기록|천만|만 명|만명|관객|시청률|조회수|판매|팔린|팔려|몰려|성공|만원|관중|객석|꽉|가득|운집/,
  },
  {
    // "adapted from a hit webtoon", "based on a true story": an origin the Korean does not give.
    kind: 'an origin',
    en: /\b(?:adapted from|based on (?:a|an|the) (?:hit |popular |best-selling |true |real |novel|webtoon|comic|book|story|manga|game|play))\b/i,
    ko: /원작|각색|웹툰|소설|만화|실화|실제|바탕|토대|기반|리메이크|영화화|드라마화|옮긴|옮겨|따온|모티브|모티프|각본/,
  },
  {
    // "later this year", "early next year", "in the coming weeks": a time the Korean does not set.
    kind: 'a time',
    en: /\b(?:later this (?:year|month|week)|early next (?:year|month|week)|(?:early|late) this (?:year|month)|in the coming (?:days|weeks|months|years)|by (?:the )?year-end|within the year)\b/i,
    ko: /연내|올해|금년|하반기|상반기|연말|연초|내년|이달|이번 달|다음 달|내달|이번 주|다음 주|조만간|곧|향후|앞으로|머지않|가까운|이른 시일|[0-9]+월|분기|년\s?(?:초|말|중)|월\s?(?:초|말|중)|시기|일정|예정/,
  },
  // Session 16: more embellishments of the fresh sets' invented additions.
  {
    // "and no casualties were reported": a toll the Korean does not report.
    kind: 'a toll',
    en: /\bno (?:casualties|injuries|deaths|fatalities)\b|\b(?:no one|nobody) (?:was|were) (?:hurt|injured|killed)\b|\bwithout (?:any )?(?:casualties|injuries)\b/i,
    ko: /인명|사상|부상|다친|다쳐|다치|숨|사망|희생|무사|중상|경상|사고/,
  },
  {
    // "in extra time", "on penalties": how a match was decided, when the Korean does not say.
    kind: 'a stage of play',
    en: /\b(?:in|after) (?:extra|stoppage|injury) time\b|\bin overtime\b|\b(?:on|via) penalties\b|\bin (?:a|the) penalty shoot-?out\b/i,
    ko: /연장|승부차기|추가\s?시간|인저리|페널티|PK|골든골|버저비터/,
  },
  {
    // "escorted by his two lawyers": company the Korean does not name.
    kind: 'an escort',
    en: /\bescorted by\b|\baccompanied by (?:his|her|their) (?:lawyers?|attorneys?|bodyguards?|aides?|security|entourage)\b/i,
    ko: /변호인|변호사|경호|호위|수행|동행|함께|대동|곁|인솔|안내/,
  },
  {
    // "We'll email you as soon as it's back": a promise the Korean does not make.
    kind: 'a promise',
    en: /\bwe(?:'ll| will) (?:email|e-mail|notify|let you know|contact|text|call|inform|message)\b/i,
    ko: /알려|알림|안내|연락|통보|공지|문자|메일|이메일|드리겠|드릴게|드릴께|드립니다|보내|발송|전달/,
  },
  {
    kind: 'an age',
    en: /\b(?:in (?:his|her|their) (?:early |mid-?|late )?(?:\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties)|aged \d+|\d{1,3}-year-old|at (?:the )?age of \d+)\b/i,
    ko: /\(\s*\d{1,3}\s*[,)·]|\d+\s*(?:대|세|살)|(?<!\d)(?:1020|2030|3040|4050|5060|2040|3050)(?!\d|\s?년)|[십이삼사오육칠팔구]십\s*대|[열스서마쉰예일여아]+\s*살|나이|연령|세의|노인|청년|중년|노년|고령|소년|소녀|어린이|아이|아기|학생|유아|청소년|미성년|[0-9]+년생|출생/,
  },
];

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!/[A-Za-z]/.test(en) || /[가-힣]/.test(en) || !/[가-힣]/.test(ko) || isCopy(ko, en)) return;
      const z = lengthScore(ko, en);
      if (z < SPAN_MIN_Z) return;
      const lower = ko.toLowerCase();
      for (const detail of z >= MIN_Z ? DETAILS : []) {
        const cue = detail.en.exec(en);
        if (!cue || detail.ko.test(ko)) continue;
        // The last word of the cue written in the Korean (a name, a loanword in Latin letters) is a source too.
        const last = cue[0].match(/[A-Za-z]{3,}/g)?.at(-1);
        if (last && lower.includes(last.toLowerCase())) continue;
        if (detail.object && objectRendered(ko, en, cue.index + cue[0].length)) continue;
        // "due to", "because of" are how English renders a noun with 으로 (우천으로 → "because of rain").
        if (detail.object && /^(?:because of|due to|owing to)$/i.test(cue[0]) && KO_NOUN_CAUSE.test(ko)) continue;
        // A clause of cause ends in -아/-어 as often as in -아서 (느끼지 못해 더 위험하다 → "… because they are less …").
        if (detail.kind === 'a reason' && KO_VERB_CAUSE.test(ko)) continue;
        // Session 8: a noun of cause in 으로 (교수님 사정으로 → "because the professor is unavailable") that the English
        // outside the clause does not render: the clause is its rendering (서울로 rendered "to Seoul" is no cause).
        if (detail.kind === 'a reason' && nounCauseUnrendered(ko, outsideClause(en, cue.index))) continue;
        context.report({ messageId: 'added', data: { phrase: cue[0], kind: detail.kind }, side: 'en', range: [cue.index, cue.index + cue[0].length] });
        return;
      }
      // An amount of money when the Korean gives no figure and no currency at all: a price the model made up.
      const money = EN_MONEY.exec(en);
      if (money && !KO_MONEY_SOURCE.test(ko)) {
        context.report({ messageId: 'added', data: { phrase: money[0], kind: 'an amount of money' }, side: 'en', range: [money.index, money.index + money[0].length] });
        return;
      }
      for (const { minZ, find, kind } of ADDED_SPANS) {
        const span = z >= minZ ? find(ko, en) : undefined;
        if (span) {
          context.report({ messageId: 'added', data: { phrase: en.slice(span[0], span[1]), kind }, side: 'en', range: span });
          return;
        }
      }
      // Session 10: a day of the week ("early on Sunday morning") when the Korean names no day at all.
      const day = z >= MIN_Z ? EN_WEEKDAY.exec(en) : null;
      if (day && !KO_DAY.test(ko)) {
        context.report({ messageId: 'added', data: { phrase: day[0], kind: 'a day of the week' }, side: 'en', range: [day.index, day.index + day[0].length] });
      }
    },
  };
}

// Session 10: a day of the week with a time of that day ("early on Sunday morning", "late on Saturday night", "next
// Tuesday", "9am Tuesday") when the Korean names no day and no time of day at all: no weekday, no date, no relative day
// (오늘, 이날, 내일 …), no 새벽/오전/밤, no hour. A bare "on Tuesday" is how newsrooms date a lede from its dateline, so
// only a weekday made more precise counts; a weekday inside a name ("Black Friday") is no day.
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?`;
const EN_WEEKDAY = new RegExp(String.raw`\b(?:(?:early|late|next|this|last|coming)\s+(?:on\s+)?${WEEKDAY}\b|(?<![A-Z][a-z]+\s)${WEEKDAY}\s+(?:morning|afternoon|evening|night|at\s+\d)|\d\s?(?:a\.?m\.?|p\.?m\.?)\s+(?:on\s+)?${WEEKDAY}\b)`);
const KO_DAY = /요일|\(\s?[월화수목금토일]\s?\)|주말|평일|주중|오늘|내일|어제|모레|그제|그저께|이날|당일|전날|다음\s?날|이튿날|[0-9]\s?일|매주|격주|날짜|일정|[일이삼사오육칠팔구십]일(?![가-힣])|새벽|아침|오전|오후|저녁|밤|낮|정오|자정|[0-9]\s?시/;

// An amount of money in figures: "$1,200", "1.5 million won", "300 dollars".
// A counted quantity in the English ("about 50,000 people", "two hours a week", "for the fifth consecutive time", "at a
// cost of 200 million won") that no Korean figure, numeral or word of number gives: a fact the model made up.
// Korean native numerals and counted days (두 골, 세 명, 이틀) are read here, as koreanNumbers reads some only.
const KO_COUNTER = '(?:명|개|곳|번|차례|가지|골|마리|권|잔|대|채|척|편|시간|달|해|살|사람|개월|주|날|밤|분|배|점|층|칸|경기|건|벌|켤레|장|통|판|군데|그릇|병|송이|자루|팀|표|세트|라운드|이닝|타석|발|바퀴|걸음)';
// A native numeral before a counter (두 골, 세 명), or, for those that are no other word on their own, before any noun (두 정상).
const counted = (numeral: string, alone = false): RegExp => new RegExp(`(?<![가-힣])(?:${numeral})(?:\\s?${KO_COUNTER}${alone ? '|\\s(?=[가-힣])' : ''})`);
const KO_NATIVE: [RegExp, number][] = [
  [counted('한|하나'), 1], [counted('두|둘', true), 2], [/이틀|(?<![가-힣])양(?=[국측사팀쪽])|남북|(?<![가-힣])쌍|부부|둘 다|두 사람/, 2],
  [counted('세|셋|석|서'), 3], [counted('세|셋', true), 3], [/사흘/, 3], [counted('네|넷|넉|너'), 4], [counted('넷', true), 4], [/나흘/, 4], [/다섯|닷새/, 5], [/여섯|엿새/, 6],
  [/일곱|이레/, 7], [/여덟|여드레/, 8], [/아홉|아흐레/, 9], [counted('열'), 10], [/열흘/, 10], [/스무|스물/, 20], [/서른/, 30], [/마흔/, 40], [counted('쉰'), 50], [/보름/, 15],
  // Session 13: a Sino-Korean hundred, thousand or ten thousand written as a word before what it counts (천 냥, 만 명).
  [/(?<![가-힣\d])백\s(?=[가-힣])/, 100], [/(?<![가-힣\d])천\s(?=[가-힣])/, 1000], [/(?<![가-힣\d])만\s(?=[가-힣])/, 10000],
];
// Korean that counts without a figure (몇, 수십, 여러, 연속, 번째 …): an English figure may be its rendering.
const KO_VAGUE_COUNT = /몇|[수십]\s?[십백천만억]|여러|연속|연이어|잇따|거푸|째|번째|차례|[0-9]\s?[회번]|매주|매일|매달|매년|주당|하루|일주일|한\s?달|반년|절반|이중|삼중|배로|배나|곱절|[0-9]배/;
// What an English figure must count to be a fact of its own: a noun after it (people, benches, hours), or an ordinal
// of a run ("fifth consecutive time", "third straight year").
const EN_AFTER_FIGURE = /^(?:\s*(?:-|more|new|additional|extra|full|whole|straight|consecutive|successive|more than)?\s*)([a-z]{3,})\b/i;
const NOT_COUNTED = /^(?:of|to|and|or|the|in|on|at|for|by|from|with|than|percent|per|out|times?|fold|point|points|am|pm|years?-old|year-old|old|p|a|an|is|are|was|were|has|have|had|will|would|said|says|says|more|less|fewer|other|others|that|which|who|as|but|also|o'clock|degrees?|celsius|fahrenheit|m|km|kg|cm|mm|won|dollars?|yen|euros?|yuan|pounds?|million|billion|trillion|thousand|hundred|dozen|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const EN_RUN_ORDINAL = /^\s+(?:consecutive|straight|successive|time|times|year in a row|term|round|edition)\b/i;
const ORDINAL_WORD = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))$/i;

/** The English is this much longer than predicted (z) before an uncounted figure is read as added. */
const FIGURE_MIN_Z = 2;
// A written number as englishWordNumbers reads it (not "doubled", "twice", "half").
const EN_NUMBER_WORD = /^(?:(?:a|an)\s)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)[\s-]?)+$/i;
// Korean money: a figure or a number word before a currency.
const KO_MONEY_AMOUNT = /[\d만억조천백십]\s?(?:원|달러|엔|유로|위안|파운드)|[$₩€£¥]\s?\d/;

/**
 * A counted quantity of the English no Korean figure, numeral or word of count gives. An amount of money counts when
 * the Korean names no amount of money (else it may be a conversion, "1.2 trillion won ($900 million)"); any other
 * count only when the Korean has no figure or numeral at all (a figure the Korean has may be restated, converted or
 * summed, and number-mismatch compares those).
 */
function addedFigure(ko: string, en: string): [number, number] | undefined {
  if (!/\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|dozen|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i.test(en)) return undefined;
  if (KO_VAGUE_COUNT.test(ko) || KO_MONEY_AMOUNT.test(ko)) return undefined;
  const digits = englishDigitNumbers(en);
  const mentions = [...digits, ...englishWordNumbers(en, digits)];
  const korean = koreanNumbers(ko);
  const counted = /\d/.test(ko) || korean.length > 0 || KO_NATIVE.some(([pattern]) => pattern.test(ko));
  for (const mention of mentions) {
    if (mention.kind !== 'plain' && mention.kind !== 'money' && mention.kind !== 'word') continue;
    if (mention.kind !== 'money' && counted) continue;
    if (mention.kind === 'word' && !EN_NUMBER_WORD.test(mention.raw.trim()) && !ORDINAL_WORD.test(mention.raw.trim())) continue;
    // A figure fused with letters is a name (4K, 5G, 3D).
    if (/^[A-Za-z]/.test(en.slice(mention.range[1]))) continue;
    const value = mention.values[0]?.value;
    if (value === undefined || mention.values.length > 1 || value < 2 || !Number.isInteger(value)) continue;
    // A year ("in 2019") is a date, and dates are number-mismatch's.
    if (mention.kind === 'plain' && value >= 1900 && value <= 2100 && !/,/.test(mention.raw)) continue;
    const after = en.slice(mention.range[1]);
    if (ORDINAL_WORD.test(mention.raw.trim())) {
      if (!EN_RUN_ORDINAL.test(after)) continue;
    } else if (mention.kind !== 'money') {
      const noun = EN_AFTER_FIGURE.exec(after);
      if (!noun || NOT_COUNTED.test(noun[1]!)) continue;
      // A figure inside a name or a code (Line 2, G7, COVID-19) is no count.
      if (/[A-Za-z]-?$/.test(en.slice(0, mention.range[0]))) continue;
    }
    if (korean.some((k) => mentionsMatch(k, mention))) continue;
    if (KO_NATIVE.some(([pattern, native]) => native === value && pattern.test(ko))) continue;
    return [mention.range[0], Math.min(en.length, mention.range[1] + (EN_AFTER_FIGURE.exec(after)?.[0].length ?? 0))];
  }
  return undefined;
}

/** The English is this much longer than predicted (z) before a named service it adds is read. */
const BRAND_MIN_Z = 1.5;
// "your Google account", "your Kakao ID": a name addressed to the reader's own account, app or card.
/** Capitalised words of an account or a card that name no service ("your ID card", "your PIN"). */
const GENERIC_CAPS = new Set(['ID', 'IDs', 'PIN', 'SIM', 'QR', 'OTP', 'IC', 'USB', 'VIP', 'PC', 'SMS', 'Wi', 'Social', 'Resident', 'National', 'Student', 'Employee', 'Member', 'Credit', 'Debit', 'Transit']);
const EN_YOUR_BRAND = /\byour\s+([A-Z][A-Za-z]+)\s+(?:account|accounts|ID|app|card|wallet|login|password|email|e-mail|profile|subscription|membership)\b/g;

/**
 * A named service the English puts on the reader's account, app or card ("log in with your Google account") that the
 * Korean does not name: no Korean word the lexicon renders by it, no Latin letters of it, no Hangul of its sound.
 */
function addedBrand(ko: string, en: string): [number, number] | undefined {
  if (!en.includes('your ')) return undefined;
  const lower = ko.toLowerCase();
  const sounds = [...ko.matchAll(/[가-힣]{2,}/g)].map((word) => skeleton(romanize(word[0])));
  for (const match of en.matchAll(EN_YOUR_BRAND)) {
    const name = match[1]!;
    const at = match.index + match[0].indexOf(name);
    if (lower.includes(name.toLowerCase()) || GENERIC_CAPS.has(name)) continue;
    const term = englishTerms(en, at, at + name.length)[0];
    if (term && sourcedIn(ko, term.keys)) continue;
    const shape = skeleton(name);
    if (shape.length >= 2 && sounds.some((sound) => sound.startsWith(shape) || shape.startsWith(sound))) continue;
    return [match.index, match.index + match[0].length];
  }
  return undefined;
}

const EN_MONEY = /(?:[$₩€£¥]\s?\d[\d,.]*(?:\s?(?:thousand|million|billion|trillion|bn|m|k)\b)?|\b\d[\d,.]*\s?(?:(?:thousand|million|billion|trillion)\s)?(?:won|dollars?|yen|euros?|yuan|pounds?)\b)/i;
// Whatever in the Korean could give an amount: a figure, a currency, a number word (만, 억, 천, 백 as syllables of any word: generous on purpose).
const KO_MONEY_SOURCE = /\d|원|달러|엔|유로|위안|파운드|[만억조천백십]|[$₩€£¥]/;
// A noun marked by 으로/로 as a cause (우천으로, 내부 사정으로), not an adverb (새로, 서로, 주로) or 것으로 (a report).
// Session 10: 것으로 (a forecast's complement: 따뜻할 것으로 내다봤다) is no cause whichever syllable the class takes (으 too).
// Session 15: 문제로 ("because of … problems") is a cause though 제로 alone is not.
const KO_NOUN_CAUSE = /[가-힣](?<![것대새서따주바보])(?<!(?<!문)제)(?<![것대새서따주바제보]으)(?:으로|로)(?:\s?인해|\s?인한)?(?=[\s,])/;
const KO_NOUN_CAUSE_ALL = new RegExp(KO_NOUN_CAUSE.source, 'g');

/** A Korean noun marked as a cause by 으로 that `rest` of the English does not render (by the lexicon or by its sound). */
function nounCauseUnrendered(ko: string, rest: string): boolean {
  for (const match of ko.matchAll(KO_NOUN_CAUSE_ALL)) {
    // 것으로 read from its 으: the noun excluded before it.
    if (match[0].startsWith('으로')) continue;
    const word = /[가-힣]+$/.exec(ko.slice(0, match.index + 1))![0];
    const terms = koreanTerms(word);
    if (terms.length > 0 ? terms.some((term) => term.entry.rendersIn(rest)) : soundIn(word, rest)) continue;
    return true;
  }
  return false;
}

/** The English without the clause that starts at `from` and runs to the next comma or sentence end. */
function outsideClause(en: string, from: number): string {
  const end = /[,;.!?]/.exec(en.slice(from));
  return en.slice(0, from) + (end ? en.slice(from + end.index) : '');
}

/** Whether a Korean word's sound (a loanword: 온라인 → "online") is spelled by a word of the English. */
function soundIn(word: string, en: string): boolean {
  const sound = skeleton(romanize(word));
  return sound.length >= 3 && (en.match(/[A-Za-z]{3,}/g) ?? []).some((english) => skeleton(english) === sound);
}

// A verb's -아/-어/-해 that links a cause to what follows; 위해, 통해, 대해 … are postpositions, 올해 and 지난해 years.
const KO_VERB_CAUSE = /[가-힣](?<![위통대의관향인올난새])(?:해|어|아|여|워|져)(?=[\s,])(?!\s?(?:있|주|보|놓|두|버리|내|오|가)[가-힣])/;
// Words of a noun phrase that carry no content of their own.
const FUNCTION_WORDS = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|of|in|on|for|to|by|with|from|at|some|new|recent|latest|so-called|last|next|week's|month's|year's|weekend's|yesterday's|today's|recent|earlier)$/i;
// Where the noun phrase after a cue ends: punctuation or a word that opens the next clause.
const PHRASE_END = /[,;:.!?()]|\s(?:and|but|while|as|after|before|when|which|who|that|amid|despite|with|to)\s/i;

/** Whether half or more of the content words of the noun phrase at `from` render words of the Korean (the lexicon, a loanword's sound, Latin letters). */
function objectRendered(ko: string, en: string, from: number): boolean {
  let phrase = en.slice(from, from + 80);
  const end = PHRASE_END.exec(phrase);
  if (end) phrase = phrase.slice(0, end.index);
  const words = [...phrase.matchAll(/[A-Za-z][A-Za-z'’-]*/g)].filter((word) => !FUNCTION_WORDS.test(word[0]));
  if (words.length === 0) return false;
  // A quoted phrase renders a quoted phrase of the Korean (a headline's catchword: ‘딥시크 쇼크’에).
  if (/^\s*(?:the\s+)?["“‘']/i.test(phrase) && /["“‘'「『][^"”’'」』]{2,40}["”’'」』]\s*(?:에|으로|로|에 따른|여파)/.test(ko)) return true;
  const latin = (ko.match(/[A-Za-z]{2,}/g) ?? []).map((word) => word.toLowerCase());
  const terms = englishTerms(en, from, from + phrase.length);
  const lower = ko.toLowerCase();
  const sounds = [...ko.matchAll(/[가-힣]{2,}/g)].map((word) => skeleton(romanize(word[0])));
  let rendered = 0;
  for (const word of words) {
    const at = from + word.index;
    const term = terms.find((t) => t.index <= at && at < t.index + t.text.length);
    const shape = skeleton(word[0]);
    if ((term && sourcedIn(ko, term.keys)) || lower.includes(word[0].toLowerCase()) || latin.some((token) => (token.length >= 3 ? word[0].toLowerCase().includes(token) : word[0].toLowerCase() === token)) || (shape.length >= 2 && sounds.some((sound) => sound.startsWith(shape)))) rendered++;
  }
  return rendered > 0 && rendered * 2 >= words.length;
}

// A length of time the English gives ("for 12 hours", "his first in three years", "after two weeks of talks"): a
// figure with a unit of time after a preposition of duration.
const EN_SPAN = /\b(?:for|in|after|over|within|lasting|of|(?:to )?last)\s+(?:about |nearly |almost |around |more than |over |some |roughly |at least |(?:just )?under |less than |fewer than |up to )?(\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen)\s+(?:(?:straight|consecutive|full|long|more|whole)\s+)?(minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b/gi;
// Session 8: a length of time as a modifier ("a 14-month remodeling project", "a two-week trip"), as an approximate
// aside (", about 10 minutes"), or as the gap of a comparison ("two weeks earlier than last year", "for one year
// thereafter"); a modifier of one unit is a fact too ("a one-year extension"), "a year earlier" is how English says 전년.
const EN_SPAN_MORE = [
  /\b(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)-(minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b(?!-old|\s+old\b)/gi,
  /,\s+(?:about|around|roughly|approximately|some)\s+(\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)\s+(minutes?|hours?|days?|weeks?|months?|years?)\b(?=\s*(?:[.!?;)]|$))/gi,
  /\bfirst time in\s+(an?|one|\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)\s+(months?|years?|decades?)\b/gi,
  /\bevery\s+(\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)\s+(minutes?|hours?|days?|weeks?|months?|years?)\b/gi,
  /\b(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s+(minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\s+(?:earlier|later|sooner|longer|shorter|ahead of|thereafter|afterwards?)\b/gi,
  // Session 10: a modifier of one unit with -long ("an hour-long conversation", "a week-long festival").
  /\b(an?)\s+(minute|hour|day|night|week|month|year)-long\b/gi,
];
const EN_SPAN_ONE = /^[\w]+-|^first time in\b|\b(?:thereafter|afterwards?)$|-long$/i;
const EN_TIME_UNIT = /\b(?:minute|hour|day|night|week|month|year|decade)s?\b/i;
const EN_HEDGE = /\b(?:about|nearly|almost|around|more than|over|some|roughly|under|less than|fewer than|just)\s/i;
// How many of the smaller unit one of each unit holds: a Korean 이틀 may be "48 hours", 2년 "24 months".
const UNIT_FACTORS: Record<string, number[]> = { minute: [1 / 60], hour: [60, 1 / 24], day: [24, 1 / 7], night: [24, 1 / 7], week: [7, 1 / 4], month: [4, 1 / 12], year: [12, 1 / 10], decade: [10] };

/** A length of time in the English no Korean figure gives, when it is what makes the English long. */
// Session 13: a span the Korean gives in two units (1년 6개월, 2시간 30분, 1년 반), which the English gives in the smaller one
// ("18 months", "150 minutes") or in the larger with a fraction.
const KO_TWO_UNIT_SPAN = /(\d+)\s?(년|시간)\s?(?:(\d+)\s?(개월|분)|(반))/g;

/** The totals of the Korean's two-unit spans: in the smaller unit, and in the larger one. */
function koreanSpanTotals(ko: string): number[] {
  const totals: number[] = [];
  for (const match of ko.matchAll(KO_TWO_UNIT_SPAN)) {
    const per = match[2] === '년' ? 12 : 60;
    const part = match[5] ? per / 2 : Number(match[3]);
    totals.push(Number(match[1]) * per + part, Number(match[1]) + part / per);
  }
  return totals;
}

// Session 15: a figure counted in floors, people, things or money is no length of time (1층 is not "one month").
const KO_NOT_TIME_COUNTER = /^\s?(?:층|명|개(?!월)|원|달러|%|퍼센트|호(?!봉)|번(?!째)|위|건|대|권|곳|개국|세|살|km|m|kg|g|cm|평|병|잔|장|마리|가구|점|차선|동)(?![가-힣])/;

function addedSpan(ko: string, en: string): [number, number] | undefined {
  if (!/\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozen)\b/i.test(en)) return undefined;
  if (!EN_TIME_UNIT.test(en)) return undefined;
  const matches = [EN_SPAN, ...EN_SPAN_MORE].flatMap((pattern) => [...en.matchAll(pattern)]);
  if (matches.length === 0) return undefined;
  const digits = englishDigitNumbers(en);
  const mentions = [...digits, ...englishWordNumbers(en, digits)];
  let korean: ReturnType<typeof koreanNumbers> | undefined;
  for (const match of matches) {
    const at = match.index + match[0].indexOf(match[1]!);
    const mention = mentions.find((m) => m.range[0] <= at && at < m.range[1]);
    const value = mention?.values[0]?.value ?? (/dozen/i.test(match[1]!) ? 12 : /^(?:an?|one)$/i.test(match[1]!) ? 1 : undefined);
    if (value === undefined) continue;
    // One unit counts only as a deadline or a bound ("within an hour", "in under an hour"); "in a year" is a time.
    if (value < 2 && !/^(?:within|in (?:just )?under|in less than|for up to)\b/i.test(match[0]) && !EN_SPAN_ONE.test(match[0])) continue;
    const unit = match[2]!.toLowerCase().replace(/s$/, '');
    const wanted = [value, ...(UNIT_FACTORS[unit] ?? []).map((factor) => value * factor)];
    korean ??= koreanNumbers(ko);
    // Session 8: a hedged span ("just over six days" for 149시간) is a rounded conversion: a tenth off is the same span.
    const tolerance = EN_HEDGE.test(match[0]) ? 0.1 : 1e-9;
    if (korean.some((k) => !KO_NOT_TIME_COUNTER.test(ko.slice(k.range[1])) && k.values.some((v) => wanted.some((w) => Math.abs(v.value - w) <= tolerance * Math.max(1, w))))) continue;
    if (koreanSpanTotals(ko).some((total) => wanted.some((w) => Math.abs(total - w) <= tolerance * Math.max(1, w)))) continue;
    // Korean words of a span with no figure (수년, 몇 시간, 오랫동안, 반나절, 반년, 일주일, 한 달) may be rendered with one.
    if (/[수몇여]\s?(?:분|시간|일|주|개월|달|년)|(?<![가-힣])(?:한|두|석|세|넉|네|다섯|여섯|일곱|여덟|아홉|열|서너|두세)\s?(?:달|해|시간|주|날|밤|차례)|오랫|오랜|반나절|반\s?년|반년|반\s?달|일주일|한\s?달|한\s?해|하루|이틀|사흘|나흘|열흘|보름|종일|밤새|내내|장기|수십|수백/.test(ko)) continue;
    return [match.index, match.index + match[0].length];
  }
  return undefined;
}

// Session 6, round 3: a clock time the English gives ("around 8", "at 7:30 p.m.", "by 9 o'clock") after a preposition
// of time, ending the clause or marked as an hour, when the Korean names no hour at all (no figure, no native hour
// 여덟 시, no 정오, 자정, 새벽 N시): a time the model made up. A bare figure ("around 8") counts only beside a time of day.
// Session 7: a span of hours ("from 2 to 4 p.m.", "between 9 and 11 a.m.") too.
const EN_CLOCK = /\b(?:at|around|about|by|until|till|before|after|from|between)\s+(?:around\s+|about\s+|exactly\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:to|and|until|-|–)\s*\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|o'clock)|\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|o'clock)|\d{1,2}:\d{2}|\d{1,2}(?=\s*(?:[.!?]\s*$|$|,\s)))/gi;
const EN_DAYTIME = /\b(?:morning|afternoon|evening|night|tonight|tomorrow|today|noon|midnight|dawn|breakfast|lunch|dinner)\b/i;
const KO_HOUR = /\d|(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|열한|열두)\s?시|정오|자정|정각|시\s?반|시쯤|시경|시간/;

/** A clock time in the English when the Korean names no hour. */
function addedClock(ko: string, en: string): [number, number] | undefined {
  if (!/\d/.test(en) || KO_HOUR.test(ko)) return undefined;
  for (const match of en.matchAll(EN_CLOCK)) {
    // A bare figure ("around 8") is an hour only beside a time of day ("tomorrow morning around 8"), not a count.
    if (!/[:.]|o'clock|[ap]\.?m/i.test(match[0]) && !EN_DAYTIME.test(en)) continue;
    return [match.index, match.index + match[0].length];
  }
  return undefined;
}

// Session 7: a change against an earlier figure ("up 1.7 percent from this year", "down 3% on a year earlier") when
// the Korean gives no percentage at all: a figure and a comparison the model made up. A Korean percentage, a ratio
// (배) or a word of comparison (대비, 보다, 전년) leaves it to number-mismatch.
const EN_CHANGE = /\b(?:up|down|rising|falling|an? (?:increase|rise|drop|decline|decrease|jump|gain|fall|cut|hike) of)\s+(?:about |nearly |roughly |some |almost |around )?\d[\d.,]*\s?(?:percent|per cent|%|percentage points?)(?:\s+(?:from|over|on|compared (?:with|to)|year[- ]on[- ]year|year[- ]over[- ]year|than)\b[^,;.]*)?/i;
const KO_PERCENT = /%|％|퍼센트|프로|포인트|배|대비|보다|전년|전월|전주|작년|지난해|올해보다|증가율|상승률|인상률|하락률|감소율|할/;

/** A percentage change in the English when the Korean gives no percentage and no comparison. */
function addedChange(ko: string, en: string): [number, number] | undefined {
  if (!/\d/.test(en) || KO_PERCENT.test(ko)) return undefined;
  const match = EN_CHANGE.exec(en);
  return match ? [match.index, match.index + match[0].length] : undefined;
}

// Session 7: a run the English counts ("for a third straight week", "the fifth consecutive year", "three games in a
// row") that no Korean word of a run gives (연속, 째, 잇따라, 연이어, 연승 …): an ordinal of a run is a fact of its own,
// whatever other figures the Korean has.
const EN_RUN = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:straight|consecutive|successive)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:straight\s+|consecutive\s+)?(?:days|weeks|months|years|games|matches|times|seasons|quarters|terms|nights|races|wins)\s+in a row\b/i;
const KO_RUN = /연속|째|잇따|잇달|연이어|연달|거푸|내리|연승|연패|연임|연초과|번째|차례|연거푸|행진|[0-9]연/;

/** A run's ordinal in the English no Korean word of a run gives. */
function addedRun(ko: string, en: string): [number, number] | undefined {
  if (KO_RUN.test(ko)) return undefined;
  const match = EN_RUN.exec(en);
  return match ? [match.index, match.index + match[0].length] : undefined;
}

// Session 8: an ordinal that counts events within a period ("his third absence this season", "its fifth recall of the
// year") when the Korean has no word of a count in order (번째, 째, 호, a figure or numeral of that value).
const EN_COUNT_ORDINAL = /(?:\b(?:his|her|its|their)|,\s+the)\s+(?!(?:second|third|fourth) (?:half|quarter|round)\b)(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[a-z-]+\s+){1,2}?(?:this|of the|in the)\s+(?:season|year|month|week|tournament|campaign|term)\b/i;
const ORDINAL_VALUES: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

/** An ordinal count within a period that no Korean word of order or figure gives. */
function addedOrdinalCount(ko: string, en: string): [number, number] | undefined {
  if (en.length > TAIL_MAX_ENGLISH || KO_RUN.test(ko) || /[0-9]\s?호/.test(ko)) return undefined;
  const match = EN_COUNT_ORDINAL.exec(en);
  if (!match) return undefined;
  const value = ORDINAL_VALUES[match[1]!.toLowerCase()] ?? Number.parseInt(match[1]!, 10);
  if (koreanNumbers(ko).some((k) => k.values.some((v) => v.value === value)) || KO_NATIVE.some(([pattern, native]) => native === value && pattern.test(ko))) return undefined;
  return [match.index, match.index + match[0].length];
}

// Session 7: a bare infinitive of purpose tacked on at the end ("… by 10 percent to revive sluggish sales", "…
// that morning to demand the mayor's resignation"), when the Korean has no ending of purpose or of a second action
// (위해, -도록, -려고, -고자, -러, -고, -며, -면서, -아서) that "to …" could render, no word of the phrase has a Korean
// source, and the phrase is what makes the English long.
// "to" before a determiner or a pronoun is a preposition ("to any third party", "to their feet").
const EN_TAIL_PURPOSE = /\s(?:to|so as to|in order to)\s+(?!(?:be|the|a|an|his|her|their|its|our|your|my|this|that|these|those|any|some|all|each|every|no|him|them|me|us|it|one|two|three|more|less|date|around|about)\b)([a-z]{3,})\b[^,;:.!?]*[.!?]?["”’]?\s*$/;
// A Korean ending that "to …" may render: a purpose (위해, -도록, -려고, -고자, -러), a second action (-고, -며, -면서, a
// verb's -아/-어 before the next: 떠나 창업했다 "left to start", 투입해 진화에 나섰다 "deployed … to fight"), a plan.
// Session 9: a headline's ellipsis joins a second event (신승…조 1위 유지 → "edge Lebanon 1-0 to stay top of group").
// An ordinal or a superlative a few words before: "the 39th new drug … to receive approval" (which received it).
const EN_ORDINAL_HEAD = /\b(?:first|last|only|next|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|\w{3,}est|most|least)\b(?:\s+[\w'’-]+){0,5}\s*$/i;
const KO_PURPOSE_OR_SECOND = /위해|위한|위하여|도록|려고|려는|고자|목적|차원|[가-힣]러\s|게끔|[가-힣0-9]\s?(?:…|\.{3})\s?[가-힣]|[가-힣]고[\s,]|[가-힣]며[\s,]|면서|[가-힣](?<!에)(?:아|어|여|해|워|져|나|와|가|켜|내|춰|쳐|봐|줘|써|서)[\s,]|[가-힣]자[\s,]|기로|방침|계획|예정/;
// Heads after which "to" is a preposition or part of a verb's complement ("due to", "the first to arrive").
const EN_TO_HEAD = /\b(?:got|gotta|due|according|next|close|thanks|prior|compared|owing|up|similar|addition|respond\w*|listen\w*|talk\w*|go|goes|went|gone|come|comes|came|return\w*|moved?|turn\w*|led|lead|leads|first|last|only|next|ready|enough|too|want|wants|wanted|plan|plans|planned|agree|agreed|agrees|decide|decided|decides|hope|hopes|hoped|need|needs|needed|try|tries|tried|going|expected|expects|set|able|likely|used|have|has|had|ought|seek|seeks|sought|aim|aims|aimed|vow|vowed|pledged|promised|chose|refused|failed|managed|began|started|continue|continued|way|time|how|what|where|order|bid|effort|is|are|was|were|be|been)\s*$/i;
const TAIL_CONTENT = /[A-Za-z][A-Za-z'’-]{2,}/g;
const TAIL_FUNCTION = /^(?:the|and|for|with|from|its|his|her|their|this|that|these|those|into|onto|than|our|your|them|who|which|more|some|any|all|also|to|in|on|of|out|off|up)$/i;

/** Whether a phrase of the English has two content words or more and none has a Korean source. */
function unsourcedPhrase(ko: string, en: string, from: number, to: number): boolean {
  const words = (en.slice(from, to).match(TAIL_CONTENT) ?? []).filter((word) => !TAIL_FUNCTION.test(word));
  if (words.length < 2 || /\d|\b(?:half|one|two|three|four|five|six|seven|eight|nine|ten|twice|double)\b/i.test(en.slice(from, to))) return false;
  const lower = ko.toLowerCase();
  if (words.some((word) => lower.includes(word.toLowerCase()))) return false;
  // A term that runs into the phrase ("small and medium-sized businesses" for 중소기업) counts too.
  return !englishTerms(en).some((term) => term.index < to && term.index + term.text.length > from && sourcedIn(ko, term.keys));
}

const KO_PARTICLE_END = /(?:으로|에게|에서|까지|부터|처럼|[은는이가을를의에로와과도만])$/;
const KO_VERB_END = /(?:다|고|며|서|면|지|게|요|죠|까|네|데|니|자|나|듯|도록|려|던|었|았|였|했|된|한|할|는|운|쳐|워|해|돼)$/;

/** A lexicon key (a source-only one too) that starts the word: 이상이어야 holds 이상. */
function knownPrefix(word: string): boolean {
  for (let length = word.length; length >= 2; length--) if (lexiconEntry(word.slice(0, length))) return true;
  return false;
}

/**
 * Whether the English before a tail already renders the Korean: every lexicon word of the Korean is rendered there,
 * and no Korean noun (a word with its particle) is unknown to the lexicon, since the tail may render that word.
 */
function renderedBefore(ko: string, en: string, head: string, spare = 0): boolean {
  const terms = koreanTerms(ko).filter((term) => !term.entry.weak);
  const unrendered = terms.filter((term) => !term.entry.rendersIn(head));
  if (unrendered.length > spare || (terms.length === 0 && spare === 0)) return false;
  // Session 8: with a spare, a Korean word the lexicon cannot link to the head (사장 "owner") may stay, if the tail does
  // not render it either and the head alone has the length the Korean predicts.
  if ((unrendered.length > 0 || terms.length === 0) && (lengthScore(ko, head) < HEAD_MIN_Z || unrendered.some((term) => term.entry.rendersIn(en.slice(head.length))))) return false;
  // The tail must also be what makes the English long.
  if (lengthScore(ko, head) > lengthScore(ko, en) - TAIL_GAIN) return false;
  const sounds = new Set((en.match(/[A-Za-z]{2,}/g) ?? []).map((word) => skeleton(word)));
  for (const word of ko.match(/[가-힣]{2,}/g) ?? []) {
    // A noun shows itself by its particle (호텔은); a longer word without one may be a noun too (a headline's 영끌족).
    const particle = KO_PARTICLE_END.test(word);
    if (!particle && word.length < 3) continue;
    const stem = word.replace(KO_PARTICLE_END, '');
    if (stem.length < 2 || KO_VERB_END.test(stem) || koreanTerms(stem).length > 0 || knownPrefix(stem)) continue;
    // A loanword the English spells (호텔 → "hotel") is rendered.
    if (sounds.has(skeleton(romanize(stem)))) continue;
    return false;
  }
  return true;
}

/** With a spare, the head alone must be about as long as the Korean predicts (z). */
const HEAD_MIN_Z = -0.5;

/** A trailing "to …" of purpose no Korean ending gives. */
function addedPurpose(ko: string, en: string): [number, number] | undefined {
  if (en.length > TAIL_MAX_ENGLISH || KO_PURPOSE_OR_SECOND.test(ko)) return undefined;
  const match = EN_TAIL_PURPOSE.exec(en);
  if (!match) return undefined;
  // A main clause before it ("The company cut the price …"): not "I want to …", "plans to …", "agreed to …".
  const head = en.slice(0, match.index);
  if (EN_TO_HEAD.test(head) || EN_ORDINAL_HEAD.test(head) || head.split(/\s+/).length < 4) return undefined;
  const end = en.trimEnd().length;
  if (!unsourcedPhrase(ko, en, match.index, end) || !renderedBefore(ko, en, head)) return undefined;
  return [match.index + match[0].search(/\S/), end];
}

// Session 7: a further item or predicate tacked on with "and" at the end ("… a wonderful ocean view and a free
// breakfast buffet", "… at least eight characters long and include a special character") when the Korean joins
// nothing at all (no 와/과, 및, -고, -며, comma, 도, 등 …): what follows the last "and" is an addition when none of its
// words has a Korean source and without it the English has the expected length.
const EN_LAST_AND = /(?<!\b(?:on|off|back|again|more|over|up|down|now|then|here|there|by|far|wide|first|small|large|safe|once))\s(?:and|plus|as well as|along with)\s+(?=\S)(?!an? half\b)(?![^,;:]*\b(?:and|or)\b)[^,;:]*$/;
const KO_ANY_JOIN = /[.!?…]\s|[가-힣]면[\s,]|[가-힣][와과](?=\s)|및|그리고|[가-힣]랑\s|하고|[가-힣]고[\s,]|[가-힣]며[\s,]|면서|,|·|[가-힣]도(?=[\s,.]|$)|(?<![가-힣])또|뿐|외에|함께|\s등|이나|거나|또는|지만|[가-힣](?:아|어|여|해|워|져)서?\s|[가-힣]자[\s,]|데[\s,]|겸|까지|부터/;
const LAST_AND_MIN_Z = 1;
/** A tail is read in a sentence or two, not in a long paragraph (characters). */
const TAIL_MAX_ENGLISH = 600;
/** The tail lengthens the English at least this much (z). */
const TAIL_GAIN = 1;

/** A last "and …" of the English that the Korean, joining nothing, has no source for. */
function addedConjunct(ko: string, en: string): [number, number] | undefined {
  if (en.length > TAIL_MAX_ENGLISH || KO_ANY_JOIN.test(ko.trim())) return undefined;
  const match = EN_LAST_AND.exec(en.trimEnd());
  if (!match) return undefined;
  const end = en.trimEnd().replace(/[.!?]["”’]?$/, '').length;
  if (end - match.index > 80 || !unsourcedPhrase(ko, en, match.index, end) || !renderedBefore(ko, en, en.slice(0, match.index))) return undefined;
  return [match.index + match[0].search(/\S/), end];
}

// Session 8: a place the English puts the event in ("… negotiations in Geneva next month", "a private ceremony in
// Jeju") that the Korean does not name: no Latin letters of it, no lexicon or world-name source, no Hangul of its sound.
// "Korea" is the setting a translator may spell out for 국내, 전국 or a bare Korean sentence, and passes.
const EN_PLACE_NAME = /\b(?:in|at|near|outside|from)\s+((?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|Korean|Korea|South|North)\b)[A-Z][a-z]{2,}(?:[\s-][A-Z][a-z]+)*)(?![\w'’])/g;
/** World names by their English forms, compiled on first use. */
/** World names by the first two letters of each English form (those without two literal letters under ''). */
let worldByPrefix: Map<string, WorldEntry[]> | undefined;
/** A world name's whole-form pattern, its Korean forms, and characters one of which a text must hold to match (`requiredCharacters`; undefined: not known). */
interface WorldEntry {
  english: RegExp;
  korean: readonly string[];
  needs: readonly string[] | undefined;
}

function worldNamesFor(text: string): WorldEntry[] {
  if (!worldByPrefix) {
    worldByPrefix = new Map();
    for (const world of WORLD_NAMES) {
      const english = new RegExp(`^(?:${world.english})$`);
      const needs = requiredCharacters(english);
      const entry = { english, korean: world.korean, needs: needs && [...needs] };
      const prefixes = new Set(splitAlternatives(world.english).map((form) => /^[A-Za-z]{2}/.exec(form)?.[0] ?? ''));
      for (const prefix of prefixes) worldByPrefix.set(prefix, [...(worldByPrefix.get(prefix) ?? []), entry]);
    }
  }
  // A pattern is compiled the first time it runs: those of the ≈ 200 names without two literal letters at the start
  // run only on a text that holds one of their characters.
  return [...(worldByPrefix.get(text.slice(0, 2)) ?? []), ...(worldByPrefix.get('') ?? [])].filter((entry) => (entry.needs === undefined || entry.needs.some((char) => text.includes(char))) && entry.english.test(text));
}


/**
 * Whether `name` (an English proper name) is a place the lexicon or the world-name table knows and the Korean does
 * not name in any form; a name neither knows (a village, a foreign state the tables lack) is no evidence.
 */
function unsourcedPlace(ko: string, en: string, at: number, name: string): boolean {
  const terms = englishTerms(en, at, at + name.length);
  const words = name.split(/[\s-]+/);
  const world = [...new Set([name, ...words].flatMap(worldNamesFor))];
  if (world.length === 0 && !terms.some((term) => term.keys.some(isProperKey)) && !(FOREIGN_WORD.test(words[0]!) && !isLexiconEnglishWord(words[0]!))) return false;
  if (terms.some((term) => sourcedIn(ko, term.keys)) || world.some((entry) => entry.korean.some((form) => ko.includes(form) || ko.includes(form.replace(PLACE_UNIT, '')) || abbreviated(ko, form)))) return false;
  // Session 16: a city named before its country ("in Wroclaw, Poland") renders the word the Korean puts after that
  // country (폴란드 브로츠와프), however its sounds were written.
  const country = /^,\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)/.exec(en.slice(at + name.length))?.[1];
  if (country && worldNamesFor(country).some((entry) => entry.korean.some((form) => new RegExp(`(?<![가-힣])${form}\\s[가-힣]{2,}`).test(ko)))) return false;
  const lower = ko.toLowerCase();
  const hangul = ko.match(/[가-힣]+/g) ?? [];
  for (const word of words) {
    if (lower.includes(word.toLowerCase())) return false;
    // Its sound: 제네바 for Geneva, 제주 for Jeju, 잠실구장 for Jamsil.
    const shape = latinSkeleton(word);
    const letters = word.toLowerCase();
    // Session 14: as spoken, too (대관령 Daegwallyeong, 황리단길 Hwangnidan-gil).
    const sounded = (korean: string): boolean => soundsAlike(hangulSkeleton(korean), shape) || spokenRomanizations(korean).some((roman) => roman.startsWith(letters));
    if (hangul.some(sounded)) return false;
  }
  return true;
}

// A capitalised word no English word of the lexicon spells (Gapyeong, Mapo, Yeoju): a name the tables do not list,
// which the Korean must give in Latin letters or by its sound.
const FOREIGN_WORD = /^[A-Z][a-z]{3,}$/;

/** Two sound skeletons of one name: one a prefix of the other, the shorter of two consonants or more (스발바르 SPRPR, Svalbard SPRPRT). */
function soundsAlike(korean: string, latin: string): boolean {
  return Math.min(korean.length, latin.length) >= 2 && (korean.startsWith(latin) || (korean.length >= 3 && latin.startsWith(korean)));
}

/** A Korean place form's unit (조지아주, 제주도, 수원시), which the Korean may leave off: 조지아 공장. */
const PLACE_UNIT = /(?<=[가-힣]{2})(?:주|시|도|군|구|현|성)$/;

/** A country by the first syllable of its name after 주 (stationed in), 방 (visiting) or 한 (Korea and): 주미, 방일, 한중. */
function abbreviated(ko: string, form: string): boolean {
  if (form.length < 2 || !ko.includes(form[0]!)) return false;
  return new RegExp(`(?<![가-힣])[주방한]${form[0]}(?![가-힣])|(?<![가-힣])[주방한]${form[0]}(?=대사|영사|정상|동맹|관계|교민|특파|순방)`).test(ko);
}

// Session 8: a Korean person's full name the English adds ("led by Professor Kim Min-su") when the Korean has neither
// the surname in Hangul nor the name in Latin letters: a person the model made up.
function addedPerson(ko: string, en: string): [number, number] | undefined {
  if (en.length > TAIL_MAX_ENGLISH || !/[A-Z][a-z]+\s[A-Z][a-z]+-?[a-z]/.test(en)) return undefined;
  const lower = ko.toLowerCase();
  for (const name of englishNames(en)) {
    if (name.weak) continue;
    const hangul = surnameHangul(name.surname);
    if (hangul.length === 0 || hangul.some((surname) => ko.includes(surname)) || lower.includes(name.surname.toLowerCase())) continue;
    return name.range;
  }
  return undefined;
}

/** A place name the English adds. */
const EN_MONTH_OR_DAY = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;
function addedPlace(ko: string, en: string): [number, number] | undefined {
  if (en.length > TAIL_MAX_ENGLISH || !/\b(?:in|at|near|outside|from)\s+[A-Z]/.test(en)) return undefined;
  for (const match of en.matchAll(EN_PLACE_NAME)) {
    const at = match.index + match[0].length - match[1]!.length;
    // After a name the place locates it ("Haeundae Beach in Busan", "the Korean Embassy in Tokyo"): a gloss.
    if (/[A-Z][\w'’.-]*\s*$/.test(en.slice(0, match.index))) continue;
    // A people's adjective before a noun ("from Japanese colonial rule") is a gloss's, not a place.
    if (/(?:ese|ian|ean|ish|ic)$/.test(match[1]!) && /^\s+[a-z]/.test(en.slice(match.index + match[0].length))) continue;
    // Session 15: a month or a weekday ("from Sept. 16 to 18") is a time.
    if (EN_MONTH_OR_DAY.test(match[1]!)) continue;
    if (unsourcedPlace(ko, en, at, match[1]!)) return [match.index, match.index + match[0].length];
  }
  return undefined;
}

// Session 8: a phrase tacked on at the end of the English that adds a relation the Korean has no marker of: a time
// before it ("… after student protests"), a reason ("fined … for violating election law"), a focus or a habit (",
// especially the homemade kimchi", ", usually with a beer"), what came next (", followed by a sharp drop in
// temperature"), an overseer ("under the supervision of a certified instructor"); when no word of the phrase has a
// Korean source and the English before it already renders every Korean word.
interface Ending {
  /** Where the phrase opens (the opener's match is its start). */
  opener: RegExp;
  /** Korean markers of the relation: any of them may be what the phrase renders. */
  ko: RegExp;
  /** Words the lexicon knows and finds no source for, at least (0: the relation alone is evidence). */
  unsourced: number;
  /** Content words of the phrase, at least. */
  content: number;
}
const ENDINGS: Ending[] = [
  { opener: /\s(?:after|following|upon)\s+(?!(?:that|this|which|it)\b)/g, ko: /(?<![가-힣])(?:후|뒤|다음)(?:에|엔|로|부터)?(?![가-힣])|끝에|이후|나서|고서|만에|직후|마자|[가-힣]자[\s,]|며|면서|[가-힣]고[\s,]|[가-힣](?:아|어|여|해|워|져)서?\s|중에|도중|마치|끝나|끝내|결과|따라|따른|거쳐|계기|반발|항의|요구|이어/, unsourced: 1, content: 2 },
  { opener: /\sfor\s+(?=[a-z]+ing\b)/g, ko: /[가-힣](?:으로|로)(?:\s|$)|혐의|위반|때문|이유|탓|덕|대해|대한|관련|[가-힣]다며|[가-힣]다는|[가-힣]서[\s,]|위해|위한|으로써|로써|사유|명목|죄/, unsourced: 1, content: 2 },
  { opener: /,\s+(?:especially|particularly|notably|usually|mostly|mainly|often|typically|generally|normally)\s/g, ko: /특히|무엇보다|그중|그 중|주로|보통|대개|대부분|자주|종종|늘|항상|매번|가끔|흔히|일반적|대체로|평소|때때로|특별히/, unsourced: 0, content: 1 },
  { opener: /,\s+followed\s+by\s/g, ko: /이어|(?<![가-힣])(?:후|뒤|다음)(?:에|엔|로|부터)?(?![가-힣])|며|면서|[가-힣]고[\s,]|그리고|이후|곧바로|잇따|[가-힣]자[\s,]/, unsourced: 0, content: 2 },
  { opener: /\s(?:under|with)\s+the\s+(?:supervision|guidance|direction|leadership|instruction|oversight|help|assistance|support)\s+of\s/g, ko: /지도|감독|아래|하에|밑에|지휘|인솔|관리|도움|도움으로|도와|지원|함께|[가-힣]와\s|[가-힣]과\s|협조|협력/, unsourced: 0, content: 1 },
  { opener: /\s(?:ahead of|in the run-up to|in the lead-up to)\s+(?:the\s+)?/g, ko: /앞두고|앞서|(?<![가-힣])전(?:에|까지|부터)?(?![가-힣])|이전|까지|직전|연말|연휴|명절|추석|설날|설 |대비|준비|시즌|기간/, unsourced: 1, content: 2 },
  { opener: /\sduring\s+(?:the\s+)?/g, ko: /동안|중에|(?<![가-힣])중(?![가-힣])|기간|때|시즌|철|방학|휴가|연휴|성수기|비수기|여름|겨울|봄|가을|명절|시간대|내내|[0-9]\s?월|주말|평일|당시|도중|시기|무렵/, unsourced: 1, content: 2 },
  // A participle of manner or of a further action (", holding back tears"): Korean links such a clause (-며, -면서, -고,
  // -아/-어, 채, -자, 로, -게) or a comma; a verb of saying renders the report itself.
  { opener: /,\s+(?!(?:saying|adding|noting|citing|calling|urging|asking|stressing|explaining|arguing|claiming|warning|according|including|excluding|depending|starting|beginning|ending|following|regarding|concerning|leaving|making|bringing|putting|taking|giving|raising|pushing|lowering|sending)\b)(?=[a-z]+ing\s)/g, ko: /[가-힣](?:며|면서)(?=[\s,])|[가-힣]고(?<!다고|라고|자고|냐고|려고)(?=[\s,])|[가-힣](?:아|어|여|해|워|져|려|겨|쳐|켜|춰|봐|와|돼|내|서)(?=[\s,])|채|[가-힣]자(?=[\s,])|[가-힣](?:으로|로|게|도록)(?=[\s,])|위해|,/, unsourced: 1, content: 2 },
  { opener: /,\s+(?:accompanied|joined|flanked)\s+by\s|\s(?:together with|alongside)\s/g, ko: /함께|동행|대동|[가-힣][와과]\s|[가-힣]랑\s|하고\s|일행|동반|같이|데리고|모시고|수행/, unsourced: 0, content: 2 },
  { opener: /\s(?:under|in|amid|despite)\s+(?:the\s+)?(?:heavy|pouring|driving|torrential|freezing|sweltering|scorching|blistering|biting|bitter|strong)\s+(?=(?:rain|snow|heat|cold|winds?|downpours?|sun|sunshine)\b)/g, ko: /(?<![가-힣])(?:비|눈|빗|바람|볕)(?:[이가을를에도]|\s|속)|우천|폭우|호우|장대비|소나기|폭설|대설|더위|폭염|무더|추위|한파|혹한|강풍|태풍|날씨|기온|땡볕|햇볕|영하/, unsourced: 0, content: 1 },
  // Session 9: a place the English ends on (" at the barbecue place near the office", " in a cool, dark place") when the
  // Korean places nothing: no 에서, no 에 after a word that is not a time (금요일에, 점심에, 3시에), no word of a place.
  // The first of a chain of such phrases opens it; a phrase of a figure, a span or an amount ("in a single month", "in
  // the range of …") is no place.
  { opener: /(?<!\s(?:at|in|on|near|inside|outside)\s+(?:the|a|an)\s[^,;.!?]*)\s(?:at|in|on|near|inside|outside)\s+(?:the|a|an)\s+(?!(?:same|end|moment|beginning|start|middle|morning|afternoon|evening|night|weekend|past|future|meantime|meanwhile|long|short|first|second|last|next|year|month|week|day|world|way|hope|face|wake|form|name|mood|case|event|process)\b)(?![^,;.!?]*(?:\d|\b(?:years?|months?|weeks?|days?|hours?|minutes?|times?|period|range|row|total|single|number|amount|price|rate|level|percent|cost|sum|share)\b))/g, ko: /에서|[가-힣](?<!요일|점심|아침|저녁|오늘|내일|어제|모레|주말|오전|오후|새벽|이번|다음|지난|[일월년시분주초말때날밤낮후전뒤중간])에(?:는|도|만)?(?![가-힣])|곳|근처|주변|장소|현장|[0-9]층|(?<![가-힣])(?:앞|옆|안|밖|위|아래|집)(?![가-힣])/, unsourced: 1, content: 2 },
];
const TAIL_MAX_LENGTH = 90;
const TAIL_WORD_FUNCTION = /^(?:the|and|for|with|without|from|its|his|her|their|this|that|these|those|into|onto|than|our|your|them|who|which|some|any|all|also|after|following|upon|followed|under|especially|particularly|notably|usually|mostly|mainly|often|typically|generally|normally|was|were|are|has|have|had|been|being|will|would|can|could|may|might|then|there|here|very|more|most|much|many|such|own|about|around|over|one|ones)$/i;

/** A phrase at the end of the English that adds a relation no Korean marker gives, when the English before it renders the Korean. */
function addedEnding(ko: string, en: string): [number, number] | undefined {
  if (en.length > TAIL_MAX_ENGLISH) return undefined;
  const end = en.trimEnd().replace(/[.!?]["”’]?$/, '').length;
  for (const ending of ENDINGS) {
    if (ending.ko.test(ko)) continue;
    const opener = [...en.slice(0, end).matchAll(ending.opener)].at(-1);
    if (!opener) continue;
    const from = opener.index + opener[0].length;
    // One phrase: short, no quotation, no brackets, no sentence or clause after it.
    if (end - opener.index > TAIL_MAX_LENGTH || /["“”‘’()[\]]|[.!?;:]\s|,/.test(en.slice(from, end))) continue;
    const judged = phraseSources(ko, en, from, end);
    if (!judged || judged.content < ending.content || judged.unsourced < ending.unsourced) continue;
    const start = opener.index + opener[0].search(/\S/);
    if (!renderedBefore(ko, en, en.slice(0, start).replace(/,\s*$/, ''), 1)) continue;
    // Last, as it reads every lexicon key inside the Korean words: no word of the phrase is one of their renderings.
    if ((en.slice(from, end).match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? []).some((word) => !TAIL_WORD_FUNCTION.test(word) && koreanRenders(ko, word))) continue;
    return [start, end];
  }
  return undefined;
}

/** Longest Korean word read for lexicon keys inside it (syllables). */
const KEY_SCAN_MAX = 10;

/**
 * Whether a lexicon key inside a Korean word (any entry, the shared lexicon's source-only keys too: 급식 in 급식을,
 * 문학 in 노벨문학상) has `word` among its English renderings.
 */
function koreanRenders(ko: string, word: string): boolean {
  for (const korean of ko.match(/[가-힣]{2,}/g) ?? []) {
    const text = korean.slice(0, KEY_SCAN_MAX);
    for (let start = 0; start + 2 <= text.length; start++) {
      for (let end = text.length; end >= start + 2; end--) {
        const entry = lexiconEntry(text.slice(start, end));
        if (entry?.rendersIn(word)) return true;
      }
    }
  }
  return false;
}

/** The content words of a phrase and how many the lexicon knows without a Korean source; undefined when one has a source. */
function phraseSources(ko: string, en: string, from: number, to: number): { content: number; unsourced: number } | undefined {
  const lower = ko.toLowerCase();
  const hangul = ko.match(/[가-힣]{2,}/g) ?? [];
  const terms = englishTerms(en, from, to);
  let korean: ReturnType<typeof koreanNumbers> | undefined;
  let content = 0;
  let unsourced = 0;
  for (const word of en.slice(from, to).matchAll(/[A-Za-z][A-Za-z'’-]*|\d[\d,.]*/g)) {
    const at = from + word.index;
    if (/^\d/.test(word[0])) {
      korean ??= koreanNumbers(ko);
      const figure = englishDigitNumbers(word[0])[0];
      if (figure && korean.some((k) => mentionsMatch(k, figure))) return undefined;
      content++;
      unsourced++;
      continue;
    }
    if (word[0].length < 3 || TAIL_WORD_FUNCTION.test(word[0])) continue;
    content++;
    // Session 13: a number word ("the third viewing") whose value the Korean gives (세 번 봐도).
    if (/^[a-z]/i.test(word[0]) && englishWordNumbers(word[0], []).some((mention) => (korean ??= koreanNumbers(ko)).some((k) => mentionsMatch(k, mention)))) return undefined;
    const term = terms.find((t) => t.index <= at && at < t.index + t.text.length);
    if (lower.includes(word[0].toLowerCase()) || (term && sourcedIn(ko, term.keys))) return undefined;
    const shape = latinSkeleton(word[0]);
    if (shape.length >= 3 && hangul.some((h) => hangulSkeleton(h).startsWith(shape))) return undefined;
    if (term) unsourced++;
  }
  return { content, unsourced };
}

/** Added phrases found by their own reader, each from its length z-score, tried in this order. */
const ADDED_SPANS: { minZ: number; find: (ko: string, en: string) => [number, number] | undefined; kind: string }[] = [
  { minZ: SPAN_MIN_Z, find: addedSpan, kind: 'a length of time' },
  { minZ: MIN_Z, find: addedClock, kind: 'a time of day' },
  { minZ: FIGURE_MIN_Z, find: addedFigure, kind: 'a figure' },
  { minZ: BRAND_MIN_Z, find: addedBrand, kind: 'a named service' },
  { minZ: MIN_Z, find: addedChange, kind: 'a change against an earlier figure' },
  { minZ: RUN_MIN_Z, find: addedRun, kind: 'a run' },
  { minZ: RUN_MIN_Z, find: addedOrdinalCount, kind: 'a count in order' },
  { minZ: MIN_Z, find: addedPlace, kind: 'a place' },
  { minZ: MIN_Z, find: addedPerson, kind: 'a person' },
  { minZ: MIN_Z, find: addedPurpose, kind: 'a purpose' },
  { minZ: LAST_AND_MIN_Z, find: addedConjunct, kind: 'a further item' },
  { minZ: MIN_Z, find: addedEnding, kind: 'a phrase at the end' },
];
