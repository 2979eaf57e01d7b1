// A day the story is unsure of reads "about" in every export, as it does on the page (src/schema/about.ts).
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { precisionStory } from './fixtures/stories.ts';
import { toCsv } from './csv.ts';
import { toICalendar } from './ical.ts';
import { timelineJsDocument } from './timelinejs.ts';

function unsure() {
  const s = precisionStory();
  const day = s.events.find((e) => e.id === 'day')!;
  day.date = { ...day.date, source: 'inferred', confidence: 0.3 };
  const time = s.events.find((e) => e.id === 'time')!;
  time.date = { ...time.date, source: 'inferred', confidence: 0.8 };
  return s;
}

describe('"about" in the exports', () => {
  it('the CSV label, the calendar entry and the TimelineJS slide say "about" for an unsure day, and nothing for a sure one', () => {
    const s = unsure();
    const csv = toCsv(s, { base: '/' });
    expect(csv).toContain(',2017-02-23,about 23 February 2017,day,inferred,');
    const cal = new ICAL.Component(ICAL.parse(toICalendar(s, { base: '/' })));
    const byUid = new Map(cal.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')).split('@')[0], v]));
    expect(String(byUid.get('day')!.getFirstPropertyValue('description'))).toContain('Date: about 23 February 2017');
    expect(String(byUid.get('time')!.getFirstPropertyValue('description'))).not.toContain('about');
    const tl = timelineJsDocument(s, { base: '/' });
    expect(tl.events.find((e) => e.unique_id === 'day')!.display_date).toBe('about 23 February 2017');
    expect(tl.events.find((e) => e.unique_id === 'time')!.display_date).toBeUndefined();
  });
});
