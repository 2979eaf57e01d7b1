import { describe, expect, it } from 'vitest';
import { CLUSTER_MIN, layoutLanes, spreadSameDay, visible } from './lanes.ts';

const opts = { lanes: 3, labelWidth: 100, gap: 8, clusterGap: 24, clusterWidth: 60 };

describe('layoutLanes', () => {
  it('stacks events of the same day in different lanes so that labels never overlap', () => {
    const at = [10, 10, 10];
    const { placed, clusters } = layoutLanes(at, at, 1, opts);
    expect(placed.map((p) => p.lane)).toEqual([0, 1, 2]);
    expect(clusters).toEqual([]);
  });
  it('puts what does not fit into a cluster, which opens as the zoom grows', () => {
    const at = [0, 1, 2, 3, 4, 5];
    const packed = layoutLanes(at, at, 1, opts);
    expect(packed.placed).toHaveLength(3);
    expect(packed.clusters[0]!.indices).toEqual([3, 4, 5]);
    const zoomed = layoutLanes(at, at, 60, opts);
    expect(zoomed.clusters).toEqual([]);
    for (let l = 0; l < 3; l++) {
      const inLane = zoomed.placed.filter((p) => p.lane === l).sort((a, b) => a.x0 - b.x0);
      for (let i = 1; i < inLane.length; i++) expect(inLane[i]!.x0).toBeGreaterThanOrEqual(inLane[i - 1]!.x0 + inLane[i - 1]!.w);
    }
  });
  it('never draws two "+N" over each other, however dense the stretch', () => {
    // A dense stretch is cut into clusters at most clusterWidth wide: neighbours share the gap between them
    // or become one, each keeping room for its count.
    const at = Array.from({ length: 400 }, (_, i) => i * 0.7);
    for (const k of [1, 1.5, 3]) {
      for (const layout of [layoutLanes(at, at, k, opts), layoutLanes(at, at, k, { ...opts, priority: at.map((_, i) => (i * 7) % 11) })]) {
        const cs = layout.clusters;
        expect(cs.length).toBeGreaterThan(0);
        for (const c of cs) expect(c.right - c.left).toBeGreaterThanOrEqual(CLUSTER_MIN);
        for (let i = 1; i < cs.length; i++) expect(cs[i]!.left).toBeGreaterThan(cs[i - 1]!.right);
        expect(cs.reduce((n, c) => n + c.indices.length, 0) + layout.placed.length).toBe(at.length);
      }
    }
  });
  it('gives a range event its full width', () => {
    const { placed } = layoutLanes([0], [500], 2, opts);
    expect(placed[0]).toMatchObject({ x0: 0, x1: 1000, w: 1000 });
  });
  it('always places the pinned (selected) event', () => {
    const at = [0, 1, 2, 3, 4, 5];
    const { placed } = layoutLanes(at, at, 1, { ...opts, pinned: 5 });
    expect(placed.some((p) => p.index === 5)).toBe(true);
  });
  // Speed is the bench's business (npm run bench -- viewer); this only catches a quadratic slip, with room
  // for a loaded 2-core machine (100 ms failed at 219 ms while an e2e run shared the cores).
  it('lays out 10,000 events without going quadratic', () => {
    const at = Array.from({ length: 10_000 }, (_, i) => i * 0.1);
    const t = performance.now();
    layoutLanes(at, at, 3, { ...opts, lanes: 5 });
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('visible', () => {
  it('keeps only what intersects the screen', () => {
    const layout = layoutLanes([0, 1000, 5000], [0, 1000, 5000], 1, opts);
    expect(visible(layout, -900, 400).placed.map((p) => p.index)).toEqual([1]);
  });
});

describe('spreadSameDay', () => {
  it('gives each event of one day its own slot of that day, in order', () => {
    const day = (g = 'day', end = 100) => ({ start: 0, end, event: { date: { granularity: g } } });
    const b0 = new Float64Array(3);
    const b1 = new Float64Array(3);
    spreadSameDay([day(), day(), day('week', 700)], (t) => t, b0, b1);
    expect([...b0]).toEqual([0, 50, 0]);
    expect([...b1]).toEqual([50, 100, 700]);
  });
  it('marks the events that share a day, and what does not fit of one day is one cluster', () => {
    const day = (start: number) => ({ start, end: start + 1000, event: { date: { granularity: 'day' } } });
    const items = [day(0), ...Array.from({ length: 40 }, () => day(5000)), day(9000)];
    const b0 = new Float64Array(items.length);
    const b1 = new Float64Array(items.length);
    const group = new Int32Array(items.length);
    spreadSameDay(items, (t) => t, b0, b1, group);
    expect(group[0]).toBe(-1);
    expect(new Set([...group.slice(1, 41)])).toEqual(new Set([1]));
    expect(group[41]).toBe(-1);
    // Each keeps the whole day; the layout spreads their labels over it at its zoom.
    expect([b0[1], b1[1], b0[40], b1[40]]).toEqual([5000, 6000, 5000, 6000]);
    // Drawn 1,000 px wide, the crowded day overflows: one "+N" for the day, not one every 90 px across it.
    const rank = items.map((_, i) => i);
    const laid = layoutLanes(b0, b1, 1, { ...opts, lanes: 2, priority: rank, group, clusterWidth: 90 });
    expect(laid.clusters.length).toBe(1);
    expect(laid.placed.length + laid.clusters[0]!.indices.length).toBe(items.length);
    // Every label of the day starts in it and, the day being wider than a label (100 px), ends in it too.
    const crowded = laid.placed.filter((p) => group[p.index] === 1);
    expect(crowded.length).toBeGreaterThan(4);
    for (const p of crowded) expect([p.x0 >= 5000, p.x0 + p.w <= 6000]).toEqual([true, true]);
    // A day narrower than a label (zoomed out 20 times) puts them all at its start, one per lane.
    const narrow = layoutLanes(b0, b1, 0.05, { ...opts, lanes: 2, priority: rank, group }).placed.filter((p) => group[p.index] === 1);
    expect(new Set(narrow.map((p) => p.x0))).toEqual(new Set([250]));
  });
});

describe('visible, stretched', () => {
  it('shows a layout made at one zoom at another, positions scaled and label room kept', () => {
    const at = [0, 50, 400];
    const layout = layoutLanes(at, [0, 300, 400], 1, opts);
    const stretched = visible(layout, 0, 10_000, 2);
    expect(stretched.placed.map((p) => [p.x0, p.x1, p.w])).toEqual([[0, 0, 100], [100, 600, 500], [800, 800, 100]]);
    expect(visible(layout, 0, 10_000, 1)).toEqual(visible(layoutLanes(at, [0, 300, 400], 1, opts), 0, 10_000));
    expect(visible(layout, -700, 100, 2).placed.map((p) => p.index)).toEqual([2]);
  });
});

describe('layoutLanes by priority (semantic zoom)', () => {
  it('gives a crowded stretch to its most important events, the rest a cluster, in time order', () => {
    const at = [0, 1, 2, 3, 4, 5];
    const rank = [6, 5, 4, 3, 2, 1];
    const packed = layoutLanes(at, at, 1, { ...opts, priority: rank });
    expect(packed.placed.map((p) => p.index)).toEqual([3, 4, 5]);
    expect(packed.clusters[0]!.indices).toEqual([0, 1, 2]);
    // Zoomed in, every event has room again, and no two labels in a lane overlap.
    const zoomed = layoutLanes(at, at, 60, { ...opts, priority: rank });
    expect(zoomed.clusters).toEqual([]);
    for (let l = 0; l < 3; l++) {
      const inLane = zoomed.placed.filter((p) => p.lane === l).sort((a, b) => a.x0 - b.x0);
      for (let i = 1; i < inLane.length; i++) expect(inLane[i]!.x0).toBeGreaterThanOrEqual(inLane[i - 1]!.x0 + inLane[i - 1]!.w);
    }
  });
  it('still places the pinned event first', () => {
    const at = [0, 1, 2, 3, 4, 5];
    const { placed } = layoutLanes(at, at, 1, { ...opts, priority: [1, 2, 3, 4, 5, 6], pinned: 5 });
    expect(placed.some((p) => p.index === 5)).toBe(true);
  });
  it('lays out 10,000 ranked events without going quadratic', () => {
    const at = Array.from({ length: 10_000 }, (_, i) => i * 0.1);
    const rank = at.map((_, i) => (i * 7919) % 10_000);
    const t = performance.now();
    layoutLanes(at, at, 3, { ...opts, lanes: 5, priority: rank });
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('the room a label is drawn in (labelMax)', () => {
  // Three events in one lane (a lane of their own each time, lanes: 1): 0, 150 and 600 at zoom 1.
  const at = [0, 150, 600];
  const one = { ...opts, lanes: 1 };
  it('takes its lane up to the next label, short of it by more than a packed label, at most labelMax', () => {
    const { placed } = layoutLanes(at, at, 1, { ...one, labelMax: 300 });
    // 150 - 8 - 18 = 124; 600 - 8 - 18 - 150 = 424, capped at 300; the last label has nothing after it.
    expect(placed.map((p) => p.room)).toEqual([124, 300, 300]);
    const ranked = layoutLanes(at, at, 1, { ...one, labelMax: 300, priority: [3, 2, 1] });
    expect(ranked.placed.map((p) => p.room)).toEqual([124, 300, 300]);
  });
  it('never takes less than labelWidth, and without labelMax it is labelWidth', () => {
    const close = layoutLanes([0, 110, 220], [0, 110, 220], 1, { ...one, labelMax: 300 });
    expect(close.placed.map((p) => p.room)).toEqual([100, 100, 300]);
    expect(layoutLanes(at, at, 1, one).placed.map((p) => p.room)).toEqual([100, 100, 100]);
  });
  it('is kept by a layout stretched for a zoom step, as the label\'s own room is', () => {
    const layout = layoutLanes(at, at, 1, { ...one, labelMax: 300 });
    for (const f of [0.9, 1.2]) expect(visible(layout, 0, 10_000, f).placed.map((p) => p.room)).toEqual([124, 300, 300]);
  });
});
