import { useEffect, useMemo, useRef, useState } from 'react';
import { useTimeline, useTimelineStoreApi } from '../../store/context.ts';
import { menuCounts } from '../../store/menuCounts.ts';
import { filteredCounts } from '../../store/filteredCounts.ts';
import { rangeOf } from '../../store/dateRange.ts';
import { CLEAR_FILTERS, filtering } from '../../store/items.ts';
import { selectFilters, selectItems, selectOutlets, selectShown, selectStory } from '../../store/selectors.ts';
import { DateRangeFilter, REVERSED_WORDS } from './DateRangeFilter.tsx';

/**
 * Source and actor menus, the event search, "Key events only" (the events the story marks key, the
 * timeline a journalist would keep) and the days From and To (DateRangeFilter), with counts of what
 * choosing each would show under the other filters (filteredCounts.ts); the URL carries them all. The Source menu
 * lists outlets (one per publisher, "Unknown outlet" for articles no one could attribute), never an
 * article's title or opening words, and is left out when it would offer a single choice.
 */
export function Filters() {
  const store = useTimelineStoreApi();
  const outlets = useTimeline(selectOutlets);
  const items = useTimeline(selectItems);
  const shown = useTimeline(selectShown);
  const filters = useTimeline(selectFilters);
  const story = useTimeline(selectStory);
  const texts = useTimeline((s) => s.texts);
  const whole = useMemo(() => menuCounts(story, items, outlets), [story, items, outlets]);
  // Each menu counts what the other filters leave (filteredCounts.ts), as the list and the axis show them.
  const counts = useMemo(() => filteredCounts(items, filters, outlets, whole, texts instanceof Map ? (id) => texts.get(id) : undefined, shown), [items, filters, outlets, whole, texts, shown]);
  const perOutlet = counts.outlets;
  const allActors = useMemo(() => {
    const named = [...counts.actors];
    // The actor chosen stays an option when the other filters leave none of its events.
    if (filters.actor && !counts.actors.has(filters.actor)) named.push([filters.actor, 0]);
    return named.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }, [counts, filters.actor]);
  // A long story names too many people for one menu (Egypt: 1,249, 818 of them once): past MAX_ACTORS the
  // menu keeps those named in two events or more, and the chosen one; the search finds the rest by name.
  const actors = useMemo(() => (allActors.length <= MAX_ACTORS ? allActors : allActors.filter(([name, n]) => n >= 2 || name === filters.actor)), [allActors, filters.actor]);
  const onceLeft = allActors.length - actors.length;
  const set = store.getState().setFilters;
  // A search of spaces still shows "N of N" and "Clear filters", as it did before the dates came.
  const active = !!filters.q || filtering(filters);
  const keyCount = counts.key;
  const keyed = whole.key > 0;
  const count = active ? `${shown.length} of ${items.length} events` : `${items.length} ${items.length === 1 ? 'event' : 'events'}`;
  // A From after To is said with the count: the list is not what the dates ask for.
  const said = useSettled(rangeOf(filters) === 'reversed' ? `${count}. ${REVERSED_WORDS}` : count, SETTLE_MS);
  const search = useRef<HTMLInputElement>(null);
  return (
    <search className="filters" aria-label="Filter events">
      <label className="filter">
        <span className="filter-label">Search</span>
        <input ref={search} type="search" aria-label="Search events" placeholder="Titles, quotes, names" value={filters.q} onChange={(e) => set({ q: e.target.value })} />
      </label>
      {/* One outlet, or none known ("Unknown outlet" for every Timeline17 page): a menu of one choice filters nothing. */}
      {(outlets.outlets.length > 1 || filters.source) && <label className="filter">
        <span className="filter-label">Source</span>
        <select value={outlets.keyOf(filters.source) ?? ''} onChange={(e) => set({ source: e.target.value || null })}>
          <option value="">All sources ({counts.sourcesAll})</option>
          {outlets.outlets.map((o) => (
            <option key={o.key} value={o.key}>{o.label} ({perOutlet.get(o.key) ?? 0})</option>
          ))}
        </select>
      </label>}
      <label className="filter">
        <span className="filter-label">Actor</span>
        <select value={filters.actor ?? ''} onChange={(e) => set({ actor: e.target.value || null })}>
          {/* The count of events, as "All sources (N)" gives: every actor option counts events too. */}
          <option value="">Everyone ({counts.actorsAll})</option>
          {actors.map(([name, n]) => <option key={name} value={name}>{name} ({n})</option>)}
          {onceLeft > 0 && <option disabled value="__once">{onceLeft} more named in one event each: search for them by name</option>}
        </select>
      </label>
      {keyed && (
        <label className="filter filter-key">
          <input type="checkbox" checked={!!filters.key} onChange={(e) => set({ key: e.target.checked })} />
          <span>Key events only ({keyCount})</span>
        </label>
      )}
      <DateRangeFilter items={items} filters={filters} set={set} />
      {/* The count is said once the typing pauses, and only the count (it had said "57 of 3417 events Clear
          filters" on every keystroke); "Clear filters" gives focus back to the search, since it goes away. */}
      <p className="filter-count">
        <span aria-hidden="true">{count}</span>
        <span className="visually-hidden" role="status">{said}</span>
        {active && <button type="button" className="link-button" onClick={() => { set(CLEAR_FILTERS); search.current?.focus(); }}>Clear filters</button>}
      </p>
    </search>
  );
}

/** The most actors the menu lists whole; past it, those named once are left to the search. */
const MAX_ACTORS = 200;

/** How long the count waits for typing to pause before a screen reader is told it. */
const SETTLE_MS = 600;

/** `value` once it has stayed the same for `ms` (the first value at once). */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (value === settled) return;
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, settled, ms]);
  return settled;
}
