import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoryOutline } from '../../../schema/outline.ts';
import { StoreContext } from '../../store/context.ts';
import { createTimelineStore } from '../../store/createTimelineStore.ts';
import { bindUrl, hrefFor, type Route } from '../../store/url.ts';
import { StoryLayout } from './StoryLayout.tsx';
import { useDocumentTitle } from '../../store/useDocumentTitle.ts';
import { focusAfterBack } from '../../dom/focusAfterBack.ts';
import { focusDeepLink } from '../../dom/focusDeepLink.ts';

type Props = { story: StoryOutline; route: Route; indexHref: string | null; onIndex: () => void };

/** One mounted timeline: its own store, seeded from the URL and kept in step with the history. */
export function StoryView({ story, route, indexHref, onIndex }: Props) {
  const [store] = useState(() => createTimelineStore(story, { eventId: route.eventId, filters: route.filters, reader: route.reader }));
  const main = useRef<HTMLDivElement>(null);
  // After Back or Forward, once the view has drawn what the history chose, focus is on it (focusAfterBack.ts).
  const settle = useCallback(() => requestAnimationFrame(() => requestAnimationFrame(() => {
    if (main.current) focusAfterBack(main.current, store.getState().selectedId);
  })), [store]);
  useEffect(() => bindUrl(store, import.meta.env.BASE_URL, window, { onPopped: settle }), [store, settle]);
  // A link to an old event id: the address becomes the event's (or the story's) own, without a new entry.
  useEffect(() => {
    const s = store.getState();
    if (s.redirect) window.history.replaceState(null, '', hrefFor(import.meta.env.BASE_URL, s, {}));
  }, [store]);
  useEffect(() => { performance.mark('dateline:story-rendered'); }, []);
  useDocumentTitle(store, story);
  // A link to an event: focus on its details' heading, said by a screen reader (focusDeepLink.ts).
  useEffect(() => {
    const s = store.getState();
    if (s.selectedId && !s.reader && s.byId.has(s.selectedId)) focusDeepLink(main.current, { scroll: true });
  }, [store]);
  const openDetails = useCallback(() => main.current?.querySelector<HTMLElement>('.details-title')?.focus(), []);
  return (
    <StoreContext value={store}>
      <StoryLayout ref={main} indexHref={indexHref} onIndex={onIndex} onOpenDetails={openDetails} />
    </StoreContext>
  );
}
