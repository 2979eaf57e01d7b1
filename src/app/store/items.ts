/**
 * Story events prepared for display: each with its time range and formatted date, dated ones sorted by
 * start. Events whose date is not a calendar value stay in the list (as "Undated") but not on the axis.
 */
import { haystack, matches, queryWords, type Haystack } from './search.ts';
import { inRange, rangeOf } from './dateRange.ts';
import type { OutlineEvent, StoryOutline } from '../../schema/outline.ts';
import { outlineColumns } from '../../schema/outlineCodec.ts';
import { formatDateValue, parseTimex } from '../timeline/dates.ts';
import { yearlessFrame } from '../timeline/yearlessFrame.ts';

/** An event with what the views need to place and label it. */
export type Item = { event: OutlineEvent; start: number; end: number; dateLabel: string; dated: boolean };

type Placed = Pick<Item, 'start' | 'end' | 'dated'> & { order: number; value: string; label: string | null };

/**
 * An item's date in words is shared by every event of its value and worded on first use: the first render
 * of 100,000 events (7,600 distinct values) shows a few hundred of them, and wording each value up front
 * was a third of the time it takes to prepare the items.
 */
class PlacedItem implements Item {
  readonly event: OutlineEvent;
  readonly start: number;
  readonly end: number;
  readonly dated: boolean;
  private readonly placed: Placed;
  constructor(event: OutlineEvent, p: Placed) {
    this.event = event;
    this.start = p.start;
    this.end = p.end;
    this.dated = p.dated;
    this.placed = p;
  }
  get dateLabel(): string {
    const p = this.placed;
    return (p.label ??= p.dated ? formatDateValue({ value: p.value }) : `undated (${p.value})`);
  }
}

export function toItems(story: Pick<StoryOutline, 'events'>): Item[] {
  // Many events share a date value (100,000 events have a few thousand): each is parsed and worded once,
  // and the values, not the events, are sorted.
  const byValue = new Map<string, Placed>();
  // The file's table of dates, or every event's: year-less days are drawn after the real years (yearlessFrame.ts).
  const file = outlineColumns(story as StoryOutline);
  const columns = file && file.events.id.length === story.events.length ? file.events : null;
  const frame = yearlessFrame(columns ? columns.dates.map((d) => d.value) : distinct(story.events));
  const place = (value: string): Placed => {
    let p = byValue.get(value);
    if (!p) {
      const range = frame ? parseTimex(value, frame.year) : parseTimex(value);
      p = {
        start: range?.start ?? Number.POSITIVE_INFINITY,
        end: range?.end ?? Number.POSITIVE_INFINITY,
        dated: range !== null,
        order: 0,
        value,
        label: null,
      };
      byValue.set(value, p);
    }
    return p;
  };
  // An outline decoded from its file has its events' dates as places in a table (outlineColumns): the
  // table is placed, and each event found by its place, without a look-up by value per event.
  const ofDate = columns ? columns.dates.map((d) => place(d.value)) : null;
  const of = ofDate ? null : story.events.map((event) => place(event.date.value));
  // Dated values by start, then end; every undated value after them, all in one place. Values of the same
  // place share an order, so their events keep the pipeline's order (as a stable sort of the events would).
  const values = [...byValue.values()].sort((a, b) => a.start - b.start || (a.dated ? a.end - b.end : 0));
  let order = -1;
  values.forEach((p, i) => {
    const prev = values[i - 1];
    if (!prev || !(p.dated ? prev.start === p.start && prev.end === p.end : !prev.dated)) order++;
    p.order = order;
  });
  // A counting sort of the events by their value's place: stable, and linear in the number of events.
  const n = story.events.length;
  const starts = new Uint32Array(order + 2);
  const orderOf = ofDate ? Uint32Array.from(ofDate, (p) => p.order) : null;
  const at = columns?.date;
  if (orderOf && at) for (let i = 0; i < n; i++) starts[orderOf[at[i]!]! + 1]! += 1;
  else for (const p of of!) starts[p.order + 1]! += 1;
  for (let o = 1; o < starts.length; o++) starts[o]! += starts[o - 1]!;
  const items = new Array<Item>(n);
  const events = story.events;
  for (let i = 0; i < n; i++) {
    const p = ofDate && at ? ofDate[at[i]!]! : of![i]!;
    items[starts[p.order]!++] = new PlacedItem(events[i]!, p);
  }
  return items;
}

function distinct(events: readonly OutlineEvent[]): Set<string> {
  const values = new Set<string>();
  for (const e of events) values.add(e.date.value);
  return values;
}

/** What the filters ask for; empty means "everything". */
/** `key`: only the events the story marks key (a journalist's timeline of it), when set. */
/** `from`, `to`: days "YYYY-MM-DD", both included; the events whose date overlaps them (dateRange.ts). */
export type Filters = { source: string | null; actor: string | null; q: string; key?: boolean; from?: string; to?: string };

export const NO_FILTERS: Filters = { source: null, actor: null, q: '' };

/** The patch that clears every filter ("Clear filters", "Show all events"). */
export const CLEAR_FILTERS: Filters = { source: null, actor: null, q: '', key: false, from: undefined, to: undefined };

/** Whether any filter is set (a reversed date range counts: it is shown, and cleared with the rest). */
export function filtering(f: Filters): boolean {
  return !!(f.source || f.actor || f.q.trim() || f.key || f.from || f.to);
}

/**
 * Events that match every filter: reported by the source, naming the actor, containing the words, key
 * when only key events are asked for, and dated within the days asked for (a reversed range is not applied).
 * `articlesOf` says which articles a source value stands for (an outlet's, see outlets.ts); without it the
 * value is one article's id. `textOf` gives an event's summary and quotes once the search texts are loaded
 * (data/stories/<id>/texts.json); until then the words are looked for in titles, names and places.
 */
export function applyFilters(items: Item[], f: Filters, articlesOf?: (source: string) => ReadonlySet<string>, textOf?: (eventId: string) => string | undefined): Item[] {
  const t = filterTests(f, articlesOf, textOf);
  if (!t) return items;
  return items.filter((item) => t.source(item.event) && t.actor(item.event) && t.key(item.event) && t.found(item));
}

/** Each filter's test of one event, as applyFilters applies them; `found`: the search's words and the days. */
export type FilterTests = { found: (item: Item) => boolean; source: (e: OutlineEvent) => boolean; actor: (e: OutlineEvent) => boolean; key: (e: OutlineEvent) => boolean };

/** The tests of `f` (applyFilters), or null when it asks for nothing. */
export function filterTests(f: Filters, articlesOf?: (source: string) => ReadonlySet<string>, textOf?: (eventId: string) => string | undefined): FilterTests | null {
  const words = queryWords(f.q);
  const range = rangeOf(f);
  const dates = range === 'reversed' ? null : range;
  if (!f.source && !f.actor && !words.length && !f.key && !dates) return null;
  const sources = f.source ? (articlesOf?.(f.source) ?? new Set([f.source])) : null;
  const yes = () => true;
  return {
    found: !words.length && !dates ? yes : (item) => (!dates || inRange(item, dates)) && (!words.length || matches(haystackOf(item.event, textOf?.(item.event.id)), words)),
    source: sources ? (e) => e.articles.some((a) => sources.has(a)) : yes,
    actor: f.actor ? (e) => e.actors.includes(f.actor!) : yes,
    key: f.key ? (e) => !!e.key : yes,
  };
}

/**
 * Each event's searchable text, folded once (search.ts) and kept while its event lives: a search over
 * 10,000 events folds no text again on the next keystroke. The texts (summary, quotes) arrive later: an
 * entry made without them is made again with them.
 */
const hays = new WeakMap<object, { text: string | undefined; hay: Haystack }>();
function haystackOf(e: Item['event'], text: string | undefined): Haystack {
  const had = hays.get(e);
  if (had && had.text === text) return had.hay;
  const hay = haystack([e.title, e.place ?? '', ...e.actors, text ?? ''].join(' '));
  hays.set(e, { text, hay });
  return hay;
}

/** How many events each source and each actor has, for the filter menus. */
export function facetCounts(items: Item[]): { sources: Map<string, number>; actors: Map<string, number> } {
  const sources = new Map<string, number>();
  const actors = new Map<string, number>();
  for (const { event } of items) {
    for (const id of event.articles) sources.set(id, (sources.get(id) ?? 0) + 1);
    for (const a of event.actors) actors.set(a, (actors.get(a) ?? 0) + 1);
  }
  return { sources, actors };
}
