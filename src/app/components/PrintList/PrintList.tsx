import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTimeline } from '../../store/context.ts';
import { selectFilters, selectItems, selectOutlets, selectReader, selectSelected, selectShown, selectStory } from '../../store/selectors.ts';
import { dateWords } from '../../timeline/dates.ts';
import { filterWords } from './filterWords.ts';
import { sourceWords } from './sourceWords.ts';

/**
 * The timeline as a dated list with sources, for paper. Rendered only while printing (beforeprint), so a
 * 10,000-event story does not keep 10,000 hidden rows in the page; not while an event or the reader is open,
 * which print instead.
 */
export function PrintList() {
  const [printing, setPrinting] = useState(false);
  const shown = useTimeline(selectShown);
  const story = useTimeline(selectStory);
  const filters = useTimeline(selectFilters);
  const total = useTimeline(selectItems).length;
  const outlets = useTimeline(selectOutlets);
  // An open event or article prints in place of the list (print.css, .app--open).
  const open = useTimeline((s) => selectSelected(s) !== null || selectReader(s) !== null);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    // Print media emulation (tests, some browsers' previews) changes the media query without the events.
    const media = window.matchMedia('print');
    const change = () => setPrinting(media.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media.removeEventListener('change', change);
    };
  }, []);
  if (!printing || open) return null;
  const articles = new Map(story.articles.map((a) => [a.id, a]));
  const source = filters.source ? outlets.outlets.find((o) => o.key === outlets.keyOf(filters.source))?.label ?? null : null;
  // Paper keeps no filter bar: the list says what it was printed with (it had read as the whole story).
  const filtered = filterWords(filters, shown.length, total, source);
  return (
    <section className="print-list" aria-label="Dated list for print">
      {filtered && <p className="print-filters">Printed with filters: {filtered}</p>}
      <ol>
        {shown.map((item) => (
          <li key={item.event.id}>
            <p className="print-date">{dateWords(item.dateLabel, item.event.date)}</p>
            <p className="print-title">{item.event.title}</p>
            <p className="print-sources">Sources: {sourceWords(item.event.articles, articles)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
