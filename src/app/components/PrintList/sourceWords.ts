import { showTitle } from '../../timeline/shownText.ts';

/** What the print list needs of an article. */
export type PrintedArticle = { publisher: string | null; title: string | null; url: string | null };

/**
 * An event's sources as printed: each article by its outlet, or its title where no outlet is known, with its
 * address. Articles of one outlet that paper cannot tell apart (no address) are one entry with their number:
 * Egypt's first key event had printed "CNN; CNN; CNN's Senior State Department Producer…; CNN; CNN; …".
 */
export function sourceWords(ids: readonly string[], articles: ReadonlyMap<string, PrintedArticle>): string {
  const entries: { label: string; url: string | null; n: number }[] = [];
  const bare = new Map<string, { label: string; url: string | null; n: number }>();
  for (const id of ids) {
    const a = articles.get(id);
    const label = a?.publisher ?? (a?.title ? showTitle(a.title) : null) ?? id;
    const url = a?.url ?? null;
    const same = url === null ? bare.get(label) : undefined;
    if (same) { same.n++; continue; }
    const entry = { label, url, n: 1 };
    entries.push(entry);
    if (url === null) bare.set(label, entry);
  }
  return entries.map((e) => `${e.label}${e.n > 1 ? ` (${e.n} articles)` : ''}${e.url ? ` (${e.url})` : ''}`).join('; ');
}
