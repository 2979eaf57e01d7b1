import { describe, expect, it } from 'vitest';
import { buildUrl, parseRoute } from './url.ts';
import { NO_FILTERS } from './items.ts';

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
});
