// Grouping cases were run through dating_eval.py's groups() with the same input; the stories are made up.
import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../schema/index.ts';
import { countGroup, datingFigures, datingGroups, groupStory, type IndexedArticle } from './datingEval.ts';

const art = (pubDate: string, idx: number, text = ''): IndexedArticle => ({ pubDate, idx, text });
const ids = (groups: IndexedArticle[][]) => groups.map((g) => g.map((a) => a.idx));
const day = (n: number) => new Date(Date.UTC(2009, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

describe('datingGroups', () => {
  it('takes the articles at most 2 days after the first, across a month end', () => {
    expect(ids(datingGroups([art('2009-01-31', 0), art('2009-02-02', 1), art('2009-02-03', 2)]))).toEqual([[0, 1], [2]]);
  });

  it('orders by (day, index), keeps 6 of a window but consumes all of it', () => {
    const arts = [...Array.from({ length: 8 }, (_, i) => art('2009-03-01', i)), art('2009-03-03', 8), art('2009-03-04', 9), art('2009-02-28', 10)];
    expect(ids(datingGroups(arts))).toEqual([[10, 0, 1, 2, 3, 4], [8, 9]]);
  });

  it('past the maximum, takes groups int(k * step) spread evenly', () => {
    const arts = Array.from({ length: 25 }, (_, i) => art(day(5 * i), i));
    expect(ids(datingGroups(arts)).map((g) => g[0])).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 12, 13, 15, 16, 17, 18, 20, 21, 22, 23]);
    expect(datingGroups(arts, 30)).toHaveLength(25);
  });
});

describe('groupStory', () => {
  it('writes article_NN.txt with the text stripped plus a newline, under the slug of <topic>-NN', () => {
    const s = groupStory('t17-h1n1', 3, [art('2009-03-02', 0, '\n  Flu spreads.\r\n'), art('2009-03-02', 1, 'Second.')]);
    expect(s.id).toBe('t17-h1n1-03');
    expect(s.files.map((f) => f.name)).toEqual(['article_01.txt', 'article_02.txt']);
    expect(new TextDecoder().decode(s.files[0]!.bytes)).toBe('Flu spreads.\n');
    expect(s.meta).toEqual({});
  });
});

describe('countGroup', () => {
  const pub = (value: string, source: DateValue['source'] = 'inferred', extra = {}) =>
    ({ value, granularity: 'day', source, evidence: null, ...extra }) as DateValue;
  const group = ['2009-03-10', '2009-03-10', '2009-03-10', '2009-03-10', '2009-03-10', '2009-03-10'].map((d, i) => art(d, i));
  const story = (published: Array<DateValue | null>) => ({
    articles: published.map((p, i) => ({ id: `article_0${i + 1}`, file: '', title: '', publisher: null, url: null, byline: null, dateline: null, published: p, text: '' })),
  });

  it('counts exact, within 1 and 7 days, undated (no day), stated, more than 30 days off and confidence', () => {
    const c = countGroup(group, story([
      pub('2009-03-10', 'stated', { confidence: 0.9 }), pub('2009-03-11T08:00'), pub('2009-03-03', 'inferred', { confidence: 0.5 }),
      pub('2009-02-01'), pub('2009-03'), null,
    ]));
    expect(c).toMatchObject({ n: 6, exact: 1, within1: 2, within7: 3, undated: 2, stated: 1, over30: 1, failed: 0, confidenceN: 2 });
    const f = datingFigures(c);
    expect(f.exact).toBeCloseTo(1 / 6);
    expect(f.meanConfidence).toBeCloseTo(0.7);
  });

  it('fails every article of a story that did not build, and has no mean confidence without one', () => {
    const c = countGroup(group.slice(0, 2), null);
    expect(c).toMatchObject({ n: 2, failed: 2, exact: 0, undated: 0 });
    expect(datingFigures(c).meanConfidence).toBeNull();
  });
});
