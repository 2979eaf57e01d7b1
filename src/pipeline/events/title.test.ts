// Sentences from the seed story (data/stories/us-officials-in-mexico-city, articles 000, 003, 004) and
// the Multi-News cluster mn02 (Cosby, article_01).
import { describe, expect, it } from 'vitest';
import { MAX_TITLE, titleFrom } from './title.ts';

describe('titleFrom', () => {
  it('drops the time expression and the attribution and keeps subject and verb', () => {
    const t = titleFrom('The Department of Homeland Security (DHS) on Tuesday issued new orders to step up the arrest and deportation of illegal immigrants, many of them Mexicans.', 'on Tuesday');
    expect(t.startsWith('Department of Homeland Security issued new orders')).toBe(true);
    expect(t.length).toBeLessThanOrEqual(MAX_TITLE);
  });

  it('drops the dateline and a leading adverbial clause', () => {
    expect(titleFrom('Mexico City (EFE).– The United States will not carry out mass deportations of Mexican migrants, the head of the US Department of Homeland Security (DHS) said Thursday in Mexico’s capital.', 'Thursday'))
      .toMatch(/^United States will not carry out mass deportations/);
    expect(titleFrom('After Bill Cosby was sentenced to prison on Tuesday, his defense team made fiery accusations of racism and sexism in statements outside the courthouse.', 'on Tuesday'))
      .toMatch(/^His defense team made fiery accusations of racism and sexism/);
  });

  it('never exceeds 90 characters and only uses words of the sentence', () => {
    const s = 'The United States Homeland Security Secretary John Kelly on Thursday promised "no mass deportations" or military force against immigrants in the U.S. despite a crackdown on those in the country illegally, AFP reported.';
    const t = titleFrom(s, 'on Thursday');
    expect(t.length).toBeLessThanOrEqual(MAX_TITLE);
    for (const w of t.replace(/…$/, '').split(/\s+/)) expect(s).toContain(w.replace(/[,…]$/, ''));
  });

  it('opens with the actor, not with a discourse phrase or a pronoun', () => {
    // seed story, article 000
    expect(titleFrom('This comes after Kelly on Tuesday issued new orders to begin arresting and deporting illegal immigrants, many of them Mexicans.', 'on Tuesday', 'John Kelly'))
      .toBe('Kelly issued new orders to begin arresting and deporting illegal immigrants');
    // mn02 article_01, with the event's main person known
    expect(titleFrom('After Bill Cosby was sentenced to prison on Tuesday, his defense team made fiery accusations of racism and sexism in statements outside the courthouse.', 'on Tuesday', 'Bill Cosby'))
      .toMatch(/^Bill Cosby’s defense team made fiery accusations/);
  });

  it('takes the preposition and the rest of a range with a removed date', () => {
    // mn13 (Simpson), the end of a sentence: "... the O.J. Simpson trial ran from Jan. 24, 1995 to Oct. 2, 1995."
    const t = titleFrom('Dubbed the trial of the century, the O.J. Simpson trial ran from Jan. 24, 1995 to Oct. 2, 1995.', 'Jan. 24, 1995');
    expect(t).not.toMatch(/\b(?:from|to)\s*$|\bfrom\s+to\b/);
    expect(t).toMatch(/trial ran$/);
  });
});
