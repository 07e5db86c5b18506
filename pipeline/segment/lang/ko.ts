// Korean language data for the segmenter: sentence-final endings, words that continue a sentence
// after an ending or a closing quote, conjunctions, list markers and Latin abbreviations.
// Rules in ../rules read these tables; nothing here is logic.

/**
 * Syllables before 요 that make 요 a polite sentence-final ending (했어요, 그렇네요, 할게요, 했구요).
 * Open syllables with the vowels ㅗ ㅜ ㅛ ㅠ ㅡ are left out because nouns end that way
 * (주요, 수요, 소요); the polite ones among them (고요, 구요) are listed.
 */
export const POLITE_YO_BEFORE_CLOSED = new Set(['군', '걸', '든', '는', '은', '을', '를', '죠', '않', '짓', '만', '뿐', '것', '건', '겁', '셈', '듯', '음', '랍', '답', '냅', '잖', '쥬']);
export const POLITE_YO_BEFORE_OPEN_EXTRA = new Set(['고', '구', '조', '료', '뇨', '쇼', '요', '으', '흐']);
/** Nouns ending in 요 after an open syllable that the vowel test does not catch. */
export const NOUNS_ENDING_IN_YO = new Set(['개요', '세요', '가요', '매요', '대요', '애요', '재요']);

/** Words that read as a noun, adverb or connective even though they end like a final ending. */
export const NOT_FINAL = new Set([
  '바다', '마다', '보다', '가다', '하다', '따다', '파다', '조차', '다다', '어쩌다', '이따',
  '처음', '마음', '다음', '조금', '지금', '요즘', '이름', '그림', '느낌', '믿음', '웃음', '울음', '죽음', '얼음', '걸음', '묶음', '볶음', '물음', '졸음', '놀음', '발음', '녹음', '마음', '조음', '잡음', '소음', '굶음', '모음', '무음',
  '도움', '기쁨', '슬픔', '아픔', '싸움', '어려움', '즐거움', '외로움', '두려움', '고마움', '그리움', '설렘', '알림', '흐름', '구름', '소름', '씨름', '여드름', '다름', '기름', '보름', '주름', '거름', '고름', '오름', '가름', '마름', '게으름', '어름', '너름', '바름', '푸름', '노름', '무름', '다다름', '그름', '시험', '경험', '위험', '보험', '실험', '체험', '모험', '관심', '점심', '욕심', '중심', '자신감', '사랑니',
  '책임', '모임', '게임', '타임', '네임', '프레임', '취임', '사임', '신임', '선임', '담임', '부임', '재임', '퇴임', '연임', '방임', '소임', '놀이', '함께', '고집', '사람', '바람', '마침', '아침', '저녁', '여름', '가을', '봄', '힘', '점', '뜸', '앎', '삶', '꿈', '잠', '밤', '섬', '짐', '춤', '숨', '몸', '봄', '땀', '흠', '음', '함', '임', '됨',
  '아니', '냅다', '갖다', '어찌됐든', '아무튼', '하지만', '그런데', '근데', '그렇지만', '그리고', '그래서', '그러니까', '그러면', '그럼', '아니면',
]);

/**
 * A word that begins like one of these continues the sentence after a final ending, a question
 * mark or a closing quote: `"가자" 라며`, `뭐지?? 하고`, `했다 하더라도`.
 */
export const CONTINUATION_PREFIXES = [
  '라고', '라며', '라는', '라면서', '라든', '이라고', '이라며', '이라는', '하드라', '카더라', '카드라',
  '하고', '하며', '하면', '하는', '하더', '하여', '하니', '하던', '하자', '하길', '하기', '하였', '하지는', '하지도',
  '해도', '해서', '해야', '했', '한다고', '한다는', '함으', '하셨', '하시', '하신', '하셔',
  '싶', '생각', '보니', '거나', '든지', '든가', '시피', '지만', '보면', '치고', '치면', '면서', '고는', '는데', '라서', '따위',
  '말하', '말했', '물었', '묻자', '외쳤', '소리쳤', '덧붙', '되물', '반문', '답했', '답하', '전했', '밝혔', '강조했', '설명했', '지적했', '주장했',
];
/** Whole words (not prefixes) that continue a sentence: particles and bound nouns typed apart. */
export const CONTINUATION_WORDS = new Set(['고', '며', '는', '은', '면', '란', '이란', '이라', '라는', '라고']);

/** Syllables before 용 that make it a playful 요 (해용, 좋아용, 그렇죵 is 죠). */
export const PLAYFUL_YONG_BEFORE = new Set(['해', '어', '아', '네', '게', '까', '세', '데', '래', '져', '워', '와', '봐', '줘', '돼', '걸', '군', '는', '니', '요', '구', '고', '죠', '지']);

/** Last syllables of a word carrying a case particle or 하는-type ending: `양이....` trails off mid-clause. */
export const PARTICLE_SYLLABLES = new Set(['이', '가', '을', '를', '은', '는', '도', '에', '의', '로', '와', '과', '랑', '만', '서', '께', '테', '한', '란', '데']);

/** Words after which `…` or `..` trails off inside a sentence rather than ending it. */
export const CONJUNCTIONS = new Set([
  '그런데', '근데', '그리고', '그래서', '그러나', '하지만', '그러니까', '그니까', '그럼', '그러면', '아무튼', '암튼', '어쨌든',
  '그냥', '진짜', '정말', '너무', '물론', '일단', '우선', '솔직히', '역시', '아', '어', '음', '흠', '뭐',
  '아우', '아휴', '어휴', '에휴', '아이고', '에고', '휴', '헐', '와', '우와', '오', '흐음', '글쎄', '그게', '저기', '그', '저', '이', '혹시', '사실', '근데요', '그래도', '왜냐면',
]);

/** Last syllables of connective endings (-고 is left out: `뻔한 거 같고.. 원래` ends there): 해서, 하지만, 하는데, 하면, 하니까, 하며, 하게. */
export const CONNECTIVE_SYLLABLES = new Set(['서', '만', '데', '면', '까', '며', '게', '도', '려', '록', '듯', '여']);


/**
 * Latin abbreviations whose period does not end a sentence (compared lower-case, without the
 * final period). Multi-dot forms (U.S., p.m., e.g.) are recognised by their shape.
 */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'gov', 'sen', 'rep', 'rev', 'capt', 'col', 'lt', 'sgt', 'hon', 'pres',
  'vs', 'etc', 'cf', 'approx', 'no', 'nos', 'vol', 'vols', 'p', 'pp', 'fig', 'figs', 'eq', 'ch', 'sec', 'art', 'ed', 'eds', 'trans', 'ref', 'refs',
  'inc', 'co', 'corp', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'intl', 'est', 'op', 'ver', 'ibid', 'al', 'viz',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'a.m', 'p.m', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'u.s.a', 'ph.d', 'b.c', 'a.d',
]);

/** Abbreviations written before what they qualify: their period never ends a sentence. */
export const PREPOSITIVE_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'gen', 'gov', 'sen', 'rep', 'rev', 'capt', 'col', 'lt', 'sgt', 'hon', 'pres', 'no', 'nos', 'vol', 'p', 'pp', 'fig', 'ch', 'sec', 'art', 'vs', 'cf', 'ver', 'op']);

/** Single Hangul syllables used as list markers before a period or parenthesis: 가. 나. 다) */
export const HANGUL_LIST_MARKERS = new Set(['가', '나', '다', '라', '마', '바', '사', '아', '자', '차', '카', '타', '파', '하']);

/** Bullets that open a list item at the start of a line. */
export const BULLETS = new Set(['-', '–', '—', '•', '·', '∙', '●', '○', '◦', '■', '□', '▪', '▫', '◆', '◇', '▶', '▷', '►', '※', '*', '+', '✔', '✓', '☞', '→', '>']);

/** Words that open a sentence; after a weak ending (하다, 좋네) they confirm the boundary. */
export const SENTENCE_OPENERS = new Set([
  '그런데', '근데', '그리고', '하지만', '그래서', '그러나', '그러니까', '그니까', '아무튼', '암튼', '어쨌든', '또한', '물론', '게다가', '그러면', '그럼',
  '따라서', '한편', '결국', '다만', '특히', '반면', '그래도', '그렇지만', '왜냐하면', '왜냐면',
]);

/**
 * Noun endings that look like a sentence-final ending: 국어 and 영어 end like 먹어, 수요 like 해요.
 * A word ending in one of these is never taken as final.
 */
export const NOUNS_LIKE_ENDINGS = [
  '국어', '영어', '언어', '단어', '용어', '본어', '일어', '한어', '랍어', '스어', '아어', '주어', '술어', '목적어', '문어', '상어', '숭어', '연어', '광어', '고등어', '오징어', '방어',
  '대중가요', '동요', '민요', '수요', '중요', '필요', '주요', '개요', '강요',
];

/** Words after which a nominal ending is a noun, not an end: 뻑뻑함 없이, 매콤함 외에, 상큼함 그 자체. */
export const AFTER_NOMINAL_NOUN = new Set(['없이', '없는', '없고', '외에', '외', '이외에', '대신', '덕분에', '때문에', '때문', '속에', '정도', '정도로', '만큼', '자체', '자체가', '가득', '가득한', '있는', '그대로', '뿐']);

/** Case particles, which a writer sometimes types apart from the quote they attach to. */
export const PARTICLES = new Set(['을', '를', '이', '가', '은', '는', '의', '에', '에서', '로', '으로', '와', '과', '도', '만', '라는', '이라는', '라고', '이라고', '란', '이란', '처럼', '까지', '부터', '에게', '한테']);

/**
 * Nouns ending in 함 (포함, and the -함 "box" of 사물함, 우편함): `세금 포함 3만 원` is not `만족함 다음`.
 * Compared as word endings.
 */
export const NOUNS_ENDING_IN_HAM = ['포함', '고함', '군함', '전함', '함함', '우편함', '사물함', '보관함', '편지함', '메일함', '투표함', '모금함', '건의함', '수납함', '휴지함', '신고함', '사서함', '수거함', '헌금함', '공구함', '반찬함'];

/** Adverbs before a one-syllable nominal ending that make it a verb: 못 탐, 안 잠, 잘 씀. */
export const ADVERBS_BEFORE_NOMINAL = new Set(['못', '안', '잘', '다', '또', '좀', '꼭', '걍', '더', '덜', '막', '딱', '푹', '쭉', '확', '싹', '꽉']);

/** Words that close a post or a chat turn, with or without a tilde after them: 오늘은 여기까지~, 그럼 이만~. */
export const SIGN_OFFS = new Set(['여기까지', '이만', '끝', '안녕', '빠이', '바이']);

/**
 * Label words that open a line before a period: `Tip. 김치 국물을…`, `P.S. 다음엔…`, `참고. 자세한…`.
 * Compared lower-case, without the final period. The period after them does not end a sentence.
 */
export const LABELS = new Set(['tip', 'tips', 'note', 'notice', 'ps', 'p.s', 'pps', 'p.p.s', 'nb', 'n.b', 'info', '참고', '주의', '팁', '꿀팁', '추신']);

/** Amendment notes that follow an article's last sentence in Korean statutes: `…처한다. <개정 2020. 6. 9.>`. */
export const AMENDMENT_NOTES = ['개정', '신설', '전문개정', '본조신설', '제목개정', '종전', '삭제', '시행일', '타법개정', '일부개정'];

/**
 * Jamo reactions that close a chat sentence when typed after a word: ㅋㅋ, ㅎㅎ, ㅠㅠ, ㅜㅜ, ㄷㄷ (trembling),
 * ㄱㄱ (let's go), ㅇㅇ, ㄴㄴ, ㅡㅡ, and ;; (a cold sweat). Other jamo runs are keyboard mashing (ㅁㄴㅇㄹ).
 */
export const REACTION_JAMO = 'ㅋㅎㅠㅜㄷㄱㅇㄴㅡ;';

/** Of those, the reactions that end the sentence even after a bare noun: 확인ㄱㄱ, 실화ㄷㄷ, 완전 다름;;. */
export const CLOSING_REACTION_JAMO = 'ㄷㄱ;';

/**
 * Adverbs (and the "and you?" pronouns, and a call to the readers: 여러분, 님들) put after a finished sentence as an afterthought (inverted
 * order): `버텨본다 진짜로`, `맛있어요 정말`, `응 먹었어 너는`. Said alone after the ending, up to the end or
 * to punctuation, they belong to it.
 */
export const AFTERTHOUGHT_ADVERBS = new Set(['너는', '넌', '너도', '당신은', '너희는', '니는', '진짜', '진짜로', '정말', '정말로', '완전', '드디어', '너무', '넘', '진심', '진심으로', '레알', '참', '꼭', '역시', '아직도', '벌써', '제발', '아마', '아마도', '확실히', '솔직히', '그냥', '또', '다시', '이제', '꼭이요', '증말', '리얼', '대박', '여러분', '여러분들', '님들', '얘들아', '친구들아', '뭐']);

/**
 * Last syllables of a word ending in a particle that a nominal-ending predicate takes: `반으로 바뀜`,
 * `옆이 무너짐`, `책을 읽음`, `친구한테 들음`. A word in ㅁ after one of them is the predicate.
 */
export const ARGUMENT_PARTICLE_SYLLABLES = new Set(['로', '이', '가', '에', '서', '게', '께', '테', '을', '를']);

/** Verbs in the nominal ending -김 (웃기다 → 웃김): 웃김, 남김, 맡김, 옮김, 숨김. Other words in 김 are mostly nouns (조미김). */
export const NOMINAL_KIM = ['웃김', '남김', '맡김', '옮김', '숨김', '굶김', '신김', '안김', '넘김', '씻김', '빼앗김', '뺏김', '놀래킴'];

/** Intensifiers that make the bare noun after them a predicate: 완전 꿀맛, 진짜 대박, 너무 행복. */
export const INTENSIFIERS = new Set(['완전', '진짜', '너무', '넘', '정말', '레알', '개', '존', '핵', '겁나', '엄청', '완젼', '진심', '참']);

/** Words before 있다 that make it "a while later" (-다가), not an end: 조금 있다 갈게, 좀 있다 봐. */
export const WHILE_BEFORE_ITDA = new Set(['조금', '좀', '쫌', '잠깐', '잠시', '쪼금', '조끔', '쪼끔']);

/** Nouns said alone as an exclamation: with ㅋㅋ, ㅠㅠ or an emoji after them they are a sentence (미안ㅠㅠ 10분 늦을 듯). */
export const EXCLAMATION_NOUNS = new Set(['미안', '감사', '축하', '대박', '최고', '짱', '헐', '실화', '레전드', '굿', '화이팅', '파이팅', '수고', '땡큐', '감동', '인정', '꿀잼', '노잼', '핵잼', '꿀팁', '완벽', '성공', '실패', '합격', '불합격', '당첨', '득템', '완료', '끝']);

/** Words that ask (뭐, 어디, 언제, 왜…): a -지 later in their sentence is a question (`오늘 점심 뭐 먹지`). Compared as word starts. */
export const QUESTION_WORDS = ['뭐', '뭘', '뭔', '무슨', '무엇', '어디', '언제', '왜', '누가', '누구', '어떻게', '어떡', '어떤', '어느', '몇', '얼마', '어쩌'];

/**
 * Starts of the auxiliary verbs (and the verbs a connective -어 leads into) written after -어/-아:
 * 먹어 봤어, 도와 줘, 버려 버렸어, 적어 놓을게, 붙어 있어, 들어 가, 좋아 죽겠어, 맛있어 보임.
 * A banmal -어 before one of them is a connective.
 */
export const BANMAL_AUXILIARY_STARTS = [
  '보', '봐', '봤', '볼', '봄', '본', '봅', '주', '줘', '줬', '줄', '준', '줌', '줍', '드리', '드려', '드렸', '드릴', '드림',
  '버리', '버려', '버렸', '버릴', '버림', '놓', '놔', '놨', '두', '둬', '뒀', '둔', '둘', '둠', '있', '없', '계',
  '가', '갔', '갈', '감', '간', '갑', '와', '왔', '올', '옴', '온', '오', '내', '냈', '낼', '냄', '대', '댔',
  '지', '져', '졌', '질', '짐', '죽', '미치', '미쳐', '미칠', '치우', '치워', '먹', '하', '해', '했', '할', '함', '한', '빠지', '빠져', '달라',
];

/** Words that begin like an auxiliary but open a clause of their own (재밌어 오늘 또 가자, 좋아 내일 봐, 있어 가져가): compared as word starts. */
export const NOT_AUXILIARY = ['오늘', '오랜', '오빠', '오전', '오후', '지금', '지난', '하루', '하나', '한번', '한국', '하늘', '내일', '내가', '내년', '내용', '가끔', '가장', '가족', '가게', '가방', '가격', '가져', '대박', '대신', '주말', '주문', '계속', '보통', '지하'];

/**
 * Stems before which a banmal -지 ends an assertion (좋지, 그렇지, 당연하지, 괜찮지, 되지; not 해야지 or 않지, as often mid-sentence): predicates,
 * as char codes. After other syllables 지 is as often a noun's (바지, 금지, 의지, 휴지).
 */
export const BANMAL_JI_STEMS = new Set([...'하되돼좋맞찮렇싫쉽없많같시겠'].map((char) => char.charCodeAt(0)));

/** Nouns and postpositions ending in 해 (올해, 위해, 통해): no banmal -해. Compared on the last two syllables. */
export const NOT_BANMAL_HAE = new Set(['위해', '통해', '대해', '의해', '인해', '관해', '향해', '비해', '올해', '이해', '손해', '피해', '방해', '새해', '동해', '서해', '남해', '황해', '연해', '근해', '공해', '침해', '재해', '훼해', '살해', '분해', '화해', '견해', '미해', '요해']);

/** Loanwords ending in 워 (파워, 타워, 샤워): no banmal -워. */
export const NOT_BANMAL_WO = new Set(['파워', '타워', '샤워', '아워', '플라워', '팔로워']);

/** People after whom 네 means "and family, and company" (우리네, 친구네 집, 이모네): no -네 ending. Compared without the 네. */
export const NOT_BANMAL_NE = new Set(['우리', '너', '니', '저', '자', '친구', '이모', '고모', '삼촌', '언니', '오빠', '누나', '형', '동생', '엄마', '아빠', '할머니', '할아버지', '사촌', '이웃', '옆집', '큰집', '작은집', '처가', '시댁', '철수', '영희', '선생', '동', '그', '지']);

/** Thanks, apologies, greetings in banmal: always a sentence of their own (고마워 덕분에 살았어). Compared as word ends. */
export const SPEECH_ACTS = ['고마워', '미안해', '사랑해', '축하해', '반가워', '감사해', '부탁해', '수고해', '잘자', '환영해'];

/** Homes and households after a name in 네 (지민이네 집, 민수네 가게): there 네 is "and family", not the ending -네. Compared as word starts. */
export const HOUSEHOLD = ['집', '가게', '식당', '가족', '식구', '엄마', '아빠', '부모', '어머니', '아버지', '할머니', '할아버지', '강아지', '고양이', '아기', '애기', '동네', '회사', '농장', '별장', '차'];
