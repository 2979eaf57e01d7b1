import type { OutlineArticle } from '../../../schema/outline.ts';

/**
 * How the details name an article: its outlet when that tells it apart, else the outlet and its title
 * ("Reuters, “WHO raises pandemic alert”"): an H1N1 story holds 156 Reuters articles, and "in Reuters"
 * points at none of them. Without an outlet, its title.
 */
export function articleName(a: OutlineArticle, articles: ReadonlyMap<string, OutlineArticle>): string {
  if (!a.publisher) return a.title;
  let same = 0;
  for (const other of articles.values()) if (other.publisher === a.publisher && ++same > 1) break;
  return same > 1 ? `${a.publisher}, “${a.title}”` : a.publisher;
}
