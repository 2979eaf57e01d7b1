import { aboutWords, isAbout } from './about.ts';
import { formatTimex, timexRange } from './timexRange.ts';

/**
 * The span the index and the story's header show for a story: its key events' (the period the viewer opens on, timeline/period.ts),
 * not every date the articles mention (H1N1 had read "1889 to Wednesday 2 May 2012", Egypt "1683 to 2013").
 * Events are in date order, so the key ones are too. A story without key events shows all its dates.
 */
export function periodOf(events: ReadonlyArray<{ key?: boolean; date: { value: string } }>): [string | null, string | null] {
  const key = events.filter((e) => e.key === true);
  const span = key.length ? key : events;
  // From the value that starts first to the one that ends last, by their ranges: events are in the order of
  // their values' text, where "1940-W19" (a week from 6 May) follows "1940-05-09", and the index had read
  // "Thursday 9 May 1940 to the week of 6 May 1940".
  let first: { value: string; start: number } | null = null;
  let last: { value: string; end: number } | null = null;
  // Each value once: 100,000 events of a viewer's first render have a few thousand values.
  const seen = new Set<string>();
  for (const e of span) {
    if (seen.has(e.date.value)) continue;
    seen.add(e.date.value);
    const r = timexRange(e.date.value);
    if (!r) continue;
    if (!first || r.start < first.start) first = { value: e.date.value, start: r.start };
    if (!last || r.end > last.end) last = { value: e.date.value, end: r.end };
  }
  return [first?.value ?? span[0]?.date.value ?? null, last?.value ?? span.at(-1)?.date.value ?? null];
}

/**
 * Whether the story is unsure of each end of its period: every event of the period's span dated by that end's
 * value reads "about" (mn14's header had read "Wednesday 13 December 2017 to ..." over marks that all say
 * "about 13 December 2017").
 */
export function periodAbout(events: ReadonlyArray<{ key?: boolean; date: { value: string; confidence?: number } }>, period: readonly [string | null, string | null]): [boolean, boolean] {
  const key = events.filter((e) => e.key === true);
  const span = key.length ? key : events;
  const unsure = (value: string | null) => {
    if (value === null) return false;
    const at = span.filter((e) => e.date.value === value);
    return at.length > 0 && at.every((e) => isAbout(e.date));
  };
  return [unsure(period[0]), unsure(period[1])];
}

/**
 * A span in words, as the header, the index and the share previews say it: "Wednesday 13 December 2017 to
 * Friday 23 March 2018", "about 13 December 2017 to ..." at an unsure end, one "year not stated" for two
 * year-less ends.
 */
export function spanWords(from: string, to: string, about: readonly [boolean, boolean] = [false, false]): string {
  const a = aboutWords(formatTimex(from), { confidence: about[0] ? 0 : undefined });
  const b = aboutWords(formatTimex(to), { confidence: about[1] ? 0 : undefined });
  if (a === b) return a;
  const NOTE = ', year not stated';
  return a.endsWith(NOTE) && b.endsWith(NOTE) ? `${a.slice(0, -NOTE.length)} to ${b}` : `${a} to ${b}`;
}
