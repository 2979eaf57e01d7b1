// A page's print stamp glued before its first sentence dates the sentence only when the sentence tells
// something done (usableDates.ts). Texts written for this test, on the shape of the Guardian pages of
// Timeline17's Iraq topic ("Tuesday 4 January 2005 08.43 GMT There has never been a moment like it ...").
import { describe, expect, it } from 'vitest';
import { buildStory } from '../run.ts';

const build = (text: string) => buildStory({
  id: 's',
  meta: { articles: { 'a.txt': { published: '2005-01-04' } } },
  files: [{ name: 'a.txt', bytes: new TextEncoder().encode(`${text}\n`) }],
});
const eventWith = (s: ReturnType<typeof build>, words: string) => s.events.find((e) => e.mentions.some((m) => m.text.includes(words)));

describe("a page's print stamp glued to its first sentence", () => {
  it("makes no event of a column's opening in the present", () => {
    const s = build('Harbour towns get no respect from the board Tuesday 4 January 2005 08.43 GMT There has never been a moment like it on British television.\nThe harbour board met on Monday and approved the repairs, its chairman said.');
    expect(eventWith(s, 'never been a moment')).toBeUndefined();
    expect(eventWith(s, 'harbour board met')?.date.value).toBe('2005-01-03');
  });
  it('still dates a first sentence that tells something done', () => {
    const s = build('Harbour master quits over the repairs Tuesday 4 January 2005 08.43 GMT The harbour master resigned after the board voted against the repairs.\nThe board will meet again next month.');
    expect(eventWith(s, 'harbour master resigned')?.date.value).toBe('2005-01-04');
  });
});
