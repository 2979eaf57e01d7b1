// A past sentence with no date of its own, in an article that names no day for its news, takes the day
// the page states it was published; an article whose day is only inferred lends it to nothing.
import { describe, expect, it } from 'vitest';
import { buildStory } from '../run.ts';

const text = 'Airbus offers funding to search for black boxes\n\nAirbus has confirmed that it will pay for a longer search for the flight recorders of the crashed airliner.\n\nThe company announced that it would contribute up to $20 million to the search effort.\n';
const file = (name: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe('merge: the day of publication as the news peg', () => {
  it('dates a past sentence without a date by the stated publication day', () => {
    const story = buildStory({ id: 's', meta: { articles: { 'a.txt': { published: '2009-07-30' } } }, files: [file('a.txt')] });
    const e = story.events.find((x) => x.mentions.some((m) => m.text.includes('announced that it would contribute')));
    expect(e?.date.value).toBe('2009-07-30');
    expect(e?.date.source).toBe('inferred');
    expect(e?.date.evidence?.note).toMatch(/published/);
  });
  it('dates a saying in the present by the stated publication day: it is said as the page is written', () => {
    // Written for this test: a report whose news is a spokesman's words, given in the present.
    const says = 'Boeing raises production plans\n\nBoeing says it must raise the tempo of production from two aircraft a month to ten to meet demand.\n';
    const story = buildStory({ id: 's', meta: { articles: { 'b.txt': { published: '2011-08-08' } } }, files: [{ name: 'b.txt', bytes: new TextEncoder().encode(says) }] });
    const e = story.events.find((x) => x.mentions.some((m) => m.text.includes('must raise the tempo')));
    expect(e?.date.value).toBe('2011-08-08');
    expect(e?.date.evidence?.note).toMatch(/published/);
  });
  it('leaves the same sentence as context when no date is stated', () => {
    const story = buildStory({ id: 's', meta: {}, files: [file('a.txt')] });
    expect(story.events.some((x) => x.mentions.some((m) => m.text.includes('announced that it would contribute')))).toBe(false);
  });
});
