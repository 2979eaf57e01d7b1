// Pronoun resolution and quote speakers over made-up articles: a pronoun takes the previous subject of its
// gender or the article's dominant person, never merely the person named last.
import { describe, expect, it } from 'vitest';
import { storyNames } from './names.ts';
import { segment } from '../segment/index.ts';

function story(...texts: string[]) {
  const articles = texts.map((text, i) => ({ id: `a${i}`, text, sentences: segment(text).sentences }));
  const names = storyNames(articles);
  const at = (i: number, needle: string) => articles[i]!.sentences.find((s) => s.text.includes(needle))!;
  return { names, at };
}

describe('antecedents', () => {
  const text = [
    'Tom Hill was found liable in a civil suit brought by the family of Ann Lee.',
    'He was ordered to hand the rights of his book to the Lee family.',
    'Hill later sold the house. Hill moved to a farm. Hill wrote a second book.',
    'Money has been tight for Hill since the Ann Lee trial.',
    'Despite the verdict, he kept his house for years.',
    'Hill said he would appeal. Ann Lee and her sister had sued him in 1997.',
    'She was not available for comment.',
  ].join(' ');

  it('takes the previous sentence’s subject of matching gender, not the person named last', () => {
    const { names, at } = story(text);
    expect(names.antecedent('a0', at(0, 'He was ordered').start, 'He')).toBe('Tom Hill');
  });

  it('falls back to the article’s dominant person when the previous subject is not a person', () => {
    const { names, at } = story(text);
    // "Money has been tight for Hill since the Ann Lee trial." names Ann Lee last; the pronoun is Hill.
    expect(names.antecedent('a0', at(0, 'Despite the verdict').start, 'he')).toBe('Tom Hill');
  });

  it('takes a female subject for she, and nobody when no one fits', () => {
    const { names, at } = story(text);
    expect(names.antecedent('a0', at(0, 'She was not available').start, 'She')).toBe('Ann Lee');
    const { names: n2, at: at2 } = story('The President had described the plan as a success. He said it would work.');
    expect(n2.antecedent('a0', at2(0, 'He said').start, 'He')).toBeNull();
  });
});

describe('quote speakers', () => {
  it('takes the named speaker, the subject of a reporting verb before the quote, a resolved pronoun, or the previous speaker', () => {
    const text = [
      '“We will rebuild the bridge within a year,” Mayor Ann Lee said.',
      '“There will be no delays, none at all.”',
      'Lee then promised at a news conference that “every family will be housed before winter.”',
      'Hill said he was joking. In a bizarre moment, Tom Hill compared the mayor to a storm.',
      '“She blows in and then she is gone again,” he said.',
      'Critics called it “a bridge to nowhere” in a statement.',
    ].join(' ');
    const { names, at } = story(text);
    const speaker = (needle: string) => names.quotesOf('a0', at(0, needle)).map((q) => q.speaker);
    expect(speaker('We will rebuild')).toEqual(['Ann Lee']);
    expect(speaker('There will be no delays')).toEqual(['Ann Lee']);
    expect(speaker('every family')).toEqual(['Ann Lee']);
    expect(speaker('She blows in')).toEqual(['Tom Hill']);
    // A phrase in quotation marks nobody is said to say is not a quote.
    expect(speaker('bridge to nowhere')).toEqual([]);
  });
});

describe('a dateline names a place', () => {
  // On the pattern of mn10's DNAinfo page ("AUBURN GRESHAM — The executioner of ..."), whose neighbourhood
  // was listed among the people of an event.
  it('takes a dateline place of two words for nobody, wherever the story names it', () => {
    const texts = ['PORT HALLEN — The mayor closed the quay on Monday.', 'The storm in the Port Hallen neighborhood damaged 15 homes.'];
    const articles = texts.map((text, i) => ({ id: `a${i}`, text, sentences: segment(text).sentences, dateline: i === 0 ? 'Port Hallen' : null }));
    const names = storyNames(articles);
    const run = names.namesOf(articles[1]!.sentences[0]!.text).find((n) => n.name === 'Port Hallen')!;
    expect(run).toBeDefined();
    expect(names.person(run)).toBeNull();
    // Without the dateline the same words read as a person's name.
    const plain = storyNames(articles.map((a) => ({ ...a, dateline: null })));
    expect(plain.person(plain.namesOf(articles[1]!.sentences[0]!.text).find((n) => n.name === 'Port Hallen')!)).toBe('Port Hallen');
  });
});
