/**
 * The URL is the state. Paths (relative to the site base) carry the story and the selected event, so that
 * per-event HTML pages can later be generated at the same paths; the query carries the rest:
 *
 *   /                                  story index, or the only story
 *   /<storyId>/                        a story
 *   /<storyId>/<eventId>/              a story with that event selected
 *   ?source=<articleId>&actor=<name>&q=<words>&key=1    filters (key: key events only)
 *   ?from=<YYYY-MM-DD>&to=<YYYY-MM-DD>  filters: the days asked for, each optional (dateRange.ts)
 *   ?read=<articleId>&at=<offset>      the reader, at the sentence starting at that offset
 *   ...&to=<offset>                    and the words from `at` to there highlighted (a date's evidence)
 *
 * `to` has two meanings, told apart by their form: a day ("2009-05-01") ends the date range, a number
 * ("24") ends the reader's highlight; a URL with both carries `to` twice. The date range's names are the
 * ones a reader expects to read and edit in a shared link, and the reader's `to` was already in links
 * people have shared, so neither was renamed.
 *
 * Selecting an event, opening the reader or choosing a source, an actor or "key events only" pushes a history
 * entry (Back undoes the choice); typing a search replaces the current one (no entry per keystroke). A date
 * bound pushes an entry when it is set or cleared, and replaces it while it is edited: a date input reports
 * a value at each digit typed into its year (0002, 0020, 0201, 2017), which must not be four entries.
 * An embed binds with mode 'replace' (see bindUrl): inside an iframe every pushState adds an entry to the
 * HOST's joint session history, so Back on the host page would step through the embed's selections.
 */
import { NO_FILTERS, type Filters } from './items.ts';
import { validDay } from './dateRange.ts';
import { pathSegments } from './pathSegments.ts';
import type { TimelineState, TimelineStore } from './createTimelineStore.ts';

export type Route = {
  storyId: string | null;
  eventId: string | null;
  filters: Filters;
  reader: TimelineState['reader'];
};

/** Reads a location; `base` is import.meta.env.BASE_URL ("/" or "/dateline/"). */
export function parseRoute(base: string, pathname: string, search: string): Route {
  const [storyId = null, eventId = null] = pathSegments(base, pathname);
  const q = new URLSearchParams(search);
  const read = q.get('read');
  const at = q.get('at');
  const tos = q.getAll('to');
  const to = tos.find((t) => /^\d+$/.test(t)) ?? null;
  const from = validDay(q.get('from'));
  const toDay = tos.map(validDay).find((t) => t !== undefined);
  return {
    storyId,
    eventId,
    filters: {
      source: q.get('source') || null,
      actor: q.get('actor') || null,
      q: q.get('q') ?? NO_FILTERS.q,
      ...(q.get('key') === '1' ? { key: true } : {}),
      ...(from ? { from } : {}),
      ...(toDay ? { to: toDay } : {}),
    },
    reader: read ? { articleId: read, at: at !== null && /^\d+$/.test(at) ? Number(at) : null, ...(at !== null && to !== null && /^\d+$/.test(at) && /^\d+$/.test(to) && Number(to) > Number(at) ? { to: Number(to) } : {}) } : null,
  };
}

/** The URL of a state: the inverse of parseRoute. */
export function buildUrl(base: string, storyId: string, r: Omit<Route, 'storyId'>): string {
  let path = `${base}${encodeURIComponent(storyId)}/`;
  if (r.eventId) path += `${encodeURIComponent(r.eventId)}/`;
  const q = new URLSearchParams();
  if (r.filters.source) q.set('source', r.filters.source);
  if (r.filters.actor) q.set('actor', r.filters.actor);
  if (r.filters.q) q.set('q', r.filters.q);
  if (r.filters.key) q.set('key', '1');
  if (r.filters.from) q.set('from', r.filters.from);
  if (r.filters.to) q.set('to', r.filters.to);
  if (r.reader) {
    q.set('read', r.reader.articleId);
    if (r.reader.at !== null) q.set('at', String(r.reader.at));
    if (r.reader.at !== null && r.reader.to !== undefined) q.append('to', String(r.reader.to));
  }
  const query = q.toString();
  return query ? `${path}?${query}` : path;
}

/** The URL for the store's state with some parts changed: what links in the views point to. */
export function hrefFor(base: string, s: TimelineState, patch: Partial<Omit<Route, 'storyId'>>): string {
  return buildUrl(base, s.story.id, { eventId: s.selectedId, filters: s.filters, reader: s.reader, ...patch });
}

/**
 * How selections reach the browser history: 'push' adds an entry per selection (the full page, so Back and
 * Forward step through them); 'replace' only rewrites the current entry (an embed: the iframe's URL stays
 * a working link without touching the host's history); 'none' leaves the URL alone.
 */
export type HistoryMode = 'push' | 'replace' | 'none';

export type BindOptions = {
  mode?: HistoryMode;
  /** The URL of a state; default the deep link (hrefFor). An embed keeps its own embed.html?… URL. */
  urlOf?: (s: TimelineState) => string;
  /** Called after Back or Forward changed the state of this story (the view then settles focus). */
  onPopped?: () => void;
};

/**
 * Keeps the store and the browser history in step. Returns the function that unbinds it.
 * Back/Forward to another story is the app's business (it remounts); this handles the same story.
 */
export function bindUrl(store: TimelineStore, base: string, win: Window = window, options: BindOptions = {}): () => void {
  const mode = options.mode ?? 'push';
  const urlOf = options.urlOf ?? ((s: TimelineState) => hrefFor(base, s, {}));
  let applying = false;
  const unsubscribe = store.subscribe((s, prev) => {
    if (applying || mode === 'none') return;
    if (s.selectedId === prev.selectedId && s.reader === prev.reader && s.filters === prev.filters) return;
    const url = urlOf(s);
    if (url === win.location.pathname + win.location.search) return;
    const chosen = s.filters.source !== prev.filters.source || s.filters.actor !== prev.filters.actor || !!s.filters.key !== !!prev.filters.key
      || !s.filters.from !== !prev.filters.from || !s.filters.to !== !prev.filters.to;
    if (mode === 'push' && (s.selectedId !== prev.selectedId || s.reader !== prev.reader || chosen)) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  });
  // Without pushed entries there is nothing of ours to go Back to; a host's own Back is not our business.
  if (mode !== 'push') return unsubscribe;
  const onPop = () => {
    const route = parseRoute(base, win.location.pathname, win.location.search);
    if (route.storyId && route.storyId !== store.getState().story.id) return;
    applying = true;
    try {
      store.getState().applyRoute(route);
    } finally {
      applying = false;
    }
    options.onPopped?.();
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
