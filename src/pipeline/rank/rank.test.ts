// Importance from the evidence (sources, prominence, actors, novelty, precision), and the ranks and key
// marks run.ts publishes: on hand-made events, then on the seed story as built.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, Event } from '../../schema/index.ts';
import { readStoryDir } from '../io.ts';
import { buildStory } from '../run.ts';
import { importance, keyCount, rankContext, rankEvents, renumberRanks, standalone } from './index.ts';

const day = (value: string) => ({ value, granularity: (value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year') as Event['date']['granularity'], source: 'stated' as const, evidence: null });
const filler = 'Background sentence that carries nothing new. '.repeat(40);
function article(id: string, published: string | null, lead: string, later: string, publisher: string | null = null, title = 'Headline'): Article {
  const text = `${lead} ${filler}${later}`;
  return { id, file: `${id}.txt`, title, publisher, url: null, byline: null, dateline: null, published: published ? day(published) : null, text };
}
const mentionOf = (a: Article, sentence: string) => {
  const start = a.text.indexOf(sentence);
  if (start < 0) throw new Error(`${sentence} not in ${a.id}`);
  return { articleId: a.id, start, end: start + sentence.length, text: sentence };
};
const event = (date: string, mentions: Event['mentions'], actors: string[] = []): Event => ({
  id: '', date: day(date), title: mentions[0]!.text, summary: mentions[0]!.text, actors, place: null, quotes: [], mentions,
  sources: new Set(mentions.map((m) => m.articleId)).size,
});

describe('rankEvents', () => {
  const a = article('a', '2020-03-02', 'The council voted on Monday to close the bridge.', 'The mayor recalled the 1998 flood.', 'Paper A', 'Council votes to close the bridge');
  const b = article('b', '2020-03-02', 'Engineers found cracks in the bridge on Monday.', 'The council voted on Monday to close the bridge, officials said.', 'Paper B');
  const c = article('c', '2020-03-03', 'The bridge closed on Tuesday.', 'Engineers found cracks in the bridge on Monday, a report said.', 'Paper B');
  const vote = event('2020-03-02', [mentionOf(a, 'The council voted on Monday to close the bridge.'), mentionOf(b, 'The council voted on Monday to close the bridge, officials said.')]);
  const cracks = event('2020-03-02', [mentionOf(b, 'Engineers found cracks in the bridge on Monday.'), mentionOf(c, 'Engineers found cracks in the bridge on Monday, a report said.')]);
  const closed = event('2020-03-03', [mentionOf(c, 'The bridge closed on Tuesday.')]);
  const flood = event('1998', [mentionOf(a, 'The mayor recalled the 1998 flood.')]);

  it('gives ranks 1..n, most important first, and keeps the order of the array', () => {
    const out = rankEvents([flood, closed, cracks, vote], [a, b, c]);
    expect(out.map((e) => e.summary)).toEqual([flood, closed, cracks, vote].map((e) => e.summary));
    expect(out.map((e) => e.rank).sort()).toEqual([1, 2, 3, 4]);
    // Two independent publishers, one of them in its headline and lead, beat one publisher twice (b and c are both Paper B).
    expect(out[3]!.rank).toBe(1);
    expect(out[2]!.rank).toBe(2);
    // A recalled past, year-precise, deep in the text, is last.
    expect(out[0]!.rank).toBe(4);
  });

  it('marks key events by the count the story size allows, and no others', () => {
    const out = rankEvents([flood, closed, cracks, vote], [a, b, c]);
    expect(out.filter((e) => e.key).length).toBe(keyCount([a, b, c], 4));
    expect(out.every((e) => e.key === true || e.key === undefined)).toBe(true);
  });

  it('counts a publisher once however many of its articles report the event', () => {
    const twice = event('2020-03-02', [mentionOf(b, 'Engineers found cracks in the bridge on Monday.'), mentionOf(c, 'Engineers found cracks in the bridge on Monday, a report said.')]);
    const b2 = { ...b, publisher: 'Paper C' };
    const one = importance(twice, rankContext([twice], [a, b, c]));
    const two = importance(twice, rankContext([twice], [a, b2, c]));
    const lead = importance(event('2020-03-02', [mentionOf(b, 'Engineers found cracks in the bridge on Monday.')]), rankContext([twice], [a, b, c]));
    expect(one).toBeCloseTo(lead, 12); // Paper B's second article adds nothing: its lead already spoke
    expect(two).toBeGreaterThan(one * 1.1);
  });

  it("favours the story's actors", () => {
    const p = article('p', '2020-03-02', 'Smith resigned on Monday.', 'Jones resigned on Monday.');
    const q = article('q', '2020-03-02', 'Smith spoke on Monday.', 'nothing');
    const smith = event('2020-03-02', [mentionOf(p, 'Smith resigned on Monday.')], ['Ann Smith']);
    const jones = event('2020-03-02', [mentionOf(p, 'Jones resigned on Monday.')], ['Bob Jones']);
    const spoke = event('2020-03-02', [mentionOf(q, 'Smith spoke on Monday.')], ['Ann Smith']);
    const out = rankEvents([jones, smith, spoke], [p, q]);
    expect(out[1]!.rank).toBeLessThan(out[0]!.rank!);
  });

  it('counts a sentence that continues the one before it (opens on a pronoun) half', () => {
    expect(standalone('He added that the bridge would reopen.')).toBe(0.5);
    expect(standalone('But they agreed to wait.')).toBe(0.5);
    expect(standalone('However, it won 40 percent.')).toBe(0.5);
    expect(standalone('The council voted to close the bridge.')).toBe(1);
    expect(standalone('Theirry Henry scored.')).toBe(1); // a name that starts like a pronoun is no pronoun
    const p = article('p', '2020-03-02', 'The mayor opened the bridge on Monday.', 'She cut the ribbon on Monday.');
    const q = article('q', '2020-03-02', 'She cut the ribbon on Monday.', 'The mayor opened the bridge on Monday.');
    const told = (a: Article, s: string) => importance(event('2020-03-02', [mentionOf(a, s)]), rankContext([], [a]));
    // In the same place (the lead), the sentence that stands on its own weighs twice the continuation.
    expect(told(p, 'The mayor opened the bridge on Monday.')).toBeCloseTo(2 * told(q, 'She cut the ribbon on Monday.'), 12);
  });

  it('weighs the actors squared: an event of an actor every article reports weighs four times one of nobody', () => {
    const p = article('p', '2020-03-02', 'Smith resigned on Monday.', 'x');
    const q = article('q', '2020-03-02', 'Smith spoke on Monday.', 'y');
    const smith = event('2020-03-02', [mentionOf(p, 'Smith resigned on Monday.')], ['Ann Smith']);
    const spoke = event('2020-03-02', [mentionOf(q, 'Smith spoke on Monday.')], ['Ann Smith']);
    const ctx = rankContext([smith, spoke], [p, q]);
    expect(importance(smith, ctx)).toBeCloseTo(4 * importance({ ...smith, actors: [] }, ctx), 12);
  });

  it('counts a happening a fortnight before the article half as news', () => {
    const p = article('p', '2020-03-15', 'The dam broke.', 'x');
    const at = (d: string) => importance(event(d, [mentionOf(p, 'The dam broke.')]), rankContext([], [p]));
    expect(at('2020-03-01')).toBeCloseTo(at('2020-03-15') / 2, 12);
  });

  it("counts the headline from two of its words: the protagonist's name alone is not the headline's news", () => {
    const title = 'Brotherhood stretches its lead as Egyptians vote';
    const deep = (later: string) => article('p', '2020-03-02', 'The polls opened at eight.', later, null, title);
    const told = (later: string) => {
      const p = deep(later);
      return importance(event('2020-03-02', [mentionOf(p, later)]), rankContext([], [p]));
    };
    const name = told('The Brotherhood has played down its strength before.');
    const news = told('The Brotherhood stretched its lead in the count.');
    const none = told('The generals have kept their own counsel.');
    // Deep in the text: one shared word ("brotherhood") weighs what a sentence sharing none does (position only).
    expect(name).toBeCloseTo(none, 12);
    // Two shared words ("brotherhood", "lead") and the headline's share counts: 2 of its 5 content words.
    expect(news).toBeCloseTo(2 / 5, 12);
    expect(news).toBeGreaterThan(3 * none);
    // A one-word headline still counts for its one word.
    const p = article('q', '2020-03-02', 'The polls opened at eight.', 'Floods again in the valley.', null, 'Floods');
    expect(importance(event('2020-03-02', [mentionOf(p, 'Floods again in the valley.')]), rankContext([], [p]))).toBeCloseTo(1, 12);
  });

  it('counts an event whose day no report says (inferred) 0.7 of one a sentence dates', () => {
    // The state is in the article whose id sorts first, so that a tie would rank it first.
    const p = article('q', '2020-03-02', 'The council voted on Monday to close the bridge.', 'x');
    const q = article('p', '2020-03-02', 'The council is still divided over the bridge.', 'x');
    const dated = event('2020-03-02', [mentionOf(p, 'The council voted on Monday to close the bridge.')]);
    const state = event('2020-03-02', [mentionOf(q, 'The council is still divided over the bridge.')]);
    const inferred = { ...state, date: { ...state.date, source: 'inferred' as const } };
    const ctx = rankContext([], [p, q]);
    expect(importance(inferred, ctx)).toBeCloseTo(0.7 * importance(state, ctx), 12);
    expect(importance({ ...state, date: { ...state.date, source: 'resolved' as const } }, ctx)).toBeCloseTo(importance(state, ctx), 12);
    // Both in their article's lead, the one a sentence dates ranks first.
    const out = rankEvents([inferred, dated], [p, q]);
    expect(out[1]!.rank).toBe(1);
  });

  it('is deterministic whatever the input order', () => {
    const one = rankEvents([flood, closed, cracks, vote], [a, b, c]);
    const two = rankEvents([vote, cracks, closed, flood], [c, b, a]);
    const bySummary = (xs: Event[]) => Object.fromEntries(xs.map((e) => [e.summary, e.rank]));
    expect(bySummary(two)).toEqual(bySummary(one));
  });
});

describe('keyCount', () => {
  const at = (d: string) => article(d, d, 'x', 'y');
  it('is six for a story of a few days and grows with the square root of its days', () => {
    expect(keyCount([at('2020-01-01'), at('2020-01-02')], 50)).toBe(6);
    const many = Array.from({ length: 48 }, (_, i) => at(new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10)));
    expect(keyCount(many, 500)).toBe(24);
    expect(keyCount(many, 5)).toBe(5);
  });
});

describe('renumberRanks', () => {
  it('closes the gaps hidden events leave, keeping the order', () => {
    const e = (rank: number) => ({ rank }) as Event;
    expect(renumberRanks([e(5), e(2), e(9)]).map((x) => x.rank)).toEqual([2, 1, 3]);
  });
});

describe('the seed story as built', () => {
  const dir = resolve(import.meta.dirname, '../../../data/stories/us-officials-in-mexico-city');
  const story = buildStory(readStoryDir(dir));
  it('ranks every event 1..n and marks a journalist-sized set of key events', () => {
    expect(story.events.map((e) => e.rank).sort((x, y) => x! - y!)).toEqual(story.events.map((_, i) => i + 1));
    const keys = story.events.filter((e) => e.key);
    expect(keys.length).toBeGreaterThanOrEqual(5);
    expect(keys.length).toBeLessThanOrEqual(10);
    expect(keys.every((e) => e.rank! <= keys.length)).toBe(true);
  });
  it("puts the press conference, reported by every outlet, first", () => {
    const first = story.events.find((e) => e.rank === 1)!;
    expect(first.sources).toBe(Math.max(...story.events.map((e) => e.sources)));
    expect(first.summary).toMatch(/no mass deportations/);
  });
  it("lets the editors' key mark win over the ranking", () => {
    const last = story.events.find((e) => e.rank === story.events.length)!;
    const first = story.events.find((e) => e.rank === 1)!;
    const edited = buildStory({ ...readStoryDir(dir), edits: JSON.stringify({ events: { [last.id]: { key: true }, [first.id]: { key: false } } }) });
    expect(edited.events.find((e) => e.id === last.id)!.key).toBe(true);
    expect(edited.events.find((e) => e.id === first.id)!.key).toBe(false);
    expect(edited.events.find((e) => e.id === first.id)!.rank).toBe(1);
  });
});

describe('a long story\'s topic', () => {
  // 24 articles about a flood; three of them open on a sports sidebar, two on the flood's newest turn.
  const flood = 'The river flooded the old town on Monday and the bridge was closed.';
  const sidebar = 'Many fans are asking whether the Super Bowl will be moved.';
  const turn = 'Engineers said the flooded bridge in the old town could reopen.';
  const articles = Array.from({ length: 24 }, (_, i) => article(`a${i}`, '2020-03-02', i < 3 ? `${sidebar} ${flood}` : i < 5 ? `${turn} ${flood}` : flood, '', `Paper ${i}`, 'River floods old town, bridge closed'));
  const sidebarEvent = event('2020-03-02', articles.slice(0, 3).map((a) => mentionOf(a, sidebar)));
  const turnEvent = event('2020-03-02', articles.slice(3, 5).map((a) => mentionOf(a, turn)));

  it('ranks what its headlines and leads speak of above a sidebar reported more often', () => {
    const ranked = rankEvents([sidebarEvent, turnEvent], articles);
    expect(ranked.map((e) => e.rank)).toEqual([2, 1]);
  });

  it('is no measure in a story of a few articles, where sources decide', () => {
    const few = articles.slice(0, 5);
    const ranked = rankEvents([sidebarEvent, turnEvent], few);
    expect(ranked.map((e) => e.rank)).toEqual([1, 2]);
  });
});
