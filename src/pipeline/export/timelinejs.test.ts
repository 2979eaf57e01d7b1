import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { article, editedStory, event, precisionStory, seedStory, story } from './fixtures/stories.ts';
import { timelineJsDocument, toTimelineJs, type TlSlide } from './timelinejs.ts';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/timelinejs.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const errorsOf = (doc: unknown) => (validate(doc) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));
const options = { base: '/' };

describe('TimelineJS export', () => {
  it('the seed story validates against the TimelineJS3 JSON format, one slide per event, at day precision', () => {
    const seed = seedStory();
    const doc = JSON.parse(toTimelineJs(seed, options));
    expect(errorsOf(doc)).toEqual([]);
    expect(doc.events).toHaveLength(seed.events.length);
    expect(doc.events.map((e: TlSlide) => e.unique_id)).toEqual(seed.events.map((e) => e.id));
    for (const [i, e] of seed.events.entries()) {
      const [y, m, d] = e.date.value.split('-').map(Number);
      expect(doc.events[i].start_date, e.id).toEqual({ year: y, month: m, day: d });
    }
    expect(doc.title.text.headline).toBe(seed.title);
    expect(doc.title.text.text).toContain('<a href="/us-officials-in-mexico-city/">');
  });

  it('the schema rejects what TimelineJS would misread, so a pass means something', () => {
    const ok = { events: [{ start_date: { year: 2017, month: 2 }, text: { headline: 'h', text: 't' } }] };
    expect(errorsOf(ok)).toEqual([]);
    const bad: [string, unknown][] = [
      ['no events', { title: { text: { headline: 'h' } } }],
      ['an event without a start date', { events: [{ text: { headline: 'h' } }] }],
      ['a date without a year', { events: [{ start_date: { month: 2 } }] }],
      ['month 13', { events: [{ start_date: { year: 2017, month: 13 } }] }],
      ['a day without its month', { events: [{ start_date: { year: 2017, day: 3 } }] }],
      ['a minute without its hour', { events: [{ start_date: { year: 2017, month: 1, day: 1, minute: 5 } }] }],
      ['a year as text', { events: [{ start_date: { year: 'MMXVII' } }] }],
      ['an undocumented property', { events: [{ start_date: { year: 2017 }, startDate: 'x' }] }],
      ['an unknown scale', { events: [], scale: 'geological' }],
    ];
    for (const [what, doc] of bad) expect(errorsOf(doc), what).not.toEqual([]);
  });

  it('keeps each date at its own precision and leaves out dates without a year', () => {
    const doc = timelineJsDocument(precisionStory(), options);
    expect(errorsOf(doc)).toEqual([]);
    const byId = new Map(doc.events.map((e) => [e.unique_id, e]));
    expect(byId.get('time')!.start_date).toEqual({ year: 2017, month: 2, day: 24, hour: 15, minute: 21 });
    expect(byId.get('day')!.start_date).toEqual({ year: 2017, month: 2, day: 23 });
    expect(byId.get('night')).toMatchObject({ start_date: { year: 2017, month: 2, day: 23 }, display_date: 'Thursday 23 February 2017, night' });
    expect(byId.get('week')).toMatchObject({ start_date: { year: 2017, month: 2, day: 20 }, end_date: { year: 2017, month: 2, day: 26 }, display_date: 'the week of 20 February 2017' });
    expect(byId.get('month')!.start_date).toEqual({ year: 2017, month: 2 });
    expect(byId.get('month')!.display_date).toBeUndefined();
    expect(byId.get('season')).toMatchObject({ start_date: { year: 2009, month: 12, day: 1 }, end_date: { year: 2010, month: 2, day: 28 }, display_date: 'Winter 2009–10' });
    expect(byId.get('year')!.start_date).toEqual({ year: 2016 });
    expect(byId.get('decade')).toMatchObject({ start_date: { year: 1990 }, end_date: { year: 1999 }, display_date: 'the 1990s' });
    expect(byId.has('yearless')).toBe(false);
    expect(byId.has('present')).toBe(false);
    expect(doc.events).toHaveLength(8);
    expect(doc.title.text.text).toContain('2 events whose year no article states are not shown here');
  });

  it('escapes article text: the only markup is its own paragraphs and links to web addresses', () => {
    const hostile = story(
      [event('x', '2017-02-23', 'day', {
        title: '<img src=x onerror="alert(1)"> & co',
        summary: 'He said <script>alert(2)</script> "quoted" it\'s',
      }, ['a1', 'a2', 'a3'])],
      [
        article('a1', { publisher: '<b>Evil</b> Times', url: 'javascript:alert(3)' }),
        article('a2', { publisher: 'Good "Daily"', url: 'https://example.org/a?b=1&c="2"' }),
        article('a3', { title: 'No <publisher>', url: 'data:text/html,<script>alert(4)</script>' }),
      ],
      { title: 'Story <i>title</i>' },
    );
    const doc = timelineJsDocument(hostile, { base: '/', siteUrl: 'https://news.example.org' });
    expect(errorsOf(doc)).toEqual([]);
    const slide = doc.events[0]!;
    expect(slide.text.headline).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co');
    expect(doc.title.text.headline).toBe('Story &lt;i&gt;title&lt;/i&gt;');
    const { document } = parseHTML(`<div>${slide.text.text}</div>`);
    const tags = [...document.querySelectorAll('*')].map((el) => el.tagName.toLowerCase());
    expect(new Set(tags)).toEqual(new Set(['div', 'p', 'a']));
    const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.org/a?b=1&c=%222%22', 'https://news.example.org/test-story/x/']);
    expect(document.querySelector('div')!.textContent).toContain('He said <script>alert(2)</script> "quoted" it\'s');
    expect(document.querySelector('div')!.textContent).toContain('Sources: <b>Evil</b> Times, Good "Daily", No <publisher>');
  });

  it('says what the editors changed, escaped', () => {
    const doc = timelineJsDocument(editedStory(), options);
    expect(errorsOf(doc)).toEqual([]);
    expect(doc.events[0]!.text.text).toContain('<p><em>Date corrected by the editors: The ministry&#39;s statement gives &lt;Wednesday&gt;, not Thursday</em></p><p><em>Marked as a key event by the editors.</em></p>');
    expect(doc.events[1]!.text.text).not.toContain('editors');
  });

  it('says when a date was inferred, and is byte-identical on a rebuild', () => {
    const s = story([event('x', '2017-02-23', 'day', { date: { value: '2017-02-23', granularity: 'day', source: 'inferred', confidence: 0.4, evidence: null } })]);
    expect(timelineJsDocument(s, options).events[0]!.text.text).toContain('Date inferred from the rest of the story.');
    expect(toTimelineJs(seedStory(), options)).toBe(toTimelineJs(structuredClone(seedStory()), options));
  });
});
