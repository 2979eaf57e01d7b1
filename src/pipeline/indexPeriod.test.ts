import { describe, expect, it } from 'vitest';
import type { Story } from '../schema/index.ts';
import { indexOf, periodOf } from './buildAll.ts';

type Ev = Story['events'][number];
const ev = (value: string, key?: boolean) => ({ date: { value }, ...(key === undefined ? {} : { key }) }) as unknown as Ev;

describe('periodOf (the span the story index shows)', () => {
  it('is the span of the key events, not of every date the articles recall', () => {
    expect(periodOf([ev('1889'), ev('1918'), ev('2009-04-24', true), ev('2009-04-29'), ev('2009-06-11', true), ev('2040')])).toEqual(['2009-04-24', '2009-06-11']);
  });
  it('falls back to every event without key events, and to nothing without events', () => {
    expect(periodOf([ev('2017-02-21', false), ev('2017-02-23')])).toEqual(['2017-02-21', '2017-02-23']);
    expect(periodOf([])).toEqual([null, null]);
    // By range, not by the text of the values: a week that starts before a day of it opens the period.
    expect(periodOf([ev('1940-05-09', true), ev('1940-W19', true)])).toEqual(['1940-W19', '1940-W19']);
    expect(periodOf([ev('2017-12-26', true), ev('2017-W52', true), ev('2018-01-02', true)])).toEqual(['2017-W52', '2018-01-02']);
  });
});

describe('the index says an unsure end of a period as the story does', () => {
  it('marks an end "about" when every period event dated by it is unsure', () => {
    const unsure = { date: { value: '2017-12-13', confidence: 0.3 }, key: true } as unknown as Ev;
    const sure = { date: { value: '2018-03-23', confidence: 0.9 }, key: true } as unknown as Ev;
    const story = { id: 's', title: 'S', articles: [], events: [unsure, sure] } as unknown as Story;
    expect(indexOf([story]).stories[0]).toMatchObject({ from: '2017-12-13', to: '2018-03-23', fromAbout: true });
    expect(indexOf([story]).stories[0]!.toAbout).toBeUndefined();
  });
});
