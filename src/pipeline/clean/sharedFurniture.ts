/**
 * Furniture the story's pages share: a line a site prints on many of its pages (a teaser for another story,
 * a call for reader videos, a news desk's contact line) is not any article's text. Per-article cleaning
 * cannot see it, since each page shows it once; the story can: the same line on several pages, about none
 * of them.
 *
 * A line is furniture when
 *   - it is printed verbatim on at least MIN_PAGES of the story's pages, and
 *   - on those pages, fewer than ABOUT_PAGE of its content words occur anywhere else in the page.
 * A wire lead carried by several outlets repeats too, but the rest of each article retells it (its words
 * recur: 0.4 to 1.0 of them on the Timeline17 topics), so it stays. Measured on the four Timeline17
 * topics, the 12 news clusters and the seed: lines repeated on 4 or more pages with under 0.3 of their words
 * elsewhere are seven, all furniture ("2 men charged in death of Chicago teen who performed in inauguration
 * event", printed on 41 pages of the Egypt topic, was that story's most widely reported "event"; "Helicopter
 * crashes into crane on London tower, kills two" on 4 swine-flu pages; a Guardian desk's contact line on 5);
 * on 3 pages the same test also took news sentences three live pages shared, so 4 it is.
 */
import type { Article, Warning } from '../../schema/index.ts';
import { keywords } from '../events/keywords.ts';
import { leadTitle } from '../story/leadTitle.ts';

/** Pages a line must be printed on. */
export const MIN_PAGES = 4;
/** Share of a line's content words found elsewhere on its pages below which it is about none of them. */
export const ABOUT_PAGE = 0.3;
/** Lines shorter than this many words are too common to tell anything ("Thank you very much."). */
const MIN_WORDS = 5;

const linesOf = (text: string) => text.split(/\n+/).map((l) => l.trim()).filter(Boolean);

/** The lines of `texts` that are shared furniture, as printed. */
export function sharedFurniture(texts: readonly string[]): Set<string> {
  const pages = new Map<string, number[]>();
  texts.forEach((text, i) => {
    for (const line of new Set(linesOf(text))) {
      if (!hasWords(line, MIN_WORDS)) continue;
      const list = pages.get(line);
      if (list) list.push(i);
      else pages.set(line, [i]);
    }
  });
  const out = new Set<string>();
  const pageWords = new PageWords(texts);
  for (const [line, on] of pages) {
    if (on.length < MIN_PAGES) continue;
    const words = [...new Set(pageWords.of(line))];
    if (!words.length) continue;
    let found = 0;
    for (const i of on) found += words.filter((w) => pageWords.elsewhere(i, line, w)).length / words.length;
    if (found / on.length < ABOUT_PAGE) out.add(line);
  }
  return out;
}

/** Whether the trimmed `line` has at least n words (line.split(/\s+/).length >= n), without splitting it. */
export function hasWords(line: string, n: number): boolean {
  let words = 1;
  for (let i = 0; i < line.length && words < n; i++) if (isSpace(line.charCodeAt(i)) && !isSpace(line.charCodeAt(i + 1))) words++;
  return words >= n;
}

/** The code units /\s/ matches (ECMAScript WhiteSpace and LineTerminator); NaN (past the end) is none. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The content words of each page, counted once per page: "is this word on page i outside `line`" is its count
 * on the page minus its count in the copies of `line` there. A page's keywords are the concatenation of its
 * lines' (no word spans a line break), so this answers as keywords() of the page without the line would,
 * without scanning the page again for every repeated line on it (41 pages of one topic print one teaser).
 */
class PageWords {
  private readonly lineWords = new Map<string, string[]>();
  private readonly counts: Array<{ count: Map<string, number>; copies: Map<string, number> } | undefined> = [];
  private readonly texts: readonly string[];
  constructor(texts: readonly string[]) {
    this.texts = texts;
  }

  /** keywords(line), once per distinct line. */
  of(line: string): string[] {
    let words = this.lineWords.get(line);
    if (!words) this.lineWords.set(line, (words = keywords(line)));
    return words;
  }

  /** Whether `word` (a key of `line`) occurs on page i in a line other than `line`. */
  elsewhere(i: number, line: string, word: string): boolean {
    let page = this.counts[i];
    if (!page) {
      page = { count: new Map(), copies: new Map() };
      for (const l of linesOf(this.texts[i]!)) {
        page.copies.set(l, (page.copies.get(l) ?? 0) + 1);
        for (const w of this.of(l)) page.count.set(w, (page.count.get(w) ?? 0) + 1);
      }
      this.counts[i] = page;
    }
    const inLine = this.of(line).reduce((n, w) => n + (w === word ? 1 : 0), 0);
    return (page.count.get(word) ?? 0) > (page.copies.get(line) ?? 0) * inLine;
  }
}

/** The text without the furniture lines (paragraph breaks kept as they were around the others). */
export function withoutFurniture(text: string, furniture: ReadonlySet<string>): string {
  if (!furniture.size) return text;
  const kept = text.split(/(\n+)/);
  const out: string[] = [];
  for (let i = 0; i < kept.length; i += 2) {
    if (furniture.has(kept[i]!.trim())) continue;
    if (out.length) out.push(kept[i - 1] ?? '\n\n');
    out.push(kept[i]!);
  }
  return out.join('');
}

/**
 * Drops the lines the story's pages share as furniture from every article (and a title taken from one);
 * an article left with nothing is skipped with a warning, like an empty one.
 */
export function dropSharedFurniture(articles: Article[], headlines: Array<string | null>, rawTexts: string[], warnings: Warning[]): void {
  const furniture = sharedFurniture(articles.map((a, i) => (headlines[i] ? `${headlines[i]}\n${a.text}` : a.text)));
  if (!furniture.size) return;
  for (let i = articles.length - 1; i >= 0; i--) {
    const a = articles[i]!;
    const text = withoutFurniture(a.text, furniture);
    const headline = headlines[i] && !furniture.has(headlines[i]!.trim()) ? headlines[i] : null;
    if (text === a.text && headline === headlines[i]) continue;
    if (!text.trim()) {
      warnings.push({ file: a.file, code: 'empty', message: `${a.file}: nothing left after removing lines the story's other pages print too; skipped` });
      articles.splice(i, 1);
      headlines.splice(i, 1);
      rawTexts.splice(i, 1);
      continue;
    }
    articles[i] = { ...a, text, title: headline ?? leadTitle(text) };
  }
}
