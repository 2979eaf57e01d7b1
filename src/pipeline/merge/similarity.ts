/**
 * Sentence similarity for merging: cosine over content-word stems weighted by inverse document frequency
 * across the story's candidate sentences, so "Videgaray" and "deport" count and "officials" barely does.
 * An inverted index keeps it near-linear on a 370-article story: keys are interned to integers once, each
 * sentence's squared weights and norm are computed once, and a lookup accumulates dot products in a dense
 * scratch array (no per-call maps).
 */
import type { Candidate } from '../events/candidates.ts';

export class SimilarityIndex {
  /** Interned key ids of each candidate, in order, repeats kept. */
  private keyIds: Int32Array[];
  /** Squared idf weight of each key id. */
  private w2: Float64Array;
  private norms: Float64Array;
  private postings: number[][];
  /** Keys in more sentences than this carry no signal and would make lookups quadratic. */
  private maxPosting: number;
  private dots: Float64Array;
  private touched: Int32Array;

  constructor(cands: readonly Candidate[]) {
    const ids = new Map<string, number>();
    const df: number[] = [];
    // A key repeated in a sentence counts as often as it occurs (document frequency counts occurrences too).
    this.keyIds = cands.map((c) => Int32Array.from(c.keys, (k) => {
      let id = ids.get(k);
      if (id === undefined) { ids.set(k, (id = df.length)); df.push(0); }
      df[id]!++;
      return id;
    }));
    const n = cands.length;
    this.w2 = Float64Array.from(df, (d) => Math.log(1 + n / d) ** 2);
    this.norms = Float64Array.from(this.keyIds, (ks) => Math.sqrt(ks.reduce((s, k) => s + this.w2[k]!, 0)) || 1);
    this.postings = df.map(() => []);
    this.maxPosting = Math.max(50, Math.ceil(n * 0.01));
    this.dots = new Float64Array(n);
    this.touched = new Int32Array(n);
  }

  /** Make candidate i findable by `similar`. */
  add(i: number): void {
    for (const k of this.keyIds[i]!) this.postings[k]!.push(i);
  }

  /** Calls `f(j, cosine)` for every added candidate j != i sharing a useful key with candidate i. */
  similar(i: number, f: (j: number, sim: number) => void): void {
    const dots = this.dots;
    const touched = this.touched;
    let n = 0;
    for (const k of this.keyIds[i]!) {
      const p = this.postings[k]!;
      if (p.length > this.maxPosting) continue;
      const w = this.w2[k]!;
      for (const j of p) {
        if (j === i) continue;
        if (dots[j] === 0) touched[n++] = j;
        dots[j] += w;
      }
    }
    const ni = this.norms[i]!;
    // Reset the scratch before calling out, so a callback may itself call `similar`.
    const found: Array<[number, number]> = [];
    for (let x = 0; x < n; x++) {
      const j = touched[x]!;
      found.push([j, dots[j]! / (ni * this.norms[j]!)]);
      dots[j] = 0;
    }
    for (const [j, s] of found) f(j, s);
  }

  pair(i: number, j: number): number {
    const b = new Set(this.keyIds[j]);
    let d = 0;
    for (const k of this.keyIds[i]!) if (b.has(k)) d += this.w2[k]!;
    return d / (this.norms[i]! * this.norms[j]!);
  }
}
