/** Module-level selectors, so that components subscribe to stable functions. */
import type { TimelineState } from './createTimelineStore.ts';

export const selectStory = (s: TimelineState) => s.story;
export const selectItems = (s: TimelineState) => s.items;
export const selectOutlets = (s: TimelineState) => s.outlets;
export const selectShown = (s: TimelineState) => s.shown;
export const selectShownDated = (s: TimelineState) => s.shownDated;
export const selectFilters = (s: TimelineState) => s.filters;
export const selectSelectedId = (s: TimelineState) => s.selectedId;
export const selectSelected = (s: TimelineState) => (s.selectedId ? s.byId.get(s.selectedId) ?? null : null);
/** True when the URL names an event this story does not have. */
export const selectMissing = (s: TimelineState) => s.selectedId !== null && !s.byId.has(s.selectedId);
/** The redirect the current link followed, for the note that says so. */
export const selectRedirect = (s: TimelineState) => s.redirect;
export const selectReader = (s: TimelineState) => s.reader;
export const selectWidth = (s: TimelineState) => s.width;
export const selectK = (s: TimelineState) => s.k;
export const selectX = (s: TimelineState) => s.x;
export const selectActions = (s: TimelineState) => s;
