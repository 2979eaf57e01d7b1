/**
 * How often a date taken from a sentence's context, not from its own words, is the right day: measured, so
 * that a reader is told how sure such a date is (issue 11: "a sentence without its own expression takes a
 * date only through a discourse link whose precision you have measured").
 *
 * `npx tsx scripts/link-precision.ts --data ../shared` counts, for every gold event of the 13 gold stories
 * and every dated SemEval-2015 row that an event matches, whether the event's date is right, by the link
 * that dated it, where the article's own day of writing is right (an event's confidence is its link's share
 * times its article's confidence, so the share stands for the link alone). Session 12: the same paragraph 2
 * of 2, the sentence before 8 of 8, a clock time with no day not met, the article's main happening 19 of
 * 25, the page's day of publication 38 of 45 (a date of the sentence's own words: 104 of 120).
 *
 * The links that read the narrative's previous dated sentence (paragraph, before, clock) are one family,
 * measured together (10 of 10). A share is the count smoothed towards one half, (right + 1) / (measured +
 * 2), since the families are measured on a few dozen sentences: 0.92, 0.74 and 0.83.
 */
export type Link = 'paragraph' | 'before' | 'clock' | 'peg' | 'published';

export interface LinkInfo {
  /** How the evidence note opens, so a measurement can tell the links apart from a built story. */
  why: string;
  right: number;
  measured: number;
}

export const LINKS: Record<Link, LinkInfo> = {
  paragraph: { why: 'no date in the sentence; the same paragraph dated it by', right: 2, measured: 2 },
  before: { why: 'no date in the sentence; the sentence before dated it by', right: 8, measured: 8 },
  clock: { why: 'a time of day with no date; the narrative is at', right: 0, measured: 0 },
  peg: { why: "no date in the sentence; the article's main happening is dated by", right: 19, measured: 25 },
  published: { why: 'no date in the sentence; the article names no day for its news, which is then the day it was published', right: 38, measured: 45 },
};

/** The links that read the narrative's previous dated sentence: measured as one. */
const PREVIOUS: readonly Link[] = ['paragraph', 'before', 'clock'];

/** The share of right days for a link (its family's, for the previous-sentence links), smoothed. */
export function linkShare(link: Link): number {
  const family = PREVIOUS.includes(link) ? PREVIOUS : [link];
  const right = family.reduce((n, k) => n + LINKS[k].right, 0);
  const measured = family.reduce((n, k) => n + LINKS[k].measured, 0);
  return Math.round(((right + 1) / (measured + 2)) * 100) / 100;
}

/** The link whose note this is, if any. */
export function linkOf(note: string): Link | null {
  for (const k of Object.keys(LINKS) as Link[]) if (note.startsWith(LINKS[k].why)) return k;
  return null;
}
