import type { Item } from '../../store/items.ts';

/** Consecutive events with the same displayed date, for the list's date headings. */
export type Group = { label: string; value: string; items: Item[] };

export function groupByDate(items: Item[]): Group[] {
  const groups: Group[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.label === item.dateLabel) last.items.push(item);
    else groups.push({ label: item.dateLabel, value: item.event.date.value, items: [item] });
  }
  return groups;
}

/** The page of `size` events to render: the first page, or the one holding the selected event. */
export function pageStart(total: number, size: number, selectedIndex: number, current: number): number {
  if (selectedIndex < 0 || (selectedIndex >= current && selectedIndex < current + size)) return Math.max(0, Math.min(current, total - 1));
  return Math.floor(selectedIndex / size) * size;
}
