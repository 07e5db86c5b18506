// Tense: what an English edition adds is mostly background told in the present ("BIFF is Asia's
// largest film festival.", "A combined title means winning both…", "Such schemes are known as…"),
// while the report around it, like the Korean it translates, is told in the past (했다 ↔ "said",
// "won", "upheld"). A present-tense English sentence inside a link whose Korean sentences all end
// in the past is more likely the edition's own addition than a translation of them.

const HANGUL_BASE = 0xac00;
/** Final consonant ㅆ: the past marker (었, 았, 였, 했, 됐, 졌…) always ends in it. */
const JONG_SSANG_SIOS = 20;

/** Whether a Korean sentence's last predicate is in the past tense ("밝혔다", "숨졌습니다", "…고 말했다."). */
export function isKoreanPast(text: string): boolean {
  const trimmed = text.trim().replace(/[.!?"'”’」』)\]…\s]+$/u, '');
  const match = /([\uac00-\ud7a3])(?:다|습니다|어요|죠)$/u.exec(trimmed);
  if (!match) return false;
  const syllable = match[1]!;
  // 있다 / 없다 are present, 겠다 is future: all three also end in ㅆ.
  if (syllable === '있' || syllable === '없' || syllable === '겠') return false;
  return (syllable.codePointAt(0)! - HANGUL_BASE) % 28 === JONG_SSANG_SIOS;
}

/** Same form in the present: read as past, so that a doubtful sentence is not taken for background. */
const SAME_FORM = ['beat', 'cut', 'hit', 'put', 'set', 'let', 'shut', 'quit', 'spread', 'cast', 'cost', 'hurt', 'read', 'bet', 'upset'];
/**
 * A same-form verb after "to" or a present modal is an infinitive, not a past ("meets eight times a
 * year to set the benchmark rate"): it says nothing of the sentence's tense.
 */
const INFINITIVE_RE = new RegExp(String.raw`\b(?:to|can|cannot|may|must|should|do|does)\s+(?:${SAME_FORM.join('|')})\b`, 'gi');

const IRREGULAR_PAST = [
  'was', 'were', 'had', 'did', 'said', 'made', 'took', 'won', 'saw', 'told', 'gave', 'came', 'went', 'held', 'met',
  'fell', 'rose', 'grew', 'led', 'left', 'lost', 'kept', 'shot', 'ran', 'sent', 'spent', 'found', 'became', 'began',
  'brought', 'built', 'bought', 'caught', 'chose', 'drew', 'drove', 'ate', 'felt', 'fought', 'flew', 'got', 'heard',
  'knew', 'paid', 'rode', 'sold', 'sat', 'spoke', 'broke', 'stood', 'struck', 'swore', 'taught', 'thought', 'threw',
  'understood', 'woke', 'wore', 'wrote', 'sang', 'rang', 'swam', 'overcame', 'withdrew', 'forgot', 'shook', 'slid',
  'stuck', 'swept', 'wept', 'sought', 'meant', 'hung', 'lit', 'bore', 'dealt', 'fed', 'fled', 'slept', 'lent', 'dug',
  'upheld', 'oversaw', 'mistook', 'undertook', 'arose', 'froze', 'stole', 'hid', 'bit', 'bid', 'sprang', 'strove',
  ...SAME_FORM,
  'will', 'would', 'could', 'might', 'ago', 'yesterday',
];
const pastWordRe = new RegExp(String.raw`\b(?:${IRREGULAR_PAST.join('|')})\b`, 'i');
/** Words before an -ed form that make it an adjective or a passive participle, not a past verb. */
const PARTICIPLE_BEFORE = /^(?:is|are|be|been|being|a|an|the|so-called|its|their|his|her|newly|highly|widely|well|now|not|also)$/i;

/**
 * Whether an English sentence reads as a present-tense statement: a present verb (is, are, has,
 * means, remains…) and no past or future form outside quotations. A sentence that is only a
 * quotation says nothing of the report's tense.
 */
export function isEnglishPresent(text: string): boolean {
  // Quoted speech keeps its own tense; hyphenated compounds ("able-bodied") are no verbs.
  const rest = text.replace(/"[^"]*"|“[^”]*”/gu, ' ').replace(/\b\w+-[\w-]+\b/gu, ' ').replace(INFINITIVE_RE, ' ');
  if (!/[A-Za-z]{3}/.test(rest) || pastWordRe.test(rest)) return false;
  if (/^\s*[A-Za-z]{2,}(?<!e)ed\b/.test(rest)) return false;
  // Inside the sentence a capitalised -ed word is part of a name ("Korea Advanced Institute", "United Nations").
  for (const match of rest.matchAll(/(\S+)\s+[a-z][A-Za-z]+(?<!e)ed\b(\s+by\b)?/g)) {
    if (!match[2] && !PARTICIPLE_BEFORE.test(match[1]!)) return false;
  }
  return /\b(?:is|are|am|has|have|[a-z]+[^s\W]s)\b/.test(rest);
}
