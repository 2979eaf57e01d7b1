import { describe, expect, it } from 'vitest';
import type { Story } from './story.ts';
import { validateStory, validateStoryIndex } from './validate.ts';
import { SCHEMA_VERSION } from './version.ts';

const text = 'Kelly on Tuesday issued new orders. He spoke on Thursday.';
const story = (): Story => ({
  schemaVersion: SCHEMA_VERSION,
  id: 'demo',
  title: 'Demo',
  articles: [{ id: 'a', file: 'a.txt', title: 'A', publisher: null, url: null, byline: null, dateline: null, published: null, text }],
  events: [
    {
      id: 'e1',
      date: { value: '2017-02-21', granularity: 'day', source: 'resolved', evidence: null },
      title: 'Kelly issues new orders',
      summary: 'Kelly on Tuesday issued new orders.',
      actors: ['John Kelly'],
      place: null,
      quotes: [],
      mentions: [{ articleId: 'a', start: 0, end: 35, text: 'Kelly on Tuesday issued new orders.' }],
      sources: 1,
    },
  ],
  context: [],
  warnings: [],
});

describe('validateStory', () => {
  it('accepts a well-formed story', () => {
    expect(validateStory(story())).toEqual({ ok: true, value: story() });
  });

  it('refuses another schema version with a message that says what to do', () => {
    const result = validateStory({ ...story(), schemaVersion: 99 });
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/schemaVersion is 99.*rebuild the story/)] });
  });

  it('names the path of a missing or mistyped field', () => {
    const bad = story() as unknown as { events: { date: { value: unknown } }[] };
    bad.events[0]!.date.value = 7;
    const result = validateStory(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^events\[0\]\.date\.value: /);
  });

  it('refuses a mention whose text is not the article text at its offsets', () => {
    const bad = story();
    bad.events[0]!.mentions[0]!.end = 20;
    const result = validateStory(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContain('events[0].mentions[0].text: does not match the article at its offsets');
  });

  it('refuses duplicate event ids and mentions of unknown articles', () => {
    const bad = story();
    bad.events.push({ ...bad.events[0]!, mentions: [{ ...bad.events[0]!.mentions[0]!, articleId: 'zz' }] });
    const result = validateStory(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual(['events[1].id: duplicate id e1', 'events[1].mentions[0].articleId: no article zz']);
  });

  it('accepts redirects to events it has and refuses redirects that lead nowhere or shadow an event', () => {
    const ok = { ...story(), redirects: [{ from: 'old', to: 'e1', reason: 'merged' as const }, { from: 'gone', to: null, reason: 'removed' as const }] };
    expect(validateStory(ok).ok).toBe(true);
    const bad = { ...story(), redirects: [{ from: 'e1', to: 'e1', reason: 'merged' as const }, { from: 'x', to: 'e7', reason: 'merged' as const }] };
    expect(validateStory(bad)).toEqual({ ok: false, errors: ['redirects[0].from: e1 is still an event of the story', 'redirects[1].to: no event e7'] });
  });

  it('refuses what is not an object at all', () => {
    expect(validateStory('<html>')).toEqual({ ok: false, errors: ['the document is not a JSON object'] });
    expect(validateStoryIndex(null)).toEqual({ ok: false, errors: ['the document is not a JSON object'] });
  });
});
