// Clean: strip site chrome from decoded pages and cut the rest into paragraphs with roles.
// Pass 1 (`observe`) learns which lines repeat across the corpus; pass 2 (`clean`) judges every line by
// its own shape, by the runs it sits in (tickers, headline lists, menus), by its position around the
// article body, and by repetition. Every line ends in a paragraph or in the log with the rule's id.
import type { CleanedDoc, CleanLogEntry, Config, IngestedDoc, Paragraph } from '../schemas.js';
import { isArticleTable, keepTable, keepTableSources, markBodyHeadlineRuns, markOtherHeadlines, markSummaryBoxes, wrapWidth } from './blocks.js';
import { datelinePrefix, isHeadlineItem, isListHeading, judgeLine, type LineVerdict } from './line-rules.js';
import { LineCounter } from './repeated.js';
import {
  captionKey,
  endsWithTerminal,
  hangulCount,
  hasBullet,
  isCaption,
  isLooseProse,
  isNumericCell,
  isProse,
  lineKey,
  LONG_LINE,
  stripBullet,
} from './shapes.js';
import { parsePublished } from './timestamp.js';

export { parsePublished } from './timestamp.js';
export { RULES } from './rules.js';

export interface Cleaner {
  /** Pass 1: learn the document's lines (call on every document before any `clean`). */
  observe(doc: IngestedDoc): void;
  /** Pass 2: the cleaned document and one log entry per removed line. */
  clean(doc: IngestedDoc): { doc: CleanedDoc; log: CleanLogEntry[] };
}

type Kind = Paragraph['kind'];

export interface Line {
  /** The line as the rules read it (for Markdown: links as their text, images gone). */
  raw: string;
  /** The line as it is in the decoded text, for the log. */
  original: string;
  /** 1-based line number in the decoded text. */
  number: number;
  blank: boolean;
  rule: string | null;
  kind: Kind | null;
  /** Text kept, after a dateline or trailing byline was cut off. */
  text: string;
  verdict: LineVerdict | null;
  /** A row or cell of a table of figures inside the article (kept although it looks like a ticker). */
  table?: boolean;
}

export function createCleaner(options: Config['clean']): Cleaner {
  const counter = new LineCounter();
  return {
    observe(doc) {
      if (options.enabled) counter.addDocument(doc.text.split('\n'));
    },
    clean(doc) {
      const markdown = doc.format === 'markdown';
      const log: CleanLogEntry[] = [];
      const lines: Line[] = doc.text.split('\n').map((original, i) => {
        const { text: raw, removed } = markdown ? unmarkdown(original) : { text: original, removed: [] };
        const blank = raw.trim() === '';
        // A line of nothing but images or empty links is markup; an empty line is a paragraph break.
        const rule = blank ? (original.trim() === '' ? 'blank' : 'markup') : null;
        if (!blank && removed.length > 0) log.push({ doc: doc.doc, line: i + 1, text: removed.join(' '), rule: 'markup' });
        return { raw, original, number: i + 1, blank, rule, kind: null, text: raw.trim(), verdict: null };
      });
      if (options.enabled) removeChrome(lines, counter, options.repeatedLineMinDocs, log, doc.doc, doc.meta.title);
      else {
        for (const line of lines) {
          if (line.blank) continue;
          line.kind = 'body';
          line.verdict = judgeLine(line.raw); // read for the publish time only; nothing is removed
        }
      }

      for (const line of lines) if (line.rule) log.push({ doc: doc.doc, line: line.number, text: line.original, rule: line.rule });
      log.sort((a, b) => a.line - b.line);

      const body = lines.filter((line) => line.kind === 'body' && !line.rule);
      const paragraphs = toParagraphs(lines, markdown, options.enabled, wrapWidth(body) > 0);
      const titleParagraph = paragraphs.find((p) => p.kind === 'title');
      return {
        doc: {
          doc: doc.doc,
          path: doc.path,
          title: titleParagraph?.text ?? doc.meta.title ?? null,
          published: findPublished(lines, doc.meta),
          meta: doc.meta,
          paragraphs,
        },
        log,
      };
    },
  };
}

// ───────────────────────────── pass 2 ─────────────────────────────

function removeChrome(
  lines: Line[],
  counter: LineCounter,
  minDocs: number,
  log: CleanLogEntry[],
  docId: string,
  knownTitle: string | undefined,
): void {
  const content = lines.filter((line) => !line.blank);
  for (const line of content) {
    line.verdict = judgeLine(line.raw);
    line.rule = line.verdict?.rule ?? null;
  }
  markSummaryBoxes(content);
  markHeadlineLists(content);
  markTickers(content);
  keepTableSources(content);
  markShortRuns(content);
  markBlockHeadings(content);
  markRepeated(content, counter, minDocs);
  markCaptions(content);
  markDuplicateNeighbours(content);
  markComments(content);

  const open = content.filter((line) => !line.rule);
  // Dotted list items (links, rankings) and sentences about the page do not extend the article.
  const prose = open.filter((line) => line.kind !== 'caption' && isProse(line.raw) && !talksAboutPage(line.raw) && !DOTTED.test(line.raw.trim()));
  if (prose.length === 0) {
    // No running text (a list, a poem, a bare headline): keep every line that no rule removed.
    for (const line of open) line.kind ??= 'body';
    return;
  }
  const first = prose[0]!.number;
  const last = articleEnd(content, prose);
  const headSeen = new Set<string>();
  // A page that names its title (HTML <title>, og:title): short labels above that line are kickers.
  const titleKey = knownTitle ? lineKey(knownTitle) : '';
  const namedTitle = titleKey.length >= 6 ? open.find((line) => line.number < first && lineKey(line.raw) !== '' && titleKey.includes(lineKey(line.raw)) && lineKey(line.raw).length >= 6) : undefined;
  const candidates: Line[] = [];
  const position = new Map(content.map((line, i) => [line, i]));
  // After the body, the first line removed so far ends the run of closing sentences; an ad label
  // ("광고", "AD") sits inside articles and ends nothing.
  let tailClosedFrom = content.find((line) => line.number > last && line.rule && !isAdLabel(line.raw))?.number ?? Infinity;
  for (const line of open) {
    if (line.number < first) {
      if (line.kind === 'caption') continue;
      const bare = stripBullet(line.raw);
      // Before the article. Latin-only labels ("MBC NEWS", "Home") go; other text without Hangul
      // (markup, code) stays as body.
      if (hangulCount(bare) === 0) {
        if (bare.length <= 24 && /^[\p{L}\d\s&.|·:-]+$/u.test(bare)) line.rule = 'ui-label';
        else line.kind = 'body';
      } else if (isListHeading(bare) && bare.length <= 12) line.rule = 'headline-list';
      // Dotted list items are links (menus, rankings, breaking-news rolls); subheadlines are not list
      // items. Counterexample kept: the "- " summary lines of a press release.
      else if (DOTTED.test(line.raw.trim())) line.rule = isHeadlineItem(line.raw) ? 'headline-list' : 'menu';
      // A lone word is a section label or site name, not a headline.
      else if (!/\s/.test(bare) && bare.length <= 12) line.rule = 'short-line';
      else if (headSeen.has(bare)) line.rule = 'duplicate-line';
      else if (namedTitle && line.number < namedTitle.number && bare.length <= 20) line.rule = 'short-line';
      else if (wrapsIntoBody(line, content, position.get(line)!)) line.kind = 'body';
      // "■ 매립과 해수면 상승이 원인" right above the first paragraph: the body's first subhead.
      else if (/^[■□◆◇▣◈]/.test(line.raw.trim()) && content[position.get(line)! + 1]?.number === first) line.kind = 'body';
      else {
        headSeen.add(bare);
        candidates.push(line);
      }
    } else if (line.number <= last) {
      line.kind ??= 'body';
    } else if (line.kind === 'caption') {
      // A caption below the page furniture that follows the article captions another story.
      if (line.number > tailClosedFrom) line.rule = 'after-article';
    } else {
      // After the article, sentences survive only until the first piece of page furniture: a closing line
      // ("MBC뉴스 이재민입니다.", "…싶네요 😊") sits right under the text; "이 기사를 추천합니다" comes after widgets.
      const sentence = (isLooseProse(line.raw) || (endsWithTerminal(line.raw) && hangulCount(line.raw) >= 3)) && !hasBullet(line.raw);
      if (sentence && !talksAboutPage(line.raw) && line.number < tailClosedFrom) line.kind = 'body';
      else {
        line.rule = 'after-article';
        tailClosedFrom = Math.min(tailClosedFrom, line.number);
      }
    }
  }

  const bodyLines = open.filter((line) => line.kind === 'body' && line.number >= first && line.number <= last);
  markOtherHeadlines(candidates, content, bodyLines.map((line) => line.raw).join('\n'));
  let titled = false;
  for (const line of candidates) {
    if (line.rule) continue;
    line.kind = titled ? 'subtitle' : 'title';
    titled = true;
  }
  // Only a news page (one with a byline, timestamp or copyright notice) carries lists of other headlines;
  // a blog's or a notice's unpunctuated lines are its own.
  if (content.some((line) => line.rule && NEWS_FURNITURE.has(line.rule))) markBodyHeadlineRuns(bodyLines, wrapWidth(bodyLines));

  const firstBody = open.find((line) => line.kind === 'body' && !line.rule);
  if (firstBody) {
    const prefix = datelinePrefix(firstBody.text);
    if (prefix) {
      firstBody.text = firstBody.text.slice(prefix.length).trim();
      log.push({ doc: docId, line: firstBody.number, text: prefix.trim(), rule: 'dateline' });
    }
  }
  for (const line of open) {
    if (line.kind !== 'body' || line.rule || line.text.length > LONG_LINE * 4) continue;
    const tail = TRAILING_BYLINE.exec(line.text);
    if (tail && line.text.length - tail[0].length >= 10) {
      line.text = line.text.slice(0, line.text.length - tail[0].length).trimEnd();
      log.push({ doc: docId, line: line.number, text: tail[0].trim(), rule: /기자|특파원/.test(tail[0]) ? 'byline' : 'email' });
    }
  }
}

/**
 * The last line of the article. Prose below the notices that close an article (copyright, a byline with
 * its address) is a reporter's profile or a promotion, when it is a small part of the text.
 * Counterexample: "ⓒ 연합뉴스" under a photo in mid-article is followed by most of the article, which stays.
 */
function articleEnd(content: Line[], prose: Line[]): number {
  const total = prose.reduce((sum, line) => sum + line.raw.length, 0);
  for (const mark of content) {
    if (mark.number <= prose[0]!.number || !isClosingMark(mark)) continue;
    const after = prose.filter((line) => line.number > mark.number);
    if (after.length === 0) break;
    const afterChars = after.reduce((sum, line) => sum + line.raw.length, 0);
    if (after.length <= 2 && afterChars < (total - afterChars) * 0.5) {
      return throughWrap(content, prose.filter((line) => line.number < mark.number).pop()?.number ?? prose[prose.length - 1]!.number);
    }
  }
  return throughWrap(content, prose[prose.length - 1]!.number);
}

/** The last line of a hard-wrapped paragraph that starts at line `number` (the sentence runs on). */
function throughWrap(content: Line[], number: number): number {
  let i = content.findIndex((line) => line.number === number);
  while (i >= 0 && i + 1 < content.length) {
    const [line, next] = [content[i]!, content[i + 1]!];
    if (next.number !== line.number + 1 || next.rule || endsWithTerminal(line.raw.trim()) || next.raw.trim().length > line.raw.trim().length * 1.3 + 4) break;
    i++;
  }
  return i >= 0 ? content[i]!.number : number;
}

/** A reuse notice ("무단 전재 및 재배포 금지") or a byline; not a bare "ⓒ 연합뉴스" photo credit. */
function isClosingMark(line: Line): boolean {
  if (line.rule === 'copyright') return /무단|재배포|rights|금지/i.test(line.raw);
  return line.rule === 'byline' || line.rule === 'email';
}

const NEWS_FURNITURE = new Set(['byline', 'timestamp', 'copyright', 'email', 'dateline']);

/** "광고", "AD", "[광고]", "Advertisement": the label of an ad slot. */
function isAdLabel(raw: string): boolean {
  return /^[\[(<]?\s?(?:광고|AD|ADS|advertisement|sponsored|스폰서|협찬)\s?[\])>]?$/i.test(raw.trim());
}

/**
 * A line above the article that runs on into its first paragraph without a break: the first line of a
 * hard-wrapped paragraph, not a subheadline. It stops mid-sentence, is about as long as the lines under
 * it, and the paragraph it opens is wrapped too. Counterexample: a subheadline right above a one-line
 * paragraph (much longer than the subheadline) stays a subheadline.
 */
function wrapsIntoBody(line: Line, content: Line[], i: number): boolean {
  const [next, after] = [content[i + 1], content[i + 2]];
  const text = line.raw.trim();
  if (!next || !after || next.number !== line.number + 1 || after.number !== next.number + 1) return false;
  if (endsWithTerminal(text) || text.length < 15 || next.rule || after.rule || !isProse(next.raw) && !isProse(after.raw)) return false;
  const similar = (a: string, b: string) => b.length <= a.length * 1.3 + 4 && b.length >= a.length * 0.6;
  const wrapped = !endsWithTerminal(next.raw.trim()) || !endsWithTerminal(after.raw.trim());
  return wrapped && similar(text, next.raw.trim());
}

/** The same line twice in a row (a caption or a headline printed again): the second copy goes. */
function markDuplicateNeighbours(content: Line[]): void {
  for (let i = 1; i < content.length; i++) {
    const [previous, line] = [content[i - 1]!, content[i]!];
    if (line.rule || line.number - previous.number > 2 || line.raw.trim().length < 10) continue;
    if (lineKey(line.raw) === lineKey(previous.raw)) line.rule = previous.kind === 'caption' ? 'duplicate-caption' : 'duplicate-line';
  }
}

/**
 * Markdown as a scraper writes it: images go, links keep their text ("[하이퍼클로바X](https://…)" →
 * "하이퍼클로바X"), emphasis marks go. `removed` lists the link targets and images taken out, for the log.
 */
export function unmarkdown(line: string): { text: string; removed: string[] } {
  if (!/[[*_`]/.test(line)) return { text: line, removed: [] };
  const removed: string[] = [];
  let text = line;
  for (let pass = 0; pass < 3; pass++) {
    const before = text;
    text = text
      .replace(/!\[[^\]\n]*\]\([^)\s]*(?:\s+"[^"]*")?\)/g, (image) => (removed.push(image), ''))
      .replace(/\[([^\]\n]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g, (_, label: string, target: string) => (removed.push(`(${target})`), label));
    if (text === before) break;
  }
  text = text.replace(/(\*\*|__)(?=\S)([^*_\n]+?)(?<=\S)\1/g, '$2').replace(/`([^`\n]+)`/g, '$1');
  return { text, removed };
}

const PAGE_WORDS = /로그인|댓글|회원\s?가입|구독|공유|클릭|알림|앱\s?설치|이벤트|뉴스레터|팔로우|좋아요|추천|언론사|페이지|아웃링크|섹션/;
const DOTTED = /^[•◦▪‣∙*]/;

function talksAboutPage(text: string): boolean {
  return text.trim().length <= 60 && PAGE_WORDS.test(text);
}

/** "…라고 말했다. 홍길동 기자 hong@example.com" or "…밝혔다. /hong@example.com" at the end of a paragraph. */
const TRAILING_BYLINE =
  /(?<=[.!?"”’])\s*[/▶=]?\s*(?:(?:[가-힣]{2,4}\s?(?:기자|특파원))\s*(?:[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>]?)?|[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>]?)\s*$/;

/** Runs (single blank lines allowed) of the lines that pass `member`. */
function runs(content: Line[], member: (line: Line) => boolean): Line[][] {
  const found: Line[][] = [];
  let current: Line[] = [];
  let previous = -10;
  for (const line of content) {
    if (member(line) && (current.length === 0 || line.number - previous <= 2)) current.push(line);
    else {
      if (current.length > 0) found.push(current);
      current = member(line) ? [line] : [];
    }
    if (member(line)) previous = line.number;
  }
  if (current.length > 0) found.push(current);
  return found;
}

function isShortLabel(line: Line): boolean {
  const bare = stripBullet(line.raw);
  return bare.length <= 16 && !endsWithTerminal(bare) && !isProse(bare);
}

/** A price table: numeric cells among short labels ("비트코인", "155,296,000", "+3.46%"), with its heading and footnote. */
function markTickers(content: Line[]): void {
  const cell = (line: Line) => line.rule === 'ticker' || isNumericCell(line.raw);
  const position = new Map(content.map((line, i) => [line, i]));
  for (const run of runs(content, (line) => cell(line) || isShortLabel(line) || line.rule === 'ticker')) {
    const cells = run.filter(cell).length;
    if (cells < 3 || cells < run.length * 0.3) continue;
    const [first, last] = [position.get(run[0]!)!, position.get(run[run.length - 1]!)!];
    if (isArticleTable(content, first, last)) {
      keepTable(content, first, last);
      continue;
    }
    for (const line of run) line.rule ??= 'ticker';
    const heading = content[position.get(run[0]!)! - 1];
    if (heading && !heading.rule && run[0]!.number - heading.number <= 2 && stripBullet(heading.raw).length <= 25 && !isProse(heading.raw)) {
      heading.rule = 'ticker';
    }
    const note = content[position.get(run[run.length - 1]!)! + 1];
    if (note && !note.rule && /^[*※]|기준$/.test(note.raw.trim()) && note.raw.trim().length <= 40) note.rule = 'ticker';
  }
}

/** "주요 뉴스" followed by headline-shaped lines: a list of other articles. */
function markHeadlineLists(content: Line[]): void {
  for (let i = 0; i < content.length; i++) {
    const heading = content[i]!;
    if (heading.rule && heading.rule !== 'ui-label') continue;
    if (!isListHeading(heading.raw)) continue;
    const items: Line[] = [];
    let previous = heading.number;
    // Items follow the heading directly (blank lines aside); a removed line or a new heading ends the list.
    for (let j = i + 1; j < content.length; j++) {
      const line = content[j]!;
      if (line.number - previous > 2 || line.rule || isListHeading(line.raw) || !isHeadlineItem(line.raw)) break;
      items.push(line);
      previous = line.number;
    }
    if (items.length < 2) continue;
    heading.rule = 'headline-list';
    for (const item of items) item.rule = 'headline-list';
  }
}

/** Three or more very short lines in a row: a menu or a button panel. */
function markShortRuns(content: Line[]): void {
  const short = (line: Line) => {
    const bare = stripBullet(line.raw);
    return bare.length <= 8 && !endsWithTerminal(bare);
  };
  const position = new Map(content.map((line, i) => [line, i]));
  for (const run of runs(content, (line) => short(line) && !line.table)) {
    if (run.length < 3) continue;
    // Cells of a table in the article ("보건", "120조", "131조") are short lines too.
    const [first, last] = [position.get(run[0]!)!, position.get(run[run.length - 1]!)!];
    if (run.filter((line) => /\d/.test(line.raw)).length >= run.length * 0.3 && isArticleTable(content, first, last)) {
      keepTable(content, first, last);
      continue;
    }
    for (const line of run) line.rule ??= 'menu';
  }
}

const BLOCK_RULES = new Set(['reaction-counter', 'share-buttons', 'ticker', 'headline-list', 'font-size-controls']);

/**
 * A short line right before two lines of one chrome block takes the block's rule: "이 뉴스 어떠셨나요?"
 * over reaction counters. Counterexample: a short closing sentence ("결과는 어떨까?") stays.
 */
function markBlockHeadings(content: Line[]): void {
  for (let i = content.length - 3; i >= 0; i--) {
    const line = content[i]!;
    const [next, after] = [content[i + 1]!, content[i + 2]!];
    const text = line.raw.trim();
    // A sentence qualifies only when it speaks about the article or page ("이 뉴스 어떠셨나요?").
    if (line.rule || text.length > 25 || (endsWithTerminal(text) && !/기사|뉴스|어떠|마음에|평가|추천|공감/.test(text))) continue;
    if (next.number - line.number > 2 || !next.rule || !BLOCK_RULES.has(next.rule) || after.rule !== next.rule) continue;
    line.rule = next.rule;
  }
}

/**
 * A line found in at least `minDocs` documents, and in more documents than the article's own sentences,
 * is boilerplate. Counterexample: a corpus of one article copied many times repeats its sentences as
 * often as its chrome, so nothing is removed for repetition there.
 */
function markRepeated(content: Line[], counter: LineCounter, minDocs: number): void {
  const proseCounts = content
    .filter((line) => !line.rule && isProse(line.raw))
    .map((line) => counter.documentsWith(line.raw))
    .sort((a, b) => a - b);
  const typical = proseCounts.length > 0 ? proseCounts[Math.floor(proseCounts.length / 2)]! : 1;
  for (const line of content) {
    if (line.rule || line.table || line.raw.length > 200 || isProse(line.raw)) continue;
    const count = counter.documentsWith(line.raw);
    if (count >= minDocs && count > typical) line.rule = 'repeated-across-corpus';
  }
}

const COMMENTS_HEADING =
  /^(?:전체\s?|베스트\s?|best\s?|최신\s?|독자\s?)?(?:댓글|의견)(?:\s?(?:\(?\d[\d,]*\)?|\d+개|쓰기|작성|달기|정렬|보기|더보기|모음))?$|^\d*\s?개의\s?댓글$/i;

/**
 * Readers' comments are sentences too; once a comments heading ("댓글 12", "전체 댓글", "개의 댓글")
 * follows the article, every later line is comments. Counterexample: a "댓글 0" button before the
 * article (fewer than two sentences above it) starts nothing.
 */
function markComments(content: Line[]): void {
  let sentencesAbove = 0;
  let start = -1;
  for (let i = 0; i < content.length; i++) {
    const line = content[i]!;
    if (!line.rule && line.kind !== 'caption' && isProse(line.raw)) sentencesAbove++;
    else if (sentencesAbove >= 2 && COMMENTS_HEADING.test(stripBullet(line.raw))) {
      start = i;
      break;
    }
  }
  if (start < 0) return;
  for (const line of content.slice(start)) if (!line.rule || line.rule === 'ui-label' || line.rule === 'reaction-counter') line.rule = 'comments';
}

/** Captions keep one copy: the same caption printed twice (as alt text and as caption) loses the second. */
function markCaptions(content: Line[]): void {
  const seen: string[] = [];
  for (const line of content) {
    if (line.rule || line.table || !isCaption(line.raw)) continue;
    const key = captionKey(line.raw);
    // "▲ 사진=연합뉴스": a marker and a credit with no description is a credit, not a caption.
    if (hangulCount(key) < 4) {
      line.rule = 'photo-credit';
      continue;
    }
    const duplicate = seen.some((earlier) => earlier === key || (Math.min(earlier.length, key.length) >= 15 && (earlier.includes(key) || key.includes(earlier))));
    if (duplicate) line.rule = 'duplicate-caption';
    else {
      line.kind = 'caption';
      seen.push(key);
    }
  }
}

// ───────────────────────────── output ─────────────────────────────

function toParagraphs(lines: Line[], markdown: boolean, splitAtSentenceEnds: boolean, hardWrapped: boolean): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let open: { kind: Kind; texts: string[]; lastNumber: number } | null = null;
  const flush = () => {
    if (open) paragraphs.push({ index: paragraphs.length, text: open.texts.join(splitAtSentenceEnds && hardWrapped ? ' ' : '\n'), start: 0, kind: open.kind });
    open = null;
  };
  for (const line of lines) {
    if (line.rule || !line.kind) {
      if (line.blank || line.rule) flush();
      continue;
    }
    let text = line.text;
    if (markdown) text = text.replace(/^#{1,6}\s+/, '');
    if (text === '') continue;
    const current = open as { kind: Kind; texts: string[]; lastNumber: number } | null;
    const joins =
      current !== null &&
      current.kind === 'body' &&
      line.kind === 'body' &&
      current.lastNumber === line.number - 1 &&
      !(splitAtSentenceEnds && endsParagraph(current.texts[current.texts.length - 1]!, text, hardWrapped));
    if (joins && current) {
      current.texts.push(text);
      current.lastNumber = line.number;
    } else {
      flush();
      open = { kind: line.kind, texts: [text], lastNumber: line.number };
    }
  }
  flush();
  let offset = 0;
  for (const paragraph of paragraphs) {
    paragraph.start = offset;
    offset += paragraph.text.length + 2;
  }
  return paragraphs;
}

/**
 * A body line ends its paragraph unless it was cut by a hard wrap: it stops mid-sentence and is long, or,
 * in a text wrapped at a narrow width, about as long as the line after it. Counterexample: a short subhead
 * ("◇ 지역 반발 커져", "정부 대책 실효성 논란") above a longer paragraph stays a paragraph of its own.
 */
function endsParagraph(text: string, next: string, hardWrapped: boolean): boolean {
  if (endsWithTerminal(text)) return true;
  if (text.length >= 40) return false;
  // Short lines run on only in a text wrapped at a narrow width; in a list or a poem each stands alone.
  if (!hardWrapped) return true;
  // A list item ("- 대구·경북: …", "① …", "1. …") is a line of its own, and so is the line above one.
  const item = (line: string) => hasBullet(line) || /^(?:\d{1,2}[.)]\s|[①-⑳]|[-–—]\s?\S)/.test(line.trim());
  if (item(text) || item(next)) return true;
  const marked = /^[◇◆■□▶▷●○◎※【\[<]/.test(text);
  return marked || text.length < 12 || next.length > text.length * 1.3 + 4;
}

function findPublished(lines: Line[], meta: Record<string, string>): string | null {
  const dated = lines.filter((line) => line.verdict?.date?.text);
  const pick = dated.find((line) => line.verdict!.date!.publish) ?? dated[0];
  const raw = pick?.verdict?.date?.text ?? meta.published;
  if (!raw) return null;
  return parsePublished(raw) ?? raw;
}
