/**
 * The lock stage: gives each event of this build the id its happening had in the last one, read from the
 * lock file, and mints ids only for new happenings. A rebuild, a new or a deleted article, a better title
 * rule: the ids people linked to stay.
 *
 * Matching is by the mentions an event shares with a lock entry (article id + normalized sentence text,
 * mentionKey.ts), scored by their overlap (Dice: 2·shared / (|old| + |new|)), best pairs first, each id and
 * each event used once. Overlap rather than a count of shared sentences, so that an event split in two keeps
 * its id in the half most like it, and an id retired earlier comes back when its own sentences do.
 *
 * An id of the lock that no event takes is retired: redirected to the event now holding most of its
 * sentences, or, when none holds any, gone (a null redirect, and the viewer says the event was removed in
 * an update). Retired ids stay in the lock with their sentences, forever, so a minted id never takes an id
 * that once meant another happening, and a happening that comes back gets its old id back.
 */
import type { Event, Redirect } from '../../schema/index.ts';
import type { Lock, LockEntry } from './lockFile.ts';
import { mentionKey } from './mentionKey.ts';

export interface Locked {
  /** The events, in the order given, with their ids. */
  events: Event[];
  /** The lock to write: every event of this build, and every id ever retired. */
  lock: Lock;
  /** Where each retired id leads now, sorted by id. */
  redirects: Redirect[];
}

/**
 * `events` carry the ids merge/ids.ts made (date + first content words); those are the minted ids unless
 * `mint` forms them another way. Without a lock every event is new and keeps exactly that id.
 */
export function lockIds(events: readonly Event[], lock: Lock, mint?: (e: Event) => string): Locked {
  // A headline's mention (merge/headline.ts) names no sentence of the text: the lock holds sentences only.
  const keys = events.map((e) => [...new Set(e.mentions.filter((m) => m.part !== 'title').map(mentionKey))].sort());
  const entries = lock.entries;
  const owners = new Map<string, number[]>();
  entries.forEach((entry, j) => {
    for (const k of new Set(entry.mentions)) {
      let list = owners.get(k);
      if (!list) owners.set(k, (list = []));
      list.push(j);
    }
  });
  const size = entries.map((e) => new Set(e.mentions).size);

  type Pair = { i: number; j: number; shared: number; dice: number };
  const pairs: Pair[] = [];
  keys.forEach((ks, i) => {
    const shared = new Map<number, number>();
    for (const k of ks) for (const j of owners.get(k) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) pairs.push({ i, j, shared: n, dice: (2 * n) / (ks.length + size[j]!) });
  });
  const live = (j: number) => entries[j]!.redirect === undefined;
  // Best overlap first; then more sentences; then an id that was live over one retired; then by id and by
  // the event's made id, so that equal scores always resolve the same way.
  pairs.sort((a, b) => b.dice - a.dice || b.shared - a.shared || Number(live(b.j)) - Number(live(a.j))
    || cmp(entries[a.j]!.id, entries[b.j]!.id) || cmp(events[a.i]!.id, events[b.i]!.id));

  const idOf: Array<string | null> = events.map(() => null);
  const takenEntry = new Uint8Array(entries.length);
  for (const p of pairs) {
    if (idOf[p.i] !== null || takenEntry[p.j]) continue;
    idOf[p.i] = entries[p.j]!.id;
    takenEntry[p.j] = 1;
  }

  // New happenings: ids as merge made them (or `mint`), never one the lock already knows.
  const taken = new Set<string>(entries.map((e) => e.id));
  const fresh = events.map((_, i) => i).filter((i) => idOf[i] === null).sort((a, b) => cmp(events[a]!.id, events[b]!.id));
  for (const i of fresh) {
    const base = mint ? mint(events[i]!) : events[i]!.id;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    idOf[i] = id;
  }

  // Retired ids: to the event holding most of their sentences, else where they led before, else gone.
  const holder = new Map<string, number>();
  keys.forEach((ks, i) => { for (const k of ks) if (!holder.has(k)) holder.set(k, i); });
  const target = new Map<string, string | null>();
  const before = new Map<string, string | null>();
  entries.forEach((entry, j) => {
    if (takenEntry[j]) return;
    const count = new Map<number, number>();
    for (const k of new Set(entry.mentions)) {
      const i = holder.get(k);
      if (i !== undefined) count.set(i, (count.get(i) ?? 0) + 1);
    }
    let best = -1;
    for (const [i, n] of count) if (best < 0 || n > count.get(best)! || (n === count.get(best)! && cmp(idOf[i]!, idOf[best]!) < 0)) best = i;
    if (best >= 0) target.set(entry.id, idOf[best]!);
    else before.set(entry.id, entry.redirect ?? null);
  });
  const liveIds = new Set(idOf as string[]);
  const resolve = (id: string | null, seen = new Set<string>()): string | null => {
    if (id === null || liveIds.has(id)) return id;
    if (seen.has(id)) return null;
    seen.add(id);
    return resolve(target.has(id) ? target.get(id)! : before.has(id) ? before.get(id)! : null, seen);
  };

  const out: LockEntry[] = events.map((_, i) => ({ id: idOf[i]!, mentions: keys[i]! }));
  const redirects: Redirect[] = [];
  entries.forEach((entry, j) => {
    if (takenEntry[j]) return;
    const to = target.has(entry.id) ? target.get(entry.id)! : resolve(before.get(entry.id) ?? null);
    out.push({ id: entry.id, redirect: to, mentions: [...new Set(entry.mentions)].sort() });
    redirects.push({ from: entry.id, to, reason: to === null ? 'removed' : 'merged' });
  });
  redirects.sort((a, b) => cmp(a.from, b.from));
  return { events: events.map((e, i) => (e.id === idOf[i] ? e : { ...e, id: idOf[i]! })), lock: { entries: out }, redirects };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
