import { describe, expect, it } from 'vitest';
import { withoutGluedHeadline } from './gluedTitle.ts';
import { titleFrom } from './title.ts';

// Sentences as the Timeline17 pages give them: a headline run into the first sentence with no stop.
describe('a headline glued to the first sentence, in a title', () => {
  it('takes the headline when it reads as a clause', () => {
    expect(withoutGluedHeadline('Mexico to re-test swine flu cases The widow of swine flu victim Gerardo Leyva first heard that her husband had died.'))
      .toBe('Mexico to re-test swine flu cases');
    expect(withoutGluedHeadline('Egypt takes its first steps in 30 years without Mubarak A council of generals has taken charge of the country.'))
      .toBe('Egypt takes its first steps in 30 years without Mubarak');
    expect(withoutGluedHeadline('Swine flu ‘shows drug resistance’ The drug has been offered to those with close contact.'))
      .toBe('Swine flu ‘shows drug resistance’');
    expect(withoutGluedHeadline('The echoes of Vietnam are getting louder As the Iraq insurgency grows, comparisons are made.'))
      .toBe('The echoes of Vietnam are getting louder');
  });

  it('takes the sentence after a headline that is only a label, or after the page\'s stamp', () => {
    expect(withoutGluedHeadline('Swine flu and the lessons The response to the Spanish flu pandemic offers clues to how we should deal with it.'))
      .toBe('The response to the Spanish flu pandemic offers clues to how we should deal with it.');
    expect(withoutGluedHeadline("In Tunisia's capital, protesters take to the streets updated: Fri Jan 14 2011 09:39:00 A day after the president spoke, protesters took to the streets."))
      .toBe('A day after the president spoke, protesters took to the streets.');
  });

  it('leaves prose alone: a capital after the article, a letter that names a kind, a quotation, a short head', () => {
    for (const s of [
      'The minister told The Associated Press that talks would resume on Monday.',
      'Tests confirmed that eight schoolchildren had a type A influenza virus, officials said.',
      'The spokesman said: "The agency is committed to keeping the public informed."',
      'Cases rose A little more than expected in the week to Friday.',
      'Violence boils over in Cairo \' A cloud of rocks in the sky \' CNN\'s Cooper recounts attack',
    ]) expect(withoutGluedHeadline(s)).toBe(s);
  });

  it('gives the event its headline title, and only in headline mode', () => {
    const s = 'Second pupil tested for swine flu A second child is being treated with antiviral drugs after testing positive.';
    expect(titleFrom(s, null, null, true)).toBe('Second pupil tested for swine flu');
    expect(titleFrom(s, null)).not.toBe('Second pupil tested for swine flu');
  });
});

describe("a print edition's page before the lead, in a title", () => {
  it('leaves a wire\'s story code and a transcript\'s stage direction out of a headline title', () => {
    expect(titleFrom('(ID: nT233823) Daiwabo, also based in Osaka, is churning out its specialised masks as fast as it can.', null, null, true)).not.toContain('nT233823');
    expect(titleFrom('(nL5956461) Mexico asked its trading partners to lift the restrictions on its products.', null, null, true)).toMatch(/^Mexico asked/);
  });

  it('is left out with the stamp before it', () => {
    expect(titleFrom("Thursday, October 23, 2008; Page A01 Employers are moving to aggressively cut jobs and reduce costs in the face of the nation's economic crisis.", null, null, true))
      .toMatch(/^Employers are moving to aggressively cut jobs/);
  });
});
