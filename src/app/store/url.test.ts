import { describe, expect, it } from 'vitest';
import type { Story } from '../../schema/story.ts';
import { splitStory } from '../../pipeline/story/split.ts';
import { bindUrl, buildUrl, parseRoute } from './url.ts';
import { CLEAR_FILTERS, NO_FILTERS } from './items.ts';
import { createTimelineStore } from './createTimelineStore.ts';

describe('the URL scheme', () => {
  it('reads the story and the event from the path, relative to the base', () => {
    expect(parseRoute('/dateline/', '/dateline/seed/dhs-orders/', '')).toMatchObject({ storyId: 'seed', eventId: 'dhs-orders' });
    expect(parseRoute('/', '/', '')).toMatchObject({ storyId: null, eventId: null });
  });
  it('reads filters and the reader from the query', () => {
    const r = parseRoute('/', '/seed/', '?source=a1&actor=John+Kelly&q=border&read=a1&at=120');
    expect(r.filters).toEqual({ source: 'a1', actor: 'John Kelly', q: 'border' });
    expect(r.reader).toEqual({ articleId: 'a1', at: 120 });
  });
  it('writes what it reads', () => {
    const route = { eventId: 'e1', filters: { source: null, actor: 'Rex Tillerson', q: 'cash' }, reader: { articleId: 'a2', at: 7 } };
    const url = buildUrl('/', 'seed', route);
    expect(url).toBe('/seed/e1/?actor=Rex+Tillerson&q=cash&read=a2&at=7');
    const [path, query] = url.split('?');
    expect(parseRoute('/', path!, `?${query}`)).toEqual({ storyId: 'seed', ...route });
  });
  it('writes and reads the words asked for in the reader (from `at` to `to`), and ignores a `to` that is no end', () => {
    const route = { eventId: 'e1', filters: { source: null, actor: null, q: '' }, reader: { articleId: 'a2', at: 7, to: 24 } };
    const url = buildUrl('/', 'seed', route);
    expect(url).toBe('/seed/e1/?read=a2&at=7&to=24');
    expect(parseRoute('/', '/seed/e1/', '?read=a2&at=7&to=24')).toEqual({ storyId: 'seed', ...route });
    expect(parseRoute('/', '/seed/e1/', '?read=a2&at=7&to=3').reader).toEqual({ articleId: 'a2', at: 7 });
  });
  it('writes and reads "key events only"', () => {
    const route = { eventId: null, filters: { source: null, actor: null, q: '', key: true }, reader: null };
    expect(buildUrl('/', 'seed', route)).toBe('/seed/?key=1');
    expect(parseRoute('/', '/seed/', '?key=1').filters).toEqual(route.filters);
    expect(parseRoute('/', '/seed/', '?key=0').filters.key).toBeUndefined();
  });
  it('gives a story without selection a clean path', () => {
    expect(buildUrl('/', 'seed', { eventId: null, filters: NO_FILTERS, reader: null })).toBe('/seed/');
  });
  it('writes and reads the date range, each side optional, and drops what is no day', () => {
    const route = { eventId: null, filters: { ...NO_FILTERS, from: '2009-04-25', to: '2009-05-01' }, reader: null };
    expect(buildUrl('/', 'h1n1', route)).toBe('/h1n1/?from=2009-04-25&to=2009-05-01');
    expect(parseRoute('/', '/h1n1/', '?from=2009-04-25&to=2009-05-01')).toEqual({ storyId: 'h1n1', ...route });
    expect(parseRoute('/', '/h1n1/', '?to=2009-05-01').filters).toEqual({ ...NO_FILTERS, to: '2009-05-01' });
    expect(buildUrl('/', 'h1n1', { ...route, filters: { ...NO_FILTERS, from: '2009-04-25' } })).toBe('/h1n1/?from=2009-04-25');
    expect(parseRoute('/', '/h1n1/', '?from=2009-02-30&to=soon').filters).toEqual(NO_FILTERS);
    // Reversed is kept as written: the filter bar says it is not applied.
    expect(parseRoute('/', '/h1n1/', '?from=2009-05-01&to=2009-04-25').filters).toEqual({ ...NO_FILTERS, from: '2009-05-01', to: '2009-04-25' });
  });
  it('tells the range\'s `to` (a day) from the reader\'s (a number), in either order', () => {
    const route = { eventId: 'e1', filters: { ...NO_FILTERS, from: '2009-04-25', to: '2009-05-01' }, reader: { articleId: 'a2', at: 7, to: 24 } };
    const url = buildUrl('/', 'seed', route);
    expect(url).toBe('/seed/e1/?from=2009-04-25&to=2009-05-01&read=a2&at=7&to=24');
    const [path, query] = url.split('?');
    expect(parseRoute('/', path!, `?${query}`)).toEqual({ storyId: 'seed', ...route });
    expect(parseRoute('/', '/seed/e1/', '?read=a2&at=7&to=24&to=2009-05-01')).toEqual({ storyId: 'seed', ...route, filters: { ...NO_FILTERS, to: '2009-05-01' } });
    // A range's `to` alone is no end of the reader's words.
    expect(parseRoute('/', '/seed/e1/', '?read=a2&at=7&to=2009-05-01').reader).toEqual({ articleId: 'a2', at: 7 });
  });
});

const seed = import.meta.glob<Story>('../../../e2e/fixtures/seed-story.json', { eager: true, import: 'default' })['../../../e2e/fixtures/seed-story.json']!;

describe('the date range in the history', () => {
  it('pushes an entry when a side is set or cleared, replaces it while the side is edited, and Back restores it', () => {
    const store = createTimelineStore(splitStory(seed).outline);
    const calls: string[] = [];
    const listeners: Array<() => void> = [];
    const location = { pathname: '/seed-fixture/', search: '' };
    const go = (kind: string) => (_: unknown, __: string, url: string) => {
      calls.push(`${kind} ${url}`);
      [location.pathname, location.search] = [url.split('?')[0]!, url.includes('?') ? `?${url.split('?')[1]}` : ''];
    };
    const win = { location, history: { pushState: go('push'), replaceState: go('replace') }, addEventListener: (_: string, l: () => void) => listeners.push(l), removeEventListener: () => {} } as unknown as Window;
    bindUrl(store, '/', win);
    const set = store.getState().setFilters;
    // A year typed digit by digit into the From input.
    for (const from of ['0002-02-22', '0020-02-22', '0201-02-22', '2017-02-22']) set({ from });
    set({ to: '2017-02-22' });
    set({ from: undefined });
    set(CLEAR_FILTERS);
    expect(calls).toEqual([
      'push /seed-fixture/?from=0002-02-22',
      'replace /seed-fixture/?from=0020-02-22',
      'replace /seed-fixture/?from=0201-02-22',
      'replace /seed-fixture/?from=2017-02-22',
      'push /seed-fixture/?from=2017-02-22&to=2017-02-22',
      'push /seed-fixture/?to=2017-02-22',
      'push /seed-fixture/',
    ]);
    // Back to the range: the store takes it from the URL.
    location.search = '?from=2017-02-22&to=2017-02-22';
    listeners.forEach((l) => l());
    expect(store.getState().filters).toMatchObject({ from: '2017-02-22', to: '2017-02-22' });
    expect(store.getState().shown.map((i) => i.event.id).sort()).toEqual(['dhs-memos', 'videgaray-warning']);
  });
});
