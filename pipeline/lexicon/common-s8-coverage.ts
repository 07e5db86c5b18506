// Renderings a free translation uses where a word-for-word one would not (session 8): Korean idioms and proverbs
// rendered by their English counterparts or by their meaning (소 잃고 외양간 → "shutting the stable door after the
// horse has bolted", 식은 죽 먹기 → "a piece of cake"), set phrases of reports (정밀 검사, 시즌 아웃 판정, 참배),
// and everyday words no other list held (동료, 오찬, 고성, 차로, 묵묵히, 마음껏).
// Korean key → English regular-expression fragment (whole words, any case); a `^` key matches only at a word start.
// Written by hand from general Korean–English usage; no key repeats a key of another list.
// Only the validator reads this domain (it is not in the aligner's ALIGN_SHARED_DOMAINS): as sources for English
// words, like every shared domain, and in clause-coverage as renderings that keep a freely translated clause from
// reading as dropped.

export const COMMON_S8_COVERAGE: ReadonlyArray<readonly [string, string]> = [
  // Proverbs and four-character idioms, by their English counterparts or their sense
  ['소 잃고 외양간', String.raw`(?:shut\w*|clos\w*|lock\w*) the (?:stable|barn) door|after the horse|horse has bolted|too little,? too late|after the fact|only after`],
  ['외양간 고치', String.raw`(?:shut\w*|clos\w*|lock\w*) the (?:stable|barn) door|after the horse|horse has bolted|too little,? too late|after the fact|only after`],
  ['^격으로', String.raw`(?:a |the )?(?:classic|textbook|typical|clear) case|case of|akin to|tantamount to|amount\w* to|like`],
  ['티끌 모아', String.raw`every little (?:bit )?(?:helps|counts)|little by little|adds? up|small (?:amounts|sums|savings) add up|mickle`],
  ['가는 말이 고와야', String.raw`what goes around comes around|treat others|kindness begets kindness|you get what you give|reap what you sow`],
  ['발 없는 말이', String.raw`(?:word|news|rumou?rs?|gossip) (?:travels|spreads?) fast|rumou?rs? spread\w*|walls have ears`],
  ['그림의 떡', String.raw`pie in the sky|out of reach|beyond (?:my|our|their|his|her) reach|beyond reach|unattainable|look but (?:don't|do not) touch|pipe dream`],
  ['우물 안 개구리', String.raw`frogs? in (?:a|the) well|narrow-minded|sheltered|insular|small world|blinkered|parochial`],
  ['하늘의 별 따기', String.raw`(?:nearly|next to|virtually|almost|all but) impossible|needle in a haystack|(?:extremely|incredibly|very|notoriously) (?:hard|difficult|tough)|long shot`],
  ['식은 죽 먹기', String.raw`piece of cake|a breeze|child's play|easy as pie|walk in the park|cakewalk|no sweat`],
  ['누워서 떡 먹기', String.raw`piece of cake|a breeze|child's play|easy as pie|walk in the park|cakewalk|no sweat`],
  ['눈코 뜰 새', String.raw`run off (?:my|our|their|his|her) feet|rushed off|swamped|snowed under|(?:extremely|incredibly|very|crazy|so) busy|hectic|no time to breathe`],
  ['발등에 불', String.raw`crunch time|pressed for time|urgent\w*|scrambl\w*|last[- ]minute|under the gun|down to the wire`],
  ['김칫국부터', String.raw`count\w* (?:your|my|their|his|her|one's|our) chickens|getting ahead of|jump\w* the gun|premature\w*`],
  ['백지장도 맞들면', String.raw`many hands make light work|two heads are better`],
  ['가재는 게 편', String.raw`birds of a feather|stick together|close ranks|take (?:each other's|their own) side`],
  ['등잔 밑이 어둡', String.raw`under (?:your|one's|our|my|their) (?:own )?nose|closest to home|right in front of`],
  ['빈 수레가', String.raw`empty vessels|all talk|all bark|talk big`],
  ['원숭이도 나무에서', String.raw`even (?:experts|the best|monkeys|masters|pros)|nobody's perfect|no one is perfect|everyone makes mistakes|Homer nods`],
  ['세 살 버릇', String.raw`old habits die hard|(?:leopard|tiger) (?:can't|cannot|doesn't|never) change|habits (?:formed|learned) (?:young|early)`],
  ['고생 끝에 낙', String.raw`no pain,? no gain|hard work pays off|light at the end of the tunnel|after (?:the )?(?:rain|storm)|every cloud`],
  ['시작이 반', String.raw`well begun is half done|(?:getting started|starting|the first step) is half|half the battle`],
  ['배보다 배꼽이', String.raw`tail wagging the dog|costs? more than|outweigh\w*|more than the (?:item|thing|product) itself`],
  ['돌다리도 두들겨', String.raw`look before you leap|better safe than sorry|err on the side of caution|double-check\w*`],
  ['낮말은 새가', String.raw`walls have ears`],
  ['호랑이도 제 말', String.raw`speak of the devil|talk of the devil`],
  ['마른하늘에 날벼락', String.raw`bolt from the blue|out of the blue|out of nowhere|(?:totally|completely|utterly) unexpected|thunderbolt`],
  ['엎친 데 덮친', String.raw`to make matters worse|insult to injury|on top of (?:that|this|it|everything)|worse still|compound\w*`],
  ['울며 겨자', String.raw`reluctantly|grudgingly|against (?:my|their|his|her|our|its) will|(?:had|have|with) (?:no|little) choice|bit\w* the bullet|unwillingly`],
  ['제 눈에 안경', String.raw`eye of the beholder`],
  ['꿩 먹고 알', String.raw`two birds with one stone|best of both worlds|win-win`],
  ['불난 집에 부채질', String.raw`add\w* fuel to the (?:fire|flames)|fan\w* the flames|rub\w* salt`],
  ['^일석이조', String.raw`two birds with one stone|killing two birds|double (?:benefit|win)|win-win|best of both worlds`],
  ['^십중팔구', String.raw`(?:nine|9) (?:times )?out of (?:ten|10)|in all likelihood|almost certainly|most likely|more than likely|odds are`],
  ['^설상가상', String.raw`to make matters worse|insult to injury|on top of (?:that|this|it|everything)|worse still|compound\w*`],
  ['^우여곡절', String.raw`ups and downs|twists and turns|trials and tribulations|setbacks?|hurdles|rocky|bumpy|tortuous|checkered`],
  ['^진퇴양난', String.raw`dilemma|catch-22|rock and a hard place|bind|predicament|quandary|stuck`],
  ['^동상이몽', String.raw`same bed,? different dreams|different (?:agendas|goals|aims)|at cross[- ]purposes|on different pages`],
  ['^작심삼일', String.raw`(?:resolutions?|resolve|plans?) (?:that )?(?:fizzle\w*|fade\w*|don't last|never last|short-lived)|short-lived|three days|gave up`],
  ['^유비무환', String.raw`prepar\w*|better safe than sorry|forewarned|forearmed`],
  ['^새옹지마', String.raw`blessing in disguise|you never know|who knows|fortunes? (?:turn|change)|luck (?:turns|changes)`],
  ['^금시초문', String.raw`(?:the )?first (?:I've|I have|time I've|time I have|we've) heard|news to me|never heard`],
  ['^고진감래', String.raw`hard work pays off|no pain,? no gain|after hardship|sweet reward|light at the end of the tunnel`],
  ['^이심전심', String.raw`unspoken|without (?:words|saying a word|a word)|tacit\w*|read each other's minds|on the same wavelength`],
  ['^아전인수', String.raw`self-serving|(?:suit|serve)s? (?:its|their|his|her) own|cherry-pick\w*|twist\w*`],
  // Set phrases of everyday and news idiom, by their sense
  ['찬물을 끼얹', String.raw`(?:put|cast|threw|throw|putting|casting|puts|casts) a (?:damper|pall)|dampen\w*|cold water|spoil\w*|killjoy|wet blanket`],
  ['손꼽아 기다', String.raw`count\w* (?:down )?the days|eager\w*|look\w* forward|can't wait|cannot wait|long-awaited`],
  ['입에 침이 마르', String.raw`rave\w*|raving|sing\w* (?:its|their|his|her) praises|prais\w*|couldn't stop (?:praising|talking)|gush\w*`],
  ['눈 깜짝할', String.raw`blink of an eye|in a flash|in an instant|in no time|instantly|in seconds|in a heartbeat`],
  ['하루가 멀다', String.raw`(?:almost|nearly) (?:every day|daily)|day after day|constantly|all the time|every other day|on a daily basis`],
  ['귀에 못이 박히', String.raw`over and over|time and (?:time )?again|countless times|a thousand times|again and again|ad nauseam|repeatedly`],
  ['물 쓰듯', String.raw`like water|lavish\w*|extravagant\w*|wasteful\w*|splurg\w*|squander\w*`],
  ['날개 돋친 듯', String.raw`like hot ?cakes|hotcakes|flying off the shelves|sold out|selling fast|sell\w* out|fast-selling`],
  ['뜬구름 잡는', String.raw`pie in the sky|vague|unrealistic|pipe dreams?|castles in the air|far-fetched|head in the clouds`],
  ['입이 딱 벌어지', String.raw`jaw[- ]dropping|jaws? (?:dropp\w*|drop)|astonish\w*|stunn\w*|speechless|breathtaking|amaz\w*`],
  ['혀를 내두르', String.raw`marvel\w*|astonish\w*|amaz\w*|in awe|impress\w*|stunn\w*`],
  ['머리를 맞대', String.raw`put\w* (?:their|our|your) heads together|brainstorm\w*|confer\w*|work\w* together|join\w* forces|huddl\w*`],
  ['발 벗고 나서', String.raw`went all out|go all out|stepped up|step up|rolled up (?:their|his|her) sleeves|took the lead|actively|wholeheartedly`],
  ['등을 돌리', String.raw`turn\w* (?:their|its|his|her|our) backs?|abandon\w*|desert\w*|turn\w* against|alienat\w*|walk\w* away`],
  ['등을 돌렸', String.raw`turn\w* (?:their|its|his|her|our) backs?|abandon\w*|desert\w*|turn\w* against|alienat\w*|walk\w* away`],
  ['눈을 감아', String.raw`turn\w* a blind eye|look\w* the other way|overlook\w*|let (?:it|that) slide|let (?:it|him|her|them) off|ignor\w*`],
  ['쥐구멍에라도', String.raw`(?:wanted|want|wish\w*) to (?:crawl|sink|hide|disappear|vanish)|mortified|(?:so|utterly|deeply) embarrassed|humiliated|ashamed`],
  // Report phrases
  ['^정밀 검사', String.raw`(?:detailed|thorough|close|closer|in-depth|further|additional|follow-up|full|precise|medical) (?:tests?|exam\w*|check\w*|scans?|inspections?|screenings?)|scans?|MRI|CT|tests? results?|examinations?`],
  ['^정밀검사', String.raw`(?:detailed|thorough|close|closer|in-depth|further|additional|follow-up|full|precise|medical) (?:tests?|exam\w*|check\w*|scans?|inspections?|screenings?)|scans?|MRI|CT|tests? results?|examinations?`],
  ['^시즌 아웃', String.raw`(?:out|ruled out|sidelined) for the (?:rest of the )?(?:season|year|campaign)|season-ending|rest of the season|remainder of the season|season over`],
  ['^판정을 받', String.raw`(?:was|were|been|is|are|got|get) (?:ruled|declared|deemed|diagnosed|judged|found|confirmed|rated|graded|given)|ruled|declared|diagnos\w*|verdict|deemed|judged`],
  ['^판정', String.raw`rul(?:ed|ing|ings)|diagnos\w*|verdicts?|judg\w*|decisions?|declared|deemed|call\w*|assess\w*|graded|rated`],
  ['^파열', String.raw`torn|tears?|rupture\w*|burst\w*|broken|split`],
  ['^참배', String.raw`(?:paid|pay\w*) (?:his|her|their|our|its)? ?respects|tributes?|homage|bow\w*|visit\w*|wreaths?|memorial`],
  ['^현충원', String.raw`(?:National )?Cemetery|cemeter(?:y|ies)|memorial|war dead|graves?`],
  ['^오찬', String.raw`lunch\w*|luncheons?|midday meals?|meals?`],
  ['^묵묵히', String.raw`quietly|silently|without (?:complaint|complaining|a word|fanfare)|steadfast\w*|dutiful\w*|uncomplaining\w*|tireless\w*|behind the scenes`],
  ['^마음껏', String.raw`heart'?s? content|freely|fully|(?:to the )?full(?:est)?|as much as|make the most|let loose|enjoy\w*|unreservedly|all (?:you|they|we|he|she) (?:want|like)`],
  ['^고성', String.raw`shout\w*|yell\w*|scream\w*|raised voices|uproar|heated (?:arguments?|exchanges?|words)|Goseong`],
  ['^남는 것', String.raw`(?:is|are|was|were) left|what(?:'s| is| remains)|remain\w*|left (?:behind|over)|all that|nothing but|only`],
  ['^남기는', String.raw`leav\w*|left|legacy|behind|remain\w*`],
  ['^차로', String.raw`lanes?|lanes? of traffic|traffic|roads?|ways?|by car|driving`],
  ['^차선', String.raw`lanes?|second[- ]best|next best|alternative`],
  ['^가정통신문', String.raw`letters? (?:to|for) (?:parents|families|home)|(?:school )?newsletters?|notices? (?:to|for) (?:parents|families)|(?:parent|family) (?:letters?|notices?)|home notices?`],
  ['^개교기념일', String.raw`(?:school(?:'s)? )?(?:founding|foundation) (?:anniversary|day)|founders?'? day|school anniversary`],
  ['^체감경기', String.raw`(?:business|economic|consumer|market) (?:sentiment|confidence|mood|outlook)|sentiment|perceived economy|how (?:people|businesses) feel`],
  ['^법인', String.raw`subsidiar(?:y|ies)|corporations?|entit(?:y|ies)|units?|affiliates?|compan(?:y|ies)|arms?|branch\w*|incorporat\w*|corporate|offices?|operations?`],
  ['^상관례', String.raw`(?:commercial|business|trade|mercantile) (?:customs?|practices?|usage|conventions?)|customs?|practices?`],
  ['^경영난', String.raw`(?:financial|business|management|cash[- ]flow) (?:difficult(?:y|ies)|troubles?|woes|distress|straits|strains?|crisis|problems?)|cash crunch|struggl\w*|ailing|losses|in the red|insolven\w*`],
  ['^대한민국', String.raw`(?:the )?Republic of Korea|South Korea\w*|Korea\w*|ROK`],
  ['^관례', String.raw`customs?|customary|conventions?|conventional|practices?|traditions?|traditional\w*|precedents?|norms?|usual\w*`],
];

/**
 * More renderings of keys that the validator's own lists hold (so they cannot be keys of a shared domain): read by
 * clause-coverage only, as renderings of those keys in both directions. Each is a common free rendering the older
 * entry lacks: 사장(님) in a review is the owner, 친절하다 is lovely or warm, 오늘 is tonight. Two are words only the
 * aligner's list holds (동료, 유족), which a shared key may not repeat.
 */
export const S8_MORE_RENDERINGS: ReadonlyArray<readonly [string, string]> = [
  ['사장', String.raw`owners?|boss\w*|proprietors?|founders?|heads?|managers?|host|chief`],
  ['친절', String.raw`lovely|warm\w*|sweet|attentive|hospitable|polite|gracious|accommodating|great service|service|caring|considerate|welcom\w*`],
  ['오늘', String.raw`tonight|this (?:morning|afternoon|evening)|today's|now`],
  ['마음', String.raw`heart'?s? content|freely|fully|(?:to the )?fullest|enjoy\w*`],
  ['원내대표', String.raw`floor leaders?|parliamentary leaders?|caucus leaders?|(?:party )?whips?`],
  ['부모', String.raw`folks|mom|dad|mum|family`],
  ['급식', String.raw`lunch\w*|school meals?|meals?|cafeterias?|catering`],
  ['제공', String.raw`serv\w*|hand\w* out|hands? out|issu\w*`],
  ['유족', String.raw`(?:bereaved )?famil(?:y|ies)|relatives?|loved ones|next of kin|survivors?|the bereaved`],
  ['동료', String.raw`colleagues?|co-?workers?|teammates?|peers?|fellows?|comrades?|partners?|friends?|staff|team`],
  // Session 9: a weekday in brackets after a date (10.3(금)).
  ['(월)', String.raw`Mondays?|Mon\.?`],
  ['(화)', String.raw`Tuesdays?|Tue\.?|Tues\.?`],
  ['(수)', String.raw`Wednesdays?|Wed\.?`],
  ['(목)', String.raw`Thursdays?|Thu\.?|Thurs\.?`],
  ['(금)', String.raw`Fridays?|Fri\.?`],
  ['(토)', String.raw`Saturdays?|Sat\.?`],
  ['(일)', String.raw`Sundays?|Sun\.?`],
  // Session 9: football reports. 결승골 is one word ("the winner"), not 결승 "final" + 골; a minute of the second half is
  // counted from kick-off in English (후반 42분 → "the 87th minute").
  ['결승골', String.raw`(?:game-|match-)?winn(?:er|ing goal)s?|deciding goals?|decisive goals?|decider|go-ahead goal`],
  ['후반', String.raw`second half|second-half|(?:4[6-9]|[5-8]\d|9\d)(?:st|nd|rd|th)[- ]minute|minute (?:4[6-9]|[5-8]\d|9\d)|stoppage time|injury time`],
  // Last round of session 8: free renderings of everyday and report words that good translations use.
  // A time of day given by its sense (이른 아침에 가면 → "go early").
  ['이른 아침', String.raw`early|first thing|(?:at )?(?:dawn|daybreak|sunrise)|crack of dawn`],
  // Settings of an app: 알림을 허용하면 → "turn on notifications".
  ['허용', String.raw`turn\w* on|switch\w* on|enabl\w*|opt\w* in|accept\w*`],
  // A loss made good (피해 회복 → "had not been made good", "compensated").
  ['회복', String.raw`ma(?:de|ke|king) good|compensat\w*|redress\w*|repaid|repay\w*|restitution|remed\w*|ma(?:de|ke|king) whole`],
  // 올해 들어 가장 … → "of the year (so far)".
  ['올해', String.raw`(?:of|for|in) the year|(?:the )?year so far|year to date|this year's`],
  ['전국', String.raw`(?:in|of|across|around) the country|countrywide|(?:in|of) (?:the )?(?:nation|Korea)|national`],
  // 인명 피해는 없었다 → "no one was hurt".
  ['^인명 피해', String.raw`no ?one (?:was |were |had been )?(?:hurt|injured|killed|harmed)|nobody (?:was |had been )?(?:hurt|injured|killed|harmed)|(?:were|was) (?:hurt|injured|killed|harmed)|casualt\w*|injur\w*|fatalit\w*|deaths?|loss of life|lives`],
  ['^인명피해', String.raw`no ?one (?:was |were |had been )?(?:hurt|injured|killed|harmed)|nobody (?:was |had been )?(?:hurt|injured|killed|harmed)|(?:were|was) (?:hurt|injured|killed|harmed)|casualt\w*|injur\w*|fatalit\w*|deaths?|loss of life|lives`],
  // A quotation closed by -다며/-라며 ("…"며 촉구했다) → "saying …".
  ['다며', String.raw`saying|said|adding|arguing|noting|insisting|claiming|stressing|explaining|warning`],
  ['라며', String.raw`saying|said|adding|arguing|noting|insisting|claiming|stressing|explaining|warning`],
  ['다면서', String.raw`saying|said|adding|arguing|noting|insisting|claiming|stressing|explaining|warning`],
  ['^정쟁', String.raw`political (?:football|fights?|feuds?|wrangl\w*|bickering|squabbl\w*|battles?|strife|infighting|point-scoring|games?)|partisan\w*|politiciz\w*|politicis\w*|bickering|infighting`],
  ['^무슨 일', String.raw`something|anything|what(?:'s| is| was)? (?:wrong|up|going on|the matter)|what happened|happen\w*|(?:is )?everything (?:ok|okay|all right|alright)|the matter`],
  ['^미루', String.raw`put\w* off|postpon\w*|delay\w*|push\w* back|hold\w* off|held off|defer\w*|reschedul\w*|call\w* off`],
  ['^미룰', String.raw`put\w* off|postpon\w*|delay\w*|push\w* back|hold\w* off|held off|defer\w*|reschedul\w*|call\w* off`],
  ['^미뤄', String.raw`put\w* off|postpon\w*|delay\w*|push\w* back|hold\w* off|held off|defer\w*|reschedul\w*|call\w* off`],
  ['^미뤘', String.raw`put\w* off|postpon\w*|delay\w*|push\w* back|hold\w* off|held off|defer\w*|reschedul\w*|call\w* off`],
  ['^캠핑', String.raw`camping trips?|camp\w*|trips?|outings?`],
  // A whole pansori sung in one performance (완창 무대) → "sing the complete epic from start to finish".
  ['^완창', String.raw`sing\w*|complete|entire|whole|full[- ]length|(?:from )?start to finish|(?:from )?beginning to end|in (?:its|their) entirety|uncut|unabridged`],
  // Winning in sports news, by its sense: 정상에 올랐다, 우승컵을 들어 올렸다 → "took the series", "won the title".
  ['정상에 오', String.raw`(?:took|take\w*|taking|clinch\w*|captur\w*|claim\w*|won|win\w*|secur\w*) the (?:[\w-]+ )?(?:series|title|crown|championship|pennant|trophy|cup|tournament)|crown\w*|champions?(?:hip)?|titles?|(?:the )?top|summit|peak`],
  ['정상에 올', String.raw`(?:took|take\w*|taking|clinch\w*|captur\w*|claim\w*|won|win\w*|secur\w*) the (?:[\w-]+ )?(?:series|title|crown|championship|pennant|trophy|cup|tournament)|crown\w*|champions?(?:hip)?|titles?|(?:the )?top|summit|peak`],
  ['우승컵', String.raw`(?:took|take\w*|taking|clinch\w*|captur\w*|claim\w*|won|win\w*|secur\w*|lift\w*|hoist\w*) the (?:[\w-]+ )?(?:series|title|crown|championship|pennant|trophy|cup|tournament)|crown\w*|champions?(?:hip)?|titles?`],
  // A comment declined (구체적인 언급을 피했다 → "declined to be specific"); a decision left to the data ("depend on").
  ['언급을 피', String.raw`declin\w* to (?:be specific|comment|elaborate|say|give details)|refus\w* to (?:comment|elaborate|say)|(?:would|will|did) not (?:comment|elaborate|say)|wouldn't (?:comment|elaborate|say)|no comment|saying only|non-committal|noncommittal|stopped short`],
  ['판단', String.raw`depend\w*|decid\w*|determin\w*|assess\w*|judg\w*|weigh\w*|consider\w*|conclud\w*|view\w*|believ\w*|think\w*|deem\w*`],
  // 60주년을 기념하는 → "mark 60 years since".
  ['주년', String.raw`years? since|since|years? (?:of|on|in|after)`],
];
