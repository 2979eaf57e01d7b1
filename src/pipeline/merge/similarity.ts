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
  /** Results of the `similar` calls under way, stacked (a callback may itself call `similar`). */
  private resJ: Int32Array;
  private resS: Float64Array;
  private top = 0;
  /** `similar`'s `fits` answers by group (indexed by `after`'s values, which are below the candidates' count), by stamp. */
  private asked: Int32Array | null = null;
  private fit: Uint8Array | null = null;
  private askStamp = 0;
  /** Key marks for `pair`, by stamp: no Set per call. */
  private mark: Int32Array;
  private stamp = 0;

  constructor(cands: readonly Candidate[]) {
    const ids = new Map<string, number>();
    const df: number[] = [];
    const n = cands.length;
    // Plain loops: typed-array .from with a map function and .reduce cost a call per key.
    // A key repeated in a sentence counts as often as it occurs (document frequency counts occurrences too).
    this.keyIds = new Array<Int32Array>(n);
    for (let c = 0; c < n; c++) {
      const keys = cands[c]!.keys;
      const out = new Int32Array(keys.length);
      for (let x = 0; x < keys.length; x++) {
        const k = keys[x]!;
        let id = ids.get(k);
        if (id === undefined) { ids.set(k, (id = df.length)); df.push(0); }
        df[id]!++;
        out[x] = id;
      }
      this.keyIds[c] = out;
    }
    this.w2 = new Float64Array(df.length);
    for (let k = 0; k < df.length; k++) this.w2[k] = Math.log(1 + n / df[k]!) ** 2;
    this.norms = new Float64Array(n);
    for (let c = 0; c < n; c++) {
      let sum = 0;
      const ks = this.keyIds[c]!;
      for (let x = 0; x < ks.length; x++) sum += this.w2[ks[x]!]!;
      this.norms[c] = Math.sqrt(sum) || 1;
    }
    this.postings = df.map(() => []);
    this.maxPosting = Math.max(50, Math.ceil(n * 0.01));
    this.dots = new Float64Array(n);
    this.touched = new Int32Array(n);
    this.resJ = new Int32Array(Math.max(16, n));
    this.resS = new Float64Array(Math.max(16, n));
    this.mark = new Int32Array(df.length);
  }

  /** Make candidate i findable by `similar`. */
  add(i: number): void {
    const ks = this.keyIds[i]!;
    for (let x = 0; x < ks.length; x++) this.postings[ks[x]!]!.push(i);
  }

  /**
   * Calls `f(j, cosine)` for every added candidate j != i sharing a useful key with candidate i, in the order
   * they were first reached, skipping those below `min` (a caller that could never use them says so).
   * With `after`, only candidates j with after[j] > `above` are considered at all (merge's second pass looks
   * only at later dated groups): the others are never scored, and the rest come in the same order with the
   * same cosines as without it. With `fits` too, a candidate j is considered only when fits(after[j]) (asked
   * once per value of after[j] and call): merge's second pass skips, unscored, the groups whose dates could
   * never join (nine in ten of the pairs it scored on the Timeline17 topics).
   */
  similar(i: number, f: (j: number, sim: number) => void, min = 0, after: Int32Array | null = null, above = 0, fits: ((g: number) => boolean) | null = null): void {
    const dots = this.dots;
    const touched = this.touched;
    let n = 0;
    let asked = this.asked;
    let fit = this.fit;
    let stamp = 0;
    if (fits !== null) {
      if (asked === null || fit === null) {
        this.asked = asked = new Int32Array(this.dots.length);
        this.fit = fit = new Uint8Array(this.dots.length);
      }
      stamp = ++this.askStamp;
    }
    // Indexed loops: a for-of over a typed array or an array allocates an iterator until the function is
    // optimized, and a build calls this about 100,000 times.
    const ks = this.keyIds[i]!;
    const postings = this.postings;
    const w2 = this.w2;
    const maxPosting = this.maxPosting;
    for (let x = 0; x < ks.length; x++) {
      const k = ks[x]!;
      const p = postings[k]!;
      const len = p.length;
      if (len > maxPosting) continue;
      const w = w2[k]!;
      if (after === null) {
        for (let y = 0; y < len; y++) {
          const j = p[y]!;
          if (j === i) continue;
          if (dots[j] === 0) touched[n++] = j;
          dots[j] += w;
        }
      } else if (fits === null) {
        for (let y = 0; y < len; y++) {
          const j = p[y]!;
          if (j === i || after[j]! <= above) continue;
          if (dots[j] === 0) touched[n++] = j;
          dots[j] += w;
        }
      } else {
        for (let y = 0; y < len; y++) {
          const j = p[y]!;
          const g = after[j]!;
          if (j === i || g <= above) continue;
          // `fits` asked once per group and call (the stamp marks its answer as this call's).
          if (asked![g] !== stamp) {
            asked![g] = stamp;
            fit![g] = fits(g) ? 1 : 0;
          }
          if (fit![g] === 0) continue;
          if (dots[j] === 0) touched[n++] = j;
          dots[j] += w;
        }
      }
    }
    const ni = this.norms[i]!;
    // Reset the scratch before calling out, so a callback may itself call `similar`.
    const base = this.top;
    if (base + n > this.resJ.length) this.grow(base + n);
    const resJ = this.resJ;
    const resS = this.resS;
    const norms = this.norms;
    let m = 0;
    for (let x = 0; x < n; x++) {
      const j = touched[x]!;
      const sim = dots[j]! / (ni * norms[j]!);
      dots[j] = 0;
      if (sim < min) continue;
      resJ[base + m] = j;
      resS[base + m] = sim;
      m++;
    }
    this.top = base + m;
    try {
      // Read through `this`: a nested call may have grown the buffers.
      for (let x = base; x < base + m; x++) f(this.resJ[x]!, this.resS[x]!);
    } finally {
      this.top = base;
    }
  }

  private grow(size: number): void {
    const j = new Int32Array(size * 2);
    const s = new Float64Array(size * 2);
    j.set(this.resJ.subarray(0, this.top));
    s.set(this.resS.subarray(0, this.top));
    this.resJ = j;
    this.resS = s;
  }

  pair(i: number, j: number): number {
    const mark = this.mark;
    const stamp = ++this.stamp;
    const kj = this.keyIds[j]!;
    for (let x = 0; x < kj.length; x++) mark[kj[x]!] = stamp;
    let d = 0;
    const ki = this.keyIds[i]!;
    for (let x = 0; x < ki.length; x++) if (mark[ki[x]!] === stamp) d += this.w2[ki[x]!]!;
    return d / (this.norms[i]! * this.norms[j]!);
  }
}
