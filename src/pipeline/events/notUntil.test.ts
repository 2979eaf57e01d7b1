// Written for this test: "did not confirm until late Sunday" tells when the confirming happened; only an
// un-negated "until" is a deadline ahead.
import { describe, expect, it } from 'vitest';
import { buildStory } from '../run.ts';

const text = 'Police did not confirm the names until late Sunday, a spokesman said.\n\nThe park stays open until Friday under the order, the city said on Tuesday.\n';
const story = buildStory({ id: 's', meta: { articles: { 'a.txt': { published: '2017-12-19' } } }, files: [{ name: 'a.txt', bytes: new TextEncoder().encode(text) }] });
const dateOf = (words: string) => story.events.find((e) => e.mentions.some((m) => m.text.includes(words)))?.date.value;

describe('"not ... until"', () => {
  it('dates the clause by the time after a negated until', () => {
    expect(dateOf('did not confirm the names')).toBe('2017-12-17');
  });

  it('still reads a plain until as a deadline, not the happening', () => {
    expect(dateOf('stays open until Friday')).toBe('2017-12-19');
  });
});
