// An event's summary is the sentence its title was made from, without the page's stamp glued between the
// headline and the lead. On the pattern of Timeline17's Guardian pages, written for this test.
import { describe, expect, it } from 'vitest';
import { buildStory } from '../run.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const page = [
  'Soldiers may refuse to serve over legal threat Thursday 21 July 2005 23.58 BST British soldiers will refuse to serve in Iraq if they face prosecution for war crimes, serving and former officers warned on Thursday.',
  '',
  'The warning came as the first British soldiers were charged with war crimes on Wednesday.',
].join('\n');

describe('event summaries', () => {
  it('leave out a stamp glued between the headline and the lead', () => {
    const story = buildStory({ id: 's', meta: { articles: { 'a.txt': { published: '2005-07-22' } } }, files: [{ name: 'a.txt', bytes: utf8(page) }] });
    const e = story.events.find((x) => x.mentions.some((m) => m.text.includes('will refuse to serve')));
    expect(e?.summary.startsWith('British soldiers will refuse to serve in Iraq')).toBe(true);
    expect(e?.summary).not.toMatch(/BST/);
  });
});
