/**
 * TempEval-3 Task A timex scoring, as the official scorer computes it: system and gold expressions are
 * paired one to one by overlap (relaxed match) and counted as strict when the extents are identical.
 * Value and type accuracy are taken over the relaxed pairs; value F1 = value accuracy x relaxed F1.
 */

export interface Span { start: number; end: number; type: string; value: string }

export interface Counts {
  gold: number;
  system: number;
  /** Pairs of overlapping gold and system expressions (relaxed matches). */
  relaxed: number;
  /** Pairs with identical extents. */
  strict: number;
  valueMatch: number;
  typeMatch: number;
}

export interface PRF { p: number; r: number; f1: number }

export interface Metrics {
  relaxed: PRF;
  strict: PRF;
  valueAccuracy: number;
  typeAccuracy: number;
  valueF1: number;
  typeF1: number;
  counts: Counts;
}

export const ZERO: Counts = { gold: 0, system: 0, relaxed: 0, strict: 0, valueMatch: 0, typeMatch: 0 };

const overlap = (a: Span, b: Span) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * Pair gold and system spans one to one: each gold span, in text order, takes the free overlapping
 * system span with the largest overlap. "Sunday morning" (gold) and "Sunday" (system) pair.
 */
export function pairSpans<G extends Span, S extends Span>(gold: G[], system: S[]): [G, S][] {
  const used = new Set<number>();
  const pairs: [G, S][] = [];
  const sys = system.map((s, i) => ({ s, i })).sort((a, b) => a.s.start - b.s.start);
  for (const g of [...gold].sort((a, b) => a.start - b.start)) {
    let best: { s: S; i: number } | null = null;
    let bestOv = 0;
    for (const c of sys) {
      if (c.s.start >= g.end) break;
      if (used.has(c.i)) continue;
      const ov = overlap(g, c.s);
      if (ov > bestOv) { best = c; bestOv = ov; }
    }
    if (best) { used.add(best.i); pairs.push([g, best.s]); }
  }
  return pairs;
}

/** Counts for one document. */
export function countDoc(gold: Span[], system: Span[]): Counts {
  const pairs = pairSpans(gold, system);
  return {
    gold: gold.length,
    system: system.length,
    relaxed: pairs.length,
    strict: pairs.filter(([g, s]) => g.start === s.start && g.end === s.end).length,
    valueMatch: pairs.filter(([g, s]) => g.value === s.value).length,
    typeMatch: pairs.filter(([g, s]) => g.type === s.type).length,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    gold: a.gold + b.gold, system: a.system + b.system, relaxed: a.relaxed + b.relaxed, strict: a.strict + b.strict,
    valueMatch: a.valueMatch + b.valueMatch, typeMatch: a.typeMatch + b.typeMatch,
  };
}

function prf(match: number, system: number, gold: number): PRF {
  const p = system ? match / system : 0;
  const r = gold ? match / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Pooled figures over all documents (micro-averaged, as the official scorer does). */
export function metrics(c: Counts): Metrics {
  const relaxed = prf(c.relaxed, c.system, c.gold);
  const strict = prf(c.strict, c.system, c.gold);
  const valueAccuracy = c.relaxed ? c.valueMatch / c.relaxed : 0;
  const typeAccuracy = c.relaxed ? c.typeMatch / c.relaxed : 0;
  return { relaxed, strict, valueAccuracy, typeAccuracy, valueF1: valueAccuracy * relaxed.f1, typeF1: typeAccuracy * relaxed.f1, counts: c };
}
