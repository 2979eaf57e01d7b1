import { dateWords } from '../../timeline/dates.ts';
import { useEffect, useRef } from 'react';
import { isPlainClick } from '../../store/context.ts';
import type { Item } from '../../store/items.ts';

type Props = {
  items: Item[];
  hrefOf: (id: string) => string;
  onPick: (id: string) => void;
  onClose: () => void;
};

/**
 * The events behind a "+N" that zooming cannot spread (the zoom is at its finest),
 * as a list under the axis: most important first (rank), each a link to the event. Focus moves to the list
 * when it opens; Escape or Close shuts it.
 */
export function ClusterList({ items, hrefOf, onPick, onClose }: Props) {
  const first = useRef<HTMLAnchorElement>(null);
  useEffect(() => { first.current?.focus(); }, [items]);
  const ordered = [...items].sort((a, b) => (a.event.rank ?? Infinity) - (b.event.rank ?? Infinity) || a.start - b.start);
  // Its ends as the "+N" that opened it says them (ClusterMark): each end as its event's mark does.
  const [a, b] = [dateWords(items[0]!.dateLabel, items[0]!.event.date), dateWords(items[items.length - 1]!.dateLabel, items[items.length - 1]!.event.date)];
  const span = a === b ? a : `${a} to ${b}`;
  const label = `${items.length} ${items.length === 1 ? 'event' : 'events'}, ${span}`;
  return (
    <div className="cluster-list" role="region" aria-label={label} onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onClose(); } }}>
      <p className="cluster-list-head">
        <span>{label}</span>
        <button type="button" className="link-button" onClick={onClose}>Close</button>
      </p>
      {/* Ranked, most important first: an ordered list. */}
      <ol>
        {ordered.map((item, i) => (
          <li key={item.event.id}>
            <a
              ref={i === 0 ? first : undefined}
              href={hrefOf(item.event.id)}
              onClick={(e) => { if (isPlainClick(e)) { e.preventDefault(); onPick(item.event.id); } }}
            >
              {item.event.title}
            </a>
            {item.event.key && <span className="key-badge">Key event</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
