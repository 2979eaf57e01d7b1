import { describe, expect, it } from 'vitest';
import { groupByDate, pageStart } from './groups.ts';
import type { Item } from '../../store/items.ts';

const item = (id: string, dateLabel: string) => ({ event: { id, date: { value: dateLabel } }, dateLabel }) as unknown as Item;

describe('the event list', () => {
  it('groups consecutive events of the same date under one heading', () => {
    const groups = groupByDate([item('a', 'Tuesday'), item('b', 'Thursday'), item('c', 'Thursday')]);
    expect(groups.map((g) => [g.label, g.items.length])).toEqual([['Tuesday', 1], ['Thursday', 2]]);
  });
  it('pages to the selected event and stays put otherwise', () => {
    expect(pageStart(1000, 100, -1, 0)).toBe(0);
    expect(pageStart(1000, 100, 450, 0)).toBe(400);
    expect(pageStart(1000, 100, 450, 400)).toBe(400);
  });
});
