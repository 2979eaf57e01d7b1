import type { StoryIndex as Index } from '../../../schema/story.ts';
import { formatSpan, parseTimex } from '../../timeline/dates.ts';

/**
 * Every built story, with its size and date span, the latest news first (by where its period ends; a story
 * with no dated period, or one whose year is not stated, after those; then by title), as a newsroom's index
 * reads. The build's order was the folders' names.
 */
export function StoryIndex({ index, onOpen }: { index: Index; onOpen: (storyId: string) => void }) {
  const base = import.meta.env.BASE_URL;
  const ends = (s: Index['stories'][number]) => (s.to && !s.to.startsWith('XXXX') ? parseTimex(s.to)?.end ?? -Infinity : -Infinity);
  const stories = [...index.stories].sort((a, b) => ends(b) - ends(a) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
  return (
    <main className="app index-page">
      <header className="masthead">
        <p className="brand">Dateline</p>
        <h1 className="story-title">Stories</h1>
        <p className="story-meta">{stories.length} timelines built from news articles</p>
      </header>
      <ul className="story-list">
        {stories.map((s) => (
          <li key={s.id}>
            <a
              href={`${base}${encodeURIComponent(s.id)}/`}
              onClick={(e) => { if (e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey) { e.preventDefault(); onOpen(s.id); } }}
            >
              {s.title}
            </a>
            <span className="article-meta">
              {s.events.toLocaleString('en-GB')} {s.events === 1 ? 'event' : 'events'} from {s.articles.toLocaleString('en-GB')} {s.articles === 1 ? 'article' : 'articles'}
              {s.from && s.to && ` · ${formatSpan(s.from, s.to, [!!s.fromAbout, !!s.toAbout])}`}
            </span>
          </li>
        ))}
      </ul>
    </main>
  );
}
