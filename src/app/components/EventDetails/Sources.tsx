import type { Mention } from '../../../schema/story.ts';
import type { OutlineArticle } from '../../../schema/outline.ts';
import { isPlainClick, useHref, useTimelineStoreApi } from '../../store/context.ts';
import { articleName } from './articleName.ts';

/**
 * The articles that report the event: each with its publisher (or title), the reporting sentence, the
 * original page in a new tab when its URL is known, and "Read in context", which opens the reader there.
 */
export function Sources({ mentions, more, articles, show = String }: { mentions: Mention[]; more?: ReadonlyMap<string, Mention[]>; articles: Map<string, OutlineArticle>; /** How a sentence is shown (detailText.ts). */ show?: (s: string) => string }) {
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
                {a.publisher ?? a.title}
                {a.publisher && <span className="source-title"> · {a.title}</span>}
              </p>
              <p className="source-sentence">“{show(m.text)}”</p>
              {!!more?.get(a.id)?.length && (
                <details className="source-more">
                  <summary>{more.get(a.id)!.length} more {more.get(a.id)!.length === 1 ? 'sentence' : 'sentences'} from this article</summary>
                  <ul>
                    {more.get(a.id)!.map((x) => (
                      <li key={x.start}>
                        “{show(x.text)}”{' '}
                        <a href={href({ reader: { articleId: a.id, at: x.start } })} onClick={(e) => { if (isPlainClick(e)) { e.preventDefault(); store.getState().openReader(a.id, x.start); } }}>
                          Read in context<span className="visually-hidden">: this sentence in {articleName(a, articles)}</span>
                        </a>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              <p className="source-links">
                <a
                  href={href({ reader: { articleId: a.id, at: m.start } })}
                  onClick={(e) => { if (isPlainClick(e)) { e.preventDefault(); store.getState().openReader(a.id, m.start); } }}
                >
                  Read in context<span className="visually-hidden">: {articleName(a, articles)}</span>
                </a>
                {a.url && (
                  <a href={a.url} target="_blank" rel="noopener noreferrer">
                    Original article<span className="visually-hidden"> at {a.publisher ?? a.title} (opens in a new tab)</span> ↗
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
