// Readers' comments under a page are not its news: from the first comment's "Report abuse" link on, no
// sentence is a candidate (dating still reads their stamps). On the pattern of the CNN comment threads of
// Timeline17's Egypt topic, written for this test.
import { describe, expect, it } from 'vitest';
import { segment } from '../segment/index.ts';
import { tagTimexDetailed } from '../time/index.ts';
import { candidatesOf } from './candidates.ts';

const cands = (text: string) => candidatesOf({ id: 'a', text, published: { value: '2011-01-27' }, ...segment(text) }, 0, tagTimexDetailed(text, { dct: '2011-01-27' }));

describe('candidates: readers\' comments', () => {
  it('takes no sentence of the comments as a happening, and keeps the page\'s own', () => {
    const text = [
      'Protesters clashed with police in Cairo on Thursday as the unrest entered its third day.',
      'January 27, 2011 at 7:59 pm | Report abuse | I think the protesters were arrested on Thursday for nothing.',
      'The police attacked the crowd on Friday, another reader wrote.',
    ].join('\n\n');
    const texts = cands(text).map((c) => c.sentence.text);
    expect(texts).toEqual(['Protesters clashed with police in Cairo on Thursday as the unrest entered its third day.']);
  });

  it('knows a comment by its signature too ("Posted by: user | date clock")', () => {
    const text = 'The senate passed the bill on Thursday.\n\nPosted by: thetraveler | January 16, 2009 8:56 PM The economy crashed twice on Thursday under this senate.';
    expect(cands(text).map((c) => c.sentence.text)).toEqual(['The senate passed the bill on Thursday.']);
  });

  it('leaves a page without comments as it is', () => {
    const text = 'Protesters clashed with police in Cairo on Thursday.\n\nThe police attacked the crowd on Friday, witnesses said.';
    expect(cands(text)).toHaveLength(2);
  });
});
