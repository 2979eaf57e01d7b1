/**
 * The filter menus' counts under the filters set: each menu counts the events every other filter leaves
 * (the Actor menu's under the search, the source, the days and "Key events only"; not under the actor
 * chosen, or each other name would count nothing), so a count says what choosing it would show. Before, the
 * menus counted the whole story whatever was typed: "Key events only (28)" over a search that left 3 key
 * events, "Everyone (2810)" beside "12 of 2810 events" (review 25).
 */
import type { Filters, Item } from './items.ts';
import { filterTests } from './items.ts';
import type { MenuCounts } from './menuCounts.ts';
import type { OutletIndex } from './outlets.ts';

/** `sourcesAll`, `actorsAll`: the events the other filters leave, for "All sources (N)" and "Everyone (N)". */
export type FilteredCounts = MenuCounts & { sourcesAll: number; actorsAll: number };

/**
 * The counts of every event, `whole` (menuCounts), when no filter is set. `shown`: the events every filter
 * leaves (the store's), when known: with no source, actor or key filter set, the counts are theirs, read
 * without running the search again (a keystroke over Egypt's 3,279 events had matched them twice, 2 to 6 ms).
 * Otherwise the search is run only on the events one filter at most turns away.
 */
export function filteredCounts(items: readonly Item[], f: Filters, outlets: OutletIndex, whole: MenuCounts, textOf?: (eventId: string) => string | undefined, shown?: readonly Item[]): FilteredCounts {
  const t = filterTests(f, outlets.articlesOf, textOf);
  if (!t) return { ...whole, sourcesAll: items.length, actorsAll: items.length };
  const facets = !!(f.source || f.actor || f.key);
  const pool = !facets && shown ? shown : items;
  const found = pool === shown ? () => true : t.found;
  const outletOf = new Map<string, number>();
  outlets.outlets.forEach((o, n) => { for (const a of o.articleIds) outletOf.set(a, n); });
  const perOutlet = new Array<number>(outlets.outlets.length).fill(0);
  // The last event counted for each outlet: an event with two articles of one outlet counts once.
  const last = new Array<number>(outlets.outlets.length).fill(-1);
  const actors = new Map<string, number>();
  let key = 0;
  let sourcesAll = 0;
  let actorsAll = 0;
  pool.forEach((item, i) => {
    const e = item.event;
    const source = t.source(e);
    const actor = t.actor(e);
    const keyed = t.key(e);
    // Counted by no menu when two filters turn it away: the search is not run for it.
    if (+source + +actor + +keyed < 2 || !found(item)) return;
    if (actor && keyed) {
      sourcesAll++;
      for (const a of e.articles) {
        const n = outletOf.get(a);
        if (n !== undefined && last[n] !== i) { last[n] = i; perOutlet[n]! += 1; }
      }
    }
    if (source && keyed) {
      actorsAll++;
      for (const a of e.actors) actors.set(a, (actors.get(a) ?? 0) + 1);
    }
    if (source && actor && e.key) key++;
  });
  return { actors, outlets: new Map(outlets.outlets.map((o, n) => [o.key, perOutlet[n]!])), key, sourcesAll, actorsAll };
}
