import { PublishedDate } from '../PublishedDate/PublishedDate.tsx';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { flushSync } from 'react-dom';
import { isPlainClick, useHref, useTimeline, useTimelineStoreApi } from '../../store/context.ts';
import { UNKNOWN_OUTLET_LABEL } from '../../store/outlets.ts';
import { selectItems, selectReader, selectSelectedId, selectStory } from '../../store/selectors.ts';
import { looksTokenized } from '../../../schema/untokenize.ts';
import { bullets, showTitle } from '../../timeline/shownText.ts';
import { currentRange, displayFor, pieceParts, segment, type MarkRange } from './segments.ts';
import { dateWords } from '../../timeline/dates.ts';
import { revealInScroller } from '../../dom/scroll.ts';
import { loadArticleText } from '../../data/detail.ts';
import { useLoaded } from '../../data/useLoaded.ts';
import { useCramped } from './useCramped.ts';

/** The last element focused outside the reader: what opened it, once the reader has taken its panel's place. */
let lastFocus: HTMLElement | null = null;
if (typeof document !== 'undefined') {
  document.addEventListener('focusin', (e) => {
    const t = e.target;
    if (t instanceof HTMLElement && !t.closest('.reader')) lastFocus = t;
  });
}

/**
 * One cleaned article, rendered as text only (it is untrusted: React escapes it; no raw HTML anywhere),
 * with every sentence that supports an event marked and linked to that event, and the sentence it was
 * opened at highlighted and scrolled into view. The text and its marks are the article's own file
 * (data/stories/<id>/articles/<n>.json), loaded when the reader opens it; title, outlet and date come first.
 */
export function Reader() {
  const store = useTimelineStoreApi();
  const reader = useTimeline(selectReader);
  const story = useTimeline(selectStory);
  const items = useTimeline(selectItems);
  const href = useHref();
  const currentRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // What had focus when the reader opened (a link in the article list, "Read in context" in the details):
  // closing gives it back, where it is on the page. The reader takes the place of the panel that held that
  // link, so it is the last element focused outside the reader (lastFocus), not what has focus now.
  const opener = useRef<HTMLElement | null>(null);
  const open = !!reader;
  useLayoutEffect(() => {
    if (open) opener.current = lastFocus;
  }, [open]);
  const article = reader ? story.articles.find((a) => a.id === reader.articleId) : undefined;
  // The event's date as the rest of the viewer says it: "about 23 February 2017" where the day is unsure.
  const titles = useMemo(() => new Map(items.map((i) => [i.event.id, `${i.event.title} (${dateWords(i.dateLabel, i.event.date)})`])), [items]);
  const loaded = useLoaded(article ? `${story.id}/${article.id}` : null, () => loadArticleText(story, article!.id));
  const text = loaded?.state === 'ready' ? loaded.value : null;
  const selectedId = useTimeline(selectSelectedId);
  // The open event's own passages in this article, in text order: the reader steps through them.
  const own = useMemo(() => (text && selectedId ? text.marks.filter((m) => m.eventId === selectedId).sort((a, b) => a.start - b.start) : []), [text, selectedId]);
  const paragraphs = useMemo(() => {
    if (!text) return [];
    // Marks of events the story has (the file lists every event's mention; none is hidden from it).
    const marks: MarkRange[] = text.marks.filter((m) => titles.has(m.eventId));
    const at = reader?.at ?? null;
    // An escaped asterisk shown as a bullet in as many characters: offsets and marks fall where they did.
    const body = bullets(text.text);
    return segment(body, marks, currentRange(body, marks, at), at !== null && reader?.to !== undefined ? { start: at, end: reader.to } : null);
  }, [text, titles, reader?.at, reader?.to]);
  // A tokenized corpus's text (Timeline17) shown as a reader writes it, piece by piece: offsets unchanged.
  const show = useMemo(() => displayFor(text?.text ?? ''), [text]);
  const tokenized = useMemo(() => looksTokenized(text?.text ?? ''), [text]);

  // Set by "Previous/Next passage": the passage is shown and said (PassageSteps' status), and focus stays on
  // the button, so it can be pressed again (focus had gone to the passage: 34 Shift+Tab presses back to
  // "Next passage" across a CNN live page's marked sentences).
  const stepping = useRef(false);
  useEffect(() => {
    if (currentRef.current && stepping.current) {
      stepping.current = false;
      revealInScroller(currentRef.current);
    } else if (currentRef.current) {
      revealInScroller(currentRef.current);
      currentRef.current.focus({ preventScroll: true });
      revealOnceFromLink(currentRef.current);
    } else headingRef.current?.focus({ preventScroll: true });
  }, [article, text, reader?.at]);

  // The sticky top line and passage steps wrap in a narrow frame ("Unknown outlet · Thursday 10 / February
  // 2011" at 400 px): the steps sit under the line's real height, and a passage is revealed below both
  // (scroll-margin-top, which revealInScroller reads); a fixed 2rem had laid the steps over the date.
  const sectionRef = useRef<HTMLElement>(null);
  const stepped = own.length > 1;
  const cramped = useCramped(sectionRef, !!article);
  useLayoutEffect(() => {
    const section = sectionRef.current;
    const top = section?.querySelector<HTMLElement>(':scope > .details-top');
    if (!section || !top) return;
    const set = () => {
      const steps = section.querySelector<HTMLElement>(':scope > .reader-steps');
      // In a cramped panel the top line scrolls away with the title (reader.css): only the steps stick.
      const topHeight = getComputedStyle(top).position === 'sticky' ? top.offsetHeight : 0;
      section.style.setProperty('--reader-top', `${topHeight}px`);
      section.style.setProperty('--reader-head', `${topHeight + (steps?.offsetHeight ?? 0)}px`);
    };
    set();
    if (typeof ResizeObserver === 'undefined') return;
    const watch = new ResizeObserver(set);
    watch.observe(top);
    const steps = section.querySelector<HTMLElement>(':scope > .reader-steps');
    if (steps) watch.observe(steps);
    return () => watch.disconnect();
  }, [article, stepped, cramped]);

  if (!reader) return null;
  // Closed by click or Escape, the reader gives focus back to what opened it, else to the event's details (or
  // the axis), never the page.
  const closeAndReturn = () => {
    const back = opener.current;
    // The article list is drawn anew when the reader closes: its link is found again by where it leads.
    const link = back?.getAttribute('href');
    store.getState().closeReader();
    // The details come back with their sources a moment later (loaded, or read from the cache): the link is
    // looked for over a few frames before the details' heading stands in for it.
    let frames = 0;
    const give = () => {
      const again = back?.isConnected ? back : link ? document.querySelector<HTMLElement>(`a[href="${CSS.escape(link)}"]:not(.reader a)`) : null;
      if (!again && link && ++frames < 20) { requestAnimationFrame(give); return; }
      const target = again ?? document.querySelector<HTMLElement>('.details-title') ?? document.querySelector<HTMLElement>('.timeline-viewport');
      target?.focus({ preventScroll: true });
      // Scrolled into view in its own panel (the details scroll inside a frame the host sized; the page
      // never moves), once now and once after the details have laid out their sources.
      if (target) { revealInScroller(target); setTimeout(() => { if (document.activeElement === target) revealInScroller(target); }, 250); }
    };
    requestAnimationFrame(give);
  };
  const close = (e: React.MouseEvent) => { if (isPlainClick(e)) { e.preventDefault(); closeAndReturn(); } };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape' && !e.altKey && !e.ctrlKey && !e.metaKey && !(e.target as HTMLElement).closest('dialog')) { e.preventDefault(); e.stopPropagation(); closeAndReturn(); }
  };
  if (!article) {
    return (
      <section className="reader" aria-label="Reader" onKeyDown={onKeyDown}>
        <p role="alert">This story has no article “{reader.articleId}”.</p>
        <a href={href({ reader: null })} onClick={close}>Close the reader</a>
      </section>
    );
  }
  let currentSeen = false;
  return (
    <section className={`reader${cramped ? ' reader--cramped' : ''}`} aria-label="Reader" aria-busy={loaded?.state === 'loading'} onKeyDown={onKeyDown} ref={sectionRef}>
      <div className="details-top">
        <div className="reader-source">{article.publisher ?? UNKNOWN_OUTLET_LABEL} · <PublishedDate published={article.published} /></div>
        <a className="close-link" href={href({ reader: null })} onClick={close}>Close<span className="visually-hidden"> the reader</span></a>
      </div>
      <h2 className="reader-title" tabIndex={-1} ref={headingRef}>{article.title ? showTitle(article.title, tokenized) : article.file}</h2>
      {article.url && <p><a className="text-link" href={article.url} target="_blank" rel="noopener noreferrer">Original article ↗<span className="visually-hidden"> (opens in a new tab)</span></a></p>}
      {loaded?.state === 'loading' && <p className="details-loading" role="status">Loading the article…</p>}
      {loaded?.state === 'error' && (
        <div className="details-failed" role="alert">
          <p>The text of this article could not be loaded.</p>
          <ul>{loaded.errors.map((m, i) => <li key={i}>{m}</li>)}</ul>
        </div>
      )}
      {own.length > 1 && <PassageSteps source={cramped ? `${article.publisher ? `${article.publisher}: ` : ''}${article.title ? showTitle(article.title, tokenized) : article.file}` : undefined} own={own} at={reader.at} words={(m) => show(bullets(text!.text.slice(m.start, m.end)))} go={(at) => { stepping.current = true; store.getState().openReader(article.id, at); }} />}
      <div className="reader-text">
        {paragraphs.map((p) => (
          <p key={p.start}>
            {p.pieces.map((piece) => {
              const parts = pieceParts(piece, show);
              if (!piece.mark) return parts[0];
              const first = piece.current && !currentSeen;
              if (piece.current) currentSeen = true;
              const id = piece.mark.eventId;
              const mark = (
                <mark className={piece.current ? 'current' : undefined} ref={first && !id ? currentRef : undefined} tabIndex={first && !id ? -1 : undefined}>
                  {parts.length === 3 ? <>{parts[0]}<strong className="evidence-words">{parts[1]}</strong>{parts[2]}</> : parts[0]}
                </mark>
              );
              if (!id) return <span key={piece.start}>{mark}</span>;
              return (
                <a
                  key={piece.start}
                  className="mention"
                  href={href({ eventId: id, reader: null })}
                  title={titles.get(id)}
                  ref={first ? (currentRef as React.Ref<HTMLAnchorElement>) : undefined}
                  aria-current={piece.current ? 'location' : undefined}
                  onClick={(e) => { if (isPlainClick(e)) { e.preventDefault(); openFromReader(() => store.getState().select(id)); } }}
                >
                  {mark}
                </a>
              );
            })}
          </p>
        ))}
      </div>
    </section>
  );
}

/**
 * A link that opens the reader (`?read=...&at=...`) shows its passage: the page scrolls to it once, at the
 * first render. Opened from the page, the reader scrolls only its own panel (revealInScroller), so the
 * timeline stays in view; in an embed the host page never scrolls.
 */
let fromLink = typeof window !== 'undefined' && window.top === window && new URLSearchParams(window.location.search).has('read');
function revealOnceFromLink(el: HTMLElement): void {
  if (!fromLink) return;
  fromLink = false;
  const r = el.getBoundingClientRect();
  if (r.top < 0 || r.bottom > window.innerHeight) el.scrollIntoView({ block: 'center' });
}

/**
 * A marked passage opens its event's details in place of the reader: focus goes to their heading, as from
 * the list (it had fallen to the page with the reader, and a screen reader said nothing).
 */
function openFromReader(select: () => void): void {
  flushSync(select);
  const heading = () => document.querySelector<HTMLElement>('.details-title');
  const now = heading();
  if (now) now.focus();
  else requestAnimationFrame(() => heading()?.focus());
}

/**
 * "Passage 2 of 3 about this event", with the previous and next: an article that tells the open event in
 * several places is read passage by passage (Tab had gone through every marked sentence of every event).
 * A step keeps focus on its button and says the passage it reached.
 */
function PassageSteps({ source, own, at, words, go }: { source?: string; own: readonly { start: number; end: number }[]; at: number | null; words: (m: { start: number; end: number }) => string; go: (at: number) => void }) {
  const here = at === null ? -1 : own.findIndex((m) => m.start <= at && at < m.end);
  const before = here >= 0 ? here - 1 : own.findLastIndex((m) => at !== null && m.end <= at);
  const after = here >= 0 ? here + 1 : own.findIndex((m) => at === null || m.start > at);
  return (
    <nav className="reader-steps" aria-label="This event in the article">
      {/* In a cramped panel, where the top line and the title scroll away, which article this is, in the room
          the steps leave (cut with "…"); shown only: the reader's heading names it to a screen reader. */}
      {source && <span className="reader-steps-source" aria-hidden="true" title={source}>{source}</span>}
      {/* A status: a step says where it went, and the passage's words (focus stays on the button pressed). */}
      <span role="status">
        {/* In a cramped panel "about this event" is heard, not shown: the bar keeps to one line. */}
        {here >= 0 ? `Passage ${here + 1} of ${own.length}` : `${own.length} passages`}<span className="reader-steps-more"> about this event</span>
        {here >= 0 && <span className="visually-hidden">: {words(own[here]!)}</span>}
      </span>
      {/* aria-disabled, not disabled: at the last passage focus stays on "Next" instead of falling to the page. */}
      <button type="button" className="link-button" aria-disabled={before < 0 || undefined} onClick={() => { if (before >= 0) go(own[before]!.start); }}>Previous<span className="reader-steps-more"> passage</span></button>
      <button type="button" className="link-button" aria-disabled={after < 0 || after >= own.length || undefined} onClick={() => { if (after >= 0 && after < own.length) go(own[after]!.start); }}>Next<span className="reader-steps-more"> passage</span></button>
    </nav>
  );
}
