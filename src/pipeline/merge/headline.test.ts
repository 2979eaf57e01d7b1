// An article's headline is one more mention of the event its article tells it with (merge/headline.ts),
// and a lead that restates the headline is an event sentence whatever its verb (events/candidates.ts).
// Texts: Wikinews pages of the SemEval-2015 Airbus corpus, laid out as the corpus has them (headline, the
// day of writing, the body), with the headline in story.json as the corpus's story.json gives it.
import { describe, expect, it } from 'vitest';
import type { Story } from '../../schema/index.ts';
import { crossCheck } from '../../schema/rules.ts';
import { summarize } from '../rank/summarize.ts';
import { buildStory, buildStoryWithLock } from '../run.ts';
import { splitStory } from '../story/split.ts';
import { mentionKey } from '../lock/mentionKey.ts';

interface Page { title?: string; published: string; lines: string[] }

function story(...pages: Page[]): Story {
  const names = pages.map((_, i) => `${String.fromCharCode(97 + i)}.txt`);
  return buildStory({
    id: 's',
    meta: { articles: Object.fromEntries(pages.map((p, i) => [names[i]!, { published: p.published, ...(p.title ? { title: p.title } : {}) }])) },
    files: pages.map((p, i) => ({ name: names[i]!, bytes: new TextEncoder().encode(`${p.lines.join('\n')}\n`) })),
  });
}

const headlineOf = (s: Story, articleId: string) => s.events.find((e) => e.mentions.some((m) => m.part === 'title' && m.articleId === articleId));
const eventOf = (s: Story, words: string) => s.events.find((e) => e.mentions.some((m) => m.part !== 'title' && m.text.includes(words)));

const QATAR: Page = {
  title: 'Airbus wins Qatar Airways order worth $15bn',
  published: '2005-06-13',
  lines: [
    'Airbus wins Qatar Airways order worth $15bn',
    'June 13, 2005',
    'European aircraft manufacturer, Airbus, has won an order from Qatar Airways for up to 60 of its new mid-sized A350 jets.',
    'The order, which is believed to be worth $15 billion, has given a boost to an otherwise disappointing Paris Air Show, which had been dominated by a state aid dispute between Airbus and Boeing.',
  ],
};

const FIRST_FLIGHT: Page = {
  title: "World's largest passenger airliner makes first flight",
  published: '2005-04-27',
  lines: [
    "World's largest passenger airliner makes first flight",
    'April 27, 2005',
    'The A380 was revealed in January 2005',
    "The world's largest passenger aircraft, the Airbus A380, has made its maiden flight after lifting off from Toulouse in France.",
    'The take-off, at 08:30 UTC, was apparently normal and took place exactly on time.',
    "Singapore Airlines, which will be the first company to operate the new air giant, in July 2006, have opened a reservation site for this first regular flight.",
  ],
};

describe('attachHeadlines: the headline is a mention of the event its article tells it with', () => {
  const s = story(QATAR);
  it('adds the headline, as the title part, to the event of the lead that restates it, dated like it', () => {
    const lead = eventOf(s, 'has won an order from Qatar Airways');
    expect(lead?.date.value).toBe('2005-06-13');
    expect(headlineOf(s, 'a')?.id).toBe(lead!.id);
    const m = lead!.mentions.find((x) => x.part === 'title')!;
    expect(m).toEqual({ articleId: 'a', start: 0, end: QATAR.title!.length, text: QATAR.title, part: 'title' });
    // The headline is not in the cleaned text: the mention indexes the article's title, and the story checks.
    expect(s.articles[0]!.text).not.toContain('worth $15bn\n');
    expect(crossCheck(s)).toEqual([]);
  });
  it('adds no source, names no event and tells no summary sentence', () => {
    const lead = eventOf(s, 'has won an order from Qatar Airways')!;
    expect(lead.sources).toBe(1);
    expect(lead.id).toMatch(/european-aircraft-manufacturer/);
    const told = summarize(s, { dates: 3, sentences: 5 }).flatMap((d) => d.sentences);
    expect(told.length).toBeGreaterThan(0);
    expect(told).not.toContain(QATAR.title);
  });
  it('marks no span of the article text for it in the outline the viewer reads', () => {
    const split = splitStory(s);
    const marks = split.articles.flatMap((a) => a.marks);
    const lead = eventOf(s, 'has won an order from Qatar Airways')!;
    expect(marks.filter((k) => k.eventId === lead.id)).toHaveLength(1);
  });
  it('keeps the lock file to sentences of the text', () => {
    const { lock } = buildStoryWithLock({ id: 's', meta: { articles: { 'a.txt': { published: QATAR.published, title: QATAR.title } } }, files: [{ name: 'a.txt', bytes: new TextEncoder().encode(QATAR.lines.join('\n')) }] });
    expect(lock).toContain(mentionKey({ articleId: 'a', text: QATAR.lines[2]! }));
    expect(lock).not.toContain(mentionKey({ articleId: 'a', text: QATAR.title! }));
  });
  it('attaches a headline no event of its article tells to nothing', () => {
    const t = story({ ...QATAR, title: 'Plane makers gather in Le Bourget', lines: ['Plane makers gather in Le Bourget', ...QATAR.lines.slice(1)] });
    expect(t.events.length).toBeGreaterThan(0);
    expect(headlineOf(t, 'a')).toBeUndefined();
  });
  it('gives an article without a headline (its title cut from the lead) no such mention', () => {
    const t = story({ published: QATAR.published, lines: QATAR.lines.slice(2) });
    expect(t.events.length).toBeGreaterThan(0);
    expect(t.events.flatMap((e) => e.mentions).some((m) => m.part === 'title')).toBe(false);
  });
});

describe('a lead that restates the headline is an event sentence', () => {
  it('admits the lead without an event word, dated by the page, and the headline joins it', () => {
    const s = story(FIRST_FLIGHT);
    const lead = eventOf(s, 'has made its maiden flight');
    expect(lead?.date.value).toBe('2005-04-27');
    expect(headlineOf(s, 'a')?.id).toBe(lead!.id);
  });
  it('does not admit the same lead without the headline', () => {
    const s = story({ ...FIRST_FLIGHT, title: 'Toulouse: a day at the airfield', lines: ['Toulouse: a day at the airfield', ...FIRST_FLIGHT.lines.slice(1)] });
    expect(eventOf(s, 'has made its maiden flight')).toBeUndefined();
  });
  it('does not admit it when a sentence the event words found already tells the headline', () => {
    const told = [...FIRST_FLIGHT.lines.slice(0, 5), "Airbus announced that the world's largest passenger airliner completed its first flight in four hours."];
    const s = story({ ...FIRST_FLIGHT, lines: told });
    expect(eventOf(s, 'has made its maiden flight')).toBeUndefined();
    expect(headlineOf(s, 'a')?.id).toBe(eventOf(s, 'completed its first flight')!.id);
  });
});

describe('crossCheck: a headline mention is checked against the title', () => {
  it('names the title when the text does not match it', () => {
    const s = story(QATAR);
    const bad = structuredClone(s);
    const e = bad.events.find((x) => x.mentions.some((m) => m.part === 'title'))!;
    e.mentions = e.mentions.map((m) => (m.part === 'title' ? { ...m, text: 'Airbus wins' } : m));
    expect(crossCheck(bad).join('\n')).toMatch(/does not match the article's title at its offsets/);
  });
});
