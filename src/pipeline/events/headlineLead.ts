/**
 * A lead that restates its article's headline (events/candidates.ts admits it as an event sentence even
 * without a word of the event lexicon). Session 11: SemEval-2015 covered 0.573 -> 0.694 with the
 * headline's own mention (merge/headline.ts).
 */
import type { ArticleSentences } from './candidates.ts';
import { keywords } from './keywords.ts';

/** Content words a lead must share with its headline, and the share of the headline's they must be. */
const LEAD_WORDS = 2;
const LEAD_SHARE = 0.5;

/**
 * The index of the article's lead when it restates the headline: the first sentence of the text, when it
 * says at least half of the headline's content words (two at least). The headline is the article's own
 * statement of its main happening, and a lead that tells it again reports that happening, whatever its
 * verb ("World's largest passenger airliner makes first flight" / "The world's largest passenger
 * aircraft, the Airbus A380, has made its maiden flight after lifting off from Toulouse in France."), which
 * the event lexicon alone would miss. -1 when there is no headline or the lead tells something else.
 */
export function headlineLead(article: ArticleSentences, endsLikeSentence: (text: string) => boolean): { index: number; tells: (text: string) => boolean } {
  const none = { index: -1, tells: () => false };
  if (!article.headline) return none;
  const heads = new Set(keywords(article.headline));
  if (heads.size < LEAD_WORDS) return none;
  const said = (text: string) => new Set(keywords(text).filter((k) => heads.has(k))).size;
  const index = article.sentences.findIndex((s) => endsLikeSentence(s.text));
  if (index < 0) return none;
  const n = said(article.sentences[index]!.text);
  if (n < LEAD_WORDS || n < LEAD_SHARE * heads.size) return none;
  return { index, tells: (text) => { const k = said(text); return k >= LEAD_WORDS && k >= LEAD_SHARE * heads.size; } };
}
