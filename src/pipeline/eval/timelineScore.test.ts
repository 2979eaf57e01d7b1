// The gold shape follows /work/shared/eval/README.md; the sentences are from the seed story
// (data/stories/us-officials-in-mexico-city, articles 000 and 003), shortened.
import { describe, expect, it } from 'vitest';
import type { Event, Story } from '../../schema/index.ts';
import { norm, scoreTimeline, type Gold } from './timelineScore.ts';

const day = (value: string) => ({ value, granularity: 'day' as const, source: 'resolved' as const, evidence: null });
function event(id: string, date: string, mentions: Array<[string, string]>): Event {
  return {
    id, date: day(date), title: id, summary: '', actors: [], place: null, quotes: [], sources: mentions.length,
    mentions: mentions.map(([articleId, text]) => ({ articleId, start: 0, end: text.length, text })),
  };
}
function story(events: Event[], published: Record<string, string | null>): Story {
  return {
    schemaVersion: 1 as never, id: 's', title: 's', events, context: [], warnings: [],
    articles: Object.entries(published).map(([id, p]) => ({ id, file: id, title: id, publisher: null, url: null, byline: null, dateline: null, published: p ? day(p) : null, text: '' })),
  };
}

const gold: Gold = {
  articles: { a: { published: null, published_range: ['2017-02-23', '2017-02-25'] }, b: { published: '2017-02-24' } },
  events: [
    { id: 'orders', date: '2017-02-21', core: true, mentions: [{ article: 'a', quote: 'Kelly on Tuesday issued new orders' }, { article: 'b', quote: 'on Tuesday issued new orders to step up' }] },
    { id: 'presser', date: '2017-02-23', core: true, mentions: [{ article: 'a', quote: 'Kelly on Thursday promised' }] },
    { id: 'spicer', date: '2017-02-23', core: false, recoverable: 'weekday', mentions: [{ article: 'b', quote: 'Spicer later told a news conference' }] },
  ],
  must_not_be_events: ['Skip to main content'],
};

describe('scoreTimeline', () => {
  it('folds curly quotes, dashes and white space when matching', () => {
    expect(norm('“No – repeat,\n no”')).toBe('"no - repeat, no"');
  });

  it('counts recall, date accuracy and coverage from the best-matching event', () => {
    const s = scoreTimeline(story([
      event('e1', '2017-02-21', [['a', 'This comes after Kelly on Tuesday issued new orders to begin arresting.']]),
      event('e2', '2017-02-22', [['b', 'The DHS on Tuesday issued new orders to step up the arrest.']]),
      event('e3', '2017-02-23', [['a', 'John Kelly on Thursday promised “no mass deportations”.']]),
    ], { a: '2017-02-24', b: '2017-02-24' }), gold);
    expect(s.coreRecall).toBe(1);
    expect(s.dateAccuracyCore).toBe(1);
    // The split "orders" event covers half its articles with the first event found.
    expect(s.lines[0]!.coverage).toBe(0.5);
    expect(s.articleDating).toBe(1);
    expect(s.overMerges).toHaveLength(0);
    // "orders" is told by two events, "presser" by one: 1.5 events per matched gold event.
    expect(s.eventsPerMatched).toBe(1.5);
  });

  it('reports an over-merge of two gold events with different dates, and junk', () => {
    const s = scoreTimeline(story([
      event('big', '2017-02-23', [['a', 'Kelly on Tuesday issued new orders.'], ['a', 'Kelly on Thursday promised.'], ['a', 'Skip to main content']]),
    ], { a: '2017-02-26', b: null }), gold);
    expect(s.overMerges).toEqual([{ event: 'big', gold: ['orders', 'presser'] }]);
    expect(s.junk).toHaveLength(1);
    expect(s.articleDating).toBe(0);
    expect(s.unmatched).toEqual([]);
  });

  it('does not date-score events whose date is recoverable only as a weekday', () => {
    const s = scoreTimeline(story([event('x', '2017-03-01', [['b', 'Sean Spicer later told a news conference.']])], { a: null, b: null }), gold);
    expect(s.lines[2]!.dateOk).toBeNull();
    // As score_timeline.py: n / max(1, scored) is 0 when no matched event is date-scored.
    expect(s.dateAccuracyAll).toBe(0);
    expect(s.coreRecall).toBe(0);
  });

  it('compares month and day only for a month-day event, and only full days', () => {
    const g: Gold = { articles: {}, events: [{ id: 'm', date: '2017-02-21', recoverable: 'month-day', mentions: [{ article: 'a', quote: 'issued new orders' }] }] };
    const at = (date: string) => scoreTimeline(story([event('x', date, [['a', 'Kelly issued new orders.']])], { a: null }), g).dateAccuracyAll;
    expect(at('XXXX-02-21')).toBe(1);
    expect(at('2016-02-21')).toBe(1);
    expect(at('2017-02-21T10:00')).toBe(1);
    expect(at('XXXX-02')).toBe(0);
  });

  it('takes published_range over published, and accepts a year-less day only in a year-less story', () => {
    const arts = { a: { published: '2017-02-20', published_range: ['2017-02-23', '2017-02-25'] as [string, string] } };
    const withYear: Gold = { articles: arts, events: [{ id: 'e', date: '2017-02-21', mentions: [] }] };
    const yearless: Gold = { articles: arts, events: [{ id: 'e', date: '2017-02-21', recoverable: 'month-day', mentions: [] }] };
    expect(scoreTimeline(story([], { a: '2017-02-20' }), withYear).articleDating).toBe(0);
    expect(scoreTimeline(story([], { a: '2017-02-24' }), withYear).articleDating).toBe(1);
    expect(scoreTimeline(story([], { a: 'XXXX-02-24' }), withYear).articleDating).toBe(0);
    expect(scoreTimeline(story([], { a: 'XXXX-02-24' }), yearless).articleDating).toBe(1);
    expect(scoreTimeline(story([], { a: 'XXXX-02-26' }), yearless).articleDating).toBe(0);
  });
});
