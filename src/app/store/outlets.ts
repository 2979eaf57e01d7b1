/**
 * The outlets of a story, for the Source filter: one entry per publisher, whatever number of articles it
 * has, and one "Unknown outlet" entry for the articles whose publisher nobody could tell. The filter never
 * names an outlet by words of an article: an article's title or first sentence is not an outlet.
 *
 * The filter's URL value is the outlet's name (`?source=Reuters`), or `unknown-outlet`. A link made before
 * outlets were grouped names an article id (`?source=004_a64dbdd333cede17`): it still works, and filters by
 * that article's outlet.
 */
import type { StoryOutline } from '../../schema/outline.ts';

export const UNKNOWN_OUTLET = 'unknown-outlet';
export const UNKNOWN_OUTLET_LABEL = 'Unknown outlet';

/** One entry of the Source menu. */
export type Outlet = { key: string; label: string; articleIds: string[] };

/** A story's outlets and how a filter value maps to them. */
export type OutletIndex = {
  /** Known outlets by name, then the unknown one (if any article lacks a publisher). */
  outlets: Outlet[];
  /** The outlet a filter value names (an outlet key, any case, or an article id), or null. */
  keyOf: (source: string | null) => string | null;
  /** The articles a filter value stands for; empty for a value naming nothing in this story. */
  articlesOf: (source: string) => ReadonlySet<string>;
};

/**
 * How many events each outlet reports (an event counts once per outlet, however many of its articles it
 * has), in one pass over the events' articles: a 100,000-event story's Source menu costs one look-up per
 * article of each event, not one pass per outlet.
 */
export function outletCounts(index: OutletIndex, events: Iterable<{ articles: readonly string[] }>): Map<string, number> {
  const outletOf = new Map<string, number>();
  index.outlets.forEach((o, n) => { for (const a of o.articleIds) outletOf.set(a, n); });
  const counts = new Array<number>(index.outlets.length).fill(0);
  // The last event counted for each outlet: an event with two articles of one outlet counts once.
  const last = new Array<number>(index.outlets.length).fill(-1);
  let e = 0;
  for (const event of events) {
    for (const a of event.articles) {
      const n = outletOf.get(a);
      if (n !== undefined && last[n] !== e) { last[n] = e; counts[n]! += 1; }
    }
    e++;
  }
  return new Map(index.outlets.map((o, n) => [o.key, counts[n]!]));
}

export function outletIndex(story: Pick<StoryOutline, 'articles'>): OutletIndex {
  const byKey = new Map<string, Outlet>();
  const ofArticle = new Map<string, string>();
  for (const a of story.articles) {
    const name = a.publisher?.replace(/\s+/g, ' ').trim() || null;
    const folded = name === null ? UNKNOWN_OUTLET : name.toLowerCase();
    let outlet = byKey.get(folded);
    if (!outlet) {
      outlet = name === null ? { key: UNKNOWN_OUTLET, label: UNKNOWN_OUTLET_LABEL, articleIds: [] } : { key: name, label: name, articleIds: [] };
      byKey.set(folded, outlet);
    }
    outlet.articleIds.push(a.id);
    ofArticle.set(a.id, folded);
  }
  const outlets = [...byKey.values()].sort((a, b) =>
    a.key === UNKNOWN_OUTLET ? 1 : b.key === UNKNOWN_OUTLET ? -1 : a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }));
  const find = (source: string | null): Outlet | null => {
    if (!source) return null;
    return byKey.get(source === UNKNOWN_OUTLET ? UNKNOWN_OUTLET : source.toLowerCase()) ?? byKey.get(ofArticle.get(source) ?? '') ?? null;
  };
  const sets = new Map(outlets.map((o) => [o.key, new Set(o.articleIds)]));
  const none: ReadonlySet<string> = new Set();
  return {
    outlets,
    keyOf: (source) => find(source)?.key ?? null,
    articlesOf: (source) => sets.get(find(source)?.key ?? '') ?? none,
  };
}
