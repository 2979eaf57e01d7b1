import { describe, expect, it } from 'vitest';
import { yearlessFrame } from './yearlessFrame.ts';
import { toItems } from '../store/items.ts';
import { axisTicks, baseScale, breakTicks } from './scale.ts';
import type { OutlineEvent } from '../../schema/outline.ts';

const event = (id: string, value: string) => ({ id, title: id, date: { value, granularity: 'day' }, articles: [], actors: [], sources: 1 }) as unknown as OutlineEvent;

describe('the year-less frame', () => {
  it('is none when every date states its year', () => {
    expect(yearlessFrame(['2017-12-15', '1974'])).toBeNull();
  });
  it('keeps the nominal year when the story names no real year', () => {
    const f = yearlessFrame(['XXXX-12-15', 'XXXX-12-17'])!;
    expect(f.year).toBe(2000);
    expect(f.hidesYear(2000)).toBe(true);
    expect(f.hidesYear(1999)).toBe(false);
  });
  it('comes after every real year the story recalls, in a leap year, and hides every year after them', () => {
    // mn03: "founded Apotex in 1974", the deaths on "15 December" of no stated year.
    const f = yearlessFrame(['1974', 'XXXX-10-28', 'XXXX-12-15'])!;
    expect(f.year).toBe(1976);
    expect(f.hidesYear(1974)).toBe(false);
    expect(f.hidesYear(1975)).toBe(true);
    expect(f.hidesYear(1976)).toBe(true);
    expect(yearlessFrame(['2005', '2005-06', 'XXXX-02-29'])!.year).toBe(2008);
    // A decade ends with its last year.
    expect(yearlessFrame(['199', 'XXXX-07-01'])!.year).toBe(2004);
  });
  it('places the events after the real ones, and the axis prints no year on them', () => {
    const items = toItems({ events: [event('dead', 'XXXX-12-15'), event('founded', '1974'), event('concert', 'XXXX-10-28')] });
    expect(items.map((i) => i.event.id)).toEqual(['founded', 'concert', 'dead']);
    const dead = items.find((i) => i.event.id === 'dead')!;
    expect(new Date(dead.start).getUTCFullYear()).toBe(1976);
    expect(new Date(dead.start).getUTCMonth()).toBe(11);
    // Whole span, 1974 to the frame: real years print, none after 1974 does.
    const frame = yearlessFrame(items.map((i) => i.event.date.value))!;
    const scale = baseScale([Date.UTC(1973, 0, 1), Date.UTC(1977, 0, 1)], 1200);
    const ticks = breakTicks(axisTicks(scale, 1200, -Infinity, frame.hidesYear), scale, frame.gap);
    const labels = ticks.map((t) => t.label).join(' ');
    expect(labels).toMatch(/1974/);
    expect(labels).not.toMatch(/197[5-7]|2000/);
    // Nothing is drawn in 1975, where no time of the story lies; the frame starts with a break.
    expect(ticks.filter((t) => t.time >= Date.UTC(1975, 0, 1) && t.time < Date.UTC(1976, 0, 1))).toEqual([]);
    const brk = ticks.filter((t) => t.brk);
    expect(brk).toHaveLength(1);
    expect(brk[0]).toMatchObject({ label: 'year not stated', time: Date.UTC(1976, 0, 1) });
    expect(ticks.map((t) => t.time)).toEqual([...ticks.map((t) => t.time)].sort((a, b) => a - b));
    // Month ticks in the frame: no January drawn as a new year.
    const months = axisTicks(baseScale([Date.UTC(1976, 6, 1), Date.UTC(1977, 6, 1)], 1200), 1200, -Infinity, frame.hidesYear);
    expect(months.filter((t) => new Date(t.time).getUTCMonth() === 0).every((t) => !t.major)).toBe(true);
  });
});
