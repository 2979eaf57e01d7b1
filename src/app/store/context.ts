/** The store of the timeline a component is mounted in. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { TimelineState, TimelineStore } from './createTimelineStore.ts';
import { hrefFor } from './url.ts';

export const StoreContext = createContext<TimelineStore | null>(null);

/** The current timeline's store itself, for actions and imperative reads. */
export function useTimelineStoreApi(): TimelineStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useTimeline outside a StoreContext provider');
  return store;
}

/** Subscribes to one slice of the current timeline's state. */
export function useTimeline<T>(selector: (s: TimelineState) => T): T {
  return useStore(useTimelineStoreApi(), selector);
}

/** Where links point: the URL of the current state with some parts changed, relative to the site base. */
export function useHref(): (patch: Parameters<typeof hrefFor>[2]) => string {
  const store = useTimelineStoreApi();
  useStore(store, (s) => s.filters); // links change when the filters do
  return (patch) => hrefFor(import.meta.env.BASE_URL, store.getState(), patch);
}

/** True for a plain left click, which the app handles; other clicks (new tab, ...) go to the browser. */
export function isPlainClick(e: React.MouseEvent): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}
