/**
 * How titles read, measured: the share of event titles that open with a quotation mark (a quote fragment,
 * not who did what), open with a pronoun (he, she, it, they, we, I and their possessives, or this, that,
 * these, those as the subject: the reader does not know who or what), or end on a function word ("... appeared to take aim at", "... said the"), and the share cut
 * with "…". The word lists here are the audit's own, not the title builder's, so the check can fail.
 */
import type { Story } from '../../schema/index.ts';

export type TitleFlaw = 'quote' | 'pronoun' | 'functionEnd' | 'cut' | 'noVerb';
export const FLAWS: readonly TitleFlaw[] = ['quote', 'pronoun', 'functionEnd', 'cut', 'noVerb'];

const QUOTE_START = /^["“‘'«]/;
/** A pronoun as written at the start of a sentence ("US President" is no "us"); "It’s" and "We’re" too. */
const PRONOUN_START = /^(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Hh]im|[Tt]hem|[Uu]s|[Mm]e)(?![\p{L}.])/u;
/** A demonstrative as the subject, a verb right after it ("That was", "This came"): it points as a pronoun does. */
const DEMONSTRATIVE_START = /^(?:This|That|These|Those)\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|came|comes|followed|follows|means|meant|marks|marked|led|leads|left|leaves|prompted|sparked|raised|raises|includes|included|shows|showed|appears|appeared|seems|seemed)\b/;
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

/** Auxiliaries, modals and contractions: a finite verb for certain. */
const AUXILIARY = /\b(?:is|are|was|were|be|been|being|am|has|have|had|will|would|could|can|may|might|must|shall|should|did|does|do|isn't|wasn't|won't|can't|don't|doesn't|didn't)\b|\b\w+['’](?:s|re|ve|ll|d)\b/i;
/** Irregular past forms and frequent base forms of news verbs (the audit's own list). */
const VERB_WORDS = new Set(
  ('said told got gave made went came took ran met left won lost held began became sat fled fell saw led shot hit put set cut ' +
    'spoke wrote broke drove rose sent paid sold brought bought thought found kept felt stood heard meant built sought fought ' +
    'caught struck threw grew knew drew flew chose stole wore swore spent lent let quit rode ate hung tore say go come take run ' +
    'meet hold begin become see lead give make get keep find know think tell want need face call die fear warn urge vow plan seek').split(' '),
);

/**
 * A title with no word that could be a finite verb: no auxiliary or modal, no word of VERB_WORDS, no
 * lowercase word ending in -ed, and no lowercase word after the first ending in -s (not -ss), which may
 * be a present-tense verb ("Mexico remains") as well as a plural noun. A lower bound, then: "Residents of
 * the Canning Town and Custom House areas" has no verb but is not counted (areas). A speaker's quotation
 * ("Tory: “...”") counts as said.
 */
export function lacksVerbForAudit(title: string): boolean {
  const body = title.replace(/^[^:“"]{2,60}:\s*[“"].*$/, 'X said');
  if (AUXILIARY.test(body)) return false;
  return !body.split(/\s+/).some((w, i) => {
    const x = w.replace(/[^\p{L}’']/gu, '');
    return VERB_WORDS.has(x.toLowerCase()) || /^[a-z]{2,}ed$/.test(x) || (i > 0 && /^[a-z]{2,}s$/.test(x) && !/ss$/.test(x));
  });
}

/** The flaws of one title (none for a headline). */
export function titleFlaws(title: string): TitleFlaw[] {
  const t = title.trim();
  const out: TitleFlaw[] = [];
  if (QUOTE_START.test(t)) out.push('quote');
  if (PRONOUN_START.test(t) || DEMONSTRATIVE_START.test(t)) out.push('pronoun');
  // The last word, when the title ends on one ("... more than 400" ends on a number, which is fine).
  const last = /([\p{L}’']+)[^\p{L}\p{N}]*$/u.exec(t)?.[1]?.toLowerCase();
  if (last && FUNCTION_WORDS.has(last)) out.push('functionEnd');
  if (/…["”’]?$/.test(t)) out.push('cut');
  if (lacksVerbForAudit(t)) out.push('noVerb');
  return out;
}

export interface TitleAudit {
  titles: number;
  /** Titles with each flaw. */
  counts: Record<TitleFlaw, number>;
  /** Titles with any of quote, pronoun, functionEnd (the three #12 forbids; noVerb is counted apart). */
  bad: number;
  /** Key events (`key: true`, the ranking's pick) and how many of their titles open with a pronoun. */
  key: number;
  keyPronoun: number;
  flagged: Array<{ story: string; title: string; flaws: TitleFlaw[] }>;
}

export function auditTitles(stories: ReadonlyArray<{ id: string; story: { events: ReadonlyArray<Pick<Story['events'][number], 'title' | 'key'>> } }>): TitleAudit {
  const counts = Object.fromEntries(FLAWS.map((f) => [f, 0])) as Record<TitleFlaw, number>;
  const flagged: TitleAudit['flagged'] = [];
  let titles = 0;
  let bad = 0;
  let key = 0;
  let keyPronoun = 0;
  for (const { id, story } of stories) {
    for (const e of story.events) {
      titles++;
      const flaws = titleFlaws(e.title);
      if (e.key) {
        key++;
        if (flaws.includes('pronoun')) keyPronoun++;
      }
      for (const f of flaws) counts[f]++;
      if (flaws.some((f) => f !== 'cut' && f !== 'noVerb')) bad++;
      if (flaws.length) flagged.push({ story: id, title: e.title, flaws });
    }
  }
  return { titles, counts, bad, key, keyPronoun, flagged };
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
    `  without a verb:             ${a.counts.noVerb} (${pct(a.counts.noVerb, a.titles)})`,
    `key events opening with a pronoun: ${a.keyPronoun} of ${a.key} (${pct(a.keyPronoun, a.key)})`,
  ].join('\n');
}
