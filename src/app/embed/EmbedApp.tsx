import { useEffect, useState } from 'react';
import type { StoryOutline } from '../../schema/outline.ts';
import { ErrorMessage } from '../components/ErrorMessage/ErrorMessage.tsx';
import { loadStory } from '../data/load.ts';
import { EmbedView } from './EmbedView.tsx';
import type { EmbedParams } from './params.ts';

type View = { kind: 'loading' } | { kind: 'error'; title: string; problems: string[] } | { kind: 'story'; story: StoryOutline };

/** The embed page: loads the story named in embed.html?story=… and shows it without the full page's chrome. */
export function EmbedApp({ params }: { params: EmbedParams }) {
  const [view, setView] = useState<View>(() =>
    params.storyId ? { kind: 'loading' } : { kind: 'error', title: 'No story to show', problems: ['The embed address needs ?story=<story id>.'] },
  );
  useEffect(() => {
    if (!params.storyId) return;
    let live = true;
    void loadStory(import.meta.env.BASE_URL, params.storyId).then((r) => {
      if (live) setView(r.ok ? { kind: 'story', story: r.value } : { kind: 'error', title: `The story “${params.storyId}” could not be shown`, problems: r.errors });
    });
    return () => { live = false; };
  }, [params.storyId]);

  switch (view.kind) {
    case 'loading':
      return <main className="embed embed--loading" aria-busy="true"><p>Loading the timeline…</p></main>;
    case 'error':
      return <ErrorMessage title={view.title} problems={view.problems} />;
    case 'story':
      return <EmbedView story={view.story} params={params} />;
  }
}
