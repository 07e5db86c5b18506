// @fileoverview Session 11: polar predicate tables for negation-mismatch (and the opposite pairs it reads as free
// renderings of a denial). Each row is a Korean predicate, the English a translator uses for it, the Korean of its
// opposite and the English of the opposite: 허용 "allow" ↔ 금지 "ban". Written by hand from general Korean–English
// usage (news and everyday text), not from any fixture. negation-mismatch reads them three ways:
// - a denied predicate (허용하지 않았다, 허용은 안 했다) whose own English stands in the English with no negation is a
//   dropped denial, and that English anchors a dropped-denial finding (an error, not a warning);
// - an English "not X" for a predicate the Korean states plainly is an added denial;
// - a denied predicate rendered by its opposite (승인하지 않았다 → "rejected") is a free rendering, no finding.
// direction-mismatch reads a list of the pairs as axes: 입금했다 (one pole only) against "withdrew" (the other only).
// English fragments follow docs/lexicon.md: whole-word alternatives, any case, inflections as \w* or (?:…); no
// function word and no generic word (said, more, get, over) as a rendering.

/**
 * [key, English of the key, key of the opposite ('' when Korean has no single word for it), English of the opposite,
 * and optionally other English that says the key denied: a state between the poles ("held steady" for 인상하지 않았다,
 * "delayed" for 착공하지 못했다, "still" for 해소되지 않았다)].
 */
type PolarRow = readonly [string, string, string, string, string?];

/**
 * Sino-Korean predicates and 하다-adjective roots of two syllables: the check finds them before 하/되/시키/받 + 지 않/못
 * (승인되지 않았다, 따뜻하지 않다), before 안/못 하다 (승인은 안 했다), and as the first two syllables of a denied word.
 */
const SINO_POLAR: readonly PolarRow[] = [
  // Permission, law, votes and verdicts
  ['금지', String.raw`ban(?:s|ned|ning)?|prohibit\w*|forb[ia]d\w*|outlaw\w*|barred`, '허용', String.raw`allow\w*|permit\w*|legali[sz]\w*`],
  ['불허', String.raw`refus\w*|reject\w*|disallow\w*|den(?:y|ied|ies)`, '허가', String.raw`allow\w*|permit\w*|approv\w*|authori[sz]\w*|licen[cs]\w*`],
  ['찬성', String.raw`support\w*|favou?r\w*|approv\w*|back(?:s|ed|ing)?|endors\w*`, '반대', String.raw`oppos\w*|against|object\w*|resist\w*|disapprov\w*`],
  ['가결', String.raw`pass(?:ed|es)?|approv\w*|adopt\w*|carried`, '부결', String.raw`vot\w* down|reject\w*|defeat\w*|turn\w* down`],
  ['수락', String.raw`accept\w*|took up|agree\w* to`, '거절', String.raw`declin\w*|turn\w* down|refus\w*|reject\w*|rebuff\w*`],
  ['거부', String.raw`refus\w*|reject\w*|veto\w*|declin\w*|den(?:y|ied|ies)|boycott\w*`, '수용', String.raw`accept\w*|embrac\w*|agree\w*`],
  ['기각', String.raw`dismiss\w*|reject\w*|thr[eo]w\w* out|overrul\w*`, '인용', String.raw`upheld|uphold\w*|grant\w*|accept\w*`],
  ['승낙', String.raw`consent\w*|agree\w*|accept\w*|approv\w*|said yes`, '거절', ''],
  ['허락', String.raw`allow\w*|permission|permit\w*|consent\w*`, '만류', String.raw`dissuad\w*|talk\w* (?:\w+ )?out of|discourag\w*`],
  ['준수', String.raw`compl(?:y|ies|ied|iance|iant)|obey\w*|abid\w*|observ\w*|adher\w*|honou?r\w*`, '위반', String.raw`violat\w*|breach\w*|broke|break\w*|infring\w*|flout\w*|contraven\w*`],
  ['이행', String.raw`fulfil\w*|implement\w*|carr\w* out|deliver\w* on|honou?r\w*|compl(?:y|ied|ies)`, '파기', String.raw`scrap\w*|tore up|tear\w* up|annul\w*|renege\w*|abrogat\w*|broke|break\w*`],
  ['존중', String.raw`respect\w*|honou?r\w*|defer\w*`, '무시', String.raw`ignor\w*|disregard\w*|neglect\w*|brush\w* aside|flout\w*`],
  ['보호', String.raw`protect\w*|safeguard\w*|shield\w*|defend\w*|guard\w*`, '침해', String.raw`violat\w*|infring\w*|breach\w*|encroach\w*|invad\w*|invasion`],
  ['보장', String.raw`guarant\w*|ensur\w*|assur\w*|safeguard\w*|secur\w*`, '박탈', String.raw`depriv\w*|strip\w*|revok\w*|forfeit\w*|taken away|took away`],
  ['부여', String.raw`grant\w*|confer\w*|assign\w*|award\w*|bestow\w*|vest\w*|giv(?:e|es|en|ing)|gave`, '박탈', ''],
  ['부과', String.raw`impos\w*|levi\w*|lev(?:y|ies)|charg\w*|slap\w*`, '면제', String.raw`exempt\w*|waiv\w*|spared|excus\w*|free from|relieved of`],
  ['징수', String.raw`collect\w*|levi\w*|lev(?:y|ies)`, '감면', String.raw`reduc\w*|relief|waiv\w*|exempt\w*|rebat\w*|cut\w*`],
  ['징계', String.raw`disciplin\w*|punish\w*|sanction\w*|reprimand\w*|penali[sz]\w*|suspend\w*`, '포상', String.raw`reward\w*|award\w*|honou?r\w*|decorat\w*|prize\w*`],
  ['사면', String.raw`pardon\w*|amnest\w*|clemency|commut\w*`, '처벌', ''],
  ['석방', String.raw`releas\w*|freed|set free|let go`, '수감', String.raw`jail\w*|imprison\w*|incarcerat\w*|locked up|behind bars|detain\w*`],
  ['출소', String.raw`releas\w*|freed|got out|walk\w* free|left prison`, '수감', ''],
  ['고소', String.raw`su(?:e|ed|es|ing)|lawsuit\w*|press\w* charges|fil\w* (?:a )?(?:complaint|suit)`, '취하', String.raw`withdr[ae]w\w*|dropp\w*|drop(?:s)?`],
  ['고발', String.raw`report\w*|fil\w* (?:a )?complaint|accus\w*|press\w* charges|refer\w*`, '취하', ''],
  ['제소', String.raw`su(?:e|ed|es|ing)|lawsuit\w*|fil\w* (?:a )?(?:suit|complaint|case)|took (?:\w+ )?to court|take\w* (?:\w+ )?to court`, '취하', ''],
  ['항소', String.raw`appeal\w*`, '승복', String.raw`accept\w*|conced\w*|abid\w* by|bow\w* to`],
  ['불복', String.raw`challeng\w*|appeal\w*|contest\w*|disput\w*|defy\w*|defied`, '승복', ''],
  ['인정', String.raw`admit\w*|acknowledg\w*|recogni[sz]\w*|conced\w*`, '부인', String.raw`den(?:y|ied|ies|ying|ial)|reject\w*|refut\w*|disput\w*`],
  ['시인', String.raw`admit\w*|acknowledg\w*|conced\w*|confess\w*`, '부인', ''],
  ['자백', String.raw`confess\w*|admit\w*`, '부인', ''],
  ['부정', String.raw`den(?:y|ied|ies|ying|ial)|negat\w*|reject\w*|disput\w*|negativ\w*`, '긍정', String.raw`positiv\w*|affirm\w*|favou?rabl\w*|acknowledg\w*`],
  ['적발', String.raw`caught|catch\w*|detect\w*|uncover\w*|bust\w*|crack\w* down`, '은폐', String.raw`cover\w* up|covered up|cover-up|conceal\w*|hid|hidden|hide\w*|hush\w* up|whitewash\w*`],
  ['폭로', String.raw`expos\w*|reveal\w*|disclos\w*|leak\w*|unmask\w*|blew the whistle|blow\w* the whistle`, '은폐', ''],
  ['은닉', String.raw`hid|hidden|hide\w*|conceal\w*|stash\w*`, '공개', String.raw`disclos\w*|reveal\w*|made public|publish\w*`],
  ['공표', String.raw`announc\w*|publish\w*|proclaim\w*|promulgat\w*|made public|declar\w*`, '은폐', ''],
  ['선언', String.raw`declar\w*|proclaim\w*|announc\w*|pronounc\w*`, '철회', String.raw`withdr[ae]w\w*|retract\w*|revok\w*|rescind\w*|backtrack\w*|walk\w* back|dropp\w*|abandon\w*`],
  ['선포', String.raw`declar\w*|proclaim\w*|impos\w*`, '해제', String.raw`lift\w*|releas\w*|remov\w*|end(?:s|ed|ing)?|cancel\w*|withdr[ae]w\w*`],
  ['발령', String.raw`issu\w*|declar\w*|in effect|rais\w*|post\w*|appoint\w*|transferr\w*`, '해제', ''],
  ['지정', String.raw`designat\w*|nam(?:e|ed|es|ing)|specif\w*|assign\w*|list(?:s|ed|ing|ings)?|declar\w*`, '해제', ''],
  ['봉쇄', String.raw`block\w*|lock\w* down|lockdown|seal\w*|blockad\w*|cordon\w*|shut\w*`, '해제', ''],
  ['격리', String.raw`isolat\w*|quarantin\w*|segregat\w*`, '해제', ''],
  ['제한', String.raw`limit(?:s|ed|ing|ations?)?|restrict\w*|cap(?:s|ped|ping)?|curb\w*|constrain\w*|ration\w*`, '해제', ''],
  ['규제', String.raw`regulat\w*|restrict\w*|curb\w*|crack\w* down|clamp\w* down|control\w*`, '자율', String.raw`autonom\w*|voluntar\w*|self-regulat\w*|at (?:their|its) (?:own )?discretion`],
  ['통제', String.raw`control\w*|restrict\w*|cordon\w*|seal\w*|block\w*|clos\w*`, '개방', String.raw`open\w*`],
  ['강제', String.raw`forc\w*|compel\w*|coerc\w*|compulsor\w*|mandator\w*`, '자율', ''],
  ['면제', String.raw`exempt\w*|waiv\w*|spared|excus\w*|free from|relieved of`, '부과', ''],
  ['감면', String.raw`reduc\w*|relief|waiv\w*|exempt\w*|rebat\w*`, '징수', ''],
  ['인증', String.raw`certif\w*|authenticat\w*|accredit\w*|verif\w*`, '취소', String.raw`cancel\w*|revok\w*|call\w* off|scrap\w*|withdr[ae]w\w*|annul\w*`],
  ['등록', String.raw`regist\w*|enrol\w*|sign\w* up`, '말소', String.raw`deregist\w*|cancel\w*|struck off|delist\w*|eras\w*`],
  ['등재', String.raw`list(?:s|ed|ing|ings)?|inscrib\w*|regist\w*|enter\w*`, '삭제', String.raw`delet\w*|remov\w*|eras\w*|struck out|strik\w* out`],
  ['발급', String.raw`issu\w*|grant\w*`, '취소', ''],
  ['제정', String.raw`enact\w*|legislat\w*|establish\w*|adopt\w*|pass(?:ed|es)?`, '폐지', String.raw`abolish\w*|abolition|scrap\w*|repeal\w*|eliminat\w*|phas\w* out|axe[ds]?|ax(?:es|ed|ing)`],
  ['신설', String.raw`creat\w*|establish\w*|set up|newly|launch\w*|introduc\w*`, '폐지', ''],
  ['발효', String.raw`take\w* effect|took effect|in effect|in force|effective|ferment\w*`, '만료', String.raw`expir\w*|laps\w*|run out|ran out`],
  // Session 14: a measure extended has the opposite of being lifted or scrapped too (금지 조치를 연장 → "lift the ban").
  ['연장', String.raw`extend\w*|extension|prolong\w*|lengthen\w*|renew\w*`, '단축', String.raw`shorten\w*|curtail\w*|cut short|reduc\w*|lift(?:s|ed|ing)?|scrap(?:s|ped|ping)?`],
  ['유예', String.raw`suspend\w*|defer\w*|grace period|reprieve|probation|stay of|delay\w*|postpon\w*|put off|push\w* back`, '집행', String.raw`execut\w*|enforc\w*|carr\w* out|implement\w*`],
  ['확정', String.raw`confirm\w*|finali[sz]\w*|decided|settled|locked in|sealed|upheld`, '보류', String.raw`shelv\w*|on hold|defer\w*|withh[oe]ld\w*|suspend\w*|postpon\w*|tabled`],
  ['유보', String.raw`withh[oe]ld\w*|reserv\w*|defer\w*|on hold|shelv\w*|postpon\w*|suspend\w*`, '확정', ''],
  ['번복', String.raw`revers\w*|overturn\w*|flip-?flop\w*|backtrack\w*|U-turn|retract\w*`, '고수', String.raw`stick\w* to|stuck to|held firm|hold\w* firm|stand\w* firm|stood firm|stand\w* by|stood by|adher\w*|maintain\w*|insist\w*|cling\w*|clung`],
  ['철회', String.raw`withdr[ae]w\w*|retract\w*|revok\w*|rescind\w*|backtrack\w*|walk\w* back|dropp\w*|abandon\w*|take\w* back|took back`, '고수', '', String.raw`press\w* ahead|push\w* ahead|went ahead|go\w* ahead|continu\w*|stood by|stand\w* by|stuck to|stick\w* to`],
  ['요구', String.raw`demand\w*|call\w* for|request\w*|requir\w*|urg\w*|press\w* for`, '철회', ''],
  ['요청', String.raw`request\w*|ask\w*|call\w* for|seek\w*|sought|appeal\w*|urg\w*`, '거절', ''],
  ['제안', String.raw`propos\w*|suggest\w*|offer\w*|put forward|pitch\w*`, '거절', ''],
  ['권유', String.raw`recommend\w*|encourag\w*|suggest\w*|urg\w*|invit\w*|persuad\w*`, '만류', ''],
  ['주장', String.raw`claim\w*|argu\w*|insist\w*|assert\w*|contend\w*|alleg\w*`, '철회', ''],
  ['증명', String.raw`prov(?:e|ed|en|es|ing)|demonstrat\w*|confirm\w*|verif\w*`, '반박', String.raw`refut\w*|rebut\w*|disprov\w*|counter\w*|dismiss\w*`],
  ['입증', String.raw`prov(?:e|ed|en|es|ing)|substantiat\w*|demonstrat\w*|establish\w*|back\w* up`, '반박', ''],
  ['묵인', String.raw`tolerat\w*|turn\w* a blind eye|condon\w*|look\w* the other way|tacit\w*`, '제지', String.raw`stopp\w*|restrain\w*|deter\w*|curb\w*|halt\w*`],
  // Agreement and conflict, support and resistance
  ['지지', String.raw`support\w*|back(?:s|ed|ing|ers?)?|endors\w*|favou?r\w*`, '반발', String.raw`protest\w*|backlash|push\w* back|oppos\w*|resist\w*|object\w*|rebel\w*`],
  ['동조', String.raw`sid\w* with|echo\w*|go\w* along|went along|sympathi[sz]\w*|align\w*`, '반발', ''],
  ['협력', String.raw`cooperat\w*|co-operat\w*|collaborat\w*|work\w* together|partner\w*|team\w* up`, '대립', String.raw`clash\w*|confront\w*|conflict\w*|at odds|feud\w*|standoff|rival\w*`],
  ['협조', String.raw`cooperat\w*|co-operat\w*|assist\w*|collaborat\w*`, '거부', ''],
  ['화해', String.raw`reconcil\w*|made up|make\w* up|patch\w* up|mend\w* fences`, '갈등', String.raw`conflict\w*|tension\w*|feud\w*|discord|strife|friction|rift\w*`],
  ['타결', String.raw`reach\w* (?:a |an )?(?:deal|agreement)|struck a deal|clinch\w*|seal\w*|settl\w*`, '결렬', String.raw`collaps\w*|broke down|break\w* down|fell through|stall\w*|derail\w*`, String.raw`deadlock\w*|impasse|stalemate|standoff|no deal`],
  ['타협', String.raw`compromis\w*|meet\w* halfway|middle ground|settl\w*`, '대립', ''],
  ['양보', String.raw`conced\w*|concession\w*|yield\w*|compromis\w*|back\w* down|gave way|give\w* way`, '고수', ''],
  ['공감', String.raw`empathi[sz]\w*|sympathi[sz]\w*|relat\w* to|resonat\w*|identif\w* with|shar\w*`, '반감', String.raw`antipath\w*|resent\w*|hostil\w*|aversion|backlash|antagon\w*`],
  ['환영', String.raw`welcom\w*|embrac\w*|greet\w*|applaud\w*|hail\w*`, '반대', ''],
  ['칭찬', String.raw`prais\w*|compliment\w*|commend\w*|laud\w*|applaud\w*`, '비난', String.raw`critici[sz]\w*|blam(?:e|ed|es|ing)|condemn\w*|denounc\w*|slam\w*|attack\w*`],
  ['격려', String.raw`encourag\w*|cheer\w*|motivat\w*|rall\w*`, '질책', String.raw`rebuk\w*|reprimand\w*|scold\w*|reproach\w*|chastis\w*|berat\w*`],
  ['복종', String.raw`obey\w*|obedien\w*|submit\w*|compl(?:y|ied|ies)|follow\w* orders`, '저항', String.raw`resist\w*|defy\w*|defied|defian\w*|rebel\w*|revolt\w*|fight\w* back|fought back|disobey\w*`],
  ['순응', String.raw`conform\w*|adapt\w*|compl(?:y|ied|ies)|fall\w* in line|fell in line|go\w* along|went along`, '저항', ''],
  ['굴복', String.raw`succumb\w*|surrender\w*|yield\w*|cave\w* in|caved|bow\w* to|gave in|give\w* in|capitulat\w*`, '저항', ''],
  ['항복', String.raw`surrender\w*|capitulat\w*|gave up|give\w* up|yield\w*`, '저항', ''],
  ['개입', String.raw`interven\w*|interfer\w*|step\w* in|stepped in|meddl\w*`, '방관', String.raw`stand\w* by|stood by|look\w* on|looked on|bystander\w*|sidelines|idle|turn\w* a blind eye`],
  ['간섭', String.raw`interfer\w*|meddl\w*|intrud\w*|micromanag\w*`, '방관', ''],
  ['관여', String.raw`involv\w*|engag\w*|participat\w*|had a hand|role in`, '방관', ''],
  ['동참', String.raw`join\w*|took part|take\w* part|participat\w*`, '이탈', String.raw`leav\w*|left|exit\w*|break\w* away|broke away|defect\w*|drop\w* out|dropped out|deviat\w*`],
  ['합류', String.raw`join\w*|team\w* up|link\w* up|rejoin\w*`, '이탈', ''],
  ['가입', String.raw`join\w*|sign\w* up|subscri\w*|enrol\w*|member\w*`, '탈퇴', String.raw`withdr[ae]w\w*|quit\w*|left|leav\w*|pull\w* out|pulled out`],
  ['구독', String.raw`subscri\w*|follow\w*`, '해지', String.raw`cancel\w*|unsubscri\w*|terminat\w*`],
  ['계약', String.raw`contract\w*|sign\w*|deal|agreement`, '해지', ''],
  ['체결', String.raw`sign\w*|conclud\w*|seal\w*|ink\w*|struck|clinch\w*`, '파기', ''],
  ['성사', String.raw`materiali[sz]\w*|clinch\w*|seal\w*|came off|come\w* off|pull\w* off|pulled off|happen\w*`, '무산', String.raw`fell through|fall\w* through|collaps\w*|scrap\w*|derail\w*|fizzl\w*|came to nothing|called off`],
  ['유치', String.raw`attract\w*|lur\w*|host\w*|bring\w* in|brought in|secur\w*|draw\w*|drew`, '무산', ''],
  ['실현', String.raw`realiz\w*|realis\w*|achiev\w*|fulfil\w*|come\w* true|came true|materiali[sz]\w*`, '좌절', String.raw`frustrat\w*|thwart\w*|dash\w*|foil\w*|shatter\w*|setback`],
  ['달성', String.raw`achiev\w*|attain\w*|reach\w*|hit|meet|met|accomplish\w*`, '미달', String.raw`fell short|fall\w* short|short of|below|miss(?:ed|es|ing)?|fail\w* to (?:meet|reach)`],
  ['충족', String.raw`meet|met|meets|fulfil\w*|satisf\w*`, '미달', ''],
  ['초과', String.raw`exceed\w*|above|surpass\w*|topp\w*|excess\w*|more than|in excess`, '미달', '', String.raw`under|within|below|capped`],
  // Office, membership, jobs
  ['취임', String.raw`took office|take\w* office|inaugurat\w*|sworn in|assum\w*`, '퇴임', String.raw`retir\w*|step\w* down|stepped down|left office|leav\w* office`],
  ['사임', String.raw`resign\w*|step\w* down|stepped down|quit\w*`, '유임', String.raw`stay\w* on|retain\w*|remain\w*|kept`],
  ['임명', String.raw`appoint\w*|nam(?:e|ed|es|ing)|nominat\w*|tapp\w*`, '해임', String.raw`dismiss\w*|fir(?:e|ed|es|ing)|sack\w*|remov\w*|oust\w*`],
  ['채용', String.raw`hir\w*|recruit\w*|employ\w*`, '해고', String.raw`fir(?:e|ed|es|ing)|laid off|lay\w* off|layoffs?|dismiss\w*|sack\w*`],
  ['고용', String.raw`employ\w*|hir\w*|jobs?`, '감원', String.raw`job cuts|cut\w* jobs|layoffs?|laid off|downsiz\w*|cut\w* staff`],
  ['입사', String.raw`join\w*|hired|start\w* work\w*`, '퇴사', String.raw`quit\w*|left|resign\w*|leav\w*`],
  ['승진', String.raw`promot(?:e|ed|es|ing)|elevat\w*`, '강등', String.raw`demot\w*|relegat\w*|downgrad\w*`, String.raw`pass\w* over|passed over`],
  ['승격', String.raw`promot\w*|upgrad\w*|elevat\w*`, '강등', ''],
  ['선출', String.raw`elect\w*|vot\w* in|chos\w*|chose`, '낙선', String.raw`lost|defeat\w*|fail\w* to win`],
  ['연임', String.raw`second term|re-?elect\w*|reappoint\w*|another term|stay\w* on`, '교체', String.raw`replac\w*|swap\w*|substitut\w*|reshuffl\w*`],
  ['은퇴', String.raw`retir\w*|hang\w* up|hung up|bow\w* out|call\w* it a career`, '복귀', String.raw`return\w*|came back|comeback|rejoin\w*`],
  ['출연', String.raw`appear\w*|star\w*|featur\w*|cast|perform\w*|guest\w*`, '하차', String.raw`got off|get\w* off|alight\w*|disembark\w*|step\w* down|stepped down|exit\w*|quit\w*|dropped out|drop\w* out|leav\w*|left`],
  ['영입', String.raw`sign\w*|recruit\w*|bring\w* in|brought in|acqui\w*|land\w*|hire\w*`, '방출', String.raw`releas\w*|emit\w*|emission\w*|discharg\w*|waiv\w*|let go|offload\w*`],
  ['잔류', String.raw`stay\w*|remain\w*|stick\w* with|stuck with|avoid\w* relegation`, '이적', String.raw`transfer\w*|mov\w* to|sign\w* (?:for|with)|switch\w*`],
  ['파견', String.raw`dispatch\w*|deploy\w*|sen[dt]|station\w*|second\w*`, '철수', String.raw`withdr[ae]w\w*|pull\w* out|pulled out|pullout|evacuat\w*|retreat\w*`],
  ['배치', String.raw`deploy\w*|station\w*|plac\w*|position\w*|arrang\w*|assign\w*`, '철수', ''],
  ['진격', String.raw`advanc\w*|push\w* forward|march\w*`, '후퇴', String.raw`retreat\w*|withdr[ae]w\w*|pull\w* back|fell back|fall\w* back|back\w* down`],
  ['공격', String.raw`attack\w*|strik\w*|struck|assault\w*|offensiv\w*|raid\w*`, '방어', String.raw`defen[cs]\w*|defend\w*|protect\w*|guard\w*|repel\w*`],
  ['침공', String.raw`invad\w*|invasion|incursion`, '철수', ''],
  ['휴전', String.raw`ceasefire|cease-fire|truce|armistice`, '교전', String.raw`fight\w*|fought|clash\w*|combat|battl\w*|exchang\w* fire`],
  ['동원', String.raw`mobili[sz]\w*|deploy\w*|muster\w*|call\w* up|enlist\w*`, '해산', String.raw`dispers\w*|disband\w*|dissolv\w*|break\w* up|broke up|broken up|scatter\w*|liquidat\w*`],
  ['집결', String.raw`gather\w*|rall\w*|assembl\w*|converg\w*|mass\w*|flock\w*`, '해산', ''],
  ['파업', String.raw`strik\w*|struck|walkout\w*|walk\w* out|walked out|industrial action`, '복귀', ''],
  // Opening, starting, ending, building
  ['개시', String.raw`start\w*|launch\w*|begin\w*|began|begun|commenc\w*|initiat\w*`, '중단', String.raw`halt\w*|suspend\w*|stopp\w*|stop|stops|discontinu\w*|paus\w*`, String.raw`delay\w*|postpon\w*|stall\w*|held up|pushed back|behind schedule`],
  ['시작', String.raw`start\w*|begin\w*|began|begun|launch\w*|kick\w* off|kicked off|commenc\w*`, '종료', String.raw`end(?:s|ed|ing)?|finish\w*|conclud\w*|terminat\w*|wrap\w* up|expir\w*`, String.raw`delay\w*|postpon\w*|stall\w*|held up|pushed back|behind schedule`],
  ['재개', String.raw`resum\w*|restart\w*|reopen\w*|back in service`, '중지', String.raw`halt\w*|suspend\w*|stopp\w*|stop|stops|paus\w*`, String.raw`delay\w*|postpon\w*|stall\w*|held up|pushed back|behind schedule|stay\w*|stayed|remain\w*|persist\w*|linger\w*|still|unresolved|continu\w*|ongoing`],
  ['지속', String.raw`continu\w*|persist\w*|sustain\w*|last(?:s|ed|ing)?|ongoing|linger\w*`, '중단', ''],
  ['계속', String.raw`continu\w*|kept|keep\w*|carr\w* on|went on|persist\w*|ongoing`, '포기', String.raw`g[ai]ve up|giving up|abandon\w*|renounc\w*|forgo\w*|forfeit\w*|waiv\w*|quit\w*`],
  ['착수', String.raw`start\w*|launch\w*|embark\w*|began|begin\w*|set about`, '완공', String.raw`complet\w*|finish\w*`, String.raw`delay\w*|postpon\w*|stall\w*|held up|pushed back|behind schedule`],
  ['착공', String.raw`break\w* ground|broke ground|groundbreaking|start\w* construction|began construction|begin\w* construction`, '완공', '', String.raw`delay\w*|postpon\w*|stall\w*|held up|pushed back|behind schedule`],
  ['준공', String.raw`complet\w*|finish\w*`, '착공', '', String.raw`delay\w*|postpon\w*|stall\w*|held up|pushed back|behind schedule`],
  ['개막', String.raw`open\w*|kick\w* off|kicked off|start\w*|began|begin\w*|get\w* under way|got under way`, '폐막', String.raw`clos\w*|end(?:s|ed|ing)?|wrap\w* up|conclud\w*`, String.raw`delay\w*|postpon\w*|stall\w*|held up|pushed back|behind schedule`],
  ['개장', String.raw`open\w*`, '폐장', String.raw`clos\w*`],
  ['개점', String.raw`open\w*`, '폐점', String.raw`clos\w*|shut\w*`],
  ['개업', String.raw`open\w*|start\w* (?:a |the )?business`, '폐업', String.raw`clos\w*|shut\w*|out of business|went under|fold\w*`],
  ['개통', String.raw`open\w*|launch\w*|went into service|enter\w* service|connect\w*`, '불통', String.raw`cut off|down|disrupt\w*|outage\w*|dead`, String.raw`delay\w*|postpon\w*|stall\w*|held up|pushed back|behind schedule`],
  ['개방', String.raw`open\w*`, '폐쇄', String.raw`clos\w*|shut\w*|seal\w*`],
  ['출범', String.raw`launch\w*|inaugurat\w*|set up|form\w*|start\w*|took office`, '해산', ''],
  ['설립', String.raw`establish\w*|found\w*|set up|creat\w*|launch\w*`, '해산', ''],
  ['창립', String.raw`found\w*|establish\w*`, '해체', String.raw`disband\w*|dismantl\w*|dissolv\w*|broke up|break\w* up|split`],
  ['결성', String.raw`form\w*|found\w*|set up|establish\w*`, '해체', ''],
  ['설치', String.raw`install\w*|set up|put up|erect\w*|fitted`, '철거', String.raw`remov\w*|demolish\w*|tear\w* down|tore down|torn down|dismantl\w*|raz\w*`],
  ['건설', String.raw`build\w*|built|construct\w*|erect\w*`, '철거', ''],
  ['건립', String.raw`build\w*|built|construct\w*|erect\w*|establish\w*`, '철거', ''],
  ['재건', String.raw`rebuil\w*|reconstruct\w*|restor\w*`, '붕괴', String.raw`collaps\w*|cav\w* in|crumbl\w*|fell apart|fall\w* apart|toppl\w*`],
  ['복구', String.raw`restor\w*|recover\w*|rebuil\w*|repair\w*|back online|reconstruct\w*`, '파괴', String.raw`destroy\w*|destruct\w*|demolish\w*|wreck\w*|devastat\w*|ruin\w*|raz\w*`, String.raw`stay\w*|stayed|remain\w*|persist\w*|linger\w*|still|unresolved|continu\w*|ongoing|out|down|cut off|without`],
  ['복원', String.raw`restor\w*|recreat\w*|reconstruct\w*|rebuil\w*`, '훼손', String.raw`damag\w*|harm(?:s|ed|ing|ful)?|destroy\w*|defac\w*|tarnish\w*|undermin\w*|impair\w*|vandali[sz]\w*`],
  ['보존', String.raw`preserv\w*|conserv\w*|protect\w*|kept|keep\w*`, '훼손', ''],
  ['수리', String.raw`repair\w*|fix\w*|mend\w*`, '고장', String.raw`broke(?:n)? down|break\w* down|broken|out of order|malfunction\w*|faults?|faulty`],
  ['완성', String.raw`complet\w*|finish\w*|done|ready`, '', String.raw`unfinished|incomplete|half-finished`],
  ['가동', String.raw`operat\w*|run(?:s|ning)?|ran|online|in operation`, '중단', ''],
  ['생산', String.raw`produc(?:e|es|ed|ing|er|ers|tion)|manufactur\w*|output|mak(?:e|es|ing)|made`, '단종', String.raw`discontinu\w*|phas\w* out`],
  ['출간', String.raw`publish\w*|releas\w*|came out|come\w* out`, '절판', String.raw`out of print`],
  ['출판', String.raw`publish\w*|releas\w*`, '절판', ''],
  ['방송', String.raw`broadcast\w*|air(?:s|ed|ing)?|televis\w*`, '결방', String.raw`pre-?empt\w*|cancel\w*|off air`],
  ['상영', String.raw`screen\w*|show(?:s|ed|ing|n)?|play(?:s|ed|ing)?`, '종영', String.raw`end(?:s|ed|ing)?|finish\w*|wrap\w* up|conclud\w*|final episode`],
  ['방문', String.raw`visit\w*|call\w* on|stop\w* by|toured?`, '', ''],
  ['합의', String.raw`agree\w*|deal|accord|consensus`, '결렬', String.raw`collaps\w*|broke down|break\w* down|fell through|stall\w*|derail\w*`, String.raw`deadlock\w*|impasse|stalemate|standoff|no deal|at odds|divided|split`],
  ['당선', String.raw`elected|w[io]n|wins`, '낙선', String.raw`lost|defeat\w*|beaten`],
  ['작동', String.raw`work(?:s|ed|ing)?|operat\w*|function\w*`, '', String.raw`crash\w*|fail\w*|froze|frozen|glitch\w*|broke|broken|down|malfunction\w*|stopp\w*|dead|out of order`],
  ['참가', String.raw`participat\w*|took part|take\w* part|compet\w*|join\w*|enter\w*`, '불참', String.raw`sit\w* out|sat out|skipp?\w*|absent|absence|withdr[ae]w\w*|pull\w* out|pulled out|bow\w* out|no-show|stay\w* away|boycott\w*`],
  ['참여', String.raw`participat\w*|took part|take\w* part|join\w*|involv\w*|engag\w*`, '불참', ''],
  ['참석', String.raw`attend\w*|showed up|present`, '불참', ''],
  ['출전', String.raw`compet\w*|play(?:s|ed)?|featur\w*|appear\w*|start(?:s|ed)?`, '결장', String.raw`sit\w* out|sat out|sidelined|benched|miss(?:ed|es|ing)?|ruled out|withdr[ae]w\w*|pulled out`],
  ['환불', String.raw`refund\w*|reimburs\w*|money back`, '', String.raw`final|store credit|exchange\w*|non-refundable`],
  ['적용', String.raw`appl(?:y|ies|ied|ying)|cover(?:s|ed)?|eligib\w*`, '', String.raw`exempt\w*|spared|excluded|outside|beyond|ineligib\w*`],
  ['응답', String.raw`respond\w*|repl(?:y|ied|ies)|answer\w*`, '', String.raw`stonewall\w*|dodg\w*|evad\w*|deflect\w*|sidestep\w*|brush\w* off|silen\w*|mum`],
  ['대답', String.raw`answer\w*|repl(?:y|ied|ies)|respond\w*`, '', String.raw`stonewall\w*|dodg\w*|evad\w*|deflect\w*|sidestep\w*|brush\w* off|silen\w*|mum`],
  ['개원', String.raw`open\w*|launch\w*|convene\w*`, '폐원', String.raw`clos\w*|shut\w*`],
  ['개교', String.raw`open\w*|found\w*|establish\w*`, '폐교', String.raw`clos\w*|shut\w*`],
  ['개봉', String.raw`releas\w*|open\w*|premier\w*|debut\w*|hit (?:the )?(?:theaters|theatres|screens|cinemas)`, '', String.raw`yet to|shelv\w*|postpon\w*|delay\w*|unreleased`],
  ['회복', String.raw`recover\w*|regain\w*|rebound\w*`, '', String.raw`still|remain\w*|persist\w*|linger\w*|continu\w*|sluggish|weak\w*|injur\w*|sidelined|struggl\w*`],
  ['해결', String.raw`resolv\w*|solv\w*|fix\w*|settl\w*`, '', String.raw`still|remain\w*|persist\w*|linger\w*|continu\w*|unresolved|unsolved|ongoing|drag\w* on`],
  // Movement, travel, entering and leaving
  ['출발', String.raw`depart\w*|leav\w*|left|set off|set out|took off`, '도착', String.raw`arriv\w*|reach(?:ed|es)`, String.raw`delay\w*|postpon\w*|stall\w*|held up|pushed back|behind schedule|grounded|stranded|stuck`],
  ['이륙', String.raw`took off|take\w* off|takeoff|lift\w* off`, '착륙', String.raw`land\w*|touch\w* down|touchdown`, String.raw`delay\w*|postpon\w*|stall\w*|held up|pushed back|behind schedule|grounded|stranded|stuck`],
  ['출항', String.raw`set sail|sail\w*|depart\w*|left port`, '입항', String.raw`dock\w*|arriv\w*|berth\w*|call\w* at`],
  ['승차', String.raw`board\w*|got on|get\w* on`, '하차', ''],
  // Session 13: a train or bus that does not stop "passes through" or "skips" the stop.
  ['정차', String.raw`(?<!\b(?:the|this|that|a|next|bus|last|first|each|every|one)\s)stop(?:s|ping)?(?!\s(?:sign|light))|call\w* at|halt\w*`, '', '', String.raw`pass\w* (?:through|by)|skip\w*|non-?stop|express|bypass\w*`],
  ['탑승', String.raw`board\w*|aboard|got on|get\w* on|flew|fly|flies|rode|ride\w*`, '하차', ''],
  ['입국', String.raw`enter\w*|entry|arriv\w*`, '출국', String.raw`depart\w*|leav\w*|left|exit\w*`],
  ['귀국', String.raw`return\w* home|came home|come\w* home|back home|returned|fl[eiy]\w* home|flown home`, '출국', ''],
  ['귀가', String.raw`got home|get\w* home|came home|come\w* home|went home|go\w* home|return\w* home|back home`, '외출', String.raw`go\w* out|went out|outing|left (?:the )?(?:house|home)|leav\w* (?:the )?(?:house|home)`],
  ['입원', String.raw`hospitali[sz]\w*|admitted`, '퇴원', String.raw`discharg\w*|released|left (?:the )?hospital`],
  ['입학', String.raw`enter\w*|enrol\w*|admitted|admission`, '졸업', String.raw`graduat\w*`],
  ['진입', String.raw`enter\w*|entry|mov\w* into`, '이탈', ''],
  ['유입', String.raw`inflow\w*|flow\w* in|pour\w* in|influx\w*|flood\w* in`, '유출', String.raw`outflow\w*|flow\w* out|leak\w*|drain\w*|exodus|fled|flee\w*`],
  ['출근', String.raw`(?:go|goes|went|gone|going|come|came|coming|get|got|getting) to work|commut\w*|report\w* (?:for|to) work|clock\w* in`, '퇴근', String.raw`leav\w* work|left work|off work|clock\w* out|home from work`],
  ['등교', String.raw`(?:go|goes|went|gone|going|come|came|get|got) to school|attend\w* school`, '하교', String.raw`home from school|after school|leav\w* school|left school`],
  ['등장', String.raw`appear\w*|emerg\w*|debut\w*|show\w* up|featur\w*|surfac\w*`, '퇴장', String.raw`leav\w*|left|exit\w*|sent off|eject\w*|walk\w* out|walked off`],
  ['출현', String.raw`appear\w*|emerg\w*|show\w* up|surfac\w*|spotted|sighted`, '소멸', String.raw`disappear\w*|vanish\w*|extinct\w*|die\w* out|died out|fade\w*|expir\w*|extinguish\w*`],
  ['존재', String.raw`exist\w*|presen(?:t|ce)`, '부재', String.raw`absen\w*|lack\w*|missing|vacuum|void`],
  // Up and down, more and less, money
  ['증가', String.raw`increas\w*|ris(?:e|es|ing|en)|rose|gr[eo]w\w*|climb\w*`, '감소', String.raw`decreas\w*|declin\w*|f[ae]ll\w*|drop\w*|dwindl\w*|shr[iau]nk\w*`, String.raw`stall\w*|flat|flatlin\w*|stagnat\w*|unchanged|level\w*|plateau\w*|steady|held|hold\w*|kept|keep\w*|froze|frozen|freez\w*|maintain\w*|stay\w*|same`],
  ['증대', String.raw`increas\w*|boost\w*|expan\w*|enhanc\w*|rais\w*`, '감소', '', String.raw`stall\w*|flat|flatlin\w*|stagnat\w*|unchanged|level\w*|plateau\w*|steady|held|hold\w*|kept|keep\w*|froze|frozen|freez\w*|maintain\w*|stay\w*|same`],
  ['상승', String.raw`ris(?:e|es|ing|en)|rose|climb\w*|gain\w*|increas\w*|advanc\w*`, '하락', String.raw`f[ae]ll\w*|declin\w*|drop\w*|slid\w*|slipp\w*|slips?|los(?:e|es|t)`, String.raw`stall\w*|flat|flatlin\w*|stagnat\w*|unchanged|level\w*|plateau\w*|steady|held|hold\w*|kept|keep\w*|froze|frozen|freez\w*|maintain\w*|stay\w*|same`],
  ['인상', String.raw`rais\w*|hik\w*|increas\w*`, '인하', String.raw`cut(?:s|ting)?|lower\w*|reduc\w*|slash\w*`, String.raw`stall\w*|flat|flatlin\w*|stagnat\w*|unchanged|level\w*|plateau\w*|steady|held|hold\w*|kept|keep\w*|froze|frozen|freez\w*|maintain\w*|stay\w*|same`],
  ['확대', String.raw`expand\w*|widen\w*|extend\w*|increas\w*|broaden\w*|scal\w* up`, '축소', String.raw`reduc\w*|scal\w* (?:back|down)|shrink\w*|shr[au]nk|narrow\w*|downsiz\w*|cut(?:s|ting)?`, String.raw`stall\w*|flat|flatlin\w*|stagnat\w*|unchanged|level\w*|plateau\w*|steady|held|hold\w*|kept|keep\w*|froze|frozen|freez\w*|maintain\w*|stay\w*|same`],
  ['강화', String.raw`tighten\w*|strengthen\w*|toughen\w*|reinforc\w*|step\w* up|bolster\w*`, '완화', String.raw`eas(?:e|ed|es|ing)|relax\w*|loosen\w*|alleviat\w*`],
  ['개선', String.raw`improv\w*|better|upgrad\w*|reform\w*`, '악화', String.raw`worsen\w*|deteriorat\w*|aggravat\w*|worse`, String.raw`stay\w*|stayed|remain\w*|persist\w*|linger\w*|still|unresolved|continu\w*|ongoing`],
  ['호전', String.raw`improv\w*|better|pick\w* up|turn\w* around`, '악화', '', String.raw`stay\w*|stayed|remain\w*|persist\w*|linger\w*|still|unresolved|continu\w*|ongoing`],
  ['성장', String.raw`gr[eo]w\w*|growth|expan\w*`, '위축', String.raw`shr[iau]nk\w*|contract\w*|dampen\w*|stifl\w*|subdued|cower\w*|slump\w*`, String.raw`stall\w*|flat|flatlin\w*|stagnat\w*|unchanged|level\w*|plateau\w*|steady|held|hold\w*|kept|keep\w*|froze|frozen|freez\w*|maintain\w*|stay\w*|same`],
  ['상향', String.raw`rais\w*|upgrad\w*|revis\w* up\w*|upward\w*`, '하향', String.raw`lower\w*|downgrad\w*|revis\w* down\w*|downward\w*`],
  ['가속', String.raw`accelerat\w*|speed\w* up|sped up|quicken\w*`, '둔화', String.raw`slow\w*|decelerat\w*|moderat\w*`],
  ['급등', String.raw`soar\w*|surg\w*|jump\w*|spik\w*|skyrocket\w*`, '급락', String.raw`plung\w*|plummet\w*|tumbl\w*|crash\w*|slump\w*|nosediv\w*`],
  ['반등', String.raw`rebound\w*|bounc\w* back|recover\w*`, '하락', ''],
  ['증설', String.raw`expand\w*|add\w*|increas\w*`, '감축', String.raw`cut\w*|reduc\w*|scal\w* back|slash\w*|trim\w*|downsiz\w*`],
  ['증원', String.raw`increas\w*|add\w*|expand\w*`, '감원', ''],
  ['증액', String.raw`increas\w*|rais\w*|boost\w*|top\w* up`, '삭감', String.raw`cut\w*|slash\w*|reduc\w*|trim\w*|pare\w* back`],
  ['증세', String.raw`tax (?:hike|increase|rise)\w*|rais\w* taxes`, '감세', String.raw`tax cuts?|cut\w* taxes|tax relief|lower\w* taxes`],
  ['팽창', String.raw`expan\w*|swell\w*|inflat\w*`, '수축', String.raw`contract\w*|shrink\w*|shr[au]nk`],
  ['흡수', String.raw`absorb\w*|soak\w* up`, '방출', ''],
  ['가열', String.raw`heat\w*|overheat\w*`, '냉각', String.raw`cool\w*|chill\w*`],
  ['수입', String.raw`import\w*`, '수출', String.raw`export\w*`],
  ['매수', String.raw`buy\w*|bought|purchas\w*`, '매도', String.raw`sell\w*|sold|offload\w*|dump\w*`],
  ['매입', String.raw`buy\w*|bought|purchas\w*|acqui\w*`, '매각', String.raw`sell\w*|sold|divest\w*|dispos\w*|offload\w*`],
  ['인수', String.raw`acqui\w*|took over|take\w* over|takeover|bought|buy\w*`, '매각', ''],
  ['구입', String.raw`buy\w*|bought|purchas\w*|acqui\w*`, '처분', String.raw`dispos\w*|sell\w*|sold|got rid|get\w* rid|dump\w*|discard\w*|offload\w*`],
  ['구매', String.raw`buy\w*|bought|purchas\w*|shopp\w*`, '판매', String.raw`sell\w*|sold|sales?|market\w*`],
  ['보유', String.raw`own\w*|hold\w*|held|possess\w*|reserves?`, '처분', ''],
  ['소유', String.raw`own\w*|possess\w*|belong\w*`, '처분', ''],
  ['입금', String.raw`deposit\w*|paid in|credit\w*`, '출금', String.raw`withdr[ae]w\w*|withdrawal\w*|debit\w*|took out|cash\w* out`],
  ['대출', String.raw`lend\w*|lent|loan\w*|borrow\w*`, '상환', String.raw`repa(?:y|id|ys|ying|yment\w*)|pa(?:y|id|ys) back|pa(?:y|id) off`],
  ['차입', String.raw`borrow\w*`, '상환', ''],
  ['투자', String.raw`invest\w*`, '회수', String.raw`recall\w*|retriev\w*|recover\w*|collect\w*|withdr[ae]w\w*|recoup\w*|reclaim\w*`],
  ['저축', String.raw`sav(?:e|ed|es|ing|ings)|put aside|set aside`, '지출', String.raw`spen[dt]\w*|expen\w*|outlay\w*`],
  ['절약', String.raw`sav(?:e|ed|es|ing)|economi[sz]\w*|thrift\w*|frugal\w*|cut\w* back`, '낭비', String.raw`wast\w*|squander\w*|splurg\w*`],
  ['지급', String.raw`paid|pay(?:s|ing)?|disburs\w*`, '환수', String.raw`claw\w* back|clawback|recover\w*|reclaim\w*|recoup\w*`, String.raw`skip\w*|suspend\w*|withh[oe]ld\w*|halt\w*|scrap\w*|omit\w*|default\w*`],
  ['지불', String.raw`pa(?:y|id|ys|ying|yment\w*)`, '환불', String.raw`refund\w*|reimburs\w*|money back`],
  ['결제', String.raw`pa(?:y|id|ys|ying|yment\w*)|charg\w*|check\w* out|checkout`, '환불', ''],
  ['할인', String.raw`discount\w*|% off|reduc\w*|cut-price|markdown\w*|cheaper`, '할증', String.raw`surcharg\w*|premium|mark\w* up|markup|extra charge`],
  ['동결', String.raw`fr[eo]ez\w*|frozen|froze|unchanged|held steady|kept steady`, '인상', ''],
  ['기부', String.raw`donat\w*|contribut\w*|pledg\w*|gave|giv(?:e|es|en|ing)`, '', String.raw`embezzl\w*|pocket\w*|misappropriat\w*`],
  ['후원', String.raw`sponsor\w*|back\w*|support\w*|fund\w*|patron\w*`, '중단', ''],
  ['지원', String.raw`support\w*|aid\w*|help(?:s|ed|ing|ful)?|assist\w*|fund\w*|subsid\w*|appl(?:y|ied|ies|ying|icants?|ications?)`, '중단', ''],
  ['제공', String.raw`provid\w*|offer\w*|suppl\w*|serv(?:e|es|ed|ing)|furnish\w*|deliver\w*|giv(?:e|es|en|ing)|gave`, '', String.raw`withh[oe]ld\w*|depriv\w*|den(?:y|ied|ies)`],
  ['공급', String.raw`suppl\w*|provid\w*|deliver\w*`, '조달', String.raw`procur\w*|sourc\w*|secur\w*|rais\w*`],
  ['획득', String.raw`acqui\w*|obtain\w*|gain\w*|earn\w*|secur\w*|w[io]n|captur\w*|clinch\w*`, '상실', String.raw`los(?:e|es|t|ing|s)|loss\w*|forfeit\w*|depriv\w*`],
  ['확보', String.raw`secur\w*|obtain\w*|acqui\w*|ensur\w*|lock\w* in|gain\w*|land\w*|procur\w*|stockpil\w*`, '상실', ''],
  ['유지', String.raw`maintain\w*|keep\w*|kept|retain\w*|remain\w*|stay\w*|sustain\w*`, '변경', String.raw`chang\w*|alter\w*|modif\w*|revis\w*|amend\w*|switch\w*`],
  ['수정', String.raw`revis\w*|amend\w*|modif\w*|correct\w*|edit\w*|adjust\w*|alter\w*|chang\w*|fix(?:es|ed|ing)?`, '유지', ''],
  ['조정', String.raw`adjust\w*|mediat\w*|coordinat\w*|reshuffl\w*|tweak\w*|calibrat\w*|revis\w*|rebalanc\w*`, '', ''],
  ['추가', String.raw`add(?:s|ed|ing|ition\w*)?|extra|additional|further|supplement\w*`, '삭제', ''],
  ['삽입', String.raw`insert\w*|add(?:s|ed|ing)?|embed\w*`, '삭제', ''],
  ['포함', String.raw`includ\w*|contain\w*|cover\w*|incorporat\w*`, '제외', String.raw`exclud\w*|left out|leav\w* out|omit\w*|except\w*|dropp\w*|remov\w*`],
  ['선택', String.raw`choos\w*|chose\w*|select\w*|opt\w*|pick\w*`, '배제', String.raw`exclud\w*|rul\w* out|left out|reject\w*|shut out|sidelin\w*`],
  ['선정', String.raw`select\w*|chos\w*|nam(?:e|ed|es|ing)|pick\w*|designat\w*`, '탈락', String.raw`eliminat\w*|knocked out|dropped out|crashed out|cut from|reject\w*|fail\w*`],
  ['당첨', String.raw`w[io]n|winning|winners?|drawn`, '낙첨', String.raw`lost|losing`],
  ['입상', String.raw`plac\w*|award\w*|prizes?|medal\w*|podium`, '탈락', ''],
  // Contests and results
  ['승리', String.raw`w[io]n|wins|victor\w*|beat|triumph\w*`, '패배', String.raw`los(?:e|es|ing|t)|defeat\w*|beaten|fell to`],
  ['득점', String.raw`scor(?:e|es|ed|ing|er|ers)|netted|find\w* the net|found the net|goals?`, '실점', String.raw`conced\w*|let in|gave away|gave up|give\w* up`],
  ['연승', String.raw`winning streak|consecutive wins|straight wins|successive wins|wins in a row`, '연패', String.raw`losing streak|consecutive (?:losses|defeats)|straight (?:losses|defeats)|successive (?:losses|defeats)`],
  ['우세', String.raw`lead\w*|ahead|upper hand|edge|dominat\w*|advantage`, '열세', String.raw`trail\w*|behind|outnumbered|underdog|disadvantage`],
  ['흥행', String.raw`hit|box-office|success\w*|popular|draw\w*`, '부진', String.raw`sluggish|weak\w*|slump\w*|poor\w*|lacklust\w*|struggl\w*|flop\w*`],
  ['활발', String.raw`activ\w*|brisk\w*|vigorous\w*|lively|vibrant|busy|thriv\w*|robust`, '저조', String.raw`sluggish|weak|poor\w*|tepid|lacklust\w*|subdued|muted|dismal|low turnout`],
  ['왕성', String.raw`vigorous\w*|energetic\w*|prolific\w*|activ\w*|robust|hearty|voracious`, '', ''],
  ['성공', String.raw`succeed\w*|success\w*|manag(?:ed|es) to`, '실패', String.raw`fail\w*|flop\w*|unsuccessful|fell through`],
  ['도전', String.raw`challeng\w*|tr(?:y|ied|ies|ying)|attempt\w*|bid|take\w* on|took on|compet\w*`, '포기', ''],
  ['시도', String.raw`tr(?:y|ied|ies|ying)|attempt\w*|bid|seek\w*|sought`, '포기', ''],
  ['노력', String.raw`efforts?|tr(?:y|ied|ies|ying)|striv\w*|strove|work\w* hard|endeavo\w*`, '태만', String.raw`neglect\w*|negligen\w*|laz(?:y|iness)|idle|slack\w*`],
  ['준비', String.raw`prepar\w*|ready|readi\w*|get\w* ready|arrang\w*|plan\w*`, '', String.raw`unprepared|caught off guard|last-minute`],
  // Health and safety
  ['생존', String.raw`surviv\w*|alive`, '사망', String.raw`die\w*|died|dead|death|killed|perish\w*|passed away`],
  ['구조', String.raw`rescu\w*|saved|pulled (?:out|from)`, '실종', String.raw`missing|disappear\w*|vanish\w*|unaccounted`],
  ['완치', String.raw`cured|fully recover\w*|heal\w*`, '재발', String.raw`recur\w*|relaps\w*|return\w*|came back|flare\w* up`, String.raw`stay\w*|stayed|remain\w*|persist\w*|linger\w*|still|unresolved|continu\w*|ongoing|chronic`],
  ['치료', String.raw`treat\w*|cur(?:e|ed|es|ing)|therap\w*|heal\w*`, '방치', String.raw`neglect\w*|left unattended|abandon\w*|left untreated|untreated|left alone`],
  ['예방', String.raw`prevent\w*|avert\w*|ward\w* off`, '발병', String.raw`outbreaks?|onset|develop\w*|contract\w*|fell ill|broke out`],
  ['접종', String.raw`vaccinat\w*|inoculat\w*|jabs?|shots?|immuni[sz]\w*|doses?`, '', String.raw`unvaccinated`],
  ['검사', String.raw`test\w*|examin\w*|inspect\w*|check\w*|screen\w*|scan\w*`, '', ''],
  ['점검', String.raw`inspect\w*|check\w*|review\w*|examin\w*|overhaul\w*|maintenance`, '방치', ''],
  ['조사', String.raw`investigat\w*|prob\w*|inquir\w*|survey\w*|look\w* into|examin\w*|research\w*`, '', ''],
  ['수사', String.raw`investigat\w*|prob\w*|inquir\w*`, '', ''],
  ['위험', String.raw`danger\w*|risk\w*|hazard\w*|unsafe|perilous|threat\w*`, '안전', String.raw`safe(?:ly|r|st|ty)?|secure`],
  ['건강', String.raw`health\w*|fit|robust|in good shape`, '허약', String.raw`frail\w*|weak\w*|feeble|sickly|infirm`],
  ['심각', String.raw`serious\w*|sever\w*|grave\w*|critical\w*|acute\w*|dire`, '경미', String.raw`minor|slight\w*|mild\w*|light\w*|superficial`],
  ['위중', String.raw`critical\w*|serious\w*|grave|life-threatening`, '경미', ''],
  ['유익', String.raw`beneficial|good for|helpful|useful|wholesome|rewarding|informative`, '유해', String.raw`harmful|bad for|damag\w*|detrimental|toxic|unhealthy|hazardous`],
  ['흡연', String.raw`smok\w*`, '금연', String.raw`quit smoking|non-?smok\w*|smoke-free|stop\w* smoking|no smoking`],
  ['음주', String.raw`drink\w*|drank|drunk|alcohol|booze`, '금주', String.raw`sober\w*|teetotal\w*|abstain\w*|quit drinking|stop\w* drinking`],
  ['착용', String.raw`wear\w*|wore|worn|put on|donn\w*|strapped`, '탈의', String.raw`undress\w*|strip\w*|take\w* off|took off|remov\w*`],
  ['보관', String.raw`stor\w*|kept|keep\w*|retain\w*|preserv\w*|archiv\w*`, '폐기', String.raw`discard\w*|dispos\w*|destroy\w*|dump\w*|throw\w* (?:away|out)|threw (?:away|out)|thrown (?:away|out)|scrap\w*`],
  ['수거', String.raw`collect\w*|pick\w* up|picked up|recall\w*|retriev\w*|gather\w*`, '배포', String.raw`distribut\w*|hand\w* out|handed out|issu\w*|circulat\w*`],
  ['회수', String.raw`recall\w*|retriev\w*|recover\w*|collect\w*|withdr[ae]w\w*|recoup\w*|reclaim\w*`, '배포', ''],
  ['확산', String.raw`spread\w*|prolifer\w*|escalat\w*|diffus\w*|widen\w*|rampant`, '진정', String.raw`calm\w*|sooth\w*|settl\w*|subsid\w*|eas(?:e|ed|es|ing)|abat\w*|quell\w*|contain\w*`],
  ['진화', String.raw`extinguish\w*|put out|contain\w*|doused|evolv\w*|evolution\w*|under control`, '확산', '', String.raw`stay\w*|stayed|remain\w*|persist\w*|linger\w*|still|unresolved|continu\w*|ongoing|rag(?:e|ed|es|ing)|burn\w*|blaz\w*`],
  ['진압', String.raw`suppress\w*|quell\w*|crush\w*|put down|extinguish\w*|subdu\w*|contain\w*|doused`, '확산', '', String.raw`stay\w*|stayed|remain\w*|persist\w*|linger\w*|still|unresolved|continu\w*|ongoing|rag(?:e|ed|es|ing)`],
  ['수습', String.raw`contain\w*|under control|resolv\w*|settl\w*|clean\w* up|deal\w* with|handl\w*|damage control`, '확산', '', String.raw`stay\w*|stayed|remain\w*|persist\w*|linger\w*|still|unresolved|continu\w*|ongoing`],
  ['폭발', String.raw`explod\w*|explosion\w*|blast\w*|erupt\w*|burst\w*|detonat\w*`, '', ''],
  ['고조', String.raw`escalat\w*|heighten\w*|mount\w*|intensif\w*|ratchet\w* up|flar\w*`, '완화', ''],
  ['심화', String.raw`deepen\w*|intensif\w*|worsen\w*|widen\w*|aggravat\w*|exacerbat\w*|escalat\w*`, '완화', ''],
  ['해소', String.raw`resolv\w*|eas(?:e|ed|es|ing)|eliminat\w*|reliev\w*|address\w*|solv\w*|dispel\w*`, '심화', '', String.raw`stay\w*|stayed|remain\w*|persist\w*|linger\w*|still|unresolved|continu\w*|ongoing`],
  // Knowing, thinking, feeling
  ['인지', String.raw`aware\w*|recogni[sz]\w*|realiz\w*|realis\w*|notic\w*|perceiv\w*`, '', String.raw`unaware|oblivious`],
  ['이해', String.raw`understand\w*|understood|grasp\w*|comprehen\w*|make\w* sense|made sense`, '오해', String.raw`misunderst\w*|misread\w*|misinterpret\w*|misconception\w*`, String.raw`puzzl\w*|baffl\w*|confus\w*|lost|beyond (?:me|him|her|them)`],
  ['기억', String.raw`remember\w*|recall\w*|memor\w*|recollect\w*`, '망각', String.raw`forg[eo]t\w*|oblivion`, String.raw`slipp\w* (?:\w+ )?mind|blank\w*|escap\w* (?:\w+ )?memory`],
  ['확신', String.raw`convinc\w*|certain\w*|sure|confident\w*`, '의심', String.raw`doubt(?:s|ed|ing|ful)?|suspect\w*|suspic\w*|question\w*|sceptic\w*|skeptic\w*`, String.raw`unsure|uncertain|doubt(?:s|ed|ing|ful)?|wonder\w*`],
  ['신뢰', String.raw`trust\w*|confiden(?:ce|t)|faith|reliab\w*|credib\w*`, '불신', String.raw`distrust\w*|mistrust\w*|suspic\w*|sceptic\w*|skeptic\w*`, String.raw`wary|doubt(?:s|ed|ing|ful)?|question\w*`],
  ['낙관', String.raw`optimis\w*|upbeat|bullish|rosy|hopeful`, '비관', String.raw`pessimis\w*|gloom\w*|bearish|bleak|grim|downbeat`],
  ['만족', String.raw`satisf\w*|happy|pleased|content(?:ed)?`, '', String.raw`dissatisf\w*|unhappy|displeas\w*|disappoint\w*|complain\w*`],
  ['선호', String.raw`prefer\w*|favou?r\w*|popular`, '기피', String.raw`avoid\w*|shun\w*|shy\w* away|steer\w* clear|unpopular|reluctan\w*`],
  ['외면', String.raw`ignor\w*|shun\w*|turn\w* away|turn\w* (?:their|a|his|her) back|snub\w*|cold shoulder|neglect\w*`, '주목', String.raw`attention|spotlight|notic\w*|eyes on|watch\w*`],
  ['집중', String.raw`concentrat\w*|focus\w*|cent(?:er|re)\w*|cluster\w*`, '분산', String.raw`spread\w*|dispers\w*|diversif\w*|scatter\w*|distribut\w*|decentrali[sz]\w*`],
  ['긴장', String.raw`tens\w*|nervous\w*|jitter\w*|on edge|strain\w*`, '이완', String.raw`relax\w*|eas(?:e|ed|es|ing)|loosen\w*|unwind\w*`],
  ['흥분', String.raw`excit\w*|agitat\w*|worked up|thrill\w*|heated`, '진정', ''],
  ['행복', String.raw`happ(?:y|ier|iest|ily|iness)|joy\w*|content\w*|bliss\w*|glad|delight\w*`, '불행', String.raw`unhapp\w*|miserabl\w*|wretched|unfortunat\w*|tragic\w*`],
  ['사랑', String.raw`lov(?:e|ed|es|ing)|ador\w*|cherish\w*|fond\w*|beloved`, '', String.raw`hat(?:e|ed|es|ing)|loath\w*|detest\w*|despis\w*`],
  ['감사', String.raw`thank(?:s|ed|ing|ful)?|grateful|gratitude|appreciat\w*|indebted`, '', String.raw`ungrateful|resent\w*`],
  ['후회', String.raw`regret\w*|remorse\w*|rue\w*|wish\w* (?:I|he|she|they|we) had`, '', String.raw`no regrets|proud|glad`],
  ['당황', String.raw`embarrass\w*|flustered|baffl\w*|puzzl\w*|perplex\w*|thrown|taken aback|at a loss|confus\w*`, '침착', String.raw`calm\w*|composed|cool-headed|collected|unflappable|poised`],
  ['실망', String.raw`disappoint\w*|let down|dismay\w*|disillusion\w*`, '', String.raw`impress\w*|delight\w*|thrill\w*|pleasantly surprised`],
  ['감동', String.raw`mov(?:ed|ing)|touch(?:ed|ing)|inspir\w*|impress\w*|stirr\w*`, '', String.raw`unmoved|indifferen\w*|cold`],
  ['공포', String.raw`fear(?:s|ed|ing|ful)?|terror\w*|horror\w*|dread\w*|frighten\w*|scar(?:ed|y)|panic\w*`, '', ''],
  // Judgements of things, places and people (하다-adjectives)
  ['따뜻', String.raw`warm\w*|mild\w*|balmy|cos(?:y|ier)|coz(?:y|ier)|heartwarming`, '', String.raw`cold\w*|chill\w*|icy|frosty|frigid`],
  ['시원', String.raw`cool\w*|refresh\w*|breez\w*|crisp|satisfying`, '', String.raw`stuffy|muggy|sweltering|stifling|humid`],
  ['편안', String.raw`comfortabl\w*|cosy|cozy|relax\w*|at ease|peaceful\w*|restful`, '불편', String.raw`uncomfortabl\w*|inconvenien\w*|awkward|uneas\w*|cumbersome|hassle`],
  ['편리', String.raw`convenien\w*|handy|easy to use|user-friendly`, '불편', ''],
  ['조용', String.raw`quiet\w*|silent\w*|calm\w*|peaceful\w*|tranquil\w*|hushed`, '', String.raw`noisy|loud\w*|rowdy|boisterous`],
  ['깨끗', String.raw`clean\w*|spotless|tidy|neat|immaculate|pristine`, '', String.raw`dirty|filthy|grimy|messy|untidy|dusty|stained`],
  ['청결', String.raw`clean\w*|hygien\w*|spotless|sanitary`, '불결', String.raw`dirty|filthy|unhygien\w*|unsanitary|grimy`],
  ['복잡', String.raw`complicat\w*|complex\w*|intricat\w*|convoluted|crowded|congested|busy|messy`, '단순', String.raw`simpl\w*|straightforward|plain|basic`],
  ['간단', String.raw`simpl\w*|easy|easily|quick\w*|brief\w*|straightforward|basic`, '복잡', ''],
  ['정확', String.raw`accura\w*|precis\w*|exact\w*|correct\w*`, '', String.raw`inaccura\w*|imprecise|wrong|incorrect\w*|erroneous`],
  ['확실', String.raw`certain\w*|sure|definite\w*|assured|guarantee\w*`, '', String.raw`uncertain\w*|unclear|doubtful|iffy`],
  ['분명', String.raw`clear\w*|obvious\w*|evident\w*|definite\w*|distinct\w*|plain\w*|apparent\w*`, '모호', String.raw`vague\w*|ambiguous\w*|unclear|murky|fuzzy|nebulous|equivocal`],
  ['명확', String.raw`clear\w*|explicit\w*|definite\w*|unambiguous\w*|precise\w*`, '모호', ''],
  ['뚜렷', String.raw`clear\w*|distinct\w*|marked\w*|noticeabl\w*|pronounced|evident|visible|discernible`, '미미', String.raw`slight\w*|marginal\w*|negligible|minimal|meag\w*|modest|insignificant|faint`],
  ['현저', String.raw`significant\w*|marked\w*|notabl\w*|considerabl\w*|substantial\w*|sharp\w*|dramatic\w*|remarkabl\w*`, '미미', ''],
  ['상당', String.raw`considerabl\w*|substantial\w*|significant\w*|sizeabl\w*|sizabl\w*|fair amount`, '미미', ''],
  ['막대', String.raw`huge|massive|enormous\w*|immense\w*|vast|tremendous\w*|staggering|colossal|hefty`, '미미', ''],
  ['방대', String.raw`vast|huge|massive|enormous|extensive|immense|voluminous|sprawling`, '', ''],
  ['과도', String.raw`excessiv\w*|undue|too much|too many|inordinat\w*|exorbitant\w*|disproportionat\w*`, '적정', String.raw`appropriat\w*|reasonabl\w*|moderat\w*|adequate|optimal`],
  ['과다', String.raw`excessiv\w*|too much|too many|overdos\w*|surplus|glut`, '', String.raw`too little|too few|insufficient`],
  ['충분', String.raw`enough|sufficient\w*|ample|adequat\w*|plenty`, '부족', String.raw`short\w*|lack\w*|insufficient|scarc\w*|inadequat\w*`],
  ['풍부', String.raw`rich|abundan\w*|plent\w*|ample|wealth of|full of|packed with`, '빈약', String.raw`poor|meag\w*|scant\w*|sparse|thin|lacking`],
  ['풍족', String.raw`plent\w*|abundan\w*|affluen\w*|well-off|comfortabl\w*`, '궁핍', String.raw`poverty|needy|destitut\w*|impoverish\w*|hardship|deprivation`],
  ['부유', String.raw`rich|wealth\w*|affluen\w*|well-off|well-to-do`, '빈곤', String.raw`poor|poverty|impoverish\w*|needy|deprived`],
  ['중요', String.raw`important\w*|significan\w*|crucial|key|vital|essential|matter\w*`, '사소', String.raw`trivial|minor|petty|insignificant|negligible`],
  ['중대', String.raw`serious\w*|major|significant\w*|grave|crucial|critical`, '사소', ''],
  ['필요', String.raw`need(?:s|ed|ing)?|necess\w*|requir\w*|essential`, '', String.raw`unnecessar\w*|needless\w*|superfluous|redundant`],
  ['유용', String.raw`useful\w*|helpful|handy|valuable|practical`, '', String.raw`useless|pointless|worthless|futile`],
  ['적합', String.raw`suitabl\w*|fit|fits|fitting|appropriat\w*|suited|eligib\w*`, '', String.raw`unsuitabl\w*|unfit|ineligib\w*|inappropriat\w*`],
  ['적당', String.raw`suitabl\w*|appropriat\w*|moderat\w*|reasonabl\w*|right amount|just right|proper\w*`, '', String.raw`excessiv\w*|too much|too little|too many`],
  ['유명', String.raw`famous|well-known|renowned|celebrated|noted|popular|known for`, '', String.raw`unknown|obscure|little-known|anonymous`],
  ['특별', String.raw`special\w*|particular\w*|exceptional\w*|unique|extraordinar\w*`, '평범', String.raw`ordinar\w*|average|plain|mediocre|run-of-the-mill|unremarkable|everyday`],
  ['독특', String.raw`uniqu\w*|distinctiv\w*|peculiar\w*|quirky|unusual|original|one-of-a-kind`, '평범', ''],
  ['다양', String.raw`divers\w*|various|variet\w*|wide range|range of|assorted|all sorts`, '단조', String.raw`monoton\w*|dull|repetitive|uniform|samey|tedious`],
  ['화려', String.raw`splendid|lavish\w*|glamorous|flashy|gorgeous|colou?rful|spectacular|dazzling|brilliant|fancy|showy|ornate`, '소박', String.raw`simple|modest|plain|humble|unpretentious|frugal`],
  ['신선', String.raw`fresh\w*|novel|original`, '', String.raw`stale|rotten|spoiled|spoilt|off|old`],
  ['친절', String.raw`kind\w*|friendl\w*|polite\w*|helpful|courteous\w*|welcoming|attentive`, '', String.raw`rude\w*|unfriendly|impolite|unhelpful|curt|surly`],
  ['정직', String.raw`honest\w*|truthful\w*|integrity|upright`, '', String.raw`dishonest\w*|lying|liars?|deceitful|deceptive`],
  ['성실', String.raw`diligent\w*|hard-?working|sincer\w*|faithful\w*|conscientious\w*|dedicated|earnest\w*|dutiful\w*`, '', String.raw`lazy|careless\w*|negligent\w*|half-hearted\w*`],
  ['솔직', String.raw`honest\w*|frank\w*|candid\w*|straightforward|open\w*|blunt\w*`, '', String.raw`evasive|dishonest\w*|guarded`],
  ['겸손', String.raw`humbl\w*|modest\w*|self-effacing`, '', String.raw`arrogan\w*|conceited|boastful|cocky|haughty|smug`],
  ['용감', String.raw`brave\w*|courag\w*|bold\w*|fearless\w*|daring|valiant\w*|heroic\w*`, '', String.raw`cowardly|coward\w*|timid\w*|fearful`],
  ['침착', String.raw`calm\w*|composed|cool-headed|collected|unflappable|poised`, '당황', ''],
  ['신중', String.raw`careful\w*|cautious\w*|prudent\w*|deliberat\w*|circumspect|wary|measured`, '경솔', String.raw`rash\w*|reckless\w*|hast(?:y|ily)|careless\w*|impulsive\w*|thoughtless\w*|imprudent`],
  ['성급', String.raw`hast(?:y|ily|e)|rash\w*|premature\w*|impatient\w*|impulsive\w*|too soon|jump\w* the gun`, '신중', ''],
  ['엄격', String.raw`strict\w*|stringent\w*|rigorous\w*|tough|harsh\w*|severe\w*|firm\w*`, '관대', String.raw`lenien\w*|lax|generous\w*|tolerant\w*|forgiving|soft|indulgent\w*`],
  ['엄중', String.raw`stern\w*|strict\w*|severe\w*|serious\w*|grave|harsh\w*|tough`, '관대', ''],
  ['철저', String.raw`thorough\w*|meticulous\w*|rigorous\w*|exhaustiv\w*|complete\w*|strict\w*|careful\w*`, '허술', String.raw`lax|sloppy|loose|shoddy|slipshod|careless\w*|flimsy|porous`],
  ['치밀', String.raw`meticulous\w*|elaborate\w*|detailed|thorough\w*|careful\w*|calculated|precise\w*|dense`, '허술', ''],
  ['꼼꼼', String.raw`meticulous\w*|thorough\w*|careful\w*|detailed|attentive|painstaking\w*`, '허술', ''],
  ['안정', String.raw`stab\w*|steady|steadi\w*|settl\w*|secure`, '불안', String.raw`unstab\w*|instab\w*|volatil\w*|anxi\w*|uneas\w*|insecur\w*|shaky|turbul\w*`],
  ['평온', String.raw`calm\w*|peace\w*|tranquil\w*|quiet\w*|serene\w*`, '혼란', String.raw`chao\w*|confus\w*|turmoil|disarray|mayhem|disorder\w*|upheaval`],
  ['혼잡', String.raw`congest\w*|crowd\w*|busy|jam\w*|packed|bustl\w*`, '한산', String.raw`quiet|empty|deserted|uncrowded|light traffic`],
  ['원활', String.raw`smooth\w*|without (?:a )?hitch|seamless\w*|free-flowing|flow\w* freely`, '정체', String.raw`congest\w*|jam\w*|gridlock\w*|backed up|standstill|stagnat\w*|stall\w*|bumper-to-bumper|slow-moving`, String.raw`disrupt\w*|hamper\w*|hinder\w*|interrupt\w*|patchy|spotty|sluggish|unstable|unreliable|troubl\w*|difficult\w*|glitch\w*`],
  ['순조', String.raw`smooth\w*|on track|as planned|on schedule|steadily|without a hitch`, '난항', String.raw`difficult\w*|struggl\w*|rough|troubl\w*|stalled|snag\w*|bogged down|rocky`],
  ['정상', String.raw`normal\w*|as usual|properly|functioning|regular\w*`, '', String.raw`abnormal\w*|irregular\w*|malfunction\w*|glitch\w*`],
  ['일치', String.raw`match\w*|coincid\w*|consistent|align\w*|in line|identical|correspond\w*`, '상반', String.raw`contradict\w*|conflict\w*|opposite|contrar\w*|clash\w*|at odds|inconsistent`],
  ['동일', String.raw`same|identical|equal|equivalent`, '상이', String.raw`differ\w*|distinct|dissimilar|var(?:y|ied|ies)`],
  ['유사', String.raw`similar\w*|alike|comparabl\w*|resembl\w*`, '상이', ''],
  ['자유', String.raw`free|freely|freedom|liberty|at will`, '', String.raw`restrict\w*|confin\w*|constrain\w*|forbidden|compuls\w*`],
  ['공평', String.raw`fair\w*|equitabl\w*|even-handed|impartial\w*|equal\w*`, '', String.raw`unfair\w*|inequit\w*|biased|lopsided|one-sided`],
  ['투명', String.raw`transparen\w*|see-through|accountab\w*`, '', String.raw`opaque|murky|secretive|shadowy`],
  ['익숙', String.raw`familiar\w*|used to|accustomed|at home with|comfortable with`, '', String.raw`unfamiliar|strange|alien|foreign to|new to`],
  ['궁금', String.raw`curious\w*|wonder\w*|interested|intrigu\w*|keen to know`, '', String.raw`indifferen\w*|uninterested`],
  ['답답', String.raw`frustrat\w*|stuffy|stifling|suffocat\w*|exasperat\w*|claustrophobic`, '', String.raw`relie\w*|refresh\w*`],
  ['지루', String.raw`bor(?:ed|ing)|dull|tedious|monoton\w*|dreary`, '', String.raw`fun|entertaining|gripping|exciting|engaging|riveting|thrilling`],
  ['대단', String.raw`amazing|remarkabl\w*|impressive\w*|incredibl\w*|tremendous\w*|great|awesome|extraordinar\w*`, '', ''],
  ['훌륭', String.raw`excellent|great|superb|splendid|outstanding|fine|wonderful|admirabl\w*|magnificent`, '', String.raw`poor|terrible|awful|lousy|mediocre`],
  ['우수', String.raw`excellent|superior|outstanding|top|high-quality|exceptional|strong`, '열등', String.raw`inferior|poor|substandard|weak`],
  ['불친절', String.raw`rude\w*|unfriendly|impolite|unhelpful|curt|surly|brusque`, '친절', ''],
  ['불편', String.raw`uncomfortabl\w*|inconvenien\w*|awkward|uneas\w*|cumbersome|hassle`, '편안', ''],
  ['불안', String.raw`anxi\w*|nervous\w*|uneas\w*|worri\w*|insecur\w*|unsettl\w*|jittery|shaky`, '안정', ''],
  ['불행', String.raw`unhapp\w*|miserabl\w*|wretched|unfortunat\w*|tragic\w*`, '행복', ''],
  ['부족', String.raw`short\w*|lack\w*|insufficient|scarc\w*|inadequat\w*`, '충분', ''],
  ['악화', String.raw`worsen\w*|deteriorat\w*|aggravat\w*|worse`, '개선', ''],
  ['감소', String.raw`decreas\w*|declin\w*|f[ae]ll\w*|drop\w*|dwindl\w*|shr[iau]nk\w*|reduc\w*`, '증가', '', String.raw`stall\w*|flat|flatlin\w*|stagnat\w*|unchanged|level\w*|plateau\w*|steady|held|hold\w*|kept|keep\w*|froze|frozen|freez\w*|maintain\w*|stay\w*|same`],
  ['하락', String.raw`f[ae]ll\w*|declin\w*|drop\w*|slid\w*|slipp\w*|los(?:e|es|t)`, '상승', '', String.raw`stall\w*|flat|flatlin\w*|stagnat\w*|unchanged|level\w*|plateau\w*|steady|held|hold\w*|kept|keep\w*|froze|frozen|freez\w*|maintain\w*|stay\w*|same`],
  ['인하', String.raw`cut(?:s|ting)?|lower\w*|reduc\w*|slash\w*`, '인상', '', String.raw`stall\w*|flat|flatlin\w*|stagnat\w*|unchanged|level\w*|plateau\w*|steady|held|hold\w*|kept|keep\w*|froze|frozen|freez\w*|maintain\w*|stay\w*|same`],
  ['축소', String.raw`reduc\w*|scal\w* (?:back|down)|shrink\w*|shr[au]nk|narrow\w*|downsiz\w*|cut(?:s|ting)?`, '확대', '', String.raw`stall\w*|flat|flatlin\w*|stagnat\w*|unchanged|level\w*|plateau\w*|steady|held|hold\w*|kept|keep\w*|froze|frozen|freez\w*|maintain\w*|stay\w*|same`],
  ['완화', String.raw`eas(?:e|ed|es|ing)|relax\w*|loosen\w*|alleviat\w*`, '강화', '', String.raw`stay\w*|stayed|remain\w*|persist\w*|linger\w*|still|unresolved|continu\w*|ongoing`],
  ['둔화', String.raw`slow\w*|decelerat\w*|moderat\w*|cool\w*`, '가속', ''],
  ['위축', String.raw`shr[iau]nk\w*|contract\w*|dampen\w*|stifl\w*|subdued|cower\w*|slump\w*|intimidat\w*`, '성장', ''],
  ['폐지', String.raw`abolish\w*|abolition|scrap\w*|repeal\w*|eliminat\w*|phas\w* out|ax(?:e|es|ed|ing)`, '도입', String.raw`introduc\w*|adopt\w*|roll\w* out`],
  ['폐쇄', String.raw`clos\w*|shut\w*|seal\w*`, '개방', ''],
  ['중단', String.raw`halt\w*|suspend\w*|stopp\w*|stop|stops|discontinu\w*|paus\w*`, '재개', ''],
  ['종료', String.raw`end(?:s|ed|ing)?|finish\w*|conclud\w*|terminat\w*|wrap\w* up|expir\w*`, '시작', ''],
  ['철거', String.raw`demolish\w*|tear\w* down|tore down|torn down|dismantl\w*|raz\w*|remov\w*`, '보존', ''],
  ['해체', String.raw`disband\w*|dismantl\w*|dissolv\w*|broke up|break\w* up|split|disassembl\w*`, '결성', ''],
  ['해산', String.raw`dispers\w*|disband\w*|dissolv\w*|break\w* up|broke up|broken up|scatter\w*|liquidat\w*`, '집결', ''],
  ['탈퇴', String.raw`withdr[ae]w\w*|quit\w*|left|leav\w*|pull\w* out|pulled out`, '가입', ''],
  ['해고', String.raw`fir(?:e|ed|es|ing)|laid off|lay\w* off|layoffs?|dismiss\w*|sack\w*`, '채용', ''],
  ['퇴원', String.raw`discharg\w*|released|left (?:the )?hospital`, '입원', ''],
  ['졸업', String.raw`graduat\w*`, '입학', ''],
  ['출국', String.raw`depart\w*|leav\w*|left|exit\w*`, '입국', ''],
  ['수출', String.raw`export\w*`, '수입', ''],
  ['매도', String.raw`sell\w*|sold|offload\w*|dump\w*`, '매수', ''],
  ['매각', String.raw`sell\w*|sold|divest\w*|dispos\w*|offload\w*`, '매입', ''],
  ['판매', String.raw`sell\w*|sold|sales?|market\w*|on sale`, '구매', ''],
  ['상환', String.raw`repa(?:y|id|ys|ying|yment\w*)|pa(?:y|id|ys) back|pa(?:y|id) off`, '대출', ''],
  ['패배', String.raw`los(?:e|es|ing|t)|defeat\w*|beaten|fell to`, '승리', ''],
  ['실패', String.raw`fail\w*|flop\w*|unsuccessful|fell through`, '성공', ''],
  ['포기', String.raw`g[ai]ve up|giving up|abandon\w*|renounc\w*|forgo\w*|forfeit\w*|waiv\w*|quit\w*`, '계속', ''],
  ['반박', String.raw`refut\w*|rebut\w*|disprov\w*|counter\w*|dismiss\w*|push\w* back`, '인정', ''],
  ['비난', String.raw`critici[sz]\w*|blam(?:e|ed|es|ing)|condemn\w*|denounc\w*|slam\w*|attack\w*`, '칭찬', ''],
  ['위반', String.raw`violat\w*|breach\w*|broke|break\w*|infring\w*|flout\w*|contraven\w*`, '준수', ''],
  ['침해', String.raw`violat\w*|infring\w*|breach\w*|encroach\w*|invad\w*|invasion`, '보호', ''],
  ['훼손', String.raw`damag\w*|harm(?:s|ed|ing|ful)?|destroy\w*|defac\w*|tarnish\w*|undermin\w*|impair\w*|vandali[sz]\w*`, '보존', ''],
  ['방치', String.raw`neglect\w*|left unattended|abandon\w*|left untreated|untreated|left alone`, '관리', String.raw`manag\w*|look\w* after|maintain\w*|tend\w*|care\w* for|cared for`],
  ['관리', String.raw`manag\w*|look\w* after|maintain\w*|tend\w*|care\w* for|cared for|administ\w*|oversee\w*|oversaw|supervis\w*`, '방치', ''],
  ['은폐', String.raw`cover\w* up|covered up|cover-up|conceal\w*|hid|hidden|hide\w*|hush\w* up|whitewash\w*`, '공개', ''],
  ['방해', String.raw`disturb\w*|interrupt\w*|interfer\w*|hinder\w*|hamper\w*|obstruct\w*|imped\w*|disrupt\w*|get in the way|got in the way`, '협조', ''],
  ['반대', String.raw`oppos\w*|against|object\w*|resist\w*|disapprov\w*`, '찬성', ''],
  ['저항', String.raw`resist\w*|defy\w*|defied|defian\w*|rebel\w*|revolt\w*|fight\w* back|fought back|disobey\w*`, '굴복', ''],
  ['대립', String.raw`clash\w*|confront\w*|conflict\w*|at odds|feud\w*|standoff|rival\w*`, '협력', ''],
  ['갈등', String.raw`conflict\w*|tension\w*|feud\w*|discord|strife|friction|rift\w*`, '화해', ''],
  ['의심', String.raw`doubt(?:s|ed|ing|ful)?|suspect\w*|suspic\w*|question\w*|sceptic\w*|skeptic\w*`, '확신', ''],
  ['오해', String.raw`misunderst\w*|misread\w*|misinterpret\w*|misconception\w*`, '이해', ''],
  ['기피', String.raw`avoid\w*|shun\w*|shy\w* away|steer\w* clear|evad\w*|dodg\w*`, '선호', ''],
  ['경솔', String.raw`rash\w*|reckless\w*|hast(?:y|ily)|careless\w*|impulsive\w*|thoughtless\w*|imprudent`, '신중', ''],
  ['관대', String.raw`lenien\w*|generous\w*|tolerant\w*|forgiving|indulgent\w*|magnanimous`, '엄격', ''],
  ['허술', String.raw`lax|sloppy|loose|shoddy|slipshod|careless\w*|flimsy|porous`, '철저', ''],
  ['모호', String.raw`vague\w*|ambiguous\w*|unclear|murky|fuzzy|nebulous|equivocal`, '명확', ''],
  ['미미', String.raw`slight\w*|marginal\w*|negligible|minimal|meag\w*|modest|insignificant|faint`, '현저', ''],
  ['미달', String.raw`fell short|fall\w* short|short of|below|miss(?:ed|es|ing)?|fail\w* to (?:meet|reach)`, '초과', ''],
  ['사소', String.raw`trivial|minor|petty|insignificant|negligible|small`, '중요', ''],
  ['경미', String.raw`minor|slight\w*|mild\w*|superficial`, '심각', ''],
  ['평범', String.raw`ordinar\w*|average|plain|mediocre|run-of-the-mill|unremarkable|everyday|normal`, '특별', ''],
  ['단순', String.raw`simpl\w*|straightforward|plain|basic|mere\w*`, '복잡', ''],
  ['정체', String.raw`congest\w*|jam\w*|gridlock\w*|backed up|standstill|stagnat\w*|stall\w*|bumper-to-bumper|slow-moving|identity`, '원활', ''],
  ['난항', String.raw`difficult\w*|struggl\w*|rough|troubl\w*|stalled|snag\w*|bogged down|rocky`, '순조', ''],
  ['저조', String.raw`sluggish|weak|poor\w*|tepid|lacklust\w*|subdued|muted|dismal|low turnout`, '활발', ''],
  ['부진', String.raw`sluggish|weak\w*|slump\w*|poor\w*|lacklust\w*|struggl\w*|underperform\w*`, '호조', String.raw`strong|robust|brisk|buoyant|upbeat|solid`],
  ['호조', String.raw`strong|robust|brisk|buoyant|upbeat|solid|thriv\w*|boom\w*`, '부진', ''],
  ['열세', String.raw`trail\w*|behind|outnumbered|underdog|disadvantage\w*`, '우세', ''],
  ['혼란', String.raw`chao\w*|confus\w*|turmoil|disarray|mayhem|disorder\w*|upheaval`, '평온', ''],
  ['진정', String.raw`calm\w*|sooth\w*|settl\w*|subsid\w*|eas(?:e|ed|es|ing)|abat\w*|quell\w*|sedat\w*`, '흥분', ''],
  ['비관', String.raw`pessimis\w*|gloom\w*|bearish|bleak|grim|downbeat`, '낙관', ''],
  ['불신', String.raw`distrust\w*|mistrust\w*|suspic\w*|sceptic\w*|skeptic\w*`, '신뢰', ''],
  ['유해', String.raw`harmful|bad for|damag\w*|detrimental|toxic|unhealthy|hazardous`, '유익', ''],
  ['실종', String.raw`missing|disappear\w*|vanish\w*|unaccounted`, '구조', ''],
  ['사망', String.raw`die\w*|died|dead|death|killed|perish\w*|passed away|fatal\w*`, '생존', ''],
  ['재발', String.raw`recur\w*|relaps\w*|return\w*|came back|flare\w* up`, '완치', ''],
  ['발병', String.raw`outbreaks?|onset|develop\w*|contract\w*|fell ill|broke out`, '예방', ''],
  ['수감', String.raw`jail\w*|imprison\w*|incarcerat\w*|locked up|behind bars|detain\w*`, '석방', ''],
  ['해임', String.raw`dismiss\w*|fir(?:e|ed|es|ing)|sack\w*|remov\w*|oust\w*`, '임명', ''],
  ['퇴임', String.raw`retir\w*|step\w* down|stepped down|left office|leav\w* office`, '취임', ''],
  ['강등', String.raw`demot\w*|relegat\w*|downgrad\w*`, '승격', ''],
  ['철수', String.raw`withdr[ae]w\w*|pull\w* out|pulled out|pullout|evacuat\w*|retreat\w*`, '파견', ''],
  ['후퇴', String.raw`retreat\w*|withdr[ae]w\w*|pull\w* back|fell back|fall\w* back|back\w* down|setback`, '진격', ''],
  ['이탈', String.raw`leav\w*|left|exit\w*|break\w* away|broke away|defect\w*|drop\w* out|dropped out|deviat\w*|derail\w*`, '합류', ''],
  ['하차', String.raw`got off|get\w* off|alight\w*|disembark\w*|step\w* down|stepped down|exit\w*|quit\w*|dropped out|drop\w* out`, '탑승', ''],
  ['무산', String.raw`fell through|fall\w* through|collaps\w*|scrap\w*|derail\w*|fizzl\w*|came to nothing|called off`, '성사', ''],
  ['좌절', String.raw`frustrat\w*|thwart\w*|dash\w*|foil\w*|shatter\w*|setback|despair\w*`, '실현', ''],
  ['결렬', String.raw`collaps\w*|broke down|break\w* down|fell through|stall\w*|derail\w*`, '타결', ''],
];

/** -적이다 adjectives (적극적이지 않다): the root, its English, the opposite root and its English. */
const ADJECTIVAL_POLAR: readonly PolarRow[] = [
  ['적극', String.raw`activ\w*|proactiv\w*|aggressiv\w*|enthusiastic\w*|eager\w*|willing\w*|keen`, '소극', String.raw`passiv\w*|reluctan\w*|half-hearted\w*|lukewarm|hesitant\w*|tepid|unwilling`],
  ['긍정', String.raw`positiv\w*|optimis\w*|favou?rabl\w*|upbeat|constructiv\w*`, '부정', String.raw`negativ\w*|pessimis\w*|unfavou?rabl\w*|critical`],
  ['효과', String.raw`effectiv\w*|efficien\w*|work(?:s|ed)?|success\w*`, '', String.raw`ineffectiv\w*|futile|useless|counterproductive`],
  ['현실', String.raw`realistic\w*|practical\w*|feasibl\w*|pragmatic\w*|viable`, '', String.raw`unrealistic\w*|impractical|far-fetched|pie in the sky`],
  ['합리', String.raw`reasonabl\w*|rational\w*|sensibl\w*|logical\w*|fair`, '', String.raw`unreasonabl\w*|irrational\w*|absurd|illogical`],
  ['일반', String.raw`common\w*|general\w*|usual\w*|typical\w*|ordinar\w*|normal\w*`, '예외', String.raw`exception\w*|unusual|rare|atypical`],
  ['공격', String.raw`aggressiv\w*|offensiv\w*|attacking|combative|hostile`, '방어', String.raw`defensiv\w*|cautious\w*|conservativ\w*`],
  ['비판', String.raw`critical\w*|critici[sz]\w*|scathing|disapprov\w*`, '우호', String.raw`friendly|favou?rabl\w*|amicabl\w*|sympathetic|warm\w*`],
  ['호의', String.raw`favou?rabl\w*|friendly|kind\w*|sympathetic|warm\w*|well-disposed`, '적대', String.raw`hostil\w*|antagonis\w*|adversarial|unfriendly`],
  ['낙관', String.raw`optimis\w*|upbeat|bullish|rosy|hopeful`, '비관', String.raw`pessimis\w*|gloom\w*|bearish|bleak|grim|downbeat`],
  ['보수', String.raw`conservativ\w*|cautious\w*|traditional\w*|right-wing`, '진보', String.raw`progressiv\w*|liberal\w*|left-wing`],
  ['의도', String.raw`intentional\w*|deliberat\w*|on purpose|purposeful\w*|calculated`, '', String.raw`accidental\w*|unintentional\w*|inadvertent\w*|by accident|by mistake`],
  ['안정', String.raw`stab\w*|steady|steadi\w*|secure|reliab\w*`, '', String.raw`unstab\w*|volatil\w*|erratic\w*|shaky`],
  ['객관', String.raw`objectiv\w*|impartial\w*|neutral\w*|unbiased|fair`, '주관', String.raw`subjectiv\w*|biased|personal\w*`],
  ['구체', String.raw`specific\w*|concret\w*|detailed|in detail|tangibl\w*|particular`, '추상', String.raw`abstract\w*|vague\w*|general\w*|theoretical\w*`],
  ['직접', String.raw`direct\w*|in person|personally|first-?hand|themselves|himself|herself`, '간접', String.raw`indirect\w*|second-?hand`],
  ['자발', String.raw`voluntar\w*|spontaneous\w*|willing\w*|of (?:their|his|her|its) own accord|self-motivated`, '강제', String.raw`forc\w*|compel\w*|coerc\w*|compulsor\w*|mandator\w*`],
  ['전문', String.raw`professional\w*|expert\w*|specialist|specialized|specialised|technical`, '', String.raw`amateur\w*|unprofessional|layman|non-expert`],
];

/**
 * Nouns that a Korean sentence says exist or not (영향이 없다, 효과가 있었다): the noun, its English, and optionally the
 * English that says it absent without a negative word (차이가 없다 → "the same").
 */
const EXISTENTIAL_NOUNS: ReadonlyArray<readonly [string, string, string?]> = [
  ['영향', String.raw`influen\w*|impact\w*|effect\w*|affect\w*|bearing`, String.raw`unaffected|immune|intact|unscathed|irrelevant`],
  ['차이', String.raw`differen\w*|gap\w*|distinction|disparit\w*|vary|varies|varied`, String.raw`same|identical|alike|equal\w*|similar\w*|match\w*|on par|level`],
  ['변화', String.raw`chang\w*|shift\w*|transform\w*|alter\w*`, String.raw`same|unchanged|steady|stable|intact|as (?:it|they) (?:was|were)|flat|constant`],
  ['변동', String.raw`chang\w*|fluctuat\w*|movement\w*|volatil\w*|shift\w*`, String.raw`same|unchanged|steady|stable|flat|constant|fixed`],
  ['이상', String.raw`abnormal\w*|irregular\w*|anomal\w*|glitch\w*|faults?|faulty|wrong|amiss|problem\w*`, String.raw`fine|normal\w*|okay|ok|healthy|smooth\w*|as usual|clean bill`],
  ['문제', String.raw`problem\w*|issue\w*|trouble\w*|wrong|amiss|concern\w*`, String.raw`fine|okay|ok|smooth\w*|all right|alright|safe|works?|working`],
  ['피해', String.raw`damag\w*|harm(?:s|ed|ing|ful)?|casualt\w*|loss(?:es)?|injur\w*|hurt|victims?`, String.raw`safe\w*|intact|escaped|spared`],
  ['부상', String.raw`injur\w*|hurt|wounded|casualt\w*`, String.raw`safe\w*|escaped|spared|intact`],
  ['사상자', String.raw`casualt\w*|dead or injured|killed or injured|deaths? or injur\w*`],
  ['반응', String.raw`respon(?:se|ses|d|ded|ding|ds)|reaction\w*|react\w*|feedback`, String.raw`silen\w*|ignor\w*|deaf ears|shrug\w*|indifferen\w*`],
  ['연락', String.raw`contact\w*|heard from|hear\w* from|call\w*|messag\w*|word from`, String.raw`silen\w*|radio silence|vanish\w*|disappear\w*|missing`],
  ['소식', String.raw`news|word|heard|update\w*`],
  ['근거', String.raw`basis|grounds?|evidence|foundation|substantiat\w*|backing`],
  ['증거', String.raw`evidence|proof|prove\w*|proven`],
  ['의미', String.raw`mean(?:s|t|ing|ings|ingful)?|significan\w*|point|sense`],
  ['관계', String.raw`relat\w*|link\w*|connect\w*|ties|tied`],
  ['관련', String.raw`relat\w*|link\w*|connect\w*|involv\w*`],
  ['자격', String.raw`eligib\w*|qualif\w*|entitl\w*|licen[cs]\w*|credentials?`],
  ['권한', String.raw`authori\w*|power(?:s|ful|fully)?|right to|entitl\w*|mandate`],
  ['여유', String.raw`room|spare|leeway|margin|afford\w*|time to spare|relax\w*|leisure\w*`],
  ['여지', String.raw`room|scope|leeway|possibilit\w*|chance`],
  ['대안', String.raw`alternativ\w*|option\w*|choice\w*|plan b`],
  ['이유', String.raw`reason\w*|why|cause|grounds|excuse\w*`],
  ['책임', String.raw`responsib\w*|liab\w*|accountab\w*|blame\w*|fault`],
  ['잘못', String.raw`faults?|faulty|wrong\w*|mistake\w*|blame\w*|to blame`],
  ['효과', String.raw`effect\w*|work(?:s|ed)?|help(?:s|ed)?|benefit\w*`, String.raw`useless|futile|did nothing|in vain|fail\w*|no use`],
  ['관심', String.raw`interest\w*|attention|care|concern\w*|curious`, String.raw`indifferen\w*|apath\w*|ignor\w*|shrug\w*`],
  ['재미', String.raw`fun|enjoy\w*|interest\w*|entertain\w*`],
  ['성과', String.raw`result\w*|achievement\w*|progress|outcome\w*|payoff|success\w*|gains?`, String.raw`fail\w*|fruitless|in vain|came to nothing|empty-handed`],
  ['진전', String.raw`progress\w*|headway|advance\w*|breakthrough\w*`, String.raw`stall\w*|deadlock\w*|impasse|stuck|standstill`],
  ['손실', String.raw`loss(?:es)?|lost|damag\w*`],
  ['이익', String.raw`profit\w*|gain\w*|benefit\w*|earnings|interest\w*`],
  ['위험', String.raw`risk\w*|danger\w*|hazard\w*|threat\w*`],
  ['우려', String.raw`concern\w*|worr\w*|fear(?:s|ed|ing|ful)?|risk\w*`],
  ['예외', String.raw`exception\w*|exempt\w*`],
  ['제한', String.raw`limit(?:s|ed|ing|ations?)?|restrict\w*|cap\w*|constraint\w*`],
  ['흔적', String.raw`trace\w*|sign\w*|mark\w*|vestige\w*|evidence`],
  ['조짐', String.raw`sign\w*|indication\w*|hint\w*|symptom\w*|signal\w*`],
  ['기미', String.raw`sign\w*|hint\w*|trace\w*|indication\w*`],
  ['계획', String.raw`plan\w*|intend\w*|intention\w*|scheme\w*|schedul\w*`],
  ['의향', String.raw`intend\w*|intention\w*|willing\w*|plan\w*|inclin\w*`],
  ['경험', String.raw`experienc\w*|background|track record|familiar`],
  ['기회', String.raw`chance\w*|opportunit\w*|occasion\w*|shot at`],
  ['가능성', String.raw`possib\w*|likel\w*|chance\w*|prospect\w*|odds|potential`],
  ['필요성', String.raw`need(?:s|ed|ing)?|necess\w*|requir\w*`],
  ['장애', String.raw`obstacle\w*|barrier\w*|hurdle\w*|disab\w*|hitch\w*|outage\w*|glitch\w*|disorder\w*`],
  ['지장', String.raw`disrupt\w*|hinder\w*|interfer\w*|affect\w*|problem\w*|hamper\w*`],
  ['불편', String.raw`inconvenien\w*|discomfort|trouble|hassle|disrupt\w*`],
  ['부담', String.raw`burden\w*|pressure\w*|strain\w*|load|cost\w*`],
  ['혜택', String.raw`benefit\w*|perk\w*|advantage\w*|privilege\w*`],
];

/**
 * Native verbs and adjectives: the forms (|-separated) the check reads before 지 않/못 (the stem itself: 닫지 않다)
 * and after 안/못 (the start of the word: 안 닫았다, 못 닫은), the English, the opposite's forms and English.
 */
const NATIVE_POLAR: readonly PolarRow[] = [
  ['열리|열렸|열린|열려', String.raw`open\w*|held|hold(?:s|ing)?|tak(?:e|es|ing) place|took place|go\w* ahead|went ahead`, '', String.raw`cancel\w*|call\w* off|called off|rained off|postpon\w*|scrapp\w*|clos\w*|shut\w*|locked|jammed|stuck`],
  ['오르|올랐|오른|올라', String.raw`ris(?:e|es|ing|en)|rose|climb\w*|increas\w*|went up|go\w* up`, '', String.raw`stall\w*|flat|unchanged|steady|held|hold\w*|kept|stay\w*|same|froze|frozen|f[ae]ll\w*|drop\w*|declin\w*`],
  ['닫|닫았|닫은|닫아|닫히|닫혔|닫혀|닫힌', String.raw`clos(?:e|ed|es|ing)|shut\w*`, '열리|열렸|열려|열린', String.raw`open\w*`, String.raw`open\w*|ajar|jam\w*|stuck`],
  ['켜|켰|켠|켜져|켜졌|켜진', String.raw`turn\w* on|switch\w* on|light\w*|lit`, '끄|껐|꺼|꺼져|꺼졌|꺼진', String.raw`turn\w* off|switch\w* off|put out|extinguish\w*|shut\w* off`],
  ['이기|이겼|이긴|이겨', String.raw`w[io]n|wins|winning|beat\w*|defeat\w*|victor\w*`, '', String.raw`los(?:e|es|ing|t)|defeated|beaten`, String.raw`winless|without a win|draw\w*|drew|tied`],
  ['줄|줄었|줄어|줄어들|줄어든|줄인|줄여|줄였|줄이', String.raw`decreas\w*|declin\w*|f[ae]ll\w*|drop\w*|reduc\w*|cut|cuts|fewer|dwindl\w*`, '늘어|늘어난|늘린|늘려|늘렸|늘리', String.raw`increas\w*|ris(?:e|es|ing|en)|rose|gr[eo]w\w*|climb\w*|boost\w*|expand\w*`],
  ['내리|내렸|내린|내려', String.raw`f[ae]ll\w*|drop\w*|declin\w*|lower\w*|cut|cuts|came down|come\w* down|got off|get\w* off`, '', String.raw`ris(?:e|es|ing|en)|rose|climb\w*|rais\w*|went up|go\w* up`],
  ['높|높았|높은|높아|높아졌|높아지|높였|높여|높이', String.raw`high\w*|rais\w*|tall\w*|elevat\w*|lofty|steep`, '낮|낮았|낮은|낮아|낮아졌|낮아지|낮췄|낮춰|낮추', String.raw`low\w*|reduc\w*`],
  ['크|컸|큰|커|커졌|커지|키웠|키우|키워', String.raw`big\w*|large\w*|huge|great\w*|major|expand\w*|gr[eo]w\w*`, '작|작았|작은|작아|작아졌|작아지', String.raw`small\w*|little|tiny|minor|shr[iau]nk\w*`],
  ['길|길었|긴|길어|길어졌|길어지', String.raw`long\w*|lengthy|length\w*|extend\w*|prolong\w*`, '짧|짧았|짧은|짧아|짧아졌|짧아지', String.raw`short\w*|brief\w*|shorten\w*`],
  ['멀|멀었|먼|멀어|멀어졌|멀어지', String.raw`far\w*|distant|remote|long way`, '가깝|가까웠|가까운|가까워|가까워졌|가까워지', String.raw`clos(?:e|er|est|ely|eness)|near\w*|nearby|next to|proximity`],
  ['쉽|쉬웠|쉬운|쉬워', String.raw`eas(?:y|ier|iest|ily)|simpl[ey]|effortless\w*|straightforward`, '어렵|어려웠|어려운|어려워', String.raw`hard\w*|difficult\w*|tough\w*|challeng\w*`],
  ['좋|좋았|좋은|좋아졌|좋아지', String.raw`good|great|nice|fine|better|excellent|pleasant`, '나쁘|나빴|나쁜|나빠|나빠졌|나빠지', String.raw`bad|poor|worse|terrible|awful|harmful`],
  ['밝|밝았|밝은|밝아', String.raw`bright\w*|sunny|cheerful|upbeat|radiant`, '어둡|어두웠|어두운|어두워', String.raw`dark\w*|dim\w*|gloom\w*|bleak|grim`],
  ['무겁|무거웠|무거운|무거워', String.raw`heav(?:y|ier|iest|ily)|weigh(?:s|ed|ing|t|ts|ty)?`, '가볍|가벼웠|가벼운|가벼워', String.raw`light(?:er|est|ly|weight)?|minor|mild`],
  ['넓|넓었|넓은|넓어|넓혀|넓혔|넓히', String.raw`wide\w*|broad\w*|spacious|vast|roomy|widen\w*|expand\w*`, '좁|좁았|좁은|좁아|좁혀|좁혔|좁히', String.raw`narrow\w*|cramped|tight`],
  ['빠르|빨랐|빠른|빨라|빨라졌|빨라지', String.raw`fast\w*|quick\w*|rapid\w*|speedy|swift\w*`, '느리|느렸|느린|느려|느려졌|느려지', String.raw`slow\w*|sluggish|leisurely`],
  ['덥|더웠|더운|더워|더워졌|더워지', String.raw`hot\w*|warm\w*|heat\w*|swelter\w*|scorch\w*|muggy|humid`, '춥|추웠|추운|추워|추워졌|추워지', String.raw`cold\w*|chill\w*|freez\w*|frigid|icy|wintry`],
  ['깊|깊었|깊은|깊어|깊어졌|깊어지', String.raw`deep\w*|profound\w*`, '얕|얕았|얕은|얕아', String.raw`shallow\w*|superficial\w*`],
  ['두껍|두꺼웠|두꺼운|두꺼워', String.raw`thick\w*|bulky|chunky`, '얇|얇았|얇은|얇아', String.raw`thin\w*|slim\w*|slender|sheer`],
  ['강하|강했|강한|강해|강해졌|강해지', String.raw`strong\w*|power(?:s|ful|fully)?|intens\w*|fierce\w*|tough`, '약하|약했|약한|약해|약해졌|약해지', String.raw`weak\w*|feeble|frail|faint|mild`],
  ['맞|맞았|맞은|맞아|맞혔|맞히|맞춘|맞췄|맞춰', String.raw`correct\w*|accurat\w*|true|match\w*|fit|fits|fitted|agree\w*`, '틀리|틀렸|틀린|틀려', String.raw`wrong\w*|incorrect\w*|mistak\w*|errors?|inaccurat\w*|false`],
  ['죽|죽었|죽은|죽어', String.raw`die|dies|died|dying|dead|death|killed|perish\w*`, '살아남|살아남았|살아난|살아났', String.raw`surviv\w*|alive|live|lived|living`],
  ['태어나|태어났|태어난', String.raw`born|birth`, '', ''],
  ['얻|얻었|얻은|얻어', String.raw`gain\w*|obtain\w*|earn\w*|receiv\w*|acquir\w*|secur\w*|garner\w*`, '잃|잃었|잃은|잃어', String.raw`los(?:e|es|ing|t)|forfeit\w*`],
  ['주|줬|주었|준', String.raw`giv(?:e|es|en|ing)|gave|grant\w*|award\w*|provid\w*|offer\w*|hand\w*|lend\w*|lent|pa(?:y|id)`, '', ''],
  ['빌리|빌렸|빌린', String.raw`borrow\w*|rent\w*|loan from`, '', String.raw`lent|lend\w*`],
  ['입|입었|입은|입어', String.raw`wear\w*|wore|worn|put on|dress\w*|donn\w*`, '벗|벗었|벗은|벗어', String.raw`take\w* off|took off|taken off|remov\w*|strip\w*|undress\w*|shed\w*`],
  ['타|탔|탄', String.raw`rid(?:e|es|ing|den)|rode|board\w*|aboard|got on|get\w* on`, '내리', ''],
  ['나가|나갔|나간|나갈', String.raw`go\w* out|went out|gone out|leav\w*|left|exit\w*|get out|got out`, '들어오|들어왔|들어온|들어올', String.raw`come\w* in|came in|enter\w*|arriv\w*|get in|got in`],
  ['들어가|들어갔|들어간|들어갈', String.raw`enter\w*|go\w* in|went in|get in|got in|inside`, '나가', ''],
  ['돌아오|돌아왔|돌아온|돌아올', String.raw`return\w*|come\w* back|came back`, '떠나|떠났|떠난|떠날', String.raw`leav\w*|left|depart\w*|set off|set out`],
  ['돌아가|돌아갔|돌아간|돌아갈', String.raw`return\w*|go\w* back|went back|head\w* back`, '', ''],
  ['끝나|끝났|끝난|끝날|끝내|끝냈|끝낸', String.raw`end(?:s|ed|ing)?|finish\w*|conclud\w*|wrap\w* up|complet\w*`, '', String.raw`continu\w*|ongoing|drag\w* on|persist\w*|still`, String.raw`drag\w* on|went on|go\w* on|last\w*|linger\w*`],
  ['멈추|멈췄|멈춘|멈춰', String.raw`stop(?:s|ped|ping)?|halt\w*|paus\w*|stall\w*|froze|freez\w*|standstill|ceas\w*`, '움직이|움직였|움직인|움직여', String.raw`mov(?:e|ed|es|ing)|budg\w*|stir\w*|shift\w*`],
  ['움직이|움직였|움직인|움직여', String.raw`mov(?:e|ed|es|ing)|budg\w*|stir\w*|shift\w*`, '', '', String.raw`stuck|jammed|immobil\w*|motionless|stranded|stall\w*|froze|frozen`],
  ['잡|잡았|잡은|잡아|잡혔|잡히|잡힌', String.raw`catch\w*|caught|grab\w*|seiz\w*|captur\w*|arrest\w*|grasp\w*|book\w*`, '놓치|놓쳤|놓친|놓쳐', String.raw`miss(?:ed|es|ing)?|lost|let slip|let (?:\w+ )?slip|let (?:\w+ )?get away|blew|blown`],
  ['지키|지켰|지킨|지켜', String.raw`keep\w*|kept|h[eo]ld\w* on(?: to)?|retain\w*|protect\w*|guard\w*|defend\w*|obey\w*|follow\w*|honou?r\w*|abid\w*|observ\w*|compl(?:y|ied|ies)|stick\w* to|stuck to|preserv\w*|maintain\w*`, '어기|어겼|어긴|어겨', String.raw`violat\w*|breach\w*|broke|break\w*|flout\w*|disobey\w*|def(?:y|ied|ies)|infring\w*`],
  ['따르|따랐|따른', String.raw`follow\w*|obey\w*|compl(?:y|ied|ies)|abid\w*|adher\w*|conform\w*`, '거스르|거슬렀|거스른|거슬러', String.raw`def(?:y|ied|ies)|go\w* against|went against|buck\w*|counter\w*|resist\w*|disobey\w*`, String.raw`broke|break\w*|flout\w*|violat\w*|ignor\w*|disobey\w*|def(?:y|ied|ies)|rebel\w*|went (?:his|her|their) own way`],
  ['붙|붙었|붙은|붙어|붙였|붙이|붙인', String.raw`pass(?:ed|es)?|stick\w*|stuck|attach\w*|got in|admitted|accepted|glu\w*|past(?:e|ed)|affix\w*`, '', String.raw`fail\w*|flunk\w*`],
  ['모이|모였|모인|모여', String.raw`gather\w*|assembl\w*|flock\w*|conven\w*|converg\w*|rall\w*|crowd\w*`, '흩어지|흩어졌|흩어진|흩어져', String.raw`scatter\w*|dispers\w*|spread out|disband\w*|split up`],
  ['모으|모았|모은|모아', String.raw`collect\w*|gather\w*|rais\w*|sav(?:e|ed|es|ing)|accumulat\w*|amass\w*|pool\w*|compil\w*`, '', String.raw`spen[dt]\w*|squander\w*`],
  ['나누|나눴|나눈|나눠', String.raw`divid\w*|split\w*|shar(?:e|ed|es|ing)|distribut\w*|separat\w*`, '', String.raw`combin\w*|merg\w*|pool\w*|unit\w*`],
  ['빼|뺐|뺀', String.raw`exclud\w*|remov\w*|subtract\w*|take\w* out|took out|left out|leav\w* out|omit\w*|deduct\w*|minus`, '넣|넣었|넣은|넣어', String.raw`put\w*|add\w*|insert\w*|includ\w*|plac\w*|pour\w*|stuff\w*|load\w*|fill\w*`],
  ['채우|채웠|채운|채워', String.raw`fill\w*|stock\w*|refill\w*|top\w* up|replenish\w*`, '비우|비웠|비운|비워', String.raw`empt\w*|clear\w*|vacat\w*|drain\w*`],
  ['늦|늦었|늦은|늦어|늦춰|늦췄|늦추', String.raw`late|later|latest|delay\w*|tard\w*|behind schedule|postpon\w*|overdue|belated\w*`, '', String.raw`early|earlier|ahead of schedule|on time|punctual\w*|prompt\w*`],
  ['서두르|서둘렀|서두른|서둘러', String.raw`hurr\w*|rush\w*|hasten\w*|speed\w* up|quick\w*`, '미루|미뤘|미룬|미뤄', String.raw`postpon\w*|delay\w*|put off|defer\w*|procrastinat\w*|push\w* back|pushed back`],
  ['기다리|기다렸|기다린|기다려', String.raw`wait\w*|await\w*|queu\w*|line\w* up|hold\w* on|anticipat\w*`, '', String.raw`straight|right away|immediately|at once`],
  ['참|참았|참은|참아', String.raw`endur\w*|bear|bore|borne|tolerat\w*|put up with|hold\w* back|held back|restrain\w*|suppress\w*|patien\w*`, '', String.raw`burst\w*|snapp\w*|lost (?:his|her|their|my) temper|blew up|lash\w* out`],
  ['견디|견뎠|견딘|견뎌', String.raw`endur\w*|withst[ao]\w*|surviv\w*|bear|bore|tolerat\w*|weather\w*|cope|coped|hold\w* up|held up|last\w*`, '', String.raw`collaps\w*|succumb\w*|gave in|broke down|crack\w*`],
  ['버티|버텼|버틴|버텨', String.raw`hold\w* out|held out|hold\w* on|held on|endur\w*|surviv\w*|withst[ao]\w*|stay\w* afloat|hang\w* on|hung on|last\w*|resist\w*`, '', String.raw`collaps\w*|succumb\w*|gave in|gave up|caved`],
  ['이루|이뤘|이룬|이뤄|이루어|이루었', String.raw`achiev\w*|accomplish\w*|attain\w*|realiz\w*|realis\w*|fulfil\w*|form\w*|reach\w*`, '', ''],
  ['풀|풀었|풀린|풀려|풀렸|풀리|풀어', String.raw`solv\w*|resolv\w*|eas(?:e|ed|es|ing)|lift\w*|releas\w*|loosen\w*|unt(?:ie|ied|ies)|undo\w*|unwind\w*|relax\w*|reliev\w*|thaw\w*|unravel\w*`, '묶|묶었|묶은|묶어|묶였|묶인|묶여', String.raw`t(?:ie|ied|ies|ying)|bind\w*|bound|bundl\w*|tether\w*|trapp\w*|stuck|locked|frozen`, String.raw`stuck|unsolved|unresolved|remain\w*|persist\w*|still|tangled`],
  ['막|막았|막은|막아|막혔|막히|막힌|막혀', String.raw`block\w*|prevent\w*|bar(?:s|red)?|shut\w*|seal\w*|clog\w*|jam\w*|congest\w*|defend\w*|avert\w*|thwart\w*`, '뚫|뚫었|뚫은|뚫어|뚫렸|뚫린|뚫려', String.raw`pierc\w*|penetrat\w*|break\w* through|broke through|breach\w*|drill\w*|punctur\w*|unblock\w*|clear(?:ed|s)?`, String.raw`unchecked|unabated|slipp\w* through|got through|rampant|let in`],
  ['깨어나|깨어났|깨어난', String.raw`wak\w*|woke|awak\w*|regain\w* consciousness|came to|come\w* to`, '잠들|잠들었|잠든|잠들어', String.raw`asleep|sleep(?:s|ing|y)?|slept|doz\w*|nod\w* off|nodded off`, String.raw`slept through|sound asleep|fast asleep|unconscious|in a coma`],
  ['일어나|일어났|일어난|일어날', String.raw`wak\w*|woke|got up|get\w* up|stood up|stand\w* up|happen\w*|occur\w*|broke out|take\w* place|took place`, '눕|누웠|누운|누워', String.raw`lie|lies|lying|lay|lain|reclin\w*`],
  ['앉|앉았|앉은|앉아', String.raw`sit\w*|sat|seat\w*`, '', String.raw`stand\w*|stood`],
  ['보내|보냈|보낸', String.raw`sen[dt]\w*|dispatch\w*|mail\w*|ship\w*|spen[dt]\w*|forward\w*|deliver\w*|transferr?\w*`, '', ''],
  ['부르|불렀|부른|불러', String.raw`call\w*|sing\w*|sang|sung|summon\w*|invit\w*`, '', ''],
  ['듣|들었|들은', String.raw`hear\w*|heard|listen\w*|told|learn\w*`, '', String.raw`ignor\w*|deaf|unheard`],
  ['답하|답했|답한|답해', String.raw`answer\w*|repl(?:y|ied|ies)|respond\w*`, '', String.raw`stonewall\w*|dodg\w*|evad\w*|deflect\w*|sidestep\w*|brush\w* off|silen\w*|mum`],
  ['말하|말했|말한|말해', String.raw`tell\w*|told|speak\w*|spoke\w*|talk\w*|mention\w*`, '', String.raw`silen\w*|kept quiet|keep\w* quiet|mum`],
  ['묻|물었|물어', String.raw`ask\w*|inquir\w*|enquir\w*|question\w*|bur(?:y|ied|ies)`, '', ''],
  ['가르치|가르쳤|가르친|가르쳐', String.raw`teach\w*|taught|instruct\w*|tutor\w*|coach\w*|educat\w*`, '배우|배웠|배운|배워', String.raw`learn\w*|stud(?:y|ied|ies|ying)|taught|pick\w* up|picked up|train\w*`],
  ['잃어버리|잃어버렸|잃어버린|잃어버려', String.raw`los(?:e|es|ing|t)|misplac\w*|gone missing|went missing`, '', String.raw`found|find\w*|recover\w*`],
  ['숨기|숨겼|숨긴|숨겨', String.raw`hid|hidden|hide\w*|conceal\w*|stash\w*|cover\w* up|covered up|mask\w*|disguis\w*`, '드러내|드러냈|드러낸|드러나|드러났|드러난', String.raw`reveal\w*|show\w*|expos\w*|display\w*|disclos\w*|emerg\w*|came to light|come\w* to light|surfac\w*|uncover\w*|turn\w* out|turned out`, String.raw`open\w*|frank\w*|candid\w*|honest\w*|upfront|wore (?:her|his|their) heart`],
  ['밝히|밝혔|밝힌|밝혀', String.raw`reveal\w*|disclos\w*|announc\w*|clarif\w*|identif\w*|confirm\w*|explain\w*|made clear|make\w* clear|shed\w* light`, '숨기', ''],
  ['알리|알렸|알린|알려', String.raw`inform\w*|notif\w*|announc\w*|tell\w*|told|let (?:\w+ )?know|publici[sz]\w*|promot\w*|alert\w*`, '', String.raw`kept (?:\w+ )?secret|keep\w* (?:\w+ )?secret|kept quiet|kept (?:\w+ )?in the dark`, String.raw`to (?:him|her|them|my|your|our)sel(?:f|ves)|kept (?:\w+ )?quiet|secret\w*`],
  ['반기|반겼|반긴|반겨', String.raw`welcom\w*|greet\w*|embrac\w*|glad|pleased|applaud\w*|hail\w*`, '꺼리|꺼렸|꺼린|꺼려', String.raw`reluctan\w*|hesitan\w*|hesitat\w*|avoid\w*|shy\w* away|wary|loath|unwilling\w*|balk\w*|shun\w*`],
  ['싫어하|싫어했|싫어한|싫어해', String.raw`hat(?:e|ed|es|ing)|dislik\w*|detest\w*|loath\w*|can't stand|averse`, '좋아하', String.raw`lik(?:e|ed|es|ing)|lov(?:e|ed|es|ing)|enjoy\w*|fond`],
  ['미워하|미워했|미워한|미워해|밉|미웠|미운', String.raw`hat(?:e|ed|es|ing)|resent\w*|loath\w*|detest\w*|despis\w*|dislik\w*`, '', String.raw`lov(?:e|ed|es|ing)|forgiv\w*|forgave`],
  ['아끼|아꼈|아낀|아껴', String.raw`sav(?:e|ed|es|ing)|spar(?:e|ed|ing)|cherish\w*|treasur\w*|economi[sz]\w*|frugal\w*|conserv\w*`, '', String.raw`wast\w*|squander\w*|splurg\w*|lavish\w*`],
  ['즐기|즐겼|즐긴|즐겨', String.raw`enjoy\w*|relish\w*|savou?r\w*|revel\w*|indulg\w*`, '', ''],
  ['돕|도왔|도운|도와', String.raw`help(?:s|ed|ing|ful)?|assist\w*|aid\w*|support\w*|lend\w* a hand|lent a hand`, '', String.raw`hinder\w*|hamper\w*|obstruct\w*|sabotag\w*`],
  ['살리|살렸|살린|살려', String.raw`sav(?:e|ed|es|ing)|rescu\w*|reviv\w*|keep\w* alive|kept alive|revitali[sz]\w*|preserv\w*|leverag\w*|capitali[sz]\w*`, '죽이|죽였|죽인|죽여', String.raw`kill\w*|murder\w*|slay\w*|slain|slew`],
  ['따뜻하|따뜻했|따뜻한|따뜻해', String.raw`warm\w*|mild\w*|balmy|cos(?:y|ier)|coz(?:y|ier)`, '차갑|차가웠|차가운|차가워', String.raw`cold\w*|chill\w*|icy|cool\w*|frosty`],
  ['시원하|시원했|시원한|시원해', String.raw`cool\w*|refresh\w*|breez\w*|crisp`, '', String.raw`stuffy|muggy|sweltering|stifling`],
  ['착하|착했|착한|착해', String.raw`kind\w*|good-natured|good-hearted|nice|sweet|gentle|decent`, '', String.raw`mean|nasty|cruel\w*|wicked`],
  ['똑똑하|똑똑했|똑똑한|똑똑해', String.raw`smart\w*|clever\w*|bright|intelligen\w*|brilliant|sharp`, '', String.raw`stupid\w*|dumb|foolish\w*|dim`],
  ['부지런하|부지런했|부지런한|부지런해', String.raw`diligent\w*|hard-?working|industrious\w*|busy|early riser`, '게으르|게을렀|게으른|게을러', String.raw`lazy|laziness|idle|sluggish|slack\w*`],
  ['새롭|새로웠|새로운|새로워', String.raw`new|novel|fresh\w*|innovativ\w*|original`, '낡|낡았|낡은|낡아', String.raw`old|worn|shabby|outdated|dated|run-down|rundown`],
  ['젊|젊었|젊은|젊어', String.raw`young\w*|youth\w*|youngsters?`, '늙|늙었|늙은|늙어', String.raw`old|older|elderly|aged|aging|ageing`],
  ['예쁘|예뻤|예쁜|예뻐', String.raw`pretty|beautiful|lovely|cute|gorgeous|attractive`, '못생기|못생겼|못생긴', String.raw`ugly|unattractive|homely|plain`],
  ['낯설|낯설었|낯선', String.raw`unfamiliar|strange\w*|alien|foreign|new to`, '', String.raw`familiar|used to|accustomed|at home`],
  ['같|같았|같은|같아', String.raw`same|identical|similar|alike|equal|like`, '다르|달랐|다른|달라', String.raw`differ\w*|unlike|distinct|vary|varies|varied|other`],
  ['비싸|비쌌|비싼', String.raw`expensive|pric(?:ey|ier|iest)|costl(?:y|ier|iest)|overpriced|dear(?:er)?|more expensive`, '', String.raw`cheap\w*|inexpensive|affordable|low-cost|bargain`],
  ['맑|맑았|맑은|맑아', String.raw`clear\w*|sunny|fine|fair|bright|blue skies|clean`, '흐리|흐렸|흐린|흐려', String.raw`cloud(?:s|y|ed|ier)?|overcast|grey|gray|gloomy|murky|blurr\w*|hazy`],
  ['짜|짰|짠', String.raw`salty|saltier`, '싱겁|싱거웠|싱거운|싱거워', String.raw`bland|tasteless|underseason\w*|needs salt`, String.raw`light\w*|mild\w*|low-sodium|low in salt|delicate`],
  ['달|달았|단|달아', String.raw`sweet\w*|sugary`, '', String.raw`bitter\w*`],
  ['맵|매웠|매운|매워', String.raw`spic(?:y|ier|iest)|hot|fiery|pungent`, '', String.raw`mild|bland`],
];

/** The fragment as whole words, not after a hyphen: "non-existent" and "self-sufficient" are other words. */
function englishPattern(fragment: string): RegExp {
  return new RegExp(String.raw`(?<!-)\b(?:${fragment})\b`, 'i');
}

/**
 * A predicate's denial written out: 승인하지 않았다, 승인되지 못했다, 승인은 안 했다, 승인 못 했다, and its manner denied
 * (순조롭게 진행되지 않았다, 원활히 작동하지 못했다).
 */
function deniedSino(key: string): string {
  return `${key}(?:(?:하|되|시키|받|해|돼|스럽|적이)?지(?:는|도|조차)?\\s?(?:않|못)|(?:[은는을를이가도]|조차)?\\s(?:안|못)\\s?(?:했|하|해|된|되|돼|됐)|(?:롭게|하게|히|스럽게)\\s(?:[가-힣]+\\s)?[가-힣]+지(?:는|도)?\\s?(?:않|못))`;
}
/** A thing said not to exist: 차이가 없다, 피해는 전혀 없었다. */
function deniedExistence(noun: string): string {
  return `${noun}(?:[이가은는도]|조차)?\\s?(?:(?:전혀|거의|별로|아무런|큰)\\s)?없`;
}
function deniedNative(forms: string): string {
  const stems = forms.split('|');
  return `(?<![가-힣])(?:${stems.join('|')})지(?:는|도)?\\s?(?:않|못)|(?<![가-힣])(?:안|못)\\s(?:${stems.join('|')})`;
}

function uniqueByKey<T extends readonly [string, unknown]>(rows: readonly T[]): T[] {
  const seen = new Set<string>();
  return rows.filter(([key]) => (seen.has(key) ? false : (seen.add(key), true)));
}

/**
 * Sino-Korean predicate roots and -적이 stems with the English of each, for negation-mismatch's NEGATED_PREDICATES
 * (keys are looked up whole and by their last two syllables). A key both tables hold keeps the check's own row.
 */
const SINO_ENGLISH_ROWS: (readonly [string, string])[] = uniqueByKey([
  ...SINO_POLAR.flatMap(([key, english, opposite, oppositeEnglish]) => [
    [key, english] as const,
    ...(opposite && oppositeEnglish ? [[opposite, oppositeEnglish] as const] : []),
  ]),
  ...ADJECTIVAL_POLAR.flatMap(([key, english, opposite, oppositeEnglish]) => [
    [`${key}적이`, english] as const,
    [key, english] as const,
    ...(opposite && oppositeEnglish ? [[`${opposite}적이`, oppositeEnglish] as const, [opposite, oppositeEnglish] as const] : []),
  ]),
  ...EXISTENTIAL_NOUNS.map(([noun, english]) => [noun, english] as const),
].filter(([, english]) => english !== ''));
export const SINO_PREDICATE_ROWS: ReadonlyArray<readonly [string, RegExp]> = SINO_ENGLISH_ROWS.map(([key, english]) => [key, englishPattern(english)] as const);

/** Native verbs and adjectives for NATIVE_PREDICATES: the forms, |-separated, and the English. */
export const NATIVE_PREDICATE_ROWS: ReadonlyArray<readonly [string, RegExp]> = NATIVE_POLAR.flatMap(([forms, english, opposite, oppositeEnglish]) => [
  [forms, english] as const,
  ...(opposite.includes('|') && oppositeEnglish ? [[opposite, oppositeEnglish] as const] : []),
]).map(([forms, english]) => [forms, englishPattern(english)] as const);

/** The English of each Sino-Korean key, for rows whose opposite is keyed but not rendered in the row itself. */
const SINO_ENGLISH = new Map(SINO_ENGLISH_ROWS);

/**
 * Each denial pattern once, with the English that renders it without a negative word: the opposite's English and the
 * states between the poles of its own row, and the key's English where the row names it as another key's opposite.
 */
function deniedRenderings(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  const add = (korean: string, english: string | undefined): void => {
    if (english) rows.set(korean, [...(rows.get(korean) ?? []), english]);
  };
  for (const [key, english, opposite, oppositeEnglish, between] of SINO_POLAR) {
    add(deniedSino(key), oppositeEnglish || SINO_ENGLISH.get(opposite));
    add(deniedSino(key), between);
    if (opposite) add(deniedSino(opposite), english);
  }
  for (const [key, english, opposite, oppositeEnglish, between] of ADJECTIVAL_POLAR) {
    add(deniedSino(key), oppositeEnglish);
    add(deniedSino(key), between);
    if (opposite) add(deniedSino(opposite), english);
  }
  for (const [forms, english, opposite, oppositeEnglish, between] of NATIVE_POLAR) {
    add(deniedNative(forms), oppositeEnglish);
    add(deniedNative(forms), between);
    if (opposite.includes('|')) add(deniedNative(opposite), english);
  }
  for (const [noun, , absent] of EXISTENTIAL_NOUNS) add(deniedExistence(noun), absent);
  return rows;
}

/**
 * A denied predicate and the English that says it without a negative word (승인하지 않았다 → "rejected", 인상하지
 * 않았다 → "held steady", 차이가 없다 → "the same"), for negation-mismatch's ANTONYMS.
 */
export const DENIED_BY_OPPOSITE: [RegExp, RegExp][] = [...deniedRenderings()].map(([korean, english]) => [new RegExp(korean), englishPattern(english.join('|'))]);

/**
 * A Sino-Korean key used as a predicate or a noun with its particle (증액했다, 증세를), not inside a longer word (the
 * word-start test after the key, so that the key's literal leads the pattern and prefilters fast).
 */
function affirmedSino(key: string): string {
  return `${key}(?<![가-힣]${key})(?=했|한|하[고며여는기게]|해|된|됐|되[고며어었는기게]|돼|키로|할|될|시켰|시킨|시키|됩|합|[을를이가은는도에]|으로|로|\\s|[.,!?]|$)`;
}

/**
 * The pairs read as axes: both poles rendered by specific English verbs or adjectives. Pairs left out have a pole
 * whose English is common in other senses ("starting next Monday" for 개시, "jobs" for 고용, "cut" beside 확대 …
 * 줄이기로), or are axes of direction-mismatch already (up/down, open/closed, for/against, praise/criticism).
 */
const AXIS_KEYS = new Set([
  '입금', '입국', '이륙', '입원', '입학', '승진', '승격', '수입', '매수', '매입', '증세', '증액', '낙관', '급등', '상향',
  '연장', '잔류', '집결', '가결', '수락', '석방', '취임', '임명', '흡수', '가열', '팽창', '유입', '신뢰', '당첨', '연승',
  '엄격', '신중', '진격', '휴전', '복종', '굴복', '항복', '준수', '보호', '존중', '이해', '기억', '흡연', '음주', '출항',
  // Session 14: measures, rulings and deals, read against all the labelled pairs (16 flips caught by every row as an
  // axis, 21 good pairs flagged; these rows made catches only).
  '감소', '격리', '결장', '기각', '보류', '재개', '제외', '타결', '폐지', '해제',
  // Session 16: a state of emergency declared against lifted.
  '선포',
]);

/**
 * Pairs of opposite predicates as direction-mismatch axes: the Korean says one pole only (입금했다), the English the
 * other pole only ("withdrew").
 */
export const OPPOSITE_AXES: [RegExp, RegExp, RegExp, RegExp, [string, string]][] = [
  ...SINO_POLAR.filter(([key, english, opposite]) => AXIS_KEYS.has(key) && opposite && english && SINO_ENGLISH.get(opposite)).map(([key, english, opposite, oppositeEnglish]) => [
    new RegExp(affirmedSino(key)),
    new RegExp(affirmedSino(opposite)),
    englishPattern(english),
    englishPattern(oppositeEnglish || SINO_ENGLISH.get(opposite)!),
    [key, opposite],
  ] as [RegExp, RegExp, RegExp, RegExp, [string, string]]),
];

/**
 * Session 16: words that say something failed, stopped, was refused, undone or costs nothing. A translation keeps
 * such a word or says it with a denial ("did not qualify", "no deal"); an English with neither has turned the event
 * round or dropped it (진출에 실패했다 → "secured a place"). Each row: the Korean word and what follows it when it is
 * used as that word (not 한 포기 "a head of cabbage", 무료한 "bored"), and the English a translator uses for it.
 */
const FREE_OF_CHARGE = String.raw`free\w*|no charge|without charge|complimentary|gratis|no (?:extra |additional )?cost|at no|waiv\w*|for nothing|on the house`;
const NEGATIVE_EVENT_ROWS: ReadonlyArray<readonly [string, string, string]> = [
  // A failed change is also a state kept (흑자 전환에 실패했다 "stayed in the red").
  ['실패', '', String.raw`stay\w*|remain\w*|still|fail\w*|unsuccessful|fell through|flop\w*|in vain|to no avail|fell apart|dash\w*|thwart\w*|foil\w*|stall\w*|broke down|eliminat\w*|knocked out|fell short|short of|blocked|block(?:s|ing)?|botch\w*|wrong|mess\w* up|blew|miss\w*|lost|los(?:e|es|ing)|out of luck`],
  ['무산', '', String.raw`fail\w*|end(?:s|ed|ing)?|fell through|falls? through|falling through|fallen through|collaps\w*|derail\w*|fizzl\w*|call\w* off|shelv\w*|dash\w*|came to nothing|fell apart|scuttl\w*|sunk|sank|torpedo\w*|abort\w*|nixed|scrap\w*|cancel\w*|blocked`],
  ['결렬', '', String.raw`broke down|break(?:s|ing)? down|broken down|breakdown|collaps\w*|stalemate|deadlock\w*|walk\w* out|walked away|fell apart|ruptur\w*|impasse|stall\w*|fail\w*`],
  ['불발', '', String.raw`fell through|fizzl\w*|misfir\w*|duds?|unsuccessful|derail\w*|came to nothing|scuttl\w*|stall\w*|collaps\w*|blocked|fail\w*|scrap\w*|cancel\w*`],
  ['부결', '', String.raw`reject\w*|vot\w* down|defeat\w*|turn\w* down|voted against|blocked|struck down|shot down|killed|fail\w*|sank`],
  ['기각', '', String.raw`reject\w*|dismiss\w*|den(?:y|ied|ies|ial)|turn\w* down|thr[eo]w\w* out|thrown out|overrul\w*|refus\w*|quash\w*|struck down`],
  ['거부', '(?!감)', String.raw`refus\w*|reject\w*|veto\w*|den(?:y|ied|ies|ial)|declin\w*|turn\w* down|rebuff\w*|boycott\w*|snub\w*|spurn\w*|resist\w*|def(?:y|ied|ies|iance)|balk\w*|shun\w*|block\w*`],
  ['거절', '', String.raw`refus\w*|reject\w*|declin\w*|turn\w* down|rebuff\w*|den(?:y|ied|ies|ial)|snub\w*|spurn\w*|pass\w* on|said no`],
  ['금지', '', String.raw`ban(?:s|ned|ning)?|prohibit\w*|forb[ia]d\w*|barred|bars?|outlaw\w*|illegal|restrict\w*|off[- ]limits|embargo\w*|blackout|closed|only|keep out|no-\w+`],
  ['취소', '(?!\\s?수준)', String.raw`cancel\w*|revers\w*|refund\w*|off|postpon\w*|rained out|call\w* off|revok\w*|revocation|withdr\w*|scrap\w*|annul\w*|rescind\w*|drop\w*|strip\w*|void\w*|nullif\w*|axed|scrubbed|forfeit\w*|t[ao]ke\w* back|took back|scratch|undo\w*|disqualif\w*`],
  ['철회', '', String.raw`cancel\w*|withdr\w*|retract\w*|revok\w*|scrap\w*|drop\w*|revers\w*|back\w* down|backtrack\w*|rescind\w*|abandon\w*|U-turn|call\w* off|walk\w* back|pull\w* back|shelv\w*`],
  ['폐지', '', String.raw`abolish\w*|abolition|scrap\w*|eliminat\w*|end(?:s|ed|ing)?|repeal\w*|lift\w*|remov\w*|do(?:ne)? away|did away|phas\w* out|discontinu\w*|axe[ds]?|dismantl\w*|get rid|got rid|drop\w*|retir\w*|supersed\w*|replac\w*`],
  ['(?<!(?:한|두|세|네|반|몇|[0-9/])\\s?)포기', '(?=하|했|한|할|해|를|의|\\s?선언)', String.raw`give up|gave up|giv\w* up|given up|abandon\w*|forgo\w*|forgone|forwent|forfeit\w*|waiv\w*|drop\w*|quit\w*|renounc\w*|relinquish\w*|surrender\w*|walk\w* away|let go|pull\w* out|withdr\w*|scrap\w*|shelv\w*`],
  ['중단', '', String.raw`phas\w* out|halt\w*|stop\w*|suspen\w*|paus\w*|discontinu\w*|end(?:s|ed|ing)?|ceas\w*|interrupt\w*|freez\w*|froze\w*|shut\w*|call\w* off|on hold|pull\w* the plug|breaks?|broke|abandon\w*|cut off|stall\w*|quit\w*|scrap\w*|drop\w*|unavailable|closed|close|hiatus|offline|down|out of service|outages?|disrupt\w*|downtime|went down|crash\w*|s[ai]t(?:s|ting)? out|time off|step\w* away`],
  ['정지', '(?!선|\\s?신호)', String.raw`ban(?:s|ned|ning)?|suspen\w*|halt\w*|stop\w*|stay(?:s|ed)?|freez\w*|froze\w*|block\w*|paus\w*|disabl\w*|deactivat\w*|shut\w*|ceas\w*|standstill|idle`],
  // Session 17: the verb (삼가 주세요, 삼가야, 삼갑니다), not the adverb of condolence (삼가 고인의 명복을 빕니다 "respectfully").
  ['삼가', '(?=[가-힣]|\\s?(?:주|해|하))', String.raw`avoid\w*|refrain\w*|abstain\w*|steer clear|(?:stay|keep)\w* (?:[\w'’-]+ ){0,6}?(?:away|off|out)|limit\w*|cut (?:back|down)|prohibit\w*|forbid\w*|bann?\w*`],
  // Session 17: an order to avoid (운전을 피하십시오), said "you may drive".
  ['피하', '(?=십시오|세요|시고|시기|셔야|여야|는 것이 좋)', String.raw`avoid\w*|refrain\w*|steer clear|(?:stay|keep)\w* (?:[\w'’-]+ ){0,6}?(?:away|off|out|clear)|shun\w*|skip\w*|limit\w*`],
  ['무료', '(?![하한함])', FREE_OF_CHARGE],
  ['무상', '(?![하한함])', `${FREE_OF_CHARGE}|grants?`],
  ['탈락', '', String.raw`dropouts?|eliminat\w*|knocked out|crash\w* out|bow\w* out|exit\w*|fail\w*|dropp\w*|miss\w*|cut|lost|los(?:e|es|ing)|out of|ousted|rejected|weed\w* out|screened out`],
  ['패배', '', String.raw`conced\w*|lost|los(?:e|es|ing)|loss\w*|defeat\w*|beaten|beat|fell|fall\w*|upset|routed|downed|edged|bested|trounced|thrashed|swept`],
];

/** [the Korean word as a word of its own, the English that renders it (global, for `matchAll`)]. */
export const NEGATIVE_EVENTS: ReadonlyArray<readonly [RegExp, RegExp]> = NEGATIVE_EVENT_ROWS.map(([key, after, english]) => [new RegExp(`(?<![가-힣])${key}${after}`), new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${english})(?![\p{L}\p{N}])`, 'giu')] as const);
/** Any of their Korean words, so that most pairs skip the rows at once. */
export const NEGATIVE_EVENT_ANY = new RegExp(NEGATIVE_EVENTS.map(([korean]) => korean.source).join('|'));
