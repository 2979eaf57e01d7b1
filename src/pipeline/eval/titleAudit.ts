/**
 * How titles read, measured: the share of event titles that open with a quotation mark (a quote fragment,
 * not who did what), open with a pronoun (he, she, it, they, we, I and their possessives: the reader does
 * not know who), or end on a function word ("... appeared to take aim at", "... said the"), and the share cut
 * with "…". The word lists here are the audit's own, not the title builder's, so the check can fail.
 */
import type { Story } from '../../schema/index.ts';

export type TitleFlaw = 'quote' | 'pronoun' | 'functionEnd' | 'cut';
export const FLAWS: readonly TitleFlaw[] = ['quote', 'pronoun', 'functionEnd', 'cut'];

const QUOTE_START = /^["“‘'«]/;
/** A pronoun as written at the start of a sentence ("US President" is no "us"); "It’s" and "We’re" too. */
const PRONOUN_START = /^(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Hh]im|[Tt]hem|[Uu]s|[Mm]e)(?![\p{L}.])/u;
/**
 * Articles, prepositions, conjunctions, auxiliaries, determiners and possessives: a headline never ends on one.
 * Not "do" or "so", which end sentences as a verb and an adverb ("has work to do", "was unable to do so").
 */
const FUNCTION_WORDS = new Set(
  ('a an the of to in on at by for with from as into onto about after before over under between through during against ' +
    'without within across toward towards upon than and or but nor yet if because while whereas although though that ' +
    'which who whom whose where when is are was were be been being am has have had will would shall should ' +
    'can could may might must not his her its their our my your this these those such very').split(' '),
);

/** The flaws of one title (none for a headline). */
export function titleFlaws(title: string): TitleFlaw[] {
  const t = title.trim();
  const out: TitleFlaw[] = [];
  if (QUOTE_START.test(t)) out.push('quote');
  if (PRONOUN_START.test(t)) out.push('pronoun');
  // The last word, when the title ends on one ("... more than 400" ends on a number, which is fine).
  const last = /([\p{L}’']+)[^\p{L}\p{N}]*$/u.exec(t)?.[1]?.toLowerCase();
  if (last && FUNCTION_WORDS.has(last)) out.push('functionEnd');
  if (/…["”’]?$/.test(t)) out.push('cut');
  return out;
}

export interface TitleAudit {
  titles: number;
  /** Titles with each flaw. */
  counts: Record<TitleFlaw, number>;
  /** Titles with any of quote, pronoun, functionEnd (the three #12 forbids). */
  bad: number;
  flagged: Array<{ story: string; title: string; flaws: TitleFlaw[] }>;
}

export function auditTitles(stories: ReadonlyArray<{ id: string; story: Pick<Story, 'events'> }>): TitleAudit {
  const counts = Object.fromEntries(FLAWS.map((f) => [f, 0])) as Record<TitleFlaw, number>;
  const flagged: TitleAudit['flagged'] = [];
  let titles = 0;
  let bad = 0;
  for (const { id, story } of stories) {
    for (const e of story.events) {
      titles++;
      const flaws = titleFlaws(e.title);
      for (const f of flaws) counts[f]++;
      if (flaws.some((f) => f !== 'cut')) bad++;
      if (flaws.length) flagged.push({ story: id, title: e.title, flaws });
    }
  }
  return { titles, counts, bad, flagged };
}

const pct = (n: number, of: number): string => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;

export function formatAudit(a: TitleAudit): string {
  return [
    `titles: ${a.titles}`,
    `  open with a quotation mark: ${a.counts.quote} (${pct(a.counts.quote, a.titles)})`,
    `  open with a pronoun:        ${a.counts.pronoun} (${pct(a.counts.pronoun, a.titles)})`,
    `  end on a function word:     ${a.counts.functionEnd} (${pct(a.counts.functionEnd, a.titles)})`,
    `  any of the three:           ${a.bad} (${pct(a.bad, a.titles)})`,
    `  cut with "…":               ${a.counts.cut} (${pct(a.counts.cut, a.titles)})`,
  ].join('\n');
}
