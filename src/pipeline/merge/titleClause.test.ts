// An event's title is made from a member whose own time expression dates the event in the clause the title
// is made of (merge/build.ts byClarity): "The couple were found dead in their home on Friday", not the
// reaction whose inner clause carries the day ("friends are reeling, stunned that the pair were found dead
// on Friday"). Texts written for this test, on the shape of the mn03 cluster's pages.
import { describe, expect, it } from 'vitest';
import { buildStory } from '../run.ts';

const page = (lines: string[]) => new TextEncoder().encode(`${lines.join('\n\n')}\n`);

describe('the title comes from the member whose own clause the event date is', () => {
  it('the finding, not the reaction to it', () => {
    const s = buildStory({
      id: 's',
      meta: { articles: { 'a.txt': { published: '2017-12-17' }, 'b.txt': { published: '2017-12-17' } } },
      files: [
        { name: 'a.txt', bytes: page(['Instead of looking forward to a holiday with the Shermans, friends of the couple are reeling, stunned that the pair were found dead in their Toronto home on Friday.']) },
        { name: 'b.txt', bytes: page(['The influential couple were found dead in their Toronto home on Friday.']) },
      ],
    });
    const found = s.events.find((e) => e.mentions.length === 2);
    expect(found?.date.value).toBe('2017-12-15');
    expect(found?.title).toMatch(/^(?:The )?[Ii]nfluential couple were found dead in their Toronto home/);
  });
});
