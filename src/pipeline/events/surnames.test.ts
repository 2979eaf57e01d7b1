// A lone capitalised word stands for a person's full name only when it is a surname: "Flu" is not the
// "Swine Flu" of a headline-like run, "Twitter" is not "Tunisia Twitter"; "Cook" after "Mr" and "BLITZER:"
// in a transcript are the people the story names in full.
import { describe, expect, it } from 'vitest';
import { storyNames } from './names.ts';
import { namesIn } from './actors.ts';
import { segment } from '../segment/index.ts';

function book(...texts: string[]) {
  const articles = texts.map((text, i) => ({ id: `a${i}`, text, sentences: segment(text).sentences }));
  return storyNames(articles).book;
}

describe('surnames', () => {
  it('does not read a common word or a place-led run as a surname and its person', () => {
    const b = book(
      'Doctors in Mexico fear the Swine Flu Outbreak will spread. The swine flu virus has killed 20 people.',
      'Flu cases rose again on Monday. Protesters in Tunisia Twitter accounts shared the news. Twitter was blocked.',
    );
    expect(b.canonical('Flu')).toBe('Flu');
    expect(b.canonical('Twitter')).toBe('Twitter');
  });

  it('reads a surname that speaks as a person, even when the story writes it in lower case', () => {
    const b = book(
      'Robin Cook resigned from the cabinet on Monday. Mr Cook had opposed the war. The cook at the canteen left.',
      'WOLF BLITZER, CNN ANCHOR: Good evening.\nBLITZER: We turn now to Cairo. Wolf Blitzer reports that a wolf was seen.',
      'Frank Gardner was wounded in Riyadh. Gardner said he would return. Be frank about it.',
    );
    expect(b.canonical('Cook')).toBe('Robin Cook');
    expect(b.canonical('Blitzer')).toBe('Wolf Blitzer');
    expect(b.canonical('Gardner')).toBe('Frank Gardner');
  });
});

describe('peoples and places are nobody', () => {
  it('does not read a people named by its adjective, a city or a sea as a person', () => {
    const names = namesIn('Shia Muslims marched in New Orleans, and ships crossed the Red Sea while Iraqi Kurds watched.');
    const people = names.filter((n) => n.person).map((n) => n.name);
    expect(people).toEqual([]);
    expect(names.find((n) => n.name === 'New Orleans')?.kind).toBe('place');
    expect(names.find((n) => n.name === 'Red Sea')?.kind).toBe('place');
  });
});

describe('a family name with its particle', () => {
  it('stands for the one longer name it ends, and not for one of two people who share it', () => {
    const b = book('Osama Bin Laden was killed in May. Bin Laden had hidden in Abbottabad for years, Mr Khan said.');
    expect(b.canonical('Bin Laden')).toBe('Osama Bin Laden');
    const two = book('Zine El Abidine Ben Ali fled on Friday. His wife Leila Ben Ali left earlier. Ben Ali had ruled for 23 years.');
    expect(two.canonical('Ben Ali')).not.toBe('Zine El Abidine Ben Ali');
  });

  it('never maps a name without a particle to a longer run that ends in it', () => {
    const b = book('Interview With Wael Ghonim aired on Monday. Wael Ghonim said the protests would go on.');
    expect(b.canonical('Wael Ghonim')).toBe('Wael Ghonim');
  });
});

describe('common words before a name', () => {
  it('reads "Astronaut Mark Kelly" as Mark Kelly when the story writes "astronaut" in lower case', () => {
    const b = book('Astronaut Mark Kelly spoke on Monday. The astronaut said he was hopeful. Mark Kelly is her husband.');
    expect(b.canonical('Astronaut Mark Kelly')).toBe('Mark Kelly');
  });
});
