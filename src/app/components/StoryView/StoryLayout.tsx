import { lazy, Suspense, useEffect, useMemo, useRef, type Ref } from 'react';
import { useTimeline } from '../../store/context.ts';
import { selectReader, selectSelected, selectStory } from '../../store/selectors.ts';
import { EventDetails } from '../EventDetails/EventDetails.tsx';
import { EventList } from '../EventList/EventList.tsx';
import { Filters } from '../Filters/Filters.tsx';
import { PrintList } from '../PrintList/PrintList.tsx';
import { RedirectNote } from '../RedirectNote/RedirectNote.tsx';
import { ShareButton } from '../ShareDialog/ShareButton.tsx';
import { Reader } from '../Reader/Reader.tsx';
import { StoryOverview } from '../StoryOverview/StoryOverview.tsx';
import { Timeline } from '../Timeline/Timeline.tsx';
import { UndatedNote } from '../UndatedNote/UndatedNote.tsx';
import { periodAbout, periodOf } from '../../../schema/period.ts';
import { formatSpan } from '../../timeline/dates.ts';

// Edit mode exists only under `npm run dev`; the production build has null here and no trace of it.
const EditModeBar = import.meta.env.DEV ? lazy(() => import('../EditMode/index.ts').then((m) => ({ default: m.EditModeBar }))) : null;

type Props = { ref: Ref<HTMLDivElement>; indexHref: string | null; onIndex: () => void; onOpenDetails: () => void };

/**
 * The page: header, filters, the timeline across the top, then the list beside the details (or the
 * reader). On a narrow screen it is one column: timeline, details, list.
 */
export function StoryLayout({ ref, indexHref, onIndex, onOpenDetails }: Props) {
  const story = useTimeline(selectStory);
  const selected = useTimeline(selectSelected);
  const reader = useTimeline(selectReader);
  const side = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  // On a phone the panel sits above the list: bring it into view when something opens.
  // A deep link to an event does so once, at once: at 200% zoom (720 x 450) Egypt's header and filters filled
  // the window and the event opened 800 px down, out of sight (the reader brings its own passage into view).
  // What the panel shows, not each step in it: "Next passage" changes the reader's place only, and had scrolled
  // the page back to the panel's top, away from the passage it had just brought into view (720 x 450, 390 px).
  const shows = reader ? `read:${reader.articleId}` : selected ? `event:${selected.event.id}` : null;
  useEffect(() => {
    const narrow = window.matchMedia('(max-width: 759px)').matches;
    if (first.current) {
      first.current = false;
      const top = side.current?.getBoundingClientRect().top ?? 0;
      if (selected && !reader && narrow && top > window.innerHeight - 120) side.current?.scrollIntoView({ block: 'start' });
      return;
    }
    // A reader opened at a passage brings that passage into view itself (Reader.tsx).
    if (!shows || !narrow || (reader && reader.at !== null)) return;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    side.current?.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  }, [shows]); // eslint-disable-line react-hooks/exhaustive-deps
  const dated = story.events.length;
  // The story's period as the index says it (its key events' span, src/schema/period.ts).
  const period = useMemo(() => { const [from, to] = periodOf(story.events); return from && to ? formatSpan(from, to, periodAbout(story.events, [from, to])) : null; }, [story]);
  return (
    // On paper, an open event or article is what prints (print.css): a journalist printing the article they
    // read in context had got Egypt's whole list, 275 pages.
    <div className={`app app--story${reader ? ' app--open app--reading' : selected ? ' app--open' : ''}`} ref={ref}>
      <header className="masthead">
        <p className="brand">
          {indexHref ? <a href={indexHref} onClick={(e) => { if (e.button === 0 && !e.metaKey && !e.ctrlKey) { e.preventDefault(); onIndex(); } }}>Dateline</a> : 'Dateline'}
        </p>
        <h1 className="story-title">{story.title}</h1>
        {/* The editors' credit line (edits.json's story.credit): "Edited by Ana Ruiz". */}
        {story.credit && <p className="story-credit">{story.credit}</p>}
        <div className="story-meta-row">
          <p className="story-meta">{story.articles.length} articles · {dated} {dated === 1 ? 'event' : 'events'}{period && ` · ${period}`}</p>
          <ShareButton eventId={null} />
        </div>
        {EditModeBar && <Suspense fallback={null}><EditModeBar /></Suspense>}
      </header>
      {dated > 0 && <Filters />}
      <main className="story">
        <RedirectNote />
        <UndatedNote />
        {/* The timeline is 35 to 40 Tab stops on a long story (marks, "+N" chips, zoom buttons): 51 Tab presses
            from the page's top to Egypt's first row. Its first stop skips them, as the embed's does. */}
        {dated > 0 && <a className="skip-timeline" href="#event-list-heading" onClick={skipTimeline}>Skip to the events list</a>}
        <Timeline onOpenDetails={onOpenDetails} />
        <div className="columns">
          <EventList />
          <div className="side" ref={side}>
            {reader ? <Reader /> : selected ? <EventDetails /> : <StoryOverview />}
          </div>
        </div>
      </main>
      <PrintList />
    </div>
  );
}

/** Focus to the list's heading (a fragment link would add a history entry, which the app reads as a route). */
function skipTimeline(e: React.MouseEvent<HTMLAnchorElement>): void {
  e.preventDefault();
  const heading = document.getElementById('event-list-heading');
  heading?.focus({ preventScroll: true });
  heading?.scrollIntoView({ block: 'nearest' });
}
