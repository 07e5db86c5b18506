// HTML page → article text. Picks the article by content density (Korean text in paragraphs, little
// link text), not by any site's selectors; keeps block structure as lines and blank lines; reads the
// title and publish time from <title>, og:title, article:published_time and JSON-LD into `meta`.
import { parseDocument, DomUtils } from 'htmlparser2';
import type { AnyNode, Document, Element } from 'domhandler';

export interface HtmlArticle {
  text: string;
  meta: Record<string, string>;
}

/** Elements that never hold article text. */
const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'form', 'button', 'input', 'select',
  'textarea', 'nav', 'aside', 'menu', 'dialog', 'object', 'embed', 'video', 'audio', 'map', 'head', 'link', 'meta',
]);
/** Page furniture; dropped unless it holds the headline (an article's own <header>). */
const FURNITURE_TAGS = new Set(['header', 'footer']);
const FURNITURE_ROLES = /^(navigation|banner|contentinfo|complementary|search|menu|menubar|toolbar|dialog)$/i;
/**
 * Class or id words that name chrome on any site: share bars, related/popular lists, comments, ads.
 * Counterexample kept on purpose: "article-header" or "headline" are not in the list.
 */
const CHROME_WORDS =
  /(^|[\s_-])(share|sharing|sns|social|comment|comments|reply|related|recommend|popular|ranking|rank|most|banner|ads?|advert|advertisement|promo|sponsor|breadcrumbs?|gnb|lnb|snb|sidebar|widget|subscribe|newsletter|copyright|font|fontsize|toolbar|util|print|reaction|emotion|like|tags?|keyword|hidden|sr-only|blind|skip|popup|modal|cookie)([\s_-]|$)/i;
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr',
  'thead', 'tbody', 'tfoot', 'blockquote', 'pre', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
  'address', 'caption', 'center', 'details', 'summary', 'body', 'html',
]);
/** Blocks that stand apart as their own paragraph (blank line before and after). */
const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure', 'figcaption', 'table', 'pre', 'ul', 'ol', 'hr']);
const HANGUL_G = /[\uac00-\ud7a3]/g;

export function extractArticle(html: string): HtmlArticle {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const meta = readMeta(document.children);
  const body = DomUtils.findOne((el) => el.name === 'body', document.children, true) ?? document;

  prune(body.children, false);
  const headline = findHeadline(body.children, meta);
  const content: Element | Document = bestCandidate(body) ?? body;
  let root: Element | Document = content;
  if (headline && content.type !== 'root' && !contains(content, headline)) {
    const common = commonAncestor(headline, content);
    // Widen to the article wrapper (headline + body) unless that wrapper is most of the page.
    if (common && common !== body && common.name !== 'html' && textLength(common) < textLength(content) * 1.5 + 800) {
      root = common;
    }
  }
  let text = render(root);
  if (headline && !contains(root, headline)) text = `${collapse(DomUtils.textContent(headline))}\n\n${text}`;
  if (!meta.title && headline) meta.title = collapse(DomUtils.textContent(headline));
  return { text, meta };
}

// ───────────────────────────── metadata ─────────────────────────────

function readMeta(nodes: AnyNode[]): Record<string, string> {
  const meta: Record<string, string> = {};
  const title = DomUtils.findOne((el) => el.name === 'title', nodes, true);
  if (title) {
    const text = collapse(DomUtils.textContent(title));
    if (text) meta.pageTitle = text;
  }
  for (const el of DomUtils.findAll((el) => el.name === 'meta', nodes)) {
    const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? '').toLowerCase();
    const value = collapse(el.attribs.content ?? '');
    if (!value) continue;
    if (key === 'og:title' || key === 'twitter:title') meta.ogTitle ??= value;
    if (['article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'date'].includes(key)) {
      meta.published ??= value;
    }
    if (key === 'article:modified_time' || key === 'datemodified') meta.modified ??= value;
  }
  for (const el of DomUtils.findAll((el) => el.name === 'time' && Boolean(el.attribs.datetime), nodes)) {
    meta.published ??= el.attribs.datetime!;
    break;
  }
  for (const el of DomUtils.findAll((el) => el.name === 'script' && /ld\+json/i.test(el.attribs.type ?? ''), nodes)) {
    readJsonLd(DomUtils.textContent(el), meta);
  }
  if (meta.ogTitle) meta.title = meta.ogTitle;
  else if (meta.pageTitle) meta.title = meta.pageTitle;
  return meta;
}

function readJsonLd(source: string, meta: Record<string, string>): void {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return; // A broken JSON-LD block is the site's problem, not a reason to drop the page.
  }
  const items = Array.isArray(data) ? data : [data];
  for (const item of items) {
    if (!item || typeof item !== 'object') continue;
    const record = item as Record<string, unknown>;
    if (typeof record.datePublished === 'string') meta.published ??= record.datePublished;
    if (typeof record.headline === 'string') meta.ogTitle ??= collapse(record.headline);
    if (Array.isArray(record['@graph'])) for (const inner of record['@graph']) readJsonLd(JSON.stringify(inner), meta);
  }
}

// ───────────────────────────── pruning ─────────────────────────────

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function hasHeadline(el: Element): boolean {
  return DomUtils.findOne((inner) => inner.name === 'h1' && hangulCount(DomUtils.textContent(inner)) >= 4, el.children, true) !== null;
}

/** An element marked as chrome that still holds the article (a wrapper named "sidebar-layout"). */
function holdsArticle(el: Element): boolean {
  if (hasHeadline(el)) return true;
  const letters = hangulCount(DomUtils.textContent(el));
  return letters >= 300 && linkTextLength(el) < textLength(el) * 0.3;
}

/** Removes chrome elements in place. `inArticle` keeps an article's own header. */
function prune(nodes: AnyNode[], inArticle: boolean): void {
  for (const node of [...nodes]) {
    if (node.type === 'comment' || node.type === 'directive') {
      DomUtils.removeElement(node);
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.name;
    const marker = `${node.attribs.class ?? ''} ${node.attribs.id ?? ''}`;
    const hidden = /display\s*:\s*none|visibility\s*:\s*hidden/i.test(node.attribs.style ?? '') || 'hidden' in node.attribs || node.attribs['aria-hidden'] === 'true';
    const furniture =
      (FURNITURE_TAGS.has(name) && !(name === 'header' && (inArticle || hasHeadline(node)))) ||
      FURNITURE_ROLES.test(node.attribs.role ?? '');
    if (DROP_TAGS.has(name) || hidden || furniture || (CHROME_WORDS.test(marker) && !holdsArticle(node))) {
      DomUtils.removeElement(node);
      continue;
    }
    if (name === 'img') {
      DomUtils.removeElement(node);
      continue;
    }
    prune(node.children, inArticle || name === 'article');
  }
}

// ───────────────────────────── choosing the article ─────────────────────────────

function hangulCount(text: string): number {
  return text.match(HANGUL_G)?.length ?? 0;
}

function textLength(el: Element): number {
  return collapse(DomUtils.textContent(el)).length;
}

function linkTextLength(el: Element): number {
  let total = 0;
  for (const link of DomUtils.findAll((inner) => inner.name === 'a', el.children)) total += collapse(DomUtils.textContent(link)).length;
  return total;
}

/**
 * Readability-style scoring: every text block adds its Korean letter count to its parent and half to its
 * grandparent; a container's score is discounted by its share of link text. Menus and headline lists are
 * mostly links, so they lose to the article body even when long.
 */
function bestCandidate(root: Element | Document): Element | null {
  const scores = new Map<Element, number>();
  const blocks = DomUtils.findAll((el) => ['p', 'div', 'td', 'li', 'pre', 'blockquote', 'section', 'article', 'span', 'font', 'dd'].includes(el.name), root.children);
  for (const block of blocks) {
    const own = ownText(block);
    const letters = hangulCount(own);
    if (letters < 20) continue;
    const sentenceBonus = (own.match(/[다요]\.|[.!?](\s|$)/g)?.length ?? 0) * 10;
    const score = letters + sentenceBonus;
    const parent = block.parent as Element | null;
    const target = ['p', 'span', 'font', 'li'].includes(block.name) && parent && isElement(parent) ? parent : block;
    scores.set(target, (scores.get(target) ?? 0) + score);
    const grand = target.parent;
    if (grand && isElement(grand)) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of scores) {
    const total = Math.max(1, textLength(el));
    const score = raw * (1 - Math.min(1, linkTextLength(el) / total));
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** Text of the element's own text children and inline descendants, not of nested blocks. */
function ownText(el: Element): string {
  let text = '';
  for (const child of el.children) {
    if (child.type === 'text') text += child.data;
    else if (isElement(child) && !BLOCK_TAGS.has(child.name)) text += ownText(child);
  }
  return text;
}

function findHeadline(nodes: AnyNode[], meta: Record<string, string>): Element | null {
  const title = meta.ogTitle ?? meta.pageTitle ?? '';
  const matchesTitle = (el: Element) => {
    const text = collapse(DomUtils.textContent(el));
    return text.length >= 6 && title.includes(text.slice(0, Math.min(text.length, 30)));
  };
  const headings = DomUtils.findAll((el) => el.name === 'h1', nodes).filter((el) => hangulCount(DomUtils.textContent(el)) >= 4);
  const matching = headings.find(matchesTitle);
  if (matching) return matching;
  // No <h1> carries the title: the smallest heading-like element whose text is the page title.
  if (title) {
    const others = DomUtils.findAll(
      (el) => /^h[2-4]$/.test(el.name) || (/title|headline|subject|tit\b/i.test(el.attribs.class ?? '') && !/^(?:html|body|head|title|meta)$/.test(el.name)),
      nodes,
    ).filter((el) => hangulCount(DomUtils.textContent(el)) >= 4 && matchesTitle(el) && textLength(el) <= title.length + 10);
    if (others.length > 0) return others[0]!;
  }
  if (headings.length === 0) return null;
  return headings.reduce((a, b) => (textLength(b) > textLength(a) ? b : a));
}

function contains(ancestor: Element | Document, node: AnyNode): boolean {
  for (let current: AnyNode | null = node; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

function commonAncestor(a: Element, b: Element): Element | null {
  const ancestors = new Set<AnyNode>();
  for (let node: AnyNode | null = a; node; node = node.parent) ancestors.add(node);
  for (let node: AnyNode | null = b; node; node = node.parent) if (ancestors.has(node) && isElement(node)) return node;
  return null;
}

// ───────────────────────────── rendering ─────────────────────────────

const LINE_BREAK = '\u0001';
const PARAGRAPH_BREAK = '\u0002';
const CELL_BREAK = '\u0003';

/**
 * Renders text with block structure: blocks break lines, paragraph-like blocks leave a blank line (two
 * list items or divs in a row are two lines, not two paragraphs). A table of short cells (figures) has a
 * row per line with its cells joined by tabs; a layout table's cells stay blocks. A block that is
 * nothing but links side by side (a list of other headlines, a tool bar) has a link per line.
 */
function render(root: Element | Document): string {
  const parts: string[] = [];
  const walk = (node: AnyNode, inDataTable: boolean): void => {
    if (node.type === 'text') {
      parts.push(node.data.replace(/[\s\u00a0]+/g, ' '));
      return;
    }
    if (!isElement(node)) return;
    if (node.name === 'br') {
      parts.push('\n');
      return;
    }
    const cell = node.name === 'td' || node.name === 'th';
    const dataTable = inDataTable || (node.name === 'table' && isDataTable(node));
    const block = (BLOCK_TAGS.has(node.name) || cell) && !(inDataTable && cell);
    const paragraph = PARAGRAPH_TAGS.has(node.name);
    const linkList = block && isLinkList(node);
    if (block) parts.push(paragraph ? PARAGRAPH_BREAK : LINE_BREAK);
    for (const child of node.children) {
      walk(child, dataTable);
      if (linkList && isElement(child) && child.name === 'a') parts.push(LINE_BREAK);
    }
    if (inDataTable && cell) parts.push(CELL_BREAK);
    // Two inline elements side by side ("<span>입력 …</span><span>수정 …</span>") are separate fields.
    else if (cell || (!block && node.next && isElement(node.next))) parts.push(' ');
    if (block) parts.push(paragraph ? PARAGRAPH_BREAK : LINE_BREAK);
  };
  if (isElement(root)) walk(root, false);
  else for (const child of root.children) walk(child, false);
  return parts
    .join('')
    // A run of breaks is a blank line when a paragraph block or two <br> are in it, else one line break.
    .replace(/[ \u0001\u0002\n]*[\u0001\u0002][ \u0001\u0002\n]*/g, (breaks) =>
      breaks.includes(PARAGRAPH_BREAK) || breaks.split('\n').length > 2 ? '\n\n' : '\n',
    )
    .split('\n')
    .map((line) =>
      line
        .split(CELL_BREAK)
        .map((cellText) => cellText.replace(/\s+/g, ' ').trim())
        .filter((cellText, i, cells) => cellText !== '' || i < cells.length - 1)
        .join('\t')
        .trim(),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A table of figures: every cell short and flat (no nested blocks), at least two rows of two cells. */
function isDataTable(table: Element): boolean {
  const rows = DomUtils.findAll((el) => el.name === 'tr', table.children);
  if (rows.length < 2) return false;
  const cells = DomUtils.findAll((el) => el.name === 'td' || el.name === 'th', table.children);
  if (cells.length < 4) return false;
  const nested = DomUtils.findOne((el) => ['table', 'p', 'div', 'ul', 'ol', 'h1', 'h2', 'h3', 'img'].includes(el.name), cells.flatMap((c) => c.children), true);
  return !nested && cells.every((c) => textLength(c) <= 40);
}

/** Two or more links and no other text: a menu, a tool bar or a list of other headlines. */
function isLinkList(el: Element): boolean {
  let links = 0;
  for (const child of el.children) {
    if (child.type === 'text') {
      if (child.data.trim() !== '') return false;
    } else if (isElement(child)) {
      if (child.name !== 'a') return false;
      links++;
    }
  }
  return links >= 2;
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
