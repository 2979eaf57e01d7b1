/**
 * Grouping candidate sentences into happenings. Sentences that state dates join a group only when their
 * dates agree (equal, or one inside the other: "earlier this week" and "on Tuesday"), so two happenings on
 * different days never merge; sentences without a date join the group of the happening they elaborate
 * ("made his remarks in a joint news conference" joins "said Thursday in Mexico's capital").
 */
import type { Candidate, OwnDate } from '../events/candidates.ts';
import { nested } from '../events/dates.ts';
import { SimilarityIndex } from './similarity.ts';

export interface Group {
  members: number[];
  /** Own dates of the members that state one. */
  dates: OwnDate[];
}

/**
 * A group is judged by its core, its first CORE members, not by whichever member a newcomer happens to
 * resemble: single-link joining chains distinct same-day happenings into one giant event (a 370-article
 * story grew events of 150 mentions). A near-duplicate (the same wire sentence in another outlet) of any
 * member still joins.
 */
export const CORE = 3;
export const NEAR_DUPLICATE = 0.7;

/**
 * Similarity a sentence needs to join a group; higher when dates only nest instead of being equal. A
 * sentence with no date and no narrative date joins on its words alone, the weakest link: it needs 0.4
 * (from 0.3; measured with npm run eval: gold core dates 0.65 -> 0.66, all-event 0.71 -> 0.72, junk 0.08 -> 0,
 * coverage 0.88 -> 0.86, SemEval accuracy of covered 0.74 -> 0.76 with the same rows right; 0.45 gives the same).
 * `continuation`: a group dated by the sentence just before it in its paragraph joins that sentence's group at
 * this similarity (index.ts; 0 added 3 over-merges on the gold stories, 0.025 one, 0.1 joined almost nothing).
 */
export const THRESHOLDS = { sameDate: 0.2, sameStatedDay: 0.05, nestedDate: 0.45, nestedStated: 0.15, undated: 0.4, continuation: 0.05 } as const;

/** No sentence joins a group below this: lower similarities need not be reported at all. */
const MIN_JOIN = Math.min(THRESHOLDS.sameDate, THRESHOLDS.nestedDate, THRESHOLDS.undated);

/**
 * `hints` are the narrative dates of undated sentences: such a sentence may join a group only if the hint
 * agrees with the group's dates ("The President had termed the new efforts ... a military operation", told
 * on Thursday, does not join Tuesday's "DHS issued new orders" however many words they share).
 * `published` marks a hint that is only the day the sentence's page states it was published: two such
 * sentences of different days are two happenings (a March 27 "EADS has won a contract to supply the RAF with
 * tankers" is not the March 1 "EADS defeated Boeing for a contract to supply the USAF with tankers"), however
 * many words they share. SemEval-2015 accuracy of covered 0.812 -> 0.828 (53 of 64); Timeline17 AR-1 and AR-2
 * within 0.0002; the gold stories, whose pages state no day, unchanged. Holding every narrative hint apart
 * this way (not only the page's day) gave 0.828 too, but gold core dates 0.784 -> 0.774, over-merges
 * 1.38 -> 1.46 and Timeline17 iraq's AR-2 below its baseline.
 */
export function clusterCandidates(cands: readonly Candidate[], hints: ReadonlyArray<{ value: string; published?: boolean } | null>): { groups: Group[]; groupOf: Int32Array; index: SimilarityIndex } {
  const index = new SimilarityIndex(cands);
  const groupOf = new Int32Array(cands.length).fill(-1);
  /** Position of each placed sentence in its group: below CORE, it is part of the group's core. */
  const rank = new Int32Array(cands.length);
  const groups: Group[] = [];
  // Sentences telling two happenings are narrative anchors only, never mentions.
  const order = cands.map((_, i) => i).filter((i) => !cands[i]!.excluded);
  // Dated sentences first, so an undated one meets every dated group it could belong to.
  order.sort((a, b) => Number(cands[a]!.own === null) - Number(cands[b]!.own === null) || a - b);
  // The threshold of a group for the sentence being placed, computed once per group (its dates do not
  // change while one sentence looks): seenFor[g] === i marks needOf[g] as current; NaN stands for null.
  const seenFor = new Int32Array(cands.length).fill(-1);
  const needOf = new Float64Array(cands.length);
  /** The days of publication that date a group's undated members (see `published` below). */
  const pageDays: string[][] = [];
  for (const i of order) {
    const c = cands[i]!;
    let best = -1;
    let bestSim = 0;
    index.similar(i, (j, sim) => {
      const g = groupOf[j]!;
      if (g < 0 || sim <= bestSim) return;
      if (rank[j]! >= CORE && sim < NEAR_DUPLICATE) return;
      if (seenFor[g] !== i) {
        seenFor[g] = i;
        needOf[g] = (!c.own && hints[i]?.published && pageDays[g]!.some((h) => !nested(h, hints[i]!.value)) ? null : threshold(c.own ?? hints[i] ?? null, groups[g]!, !c.own)) ?? NaN;
      }
      const need = needOf[g]!;
      if (sim >= need) {
        best = g;
        bestSim = sim;
      }
    }, MIN_JOIN);
    if (best < 0) {
      best = groups.length;
      groups.push({ members: [], dates: [] });
      pageDays.push([]);
    }
    if (!c.own && hints[i]?.published) pageDays[best]!.push(hints[i]!.value);
    rank[i] = groups[best]!.members.length;
    groups[best]!.members.push(i);
    if (c.own) groups[best]!.dates.push(c.own);
    groupOf[i] = best;
    index.add(i);
  }
  return { groups, groupOf, index };
}

/** The similarity needed to join, or null when the dates make it impossible. */
function threshold(own: Pick<OwnDate, 'value'> | null, g: Group, undated: boolean): number | null {
  if (!own) return THRESHOLDS.undated;
  let equal = true;
  for (const d of g.dates) {
    if (d.value === own.value) continue;
    if (!nested(d.value, own.value)) return null;
    equal = false;
  }
  if (undated) return THRESHOLDS.undated;
  return equal ? THRESHOLDS.sameDate : THRESHOLDS.nestedDate;
}
