import { PublishedDate } from '../PublishedDate/PublishedDate.tsx';
import { useEffect, useMemo, useRef } from 'react';
import { isPlainClick, useHref, useTimeline, useTimelineStoreApi } from '../../store/context.ts';
import { UNKNOWN_OUTLET_LABEL } from '../../store/outlets.ts';
import { selectItems, selectReader, selectStory } from '../../store/selectors.ts';
import { currentRange, segment, type MarkRange } from './segments.ts';
import { revealInScroller } from '../../dom/scroll.ts';

/**
 * One cleaned article, rendered as text only (it is untrusted: React escapes it; no raw HTML anywhere),
 * with every sentence that supports an event marked and linked to that event, and the sentence it was
 * opened at highlighted and scrolled into view.
 */
export function Reader() {
  const store = useTimelineStoreApi();
  const reader = useTimeline(selectReader);
  const story = useTimeline(selectStory);
  const items = useTimeline(selectItems);
  const href = useHref();
  const currentRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const article = reader ? story.articles.find((a) => a.id === reader.articleId) : undefined;
  const titles = useMemo(() => new Map(items.map((i) => [i.event.id, `${i.event.title} (${i.dateLabel})`])), [items]);
  const paragraphs = useMemo(() => {
    if (!article) return [];
    const marks: MarkRange[] = items.flatMap((i) =>
      i.event.mentions.filter((m) => m.articleId === article.id).map((m) => ({ start: m.start, end: m.end, eventId: i.event.id })),
    );
    return segment(article.text, marks, currentRange(article.text, marks, reader?.at ?? null));
  }, [article, items, reader?.at]);

  useEffect(() => {
    if (currentRef.current) {
      revealInScroller(currentRef.current);
      currentRef.current.focus({ preventScroll: true });
    } else headingRef.current?.focus({ preventScroll: true });
  }, [article, reader?.at]);

  if (!reader) return null;
  const close = (e: React.MouseEvent) => { if (isPlainClick(e)) { e.preventDefault(); store.getState().closeReader(); } };
  if (!article) {
    return (
      <section className="reader" aria-label="Reader">
        <p role="alert">This story has no article “{reader.articleId}”.</p>
        <a href={href({ reader: null })} onClick={close}>Close the reader</a>
      </section>
    );
  }
  let currentSeen = false;
  return (
    <section className="reader" aria-label="Reader">
      <div className="details-top">
        <div className="reader-source">{article.publisher ?? UNKNOWN_OUTLET_LABEL} · <PublishedDate published={article.published} /></div>
        <a className="close-link" href={href({ reader: null })} onClick={close}>Close<span className="visually-hidden"> the reader</span></a>
      </div>
      <h2 className="reader-title" tabIndex={-1} ref={headingRef}>{article.title || article.file}</h2>
      {article.url && <p><a className="text-link" href={article.url} target="_blank" rel="noopener noreferrer">Original article ↗<span className="visually-hidden"> (opens in a new tab)</span></a></p>}
      <div className="reader-text">
        {paragraphs.map((p) => (
          <p key={p.start}>
            {p.pieces.map((piece) => {
              if (!piece.mark) return piece.text;
              const first = piece.current && !currentSeen;
              if (piece.current) currentSeen = true;
              const id = piece.mark.eventId;
              const mark = (
                <mark className={piece.current ? 'current' : undefined} ref={first && !id ? currentRef : undefined} tabIndex={first && !id ? -1 : undefined}>
                  {piece.text}
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
                  onClick={(e) => { if (isPlainClick(e)) { e.preventDefault(); store.getState().select(id); } }}
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
