// Written for this test: a lead that tells the day of writing is the article's news peg, even when the story
// mentions another day more often; the article's undated past sentences take the lead's day.
import { describe, expect, it } from 'vitest';
import { buildStory } from '../run.ts';

const files = {
  'a1.txt': 'A rocket fired from Gaza landed near Jerusalem on Friday, the army said.\n\nThree civilians were killed by a rocket in Kiryat Malachi on Thursday.\n\nIsraeli police closed the main roads into Jerusalem and searched the hills for the launch site.\n',
  'a2.txt': 'Three civilians were killed by a rocket in Kiryat Malachi on Thursday, medics said.\n\nThe army called up reservists on Thursday.\n',
};
const story = buildStory({
  id: 's',
  meta: { articles: { 'a1.txt': { published: '2012-11-16' }, 'a2.txt': { published: '2012-11-15' } } },
  files: Object.entries(files).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) })),
});
const dateOf = (words: string) => story.events.find((e) => e.mentions.some((m) => m.text.includes(words)))?.date.value;

describe("the lead as the article's news peg", () => {
  it("dates an undated past sentence by a lead that tells the day of writing", () => {
    expect(dateOf('Israeli police closed the main roads')).toBe('2012-11-16');
  });
});
