import { lazy, Suspense, useEffect, useLayoutEffect, useMemo } from 'react';
import { flushSync } from 'react-dom';
import { revealInScroller } from '../../dom/scroll.ts';
import { loadEventDetail } from '../../data/detail.ts';
import { useLoaded } from '../../data/useLoaded.ts';
import { isPlainClick, useHref, useTimeline, useTimelineStoreApi } from '../../store/context.ts';
import { CLEAR_FILTERS, filtering } from '../../store/items.ts';
import { selectFilters, selectSelected, selectShown, selectStory } from '../../store/selectors.ts';
import { dateWords, htmlDatetime, precisionLabel } from '../../timeline/dates.ts';
import { ShareButton } from '../ShareDialog/ShareButton.tsx';
import { EditNotes } from './EditNotes.tsx';
import { Evidence } from './Evidence.tsx';
import { Sources } from './Sources.tsx';
import { otherSentences, sourceMentions } from './sourceMentions.ts';
import { detailDisplay, detailTitles } from './detailText.ts';

// The editor's controls exist only under `npm run dev`: in the production build this is null and the
// bundler drops the import (see components/EditMode).
const EditTools = import.meta.env.DEV ? lazy(() => import('../EditMode/index.ts').then((m) => ({ default: m.EditTools }))) : null;

/**
 * The selected event: title, date with precision and provenance, summary, quotes and sources. Title, date,
 * names and edit notes come with the story's outline; summary, quotes, the date's evidence and the sources
 * come with the event's detail chunk, loaded on opening (a status while it loads, an alert if it fails).
 */
/** The last element focused outside the details: the list row or mark an event was opened from. */
let lastFocus: HTMLElement | null = null;
if (typeof document !== 'undefined') {
  document.addEventListener('focusin', (e) => {
    const t = e.target;
    if (t instanceof HTMLElement && !t.closest('.details')) lastFocus = t;
  });
}

export function EventDetails() {
  const store = useTimelineStoreApi();
  const item = useTimeline(selectSelected);
  // Opened from the reader or a link while the filters hide it: said, with the way back to every event (the
  // details had shown an event no row or mark stood for, without a word).
  const shownNow = useTimeline(selectShown);
  const filtersNow = useTimeline(selectFilters);
  const hiddenByFilters = useMemo(() => !!item && filtering(filtersNow) && !shownNow.includes(item), [item, shownNow, filtersNow]);
  const openedId = item?.event.id ?? null;
  // Where the event was opened from, kept while it is open: closing gives focus back there when that was
  // outside the timeline (a row of the event list); from the timeline, the event's mark takes it.
  useLayoutEffect(() => {
    opener = openedId ? lastFocus : null;
  }, [openedId]);
  // A deep link opens an event with focus on the page itself: Escape closes it there too.
  useEffect(() => {
    if (!openedId) return;
    const onKey = (ev: KeyboardEvent) => {
      // Not while a modal dialog is open (an edit's): Escape is the dialog's.
      if (ev.key === 'Escape' && !ev.defaultPrevented && document.activeElement === document.body && !document.querySelector('dialog[open]')) closeAndReturn(openedId, () => store.getState().select(null));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openedId, store]);
  const story = useTimeline(selectStory);
  const href = useHref();
  const articles = useMemo(() => new Map(story.articles.map((a) => [a.id, a])), [story]);
  const loaded = useLoaded(item ? `${story.id}/${item.event.id}` : null, () => loadEventDetail(story, item!.event.id));
  if (!item) return null;
  const e = item.event;
  const detail = loaded?.state === 'ready' ? loaded.value : null;
  // One source entry per article: the first sentence of its text from each, the summary's own for its article.
  const mentions = detail ? sourceMentions(detail.mentions, detail.summary) : [];
  // A tokenized corpus's passages as a reader writes them, as the reader shows their article (detailText.ts).
  const passages = detail ? [detail.summary, ...detail.quotes.map((q) => q.text), ...detail.mentions.map((m) => m.text)] : [];
  const show = detail ? detailDisplay(passages) : String;
  const title = detail ? detailTitles(passages) : String;
  return (
    <section className="details" aria-label="Event details" aria-busy={loaded?.state === 'loading'} onKeyDown={(ev) => closeOnEscape(ev, e.id, () => store.getState().select(null))}>
      <div className="details-top">
        <p className="details-date">
          <time dateTime={htmlDatetime(e.date.value)}>{dateWords(item.dateLabel, e.date)}</time>
          <span className={`precision precision--${e.date.granularity}${e.date.source === 'inferred' ? ' precision--context' : ''}`}>{precisionLabel(e.date.granularity, e.date)}</span>
          {e.key && <span className="key-badge">Key event</span>}
        </p>
        <div className="details-actions">
          <ShareButton eventId={e.id} />
          <a
            className="close-link"
            href={href({ eventId: null, reader: null })}
            onClick={(ev) => { if (isPlainClick(ev)) { ev.preventDefault(); closeAndReturn(e.id, () => store.getState().select(null)); } }}
          >
            Close<span className="visually-hidden"> event details</span>
          </a>
        </div>
      </div>
      <h2 className="details-title" tabIndex={-1}>{e.title}</h2>
      {hiddenByFilters && (
        <p className="details-note" role="note">
          The filters hide this event from the timeline and the list.{' '}
          {/* The button goes with the note: focus moves to the event's heading (it had fallen to the page). */}
          <button type="button" className="link-button" onClick={(ev) => showAll(ev.currentTarget, () => store.getState().setFilters(CLEAR_FILTERS))}>Show all events</button>
        </p>
      )}
      {loaded?.state === 'loading' && <p className="details-loading" role="status">Loading the sources of this event…</p>}
      {loaded?.state === 'error' && (
        <div className="details-failed" role="alert">
          <p>The sources of this event could not be loaded.</p>
          <ul>{loaded.errors.map((m, i) => <li key={i}>{m}</li>)}</ul>
        </div>
      )}
      {detail && <p className="details-summary">{show(detail.summary)}</p>}
      {(e.actors.length > 0 || e.place) && (
        <p className="details-facts">
          {e.actors.length > 0 && <span><span className="fact-label">Who</span> {e.actors.join(', ')}</span>}
          {e.place && <span><span className="fact-label">Where</span> {e.place}</span>}
        </p>
      )}
      {detail && detail.quotes.length > 0 && (
        <div className="quotes">
          <h3 className="details-subheading">Quotes</h3>
          {/* One quotation told by several outlets is one quote, with how many report it (the same words had
              been listed three times over). */}
          {distinctQuotes(detail.quotes).map(({ q, articles: n }) => (
            <figure key={`${q.articleId}-${q.start}`} className="quote">
              <blockquote>{quoteText(show(q.text))}</blockquote>
              {(q.speaker || n > 1) && <figcaption>{[q.speaker, n > 1 ? `in ${n} articles` : null].filter(Boolean).join(', ')}</figcaption>}
            </figure>
          ))}
        </div>
      )}
      <EditNotes event={e} />
      {EditTools && <Suspense fallback={null}><EditTools key={e.id} event={e} /></Suspense>}
      {detail && (
        <>
          <Evidence date={{ ...e.date, evidence: detail.evidence }} articles={articles} corrected={e.edited?.some((n) => n.what === 'date') ?? false} show={show} title={title} />
          <Sources mentions={mentions} more={otherSentences(detail.mentions, mentions)} articles={articles} show={show} title={title} />
        </>
      )}
    </section>
  );
}

/**
 * Escape in the details closes them, as on the axis, and gives focus back to the event's mark (or the axis):
 * Enter on a mark moves focus into the details, and a keyboard user must be able to come back. Not from a
 * dialog opened there (Share), which Escape closes by itself.
 */
function closeOnEscape(ev: React.KeyboardEvent<HTMLElement>, id: string, close: () => void): void {
  if (ev.key !== 'Escape' || ev.altKey || ev.ctrlKey || ev.metaKey || (ev.target as HTMLElement).closest('dialog')) return;
  ev.preventDefault();
  closeAndReturn(id, close);
}

/**
 * Close the details and give focus to the event's mark, or the axis. The close is committed first: a mark
 * found before React re-rendered could be replaced by the render (the selected mark drawn anew unselected),
 * and focus fell to the page (an event chosen with the arrow keys, then Escape, or Enter on "Close").
 * Focused where it is on screen: a mark or axis scrolled out of view is scrolled back.
 */
let opener: HTMLElement | null = null;

function closeAndReturn(id: string, close: () => void): void {
  const from = opener;
  flushSync(close);
  const mark = document.querySelector<HTMLElement>(`.timeline [data-event-id="${CSS.escape(id)}"]`);
  const back = from?.isConnected && !from.closest('.timeline') && from !== document.body ? from : null;
  const target = back ?? mark ?? document.querySelector<HTMLElement>('.timeline-viewport');
  target?.focus({ preventScroll: true });
  // A list row is brought into view in its own panel; for a mark, the page scrolls to the timeline (never the
  // timeline's own layer, which pans by transform).
  if (back) revealInScroller(back);
  else target?.closest<HTMLElement>('.timeline')?.scrollIntoView?.({ block: 'nearest' });
}

/** "Show all events": the filters cleared, then focus on the heading of the details the button was in. */
function showAll(button: HTMLElement, clear: () => void): void {
  const details = button.closest('.details');
  flushSync(clear);
  details?.querySelector<HTMLElement>('.details-title')?.focus({ preventScroll: true });
}

const quoteText = (text: string) => text.replace(/^[“"]|[”"]$/g, '').replace(/,$/, '');

/** Each quotation once (its words folded: case, spaces, punctuation), the first speaker named, with the number of articles that give it. */
function distinctQuotes<Q extends { text: string; articleId: string; speaker: string | null }>(quotes: readonly Q[]): Array<{ q: Q; articles: number }> {
  const byWords = new Map<string, { q: Q; ids: Set<string> }>();
  for (const q of quotes) {
    const key = quoteText(q.text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const had = byWords.get(key);
    if (had) { had.ids.add(q.articleId); if (!had.q.speaker && q.speaker) had.q = q; }
    else byWords.set(key, { q, ids: new Set([q.articleId]) });
  }
  return [...byWords.values()].map(({ q, ids }) => ({ q, articles: ids.size }));
}
