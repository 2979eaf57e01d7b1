import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { StoryOutline } from '../../schema/outline.ts';
import { EventDetails } from '../components/EventDetails/EventDetails.tsx';
import { EventList } from '../components/EventList/EventList.tsx';
import { Reader } from '../components/Reader/Reader.tsx';
import { ShareEnabled } from '../components/ShareDialog/ShareButton.tsx';
import { StoryOverview } from '../components/StoryOverview/StoryOverview.tsx';
import { Timeline } from '../components/Timeline/Timeline.tsx';
import { StoreContext, useTimeline, useTimelineStoreApi } from '../store/context.ts';
import { embedMayFocus, focusDeepLink } from '../dom/focusDeepLink.ts';
import { createTimelineStore } from '../store/createTimelineStore.ts';
import { NO_FILTERS } from '../store/items.ts';
import { selectReader, selectSelected, selectSelectedId } from '../store/selectors.ts';
import { bindUrl } from '../store/url.ts';
import { browserEnv, connectHost } from './bridge.ts';
import { embedUrl, type EmbedParams } from './params.ts';
import { deepLink, fullTimelineLink, siteRoot } from './snippet.ts';
import { useDocumentTitle } from '../store/useDocumentTitle.ts';
import { TAKEOVER, useTakeover } from './useTakeover.ts';

const BASE = import.meta.env.BASE_URL;

/**
 * One embedded timeline: its own store, the same components as the full page, and no page chrome. The
 * iframe's URL follows the selection with replaceState only (never pushState: the iframe shares the
 * host's session history), and the host hears about sizes and selections through the bridge.
 */
export function EmbedView({ story, params }: { story: StoryOutline; params: EmbedParams }) {
  const [store] = useState(() => createTimelineStore(story, { eventId: params.eventId, ...(params.key ? { filters: { ...NO_FILTERS, key: true } } : {}) }));
  const root = siteRoot(window.location.origin, BASE);
  const link = useCallback((eventId: string | null) => deepLink(root, story.id, eventId), [root, story.id]);
  useEffect(
    () => bindUrl(store, BASE, window, { mode: 'replace', urlOf: (s) => embedUrl(BASE, { ...params, storyId: story.id, eventId: s.selectedId, key: !!s.filters.key }) }),
    [store, params, story.id],
  );
  useEffect(() => {
    const env = browserEnv(link);
    return env ? connectHost(store, env) : undefined;
  }, [store, link]);
  useDocumentTitle(store, story);
  return (
    <StoreContext value={store}>
      <ShareEnabled value={false}>
        <EmbedLayout compact={params.compact} height={params.height} link={link} />
      </ShareEnabled>
    </StoreContext>
  );
}

/**
 * Lanes of the embed's timeline for its preferred height, so that the header, the timeline and a list
 * of at least 12rem fit: one lane under 450 px (with a list of 8rem), two up to 560 px, three up to 700 px,
 * then four as on the full page.
 */
export function embedLanes(height: number): number {
  return height < TINY ? 1 : height < 560 ? 2 : height < 700 ? 3 : 4;
}

/**
 * Below this preferred height the header keeps to one line (the title cut with an ellipsis, whole in its
 * tooltip and its accessible name) and the gaps tighten: at 500 px a two-line title had pushed the embed to
 * 537 px, past what the host asked for.
 */
const SHORT = 560;
/** Below this, one lane and a smaller list (8rem): what 400 px can hold of a timeline and a list. */
const TINY = 450;

type LayoutProps = { compact: boolean; height: number; link: (eventId: string | null) => string };

/** Header line, the timeline, then the list beside the details; the whole fits the preferred height. */
function EmbedLayout({ compact, height, link }: LayoutProps) {
  const story = useTimeline((s) => s.story);
  const selectedId = useTimeline(selectSelectedId);
  const selected = useTimeline(selectSelected);
  const reader = useTimeline(selectReader);
  const main = useRef<HTMLElement>(null);
  // In a small frame an open event takes the frame, with "Back to the timeline" (useTakeover.ts).
  const { takeover, handlers, expand, back } = useTakeover(height < TAKEOVER, !!(selected || reader), main);
  // Each event opens at the top of its panel, date and title in view: the panel had kept the place read in the
  // one before (400 by 320: the next showed from its middle, and Enter gave focus to a title out of sight).
  const side = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => { if (!reader && side.current) side.current.scrollTop = 0; }, [selectedId, reader]);
  // Focus without scrolling: in an iframe, focus() would scroll the host page to bring it into view. The
  // panel is scrolled by hand instead, to its top, where the title is.
  const openDetails = useCallback(() => {
    expand();
    if (side.current) side.current.scrollTop = 0;
    main.current?.querySelector<HTMLElement>('.details-title')?.focus({ preventScroll: true });
  }, [expand]);
  // Opened on an event, as a page of its own: focus on its heading, the frame unscrolled (focusDeepLink.ts).
  const store = useTimelineStoreApi();
  useEffect(() => {
    const s = store.getState();
    if (s.selectedId && !s.reader && s.byId.has(s.selectedId) && embedMayFocus()) focusDeepLink(main.current, { scroll: false });
  }, [store]);
  const key = useTimeline((s) => !!s.filters.key);
  const n = story.events.length;
  return (
    <div
      className={`embed${compact ? ' embed--compact' : ''}${height < SHORT ? ' embed--short' : ''}${height < TINY ? ' embed--tiny' : ''}${takeover ? ' embed--takeover' : ''}`}
      style={{ '--embed-height': `${height}px` } as React.CSSProperties}
      {...handlers}
    >
      {/* A hundred marks, rows and article links lie between the host's content before and after the frame
          (250 Tab presses at 800 px): the first stop skips them all, as the page's own skip links do. */}
      <a className="skip-link" href="#embed-end" onClick={(e) => { e.preventDefault(); document.getElementById('embed-end')?.focus({ preventScroll: true }); }}>Skip the timeline</a>
      <header className="embed-head">
        {!compact && <p className="brand">Dateline</p>}
        {/* Its tooltip gives the whole title where one line cuts it (a short or narrow frame). */}
        <h1 className="embed-title" title={story.title}>{story.title}</h1>
        {!compact && <p className="story-meta">{story.articles.length} articles · {n} {n === 1 ? 'event' : 'events'}</p>}
        <KeyToggle />
        <a className="embed-open" href={fullTimelineLink(link(selectedId), key, reader)} target="_blank" rel="noopener noreferrer" title="Open full timeline">
          <span className="embed-open-words">Open full timeline</span><span className="visually-hidden"> (opens in a new tab)</span>
          <span aria-hidden="true"> ↗</span>
        </a>
      </header>
      <main className="embed-main" ref={main}>
        <Timeline onOpenDetails={openDetails} maxLanes={embedLanes(height)} />
        {takeover && (
          <div className="embed-back">
            <button type="button" className="link-button" onClick={back}><span aria-hidden="true">← </span>Back to the timeline</button>
          </div>
        )}
        <div className={`embed-panels${selected || reader ? ' embed-panels--open' : ''}`}>
          <EventList />
          <div className="embed-side" ref={side}>{reader ? <Reader /> : selected ? <EventDetails /> : <StoryOverview />}</div>
        </div>
        {/* In the main landmark, as all the embed's content (axe's "region": a host auditing its page saw it). */}
        <span id="embed-end" tabIndex={-1} className="visually-hidden">End of the timeline</span>
      </main>
    </div>
  );
}

/**
 * "Key events only" in the embed's header, as in the full page's filters: a long story embedded in a small
 * frame is its key events first, the rest a click away. Nothing when the story marks no key event.
 */
function KeyToggle() {
  const story = useTimeline((s) => s.story);
  const key = useTimeline((s) => !!s.filters.key);
  const setFilters = useTimeline((s) => s.setFilters);
  const count = useMemo(() => story.events.filter((e) => e.key === true).length, [story]);
  if (!count) return null;
  return (
    <label className="embed-key">
      <input type="checkbox" checked={key} onChange={(e) => setFilters({ key: e.target.checked })} /> Key events only ({count})
    </label>
  );
}
