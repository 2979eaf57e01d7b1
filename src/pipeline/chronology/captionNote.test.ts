// Written for this test: a wire report whose only full date is in a photo caption the cleaning removes.
import { describe, expect, it } from 'vitest';
import { buildStory } from '../run.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('a date read from a removed photo caption', () => {
  it('is named as a caption\'s in the note, since the reader never shows those words', () => {
    const text = [
      'SEOUL (Reuters) - The two Koreas will field a combined women\'s ice hockey team at next month\'s Winter Olympics, Seoul said on Wednesday.',
      'South Korea\'s Jong Ah Park reaches for the puck during a women\'s ice hockey game in Hamden, Connecticut, U.S., December 28, 2017. Picture taken December 28, 2017. REUTERS/Brian Snyder',
      'The North Korean delegation will begin arriving in South Korea on Jan. 25, according to the joint statement, officials said on Wednesday.',
    ].join('\n\n');
    const story = buildStory({ id: 'caption', meta: {}, files: [{ name: 'a.txt', bytes: enc(text) }] });
    const a = story.articles[0]!;
    expect(a.text).not.toContain('Picture taken');
    const note = a.published?.evidence?.note ?? '';
    expect(note).toContain('"December 28, 2017" in a photo caption (not part of the article\'s text)');
  });
});
