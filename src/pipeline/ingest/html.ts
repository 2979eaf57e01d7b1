/**
 * HTML page -> article paragraphs and metadata. Mozilla Readability (Firefox Reader View) finds the article
 * body far better than rules we would write; linkedom gives it a DOM in Node at a fraction of jsdom's cost.
 * Nothing from the page is ever executed: we only read text nodes, and scripts, styles and event-handler
 * attributes never reach the output because only text is kept.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleMeta } from '../types.ts';
import { readHtmlMeta } from './htmlMeta.ts';

export interface HtmlArticle {
  text: string;
  meta: ArticleMeta;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'FIGCAPTION', 'BUTTON', 'SELECT']);

export function htmlToArticle(html: string): HtmlArticle {
  // One parse serves both: the metadata is read before Readability rewrites the document.
  const document = parsePage(html);
  const meta = readHtmlMeta(document);
  let body = '';
  try {
    const parsed = new Readability(document, { charThreshold: 200 }).parse();
    if (parsed?.content) {
      if (!meta.title && parsed.title) meta.title = parsed.title.trim();
      if (!meta.byline && parsed.byline) meta.byline = parsed.byline.trim();
      if (!meta.publisher && parsed.siteName) meta.publisher = parsed.siteName.trim();
      body = textOf(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body);
    }
  } catch {
    body = '';
  }
  // Readability gives up on short pages (a wire brief of two paragraphs): fall back to all body text.
  if (!body.trim()) body = textOf(parsePage(html).body);
  return { text: body, meta };
}

/**
 * linkedom gives a document with no <html> element at all for a page without one element tag ("plain
 * text", "---\ntitle: x\n---" saved as .htm, a lone comment), and its `body` then throws: such a page is
 * parsed as the body's content, as a browser would show it.
 */
function parsePage(html: string): Document {
  const { document } = parseHTML(html);
  const page = document.documentElement ? document : parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
  return page as unknown as Document;
}

/** Block elements become paragraphs; inline text is joined with its spacing folded. */
function textOf(root: unknown): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) paragraphs.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag) || (node as Element).getAttribute('aria-hidden') === 'true') return;
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  if (root) walk(root as Node);
  flush();
  return paragraphs.join('\n\n');
}
