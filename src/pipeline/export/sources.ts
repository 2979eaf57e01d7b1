/**
 * The articles that report an event, as the exports name them: the publisher, else the article's title
 * (as the viewer's Sources list does), and the article's web address when it has one.
 */
import type { Article, Event, Story } from '../../schema/index.ts';
import { webUrl } from './links.ts';

export interface Source {
  article: Article;
  /** "Business Standard", or the article's title when no publisher is known. */
  name: string;
  /** The article's http(s) URL, or null. */
  url: string | null;
}

/** The event's articles in the order it first mentions them, each once. */
export function eventSources(story: Story, event: Event): Source[] {
  const byId = new Map(story.articles.map((a) => [a.id, a]));
  const seen = new Set<string>();
  const sources: Source[] = [];
  for (const mention of event.mentions) {
    if (seen.has(mention.articleId)) continue;
    seen.add(mention.articleId);
    const article = byId.get(mention.articleId);
    if (!article) continue;
    sources.push({ article, name: oneLine(article.publisher ?? article.title), url: webUrl(article.url) });
  }
  return sources;
}

/**
 * The sources as an export lists them: each article with a web address on its own (its link tells it apart),
 * and the articles of one outlet without an address as one entry with their number ("CNN (3 articles)"),
 * where a list of "CNN, CNN, CNN" could not tell them apart. First-seen order.
 */
export function groupedSources(sources: readonly Source[]): Array<{ name: string; url: string | null }> {
  const out: Array<{ name: string; url: string | null; count: number }> = [];
  const byName = new Map<string, { name: string; url: string | null; count: number }>();
  for (const s of sources) {
    if (s.url) { out.push({ name: s.name, url: s.url, count: 1 }); continue; }
    const seen = byName.get(s.name);
    if (seen) { seen.count++; continue; }
    const entry = { name: s.name, url: null, count: 1 };
    byName.set(s.name, entry);
    out.push(entry);
  }
  return out.map((e) => ({ name: e.count > 1 ? `${e.name} (${e.count} articles)` : e.name, url: e.url }));
}

/** Distinct values in first-seen order. */
export function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** Untrusted text on one line: runs of white space (newlines included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
