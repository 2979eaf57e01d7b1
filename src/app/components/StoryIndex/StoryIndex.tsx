import type { StoryIndex as Index } from '../../../schema/story.ts';
import { formatSpan } from '../../timeline/dates.ts';

/** Every built story, with its size and date span. */
export function StoryIndex({ index, onOpen }: { index: Index; onOpen: (storyId: string) => void }) {
  const base = import.meta.env.BASE_URL;
  return (
    <main className="app index-page">
      <header className="masthead">
        <p className="brand">Dateline</p>
        <h1 className="story-title">Stories</h1>
        <p className="story-meta">{index.stories.length} timelines built from news articles</p>
      </header>
      <ul className="story-list">
        {index.stories.map((s) => (
          <li key={s.id}>
            <a
              href={`${base}${encodeURIComponent(s.id)}/`}
              onClick={(e) => { if (e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey) { e.preventDefault(); onOpen(s.id); } }}
            >
              {s.title}
            </a>
            <span className="article-meta">
              {s.events} {s.events === 1 ? 'event' : 'events'} from {s.articles} {s.articles === 1 ? 'article' : 'articles'}
              {s.from && s.to && ` · ${formatSpan(s.from, s.to)}`}
            </span>
          </li>
        ))}
      </ul>
    </main>
  );
}
