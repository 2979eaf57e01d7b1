import { useEffect } from 'react';
import type { StoryOutline } from '../../schema/outline.ts';
import type { TimelineStore } from './createTimelineStore.ts';

/** The document title follows the selection, so history entries, tabs and embeds read well. */
export function useDocumentTitle(store: TimelineStore, story: StoryOutline): void {
  useEffect(() => {
    // Only when the selection changes: the store changes every zoom and pan frame, and setting the title
    // (even to the same words) cost half a millisecond a frame.
    let shown: string | null | undefined;
    const update = () => {
      const s = store.getState();
      if (s.selectedId === shown) return;
      shown = s.selectedId;
      const item = s.selectedId ? s.byId.get(s.selectedId) : undefined;
      document.title = item ? `${item.event.title} · ${story.title} · Dateline` : `${story.title} · Dateline`;
    };
    update();
    return store.subscribe(update);
  }, [store, story]);
}
