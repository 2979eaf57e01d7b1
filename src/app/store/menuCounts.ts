/**
 * The filter menus' counts over every event of the story: events per actor, per outlet, and key events.
 * They are on screen in the first render (the Source and Actor menus, "Key events only (N)"), so for a
 * 100,000-event story they are counted from the outline's columns when it came from its file
 * (outlineColumns): one count per distinct list of actors or articles, added up per name and outlet,
 * instead of a look-up per event and per name. The same figures as facetCounts and outletCounts.
 */
import type { StoryOutline } from '../../schema/outline.ts';
import { outlineColumns } from '../../schema/outlineCodec.ts';
import { facetCounts, type Item } from './items.ts';
import { outletCounts, type OutletIndex } from './outlets.ts';

export type MenuCounts = { actors: Map<string, number>; outlets: Map<string, number>; key: number };

/** `items`: every event of `story` (the store's items), in any order. */
export function menuCounts(story: StoryOutline, items: readonly Item[], outlets: OutletIndex): MenuCounts {
  const file = outlineColumns(story);
  if (!file || file.events.id.length !== items.length) {
    let key = 0;
    for (const i of items) if (i.event.key) key++;
    return { actors: facetCounts(items as Item[]).actors, outlets: outletCounts(outlets, items.map((i) => i.event)), key };
  }
  const c = file.events;
  // How many events use each distinct list.
  const actorUse = new Uint32Array(c.actorLists.length);
  for (const l of c.actors) actorUse[l]! += 1;
  const articleUse = new Uint32Array(c.articleLists.length);
  for (const l of c.articles) articleUse[l]! += 1;
  // Actors: each occurrence in an event's list counts (as facetCounts does), names in order of first use.
  const perName = new Float64Array(c.names.length);
  c.actorLists.forEach((list, l) => { for (const n of list) perName[n]! += actorUse[l]!; });
  const actors = new Map<string, number>();
  perName.forEach((n, i) => { if (n > 0) actors.set(c.names[i]!, n); });
  // Outlets: an event counts once per outlet, however many of its articles the outlet has.
  const outletOf = new Map<string, number>();
  outlets.outlets.forEach((o, n) => { for (const a of o.articleIds) outletOf.set(a, n); });
  const perOutlet = new Array<number>(outlets.outlets.length).fill(0);
  c.articleLists.forEach((list, l) => {
    if (!articleUse[l]) return;
    const seen = new Set<number>();
    for (const a of list) {
      const n = outletOf.get(file.articles[a]!.id);
      if (n !== undefined && !seen.has(n)) { seen.add(n); perOutlet[n]! += articleUse[l]!; }
    }
  });
  let key = 0;
  if (c.key) for (const k of c.key) if (k === true) key++;
  return { actors, outlets: new Map(outlets.outlets.map((o, n) => [o.key, perOutlet[n]!])), key };
}
