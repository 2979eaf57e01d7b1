// Fixtures written for these tests: one evening of a story told by two outlets; the first gives an
// official's words as an attribution, then a quotation attributed only by "he said".
import { describe, it } from 'vitest';
import { expectApart, expectJoined, storyOfTexts } from './fixtures/storyOfTexts.ts';

const a = [
  'A deadline for campers to leave Harbour Square passed at 5 p.m. on Sunday without an eviction.',
  'Officers would not clear the square tonight, Deputy Chief Tomas Varga said about 7 p.m. on Sunday.',
  '\u201cWe want a calm end to this and we will keep talking with the campers as long as it takes,\u201d he said.',
  '\u201cNobody should be hurt over a lawn,\u201d Mayor Elsa Brandt said.',
];
const b = [
  'Campers stayed in Harbour Square on Sunday after the city deadline passed quietly.',
];

describe('merge: a quotation attributed by "he said" after a named speaker', () => {
  const story = storyOfTexts('2021-11-28', a, b);
  it('joins the quotation to the statement of the speaker named just before it', () => {
    expectJoined(story, 'Officers would not clear the square', 'keep talking with the campers');
  });
  it('keeps a quotation with another named speaker apart', () => {
    expectApart(story, 'Officers would not clear the square', 'Nobody should be hurt over a lawn');
  });
});
