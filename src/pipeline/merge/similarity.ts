/**
 * Sentence similarity for merging: cosine over content-word stems weighted by inverse document frequency
 * across the story's candidate sentences, so "Videgaray" and "deport" count and "officials" barely does.
 * An inverted index keeps it near-linear on a 370-article story.
 */
import type { Candidate } from '../events/candidates.ts';

export class SimilarityIndex {
  private idf = new Map<string, number>();
  private norms: number[];
  private postings = new Map<string, number[]>();
  /** Keys in more sentences than this carry no signal and would make lookups quadratic. */
  private maxPosting: number;

  private readonly cands: readonly Candidate[];

  constructor(cands: readonly Candidate[]) {
    this.cands = cands;
    const df = new Map<string, number>();
    for (const c of cands) for (const k of c.keys) df.set(k, (df.get(k) ?? 0) + 1);
    const n = cands.length;
    for (const [k, d] of df) this.idf.set(k, Math.log(1 + n / d));
    this.norms = cands.map((c) => Math.sqrt(c.keys.reduce((s, k) => s + this.idf.get(k)! ** 2, 0)) || 1);
    this.maxPosting = Math.max(50, Math.ceil(n * 0.01));
  }

  /** Make candidate i findable by `similar`. */
  add(i: number): void {
    for (const k of this.cands[i]!.keys) {
      let p = this.postings.get(k);
      if (!p) this.postings.set(k, (p = []));
      p.push(i);
    }
  }

  /** Cosine similarity of candidate i with every added candidate sharing a useful key. */
  similar(i: number): Map<number, number> {
    const dots = new Map<number, number>();
    for (const k of this.cands[i]!.keys) {
      const p = this.postings.get(k);
      if (!p || p.length > this.maxPosting) continue;
      const w = this.idf.get(k)! ** 2;
      for (const j of p) if (j !== i) dots.set(j, (dots.get(j) ?? 0) + w);
    }
    for (const [j, d] of dots) dots.set(j, d / (this.norms[i]! * this.norms[j]!));
    return dots;
  }

  pair(i: number, j: number): number {
    const a = this.cands[i]!.keys;
    const b = new Set(this.cands[j]!.keys);
    let d = 0;
    for (const k of a) if (b.has(k)) d += this.idf.get(k)! ** 2;
    return d / (this.norms[i]! * this.norms[j]!);
  }
}
