/**
 * The axis's marks and "+N" buttons in one order, by where each begins (a mark before a "+N" that begins
 * where it does), for the Tab order and what a screen reader reads in the "Time axis" group. Drawn as two
 * lists, every mark came first and every "+N" after: tabbing past Iraq's last mark (December 2005) jumped
 * back to "+28" in November 2004 (review 24).
 *
 * Each comes with its place and a rank among those at one place: the marks of a day its events share are
 * placed at the day's start and ranked by lane, and the day's "+N" after them (rank Infinity). By their
 * label's slot in the day, Tab had gone up and down the lanes, with the "+N" among them (mn07's 15 November:
 * lane 2, lane 1, "+46", lane 4, lane 3; review 25).
 */
export function byPlace<T>(marks: readonly (readonly [number, number, T])[], clusters: readonly (readonly [number, number, T])[]): T[] {
  const all = [...marks.map((m) => [m[0], m[1], 0, m[2]] as const), ...clusters.map((c) => [c[0], c[1], 1, c[2]] as const)];
  // Stable: marks at one place and rank keep the order they came in (time).
  all.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return all.map((x) => x[3]);
}
