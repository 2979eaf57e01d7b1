import { describe, expect, it } from 'vitest';
import { axisTicks, baseLinear, baseScale, edgeClear, maxZoom, narrowestSpan, paddedDomain, spaced } from './scale.ts';

const DAY = 86_400_000;
const feb = (d: number, h = 0) => Date.UTC(2017, 1, d, h);

describe('the time axis', () => {
  it('pads the extent and never makes it narrower than four days', () => {
    const [a, b] = paddedDomain([feb(23)], [feb(24)])!;
    expect(a).toBeLessThan(feb(23));
    expect(b - a).toBeGreaterThanOrEqual(4 * DAY);
  });
  it('labels ticks from years down to hours as the span shrinks', () => {
    const labels = (from: number, to: number) => axisTicks(baseScale([from, to], 1000), 1000).map((t) => t.label);
    expect(labels(Date.UTC(1990, 0), Date.UTC(2020, 0))[0]).toMatch(/^\d{4}$/);
    expect(labels(Date.UTC(2017, 0), Date.UTC(2017, 11))).toContain('Mar');
    expect(labels(feb(1), feb(20))[0]).toMatch(/^\d{1,2} Feb 2017$/);
    expect(labels(feb(23, 6), feb(23, 18))).toContain('12:00');
  });
  it('prints the year of a day tick once, where it starts and where it changes, not on every month\'s first day', () => {
    // Weekly ticks across New Year: the first tick of 2011 says so, the next ones do not.
    const weeks = axisTicks(baseScale([Date.UTC(2010, 11, 20), Date.UTC(2011, 1, 14)], 1000), 1000).map((t) => t.label);
    expect(weeks.filter((l) => /\d{4}$/.test(l))).toEqual(['26 Dec 2010', '2 Jan 2011']);
    // Every other day across 1 February: the month's first day is marked, without the year.
    const days = axisTicks(baseScale([Date.UTC(2011, 0, 25), Date.UTC(2011, 1, 14)], 1000), 1000);
    expect(days.map((t) => t.label).filter((l) => /\d{4}$/.test(l))).toEqual(['26 Jan 2011']);
    expect(days.find((t) => t.label === '1 Feb')?.major).toBe(true);
  });
  it('never prints the nominal year of a story that states no year', () => {
    const labels = axisTicks(baseScale([Date.UTC(2000, 11, 10), Date.UTC(2000, 11, 28)], 1000), 1000, -Infinity, true).map((t) => t.label);
    expect(labels.length).toBeGreaterThan(3);
    for (const label of labels) expect(label).not.toMatch(/2000/);
    expect(labels[0]).toMatch(/^\d{1,2} Dec$/);
  });
  it('keeps the year of a real date beside days whose year is not stated', () => {
    // "Founded in 1974" in a story whose own days are year-less: only the nominal year's ticks lose it.
    const nominal = (y: number) => y === 2000;
    const labels = axisTicks(baseScale([Date.UTC(1974, 0), Date.UTC(2001, 0)], 1000), 1000, -Infinity, nominal).map((t) => t.label);
    expect(labels).toContain('1974');
    expect(labels).not.toContain('2000');
    const days = axisTicks(baseScale([Date.UTC(2000, 11, 10), Date.UTC(2000, 11, 28)], 1000), 1000, -Infinity, nominal).map((t) => t.label);
    for (const label of days) expect(label).not.toMatch(/2000/);
  });
  it('allows zooming in to a few hours across the width', () => {
    expect(maxZoom([feb(1), feb(2)])).toBe(8);
  });
  it('a story dated to days never shows hour ticks, even at the deepest zoom', () => {
    const domain: [number, number] = [feb(1), feb(21)];
    expect(maxZoom(domain, narrowestSpan(false))).toBe(10);
    expect(maxZoom(domain, narrowestSpan(true))).toBe(160);
    for (const [from, to] of [[feb(22), feb(24)], [feb(23, 6), feb(23, 18)], [feb(23, 1), feb(23, 2)]] as const) {
      const ticks = axisTicks(baseScale([from, to], 1000), 1000, -Infinity, false, true);
      for (const t of ticks) {
        expect(t.label).not.toMatch(/\d\d:\d\d/);
        expect(new Date(t.time).getUTCHours()).toBe(0);
      }
    }
    expect(axisTicks(baseScale([feb(22), feb(25)], 1000), 1000, -Infinity, false, true).map((t) => t.label)).toEqual(['22 Feb 2017', '23 Feb', '24 Feb', '25 Feb']);
  });
});

describe('baseLinear', () => {
  it('places a time exactly where the d3 base scale does', () => {
    const domain: [number, number] = [Date.UTC(2009, 3, 1, 7), Date.UTC(2010, 6, 3, 19)];
    for (const width of [1, 637.5, 1280]) {
      const scale = baseScale(domain, width);
      const linear = baseLinear(domain, width);
      for (let i = 0; i <= 500; i++) {
        const t = domain[0] - 5 * DAY + Math.round((i / 500) * (domain[1] - domain[0] + 10 * DAY));
        expect(linear(t)).toBe(scale(t));
      }
    }
  });
});

describe('spaced tick labels', () => {
  it('blanks a label that would run into the one before it, keeping its grid line', () => {
    const t = (x: number, label: string) => ({ x, time: x, label, major: false });
    const out = spaced([t(0, '14 Sep 2008'), t(60, '21 Sep'), t(120, '28 Sep'), t(180, '5 Oct')]);
    expect(out.map((x) => x.label)).toEqual(['14 Sep 2008', '', '28 Sep', '5 Oct']);
    expect(out).toHaveLength(4);
  });
  it('stops a blanked tick\'s grid line above the labels where it would cross the label before', () => {
    // Finan's 600 px embed: "2 Oct 2008" at 42 reaches about 116 px, and 4 Oct's line at 100 struck its year.
    const t = (x: number, label: string) => ({ x, time: x, label, major: false });
    const out = spaced([t(42, '2 Oct 2008'), t(100, '4 Oct'), t(150, '6 Oct')]);
    expect(out.map((x) => [x.label, x.under ?? false])).toEqual([['2 Oct 2008', false], ['', true], ['6 Oct', false]]);
    // Past the label's end, within the gap kept after it, the line crosses nothing: it stays whole.
    expect(spaced([t(0, '14 Sep 2008'), t(84, '21 Sep')])[1]).toMatchObject({ label: '', under: false });
  });
  it('leaves no two labels of a real axis overlapping (weekly ticks with the year on the first)', () => {
    const scale = baseScale([Date.UTC(2008, 7, 10), Date.UTC(2008, 9, 20)], 1024);
    const ticks = axisTicks(scale, 1024).filter((x) => x.label);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x).toBeGreaterThanOrEqual(ticks[i - 1]!.x + ticks[i - 1]!.label.length * 7);
  });
});

describe('tick labels at the screen\'s edges', () => {
  it('blanks a label an edge would cut, keeps those on screen and those wholly off it', () => {
    const t = (x: number, label: string) => ({ x, time: x, label, major: false });
    const out = edgeClear([t(-300, '15 Jan'), t(-20, '22 Jan'), t(100, '29 Jan'), t(980, '5 Feb'), t(1200, '12 Feb')], 1000);
    expect(out.map((x) => x.label)).toEqual(['15 Jan', '', '29 Jan', '', '12 Feb']);
  });
});

describe('a scale with no domain yet', () => {
  it('has no ticks rather than throwing', () => {
    const scale = baseScale([Number.NaN, Number.NaN], 800);
    expect(() => axisTicks(scale, 800)).not.toThrow();
    expect(axisTicks(scale, 800)).toEqual([]);
  });
});
