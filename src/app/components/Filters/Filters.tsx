import { useMemo } from 'react';
import { useTimeline, useTimelineStoreApi } from '../../store/context.ts';
import { facetCounts } from '../../store/items.ts';
import { selectFilters, selectItems, selectShown, selectStory } from '../../store/selectors.ts';

/** Source and actor menus and the event search, with counts; the URL carries all three. */
export function Filters() {
  const store = useTimelineStoreApi();
  const story = useTimeline(selectStory);
  const items = useTimeline(selectItems);
  const shown = useTimeline(selectShown);
  const filters = useTimeline(selectFilters);
  const counts = useMemo(() => facetCounts(items), [items]);
  const actors = useMemo(() => [...counts.actors].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])), [counts]);
  const set = store.getState().setFilters;
  const active = filters.source || filters.actor || filters.q;
  return (
    <search className="filters" aria-label="Filter events">
      <label className="filter">
        <span className="filter-label">Search</span>
        <input type="search" aria-label="Search events" placeholder="Words in titles, quotes, names" value={filters.q} onChange={(e) => set({ q: e.target.value })} />
      </label>
      <label className="filter">
        <span className="filter-label">Source</span>
        <select value={filters.source ?? ''} onChange={(e) => set({ source: e.target.value || null })}>
          <option value="">All sources ({story.articles.length})</option>
          {story.articles.map((a) => (
            <option key={a.id} value={a.id}>{a.publisher ?? a.title} ({counts.sources.get(a.id) ?? 0})</option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="filter-label">Actor</span>
        <select value={filters.actor ?? ''} onChange={(e) => set({ actor: e.target.value || null })}>
          <option value="">Everyone ({actors.length})</option>
          {actors.map(([name, n]) => <option key={name} value={name}>{name} ({n})</option>)}
        </select>
      </label>
      <p className="filter-count" role="status">
        {active ? `${shown.length} of ${items.length} events` : `${items.length} ${items.length === 1 ? 'event' : 'events'}`}
        {active && <button type="button" className="link-button" onClick={() => set({ source: null, actor: null, q: '' })}>Clear filters</button>}
      </p>
    </search>
  );
}
