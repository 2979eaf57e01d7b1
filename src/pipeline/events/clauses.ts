/**
 * Splitting a sentence that tells two happenings into its clauses, so each becomes a mention of its own
 * happening with its own date instead of the whole sentence being kept out of the timeline:
 *   "Simpson was acquitted of murder charges Oct. 3, 1995, but was found responsible for the deaths two
 *    years later in civil court."
 *   -> "Simpson was acquitted of murder charges Oct. 3, 1995" (1995-10-03)
 *    + "was found responsible for the deaths two years later in civil court." (1997)
 * A cut goes only where English marks a clause or phrase boundary between the two dates, best first:
 * a semicolon; ", but" / ", and" before a new subject or verb; a bare "and" before a second predicate's
 * auxiliary ("... on October 25 and will begin ... on October 28"); a subordinating conjunction ("if", "when",
 * "after", kept with its clause: "if the board rules favorably ... following a Thursday hearing" is
 * conditional, and the word says so); a preposition before a noun phrase with its own year ("in 1995 of
 * the 1994 deaths"). Coordinators are dropped from the clause; subordinators are kept. Where no such
 * boundary lies between the dates, the sentence is not split (the caller keeps it out, as before).
 */
import type { Sentence } from '../types.ts';

/** A span of the sentence, as offsets into the article (like Sentence). */
export interface Clause { start: number; end: number }

/** One boundary pattern: where the cut falls (`at`) and where the next clause starts (`from`). */
interface Cut { rank: number; at: number; from: number }

const SUBJECT = String.raw`(?:he|she|they|it|we|i|you|the|a|an|his|her|their|its|this|that|these|those|[A-Z][\p{L}.'’-]*|(?:was|were|is|are|has|had|have|will|would|could|later|then|also|in|on|at|by|after|before|(?:\p{Ll}+ed))\b)`;
const PATTERNS: Array<{ rank: number; re: RegExp; keep: 'after' | 'word' }> = [
  // "...in 2004; he was sentenced in 2018"
  { rank: 0, re: /;\s+/gu, keep: 'after' },
  // ", but was found responsible", ", and he was sentenced": the coordinator goes with neither clause.
  { rank: 1, re: new RegExp(String.raw`,\s+(?:but|and|while|whereas)\s+(?=${SUBJECT})`, 'gu'), keep: 'after' },
  // "will make a charity flight on October 25 ... and will begin regular service on October 28", "was
  // arrested on Monday and was charged on Tuesday": a second predicate of the same subject, its auxiliary
  // after a bare "and". Not "and is", "and are": a state ("memos that were issued earlier this week and
  // are based on executive orders Trump signed last month") tells no second happening.
  { rank: 1.5, re: /\s+and\s+(?=(?:was|were|has|had|have|will|would|could|can|may|might|then|later)\s)/gu, keep: 'after' },
  // "Boeing will begin production in 2006 and the aircraft should enter airline service in 2008": a new
  // subject (a determiner and a noun) and its auxiliary after a bare "and".
  { rank: 1.5, re: /\s+and\s+(?=(?:the|a|an|its|his|her|their|this|that)\s+[\p{L}-]+\s+(?:was|were|is|are|has|had|have|will|would|should|could|can|may|might)\s)/gu, keep: 'after' },
  // ", when the board rules", " if the board rules": the subordinator stays with its clause.
  // Not before a gerund ("before heading to", "after serving"): that phrase has no subject or time of its own.
  // Not "until": before a date it is a preposition ("until at least April 27"), not a clause.
  { rank: 2, re: /,?\s+(?=(?:if|when|whenever|after|before|because|unless|although|though|once)\s+(?!\p{L}+ing\b))/gu, keep: 'after' },
  // "in 1995 of the 1994 deaths", "in 2008 for his 2007 robbery": a noun phrase with its own year.
  { rank: 3, re: /\s+(?=(?:of|for|over|in|from|after|since)\s+(?:the|his|her|their|its|a|an)\s+(?:19|20)\d\d\b)/gu, keep: 'after' },
];

/** Fewest words a clause needs to report anything. */
const MIN_WORDS = 4;

/**
 * The clauses of `s` separated at the best boundary inside each gap in `gaps` (sentence-relative
 * [from, to) ranges lying between two happenings' time expressions), or null when some gap has none or a
 * clause would be too short to tell anything.
 */
export function splitClauses(s: Sentence, gaps: ReadonlyArray<readonly [number, number]>): Clause[] | null {
  if (!gaps.length) return null;
  const cuts: Cut[] = [];
  for (const [a, b] of gaps) {
    const cut = bestCut(s.text, a, b);
    if (!cut) return null;
    cuts.push(cut);
  }
  cuts.sort((x, y) => x.at - y.at);
  const out: Clause[] = [];
  let from = 0;
  for (const cut of [...cuts, { rank: -1, at: s.text.length, from: s.text.length }]) {
    const span = trim(s.text, from, cut.at);
    if (!span || wordCount(s.text.slice(span[0], span[1])) < MIN_WORDS) return null;
    out.push({ start: s.start + span[0], end: s.start + span[1] });
    from = cut.from;
  }
  return out;
}

/** The highest-ranked boundary whose cut lies in [a, b) of `text`; the first of equal rank. */
function bestCut(text: string, a: number, b: number): Cut | null {
  let best: Cut | null = null;
  for (const p of PATTERNS) {
    if (best && best.rank <= p.rank) break;
    p.re.lastIndex = a;
    for (let m = p.re.exec(text); m && m.index + m[0].length <= b; m = p.re.exec(text)) {
      // Never inside a quotation: the speaker's words are one statement.
      if (insideQuote(text, m.index)) continue;
      best = { rank: p.rank, at: m.index, from: m.index + m[0].length };
      break;
    }
  }
  return best;
}

/** [start, end) without surrounding spaces, trailing punctuation or a dangling "but"/"and"; null when empty. */
function trim(text: string, a: number, b: number): [number, number] | null {
  while (a < b && /\s/.test(text[a]!)) a++;
  for (;;) {
    while (b > a && /[\s,;:—–-]/.test(text[b - 1]!)) b--;
    const tail = /(?:^|\s)(?:and|but|or|while|whereas)$/.exec(text.slice(a, b));
    if (!tail) break;
    b -= tail[0].length;
  }
  return b > a ? [a, b] : null;
}

/** Whether position `i` lies inside a quotation: an unclosed curly quote or an odd number of straight ones before it. */
function insideQuote(text: string, i: number): boolean {
  const before = text.slice(0, i);
  const open = before.lastIndexOf('“');
  if (open >= 0 && before.indexOf('”', open) < 0) return true;
  return ((before.match(/"/g) ?? []).length & 1) === 1;
}

function wordCount(text: string): number {
  return (text.match(/\p{L}+/gu) ?? []).length;
}

/** A clause that opens on its verb's auxiliary: the subject is its sentence's ("... and will begin ..."). */
const SUBJECTLESS = /^(?:was|were|has|had|have|will|would|could|can|may|might)\s/;
/**
 * "The mayor was cleared ...", "Businesswoman Azza Zaki, 45, left Egypt ...": the subject a sentence opens
 * with (a capital, up to ten words, an aside between commas left out), before its first verb: an auxiliary,
 * a regular past or a common irregular one.
 */
const OPENING_SUBJECT = /^([A-Z][^,;:"“”()]{0,80}?)(?:,[^,;:"“”()]{1,40},)?\s+(?=(?:was|were|has|had|have|will|would|could|can|may|might|is|are|[a-z]{2,}ed|left|went|came|took|made|said|told|gave|got|began|won|lost|met|led|fled|held|sent|set|put|ran|saw|found|became|brought|bought|thought|caught|fought|kept|spent|built|sold|paid|hit|cut|shot|struck|wrote|spoke|broke|chose|drove|flew|knew|rose|fell|grew|threw)\s)/;
function subjectOf(clause: string): string | null {
  const m = OPENING_SUBJECT.exec(clause);
  return m && m[1]!.split(/\s+/).length <= 10 ? m[1]! : null;
}

/** The subject a clause cut without one borrows from its sentence's first clause, for its title; or null. */
export function borrowedSubject(first: string, clause: string): string | null {
  return SUBJECTLESS.test(clause) ? subjectOf(first) : null;
}
