import type { Mention } from '../../../schema/story.ts';
import type { OutlineArticle } from '../../../schema/outline.ts';
import { isPlainClick, useHref, useTimelineStoreApi } from '../../store/context.ts';
import { quoted } from '../../timeline/shownText.ts';
import { articleName } from './articleName.ts';
import { sourceDateWords } from './sourceDate.ts';

/**
 * The articles that report the event: each with its publisher (or title), when it came out, the reporting sentence, the
 * original page in a new tab when its URL is known, and "Read in context", which opens the reader there.
 */
export function Sources({ mentions, more, articles, show = String, title = String }: { mentions: Mention[]; more?: ReadonlyMap<string, Mention[]>; articles: Map<string, OutlineArticle>; /** How a sentence is shown (detailText.ts). */ show?: (s: string) => string; /** How an article's title is shown (detailText.ts). */ title?: (t: string) => string }) {
  const store = useTimelineStoreApi();
  const href = useHref();
  return (
    <>
      <h3 className="details-subheading" id="sources-heading">Sources</h3>
      <ul className="sources" aria-label="Sources">
        {mentions.map((m) => {
          const a = articles.get(m.articleId);
          if (!a) return null;
          return (
            <li key={`${m.articleId}-${m.start}`} className="source">
              <p className="source-name">
                {a.publisher ?? title(a.title)}
                {a.publisher && <span className="source-title"> · {title(a.title)}</span>}
              </p>
              <p className="source-date">{sourceDateWords(a)}</p>
              <p className="source-sentence">{quoted(show(m.text))}</p>
              {!!more?.get(a.id)?.length && (
                <details className="source-more">
                  <summary>{more.get(a.id)!.length} more {more.get(a.id)!.length === 1 ? 'sentence' : 'sentences'} from this article</summary>
                  <ul>
                    {more.get(a.id)!.map((x) => (
                      <li key={x.start}>
                        {quoted(show(x.text))}{' '}
                        <a href={href({ reader: { articleId: a.id, at: x.start } })} aria-label={`Read in context: this sentence in ${articleName(a, articles, title)}`} onClick={(e) => { if (isPlainClick(e)) { e.preventDefault(); store.getState().openReader(a.id, x.start); } }}>
                          Read in context
                        </a>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              <p className="source-links">
                {/* Named by aria-label: a hidden span's ": DNAinfo" is a block to the browser, and the name had
                    been "Read in context : DNAinfo". */}
                <a
                  href={href({ reader: { articleId: a.id, at: m.start } })}
                  aria-label={`Read in context: ${articleName(a, articles, title)}`}
                  onClick={(e) => { if (isPlainClick(e)) { e.preventDefault(); store.getState().openReader(a.id, m.start); } }}
                >
                  Read in context
                </a>
                {a.url && (
                  <a href={a.url} target="_blank" rel="noopener noreferrer">
                    Original article<span className="visually-hidden"> at {a.publisher ?? title(a.title)} (opens in a new tab)</span> ↗
                  </a>
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
