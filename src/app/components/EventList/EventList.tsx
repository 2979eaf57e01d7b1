import { useEffect, useMemo, useRef, useState } from 'react';
import { isPlainClick, useHref, useTimeline, useTimelineStoreApi } from '../../store/context.ts';
import { selectItems, selectSelectedId, selectShown } from '../../store/selectors.ts';
import { rangeOf } from '../../store/dateRange.ts';
import { dateWords, htmlDatetime, isAbout, precisionLabel } from '../../timeline/dates.ts';
import { storyPeriod } from '../../timeline/period.ts';
import { backgroundCount, broaderIds } from './background.ts';
import { groupByDate, pageStart } from './groups.ts';
import { revealInScroller } from '../../dom/scroll.ts';

const PAGE = 100;

/**
 * Said after a row's name once its event is open. Enter on a row opens the event beside the list and keeps
 * focus on the row (the list can be read on); the details come after every row in the page's order, so they
 * were 55 Tab presses away on a news cluster and 96 on Timeline17 Iraq, and a screen reader heard nothing of
 * them. Enter on the open event's row now goes to its details, as Enter on a selected mark does.
 */
export const OPEN_WORDS = 'open: press Enter to go to its details';

/**
 * Focus to the open event's heading (keyboard Enter on its row), brought into view; looked for over a few
 * frames, as a second Enter can come before the first one's details are drawn.
 */
function toDetails(reveal = true, frames = 0): void {
  const heading = document.querySelector<HTMLElement>('.details-title');
  if (!heading) { if (frames < 10) requestAnimationFrame(() => toDetails(reveal, frames + 1)); return; }
  heading.focus({ preventScroll: true });
  if (reveal) revealInScroller(heading);
}

/** The page in one column (layout.css), the details above the list: not the embed, which has its own. */
function oneColumn(): boolean {
  return !document.querySelector('.embed') && window.matchMedia('(max-width: 759px)').matches;
}

/**
 * Every shown event in order, grouped by date: the timeline's twin (selection is shared) and the whole
 * story on a narrow screen. Paged, so a 10,000-event story renders 100 rows, with the selected one's page.
 * Like the timeline, it opens on the story's own period: the recalls of earlier years are folded under a
 * "Background" button at its top (background.ts), and open when asked or when one of them is selected.
 */
export function EventList() {
  const store = useTimelineStoreApi();
  const all = useTimeline(selectShown);
  const items = useTimeline((s) => s.items.length > 0);
  const selectedId = useTimeline(selectSelectedId);
  const everything = useTimeline(selectItems);
  const period = useMemo(() => storyPeriod(everything), [everything]);
  // Background only: a filter that leaves nothing but recalls shows them. A From asked for is where the list
  // begins: nothing is folded (From 1918 in H1N1 had folded 194 events, 1918 to March 2009, out of the list).
  const range = rangeOf({ from: useTimeline((s) => s.filters.from), to: useTimeline((s) => s.filters.to) });
  const before = range && range !== 'reversed' && Number.isFinite(range.start) ? 0 : backgroundCount(all, period);
  // A range of a few days folds the events of a month or a year around them instead (broaderIds).
  const bounded = range && range !== 'reversed' ? range : null;
  const broad = useMemo(() => (bounded ? broaderIds(all, bounded) : null), [all, bounded?.start, bounded?.end]); // eslint-disable-line react-hooks/exhaustive-deps
  const folded = broad?.size ? broad.size : before < all.length ? before : 0;
  const inFold = (id: string | null) => !!id && (broad?.size ? broad.has(id) : all.slice(0, folded).some((i) => i.event.id === id));
  // A deep link to a recall opens with the background open too (its row had been folded away: H1N1's 1918).
  const [open, setOpen] = useState(() => ({ value: inFold(selectedId), forId: selectedId }));
  let expanded = open.value;
  if (open.forId !== selectedId) {
    // A background event selected on the axis or by a link opens the background, so its row is there.
    if (inFold(selectedId)) expanded = true;
    setOpen({ value: expanded, forId: selectedId });
  }
  const shown = useMemo(() => (expanded || !folded ? all : broad?.size ? all.filter((i) => !broad.has(i.event.id)) : all.slice(folded)), [all, folded, expanded, broad]);
  const href = useHref();
  // A deep link's event is on the first page shown (it had opened on the story's first page: the jump below
  // runs only when the selection changes, and a link's selection is there from the start).
  const [paging, setPaging] = useState(() => ({ start: pageStart(shown.length, PAGE, selectedId ? shown.findIndex((i) => i.event.id === selectedId) : -1, 0), forId: selectedId, forList: shown }));
  const listRef = useRef<HTMLElement>(null);
  let from = paging.start;
  // Jump to the selected event's page when the selection or the filters change, not when paging by hand.
  if (paging.forId !== selectedId || paging.forList !== shown) {
    const selectedIndex = selectedId ? shown.findIndex((i) => i.event.id === selectedId) : -1;
    from = pageStart(shown.length, PAGE, selectedIndex, paging.forList === shown ? paging.start : 0);
    setPaging({ start: from, forId: selectedId, forList: shown });
  }
  // Paging by hand gives focus to the first row of the page it shows: "Show earlier events" went away with the
  // first page, and focus with it to the page's body; "Show later events" kept it below the 100 rows it added.
  const paged = useRef(false);
  const setStart = (start: number) => { paged.current = true; setPaging({ start, forId: selectedId, forList: shown }); };
  useEffect(() => {
    if (!paged.current) return;
    paged.current = false;
    const list = listRef.current;
    const row = list?.querySelector<HTMLElement>('.event-row');
    if (!list || !row) return;
    row.focus({ preventScroll: true });
    if (list.scrollHeight > list.clientHeight) list.scrollTop = row.offsetTop - 48;
    else row.scrollIntoView({ block: 'nearest' });
  }, [paging.start]);
  const page = shown.slice(from, from + PAGE);

  useEffect(() => {
    if (!selectedId) return;
    // Scroll the list itself, never the page: the timeline must stay in view while keys move the selection.
    const list = listRef.current;
    const el = list?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(selectedId)}"]`);
    if (!list || !el || list.scrollHeight <= list.clientHeight) return;
    const top = el.offsetTop; // the list is the offset parent (position: relative)
    // What of the list the window shows: a deep link opens the page at its top, where only the list's first
    // 220 px are in a 900 px window (Egypt), and a row placed a third down the whole list was below the fold.
    const seen = Math.max(80, Math.min(list.clientHeight, window.innerHeight - list.getBoundingClientRect().top));
    if (top < list.scrollTop + 40 || top + el.offsetHeight > list.scrollTop + seen) {
      list.scrollTop = top - seen / 3;
      wholeHeading(list);
      wholeRow(list, el, seen);
    }
  }, [selectedId]);

  return (
    // Escape in the list closes the open event's details, as it does on the axis and in the details; focus
    // stays on the row (an event opened from the list with Enter keeps focus there).
    <section className="event-list" aria-labelledby="event-list-heading" ref={listRef} onKeyDown={(ev) => {
      if (ev.key !== 'Escape' || ev.altKey || ev.ctrlKey || ev.metaKey || !selectedId) return;
      ev.preventDefault();
      store.getState().select(null);
    }}>
      {/* Focusable: the page's "Skip to the events list" lands here. */}
      <h2 id="event-list-heading" className="section-heading" tabIndex={-1}>Events</h2>
      {!all.length && <p className="empty">{items ? 'No events match the filters.' : 'No events yet.'}</p>}
      {folded > 0 && !broad?.size && (
        <button
          type="button"
          className="page-button background-button"
          aria-expanded={expanded}
          aria-label={`${expanded ? 'Hide' : 'Show'} background: ${folded} earlier ${folded === 1 ? 'event' : 'events'}, before ${all[folded]?.dateLabel ?? 'the story'}`}
          onClick={() => setOpen({ value: !expanded, forId: selectedId })}
        >
          {expanded ? 'Hide' : 'Show'} background: {folded} earlier {folded === 1 ? 'event' : 'events'}
        </button>
      )}
      {folded > 0 && !!broad?.size && (
        <button type="button" className="page-button background-button" aria-expanded={expanded} onClick={() => setOpen({ value: !expanded, forId: selectedId })}>
          {expanded ? 'Hide' : 'Show'} {folded} {folded === 1 ? 'event' : 'events'} dated only to a month or a year around these days
        </button>
      )}
      {from > 0 && (
        <button type="button" className="page-button" onClick={() => setStart(Math.max(0, from - PAGE))}>
          Show earlier events ({from} more)
        </button>
      )}
      {groupByDate(page).map((g) => (
        <div key={`${g.label}-${g.items[0]!.event.id}`} className="event-group">
          <h3 className="event-group-date"><time dateTime={htmlDatetime(g.value)}>{g.items.every((i) => isAbout(i.event.date)) ? dateWords(g.label, { confidence: 0 }) : g.label}</time></h3>
          <ul>
            {g.items.map((item) => {
              const e = item.event;
              return (
                <li key={e.id}>
                  <a
                    href={href({ eventId: e.id, reader: null })}
                    className="event-row"
                    data-event-id={e.id}
                    aria-current={e.id === selectedId ? 'true' : undefined}
                    // The name said in one piece: title, date ("about ..." where unsure), key, sources (read from
                    // the spans it had a stray space before its comma: "... are reeling , 15 December").
                    aria-label={`${e.title}, ${dateWords(item.dateLabel, e.date)}${!isAbout(e.date) && (e.date.granularity !== 'day' || e.date.source === 'inferred') ? `, ${precisionLabel(e.date.granularity, e.date)}` : ''}${e.key ? ', Key event' : ''}, ${e.sources} ${e.sources === 1 ? 'source' : 'sources'}${e.id === selectedId ? `; ${OPEN_WORDS}` : ''}`}
                    onClick={(ev) => {
                      if (!isPlainClick(ev)) return;
                      ev.preventDefault();
                      if (ev.detail === 0 && e.id === store.getState().selectedId) { toDetails(); return; }
                      store.getState().select(e.id);
                      // In one column the details open above the list and the page scrolls to them (StoryLayout):
                      // focus goes with it (it had stayed on the row, 950 px below, out of sight at 390 px).
                      if (oneColumn()) toDetails(false);
                    }}
                  >
                    <span className="event-row-title">{e.title}</span>
                    <span className="event-row-meta">
                      {/* One chip, the details' words: "precise to the month", "month uncertain", "day from context". */}
                      {(e.date.granularity !== 'day' || isAbout(e.date) || e.date.source === 'inferred') && (
                        <span className={`precision precision--${isAbout(e.date) ? 'about' : e.date.granularity}${e.date.source === 'inferred' ? ' precision--context' : ''}`} aria-hidden={isAbout(e.date) || undefined}>{precisionLabel(e.date.granularity, e.date)}</span>
                      )}
                      {e.key && <span className="key-badge">Key event</span>}
                      <span className="event-row-sources">{e.sources} {e.sources === 1 ? 'source' : 'sources'}</span>
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {from + PAGE < shown.length && (
        <button type="button" className="page-button" onClick={() => setStart(from + PAGE)}>
          Show later events ({shown.length - from - PAGE} more)
        </button>
      )}
    </section>
  );
}

/**
 * A date heading its group's end pushes up at the list's top, left cut ("the week of 17 January 2011" as a
 * 3 px sliver over Egypt's list in an 800 by 500 embed, after a row was opened), is shown whole: the list goes
 * back by the part cut off, which moves the row just revealed down by as much, never under anything.
 */
function wholeHeading(list: HTMLElement): void {
  const top = list.getBoundingClientRect().top;
  for (const h of list.querySelectorAll<HTMLElement>('.event-group-date')) {
    const r = h.getBoundingClientRect();
    if (r.bottom <= top) continue;
    if (r.top < top - 0.5) list.scrollTop -= Math.ceil(top - r.top);
    return;
  }
}

/**
 * A row half under the date heading that sticks at the list's top (its title hidden, its badges showing:
 * "precise to the month · 1 source" under "April 2004" on Iraq's list, the end of "… with Egypt" in an 800 by
 * 500 embed) is shown whole, the list going back by the part hidden, or, where that would push the selected
 * row past the part of the list in view, not at all, the list going on by the part shown. A heading over none
 * of its rows (its group's end in view: "Thursday 20 January 2005" over an empty gap in Iraq's key events at
 * 800 by 500) gives the top to the next group's heading.
 */
function wholeRow(list: HTMLElement, selected: HTMLElement, seen: number): void {
  const top = list.getBoundingClientRect().top;
  let stuck: HTMLElement | null = null;
  let under = top;
  for (const h of list.querySelectorAll<HTMLElement>('.event-group-date')) {
    const r = h.getBoundingClientRect();
    if (r.bottom <= top + 0.5) continue;
    if (r.top <= top + 0.5) { stuck = h; under = r.bottom; }
    break;
  }
  for (const row of list.querySelectorAll<HTMLElement>('.event-row')) {
    const r = row.getBoundingClientRect();
    // Showing no more than its padding (7 px), a row shows nothing.
    if (r.bottom <= under + 6) continue;
    const group = row.closest('.event-group');
    const next = group?.querySelector<HTMLElement>('.event-group-date');
    if (stuck && next && stuck !== next) list.scrollTop += Math.floor(next.getBoundingClientRect().top - top);
    else if (r.top < under - 0.5) {
      const back = Math.ceil(under - r.top);
      const fits = row === selected || selected.getBoundingClientRect().bottom + back <= top + seen;
      // Gone on past, the last row of its group leaves its heading over nothing: the next heading goes to the top.
      const after = row.closest('li')?.nextElementSibling ? null : group?.nextElementSibling?.querySelector<HTMLElement>('.event-group-date');
      if (fits) list.scrollTop -= back;
      else list.scrollTop += after ? Math.floor(after.getBoundingClientRect().top - top) : Math.floor(r.bottom - under);
    }
    return;
  }
}
