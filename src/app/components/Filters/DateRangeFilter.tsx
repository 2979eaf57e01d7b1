import { useId, useMemo } from 'react';
import { offersRange, rangeOf, storyDays, unplacedWords, validDay } from '../../store/dateRange.ts';
import type { Filters, Item } from '../../store/items.ts';

type Props = {
  items: readonly Item[];
  filters: Filters;
  set: (patch: Partial<Filters>) => void;
};

/** What the filter bar and its status say of a From after To (dateRange.ts: such a range is not applied). */
export const REVERSED_WORDS = '“From” is after “To”, so the dates are not applied.';

/**
 * "From" and "To": two native date inputs, each optional (the browser's own keyboard entry and picker,
 * which screen readers know). Their min and max are the first and last day of the story's dates, recalls
 * included (a journalist may want the 1918 pandemic the H1N1 story recalls); once one is set, the other's
 * picker starts no earlier or later than it. Both are described by what a range hides besides the days
 * outside it (year-less and undated events, shown as text beside the inputs while a range applies) and, when
 * From is after To, by the message that says so; the inputs are then marked invalid.
 * A value the filters cannot use (a half-typed date) is no bound: the input clears that side.
 * Left out when a range could tell no two events apart (offersRange), unless the address sets one.
 */
export function DateRangeFilter({ items, filters, set }: Props) {
  const id = useId();
  const days = useMemo(() => storyDays(items), [items]);
  const unplaced = unplacedWords(days);
  const range = rangeOf(filters);
  const reversed = range === 'reversed';
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  if (!offersRange(days) && !filters.from && !filters.to) return null;
  const describedBy = [reversed ? errorId : '', unplaced ? hintId : ''].filter(Boolean).join(' ') || undefined;
  const common = { 'aria-describedby': describedBy, 'aria-invalid': reversed || undefined } as const;
  return (
    <div className="filter-dates" role="group" aria-label="Dates">
      <label className="filter">
        <span className="filter-label">From</span>
        <input type="date" value={filters.from ?? ''} min={days.min ?? undefined} max={filters.to ?? days.max ?? undefined} onChange={(e) => set({ from: validDay(e.target.value) })} {...common} />
      </label>
      <label className="filter">
        <span className="filter-label">To</span>
        <input type="date" value={filters.to ?? ''} min={filters.from ?? days.min ?? undefined} max={days.max ?? undefined} onChange={(e) => set({ to: validDay(e.target.value) })} {...common} />
      </label>
      {reversed && <p id={errorId} className="filter-error">{REVERSED_WORDS}</p>}
      {/* Always there to describe the inputs; on screen only while a range applies, when it is true of the list. */}
      {unplaced && <p id={hintId} className={range && !reversed ? 'filter-hint' : 'visually-hidden'}>{unplaced}</p>}
    </div>
  );
}
