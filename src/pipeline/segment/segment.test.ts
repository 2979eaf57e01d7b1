// Fixtures are excerpts of the seed story (data/stories/us-officials-in-mexico-city, articles 002 and 004)
// and of the Multi-News development clusters mn02 (Cosby, article_03) and mn13 (O.J. Simpson, article_01),
// copied here so tests never read the shared data folder.
import { describe, expect, it } from 'vitest';
import { segment } from './index.ts';

const texts = (t: string) => segment(t).sentences.map((s) => s.text);

describe('segment', () => {
  it('gives offsets whose slice equals the sentence text', () => {
    const t = 'Mexico City (EFE).– The United States will not carry out mass deportations.\n\nTillerson, for his part, tried to ease tensions. He met Videgaray.';
    const { sentences, paragraphs } = segment(t);
    expect(paragraphs).toHaveLength(2);
    for (const s of sentences) expect(t.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });

  it('does not split after titles, month abbreviations and initials', () => {
    expect(texts("On Tuesday, Mr. Cosby, 81, was sentenced. Judge Steven T. O'Neill also ruled that Mr. Cosby qualified.")).toEqual([
      'On Tuesday, Mr. Cosby, 81, was sentenced.',
      "Judge Steven T. O'Neill also ruled that Mr. Cosby qualified.",
    ]);
    expect(texts('The O.J. Simpson trial ran from Jan. 24, 1995 to Oct. 2, 1995. Judge Lance A. Ito allowed cameras.')).toHaveLength(2);
    // Written for this test: "incl." and "approx." before a number.
    expect(texts('Officials said approx. 200 people were evacuated, incl. 50 children. The road reopened.')).toHaveLength(2);
    // A ballot measure's "Prop." (mn14's summary had been cut at "violates Prop.").
    expect(texts('The suit says the ordinance violates Prop. 64, which voters passed in 2016. Smith denies it.')).toHaveLength(2);
  });

  it('splits after an initialism only before a sentence opener', () => {
    expect(texts('U.S. Secretary of State Rex Tillerson was also in Mexico City.')).toHaveLength(1);
    expect(texts('Kelly promised no mass deportations in the U.S. The talks went on.')).toHaveLength(2);
  });

  it('keeps a quotation of several sentences together with its speaker', () => {
    const t = '“Let me be very, very clear: There will be no – repeat, no – mass deportations. Everything we do in DHS will be done legally,” Kelly said. Kelly also stressed the focus.';
    expect(texts(t)).toEqual([
      '“Let me be very, very clear: There will be no – repeat, no – mass deportations. Everything we do in DHS will be done legally,” Kelly said.',
      'Kelly also stressed the focus.',
    ]);
  });

  it('splits sentences glued without a space, keeping quotes on the right side', () => {
    const t = 'Bill Cosby spent his first night behind bars at SCI Phoenix, a new state prison in suburban Philadelphia.The Department of Corrections says he will serve his sentence at SCI Phoenix in 2004.Officials say he is being processed in accordance with policy."We are taking all of the necessary precautions," Corrections Secretary John Wetzel said in a statement. "The long term goal is for him to be placed in the general population."Cosby spent a few hours at the county jail Tuesday.';
    expect(texts(t)).toEqual([
      'Bill Cosby spent his first night behind bars at SCI Phoenix, a new state prison in suburban Philadelphia.',
      'The Department of Corrections says he will serve his sentence at SCI Phoenix in 2004.',
      'Officials say he is being processed in accordance with policy.',
      '"We are taking all of the necessary precautions," Corrections Secretary John Wetzel said in a statement.',
      '"The long term goal is for him to be placed in the general population."',
      'Cosby spent a few hours at the county jail Tuesday.',
    ]);
  });

  it('ends a sentence at a line break, so headlines stand alone', () => {
    expect(texts('U.S. Vows Mexico No Mass Deportations\nThe United States Homeland Security Secretary John Kelly on Thursday promised "no mass deportations".')).toHaveLength(2);
  });

  it('leaves an unclosed quotation to split as prose', () => {
    const t = 'Cosby was declared a "sexually violent predator\' just before his sentencing. The prison at Laurel Highlands opened in 1996.';
    expect(texts(t)).toHaveLength(2);
  });

  it('reads the word before a period by Unicode letters: initials, initialisms and accented words', () => {
    expect(texts('Ministra Ángela Ñ. Pérez habló. La reunión terminó.')).toEqual(['Ministra Ángela Ñ. Pérez habló.', 'La reunión terminó.']);
    expect(texts('Talks in the É.U. The envoys left.')).toEqual(['Talks in the É.U.', 'The envoys left.']);
  });

  it('keeps curly and straight quotations whole, but not a quote glued to a word', () => {
    expect(texts('“There will be no mass deportations. None,” Kelly said. He left.')).toEqual(['“There will be no mass deportations. None,” Kelly said.', 'He left.']);
    expect(texts('He said "No. Never." Then he left.')).toEqual(['He said "No. Never."', 'Then he left.']);
  });
});
