// Two sentences dated only by the days their pages state are two happenings when the days differ, however
// many words they share; on one day they may still be one.
import { describe, expect, it } from 'vitest';
import { buildStory } from '../run.ts';

const page = (headline: string, body: string) => new TextEncoder().encode(`${headline}\n\n${body}\n`);
const build = (dayA: string, dayB: string) => buildStory({
  id: 's',
  meta: { articles: { 'a.txt': { published: dayA }, 'b.txt': { published: dayB } } },
  files: [
    { name: 'a.txt', bytes: page('Maker wins tanker deal', 'The European maker has won a large contract to supply the air force with new refueling tankers.') },
    { name: 'b.txt', bytes: page('Maker wins another tanker deal', 'The European maker has won a large contract to supply the royal air force with refueling tankers.') },
  ],
});
const datesOf = (s: ReturnType<typeof build>) => s.events.filter((e) => e.mentions.some((m) => m.text.includes('has won a large contract'))).map((e) => e.date.value);

describe('merge: days of publication keep happenings apart', () => {
  it('keeps two page-dated sentences of different days as two events, each on its own day', () => {
    expect(datesOf(build('2008-03-01', '2008-03-27')).sort()).toEqual(['2008-03-01', '2008-03-27']);
  });
  it('lets the same sentences of one day be one event', () => {
    expect(datesOf(build('2008-03-01', '2008-03-01'))).toEqual(['2008-03-01']);
  });
});
