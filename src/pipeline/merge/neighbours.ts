/**
 * What the continuation joins (speakerContinuation.ts, pronounSubject.ts) ask of two neighbouring sentences'
 * groups before reading their words: both are grouped, the first is dated to a day and the second to the
 * same day, they are not one already, and one of them is told by this article alone (a sentence another
 * outlet also tells has its own event to be in).
 */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface NeighbourGroups {
  /** The date value of a group, or null when undated. */
  dayOf: (group: number) => string | null;
  /** Whether the merged set holding `group` is told only by `articleId` (as the sets stand when asked). */
  local: (group: number, articleId: string) => boolean;
}

export function mayContinue(x: NeighbourGroups, ga: number, gb: number, articleId: string, joined: (a: number, b: number) => boolean): boolean {
  if (ga < 0 || gb < 0) return false;
  const day = x.dayOf(ga);
  if (!day || !DAY.test(day) || x.dayOf(gb) !== day || joined(ga, gb)) return false;
  return x.local(ga, articleId) || x.local(gb, articleId);
}
