/**
 * The axis's marks and "+N" buttons in one order, by where each begins (a mark before a "+N" that begins
 * where it does), for the Tab order and what a screen reader reads in the "Time axis" group. Drawn as two
 * lists, every mark came first and every "+N" after: tabbing past Iraq's last mark (December 2005) jumped
 * back to "+28" in November 2004 (review 24). Both lists come sorted by x.
 */
export function byPlace<T>(marks: readonly (readonly [number, T])[], clusters: readonly (readonly [number, T])[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < marks.length || j < clusters.length) {
    if (j >= clusters.length || (i < marks.length && marks[i]![0] <= clusters[j]![0])) out.push(marks[i++]![1]);
    else out.push(clusters[j++]![1]);
  }
  return out;
}
