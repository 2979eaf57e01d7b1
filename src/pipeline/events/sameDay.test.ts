// Sentences of Multi-News mn13 (O.J. Simpson's parole hearing, July 2017): NPR (article_03) and the Las
// Vegas Review-Journal (article_04) previews.
import { describe, expect, it } from 'vitest';
import { segment } from '../segment/index.ts';
import { resolveSameDay } from './anniversary.ts';
import { candidatesOf, type TimexLike } from './candidates.ts';

const tx = (text: string, phrase: string, value: string, granularity: TimexLike['granularity'], anchor: string | null): TimexLike => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase, type: 'DATE', value, granularity, anchor, note: '' };
};

describe('sentences dated by the story', () => {
  it('"the same day as the hearing" takes the day the story gives the hearing', () => {
    const a = 'His parole hearing in Nevada on Thursday is considered something of a formality.';
    const b = 'But the board announced that it will rule in Simpson\'s case the same day as the hearing, saying that it has been a "disruption".';
    const cands = [
      ...candidatesOf({ id: 'a2', text: a, ...segment(a) }, 0, [tx(a, 'Thursday', '2017-07-20', 'day', '2017-07-18')]),
      ...candidatesOf({ id: 'a3', text: b, ...segment(b) }, 1, []),
    ];
    resolveSameDay(cands);
    expect(cands[1]!.own?.value).toBe('2017-07-20');
    expect(cands[1]!.own?.timex.note).toContain('a2');
  });

  it('keeps a sentence that dates itself to the day even without an event word', () => {
    const t = 'The board on Thursday will get an update on Simpson’s behavior over the past four years.';
    const c = candidatesOf({ id: 'a4', text: t, ...segment(t) }, 0, [tx(t, 'Thursday', '2017-07-20', 'day', '2017-07-19')]);
    expect(c).toHaveLength(1);
    expect(c[0]!.own?.value).toBe('2017-07-20');
  });

  it('reads "will be released this fall" as one happening in the fall, not a past year told in the future', () => {
    const t = 'If the vote is unanimous in favor of parole, Simpson will be released this fall.';
    const c = candidatesOf({ id: 'a4', text: t, ...segment(t) }, 0, [tx(t, 'this fall', '2017-FA', 'season', '2017-07-19')]);
    expect(c[0]!.excluded).toBe(false);
  });
});
