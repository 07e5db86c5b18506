// Line shapes the cleaner reasons with: sentence endings, bullets, numeric cells, caption markers.
// Every test here looks at the shape of a line, never at one site's exact wording.

/** Lines longer than this are never chrome: rules that scan a whole line skip them (keeps 300 KB lines fast). */
export const LONG_LINE = 400;

const BULLET = /^(?:[•·∙◦▪▫■□◆◇○●◎※*+\-–—]|\d{1,2}[.)](?=\s))\s*/;
const TRAILING_DECORATION = /(?:\s*(?:[\p{Extended_Pictographic}\u200d\ufe0f]|\^\^|[ㅋㅎㅠㅜ]{2,}|[~!]+))+$/u;

export function hangulCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xac00 && code <= 0xd7a3) count++;
  }
  return count;
}

/** The line without surrounding whitespace and without a leading list bullet. */
export function stripBullet(text: string): string {
  return text.trim().replace(BULLET, '').trim();
}

export function hasBullet(text: string): boolean {
  return BULLET.test(text.trim()) && !/^[*+\-–—]?\d/.test(text.trim());
}

/** Collapsed form used to compare lines (repetition across the corpus, duplicate captions). */
export function lineKey(text: string): string {
  return stripBullet(text).replace(/\s+/g, ' ').toLowerCase();
}

/** Ends with sentence punctuation, possibly followed by closing quotes or brackets. */
export function endsWithTerminal(text: string): boolean {
  const tail = text.slice(-12).trimEnd();
  return /[.!?。？！](?:["'”’」』)\]]*)$/.test(tail) && !/\.\.\.$|…$/.test(tail);
}

/**
 * A line that reads as running prose: enough Korean, several words, and sentence punctuation at the end.
 * Counterexample: headlines end in nouns or "…" ("트럼프 관세 발효에...중국, 즉각 보복관세"), or in a bare
 * predicate ("배터리 재활용 시장 커진다"), so they never count as prose here.
 */
export function isProse(text: string): boolean {
  const line = text.trim();
  if (hangulCount(line.slice(0, 200)) < 8 || countSpaces(line, 2) < 2) return false;
  if (endsWithTerminal(line.replace(TRAILING_DECORATION, ''))) return true;
  // Two sentences on one line ("…다녀왔어요. 출발 전날까지 …"): headlines join clauses with … or commas.
  return INNER_SENTENCE_END.test(line.length > 2000 ? line.slice(0, 2000) : line);
}

const INNER_SENTENCE_END = /[가-힣][다요죠][.!]["'”’)]*\s+[^\s]/;

/**
 * Prose, or a long line ending in a Korean predicate before emoji or ^^ ("…도전해 보고 싶네요 😊"): how
 * blogs and chat-style texts end sentences. Used only where a headline cannot be (after the article).
 */
export function isLooseProse(text: string): boolean {
  if (isProse(text)) return true;
  const line = text.trim();
  // Polite endings (-요, -니다) never close a headline: "재방문 의사 있어요 ^^".
  if (hangulCount(line.slice(0, 200)) >= 4 && countSpaces(line, 1) >= 1 && /(?:요|니다|죠)$/.test(line.slice(-40).replace(TRAILING_DECORATION, ''))) return true;
  if (hangulCount(line.slice(0, 200)) < 8 || line.length < 25 || countSpaces(line, 4) < 4) return false;
  const bare = line.slice(-40).replace(TRAILING_DECORATION, '');
  return /(?:다|요|죠|까|네|니다|습니다|군요)["'”’)]*$/.test(bare);
}

function countSpaces(text: string, enough: number): number {
  let count = 0;
  for (let i = text.indexOf(' '); i >= 0 && count < enough; i = text.indexOf(' ', i + 1)) count++;
  return count;
}

/** A price, change or percentage cell of a ticker: "155,296,000", "+3.46%", "▲12.3", "(-0.5%)". */
export function isNumericCell(text: string): boolean {
  const t = stripBullet(text);
  return t.length <= 24 && /^\(?[+\-−▲▼△▽↑↓]?\s?\d[\d,]*(?:\.\d+)?\s?(?:%|원|달러|엔|위안|p|pt|bp|포인트)?\)?$/.test(t);
}

/** One line of a ticker: a name with a price and a signed change ("코스피 2,501.23 ▲12.34 +0.49%"), or a quote. */
export function isTickerLine(text: string): boolean {
  const t = stripBullet(text);
  if (t.length > 60) return false;
  if (/^[\p{L}\s&.()·/]{1,24}\s\(?[\d,]+(?:\.\d+)?\s?(?:원|달러|p|pt)?\)?\s*[▲▼△▽+\-−↑↓]\s?[\d,]+(?:\.\d+)?/u.test(t)) return true;
  // A name and a quote alone: "금 2,950.20", "WTI 72.10달러".
  return t.length <= 30 && /^[\p{L}\s&.()·/]{1,20}\s(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)\s?(?:원|달러|엔|위안|%|p|pt)?$/u.test(t);
}

/** "02.04 장종료", "장마감", "09:30 기준": a market-status line. */
export function isMarketStatus(text: string): boolean {
  const t = stripBullet(text);
  return t.length <= 30 && /^(?:[\d.:/\s-]+)?(?:장\s?(?:종료|마감|중|개장|시작|전|후)|개장\s?전|실시간|[\d:]+\s?기준)$/.test(t);
}

/**
 * A photo caption: a ▲/△ marker, a [사진] tag, or a photo credit at the end ("/연합뉴스", "(사진=뉴스1)").
 * Counterexample: "▲12.3" is a ticker change, not a caption; isNumericCell takes it first.
 */
export function isCaption(text: string): boolean {
  const t = text.trim();
  if (t.length > 600 || hangulCount(t.slice(0, 200)) < 4) return false;
  if (/^[▲△]\s?\S/.test(t) || /^[\[(<［]\s?(?:사진|포토|그래픽|자료사진|영상)\s?[\])>］]/.test(t)) return true;
  const end = t.slice(-60);
  return (
    /[(\[［]?\s?(?:사진|그래픽|자료|사진제공|제공|촬영)\s?[=:]\s?[^)\]］]{1,40}[)\]］]?$/.test(end) ||
    /[/=|]\s?[가-힣A-Za-z]{0,8}(?:연합뉴스|뉴시스|뉴스1|통신|제공|DB|이미지|이미지뱅크|포토|게티이미지)\s?[)\]］]?$/.test(end) ||
    // "…전경. 서울경제DB", "…모습. 대전 | 연합뉴스": a credit after the caption's last sentence.
    /[.!?]\s[가-힣A-Za-z\s|]{0,12}(?:DB|제공|연합뉴스|뉴시스|뉴스1)$/.test(end) ||
    // Wire photos: "(제주=연합뉴스) 28일 오전 … 치우고 있다. 2025.1.28 [독자 제공. 재판매 및 DB 금지]"
    /\d{4}\.\d{1,2}\.\d{1,2}\.?\s*(?:\[[^\]]{0,40}\])?\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$/.test(end) ||
    /재판매\s?및\s?DB\s?금지/.test(end) ||
    /[.!?]\s?[\[(［]\s?[^\])］]{0,16}(?:사진|공동취재단|취재단|제공|DB)[^\])］]{0,8}[\])］]$/.test(end)
  );
}

/** Caption text without its marker and credit, for spotting the same caption printed twice. */
export function captionKey(text: string): string {
  return text
    .trim()
    .replace(/^[▲△]\s?|^[\[(<［]\s?(?:사진|포토|그래픽|자료사진|영상)\s?[\])>］]\s?/, '')
    .replace(/\s*[(\[［]?\s?(?:사진|그래픽|자료|사진제공|제공|촬영)\s?[=:][^)\]］]{1,40}[)\]］]?$/, '')
    .replace(/(?<=[.!?])\s[가-힣A-Za-z]{0,6}\s?\|?\s?[가-힣A-Za-z]{0,8}(?:연합뉴스|뉴시스|뉴스1|DB|제공)$/, '')
    .replace(/\s*[/=]?\s?[가-힣A-Za-z/]{0,12}(?:연합뉴스|뉴시스|뉴스1|통신|제공|DB|이미지|포토)\s?[)\]］]?$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
