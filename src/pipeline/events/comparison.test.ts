// Written for this test: the base of a comparison is the time measured against, not the happening's.
import { describe, expect, it } from 'vitest';
import { buildStory } from '../run.ts';

const text = 'Orders for the A380 jumbo were lower than in 2007, the planemaker reported.\n\nProfit dropped sharply compared with March 2008, analysts said.\n\nDeliveries rose 12% from the same period of 2008, the company added.\n';
const story = buildStory({ id: 's', meta: { articles: { 'a.txt': { published: '2009-04-10' } } }, files: [{ name: 'a.txt', bytes: new TextEncoder().encode(text) }] });
const dateOf = (words: string) => story.events.find((e) => e.mentions.some((m) => m.text.includes(words)))?.date.value;

describe('comparisons', () => {
  it('never date a sentence by the period it is compared with', () => {
    for (const words of ['lower than in 2007', 'compared with March 2008', 'from the same period of 2008']) {
      const v = dateOf(words);
      // Reported on the page's day (the article names no other day for its news), or left undated.
      expect(v === undefined || v === '2009-04-10', `${words}: ${v}`).toBe(true);
    }
    expect(story.events.length + story.context.length).toBeGreaterThan(0);
  });
});

describe("a record's base", () => {
  const records = 'Record day on the markets\n\nSoldiers blew up the houses of two suspects, the first punitive demolitions since Israel halted the practice in 2005.\n\nThe index closed at its highest level since March 2008, traders said.\n';
  const told = buildStory({ id: 'r', meta: { articles: { 'a.txt': { published: '2014-07-01' } } }, files: [{ name: 'a.txt', bytes: new TextEncoder().encode(records) }] });
  const on = (words: string) => told.events.filter((e) => e.mentions.some((m) => m.text.includes(words))).map((e) => e.date.value);

  it('alone in its sentence, never dates it: the record is set now', () => {
    expect(on('highest level since March 2008')).toEqual(['2014-07-01']);
    // A sentence with no date of its own in a one-article story has no happening to take a date from: it is
    // left out, never dated 2005.
    expect(on('first punitive demolitions since').filter((v) => v !== '2014-07-01')).toEqual([]);
  });
});
