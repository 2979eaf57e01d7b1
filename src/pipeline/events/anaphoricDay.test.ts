// Written for this test: "earlier in the day" is the day of the happening being told, not the day of writing.
import { describe, expect, it } from 'vitest';
import { buildStory } from '../run.ts';

const text = 'Aerolux rolled out its new long-range jet on Sunday at a ceremony in Seattle attended by 15,000 guests.\n\nEarlier in the day, the company received a congratulatory letter from its main rival.\n';
const story = buildStory({ id: 's', meta: { articles: { 'a.txt': { published: '2007-07-09' } } }, files: [{ name: 'a.txt', bytes: new TextEncoder().encode(text) }] });
const dateOf = (words: string) => story.events.find((e) => e.mentions.some((m) => m.text.includes(words)))?.date.value;

describe('anaphoric days', () => {
  it('dates "earlier in the day" by the happening told before it, not by the day of writing', () => {
    expect(dateOf('rolled out its new long-range jet')).toBe('2007-07-08');
    expect(dateOf('congratulatory letter')).toBe('2007-07-08');
  });
});
