// The key-event section's pieces: the Timeline17 setting from a gold timeline, the publication window,
// the baseline, the gold stories' key-event precision, and the --reference comparison with score_tls.py.
import { describe, expect, it } from 'vitest';
import type { Story } from '../../schema/index.ts';
import { keyEventPrecision, publicationDayBaseline, pyRound, settingOf, withinWindow } from './keyEventsEval.ts';
import { compareKeyEvents } from './reference.ts';
import type { KeyEventsSection } from './battery.ts';
import { parseTilse } from './tls/scoreTls.ts';

describe('the Timeline17 setting', () => {
  it('takes the window, k and n = round(mean sentences a date) from the gold, rounding halves to even as Python does', () => {
    const gold = parseTilse('2009-04-24\na.\nb.\n---\n2009-04-30\nc.\n---\n2009-05-02\nd.\ne.\nf.\n---\n');
    expect(settingOf(gold)).toEqual({ from: '2009-04-24', to: '2009-05-02', k: 3, n: 2 });
    expect([pyRound(2.5), pyRound(3.5), pyRound(2.51), pyRound(1.49)]).toEqual([2, 4, 3, 1]);
  });

  it('keeps the articles published in the window, and those with no known day', () => {
    const bytes = new Uint8Array();
    const input = {
      id: 't', meta: { articles: { 'a.txt': { published: '2009-04-23' }, b: { published: '2009-04-24' }, 'c.txt': { published: '2009-05-03T10:00' } } },
      files: [{ name: 'a.txt', bytes }, { name: 'b.txt', bytes }, { name: 'c.txt', bytes }, { name: 'd.txt', bytes }],
    };
    expect(withinWindow(input, '2009-04-24', '2009-05-02').files.map((f) => f.name)).toEqual(['b.txt', 'd.txt']);
    expect(withinWindow(input, undefined, undefined).files).toHaveLength(4);
  });
});

const art = (id: string, published: string, text: string) => ({
  id, file: `${id}.txt`, title: id, publisher: null, url: null, byline: null, dateline: null, text,
  published: { value: published, granularity: 'day' as const, source: 'stated' as const, evidence: null },
});
const ev = (rank: number, articleId: string, text: string) => ({
  id: `e${rank}`, rank, date: { value: '2009-04-24', granularity: 'day' as const, source: 'stated' as const, evidence: null },
  title: text, summary: text, actors: [], place: null, quotes: [], mentions: [{ articleId, start: 0, end: text.length, text }], sources: 1,
});

describe('the publication-day-count baseline', () => {
  it('takes the k days with most articles and their first sentences', () => {
    const story = { articles: [art('a', '2009-04-24', 'One. Two.'), art('b', '2009-04-24', 'Three. Four.'), art('c', '2009-04-25', 'Five.')] } as unknown as Story;
    expect(publicationDayBaseline(story, 1, 3, '2009-04-01', '2009-04-30')).toEqual([{ date: '2009-04-24', sentences: ['One.', 'Three.', 'Two.'] }]);
    expect(publicationDayBaseline(story, 5, 1, '2009-04-25', '2009-04-30')).toEqual([{ date: '2009-04-25', sentences: ['Five.'] }]);
  });
});

describe('key-event precision on a gold story', () => {
  it('counts, of as many top-ranked events as the gold has core events, those that match a core event', () => {
    const story = { events: [ev(3, 'a', 'Minor detail here.'), ev(1, 'a', 'The “big” vote  happened.'), ev(2, 'b', 'Unrelated.')] } as unknown as Story;
    const gold = {
      articles: {},
      events: [
        { id: 'vote', date: '2009-04-24', core: true, mentions: [{ article: 'a', quote: 'the "big" vote happened' }] },
        { id: 'detail', date: '2009-04-24', core: true, mentions: [{ article: 'a', quote: 'minor detail' }] },
        { id: 'other', date: '2009-04-24', core: false, mentions: [{ article: 'b', quote: 'unrelated' }] },
      ],
    };
    expect(keyEventPrecision(story, gold)).toEqual({ core: 2, top: 2, matched: 1, precision: 0.5 });
  });
});

describe('compareKeyEvents', () => {
  const prf = (f: number) => ({ precision: f, recall: f, f_score: f });
  const res = (f: number) => ({ date: prf(f), ar: { rouge_1: prf(f), rouge_2: prf(f) }, concat: { rouge_1: prf(f), rouge_2: prf(f) }, n_pred_dates: 1, n_ref_dates: 1 });
  const ours = {
    topics: [{ topic: 't17-x', tasks: [{ gold: 'timeline_1', result: res(0.5) }], average: { ...res(0.5), n_tasks: 1 } }],
    dataset: { ...res(0.5), n_tasks: 1 },
  } as unknown as KeyEventsSection;
  it('asks every figure to be equal to the last digit, and says which differ', () => {
    const same = { topics: { 't17-x': { tasks: [{ ...res(0.5), gold: 'timeline_1' }], average: res(0.5) } }, dataset: res(0.5) };
    expect(compareKeyEvents(ours, same).every((a) => a.ok)).toBe(true);
    const off = { ...same, dataset: res(0.5000000000000001) };
    const bad = compareKeyEvents(ours, off).filter((a) => !a.ok);
    expect(bad.length).toBe(9);
    expect(bad[0]!.what).toMatch(/^keyEvents dataset /);
    expect(compareKeyEvents(ours, null).every((a) => !a.ok && a.ref === 'missing')).toBe(true);
  });
});
