/**
 * The story's title when story.json gives none: the first article (by file name) with a headline of its
 * own, since a headline is written to name the story; else the first title cut whole from an article's
 * lead, a clause with its verb ("Homicide detectives have taken over the investigation"), since one cut
 * mid-sentence ("Less than a week before the billionaire businessman Barry Sherman and his wife, Honey…",
 * mn03's page title), without a verb ("A week after one of the deadliest mass shootings"), a leading clause
 * alone ("Shortly after Bill Cosby was sentenced ...") or one opening with a pronoun ("His defense team made
 * fiery accusations ...") names nothing;
 * else the first article's title; else the folder's id. Never a made-up phrase.
 */
import { lacksVerb } from '../events/titleSubject.ts';

export function storyTitle(given: string | undefined, articles: ReadonlyArray<{ title: string }>, headlines: ReadonlyArray<string | null>, id: string): string {
  if (given) return given;
  const headed = articles.find((a, i) => headlines[i] && a.title === headlines[i]);
  return headed?.title ?? articles.find((a) => a.title && !a.title.endsWith('…') && !lacksVerb(a.title) && !OPENS_WITH_PRONOUN.test(a.title) && !LEADING_CLAUSE_ONLY.test(a.title))?.title ?? articles[0]?.title ?? id;
}

/**
 * A lead whose clause opens with a pronoun names nobody ("His defense team made fiery accusations ...", mn02's
 * first page, cut from "Bill Cosby’s defense team ..." nowhere): the story's name is another page's lead.
 */
/** A leading clause cut without the clause it leads ("Shortly after Bill Cosby was sentenced to three to 10 years"). */
const LEADING_CLAUSE_ONLY = /^(?:(?:Shortly|Just|Only|Soon|Long|Days|Hours|Weeks)\s+)?(?:After|Before|When|While|Although|Though|Because|Since|As|If|Unless|Until|Once)\b[^,]*$/i;
const OPENS_WITH_PRONOUN = /^(?:He|She|It|They|We|I|His|Her|Its|Their|Our|My|This|That|These|Those)\b(?!['’]s\b)/;
