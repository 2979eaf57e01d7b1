import { describe, expect, it } from 'vitest';
import type { Event, Story } from '../../schema/story.ts';
import { splitStory } from '../../pipeline/story/split.ts';
import { toItems } from '../store/items.ts';
import { storyPeriod } from './period.ts';

let n = 0;
function ev(value: string, sources = 1, extra: Partial<Event> = {}): Event {
  const granularity = value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  return {
    id: `e${n++}`, date: { value, granularity, source: 'stated', evidence: { articleId: null, text: value, start: null, end: null, anchor: null, note: '' } },
    title: value, summary: '', actors: [], place: null, quotes: [],
    mentions: Array.from({ length: sources }, (_, i) => ({ articleId: `a${i}`, start: 0, end: 1, text: 'x' })), sources: [], ...extra,
  } as unknown as Event;
}
const story = (events: Event[]) => splitStory({ schemaVersion: 1, id: 's', title: 'S', articles: [], events, context: [], warnings: [] } as Story).outline;
const iso = (p: [number, number] | null) => p && p.map((t) => new Date(t).toISOString().slice(0, 10));

describe('storyPeriod', () => {
  it('opens on the story, not on far recalls (1889, 1918, 2040)', () => {
    const days = ['2009-04-24', '2009-04-25', '2009-04-26', '2009-04-27', '2009-04-28', '2009-04-29', '2009-04-30', '2009-05-01', '2009-05-02', '2009-05-04', '2009-05-06', '2009-06-11'];
    const events = [ev('1889'), ev('1918'), ev('1918'), ev('1957'), ev('2040'), ...days.flatMap((d) => [ev(d, 3), ev(d, 2)])];
    const [from, to] = iso(storyPeriod(toItems(story(events))))!;
    expect(from).toBe('2009-04-24');
    expect(to! >= '2009-05-06' && to! <= '2009-06-12').toBe(true);
  });

  it('takes in the quieter first and last days beside the busy ones', () => {
    const events = [ev('2017-02-20'), ...Array.from({ length: 10 }, () => ev('2017-02-23', 2)), ev('2017-02-24'), ev('2016')];
    expect(iso(storyPeriod(toItems(story(events))))).toEqual(['2017-02-20', '2017-02-25']);
  });

  it('prefers the key events when the story marks some', () => {
    const events = [...Array.from({ length: 20 }, () => ev('2017-02-23', 3)), ev('2017-01-20', 1, { key: true }), ev('2017-01-25', 1, { key: true })];
    expect(iso(storyPeriod(toItems(story(events))))).toEqual(['2017-01-20', '2017-01-26']);
  });

  it('uses the top ranks when events carry rank and none is marked key', () => {
    const ranked = Array.from({ length: 10 }, (_, i) => ev(`2010-03-${String(10 + i).padStart(2, '0')}`, 1, { rank: i + 1 } as Partial<Event>));
    const noise = Array.from({ length: 40 }, (_, i) => ev('2010-07-01', 5, { rank: 11 + i } as Partial<Event>));
    expect(iso(storyPeriod(toItems(story([...ranked, ...noise]))))).toEqual(['2010-03-10', '2010-03-18']);
  });

  it('is null without dated events, and a single day is at least that day', () => {
    expect(storyPeriod(toItems(story([])))).toBeNull();
    expect(iso(storyPeriod(toItems(story([ev('2020-05-05')]))))).toEqual(['2020-05-05', '2020-05-06']);
  });
});

describe('storyPeriod with key events', () => {
  it('spans every key event, years apart if need be, and ignores the rest', () => {
    const events = [ev('2013-05-16', 1, { key: true }), ev('2017-07-20', 1, { key: true }), ev('1968', 5), ev('2017-07-20', 9)];
    expect(iso(storyPeriod(toItems(story(events))))).toEqual(['2013-05-16', '2017-07-21']);
  });
});
