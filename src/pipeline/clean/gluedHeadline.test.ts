import { describe, expect, it } from 'vitest';
import { splitGluedHeadline } from './gluedHeadline.ts';
import { clean } from './index.ts';

describe('a headline glued to the first sentence', () => {
  it('splits a title-case run where a capitalised article opens a sentence', () => {
    expect(splitGluedHeadline('Flood Waters Close Harbour Bridge for Second Week The harbour bridge stayed shut on Monday.'))
      .toEqual({ headline: 'Flood Waters Close Harbour Bridge for Second Week', rest: 'The harbour bridge stayed shut on Monday.' });
    expect(splitGluedHeadline('Another Day, a Higher Tide A second night of flooding hit the quay.'))
      .toEqual({ headline: 'Another Day, a Higher Tide', rest: 'A second night of flooding hit the quay.' });
  });

  it('splits before a person\'s title and name that a lower-case verb follows (prose, which a headline never has)', () => {
    // On the pattern of the Washington Post pages of Timeline17 finan ("Obama Says Economic Crisis Comes First
    // President Obama declared last night ...").
    expect(splitGluedHeadline('Mayor Says Bridge Stays Shut Mayor Ellen Brady said the bridge would stay shut.'))
      .toEqual({ headline: 'Mayor Says Bridge Stays Shut', rest: 'Mayor Ellen Brady said the bridge would stay shut.' });
    expect(splitGluedHeadline('Harbour Fate Unclear As Council Delays Vote Sen. Ann Lee, speaking in Dover, said the vote would wait.'))
      .toEqual({ headline: 'Harbour Fate Unclear As Council Delays Vote', rest: 'Sen. Ann Lee, speaking in Dover, said the vote would wait.' });
    expect(splitGluedHeadline('Flood Plan Stalls Again Former Mayor Tom Hill warned the council on Monday.'))
      .toEqual({ headline: 'Flood Plan Stalls Again', rest: 'Former Mayor Tom Hill warned the council on Monday.' });
    // A sentence whose subject is two titled names: no headline verb before the second title, no split.
    expect(splitGluedHeadline('Foreign Minister Ana Silva and Trade Secretary Paul Grant held a joint news conference in Lisbon on Monday.')).toBeNull();
    // A title inside the headline, no prose after its name: no split.
    expect(splitGluedHeadline('Council Names Mayor Ann Lee to Lead the Flood Recovery Plan')).toBeNull();
  });

  it('splits before a subject pronoun written with a capital after an unmarked word, in a headline of either case', () => {
    // On the pattern of the BBC pages of Timeline17 h1n1 ("The world response to flu crisis It is no longer ...").
    expect(splitGluedHeadline('Harbour towns brace for the winter tides It is the third flood this year.'))
      .toEqual({ headline: 'Harbour towns brace for the winter tides', rest: 'It is the third flood this year.' });
    expect(splitGluedHeadline('Why the Quay Must Close Before the Storm We now know the wall was cracked.'))
      .toEqual({ headline: 'Why the Quay Must Close Before the Storm', rest: 'We now know the wall was cracked.' });
    // A page's stamp between them stays at the head of the text, where stamps are read.
    expect(splitGluedHeadline('Zoo animals placed in quarantine over flu fears Wednesday 6 May 2009 15.16 BST It was lonely enough anyway.'))
      .toEqual({ headline: 'Zoo animals placed in quarantine over flu fears', rest: 'Wednesday 6 May 2009 15.16 BST It was lonely enough anyway.' });
    // A title-case headline capitalises the word after the pronoun: one headline, no prose.
    expect(splitGluedHeadline('Mayor Says It Will Close the Quay')).toBeNull();
    // A sentence in sentence case with its pronouns in lower case: no split.
    expect(splitGluedHeadline('Harbour towns say it is the third flood this year.')).toBeNull();
  });

  it('splits before a wire dateline a scrape glued after the headline', () => {
    // On the pattern of the Washington Post pages of Timeline17 finan ("France, Germany Unite to Urge Fiscal
    // Discipline PARIS -- France and Germany appealed ...").
    expect(splitGluedHeadline('Harbour Towns Unite to Urge Flood Funding DOVER -- The harbour towns appealed on Monday.'))
      .toEqual({ headline: 'Harbour Towns Unite to Urge Flood Funding', rest: 'DOVER -- The harbour towns appealed on Monday.' });
    expect(splitGluedHeadline('Unable to Stop the Tide, Coastal Towns Act PORT ELLEN, Scotland, Dec. 8 -- Leaders met.'))
      .toEqual({ headline: 'Unable to Stop the Tide, Coastal Towns Act', rest: 'PORT ELLEN, Scotland, Dec. 8 -- Leaders met.' });
    // Not after a small word (prose), and not an agency's name.
    expect(splitGluedHeadline('The council met in DOVER -- the harbour was closed.')).toBeNull();
    expect(splitGluedHeadline('Harbour shares fell on Monday AP -- The report said.')).toBeNull();
  });

  it('leaves a line whose headline end the shape cannot tell, a sentence, a byline and a dateline', () => {
    expect(splitGluedHeadline('Bridge Stays Shut for Winter Ellen Brady said the bridge would stay shut.')).toBeNull();
    expect(splitGluedHeadline('Harbour Commissioner Tomas Reyes said the bridge would stay shut. The quay is closed.')).toBeNull();
    expect(splitGluedHeadline('By Ann Lee, Special to the Courier The flood came at night.')).toBeNull();
    expect(splitGluedHeadline('PORT ELLEN, June 24 -- The flood came at night.')).toBeNull();
    expect(splitGluedHeadline('The Tide Becomes Topic A in Town Talk today.')).toBeNull();
  });

  it('gives the article its headline as title and keeps the sentence in the text', () => {
    const c = clean({ id: 'a', file: 'a.txt', format: 'txt', text: 'Flood Waters Close Harbour Bridge for Second Week The harbour bridge stayed shut on Monday.\n\nCrews worked through the night to clear the road.\n', meta: {} } as never);
    expect(c.title).toBe('Flood Waters Close Harbour Bridge for Second Week');
    expect(c.text.startsWith('The harbour bridge stayed shut on Monday.')).toBe(true);
  });
});
