// Block rules: chrome recognised by what surrounds a line rather than by the line alone. An AI summary
// box above the article, a headline above the headline that is about another story, a list of other
// headlines dropped into the body without heading or bullets, and a table of figures that belongs to
// the article even though its cells look like a ticker.
import type { Line } from './index.js';
import { isListHeading } from './line-rules.js';
import { endsWithTerminal, hangulCount, hasBullet, isNumericCell, isProse, stripBullet } from './shapes.js';

// ───────────────────────────── summary boxes ─────────────────────────────

/**
 * "AI 요약", "기사 AI 요약", "[조선비즈 AI 요약]", "핵심요약", "요약보기", "3줄 요약", "본문 요약봇": the
 * box's heading, a label and nothing more. Counterexample: a headline holding 요약 ("예산안 요약본 공개").
 */
const SUMMARY_HEADING =
  /^[[(【<]?\s?(?:[\p{L}\d]{1,8}\s)?(?:기사\s?)?(?:AI|인공지능|자동)?\s?(?:핵심\s?|기사\s?|(?:3|세)\s?줄\s?)?(?:요약|정리|포인트)(?:\s?(?:보기|봇|내용))?(?:\s?beta)?\s?[\])】>]?$|^한눈에\s?(?:보기|읽기)$/iu;
/** The box's note about itself: "이 요약은 AI가 … 생성했습니다", "자동요약한 결과입니다", "본문 보기를 권장합니다". */
const SUMMARY_NOTE = /요약|\bAI\b|인공지능|자동/;
const NOTE_TOPIC = /생성|권장|정확|결과|도움|기반|참고|본문|맥락/;
/** Most sentences a summary box holds. */
const MAX_SUMMARY_ITEMS = 5;

function isSummaryHeading(line: Line): boolean {
  const bare = stripBullet(line.raw);
  return bare.length <= 20 && SUMMARY_HEADING.test(bare) && /요약|핵심|줄|한눈/.test(bare);
}

/** A line the box writes about itself. `inBox`: a note below the heading needs no 요약 of its own. */
function isSummaryNote(line: Line, inBox: boolean): boolean {
  const text = line.raw.trim();
  if (text.length > 160 || !NOTE_TOPIC.test(text)) return false;
  if (inBox) return SUMMARY_NOTE.test(text) || /본문|맥락/.test(text);
  return /요약/.test(text) && /\bAI\b|인공지능|자동/.test(text);
}

/** One sentence of a summary: a single short sentence, or a bulleted point; never a wire dateline. */
function isSummaryItem(line: Line): boolean {
  if (line.rule && line.rule !== 'menu') return false;
  const text = line.raw.trim();
  if (text.length > 150 || /^[\[(【〔<]\s*[^\])】〕>]{0,20}=/.test(text)) return false;
  if (/[다요죠][.!?]["'”’)]*\s+\S/.test(text)) return false; // two sentences: a paragraph of the article
  return endsWithTerminal(text) ? hangulCount(text) >= 6 : hasBullet(text) && hangulCount(text) >= 6;
}

/**
 * Marks AI or editor summary boxes above the article: a heading (요약…) or a note about the summary, and
 * the sentences next to it. Counterexample: a paragraph of two sentences, a dateline, a blank line after
 * the sentences or a byline ends the box, so the article's first paragraph stays.
 */
export function markSummaryBoxes(content: Line[]): void {
  for (let i = 0; i < content.length; i++) {
    const line = content[i]!;
    if (isSummaryHeading(line)) {
      i = consumeBox(content, i);
      continue;
    }
    if (line.rule || !isProse(line.raw)) continue;
    // The first sentence above the article: a box only when a note about the summary closes its run.
    let j = i;
    while (j < content.length && j - i < MAX_SUMMARY_ITEMS && content[j]!.number - content[Math.max(i, j - 1)]!.number <= 1 && isSummaryItem(content[j]!)) j++;
    const note = content[j];
    if (j > i && note && note.number - content[j - 1]!.number <= 1 && isSummaryNote(note, false)) {
      for (let k = i; k <= j; k++) content[k]!.rule = 'summary-box';
      i = j;
      continue;
    }
    return; // the article has started
  }
}

/**
 * Takes the box under a heading. The box must prove itself: a note about the summary closes it, or the
 * article goes on below it at greater length. Counterexample: an "AI 요약" button above an article whose
 * paragraphs are one sentence a line takes nothing but the button.
 */
function consumeBox(content: Line[], start: number): number {
  const taken: Array<[Line, string | null]> = [];
  const take = (line: Line) => {
    taken.push([line, line.rule]);
    line.rule = 'summary-box';
  };
  take(content[start]!);
  let items = 0;
  let itemChars = 0;
  let noted = false;
  let previous = content[start]!.number;
  let i = start + 1;
  for (; i < content.length; i++) {
    const line = content[i]!;
    if (line.number - previous > 1 && items > 0) break;
    if (isSummaryHeading(line) || isSummaryNote(line, true)) {
      take(line);
      previous = line.number;
      if (items > 0) return i; // the note closes the box
      noted ||= !isSummaryHeading(line);
      continue;
    }
    if (items >= MAX_SUMMARY_ITEMS || !isSummaryItem(line)) break;
    take(line);
    items++;
    itemChars += line.raw.length;
    previous = line.number;
  }
  const rest = content.slice(i).filter((line) => !line.rule && isProse(line.raw));
  const restChars = rest.reduce((sum, line) => sum + line.raw.length, 0);
  // The box ends visibly: a blank line, or its sentences share a marker ("▶", "·") the next line lacks.
  const marker = (line: Line | undefined) => (line ? (/^[^\p{L}\p{N}\s"'“‘(\[]/u.exec(line.raw.trim())?.[0] ?? '') : '');
  const itemLines = taken.slice(1).map(([line]) => line).filter((line) => !isSummaryHeading(line) && !isSummaryNote(line, true));
  const marked = itemLines.length > 0 && marker(itemLines[0]) !== '' && itemLines.every((line) => marker(line) === marker(itemLines[0])) && marker(content[i]) !== marker(itemLines[0]);
  // …or the next line is no sentence at all (the headline, when the box sits above it).
  const next = content[i];
  const apart = next !== undefined && (next.number - previous > 1 || marked || (!next.rule && !isProse(next.raw)));
  if (items > 0 && !noted && !(apart && restChars >= itemChars * 1.5)) {
    // Not proven: give the sentences back; the heading alone is a button.
    for (const [line, rule] of taken.slice(1)) line.rule = rule;
    return start;
  }
  return i - 1;
}

// ───────────────────────────── headlines about other stories ─────────────────────────────

/** "[속보]", "속보", "[긴급]", "Breaking": a roll of breaking news across the top of the page. */
const BREAKING = /^[\[(【〔<]?\s*(?:속보|긴급|breaking(?:\s?news)?|news\s?flash|LIVE)\s*[\])】〕>]?(?:\s|$)/i;

function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    for (let i = 0; i + 2 <= word.length; i++) grams.add(word.slice(i, i + 2));
  }
  return grams;
}

/** Share of the line's letter pairs found in the article body. */
export function overlapWith(body: Set<string>, text: string): number {
  const grams = bigrams(text);
  if (grams.size === 0) return 0;
  let found = 0;
  for (const gram of grams) if (body.has(gram)) found++;
  return found / grams.size;
}

/**
 * Among the headline-shaped lines above the article, those above the real headline that are about
 * something else: a breaking-news roll ("[속보] …"), a promoted story, a section label ("사회 일반").
 * The real headline is the first one sharing words with the body. Counterexample: a headline with few
 * words in common with its body (a metaphor) stays when it stands right above its subheadline.
 */
export function markOtherHeadlines(candidates: Line[], content: Line[], bodyText: string): void {
  const body = bigrams(bodyText);
  const position = new Map(content.map((line, i) => [line, i]));
  const scores = candidates.map((line) => overlapWith(body, stripBullet(line.raw)));
  const best = candidates.findIndex((line, i) => scores[i]! >= 0.35 && !BREAKING.test(line.raw.trim()));
  candidates.forEach((line, i) => {
    const text = line.raw.trim();
    const later = i < candidates.length - 1;
    // A flash article's own "[속보] …" headline shares its words with the body and stays.
    if (BREAKING.test(text) && later && scores[i]! < 0.35 && (best < 0 || i < best)) {
      line.rule = 'other-headline';
      return;
    }
    // Below the headline: a button label or widget title shares no words with the article.
    if (best >= 0 && i > best && scores[i]! < 0.08 && stripBullet(text).length <= 30) {
      line.rule = 'other-headline';
      return;
    }
    if (best < 0 || i >= best || scores[i]! >= 0.1) return;
    const apart = position.get(candidates[best]!)! - position.get(line)! > 1;
    if (apart || stripBullet(text).length <= 12) line.rule = 'other-headline';
  });
  // A line right after a lone "속보" label is the breaking headline itself.
  candidates.forEach((line, i) => {
    const before = content[position.get(line)! - 1];
    if (!line.rule && before && BREAKING.test(before.raw.trim()) && stripBullet(before.raw).length <= 12 && i < best && scores[i]! < 0.35) {
      line.rule = 'other-headline';
    }
  });
}

// ───────────────────────────── headline lists inside the body ─────────────────────────────

/** A title-shaped line: no sentence ending, no bullet or number, a few words of Korean. */
function headlineShaped(line: Line): boolean {
  const text = line.raw.trim();
  if (text.length < 10 || text.length > 90 || /[\t:：]/.test(text)) return false;
  if (hasBullet(text) || LIST_MARK.test(text) || endsWithTerminal(text) || /[:：,]$/.test(text)) return false;
  // A row of figures ("강동구 0.82% 5억9000만원") is a table row, not a headline.
  const figures = text.match(/\d[\d,.]*\s?(?:%|원|억|만|조|달러|명|곳|개|배|p)?/g)?.length ?? 0;
  if (figures >= 2 && text.split(/\s+/).length <= figures + 2) return false;
  return /\s/.test(text) && hangulCount(text) >= 5;
}

/** Items of a numbered or lettered list: "1.", "(1)", "①", "가.", "Ⅰ.". */
const LIST_MARK = /^(?:\d|\(\d|[①-⑳㉠-㉻㈀-㈍ⅰ-ⅹⅠ-Ⅹ]|[가-하][.)]\s)/;
/** A sentence that announces a list or table under it. */
const ANNOUNCES = /(?:다음|아래)(?:과|와)\s?같|[:：]$/;

/** Marks of a headline that a wrapped line of running text rarely has. */
function looksLikeHeadline(text: string): boolean {
  return /…|\.\.\.|^[\[【]|^['"‘“]|['"’”]$/.test(text.trim()) || /다$/.test(text.trim());
}

/**
 * Two or more title-shaped lines in a row inside the article body: links to other stories that a site
 * drops between paragraphs, with no heading and no bullets. In hard-wrapped text (`wrapWidth` > 0),
 * where any line may stop mid-sentence, each line must also be short of the wrap width or carry a
 * headline mark (…, quotes, [단독], a bare 다), and the run must start after a finished sentence.
 */
export function markBodyHeadlineRuns(body: Line[], wrapWidth: number): void {
  const qualifies = (line: Line) =>
    line.kind === 'body' && !line.rule && !line.table && headlineShaped(line) && (wrapWidth === 0 || line.raw.trim().length < wrapWidth * 0.75 || looksLikeHeadline(line.raw));
  const position = new Map(body.map((line, i) => [line, i]));
  let run: Line[] = [];
  const close = () => {
    const before = run.length > 0 ? body[position.get(run[0]!)! - 1] : undefined;
    const announced = before !== undefined && ANNOUNCES.test(before.raw.trim());
    if (run.length >= 2 && !announced && (wrapWidth === 0 || !before || endsWithTerminal(before.raw.trim()))) for (const line of run) line.rule = 'headline-list';
    run = [];
  };
  for (const line of body) {
    const previous = run[run.length - 1];
    if (!qualifies(line)) close();
    else {
      if (previous && line.number - previous.number !== 1) close();
      run.push(line);
    }
  }
  close();
}

/**
 * The width a hard-wrapped text is wrapped at, or 0 when paragraphs are one line each. Evidence of a
 * wrap: a line that stops mid-sentence and runs on, line after line, into a line that ends a sentence.
 */
export function wrapWidth(body: Line[]): number {
  const lengths: number[] = [];
  let pending: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    const text = line.raw.trim();
    const next = body[i + 1];
    if (endsWithTerminal(text)) {
      lengths.push(...pending);
      pending = [];
    } else if (next && next.number === line.number + 1 && text.length >= 15) pending.push(text.length);
    else pending = [];
  }
  if (lengths.length < 2 || lengths.length < body.length * 0.2) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)]!;
}

// ───────────────────────────── tables inside the article ─────────────────────────────

const TABLE_CELL_RULES = new Set(['ticker', 'menu', 'short-line', 'photo-credit']);
const TABLE_SOURCE = /^[(\[]?\s?(?:자료|출처|단위|※|\*)/;
const TABLE_INTRO = /[:：]$|(?:다음|아래)(?:과|와)\s?같다\.?$|같다\.$|(?:표|그래프)\s?참조/;

/**
 * A run of cells (short labels and numbers) between two paragraphs of the article, or under a sentence
 * that announces it ("…다음과 같다."), is a table of the article, not a ticker: its lines are kept.
 * Counterexample: a price box after the article or under its own heading ("오늘의 시세") stays a ticker.
 */
export function isArticleTable(content: Line[], first: number, last: number): boolean {
  // Buttons and counters are chrome wherever they stand.
  for (let i = first; i <= last; i++) if (content[i]!.rule && !TABLE_CELL_RULES.has(content[i]!.rule!)) return false;
  // A widget title ("오늘의 시세", "실시간 증시") heads a ticker, whatever surrounds it.
  if (isListHeading(content[first]!.raw)) return false;
  const before = content[first - 1];
  if (!before || before.rule || !isProse(before.raw)) return false;
  if (TABLE_INTRO.test(before.raw.trim())) return true;
  let after = content[last + 1];
  if (after && TABLE_SOURCE.test(after.raw.trim()) && after.raw.trim().length <= 40) after = content[last + 2];
  return Boolean(after && !after.rule && isProse(after.raw) && !isNumericCell(after.raw));
}

/** A source line ("자료: 한국부동산원") right under a row of a table (cells joined by tabs) stays with it. */
export function keepTableSources(content: Line[]): void {
  for (let i = 1; i < content.length; i++) {
    const [above, line] = [content[i - 1]!, content[i]!];
    if (line.rule !== 'photo-credit' || !TABLE_SOURCE.test(line.raw.trim()) || line.number - above.number > 2) continue;
    if (above.table || (!above.rule && above.raw.includes('\t'))) {
      line.rule = null;
      line.table = true;
    }
  }
}

/** Marks the table's lines (and a source line under it) as article text. */
export function keepTable(content: Line[], first: number, last: number): void {
  for (let i = first; i <= last; i++) {
    const line = content[i]!;
    line.rule = null;
    line.table = true;
  }
  const source = content[last + 1];
  if (source && TABLE_SOURCE.test(source.raw.trim()) && source.raw.trim().length <= 40 && !isProse(source.raw)) {
    source.rule = null;
    source.table = true;
  }
}
