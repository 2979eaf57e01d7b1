import { isPlainClick, useHref, useTimeline, useTimelineStoreApi } from '../../store/context.ts';
import { UNKNOWN_OUTLET_LABEL } from '../../store/outlets.ts';
import { selectStory } from '../../store/selectors.ts';
import { showTitle } from '../../timeline/shownText.ts';
import { PublishedDate } from '../PublishedDate/PublishedDate.tsx';

/** When no event is open: the story's articles (each readable) and any warnings from the build. */
export function StoryOverview() {
  const store = useTimelineStoreApi();
  const story = useTimeline(selectStory);
  const href = useHref();
  return (
    <section className="overview" aria-labelledby="overview-heading">
      {story.events.length === 0 && (
        <p className="empty-story">No dated events were found in this story yet. Its articles are below.</p>
      )}
      <h2 id="overview-heading" className="section-heading">Articles</h2>
      <ul className="article-list">
        {story.articles.map((a) => (
          <li key={a.id}>
            <a
              href={href({ reader: { articleId: a.id, at: null } })}
              onClick={(e) => { if (isPlainClick(e)) { e.preventDefault(); store.getState().openReader(a.id, null); } }}
            >
              {a.title ? showTitle(a.title) : a.file}
            </a>
            {/* A div: the inferred-date disclosure inside is flow content, which a span may not hold. */}
            <div className="article-meta">
              {a.publisher ?? UNKNOWN_OUTLET_LABEL}
              {' · '}<PublishedDate published={a.published} />
            </div>
          </li>
        ))}
      </ul>
      {story.warnings.length > 0 && (
        <details className="warnings">
          <summary>{story.warnings.length} build {story.warnings.length === 1 ? 'note' : 'notes'}</summary>
          <ul>{story.warnings.map((w, i) => <li key={i}>{w.file ? `${w.file}: ` : ''}{w.message}</li>)}</ul>
        </details>
      )}
    </section>
  );
}
