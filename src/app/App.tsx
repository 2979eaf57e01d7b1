import { useEffect, useRef, useState } from 'react';
import type { StoryIndex as Index } from '../schema/story.ts';
import type { StoryOutline } from '../schema/outline.ts';
import { ErrorMessage } from './components/ErrorMessage/ErrorMessage.tsx';
import { StoryIndex } from './components/StoryIndex/StoryIndex.tsx';
import { StoryView } from './components/StoryView/StoryView.tsx';
import { loadIndex, loadStory } from './data/load.ts';
import type { Validated } from '../schema/validate.ts';
import { parseRoute, type Route } from './store/url.ts';

const BASE = import.meta.env.BASE_URL;

type View =
  | { kind: 'loading' }
  | { kind: 'error'; title: string; problems: string[] }
  | { kind: 'index'; index: Index }
  | { kind: 'story'; story: StoryOutline; route: Route };

const here = () => parseRoute(BASE, window.location.pathname, window.location.search);

/** Routes between the story index and one story, loading and validating the documents on the way. */
export function App() {
  const [route, setRoute] = useState<Route>(here);
  const [loaded, setLoaded] = useState<Validated<Index> | null>(null);
  const [view, setView] = useState<View>({ kind: 'loading' });
  // Moving between the index and a story (a link, Back, Forward) gives focus to where the reader arrives:
  // the story's heading, or in the index the story just left; a screen reader had been left on the page.
  const moved = useRef(false);
  const left = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    void loadIndex(BASE).then((r) => live && setLoaded(r));
    const onPop = () => { moved.current = true; setRoute(here()); };
    window.addEventListener('popstate', onPop);
    return () => { live = false; window.removeEventListener('popstate', onPop); };
  }, []);

  // Which story the URL means: its own id, or at "/" the only story there is.
  const index = loaded?.ok ? loaded.value : null;
  const storyId = route.storyId ?? (index?.stories.length === 1 ? index.stories[0]!.id : null);
  const multi = !!index && index.stories.length > 1;
  useEffect(() => {
    let live = true;
    if (storyId) {
      if (view.kind === 'story' && view.story.id === storyId) return;
      setView({ kind: 'loading' });
      void loadStory(BASE, storyId).then((r) => {
        if (!live) return;
        setView(r.ok ? { kind: 'story', story: r.value, route } : { kind: 'error', title: `The story “${storyId}” could not be shown`, problems: r.errors });
      });
    } else if (loaded && !loaded.ok) {
      setView({ kind: 'error', title: 'The list of stories could not be loaded', problems: loaded.errors });
    } else if (index) {
      setView(index.stories.length ? { kind: 'index', index } : { kind: 'error', title: 'No stories have been built yet', problems: ['Add a folder of articles under data/stories/ and rebuild.'] });
    }
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `route` changes within a story are the store's business
  }, [storyId, loaded]);

  const open = (id: string | null) => {
    window.history.pushState(null, '', id ? `${BASE}${encodeURIComponent(id)}/` : BASE);
    moved.current = true;
    setRoute(here());
  };
  const shownId = view.kind === 'story' ? view.story.id : view.kind;
  useEffect(() => {
    if (view.kind === 'story') left.current = view.story.id;
    if (!moved.current || view.kind === 'loading') return;
    moved.current = false;
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active && active !== document.body && active.isConnected) return;
      const back = view.kind === 'index' && left.current ? document.querySelector<HTMLElement>(`a[href="${CSS.escape(`${BASE}${encodeURIComponent(left.current)}/`)}"]`) : null;
      const heading = document.querySelector<HTMLElement>('main h1, h1');
      if (heading && !back && heading.tabIndex < 0) heading.setAttribute('tabindex', '-1');
      (back ?? heading)?.focus();
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per view shown
  }, [shownId]);
  useEffect(() => {
    if (view.kind === 'index') document.title = 'Dateline';
  }, [view.kind]);

  switch (view.kind) {
    case 'loading':
      return <main className="app loading" aria-busy="true"><p className="brand">Dateline</p><p>Loading…</p></main>;
    case 'error':
      // A link to a story the site does not have (mistyped, renamed, taken down) says so in words, not as the
      // fetch's "…/index.json: the server answered 404 Not Found" (a story that is there but broken still shows
      // what is wrong with it).
      if (storyId && index && !index.stories.some((s) => s.id === storyId) && view.problems.some((p) => / 404\b/.test(p))) {
        return <ErrorMessage title={`There is no story “${storyId}” here`} problems={[]} note="The link may be mistyped, or the story renamed or taken down." homeHref={multi ? BASE : undefined} />;
      }
      return <ErrorMessage title={view.title} problems={view.problems} homeHref={multi ? BASE : undefined} />;
    case 'index':
      return <StoryIndex index={view.index} onOpen={open} />;
    case 'story':
      // The index may arrive after the story (a deep link): the link back to it follows, not the story's load.
      return <StoryView key={view.story.id} story={view.story} route={view.route} indexHref={multi ? BASE : null} onIndex={() => open(null)} />;
  }
}
