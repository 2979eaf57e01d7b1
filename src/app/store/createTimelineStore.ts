/**
 * One store per mounted timeline (the full page, later each embed), built from four slices: story data,
 * selection, viewport and filters. Components reach it through StoreContext, never through a global.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Redirect } from '../../schema/story.ts';
import type { StoryOutline } from '../../schema/outline.ts';
import { loadSearchTexts } from '../data/detail.ts';
import { followRedirect } from './redirects.ts';
import { applyFilters, NO_FILTERS, toItems, type Filters, type Item } from './items.ts';
import { outletIndex, type OutletIndex } from './outlets.ts';

/** Story data: the validated outline and its events prepared for display. Never changes after creation. */
export type StorySlice = {
  story: StoryOutline;
  /** Every event, dated ones first in chronological order. */
  items: Item[];
  /** Items by event id; built on the first look-up (a story opened without a selection needs none before its first render). */
  byId: Pick<Map<string, Item>, 'get' | 'has'>;
  /** The story's outlets, for the Source filter: one per publisher, and "Unknown outlet". */
  outlets: OutletIndex;
};

/** Selection: the open event (possibly an id the story does not have) and the article open in the reader. */
export type SelectionSlice = {
  selectedId: string | null;
  /** The redirect the last link followed (an old id of this story), until the next selection. */
  redirect: Redirect | null;
  /** `to`: the end of the words asked for (a date's evidence), highlighted inside their sentence. */
  reader: { articleId: string; at: number | null; to?: number } | null;
  select: (id: string | null) => void;
  openReader: (articleId: string, at: number | null, to?: number) => void;
  closeReader: () => void;
};

/** Viewport: the axis width and the d3-zoom transform (k, x); axes derive from it. */
export type ViewportSlice = {
  width: number;
  k: number;
  x: number;
  setWidth: (width: number) => void;
  setTransform: (k: number, x: number) => void;
};

/**
 * Filters and the events they leave, recomputed only when the filters change (and once more when the
 * search texts arrive: the first search fetches every event's summary and quotes, texts.json).
 */
export type FiltersSlice = {
  /** The search texts: null until a search asks for them; 'error' when they could not be loaded. */
  texts: Map<string, string> | 'loading' | 'error' | null;
  filters: Filters;
  shown: Item[];
  /** The dated part of `shown`, which is what the axis draws. */
  shownDated: Item[];
  setFilters: (patch: Partial<Filters>) => void;
};

/** Applies a parsed URL in one step (Back/Forward), without it counting as a new selection. */
export type RouteSlice = {
  applyRoute: (r: { eventId: string | null; filters: Filters; reader: SelectionSlice['reader'] }) => void;
};

export type TimelineState = StorySlice & SelectionSlice & ViewportSlice & FiltersSlice & RouteSlice;
export type TimelineStore = StoreApi<TimelineState>;

export type InitialState = { eventId?: string | null; filters?: Filters; reader?: SelectionSlice['reader'] };

function filtered(items: Item[], filters: Filters, outlets: OutletIndex, texts?: TimelineState['texts']) {
  const textOf = texts instanceof Map ? (id: string) => texts.get(id) : undefined;
  const shown = applyFilters(items, filters, outlets.articlesOf, textOf);
  return { filters, shown, shownDated: datedPart(shown) };
}

/** The dated items of a list in the items' order: they come first (toItems), so they are a prefix. */
function datedPart(shown: Item[]): Item[] {
  let lo = 0;
  let hi = shown.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (shown[mid]!.dated) lo = mid + 1;
    else hi = mid;
  }
  return lo === shown.length ? shown : shown.slice(0, lo);
}

/** The selection a link opens: an old id of the story leads where its redirect says. */
function opening(story: StoryOutline, id: string | null): Pick<SelectionSlice, 'selectedId' | 'redirect'> {
  const to = followRedirect(story, id);
  return { selectedId: to.id, redirect: to.redirect };
}

export function createTimelineStore(story: StoryOutline, init: InitialState = {}): TimelineStore {
  const items = toItems(story);
  const outlets = outletIndex(story);
  let index: Map<string, Item> | null = null;
  const indexed = () => {
    if (!index) {
      index = new Map();
      for (const i of items) index.set(i.event.id, i);
    }
    return index;
  };
  const byId: StorySlice['byId'] = { get: (id) => indexed().get(id), has: (id) => indexed().has(id) };
  const store = createStore<TimelineState>()((set, get) => ({
    story,
    items,
    byId,
    outlets,

    ...opening(story, init.eventId ?? null),
    reader: init.reader ?? null,
    select: (id) => set({ selectedId: id, redirect: null, reader: null }),
    openReader: (articleId, at, to) => set({ reader: { articleId, at, ...(to !== undefined && at !== null && to > at ? { to } : {}) } }),
    closeReader: () => set({ reader: null }),

    width: 800,
    k: 1,
    x: 0,
    setWidth: (width) => set({ width }),
    setTransform: (k, x) => set({ k, x }),

    texts: null,
    ...filtered(items, init.filters ?? NO_FILTERS, outlets),
    setFilters: (patch) => {
      set(filtered(get().items, { ...get().filters, ...patch }, outlets, get().texts));
      wantTexts();
    },

    applyRoute: (r) => {
      const same = JSON.stringify(r.filters) === JSON.stringify(get().filters);
      set({ ...opening(story, r.eventId), reader: r.reader, ...(same ? {} : filtered(get().items, r.filters, outlets, get().texts)) });
      wantTexts();
    },
  }));
  // The first search fetches the events' summaries and quotes, then filters again with them.
  function wantTexts() {
    const s = store.getState();
    if (!s.filters.q.trim() || s.texts !== null) return;
    store.setState({ texts: 'loading' });
    void loadSearchTexts(story).then((r) => {
      const texts = r.ok ? r.value : 'error';
      store.setState({ texts, ...filtered(store.getState().items, store.getState().filters, outlets, texts) });
    });
  }
  wantTexts();
  return store;
}
