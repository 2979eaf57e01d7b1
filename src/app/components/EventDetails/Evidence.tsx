import { timexRange } from '../../../schema/timexRange.ts';
import type { DateValue } from '../../../schema/story.ts';
import type { OutlineArticle } from '../../../schema/outline.ts';
import { isPlainClick, useHref, useTimelineStoreApi } from '../../store/context.ts';
import { doubtUnit, formatDateValue } from '../../timeline/dates.ts';
import { noteWords } from '../../timeline/noteWords.ts';
import { quoted } from '../../timeline/shownText.ts';
import { articleName } from './articleName.ts';
import { confidenceWords } from '../PublishedDate/PublishedDate.tsx';

const SOURCE_WORDS: Record<DateValue['source'], string> = {
  stated: 'Stated in the text',
  resolved: 'Worked out from the words',
  inferred: 'Inferred from the rest of the story',
};

/** How the date was found: which words, in which article, against which anchor date, and why. */
export function Evidence({ date, articles, corrected = false, show = String, title = String }: { date: DateValue; articles: Map<string, OutlineArticle>; corrected?: boolean; /** How the words are shown (detailText.ts). */ show?: (s: string) => string; /** How an article's title is shown (detailText.ts). */ title?: (t: string) => string }) {
  const store = useTimelineStoreApi();
  const href = useHref();
  const ev = date.evidence;
  // The editors' date has no words in an article: their note is its evidence.
  if (corrected) {
    const why = ev?.note.replace(/^Corrected by the editors[:.]?\s*/, '') ?? '';
    return (
      <div className="evidence">
        <h3 className="details-subheading">How this date was found</h3>
        <p><span className="date-source date-source--edited">Corrected by the editors</span>{why ? `: ${why}` : '.'}</p>
      </div>
    );
  }
  const article = ev?.articleId ? articles.get(ev.articleId) : undefined;
  const cited = article ? articleName(article, articles, title) : '';
  return (
    <div className="evidence">
      <h3 className="details-subheading">How this date was found</h3>
      <p>
        <span className={`date-source date-source--${date.source}`}>{SOURCE_WORDS[date.source]}</span>
        {ev?.text && <>: {quoted(show(ev.text))}</>}
        {article && <> in <cite>{cited}</cite></>}
        {ev?.anchor && <>, counted from {formatDateValue({ value: ev.anchor })}</>}
        {/* A title cut with "…" or ending in "?" needs no second full stop. */}
        {ev?.anchor || !article || !/[.…!?]$/.test(cited) ? '.' : ''}
      </p>
      {ev?.note && <p className="evidence-note">{noteWords(ev.note, [...articles.values()].map((a) => ({ ...a, title: title(a.title) })), sideOf(date.value, ev.anchor))}</p>}
      {date.confidence !== undefined && <p className="evidence-note">{sureness(date, article)} {confidenceWords(date.confidence, doubtUnit(date, ev?.note))}</p>}
      {!ev && <p className="evidence-note">No evidence was recorded for this date.</p>}
      {article && ev?.start != null && (
        <a
          className="text-link"
          href={href({ reader: { articleId: article.id, at: ev.start, ...(ev.end != null && ev.end > ev.start ? { to: ev.end } : {}) } })}
          onClick={(e) => { if (isPlainClick(e) && ev.start != null) { e.preventDefault(); store.getState().openReader(article.id, ev.start, ev.end != null && ev.end > ev.start ? ev.end : undefined); } }}
        >
          Show these words in the article
        </a>
      )}
    </div>
  );
}

/**
 * Why a date carries a confidence: taken from the sentences around its own (a link measured in
 * src/pipeline/merge/linkPrecision.ts), counted from a day of writing the story does not state, or both.
 */
function sureness(date: DateValue, article: OutlineArticle | undefined): string {
  const context = date.source === 'inferred';
  const unstated = !!date.evidence?.anchor && article?.published?.source === 'inferred';
  if (context && unstated) return 'Taken from the sentences around it, and counted from a publication date the story does not state.';
  if (context) return 'Taken from the sentences around it, not from its own words.';
  return 'Counted from a publication date the story does not state.';
}

/** Where a date lies from the date it was counted from: wholly after it, wholly before it, or neither. */
function sideOf(value: string, anchor: string | null | undefined): 'before' | 'after' | undefined {
  const v = anchor ? timexRange(value) : null;
  const a = anchor ? timexRange(anchor) : null;
  if (!v || !a) return undefined;
  return v.start >= a.end ? 'after' : v.end <= a.start ? 'before' : undefined;
}
