/**
 * One outlet's continuation: two consecutive sentences of one article, on the same day, where the speaker
 * of one is a person the other names ("But its chief lobbyist in Florida, Marion Hammer, called it
 * “gratuitous gun control.”" / "“We oppose punishing law-abiding gun owners,” Hammer told the Tampa Bay
 * Times."), go on telling one person's part in one happening, however few words they share.
 *
 * Only a sentence group that no other outlet tells is pulled in this way: one adjacency is weak evidence
 * against what several articles' wording says, and joining two events that several outlets tell through
 * one pair of sentences chains distinct happenings of a busy day. A name in the possessive or as a modifier
 * ("Scott's announcement came a day after ...") is not the person taking part.
 *
 * A quotation attributed only by "he said" or "she said", right after a sentence whose one speaker the
 * article has named ("Police had no plans to evict anyone, Chief Inspector Joseph Sullivan said." / "“We
 * look forward to working with Occupy Philadelphia ...,” he said."), is that speaker's: the attribution
 * then the quote is how a report gives one person's words, and the pronoun needs no gender cue to be read
 * so. (The story's pronoun resolution answers only when it is certain, and a name with no honorific gives
 * it no gender.) Measured with npm run eval: gold events per matched gold event 1.651 -> 1.646 (mn04's
 * Sullivan statement one event instead of two), every other figure of the battery unchanged. Carrying the
 * speaker on to a second "he said" quote after it changed nothing more.
 */
import type { Candidate } from '../events/candidates.ts';
import type { StoryNames } from './build.ts';
import { speakersOf } from './occasion.ts';
import { mayContinue, type NeighbourGroups } from './neighbours.ts';
import { REPORTING } from '../events/lexicon.ts';

const PRONOUN = /\b(he|she)\b/gi;
/** "he said", "she also told": an attribution by pronoun alone. */
const PRONOUN_SAID = new RegExp(`\\b(?:he|she)\\s+(?:(?:also|then|later|again)\\s+){0,2}(?:${[...REPORTING].join('|')})\\b`, 'i');

export interface ContinuationInput extends NeighbourGroups {
  cands: readonly Candidate[];
  /** The sentence's group, or -1. */
  groupOf: Int32Array;
  names: StoryNames;
}

/** Pairs of groups to join, found in sentence order; `joined` says whether two groups already are one. */
export function speakerContinuations(input: ContinuationInput, joined: (a: number, b: number) => boolean, join: (a: number, b: number) => void): void {
  const { cands, groupOf, names } = input;
  const people = (c: Candidate): Set<string> => {
    const out = new Set(speakersOf(c, names));
    for (const n of names.namesOf(c.sentence.text)) {
      if (n.modifier || n.possessive) continue;
      const p = names.person(n);
      if (p) out.add(p);
    }
    for (const m of c.sentence.text.matchAll(PRONOUN)) {
      const p = names.antecedent(c.articleId, c.sentence.start, m[1]!.toLowerCase());
      if (p) out.add(p);
    }
    return out;
  };
  for (let i = 0; i + 1 < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1]!;
    if (a.articleId !== b.articleId || b.index - a.index !== 1) continue;
    const ga = groupOf[i]!;
    const gb = groupOf[i + 1]!;
    if (!mayContinue(input, ga, gb, a.articleId, joined)) continue;
    const sa = speakersOf(a, names);
    let sb = speakersOf(b, names);
    if (!sb.size && sa.size === 1 && PRONOUN_SAID.test(b.sentence.text)) sb = sa;
    if (!sa.size && !sb.size) continue;
    const pa = people(a);
    const pb = people(b);
    if (![...sb].some((x) => pa.has(x)) && ![...sa].some((x) => pb.has(x))) continue;
    join(ga, gb);
  }
}
