import type { OutlineArticle } from '../../../schema/outline.ts';
import { quoted } from '../../timeline/shownText.ts';

/**
 * How the details name an article: its outlet when that tells it apart, else the outlet and its title
 * ("Reuters, “WHO raises pandemic alert”"): an H1N1 story holds 156 Reuters articles, and "in Reuters"
 * points at none of them. Without an outlet, its title. `title`: how a title is shown (detailText.ts detailTitles).
 */
export function articleName(a: OutlineArticle, articles: ReadonlyMap<string, OutlineArticle>, title: (t: string) => string = String): string {
  if (!a.publisher) return title(a.title);
  let same = 0;
  for (const other of articles.values()) if (other.publisher === a.publisher && ++same > 1) break;
  return same > 1 ? `${a.publisher}, ${quoted(title(a.title))}` : a.publisher;
}
