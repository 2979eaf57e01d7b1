// The editors' credit line (edits.json's story.credit, "Edited by …") in the exports and share pages: under
// the title where each format has a place for one, valid as before; absent, every file is as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { sharePages } from '../share/sharePages.ts';
import { toCsv } from './csv.ts';
import { seedStory, story, event, editedStory } from './fixtures/stories.ts';
import { toICalendar } from './ical.ts';
import { keyEvents } from './index.ts';
import { toTimelineJs } from './timelinejs.ts';

const options = { base: '/' };
const credit = 'Edited by Ana Ruiz & <Desk>';
const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/timelinejs.schema.json'), 'utf8')));

describe('the editors\' credit line', () => {
  const seed = seedStory();
  const credited = { ...seed, credit };

  it('TimelineJS: a paragraph first on the title slide, escaped, and the file still valid; key events\' too', () => {
    const doc = JSON.parse(toTimelineJs(credited, options));
    expect(validate(doc)).toBe(true);
    expect(doc.title.text.text.startsWith('<p>Edited by Ana Ruiz &amp; &lt;Desk&gt;</p><p>A sourced timeline')).toBe(true);
    const key = keyEvents(credited);
    if (key) expect(JSON.parse(toTimelineJs(key, options)).title.text.text).toContain('<p>Edited by Ana Ruiz &amp; &lt;Desk&gt;</p>');
    expect(toTimelineJs(seed, options)).not.toContain('Edited by');
  });

  it('iCalendar: the calendar\'s description, read back by ical.js; before what is left out when both are said', () => {
    const calendar = new ICAL.Component(ICAL.parse(toICalendar(credited, options)));
    expect(calendar.getFirstPropertyValue('description')).toBe(credit);
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toBe(credit);
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(seed.events.length);
    const partly = story([event('d', '2017-02-23', 'day'), event('y', '2016', 'year')], undefined, { credit });
    const said = new ICAL.Component(ICAL.parse(toICalendar(partly, options))).getAllProperties('description');
    expect(said).toHaveLength(1);
    expect(said[0]!.getFirstValue()).toMatch(/^Edited by Ana Ruiz & <Desk>\nNot in this calendar: 1 event dated no finer than a season or a year\./);
    expect(toICalendar(seed, options)).not.toContain('X-WR-CALDESC');
  });

  it('CSV: has no story title, so no credit; the file is the same', () => {
    expect(toCsv(credited, options)).toBe(toCsv(seed, options));
  });

  it('share pages: the story\'s preview says it after what the timeline is; an event\'s preview does not', () => {
    const template = '<!doctype html><html><head><title>Dateline</title></head><body></body></html>';
    const s = { ...editedStory(), credit: 'Edited by Ana Ruiz' };
    const [storyPage, eventPage] = sharePages(template, s, options);
    expect(storyPage!.html).toContain('<meta name="description" content="A sourced timeline of 2 events from 1 articles, Wednesday 22 February 2017. Edited by Ana Ruiz.">');
    expect(storyPage!.html).toContain('<meta property="og:description" content="A sourced timeline of 2 events from 1 articles, Wednesday 22 February 2017. Edited by Ana Ruiz.">');
    expect(eventPage!.html).not.toContain('Edited by');
    expect(sharePages(template, { ...s, credit: 'Edited by <b>' }, options)[0]!.html).toContain('Edited by &lt;b&gt;.');
    expect(sharePages(template, editedStory(), options)[0]!.html).not.toContain('Edited by');
  });
});
