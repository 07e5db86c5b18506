// @fileoverview Who did what to whom: the English gives the act to the other party. The Korean marks roles with
// particles (삼성전자는 애플을 상대로 소송을 제기했다: 는 the one who sues, 을 상대로 the one sued), so in a one-clause
// Korean sentence the doer (이/가/은/는) and the one acted on (을/를, 에게, 을 상대로) are known; the English puts the
// doer first unless it turns the sentence round (passive "was sued by", "received … from", "lost to"). Also the
// passive 교사가 학생에게 폭행을 당했다 (the teacher was assaulted) against an active "the teacher assaulted", and the
// comparison 중국인은 일본인보다 많았다 against "Japanese outnumbered Chinese". Nouns are placed in the English
// through the shared lexicon; a sentence whose two parties cannot both be placed is left alone.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { isCopy } from '../validate/text.js';
import { lexiconEntry } from '../validate/lexicon.js';
import { lexiconDomain } from '../lexicon/index.js';
import { SURNAMES, sameGivenName } from '../validate/names.js';
import { hangulSkeleton, latinSkeleton } from '../align/romanize.js';

export const meta = {
  type: 'error',
  docs: { description: 'The English swaps who did what to whom, or which of two things is larger.' },
  messages: {
    swapped: 'The Korean has "{{doer}}" act on "{{other}}", but the English makes "{{english}}" the one who acts.',
    passive: 'The Korean says "{{other}}" suffered it from "{{doer}}", but the English makes "{{english}}" the one who acts.',
    comparison: 'The Korean says "{{larger}}" is more than "{{smaller}}", but the English says the reverse ("{{english}}").',
  },
} satisfies Check['meta'];

// Kinship words the shared lexicon leaves out, with their English.
const KINSHIP: Record<string, string> = {
  어머니: 'mother|mom|mum', 엄마: 'mother|mom|mum', 아버지: 'father|dad', 아빠: 'father|dad', 할머니: 'grandmother|grandma',
  할아버지: 'grandfather|grandpa', 남편: 'husband', 아내: 'wife', 부인: 'wife', 형: 'brother', 누나: 'sister', 언니: 'sister',
  오빠: 'brother', 동생: 'brother|sister|sibling', 손자: 'grandson|grandchild', 손녀: 'granddaughter|grandchild', 삼촌: 'uncle',
  딸: 'daughters?', 아들: 'sons?', 이모: 'aunt', 고모: 'aunt', 사위: 'son-in-law', 며느리: 'daughter-in-law', 친구: 'friends?', 이웃: 'neighbou?rs?',
};

interface Rendering {
  key: string;
  english: RegExp;
}

/** A surname alone (김 의원 "Rep. Kim"): its romanized forms as whole capitalized words. */
function surname(syllable: string): Rendering | undefined {
  const forms = SURNAMES[syllable];
  return forms ? { key: syllable, english: new RegExp(`\\b(?:${forms.join('|')})\\b`) } : undefined;
}

/** A full Korean name (김민수): the English "Kim Min-su" whose given name romanizes the same. */
function fullName(word: string, en: string): Rendering | undefined {
  const forms = word.length === 3 ? SURNAMES[word[0]!] : undefined;
  // Most pairs name no such person: a plain search for the surname comes before any pattern is built.
  if (!forms || !forms.some((form) => en.includes(form))) return undefined;
  const pattern = new RegExp(`\\b(?:${forms.join('|')})\\s+([A-Z][a-z]+(?:[- ]?[A-Za-z][a-z]+)?)`, 'g');
  for (const match of en.matchAll(pattern)) {
    if (sameGivenName(word.slice(1), match[1]!)) return { key: word, english: new RegExp(`\\b${match[0].replace(/[-\s]/g, '[-\\s]')}\\b`) };
  }
  return undefined;
}

/** English renderings of a Korean noun (plural 들 dropped; 중국인 through 중국; a compound through its last part). */
function renderings(noun: string, en = ''): Rendering[] {
  // 들 is a plural ending only after a noun of its own (학생들, 주민들); 아들 and 들 alone are words.
  const word = noun.length > 2 && !lookup(noun) ? noun.replace(/들$/, '') : noun;
  const direct = lookup(word);
  if (direct) return [direct];
  const name = fullName(word, en);
  if (name) return [name];
  if (word.length > 2 && word.endsWith('인')) {
    const people = lookup(word.slice(0, -1));
    if (people) return [people];
  }
  for (const size of [3, 2]) {
    if (word.length <= size) continue;
    const tail = lookup(word.slice(-size));
    if (tail) return [tail];
  }
  return sounded(word, en);
}

/**
 * A name the lexicon lacks, found by its sound: 두산베어스 → "Doosan", 한화이글스 → "Hanwha" (the first two or three
 * syllables' consonant skeleton equal to a capitalised English word's, three consonants at least).
 */
function sounded(word: string, en: string): Rendering[] {
  if (word.length < 2 || !/[A-Z]/.test(en)) return [];
  for (const size of [3, 2]) {
    if (word.length < size) continue;
    const head = lexiconEntry(word.slice(0, size));
    if (head?.proper) return [{ key: word.slice(0, size), english: head.english }];
  }
  const heads = [2, 3].filter((size) => word.length >= size).map((size) => hangulSkeleton(word.slice(0, size))).filter((sound) => sound.length >= 3);
  if (heads.length === 0) return [];
  for (const match of en.matchAll(/\b[A-Z][a-z]{2,}\b/g)) {
    if (heads.includes(latinSkeleton(match[0]))) return [{ key: word, english: new RegExp(`\\b${match[0]}\\b`) }];
  }
  return [];
}

// English heads of bodies that act (the police, a court, a union): a party even outside the people domain.
const BODY = /\b(?:police|government|prosecut\w*|court|compan\w*|firms?|team|squad|union|party|ministry|agency|council|assembly|club|school|hospital|bank|city|country|nation|military|army|navy|office|authorit\w*|officials?|people|public|residents?|citizens?|group|committee|board|tourists?|visitors?|workers?|employees?|staff|customers?|consumers?|users?|patients?|voters?|investors?|buyers?|sellers?|fans?|players?|students?|teachers?|parents?|children|child|daughters?|sons?|men|women|male|female|m\[ae\]n|wom\[ae\]n|suspects?|victims?|drivers?|passengers?|doctors?|physicians?|nurses?|president|prime minister|premier|minister|mayor|governor|chairman|chairwoman|CEO|chief|leader|lawmakers?|senators?|judges?|officers?|soldiers?|troops|forces|reporters?|journalists?|coach\w*|manager|director|owner|landlords?|tenants?|husband|wife|boss|colleagues?|partner|spouse|singer|actor|actress|artist|member|lawyers?|defendants?|plaintiffs?|witness\w*|thief|robbers?|attackers?|gunman|hackers?|opponents?|rivals?|champion|winner|candidates?|protesters?|demonstrators?|rebels?)\b/i;

/** A noun for a party that can act or be acted on: a person, a body, a place or company by name. */
const KINSHIP_ENGLISH = new Map(Object.entries(KINSHIP).map(([korean, english]) => [korean, new RegExp(`\\b(?:${english})\\b`, 'i')]));
// Nouns repeat across a corpus; their lookups are kept (bounded, cleared when full).
const LOOKUPS = new Map<string, Rendering | undefined>();

function lookup(word: string): Rendering | undefined {
  if (LOOKUPS.has(word)) return LOOKUPS.get(word);
  if (LOOKUPS.size > 20000) LOOKUPS.clear();
  const found = lookupUncached(word);
  LOOKUPS.set(word, found);
  return found;
}

function lookupUncached(word: string): Rendering | undefined {
  const kin = KINSHIP_ENGLISH.get(word);
  if (kin) return { key: word, english: kin };
  if (word.length < 2) return undefined;
  const entry = lexiconEntry(word);
  if (!entry) return undefined;
  if (!entry.proper && lexiconDomain(word) !== 'people-roles' && !BODY.test(entry.english.source)) return undefined;
  return { key: word, english: entry.english };
}

// A noun and the particle that gives its role (the longest particle wins: 에게 before 에, 께서 before 께).
const PARTICLE = /^([가-힣]+?)(께서|에게|한테|보다|을|를|께|에|이|가|은|는)$/;

// Verbs of asking and telling whose 에 marks the one addressed (기업들은 정부에 지원을 요구했다), not a place.
const KO_ADDRESSED = /^(?:요구|요청|촉구|건의|항의|통보|권고|호소|청원|주문|제안|제의|지시|명령|당부|사과)(?:했|한다|하였|해|하고|할|하기로)/;

type Role = 'doer' | 'object' | 'dative' | 'against' | 'than' | 'agent';

interface Party {
  role: Role;
  text: string;
  renderings: Rendering[];
}

// A Korean word ending that joins clauses: with one, the particles may belong to different verbs.
const CLAUSE_JOIN = /(?:다고|라고|냐고|자고|[다라]며|면서|지만|는데|어서|아서|해서|여서|니까|으면|도록|려고|려면|으며|고서|자마자|다가)$/;
const SAID = /(?:밝혔|말했|전했|설명했|강조했|주장했|덧붙였|보도했|알려졌|전망|예상|분석|평가)/;

const OBJECT_POSTPOSITION = /^(?:상대로|대상으로|통해|통한|위해|위한|두고|놓고|비롯해|포함해|중심으로|바탕으로|계기로|앞두고|맞아|향해|따라|이용해|가리지)/;

/** The parties of a one-clause Korean sentence, by role; null when the sentence has more than one clause. */
function parties(ko: string, en: string): { list: Party[]; last: string } | null {
  const words = ko.replace(/[.!?。"“”'‘’「」()[\]]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length < 3 || words.length > 16) return null;
  const last = words.slice(-2).join(' ');
  if (SAID.test(last)) return null;
  // Session 10: two things acted on (국회는 본회의를 열어 … 법안을 통과시켰다) are two predicates, joined by a bare -어/-아
  // (열어, 찾아) that no clause ending names: not one clause. 을 상대로, 를 통해 … are postpositions, not objects.
  let objects = 0;
  for (let k = 0; k < words.length - 1; k++) {
    if (/[가-힣][을를]$/.test(words[k]!) && !/^(?:마을|가을|노을|고을)$/.test(words[k]!) && !OBJECT_POSTPOSITION.test(words[k + 1]!)) objects++;
  }
  if (objects > 1) return null;
  const list: Party[] = [];
  for (let k = 0; k < words.length - 1; k++) {
    const word = words[k]!;
    if (CLAUSE_JOIN.test(word) && !lexiconEntry(word)) return null;
    const match = PARTICLE.exec(word);
    if (!match) continue;
    const [, noun, particle] = match as unknown as [string, string, string];
    let role: Role | undefined;
    if ((particle === '을' || particle === '를') && words[k + 1] === '상대로') role = 'against';
    else if (particle === '에게' || particle === '한테' || particle === '께') role = 'dative';
    else if (particle === '에') role = /^의해/.test(words[k + 1] ?? '') ? 'agent' : KO_ADDRESSED.test(words[words.length - 1]!) ? 'dative' : undefined;
    else if (particle === '보다') role = 'than';
    else if (particle === '을' || particle === '를') role = 'object';
    else role = 'doer';
    if (!role) continue;
    // 김민수 씨가, 김 씨를: the honorific stands for the name before it.
    const named = /^(?:씨|군|양|씨들)$/.test(noun) && k > 0 ? words[k - 1]! : '';
    const found = named ? (named.length === 1 ? [surname(named)].filter((r): r is Rendering => Boolean(r)) : renderings(named, en)) : renderings(noun, en);
    // A noun the lexicon cannot place, or a verb form read as a noun (하는, 있는): no party.
    if (found.length === 0) continue;
    // The word before, if it is a bare noun (중국인 관광객, 고등학교 교사), tells two parties with one head apart.
    const before = k > 0 ? words[k - 1]! : '';
    const single = before.length === 1 ? surname(before) : undefined;
    // A word with its own role particle (한화이글스가 두산베어스를) is another party, not a modifier.
    const particled = before.length >= 3 && /(?:이|가|은|는|을|를|에게|한테|께서)$/.test(before);
    const modifier = single ? [single] : /^[가-힣]{2,}$/.test(before) && !particled ? renderings(before, en) : [];
    list.push({ role, text: before && modifier.length ? `${before} ${word}` : word, renderings: [...found, ...modifier] });
  }
  return { list, last };
}

/** Where a party first shows in the English, by its renderings that the other party does not share. */
function place(party: Party, other: Party, en: string): { index: number; text: string } | null {
  const shared = new Set(other.renderings.map((rendering) => rendering.english.source));
  let best: { index: number; text: string } | null = null;
  for (const rendering of party.renderings) {
    if (shared.has(rendering.english.source)) continue;
    const match = rendering.english.exec(en);
    if (match && (!best || match.index < best.index)) best = { index: match.index, text: match[0] };
  }
  return best;
}

// An English sentence turned round: passive, "received … from", "lost to".
const EN_PASSIVE =
  /\b(?:was|were|been|being|is|are|be|get|gets|got|getting)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|hit|hurt|beat|sued|struck|caught|bought|sold|taught|shot|held|led|made|paid|told|left|kept|found|brought|sent|built|won|lost|set|put|cut|bitten|stung|slain)\b/i;
const EN_CONVERSE =
  /\b(?:by|from|at the hands of|lost|los(?:e|es|ing)|fell to|beaten|defeated|bowed to|received|receives?|receiving|got|gets|learn\w*|borrow\w*|inherit\w*|heard|faces?|facing|suffer\w*|victim|targeted|whose|whom|which|who)\b/i;
const KO_PASSIVE_END = /당했|당한|당하|당해|맞았|받았|받은|받아|받고/;
// Predicates of two-way acts (meet, marry, agree, fight, talk): either party may come first.
// and acts an English verb turns round (일본에게 졌다 "Japan beat Korea", 선배에게 배웠다 "a senior taught him").
const KO_MUTUAL = /졌|패했|패배|패하|밀렸|뒤졌|배웠|배운|빌렸|얻었|샀|들었|물려받|만났|만나|결혼|합의|협상|회담|통화|대화|논의|싸웠|다퉜|경쟁|협력|제휴|합병|계약|거래|비교|대결|맞붙|교환|화해|악수|겨뤘|무승부|비겼/;
const KO_EXPERIENCER = /필요|있|없|생기|생겼|생긴|보이|보였|들리|들렸|중요|어렵|어려웠|쉽|쉬웠|익숙|낯설|맞|어울|좋|싫|부족|충분|달려|달렸|걸려|걸렸|주어|돌아가|돌아갔|남았|남아|남는|났다|났고|나타났|떨어졌|닥쳤|찾아왔|왔다|갔다|[이가]다$|[이였]었다$/;
const KO_MORE = /오래 [살산]|많[았았다아은]|많다|크[다게]|컸|큰|높[았다은]|길[었다]|넓[었다]|무거[웠운]|비싸|비쌌|빠르|빨랐|앞서|앞섰|웃돌|늘었|세[다었]|강했|강하다|우세/;
const KO_LESS = /적[었다은]|작[았다은]|낮[았다은]|짧[았다은]|좁[았다은]|가벼[웠운]|싸[다고]|쌌|느리|느렸|뒤[지졌]|밑돌|약했|약하다|열세/;
const EN_MORE =
  /\b(?:more|greater|larger|bigger|higher|longer|faster|stronger|heavier|older|richer|costlier|pricier|outnumber(?:s|ed|ing)?|exceed(?:s|ed|ing)?|outpac\w*|surpass\w*|outstrip\w*|outs[eo]l\w*|outperform\w*|ahead of|twice|double|triple|times as (?:many|much|high|large))\b/i;
const EN_LESS = /\b(?:fewer|less|smaller|lower|shorter|slower|weaker|lighter|younger|poorer|cheaper|behind|trail(?:s|ed|ing)?|half as|fell short)\b/i;
const EN_TURNED = /\b(?:outnumbered|exceeded|surpassed|outpaced|outstripped|outperformed|outsold) by\b/i;

/** Words between a party and the doer that make the party a modifier of the doer's title, not a subject. */
const EN_TITLE_GAP =
  /^(?:['’]s)?\s+(?:(?:[Cc]oach|[Mm]anager|[Hh]ead|[Cc]hief|[Ll]eader|[Cc]hair(?:man|woman|person)?|[Pp]resident|[Dd]irector|[Cc]aptain|[Ss]triker|[Ff]orward|[Mm]idfielder|[Dd]efender|[Gg]oalkeeper|[Pp]itcher|[Pp]layer|[Ss]tar|[Mm]ember|[Ff]ounder|[Oo]wner|[Oo]fficial|[Ss]pokes(?:man|woman|person)|[Mm]inister|[Ss]ecretary|CEO|[Bb]oss|[Ss]kipper|[Gg]overnor|[Mm]ayor|[Pp]rofessor|[Rr]esearcher|[Tt]eacher|[Ss]inger|[Aa]ctor|[Aa]ctress|[Rr]ep\.|[Ll]awmaker|[Ee]xecutive|[Vv]ice|[Ff]ormer|[Nn]ational|[Tt]eam)\s+){0,3}$/;

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!en.trim() || isCopy(ko, en)) return;
      // Most Korean has no role to read: it needs a particle of a second party.
      if (ko.length > 110 || !/[가-힣](?:을|를|에게|한테|께|보다|에 의해)\s/.test(ko)) return;
      const read = parties(ko, en);
      if (!read) return;
      const doers = read.list.filter((party) => party.role === 'doer');
      if (doers.length !== 1) return;
      const doer = doers[0]!;
      const others = read.list.filter((party) => party.role !== 'doer');
      // Comparison: X는 Y보다 많았다.
      const than = others.filter((party) => party.role === 'than');
      if (than.length === 1 && others.length === 1) {
        const tail = ko.slice(ko.lastIndexOf(than[0]!.text.split(' ').pop()!));
        const koreanMore = KO_MORE.test(tail);
        if (koreanMore === KO_LESS.test(tail)) return;
        const more = EN_MORE.exec(en);
        const less = EN_LESS.exec(en);
        if (Boolean(more) === Boolean(less)) return;
        const sameWay = Boolean(more) === koreanMore !== EN_TURNED.test(en);
        const a = place(doer, than[0]!, en);
        const b = place(than[0]!, doer, en);
        if (!a || !b || a.index === b.index) return;
        if ((a.index < b.index) === sameWay) return;
        const cue = (more ?? less)!;
        const [larger, smaller] = koreanMore ? [doer.text, than[0]!.text] : [than[0]!.text, doer.text];
        context.report({ messageId: 'comparison', data: { larger, smaller, english: cue[0] }, side: 'en', range: [cue.index, cue.index + cue[0].length] });
        return;
      }
      // The predicate decides (대화를 제안했다 "proposed talks" is one-way; 대화했다 is two-way): an object before it is not read.
      if (KO_MUTUAL.test(read.last.replace(/^[가-힣]+[을를]\s/, ''))) return;
      const acted = others.filter((party) => party.role !== 'than');
      // X가 Y에(게) Z를 제안했다: with one addressed and one thing asked or given, the addressed is the other party.
      const addressed = acted.length === 2 && acted.some((party) => party.role === 'object') ? acted.filter((party) => party.role === 'dative') : acted;
      if (addressed.length !== 1) return;
      const other = addressed[0]!;
      // A court's ruling acted on (원심을 파기했다, 1심 판결을 뒤집었다) is no party: "appeals court" may name either.
      if (/^(?:원심|[12]심|하급심|항소심|상고심|판결|선고)/.test(other.text)) return;
      // 환자에게 의사가 필요하다 ("the patient needs a doctor"): the one in 에게 feels or has; English makes it the subject.
      if (other.role === 'dative' && KO_EXPERIENCER.test(read.last)) return;
      const passive = KO_PASSIVE_END.test(read.last) || other.role === 'agent';
      // 받았다 with 에게 is "received from": the English may make either party the subject.
      if (passive && /받/.test(read.last)) return;
      const a = place(doer, other, en);
      const b = place(other, doer, en);
      if (!a || !b || a.index === b.index) return;
      if (passive) {
        if (other.role !== 'dative' && other.role !== 'agent') return;
        // 교사가 학생에게 폭행을 당했다: the English either makes the student act, or keeps the teacher and turns it.
        if (b.index < a.index || EN_PASSIVE.test(en) || EN_CONVERSE.test(en)) return;
        context.report({ messageId: 'passive', data: { doer: other.text, other: doer.text, english: a.text }, side: 'en', range: [a.index, a.index + a.text.length] });
        return;
      }
      if (a.index < b.index || EN_PASSIVE.test(en) || EN_CONVERSE.test(en)) return;
      // The other party named as the doer's title ("National team coach Hong Myung-bo", "Samsung's chairman Lee").
      if (EN_TITLE_GAP.test(en.slice(b.index + b.text.length, a.index))) return;
      context.report({ messageId: 'swapped', data: { doer: doer.text, other: other.text, english: b.text }, side: 'en', range: [b.index, b.index + b.text.length] });
    },
  };
}
