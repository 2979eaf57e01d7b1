// Fixtures written for these tests: one day of a story told by two outlets; the first goes on, sentence by
// sentence, with one person's part in it.
import { describe, it } from 'vitest';
import { expectApart, expectJoined, storyOfTexts } from './fixtures/storyOfTexts.ts';

const a = [
  'The city council of Ribeira passed a new rent law on Monday, capping yearly increases at two percent.',
  'Rui Costa, who heads the landlords\u2019 association, walked out of the council chamber before the vote.',
  '\u201cThis will ruin thousands of small owners who depend on that income,\u201d Costa told the Diario de Noticias.',
  '\u201cThe cap protects families,\u201d Mayor Ana Lima said.',
];
const b = [
  'Councillors in Ribeira approved the rent cap on Monday after a long debate.',
];

describe('merge: one outlet\u2019s continuation by the same speaker', () => {
  const story = storyOfTexts('2021-03-02', a, b);
  it('joins the next sentence of the same day when its speaker is the person the sentence before names', () => {
    expectJoined(story, 'walked out of the council chamber', 'ruin thousands of small owners');
  });
  it('keeps the next speaker\u2019s words apart', () => {
    expectApart(story, 'ruin thousands of small owners', 'The cap protects families');
  });
});
