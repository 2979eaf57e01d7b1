import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Story } from '../../schema/index.ts';
import { sharePages } from './sharePages.ts';

const template = '<!doctype html><html><head><meta charset="utf-8"><title>Dateline</title><meta name="description" content="generic"></head><body><div id="root"></div></body></html>';
const text = 'Kelly on Thursday promised "no mass deportations" <b>in</b> Mexico City.';
const story: Story = {
  schemaVersion: SCHEMA_VERSION,
  id: 'mexico',
  title: 'US officials in Mexico City',
  articles: [{ id: 'a', file: 'a.txt', title: 'A', publisher: null, url: null, byline: null, dateline: null, published: null, text }],
  events: [
    {
      id: '2017-02-23-kelly-promises',
      date: { value: '2017-02-23', granularity: 'day', source: 'resolved', evidence: null },
      title: 'Kelly promises "no mass deportations" <script>',
      summary: text,
      actors: [],
      place: null,
      quotes: [],
      mentions: [{ articleId: 'a', start: 0, end: text.length, text }],
      sources: 1,
    },
  ],
  context: [],
  warnings: [],
};

describe('sharePages', () => {
  const pages = sharePages(template, story, { base: '/', siteUrl: 'https://example.org/tl' });
  const event = pages.find((p) => p.fileName === 'mexico/2017-02-23-kelly-promises/index.html')!;

  it('writes one page for the story and one per event, at the deep-link paths', () => {
    expect(pages.map((p) => p.fileName)).toEqual(['mexico/index.html', 'mexico/2017-02-23-kelly-promises/index.html']);
  });

  it('puts the event title and date in <title>, og:title and twitter:title, escaped', () => {
    const title = 'Kelly promises &quot;no mass deportations&quot; &lt;script&gt; · Thursday 23 February 2017';
    expect(event.html).toContain(`<title>${title}</title>`);
    expect(event.html).toContain(`<meta property="og:title" content="${title}">`);
    expect(event.html).toContain(`<meta name="twitter:title" content="${title}">`);
    expect(event.html).not.toContain('<script>');
  });

  it('names the story in an event preview\'s site name (a shared event says which story it is from)', () => {
    expect(event.html).toContain('<meta property="og:site_name" content="Dateline · US officials in Mexico City">');
    expect(pages[0]!.html).toContain('<meta property="og:site_name" content="Dateline">');
  });

  it('describes the event by date and summary, replacing the generic description', () => {
    expect(event.html).toContain('<meta name="description" content="Thursday 23 February 2017. Kelly on Thursday promised &quot;no mass deportations&quot; &lt;b&gt;in&lt;/b&gt; Mexico City.">');
    expect(event.html).not.toContain('content="generic"');
  });

  it('says a date and a period as the viewer does: "about" where unsure, the key events\' period, not every date', () => {
    const e0 = story.events[0]!;
    const unsure = { ...e0, id: 'unsure', key: true, date: { ...e0.date, value: '2017-02-22', confidence: 0.3 } };
    const sure = { ...e0, id: 'sure', key: true };
    const recalled = { ...e0, id: 'recalled', date: { ...e0.date, value: '1974' } };
    const built = sharePages(template, { ...story, events: [recalled, unsure, sure] }, { base: '/' });
    expect(built.find((p) => p.fileName === 'mexico/unsure/index.html')!.html).toContain('<title>Kelly promises &quot;no mass deportations&quot; &lt;script&gt; · about 22 February 2017</title>');
    expect(built.find((p) => p.fileName === 'mexico/index.html')!.html).toContain(', about 22 February 2017 to Thursday 23 February 2017.');
  });

  it('gives absolute og:url and canonical links when the site URL is known', () => {
    expect(event.html).toContain('<meta property="og:url" content="https://example.org/tl/mexico/2017-02-23-kelly-promises/">');
    expect(sharePages(template, story, { base: '/' })[1]!.html).not.toContain('og:url');
  });

  it('gives an old event id a page: the absorbing event, canonical at its own address, or the story with a note', () => {
    const moved = sharePages(template, { ...story, redirects: [{ from: 'old-kelly', to: '2017-02-23-kelly-promises', reason: 'merged' }, { from: 'gone', to: null, reason: 'removed' }] }, { base: '/', siteUrl: 'https://example.org/tl' });
    expect(moved.map((p) => p.fileName)).toEqual(['mexico/index.html', 'mexico/2017-02-23-kelly-promises/index.html', 'mexico/old-kelly/index.html', 'mexico/gone/index.html']);
    expect(moved[2]!.html).toBe(event.html);
    expect(moved[3]!.html).toContain('<meta name="description" content="This event was removed in an update. US officials in Mexico City: a sourced timeline of 1 events from 1 articles.">');
    expect(moved[3]!.html).toContain('<link rel="canonical" href="https://example.org/tl/mexico/">');
  });

  it('keeps the app shell so a person opening the link gets the viewer', () => {
    expect(event.html).toContain('<div id="root"></div>');
  });
});
