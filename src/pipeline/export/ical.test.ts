import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { article, editedStory, event, precisionStory, seedStory, story } from './fixtures/stories.ts';
import { escapeText, toICalendar } from './ical.ts';
import { toTimelineJs } from './timelinejs.ts';
import { foldLine } from '../../schema/exports.ts';

/** Parsed by ical.js (Mozilla's RFC 5545 parser), never by our own code. */
function vevents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}
const prop = (c: ICAL.Component, name: string) => c.getFirstPropertyValue(name);

describe('iCalendar export', () => {
  it('the seed story parses with ical.js: one all-day VEVENT per event with stable UIDs and a deterministic DTSTAMP', () => {
    const seed = seedStory();
    const text = toICalendar(seed, { base: '/', siteUrl: 'https://news.example.org' });
    const { calendar, events } = vevents(text);
    expect(prop(calendar, 'version')).toBe('2.0');
    expect(prop(calendar, 'prodid')).toBe('-//Dateline//Story export//EN');
    expect(events).toHaveLength(seed.events.length);
    expect(events.map((v) => prop(v, 'uid'))).toEqual(seed.events.map((e) => `${e.id}@us-officials-in-mexico-city.dateline`));
    for (const [i, e] of seed.events.entries()) {
      const v = events[i]!;
      const start = prop(v, 'dtstart') as ICAL.Time;
      const end = prop(v, 'dtend') as ICAL.Time;
      expect(start.isDate, e.id).toBe(true);
      expect(start.toString()).toBe(e.date.value);
      expect(end.subtractDate(start).toSeconds()).toBe(86_400);
      expect(prop(v, 'summary')).toBe(e.title);
      expect(prop(v, 'url')).toBe(`https://news.example.org/us-officials-in-mexico-city/${e.id}/`);
      expect((prop(v, 'dtstamp') as ICAL.Time).toString()).toBe('2017-02-24T00:00:00Z');
    }
    expect(prop(events[0]!, 'description')).toMatch(/^The Department of Homeland Security \(DHS\) on Tuesday issued new orders.*\n\nDate: Tuesday 21 February 2017\nSources: .*\nIn Dateline: https:\/\/news\.example\.org\/us-officials-in-mexico-city\/2017-02-21-comes-kelly-issued-orders-begin\/$/s);
  });

  it('is CRLF throughout, folds every line at 75 octets, and is byte-identical on a rebuild', () => {
    const text = toICalendar(seedStory(), { base: '/' });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.every((l) => !/[\r\n]/.test(l))).toBe(true);
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l)))).toBeLessThanOrEqual(75);
    expect(text).toBe(toICalendar(structuredClone(seedStory()), { base: '/' }));
  });

  it('times are timed entries; weeks and months are all-day spans; a season, a year, no year: no entry', () => {
    const { events } = vevents(toICalendar(precisionStory(), { base: '/' }));
    const byUid = new Map(events.map((v) => [String(prop(v, 'uid')).split('@')[0], v]));
    expect([...byUid.keys()]).toEqual(['time', 'day', 'night', 'week', 'month']);
    const span = (id: string) => {
      const v = byUid.get(id)!;
      const [s, e] = [prop(v, 'dtstart') as ICAL.Time, prop(v, 'dtend') as ICAL.Time | null];
      return [s.toString(), e?.toString() ?? null, s.isDate];
    };
    expect(span('time')).toEqual(['2017-02-24T15:21:00', null, false]);
    expect((prop(byUid.get('time')!, 'dtstart') as ICAL.Time).zone).toBe(ICAL.Timezone.localTimezone); // floating
    expect(span('day')).toEqual(['2017-02-23', '2017-02-24', true]);
    expect(span('night')).toEqual(['2017-02-23', '2017-02-24', true]);
    expect(span('week')).toEqual(['2017-02-20', '2017-02-27', true]);
    expect(span('month')).toEqual(['2017-02-01', '2017-03-01', true]);
    expect(prop(byUid.get('month')!, 'description')).toContain('Date: February 2017 (the day is not known)');
    // Without DATELINE_SITE_URL the link is a path: no URL property (it must be absolute), the path in the text.
    expect(prop(byUid.get('day')!, 'url')).toBeNull();
    expect(prop(byUid.get('day')!, 'description')).toContain('In Dateline: /test-story/day/');
    // DTSTAMP: the latest article publication, 2017-02-24 15:21.
    expect((prop(byUid.get('day')!, 'dtstamp') as ICAL.Time).toString()).toBe('2017-02-24T15:21:00Z');
  });

  it('says what it leaves out, and where the story has it (a year-less story\'s calendar had been empty without a word)', () => {
    const { calendar } = vevents(toICalendar(precisionStory(), { base: '/' }));
    const said = String(prop(calendar, 'description'));
    expect(said).toMatch(/^Not in this calendar: \d+ events? whose year no article states; \d+ events? dated no finer than a season or a year\. The story's timeline has them: \/test-story\/$/);
    // ical.js leaves an X- property's text escaped.
    expect(String(prop(calendar, 'x-wr-caldesc')).replace(/\\([,;\\])/g, '$1')).toBe(said);
    // A calendar that keeps every event says nothing of the kind.
    expect(prop(vevents(toICalendar(seedStory(), { base: '/' })).calendar, 'description')).toBeNull();
  });

  it('round-trips hostile text: commas, semicolons, backslashes, newlines, control characters, long UTF-8', () => {
    const title = 'Kelly; Tillerson, and a \\ backslash\nsecond line \u0007bell';
    const long = 'Déclaration « très longue » du ministre — 東京 ✓ '.repeat(8).trim();
    const s = story([
      event('a', '2017-02-23', 'day', { title, summary: long }),
      event('b', '2017-02-24', 'day', { title: long }),
    ], [article('a1', { publisher: 'Wire, Inc.; "quoted"' })]);
    const text = toICalendar(s, { base: '/' });
    const lines = text.slice(0, -2).split('\r\n');
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l)))).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
    const { events } = vevents(text);
    expect(prop(events[0]!, 'summary')).toBe('Kelly; Tillerson, and a \\ backslash\nsecond line bell');
    expect(prop(events[0]!, 'description')).toContain(`${long}\n\nDate: Thursday 23 February 2017\nSource: Wire, Inc.; "quoted"\n`);
    expect(prop(events[1]!, 'summary')).toBe(long);
    expect(prop(events[0]!, 'dtstamp')!.toString()).toBe('2017-02-24T00:00:00Z'); // no article date: the latest event
  });

  it('says what the editors changed in the description', () => {
    const { events } = vevents(toICalendar(editedStory(), { base: '/' }));
    expect(prop(events[0]!, 'description')).toContain('\nDate corrected by the editors: The ministry\'s statement gives <Wednesday>, not Thursday\nMarked as a key event by the editors.\nIn Dateline: /test-story/redated/');
    expect(prop(events[1]!, 'description')).not.toContain('editors');
  });

  it('escapes and folds by the letter of RFC 5545', () => {
    expect(escapeText('a,b;c\\d\r\ne\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
    expect(foldLine('x'.repeat(75))).toBe(`${'x'.repeat(75)}\r\n`);
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x\r\n`);
    expect(foldLine(`${'x'.repeat(74)}é`)).toBe(`${'x'.repeat(74)}\r\n é\r\n`); // é is two octets: never split
  });
});

describe('an event\'s sources in the exports', () => {
  // On the pattern of Timeline17 Egypt: CNN pages without an address; the review saw "CNN, CNN, CNN, ...".
  const cnn = story([event('e1', '2011-01-28', 'day', {}, ['c1', 'c2', 'c3', 'n1', 'w1'])], [
    article('c1', { publisher: 'CNN' }), article('c2', { publisher: 'CNN' }), article('c3', { publisher: 'CNN' }),
    article('n1', { title: 'Unrest and Protests in Egypt Continue' }),
    article('w1', { publisher: 'Reuters', url: 'https://example.com/reuters/1' }),
  ]);

  it('names an outlet once with its number of articles where no address tells them apart (iCalendar)', () => {
    const { events } = vevents(toICalendar(cnn, { base: '/' }));
    expect(prop(events[0]!, 'description')).toContain('Sources: CNN (3 articles), Unrest and Protests in Egypt Continue, Reuters (https://example.com/reuters/1)');
  });

  it('does the same in TimelineJS', () => {
    const doc = toTimelineJs(cnn, { base: '/' });
    expect(doc).toContain('Sources: CNN (3 articles), Unrest and Protests in Egypt Continue, <a href=\\"https://example.com/reuters/1\\">Reuters</a>');
  });
});
