// Made-up sentences for each class: places and peoples are not actors, spellings of one name are one actor.
import { describe, expect, it } from 'vitest';
import { NameBook, nameKey, namesIn } from './actors.ts';
import { isDemonym, placeKind, placesIn } from './places.ts';

const kinds = (s: string) => Object.fromEntries(namesIn(s).map((n) => [n.name, n.kind]));

describe('namesIn', () => {
  it('tells places, organizations, peoples and clock words from people', () => {
    expect(kinds('Mayor Ann Lee met Tom Hill in San Francisco and Las Vegas before flying to Mexico City.'))
      .toEqual({ 'Ann Lee': 'person', 'Tom Hill': 'person', 'San Francisco': 'place', 'Las Vegas': 'place', 'Mexico City': 'place' });
    expect(kinds('The hearing starts at 1 p.m. EDT Thursday before the Utah Parole Board.')).toEqual({ 'Utah Parole Board': 'org' });
    expect(namesIn('The plan eased Latin American fears.').map((n) => n.name)).toEqual([]);
    expect(kinds('The Homeland Security Department and the Riverside County Jail were named.'))
      .toEqual({ 'Homeland Security Department': 'org', 'Riverside County Jail': 'place' });
  });

  it('never takes a feast or the year\'s turn for an actor ("over the New Year period", "for Christmas Eve")', () => {
    expect(namesIn('The last Gaza war over the New Year period of 2008-2009 killed 1,400.').map((m) => m.name)).toEqual(['Gaza']);
    expect(namesIn('Shops closed for Christmas Eve as Ramadan began.').map((m) => m.name)).toEqual(['Shops']);
    expect(namesIn('New York Mayor Bill de Blasio met Easter Lee.').map((m) => m.name)).toContain('Bill de Blasio');
  });

  it('takes a happening\'s name for no person, a strip or a pass for a place, and leaves a title-case word after a name', () => {
    expect(namesIn('The Winter Olympics open as the Gulf War and the Arab Spring are recalled.').filter((n) => n.person)).toEqual([]);
    expect(kinds('They fired from the Gaza Strip over the Khyber Pass.')).toEqual({ 'Gaza Strip': 'place', 'Khyber Pass': 'place' });
    expect(namesIn('They met on Saturday in Lausanne. This will help.').map((n) => n.name)).toEqual(['Lausanne']);
    // A sentence's capitalised first word before a country is no part of its name; before a city it may be a
    // first name ("Isaiah Berlin").
    expect(kinds('Reclusive North Korea agreed to the talks.')).toEqual({ 'North Korea': 'place' });
    expect(namesIn('Isaiah Berlin wrote the essay.').map((n) => n.name)).toEqual(['Isaiah Berlin']);
    // A compound adjective ends a name and begins none; a romanized given name's syllables stay; a possessor
    // ending in s ("Abbas'") is a name of its own.
    expect(namesIn('The Hamas-run Gaza Strip and the London-based Amnesty International spoke.').map((n) => n.name)).toEqual(['Gaza Strip', 'Amnesty International']);
    expect(namesIn('Ban Ki-moon met Moon Jae-in.').map((n) => n.name)).toEqual(['Ban Ki-moon', 'Moon Jae-in']);
    expect(namesIn("Abbas' Palestinian Authority agreed.").map((n) => n.name)).toEqual(['Abbas', 'Palestinian Authority']);
  });
  it('never takes a pronoun or a leading "given", "despite", "whether" into a name', () => {
    // A transcript's "I'm Becky Anderson"; a scrape that lost the full stop before "He"; a sentence's opener.
    expect(namesIn("I'm Becky Anderson and this is CNN.").map((n) => n.name)).toEqual(['Becky Anderson', 'CNN']);
    expect(namesIn('That was Fouad Ajami He said more.').map((n) => n.name)).toEqual(['Fouad Ajami']);
    expect(namesIn('Given AIG’s losses, Whether Hosni Mubarak stays is unclear.').map((n) => n.name)).toEqual(['AIG', 'Hosni Mubarak']);
    expect(namesIn('Egyptians I’ve met agree.').map((n) => n.name)).not.toContain('Egyptians I’ve');
    // A teaser's "In Case You Missed It" before an outlet: no "Missed It CNN", who had been every CNN of a topic.
    expect(namesIn("In Case You Missed It CNN's Jill Dougherty gives some analysis.").map((n) => n.name)).toEqual(expect.arrayContaining(['CNN', 'Jill Dougherty']));
    expect(namesIn("In Case You Missed It CNN's Jill Dougherty gives some analysis.").map((n) => n.name)).not.toContain('Missed It CNN');
  });
  it('reads an organization\'s name through its complement, never two names joined by "and"', () => {
    expect(namesIn('The U.S. Centers for Disease Control and Prevention and the Committee to Protect Journalists spoke.').map((n) => n.name))
      .toEqual(['U.S. Centers for Disease Control and Prevention', 'Committee to Protect Journalists']);
    expect(namesIn('The Organization of the Petroleum Exporting Countries met.').map((n) => n.name)).toEqual(['Organization of the Petroleum Exporting Countries']);
    expect(namesIn('The Treasury Department and the White House disagreed; Obama and Clinton met.').map((n) => n.name))
      .toEqual(['Treasury Department', 'White House', 'Obama', 'Clinton']);
  });
  it('takes no adverb, quantifier, opening verb or tokenized bracket into a name, even where a full stop was lost', () => {
    expect(namesIn('Maybe Obama knew. Recently Clinton said so. Several Britons and Following Twitter users agreed.').map((n) => n.name))
      .toEqual(['Obama', 'Clinton', 'Britons', 'Twitter']);
    expect(namesIn('The outbreak began in Mexico The BBC said, as Egypt However stayed calm.').map((n) => n.name)).toEqual(['Mexico', 'BBC', 'Egypt']);
    expect(namesIn("Rallies spread to Yemen There's a sense of it, and on Twitter What's next was asked.").map((n) => n.name)).toEqual(['Rallies', 'Yemen', 'Twitter']);
    expect(namesIn('-LRB- Update 3 p.m. Cairo -RRB- Protesters met Hosni Mubarak.').map((n) => n.name)).toEqual(['Update', 'Cairo', 'Protesters', 'Hosni Mubarak']);
    expect(kinds('Det. Brandon Price and Director-General Margaret Chan spoke.')).toEqual({ 'Brandon Price': 'person', 'Margaret Chan': 'person' });
  });
  it('keeps the periods of initials and drops a sentence-final one', () => {
    expect(namesIn('A judge freed J.R. Ewing and Mary T. Lane.').map((n) => n.name)).toEqual(['J.R. Ewing', 'Mary T. Lane']);
    expect(namesIn('He was held at Fairview.').map((n) => n.name)).toEqual(['Fairview']);
  });

  it('reads a quoted nickname between given names and surname as the name used', () => {
    expect(namesIn('A jury acquitted Jonathan Randall "J.R." Ewing of fraud.').map((n) => n.name)).toEqual(['J.R. Ewing']);
  });

  it('marks possessives and families, and gender from honorifics and kinship nouns', () => {
    const n = namesIn('Mrs Lane said Ewing’s lawyer and the Hill family met his wife Sue Ewing.');
    expect(n.find((x) => x.name === 'Lane')).toMatchObject({ gender: 'f', person: true });
    expect(n.find((x) => x.name === 'Ewing')).toMatchObject({ possessive: true });
    expect(n.find((x) => x.name === 'Hill')).toMatchObject({ modifier: true });
    expect(n.find((x) => x.name === 'Sue Ewing')).toMatchObject({ gender: 'f' });
  });
});

describe('NameBook', () => {
  it('unifies spellings: initials with or without periods, middle initials, surnames, titles', () => {
    expect(nameKey('J.R. Ewing')).toBe(nameKey('JR Ewing'));
    expect(nameKey('J. R. Ewing')).toBe('jr ewing');
    expect(nameKey('Mary T. Lane')).toBe('mary lane');
    expect(nameKey('Department of Energy')).toBe(nameKey('Energy Department'));
    const book = new NameBook();
    for (const s of ['J.R. Ewing spoke.', 'J.R. Ewing left.', 'JR Ewing returned.', 'Mary T. Lane and Mary Lane met Sue Ewing Baker.', 'Sue Ewing arrived.', 'Sue Ewing Baker left.']) book.add(namesIn(s));
    book.seal();
    expect(book.canonical('JR Ewing')).toBe('J.R. Ewing');
    expect(book.canonical('Ewing')).toBe('J.R. Ewing');
    expect(book.canonical('Mary Lane')).toBe(book.canonical('Mary T. Lane'));
    expect(book.canonical('Sue Ewing')).toBe('Sue Ewing Baker');
    expect(book.canonical('Deputy Sheriff J.R. Ewing')).toBe('J.R. Ewing');
  });
  it('takes one name transliterated two ways for one person, not two people one letter apart', () => {
    // Written for this test: each word the same or one letter apart, at five letters or more.
    const book = new NameBook();
    for (const s of ['Mohamed Mursi spoke.', 'Mohamed Mursi left.', 'Mohammed Morsi returned.', 'Naftali Frenkel was found.', 'Naftali Frankel was named.', 'Naftali Frankel was buried.', 'Mark Lane met Mary Lane.', 'The Israel Defense Forces said.', 'The Israel Defence Forces said.']) book.add(namesIn(s));
    book.seal();
    expect(book.canonical('Mohammed Morsi')).toBe('Mohamed Mursi');
    expect(book.canonical('Naftali Frenkel')).toBe('Naftali Frankel');
    expect(book.canonical('Mark Lane')).toBe('Mark Lane');
    expect(book.canonical('Mary Lane')).toBe('Mary Lane');
    expect(book.canonical('Israel Defence Forces')).toBe(book.canonical('Israel Defense Forces'));
  });
});

describe('places', () => {
  it('knows gazetteer places and place-headed names, and demonyms', () => {
    expect(placeKind('Carson City')).toBe('city');
    expect(placeKind('U.S.')).toBe('country');
    expect(placeKind('Nev.')).toBe('state');
    expect(placeKind('Fairview Correctional Center')).toBe('site');
    expect(placeKind('Supreme Court')).toBeNull();
    // A compass word opens a street, district or region, never a person's name.
    expect(placeKind('South Damen')).toBe('site');
    expect(placeKind('West Yorkshire')).toBe('site');
    expect(placeKind('Kanye West')).toBeNull();
    // A compass adjective before a known place is part of it; before anything else it is not a place.
    expect(placeKind('Southern Israel')).toBe('site');
    expect(placeKind('Western Union')).toBeNull();
    expect(isDemonym('Latin American')).toBe(true);
  });

  it('takes the place after in/at, never a person, a possessive, a date, a quotation or where someone lives', () => {
    const none = () => false;
    expect(placesIn('The board met in Carson City on Monday.', none)).toEqual([{ name: 'Carson City', level: 'city' }]);
    expect(placesIn('He spoke at Fairview.', none)).toEqual([{ name: 'Fairview', level: 'site' }]);
    expect(placesIn('The rally was held outside the courtroom in Norristown, Pa., on Tuesday.', none)).toEqual([{ name: 'Norristown, Pa.', level: 'city' }]);
    expect(placesIn('Racism played a role in Ewing’s conviction.', none)).toEqual([]);
    expect(placesIn('The parole was granted in July.', none)).toEqual([]);
    expect(placesIn('He said “what is going on in Washington is a scandal”.', none)).toEqual([]);
    expect(placesIn('Half of those living in America illegally are from Mexico.', none)).toEqual([]);
    expect(placesIn('The case was closed at Ewing’s request and at Ewing.', (n) => n === 'Ewing')).toEqual([]);
  });
});
