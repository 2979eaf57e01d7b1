/**
 * Lane layout: events sit in horizontal lanes so that labels never overlap; what does not fit joins a
 * cluster that opens as the zoom spreads the events apart. The layout is computed in "world" pixels
 * (base position times zoom factor), so panning reuses it and only zooming recomputes it.
 */

/**
 * One event placed in a lane, in world pixels: the mark spans x0..x1, the label needs x0..x0+w, and may be
 * drawn over x0..x0+room, the free room of its lane up to the next label there (LaneOptions.labelMax).
 */
export type Placed = { index: number; lane: number; x0: number; x1: number; w: number; room: number };
/**
 * Events that did not fit in any lane near x0..x1 (indices into the sorted event list). `left`..`right` is
 * the room its "+N" is drawn in: a little beyond its events, never into its neighbour's (drawnRoom).
 */
export type Cluster = { x0: number; x1: number; indices: number[]; left: number; right: number };
/** The whole layout for one zoom factor. */
export type Layout = { placed: Placed[]; clusters: Cluster[] };

export type LaneOptions = {
  lanes: number;
  /** Room a label needs, in pixels. */
  labelWidth: number;
  /**
   * The most room a label is drawn in where its lane is free up to the next label (labelWidth without it):
   * a title cut after two lines of a 296 px label, with its lane empty for days after it, had shown "Kelly
   * issued new orders to begin arresting and deporting illegal…" (review 25). Placement still reserves
   * labelWidth, so the lanes, the clusters and what fits are as before; only the drawing uses the room.
   */
  labelMax?: number;
  gap: number;
  /** Overflow events closer than this join the same cluster... */
  clusterGap: number;
  /** ...up to this width, so that a long dense stretch reads as several clusters. */
  clusterWidth: number;
  /**
   * Events that share one day's width (spreadSameDay's `group`: the index of the day's first event, -1 for
   * none): what does not fit of one day is one "+N" for that day, however wide the day is drawn, not a row of
   * counts cut every clusterWidth pixels across it.
   */
  group?: ArrayLike<number>;
  /** Index of an event that must get a lane (the selected one). */
  pinned?: number | null;
  /**
   * Which events get a lane first where they crowd (lower first: the story's rank). Without it, the first in
   * time do. With it, the zoom is semantic: zoomed out, a crowded stretch shows its most important events and
   * a "+N" for the rest; zooming in gives the next ranks room.
   */
  priority?: ArrayLike<number>;
};

/**
 * Greedy left-to-right placement. `base0`/`base1` are the events' start/end at zoom 1, sorted by start.
 * Cost is O(events x lanes), a few milliseconds for 10,000 events.
 */
export function layoutLanes(base0: ArrayLike<number>, base1: ArrayLike<number>, k: number, o: LaneOptions): Layout {
  const [xs, xe] = positionsAt(base0, base1, k, o);
  if (o.priority) return layoutByPriority(xs, xe, o, o.priority);
  const ends = new Array<number>(o.lanes).fill(-Infinity);
  const placed: Placed[] = [];
  const clusters: Cluster[] = [];
  let pin: Placed | null = null;
  if (o.pinned != null && o.pinned >= 0 && o.pinned < base0.length) {
    const x0 = xs[o.pinned]!;
    const x1 = xe[o.pinned]!;
    pin = { index: o.pinned, lane: 0, x0, x1, w: Math.max(x1 - x0, o.labelWidth), room: o.labelWidth };
  }
  let current: Cluster | null = null;
  for (let i = 0; i < xs.length; i++) {
    if (pin && i === pin.index) {
      placed.push(pin);
      ends[0] = Math.max(ends[0]!, pin.x0 + pin.w + o.gap);
      continue;
    }
    const x0 = xs[i]!;
    const x1 = xe[i]!;
    const w = Math.max(x1 - x0, o.labelWidth);
    let lane = -1;
    for (let l = 0; l < o.lanes; l++) {
      if (ends[l]! > x0) continue;
      if (l === 0 && pin && x0 < pin.x0 + pin.w + o.gap && x0 + w + o.gap > pin.x0) continue;
      lane = l;
      break;
    }
    if (lane >= 0) {
      ends[lane] = x0 + w + o.gap;
      placed.push({ index: i, lane, x0, x1, w, room: o.labelWidth });
      continue;
    }
    current = joinCluster(clusters, current, i, x0, o);
  }
  freeRoom(placed, o);
  return { placed, clusters: drawnRoom(clusters) };
}

/**
 * Where each event's label starts and its mark ends at zoom k. The events of one shared day (`group`) are
 * spread over the day so that every label starts in it and, once the day is wider than a label, ends in it
 * too: the first at the day's start, the last a label's width before its end, the rest evenly between (a
 * day narrower than a label puts them all at its start, one per lane). Such a label is a point: its mark,
 * the whole day, is drawn apart (EventMark's dayLeft and dayRight).
 */
function positionsAt(base0: ArrayLike<number>, base1: ArrayLike<number>, k: number, o: LaneOptions): [Float64Array, Float64Array] {
  const n = base0.length;
  const xs = new Float64Array(n);
  const xe = new Float64Array(n);
  const g = o.group;
  for (let i = 0; i < n; ) {
    const first = g ? g[i]! : -1;
    if (first < 0) {
      xs[i] = base0[i]! * k;
      xe[i] = Math.max(xs[i]!, base1[i]! * k);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && g![j] === first) j++;
    const day0 = base0[i]! * k;
    const step = j - i > 1 ? Math.max(0, (base1[i]! - base0[i]!) * k - o.labelWidth) / (j - i - 1) : 0;
    for (let r = 0; r < j - i; r++) xs[i + r] = xe[i + r] = day0 + r * step;
    i = j;
  }
  return [xs, xe];
}

/**
 * Each placed label's room: up to the next label in its lane, less the gap, at least labelWidth and at most
 * labelMax. `placed` is in time order, so in each lane in order of x0.
 */
const GROWN_SEP = 18;
function freeRoom(placed: Placed[], o: LaneOptions): void {
  const max = Math.max(o.labelWidth, o.labelMax ?? o.labelWidth);
  const last: (Placed | undefined)[] = new Array(o.lanes);
  for (const p of placed) {
    const prev = last[p.lane];
    // A grown label stops further short of the next than a packed one: 16 px between two titles on one line
    // read as one run-on title.
    if (prev) prev.room = Math.max(o.labelWidth, Math.min(max, p.x0 - o.gap - GROWN_SEP - prev.x0));
    last[p.lane] = p;
  }
  for (const p of last) if (p) p.room = max;
}

/** An overflow event joins the cluster at hand when near enough and the cluster is not too wide yet. */
function joinCluster(clusters: Cluster[], current: Cluster | null, i: number, x0: number, o: LaneOptions): Cluster {
  const g = o.group ? o.group[i]! : -1;
  const sameDay = g >= 0 && current !== null && o.group![current.indices[current.indices.length - 1]!] === g;
  if (current && (sameDay || (x0 <= current.x1 + o.clusterGap && x0 - current.x0 <= o.clusterWidth))) {
    current.x1 = Math.max(current.x1, x0);
    current.indices.push(i);
    return current;
  }
  const next = { x0, x1: x0, indices: [i], left: x0, right: x0 };
  clusters.push(next);
  return next;
}

/** How far a "+N" reaches beyond its events on each side, the least room it needs, and the gap between two. */
export const CLUSTER_PAD = 12;
export const CLUSTER_MIN = 44;
const CLUSTER_SEP = 4;

/**
 * The room each cluster's "+N" is drawn in. A dense stretch is cut into clusters at most clusterWidth wide,
 * so two can lie a pixel apart, and their buttons, each reaching CLUSTER_PAD beyond its events, used to
 * overlap ("+15" over "+15"). Two neighbours too close for that share the gap between them at its middle;
 * where either would be left narrower than a "+N" needs, they are one cluster.
 */
export function drawnRoom(clusters: Cluster[]): Cluster[] {
  const out: Cluster[] = [];
  for (const c of clusters) {
    const left = c.x0 - CLUSTER_PAD;
    const right = Math.max(c.x1 + CLUSTER_PAD, left + CLUSTER_MIN);
    const prev = out[out.length - 1];
    if (!prev || left >= prev.right + CLUSTER_SEP) {
      out.push({ ...c, left, right });
      continue;
    }
    const mid = (prev.x1 + c.x0) / 2;
    if (mid - CLUSTER_SEP / 2 - prev.left >= CLUSTER_MIN && right - (mid + CLUSTER_SEP / 2) >= CLUSTER_MIN) {
      prev.right = mid - CLUSTER_SEP / 2;
      out.push({ ...c, left: mid + CLUSTER_SEP / 2, right });
      continue;
    }
    prev.x1 = Math.max(prev.x1, c.x1);
    prev.right = Math.max(prev.right, right);
    // In place: a long dense stretch may merge thousands of clusters, and copying the list each time is quadratic.
    for (const i of c.indices) prev.indices.push(i);
  }
  return out;
}

/**
 * Placement in priority order: each event, most important first, takes the first lane where its label
 * fits between those already placed (each lane keeps its occupied stretches sorted, found by binary
 * search); what fits nowhere joins a cluster, as in the greedy layout. Placed events are returned in time
 * order, so the marks' order (and the tab order) stays chronological.
 */
function layoutByPriority(xs: Float64Array, xe: Float64Array, o: LaneOptions, priority: ArrayLike<number>): Layout {
  const n = xs.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => priority[a]! - priority[b]! || a - b);
  if (o.pinned != null && o.pinned >= 0 && o.pinned < n) {
    order.splice(order.indexOf(o.pinned), 1);
    order.unshift(o.pinned);
  }
  const starts: number[][] = Array.from({ length: o.lanes }, () => []);
  const stops: number[][] = Array.from({ length: o.lanes }, () => []);
  const placed: Placed[] = [];
  const left: number[] = [];
  for (const i of order) {
    const x0 = xs[i]!;
    const x1 = xe[i]!;
    const w = Math.max(x1 - x0, o.labelWidth);
    const a = x0;
    const b = x0 + w + o.gap;
    let lane = -1;
    let at = 0;
    for (let l = 0; l < o.lanes && lane < 0; l++) {
      const s = starts[l]!;
      // First stretch starting at or after a.
      let lo = 0;
      let hi = s.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (s[mid]! < a) lo = mid + 1; else hi = mid; }
      if ((lo === 0 || stops[l]![lo - 1]! <= a) && (lo === s.length || s[lo]! >= b)) { lane = l; at = lo; }
    }
    if (lane < 0 && i !== o.pinned) { left.push(i); continue; }
    if (lane < 0) { lane = 0; at = starts[0]!.length; }
    starts[lane]!.splice(at, 0, a);
    stops[lane]!.splice(at, 0, b);
    placed.push({ index: i, lane, x0, x1, w, room: o.labelWidth });
  }
  placed.sort((p, q) => p.index - q.index);
  freeRoom(placed, o);
  left.sort((p, q) => p - q);
  const clusters: Cluster[] = [];
  let current: Cluster | null = null;
  for (const i of left) current = joinCluster(clusters, current, i, xs[i]!, o);
  return { placed, clusters: drawnRoom(clusters) };
}

/**
 * The placed events and clusters that show on a screen `width` wide when the world is shifted by `tx`.
 * `f` stretches a layout made at another zoom (made at k, shown at k * f) without placing anything anew:
 * while a zoom gesture goes on, a layout is reused for small zoom steps, and labels' room stays theirs.
 */
export function visible(layout: Layout, tx: number, width: number, f = 1): Layout {
  const lo = -tx;
  const hi = -tx + width;
  if (f === 1) {
    return {
      placed: layout.placed.filter((p) => p.x0 + p.w >= lo && p.x0 <= hi),
      clusters: layout.clusters.filter((c) => c.x1 + 40 >= lo && c.x0 - 40 <= hi),
    };
  }
  const placed: Placed[] = [];
  for (const p of layout.placed) {
    const x0 = p.x0 * f;
    const x1 = p.x1 * f;
    const w = Math.max(x1 - x0, p.w === p.x1 - p.x0 ? 0 : p.w);
    // The room is kept, as a label's own is: a width changed every frame had laid its text out anew each zoom
    // frame. Zooming out, a label may reach into the next for the few frames until the layout is made anew.
    if (x0 + w >= lo && x0 <= hi) placed.push({ index: p.index, lane: p.lane, x0, x1, w, room: p.room });
  }
  const clusters: Cluster[] = [];
  for (const c of layout.clusters) {
    const x0 = c.x0 * f;
    const x1 = c.x1 * f;
    if (x1 + 40 >= lo && x0 - 40 <= hi) clusters.push({ x0, x1, indices: c.indices, left: c.left * f, right: c.right * f });
  }
  return { placed, clusters };
}

/**
 * Base positions of sorted events. Events of the same day share its width: six events on 23 February sit
 * side by side once a day is wide enough, instead of on one point where only as many as there are lanes
 * could ever be seen. Their place in the day is room for a label, not a time of day. With `group`, each
 * keeps the whole day (b0..b1) and `group` marks the events that share it (the index of its first event;
 * -1 for an event alone on its day or a range): layoutLanes spreads their labels over the day at its zoom,
 * every mark draws the whole day, and the overflow is one "+N". Without it, the day is cut into equal slots.
 */
export function spreadSameDay(
  items: ReadonlyArray<{ start: number; end: number; event: { date: { granularity: string } } }>,
  scale: (t: number) => number,
  b0: Float64Array,
  b1: Float64Array,
  group?: Int32Array,
): void {
  // Runs once per first render over every event: no allocation, each field read once per event.
  const count = items.length;
  for (let i = 0; i < count; ) {
    const first = items[i]!;
    const start = first.start;
    const end = first.end;
    let j = i + 1;
    while (j < count) {
      const next = items[j]!;
      if (next.start !== start || next.end !== end) break;
      j++;
    }
    const x0 = scale(start);
    const x1 = scale(end);
    const g = first.event.date.granularity;
    const ranged = g !== 'day' && g !== 'time';
    // Without `group` (no layout to spread them at its zoom), the day is cut into equal slots in story order.
    const slot = ranged || group ? 0 : (x1 - x0) / (j - i);
    for (let n = i; n < j; n++) {
      b0[n] = x0 + (n - i) * slot;
      b1[n] = ranged || group ? x1 : b0[n]! + slot;
      if (group) group[n] = ranged || j - i < 2 ? -1 : i;
    }
    i = j;
  }
}
