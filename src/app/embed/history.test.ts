import { describe, expect, it } from 'vitest';
import seed from '../../../e2e/fixtures/seed-story.json' with { type: 'json' };
import type { Story } from '../../schema/story.ts';
import { splitStory } from '../../pipeline/story/split.ts';
import { createTimelineStore } from '../store/createTimelineStore.ts';
import { bindUrl, type BindOptions, type HistoryMode } from '../store/url.ts';
import { embedUrl } from './params.ts';

/** A window with just enough location and history to watch which history calls bindUrl makes. */
function fakeWindow(path: string) {
  const calls: string[] = [];
  const listeners = new Set<unknown>();
  const location = { pathname: path.split('?')[0]!, search: path.includes('?') ? `?${path.split('?')[1]}` : '' };
  const go = (kind: string) => (_: unknown, __: string, url: string) => {
    calls.push(`${kind} ${url}`);
    [location.pathname, location.search] = [url.split('?')[0]!, url.includes('?') ? `?${url.split('?')[1]}` : ''];
  };
  const win = {
    location,
    history: { pushState: go('push'), replaceState: go('replace') },
    addEventListener: (_: string, l: unknown) => listeners.add(l),
    removeEventListener: (_: string, l: unknown) => listeners.delete(l),
  } as unknown as Window;
  return { win, calls, listeners };
}

const story = splitStory(seed as unknown as Story).outline;

function run(mode: HistoryMode | undefined, path: string, urlOf?: BindOptions['urlOf']) {
  const store = createTimelineStore(story);
  const f = fakeWindow(path);
  bindUrl(store, '/', f.win, { mode, urlOf });
  store.getState().select('dhs-orders');
  store.getState().setFilters({ q: 'cash' });
  store.getState().select('press-conference');
  return f;
}

describe('history modes', () => {
  it('the full page pushes a selection and replaces a filter edit (the default)', () => {
    const f = run(undefined, '/seed-fixture/');
    expect(f.calls).toEqual(['push /seed-fixture/dhs-orders/', 'replace /seed-fixture/dhs-orders/?q=cash', 'push /seed-fixture/press-conference/?q=cash']);
    expect(f.listeners.size).toBe(1);
  });

  it('an embed only replaces its own embed.html address, so the host history never grows', () => {
    const f = run('replace', '/embed.html?story=seed-fixture&compact=1', (s) =>
      embedUrl('/', { storyId: s.story.id, eventId: s.selectedId, theme: 'auto', height: 600, compact: true }),
    );
    expect(f.calls).toEqual([
      'replace /embed.html?story=seed-fixture&event=dhs-orders&compact=1',
      'replace /embed.html?story=seed-fixture&event=press-conference&compact=1',
    ]);
    expect(f.listeners.size).toBe(0);
  });

  it('none leaves the URL alone', () => {
    expect(run('none', '/seed-fixture/').calls).toEqual([]);
  });
});
