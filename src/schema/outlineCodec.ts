/**
 * The outline between its file and the viewer (outline.ts): the split writes the events in columns with
 * shared tables (encodeOutline), the viewer turns a validated file back into one object per event
 * (decodeOutline). decodeOutline(encodeOutline(o)) equals o. Deterministic: tables in order of first use.
 *
 * Decoding shares what the tables share: events of one date have one date object between them, events
 * with the same actors or articles one array. The viewer never changes an outline, so this is safe, and
 * it spares 100,000 events some 300,000 objects (and their garbage collection) on the way to the first render.
 */
import type { OutlineDate, OutlineEvent, OutlineEventColumns, StoryOutline, StoryOutlineFile } from './outline.ts';

/** Places of distinct values, by a key that says when two are the same. */
class Table<T> {
  readonly values: T[] = [];
  private readonly at = new Map<string, number>();
  private readonly key: (v: T) => string;
  constructor(key: (v: T) => string) { this.key = key; }
  place(v: T): number {
    const k = this.key(v);
    let i = this.at.get(k);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(v);
      this.at.set(k, i);
    }
    return i;
  }
}

export function encodeOutline(outline: StoryOutline): StoryOutlineFile {
  const events = outline.events;
  const articleAt = new Map(outline.articles.map((a, i) => [a.id, i]));
  const dates = new Table<OutlineDate>((d) => JSON.stringify([d.value, d.granularity, d.source, d.confidence ?? null]));
  const names = new Table<string>((n) => n);
  const actorLists = new Table<number[]>((l) => l.join(','));
  const articleLists = new Table<number[]>((l) => l.join(','));
  const columns: OutlineEventColumns = {
    dates: dates.values, names: names.values, actorLists: actorLists.values, articleLists: articleLists.values,
    id: [], date: [], title: [], actors: [], place: [], sources: [], articles: [], mentions: [], quotes: [],
  };
  for (const e of events) {
    columns.id.push(e.id);
    columns.date.push(dates.place({ value: e.date.value, granularity: e.date.granularity, source: e.date.source, ...(e.date.confidence !== undefined ? { confidence: e.date.confidence } : {}) }));
    columns.title.push(e.title);
    columns.actors.push(actorLists.place(e.actors.map((a) => names.place(a))));
    columns.place.push(e.place);
    columns.sources.push(e.sources);
    // An event's articles are the outline's (the rules check it before anything is written).
    columns.articles.push(articleLists.place(e.articles.map((a) => articleAt.get(a) ?? -1)));
    columns.mentions.push(e.mentions);
    columns.quotes.push(e.quotes);
  }
  if (events.some((e) => e.rank !== undefined)) columns.rank = events.map((e) => e.rank ?? null);
  if (events.some((e) => e.key !== undefined)) columns.key = events.map((e) => e.key ?? null);
  if (events.some((e) => e.edited !== undefined)) columns.edited = events.map((e) => e.edited ?? null);
  return { ...outline, events: columns }; // the same keys in the same order, events replaced
}

/**
 * The columns a decoded outline came from, for the viewer's counts over every event (the filter menus):
 * a count per distinct list of actors or articles instead of a look-up per event. Undefined for an
 * outline made otherwise (tests, the pipeline). Event i of the outline is entry i of every column.
 */
const columnsOf = new WeakMap<StoryOutline, StoryOutlineFile>();
export function outlineColumns(outline: StoryOutline): StoryOutlineFile | undefined {
  return columnsOf.get(outline);
}

/** The outline of a file that passed validation (its places all lead somewhere: outlineRules.ts). */
export function decodeOutline(file: StoryOutlineFile): StoryOutline {
  const c = file.events;
  const actorLists = c.actorLists.map((l) => l.map((i) => c.names[i]!));
  const articleLists = c.articleLists.map((l) => l.map((i) => file.articles[i]!.id));
  const events: OutlineEvent[] = new Array(c.id.length);
  for (let i = 0; i < c.id.length; i++) {
    const e: OutlineEvent = {
      id: c.id[i]!, date: c.dates[c.date[i]!]!, title: c.title[i]!, actors: actorLists[c.actors[i]!]!, place: c.place[i]!,
      sources: c.sources[i]!, articles: articleLists[c.articles[i]!]!, mentions: c.mentions[i]!, quotes: c.quotes[i]!,
    };
    const rank = c.rank?.[i];
    if (rank !== undefined && rank !== null) e.rank = rank;
    const key = c.key?.[i];
    if (key !== undefined && key !== null) e.key = key;
    const edited = c.edited?.[i];
    if (edited !== undefined && edited !== null) e.edited = edited;
    events[i] = e;
  }
  const outline = { ...file, events };
  columnsOf.set(outline, file);
  return outline;
}
