import { joinSpacedPossessives, looksTokenized, untokenize } from '../../../schema/untokenize.ts';
import { backtickQuotes, bullets, showTitle } from '../../timeline/shownText.ts';

/** Marks that only tokenized text writes, one of which is enough in a passage: `` '' -LRB- "do n't". */
const PTB_ONLY = /``|''|-[LR][RSC]B-|\w\sn't\b/;

/**
 * How the event details show the passages of a tokenized corpus (Timeline17's "`` no mass deportations '' ,"),
 * as the reader shows the article they come from (Reader/segments.ts displayFor): detokenized when the
 * event's passages together look tokenized (several marks, as for a whole article), or when a passage holds
 * a mark only tokenized text writes; else as they are. For display only: the passages' offsets, the links
 * to read them in context and the search are those of the stored text.
 */
export function detailDisplay(passages: readonly string[]): (s: string) => string {
  const all = looksTokenized(passages.join('\n'));
  // A backtick's quotation closed and an escaped asterisk as a bullet, in any corpus (shownText.ts).
  return (s) => bullets(joinSpacedPossessives(backtickQuotes(all || PTB_ONLY.test(s) ? untokenize(s) : s)));
}

/**
 * How the details show the titles of the articles an event cites: detokenized as its passages are, when
 * those look tokenized, or when a title holds a mark only tokenized text writes (shownText.ts showTitle):
 * Iraq's "` I'll hold Blair to account ' Reg Keys…" had been shown raw in the Sources and the date's evidence.
 */
export function detailTitles(passages: readonly string[]): (title: string) => string {
  const all = looksTokenized(passages.join('\n'));
  return (t) => showTitle(t, all);
}
