/**
 * An HTML page's own metadata: who published it, its headline, byline, publication date and address, as
 * the page declares them for search engines and link previews. Read before Readability rewrites the
 * document. `npm run add` records the same fields in story.json, so a page added by hand and one fetched
 * by the command give the same article.
 *
 * Where a page states a field more than once, the most specific statement wins:
 *   1. JSON-LD (schema.org NewsArticle, Article, BlogPosting ..., also inside "@graph" arrays): the
 *      structured record the publisher's CMS writes for search engines;
 *   2. Open Graph and article:* tags (og:site_name, og:title, article:published_time, og:url);
 *   3. plain meta tags (name=author, byl, byline, publisher, date, pubdate, parsely-*, dc.*), <time datetime>
 *      and <title>.
 * A publication date is taken from the first statement that reads as an ISO date ("2017-02-23T22:05:00-05:00");
 * only when none does is the first one kept as it stands, so that the build names it in a warning.
 */
import type { ArticleMeta } from '../types.ts';

/** The minimum of a DOM document this module reads (linkedom's and the browser's both fit). */
interface MetaDocument {
  querySelector(selector: string): MetaElement | null;
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
}
interface MetaElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };

/** schema.org types that describe the article itself. */
const ARTICLE_TYPE = /(?:^|:|\/)(?:\w*Article|BlogPosting|LiveBlogPosting|Report|SocialMediaPosting)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:$|[T ]\d{2}:\d{2})/;

export function readHtmlMeta(document: MetaDocument): ArticleMeta {
  const ld = jsonLdArticle(document);
  const content = (selector: string): string | undefined => text(document.querySelector(selector)?.getAttribute('content'));
  const first = (...values: (string | undefined)[]): string | undefined => values.find((v) => v !== undefined);

  const title = first(ld.title, content('meta[property="og:title"]'), content('meta[name="twitter:title"]'), text(document.querySelector('title')?.textContent));
  const url = first(...[ld.url, content('meta[property="og:url"]'), text(document.querySelector('link[rel="canonical"]')?.getAttribute('href'))].filter((u) => u !== undefined && /^https?:\/\//i.test(u)));
  const publisher = first(ld.publisher, content('meta[property="og:site_name"]'), content('meta[name="publisher"]'), content('meta[name="application-name"]'));
  const byline = first(
    ld.byline,
    ...['meta[name="author"]', 'meta[name="byl"]', 'meta[name="byline"]', 'meta[name="parsely-author"]', 'meta[name="sailthru.author"]', 'meta[name="dc.creator"]', 'meta[name="DC.creator"]', 'meta[property="article:author"]']
      .map((s) => personName(content(s))),
  );
  const dates = [
    ld.published,
    content('meta[property="article:published_time"]'),
    content('meta[property="og:article:published_time"]'),
    content('meta[itemprop="datePublished"]'),
    text(document.querySelector('[itemprop="datePublished"][datetime]')?.getAttribute('datetime')),
    content('meta[name="date"]'),
    content('meta[name="pubdate"]'),
    content('meta[name="publish-date"]'),
    content('meta[name="parsely-pub-date"]'),
    content('meta[name="dc.date"]'),
    content('meta[name="DC.date.issued"]'),
    content('meta[name="sailthru.date"]'),
    text(document.querySelector('time[pubdate][datetime]')?.getAttribute('datetime')),
    text(document.querySelector('time[datetime]')?.getAttribute('datetime')),
  ].filter((d): d is string => d !== undefined);
  const published = dates.find((d) => ISO_DATE.test(d)) ?? dates[0];

  const meta: ArticleMeta = {};
  if (title) meta.title = title;
  if (url) meta.url = url;
  if (publisher && !/^https?:\/\//i.test(publisher)) meta.publisher = publisher;
  if (published) meta.published = published;
  if (byline) meta.byline = byline;
  return meta;
}

/** Trimmed, white space folded; empty -> undefined. */
function text(value: string | null | undefined): string | undefined {
  const t = value?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

/** "By Jane Doe" -> "Jane Doe"; a profile URL ("https://www.facebook.com/jdoe") is no name. */
function personName(value: string | undefined): string | undefined {
  if (value === undefined || /^https?:\/\//i.test(value) || /^[\w.+-]+@[\w-]+\./.test(value)) return undefined;
  return text(value.replace(/^by:?\s+/i, ''));
}

interface LdFields {
  title?: string;
  url?: string;
  publisher?: string;
  published?: string;
  byline?: string;
}

/**
 * The article record among the page's JSON-LD blocks. Blocks that do not parse are ignored (a CMS template
 * with a trailing comma must not cost the page its other metadata); "@id" references ("publisher":
 * {"@id": "#org"}) are followed within the page.
 */
function jsonLdArticle(document: MetaDocument): LdFields {
  const nodes: Node[] = [];
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      collect(JSON.parse(scripts[i]!.textContent ?? '') as Json, nodes);
    } catch {
      continue;
    }
  }
  const byId = new Map<string, Node>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const deref = (v: Json | undefined): Json | undefined => {
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) return byId.get(v['@id']) ?? v;
    return v;
  };
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t)));
  if (!article) return {};
  const name = (v: Json | undefined): string | undefined => {
    const d = deref(v);
    if (typeof d === 'string') return text(d);
    if (Array.isArray(d)) return name(d[0]);
    if (d && typeof d === 'object') return typeof d.name === 'string' ? text(d.name) : undefined;
    return undefined;
  };
  const authors = (Array.isArray(article.author) ? article.author : article.author === undefined ? [] : [article.author])
    .map((a) => personName(name(a)))
    .filter((a): a is string => a !== undefined);
  const page = deref(article.mainEntityOfPage);
  const url = typeof article.url === 'string' ? article.url : typeof page === 'string' ? page : page && typeof page === 'object' && !Array.isArray(page) && typeof page['@id'] === 'string' ? page['@id'] : undefined;
  return {
    title: typeof article.headline === 'string' ? text(article.headline) : name(article.name),
    url: text(url),
    publisher: name(article.publisher) ?? name(article.sourceOrganization),
    published: typeof article.datePublished === 'string' ? text(article.datePublished) : typeof article.dateCreated === 'string' ? text(article.dateCreated) : undefined,
    byline: authors.length === 0 ? undefined : authors.length === 1 ? authors[0] : `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`,
  };
}

/** Every object of a JSON-LD block, flattening top-level arrays and "@graph" lists. */
function collect(value: Json, into: Node[], depth = 0): void {
  if (depth > 3 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, into, depth + 1);
    return;
  }
  into.push(value);
  if (Array.isArray(value['@graph'])) collect(value['@graph'], into, depth + 1);
}

function types(node: Node): string[] {
  const t = node['@type'];
  return typeof t === 'string' ? [t] : Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}
