/**
 * An article's publisher, from the strongest evidence it has:
 *   1. metadata (story.json, front matter, the page's JSON-LD or og:site_name): someone wrote it on purpose;
 *   2. the text's own furniture (clean/meta.ts, clean/credits.ts): datelines, bylines, agency credits;
 *   3. the web address: a known outlet's domain gives its name ("edition.cnn.com" -> "CNN"), any other the
 *      registrable domain ("www.riverside-gazette.example.co.uk" -> "riverside-gazette.example.co.uk").
 * When the text names only a wire agency and the address another outlet, the article is that outlet's
 * reprint of the agency's copy: "Yahoo News (Reuters)", the form story.json uses.
 * No evidence is null, never a guess and never words of the article: the viewer shows "Unknown outlet".
 */
import { plausibleOutlet, outletNamed, outletForUrl } from '../clean/outlets.ts';
import type { ArticleMeta, CleanedDocument } from '../types.ts';

export function publisherOf(meta: ArticleMeta, cleaned: Pick<CleanedDocument, 'publisher'>): string | null {
  const stated = meta.publisher?.replace(/\s+/g, ' ').trim();
  if (stated && plausibleOutlet(stated)) return stated;
  const site = meta.url ? outletForUrl(meta.url) : null;
  const text = cleaned.publisher;
  if (text === null) return site;
  if (site === null || site.toLowerCase() === text.toLowerCase()) return text;
  return outletNamed(text)?.agency ? `${site} (${text})` : text;
}
