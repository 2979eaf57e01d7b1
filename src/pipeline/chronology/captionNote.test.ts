// Written for this test: a wire report whose only full date is in a photo caption the cleaning removes.
import { describe, expect, it } from 'vitest';
import { buildStory } from '../run.ts';

const LEAD = "SEOUL (Reuters) - The two Koreas will field a combined women's ice hockey team at next month's Winter Olympics, Seoul said on Wednesday.";
const CAPTION = "South Korea's Jong Ah Park reaches for the puck during a women's ice hockey game in Hamden, Connecticut, U.S., December 28, 2017. Picture taken December 28, 2017. REUTERS/Brian Snyder";
const BODY = 'The North Korean delegation will begin arriving in South Korea on Jan. 25, according to the joint statement, officials said on Wednesday.';

describe('a date read from a removed photo caption', () => {
  it("is named as a caption's in the note, since the reader never shows those words", () => {
    const bytes = new TextEncoder().encode(`${LEAD}\n\n${CAPTION}\n\n${BODY}`);
    const article = buildStory({ id: 'caption', meta: {}, files: [{ name: 'a.txt', bytes }] }).articles[0]!;
    expect(article.text).not.toContain('Picture taken');
    expect(article.published?.evidence?.note ?? '').toContain('"December 28, 2017" in a photo caption (not part of the article\'s text)');
  });
});
