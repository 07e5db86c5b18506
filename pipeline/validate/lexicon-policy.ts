// Korean words of rules and their enforcement, common in news and missing from the other lists, for the validator's
// coverage checks only (the aligner does not read this list). Each key starts a word; each English side is a
// regular-expression fragment matched as whole words, any case, with the usual inflections. A word a translator often
// renders by its sense alone (우려 "fears", 기대 "hopes") is left out: its absence would be weak evidence.

export const POLICY_LEXICON: ReadonlyArray<readonly [string, string]> = [
  ['당국', String.raw`authorit(?:y|ies)|officials?|regulators?|police|ministry`],
  ['제한', String.raw`limit\w*|restrict\w*|curb\w*|cap\w*|ban\w*|control\w*|only|no more than|within`],
  ['방지', String.raw`prevent\w*|avoid\w*|stop\w*|curb\w*|block\w*|guard\w*|protect\w*|keep\w*|deter\w*|combat\w*|fight\w*|anti-\w*`],
  ['폐지', String.raw`abolish\w*|scrap\w*|repeal\w*|eliminat\w*|end\w*|remov\w*|lift\w*|discontinu\w*|axe\w*|do away`],
  ['완화', String.raw`eas\w*|relax\w*|loosen\w*|lift\w*|alleviat\w*|relie\w*|soften\w*|reduc\w*|lower\w*|cut\w*|deregulat\w*|less`],
  ['허용', String.raw`allow\w*|permit\w*|let|lets|authori[sz]\w*|approv\w*|legali[sz]\w*|open\w*|can|may`],
  ['금지', String.raw`ban\w*|prohibit\w*|forbid\w*|forbade|outlaw\w*|bar|barred|bars|not allowed|no\b|illegal|may not|cannot`],
  ['취소', String.raw`cancel\w*|call\w* off|revok\w*|withdr[ae]w\w*|scrap\w*|annul\w*|overturn\w*|dropp?\w*`],
  ['해결', String.raw`solv\w*|resolv\w*|resolution|settl\w*|fix\w*|address\w*|tackl\w*|handl\w*|end\w*|sort\w* out|work\w* out`],
  ['제안', String.raw`propos\w*|suggest\w*|offer\w*|pitch\w*|recommend\w*|invit\w*|urg\w*|call\w*`],
  ['혜택', String.raw`benefit\w*|perks?|advantages?|discounts?|incentives?|privileges?|subsid\w*|eligib\w*`],
  ['모임', String.raw`gather\w*|meeting\w*|meet|meets|get-togethers?|groups?|assembl\w*|club\w*|circles?`],
  ['인재', String.raw`talent\w*|people|workers|professionals|minds|experts|personnel|recruits?|staff|hires?|graduates`],
];

/**
 * Frequent words of news and daily life that the other lists lack or hold only as sources (the shared lexicon's keys
 * are never required; a key listed here is). For the validator's coverage checks only. Each English side is generous:
 * a word counts as rendered by any usual translation, so only its true absence is evidence.
 */
export const NEWS_LIFE_LEXICON: ReadonlyArray<readonly [string, string]> = [
  // People, identity, place
  ['신원', String.raw`identit\w*|identif\w*`],
  ['타인', String.raw`others?|other (?:people|persons?|users?|members?)|third[- ]part(?:y|ies)|someone else'?s?|anyone else'?s?|another (?:person|user)'?s?`],
  ['손님', String.raw`customers?|guests?|visitors?|diners?|patrons?|clients?|passengers?|shoppers?|tourists?`],
  ['자택', String.raw`homes?|houses?|residences?|apartments?`],
  ['고향', String.raw`hometowns?|home ?towns?|birthplace|native|roots|grew up|born`],
  ['현장', String.raw`scenes?|sites?|on-site|on the ground|venues?|locations?|in person|front ?lines?|at hand|workplaces?`],
  ['국내', String.raw`domestic\w*|local\w*|Korea\w*|(?:in|at) home|in (?:the|this) country|nationwide|in-country|homegrown`],
  ['한반도', String.raw`(?:Korean )?peninsula|Korea\w*`],
  ['하늘', String.raw`sk(?:y|ies)|heaven\w*|overhead|aerial`],
  ['면적', String.raw`areas?|acres?|hectares?|square\w*|sizes?|footprint|surface|pyeong`],
  ['편의점', String.raw`convenience stores?|stores?|shops?|marts?`],
  ['광장', String.raw`squares?|plazas?|piazzas?`],
  // Posts, meetings, law
  ['대표직', String.raw`CEO|chief\w*|heads?|leader\w*|chair\w*|president\w*|representative`],
  ['물러나', String.raw`step\w* (?:down|aside)|stepped (?:down|aside)|resign\w*|quit\w*|retir\w*|withdr[ae]w\w*|back\w* (?:down|off)|retreat\w*|vacat\w*|exit\w*|relinquish\w*|give up|gave up`],
  ['물러난', String.raw`step\w* (?:down|aside)|stepped (?:down|aside)|resign\w*|quit\w*|retir\w*|withdr[ae]w\w*|retreat\w*|vacat\w*|exit\w*|outgoing`],
  ['물러났', String.raw`stepped (?:down|aside)|resign\w*|quit\w*|retir\w*|withdr[ae]w\w*|retreat\w*|vacat\w*|exit\w*|backed (?:down|off)`],
  ['국무회의', String.raw`cabinet|council|meetings?|State Council`],
  ['본회의', String.raw`plenary|plenum|full (?:assembly|house|chamber)`],
  ['공판', String.raw`trials?|hearings?|proceedings?`],
  ['진술', String.raw`statements?|testi\w*|accounts?|tell\w*|claim\w*|depositions?|stat\w*|confess\w*|admit\w*`],
  ['약관', String.raw`terms|conditions|polic(?:y|ies)|agreements?|contracts?|rules|T&Cs?|ToS`],
  ['침해', String.raw`infring\w*|violat\w*|invad\w*|invasions?|breach\w*|encroach\w*|undermin\w*|harm\w*|abus\w*|intru\w*|trampl\w*`],
  ['집행유예', String.raw`suspended|probation\w*`],
  ['과태료', String.raw`fines?|fined|penalt(?:y|ies)`],
  ['유류세', String.raw`fuel\w*|(?:gas|oil|gasoline|petrol)\w*`],
  ['연장', String.raw`extend\w*|extensions?|prolong\w*|renew\w*|overtime|extra (?:time|innings?)|continu\w*|stretch\w*`],
  ['해단식', String.raw`disband\w*|clos\w*|farewell\w*|send-?off|dissol\w*|ceremon\w*`],
  ['권리', String.raw`rights?|entitle\w*|privileges?|claims?`],
  ['회원', String.raw`members?|membership|subscribers?|users?|accounts?`],
  ['가입', String.raw`sign\w* up|signed up|sign-?ups?|join\w*|register\w*|registration|subscri\w*|enrol\w*|membership|accounts?`],
  ['쿠폰', String.raw`coupons?|vouchers?|(?:discount|promo) codes?`],
  ['발급', String.raw`issu\w*|grant\w*|provid\w*|given|receiv\w*|sent`],
  ['제출', String.raw`submi\w*|fil(?:e|es|ed|ing)|hand\w* in|turn\w* in|lodg\w*|present\w*|send\w* in|sent in|upload\w*`],
  ['지급', String.raw`pa(?:y|ys|id|ying|yment|yments|yout|youts)|disburs\w*|grant\w*|award\w*|provid\w*|issu\w*|hand\w* out|distribut\w*`],
  ['서류', String.raw`documents?|documentation|papers?|paperwork|forms?|files?|records?|applications?|certificates?`],
  ['장학금', String.raw`scholarships?|grants?|bursar\w*|fellowships?|stipends?|financial aid`],
  ['산책', String.raw`walk\w*|stroll\w*|hik\w*|ambl\w*`],
  ['자제', String.raw`refrain\w*|avoid\w*|restrain\w*|restraint|hold\w* back|abstain\w*|minimi[sz]\w*|limit\w*|cut\w* back|stay\w* away|(?:do|does|should|must) not|don't|shouldn't`],
  ['보증', String.raw`warrant(?:y|ies)|guarantee\w*|guarantor\w*|deposits?|surety|vouch\w*|co-?sign\w*`],
  ['성적', String.raw`grades?|scores?|results?|records?|performances?|marks|standings?|form|showing`],
  ['부진', String.raw`slump\w*|struggl\w*|poor\w*|sluggish\w*|weak\w*|lackluster|lacklustre|disappoint\w*|underperform\w*|dismal|slow\w*|stagnat\w*|bad`],
  ['사령탑', String.raw`coach\w*|managers?|helm|skippers?|bench boss`],
  // Weather and disasters
  ['풍랑', String.raw`(?:high|rough|heavy|strong|big) (?:seas|waves|swells?)|waves?|swells?|gales?|winds?|seas`],
  ['경보', String.raw`warnings?|alerts?|alarms?|sirens?|advisor(?:y|ies)`],
  ['주의보', String.raw`advisor(?:y|ies)|watch\w*|warnings?|alerts?|caution\w*`],
  ['정전', String.raw`blackouts?|outages?|electricity|armistice|ceasefire|cease-fire|truce`],
  ['수위', String.raw`(?:water|river|tide|flood) ?levels?|levels?|water|gauges?|intensity|degree|extent`],
  ['영하', String.raw`minus|below (?:zero|freezing)|sub-?zero|-\d+|−\d+`],
  // Life, feeling, health
  ['눈물', String.raw`tears?|tearful\w*|tearing|cr(?:y|ies|ied|ying)|wept|weep\w*|sob\w*|emotional\w*|teary|choked`],
  ['생명', String.raw`li(?:fe|ves)|lethal|fatal\w*|surviv\w*|death|dead|die[sd]?|dying|kill\w*`],
  ['소감', String.raw`thoughts?|feelings?|impressions?|reflect\w*|remarks?|comments?|sentiments?|speech`],
  ['회복', String.raw`recover\w*|rebound\w*|restor\w*|regain\w*|heal\w*|reviv\w*|revival|bounc\w*|improv\w*|pick\w* up|picked up|rehab\w*|recuperat\w*|amends|restitution|compensat\w*|redress\w*`],
  ['외로움', String.raw`lonel\w*|isolat\w*|solitude|alone`],
  ['견디', String.raw`endur\w*|withst[ao]\w*|bear|bore|borne|surviv\w*|tolerat\w*|cop(?:e|es|ed|ing)|weather\w*|get through|got through|deal\w* with|dealt with|overcom\w*|fight\w*|fought|hold\w* (?:up|out|on)|held (?:up|out|on)|ward\w* off|stave\w* off`],
  ['무게', String.raw`weigh\w*|heav\w*|mass|loads?|kilo\w*|kg|pounds?|lbs?|significance|gravity|burden\w*`],
  ['일기', String.raw`diar(?:y|ies)|journal\w*|forecast\w*|weather`],
  ['공백', String.raw`gaps?|vacuums?|voids?|absence|vacan\w*|shortage\w*|lack\w*|blank\w*|spac\w*|holes?|whitespace|hiatus|lapse\w*`],
  ['격차', String.raw`gaps?|dispar\w*|divides?|differen\w*|inequal\w*|margins?|imbalance\w*|uneven\w*`],
  ['약세', String.raw`weak\w*|fell|fall\w*|declin\w*|slid\w*|slump\w*|drop\w*|soft\w*|bearish|dip\w*|slip\w*|retreat\w*`],
  ['촬영', String.raw`film\w*|shoot\w*|shot|photo\w*|captur\w*|cameras?|video\w*|scans?|x-rays?|MRI|CT|imaging`],
  ['이유', String.raw`reasons?|causes?|grounds|due to|motives?|explanations?|because|why|cit\w*|owing to|on account of|sake|rationale|excuses?`],
  ['추천', String.raw`recommend\w*|suggest\w*|advis\w*|endors\w*|nominat\w*|referr\w*|head to|check out`],
  ['약불', String.raw`low heat|low flame|gentl[ey]\w*|simmer\w*|medium-low`],
  ['완료', String.raw`complet\w*|finish\w*|done|conclu\w*|wrap\w* up|wrapped up|finali[sz]\w*`],
  ['인증', String.raw`certif\w*|authenticat\w*|accredit\w*|verif\w*|approv\w*|confirm\w*|validat\w*|log ?in|sign ?in|signed in|credentials?`],
];
