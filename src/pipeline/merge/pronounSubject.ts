/**
 * A sentence whose actor is only referred to — a bare personal pronoun ("He said he hoped to avoid the
 * sporadic violence ...", "But he added in a statement: ...", "They first gave a 4 a.m. deadline ...") or a
 * title with no name ("The governor also called for tougher background checks ...", "The prosecutor also
 * focused attention on Gamal Mubarak") — cannot stand alone: its actor is whoever the sentences before it
 * name. When it comes right after such a sentence in one article, on the same day, it goes on telling the
 * same happening. One of the two must be a group no other outlet tells (one adjacency is weak evidence
 * against what several articles' wording says). A negated or stative sentence ("She was not arrested",
 * "He had almost no outside interests") tells no happening to continue. A quotation attributed only by "he said"
 * at its end goes on the same way ("Chun, the South's lead delegate, said the decision on a united ice
 * hockey team is not yet finalised" / "“We're well aware of the people's concerns and interests about
 * this”, he told a news conference.").
 *
 * Measured with npm run eval (whole battery): events per matched gold event 1.638 -> 1.621 (mn04, mn07, mn10,
 * mn17, mn18), every other figure unchanged; the quotation attributed by a pronoun at its end then 1.621 ->
 * 1.617 (mn03, mn04, mn08, mn11, mn12, the seed), every other figure unchanged. Asking the title too to
 * reach over one sentence joined the seed's "The US President wanted ..." to the Mexican foreign minister's
 * remark. Letting the sentence before be the one no other outlet tells (not only the referring one) then
 * joined mn07's "The officials also said militants in Gaza had fired more than 300 rockets" to the officials'
 * count of sites hit: key-event precision 0.818 -> 0.829, every other figure unchanged. Any sentence
 * opening with a person the sentence before names (not only a pronoun or a title) was tried too: key-event
 * precision 0.818 -> 0.798 ("Bill Cosby spent his first night behind bars" joined a photo caption of his
 * sentencing day), so not kept.
 */
import type { Candidate } from '../events/candidates.ts';
import { TITLES } from '../events/lexicon.ts';
import { mayContinue, type NeighbourGroups } from './neighbours.ts';

/**
 * How far back (in sentences) the event sentence before may lie: a pronoun reaches over one sentence that
 * tells no happening ("Before he was jailed, he worked for ..." / "He appeared in court in an orange
 * jumpsuit."); a title with no name must follow its sentence ("The US President wanted ..." two sentences
 * after the Mexican foreign minister's remark is someone else).
 */
const PRONOUN_GAP = 2;
const TITLE_GAP = 1;
const PRONOUN_FIRST = /^(?:(?:But|And|Yet|Still|Then|Later|So|Meanwhile),?\s+)?(?:he|she|they)\b/i;
const OPENER = '(?:(?:But|And|Yet|Still|Then|Later|So|Meanwhile),?\\s+)?';
const ADVERB = '(?:(?:also|then|later|again|first|further|quickly|soon)\\s+)?';
/** A tense of be or have helping a participle ("was arrested", "had given"), or a modal ("would seek"). */
const AUX = '(?:(?:had|has|have|was|were)\\s+[a-z]+(?:ed|en|wn|ne)\\b|(?:would|will|could|did)\\s+(?!not\\b)[a-z]+\\b)';
/** The verb: not a form of be or have standing alone, not a negation. */
const VERB = `(?:${AUX}|(?!(?:was|were|is|are|had|has|have|not|never|did|does|do|would|will|could)\\b)[a-z]+\\b)`;
const TITLE_WORDS = [...TITLES].filter((t) => t.length > 3).sort((a, b) => b.length - a.length).join('|');
/** "He said", "But she added", "They first gave", "The governor also called", "The Israeli prime minister said". */
export const REFERRED_SUBJECT = new RegExp(`^${OPENER}(?:(?:he|she|they)|the\\s+(?:[A-Z][a-z]+\\s+)?(?:${TITLE_WORDS}))\\s+${ADVERB}${VERB}`, 'i');

/**
 * A statement attributed by a pronoun alone, at its end ("“We're well aware of the people's concerns and
 * interests about this”, he told a news conference."): the speaker is the person the sentence right before
 * names, even where the story's pronoun resolution is not sure who "he" is.
 */
const PRONOUN_TAIL = /[,”"]\s*(?:he|she|they)\s+(?:also\s+)?(?:said|added|told|says|adds|noted|insisted|warned|explained)\b[^"“]{0,60}$/i;

export interface ReferredInput extends NeighbourGroups {
  cands: readonly Candidate[];
  groupOf: Int32Array;
}

/** Pairs of groups to join, in sentence order; `joined` says whether two groups already are one. */
export function referredSubjects(input: ReferredInput, joined: (a: number, b: number) => boolean, join: (a: number, b: number) => void): void {
  const { cands, groupOf } = input;
  for (let i = 0; i + 1 < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1]!;
    if (a.articleId !== b.articleId) continue;
    const text = b.sentence.text.trim();
    if (REFERRED_SUBJECT.test(text)) {
      if (b.index - a.index > (PRONOUN_FIRST.test(text) ? PRONOUN_GAP : TITLE_GAP)) continue;
    } else if (!PRONOUN_TAIL.test(text) || b.index - a.index !== 1) continue;
    const ga = groupOf[i]!;
    const gb = groupOf[i + 1]!;
    if (!mayContinue(input, ga, gb, a.articleId, joined)) continue;
    join(ga, gb);
  }
}
