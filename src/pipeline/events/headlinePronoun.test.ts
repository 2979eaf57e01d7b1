// Who a headline's leading pronoun stands for (headlinePronoun.ts, as eventTitle.ts uses it): made-up
// articles read as buildStory reads them (names.ts), and a reader with made-up names for the rule that
// needs a name the book misreads.
import { describe, expect, it } from 'vitest';
import { namedArticles } from '../merge/fixtures/namedArticles.ts';
import { eventTitle } from '../merge/eventTitle.ts';
import { headlineAntecedent, outsideQuotes, type HeadlineDeps } from './headlinePronoun.ts';
import type { NameMention } from './actors.ts';

function story(...texts: string[]) {
  const { names, member } = namedArticles(...texts);
  const title = (needle: string) => eventTitle([member(needle)], names);
  return { names, member, title };
}

describe("a headline never takes the article's dominant person for a pronoun the text does not settle", () => {
  it('keeps the pronoun after a sentence about someone unnamed, though names.ts gives the dominant person', () => {
    const { names, member, title } = story(
      'Tomas Reyes inspected the old bridge. Reyes closed it to lorries. Reyes reopened it on Tuesday. ' +
        'A driver stopped at the barrier and shouted at the crew. He apologised to the engineers later.',
    );
    // names.ts (quotes, actors, ranking) still reads Reyes; the headline does not.
    expect(names.antecedent('a0', member('He apologised').sentence.start, 'He')).toBe('Tomas Reyes');
    expect(title('He apologised')).toBe('He apologised to the engineers later');
  });

  it('takes the dominant person, gender told, when the sentence before names that person alone in any role', () => {
    const text = (booed: string) =>
      'Tomas Reyes inspected the old bridge. Reyes closed it to lorries. Reyes reopened it on Tuesday, and he thanked the crews. ' +
      `${booed} His car was pelted with eggs.`;
    expect(story(text('Protesters booed Reyes at the harbour.')).title('His car was pelted')).toBe('Tomas Reyes’s car was pelted with eggs');
    // Another man named there: who is meant is not certain.
    expect(story(text('Protesters booed Reyes and Tom Hill at the harbour.')).title('His car was pelted')).toBe('His car was pelted with eggs');
    // Nobody named there.
    expect(story(text('Protesters booed the council at the harbour.')).title('His car was pelted')).toBe('His car was pelted with eggs');
  });
});

describe('the person of a pronoun, from its own sentence and across quotations', () => {
  it("takes the one person who is the subject of the sentence's own leading clause", () => {
    expect(story('Ann Lee chairs the board. When Ann Lee took office in May, she cut the harbour budget.').title('she cut the harbour'))
      .toBe('Ann Lee cut the harbour budget');
    expect(story('After Tom Hill was sentenced, his lawyers attacked the verdict outside the court.').title('his lawyers'))
      .toBe('Tom Hill’s lawyers attacked the verdict outside the court');
    // Two people in the leading clause: not certain (the clause stays, and nobody stands in for "she").
    expect(story('Ann Lee chairs the board. When Tom Hill met Ann Lee in May, she promised new money.').title('she promised'))
      .toBe('When Tom Hill met Ann Lee in May, she promised new money');
  });

  it('reads the leading clause through a second leading phrase, which opens in lower case', () => {
    // Written for this test, on the shape of mn13's "When O.J. Simpson leaves prison ..., possibly as early as
    // Oct. 1, he will no doubt have a list of things he wants to do."
    expect(story('When Tom Hill leaves the council next year, possibly as early as June, he will start a bakery in the harbour.').title('he will start'))
      .toBe('Tom Hill will start a bakery in the harbour');
    expect(story('When Tom Hill leaves the council next year, after the budget is passed, he will start a bakery in the harbour.').title('he will start'))
      .toBe('Tom Hill will start a bakery in the harbour');
  });

  it('reads the leading clause after a page stamp glued between the headline and the sentence', () => {
    // Written for this test, on the shape of a Guardian page in Timeline17's Iraq topic.
    expect(story('Soldiers face charges Father tells of grief Monday 30 May 2005 01.58 BST After Tom Hill died, his mother broke down every time she entered his room.').title('his mother broke down'))
      .toBe('Tom Hill’s mother broke down every time she entered his room');
  });

  it('reads back through a quotation that runs over several sentences to who said it', () => {
    const { title } = story('Dr Ann Lee, a doctor at the city hospital, says the outbreak is small. "It is a mild illness. Its spread is slow." She adds that washing hands helps.');
    expect(title('She adds')).toBe('Ann Lee adds that washing hands helps');
  });

  it('an untold gender is not enough when someone who fits is named inside the quotation', () => {
    const text = (quoted: string) => `Sam Ortiz writes in the Courier: "${quoted} is now on a quest to reshape the bill. He will meet the council on Monday.`;
    expect(story(text('The committee')).title('He will meet')).toBe('Sam Ortiz will meet the council on Monday');
    expect(story(text('Mr. Tom Hill')).title('He will meet')).toBe('He will meet the council on Monday');
  });

  it('a sentence that closes a quotation opened before it starts inside it', () => {
    // One sentence a line, as the tokenized corpora are laid out.
    const { title } = story('Tom Hill, 15, said he wanted to go back to school.\n\n" We are bored.\n\nThere is nothing to do at home, " he said.');
    expect(title('nothing to do')).toBe('Tom Hill: "There is nothing to do at home"');
  });

  it('a subject after a short leading phrase, the topic of "As for", and a chain through "..., she says"', () => {
    expect(story('These days, Tom Hill is feted in the capital. He was at the palace on Monday.').title('He was at the palace'))
      .toBe('Tom Hill was at the palace on Monday');
    // A name in the phrase: no.
    expect(story('Unlike Ann Cole, Tom Hill is feted in the capital. He was at the palace on Monday.').title('He was at the palace'))
      .toBe('He was at the palace on Monday');
    expect(story('Ann Lee won. As for Tom Hill, he arrived in the capital full of talk about unity.').title('he arrived'))
      .toBe('Tom Hill arrived in the capital full of talk about unity');
    const weir = 'Ann Lee, the composer, sits next to the pool table.\n\nShe sips mint tea from a glass.\n\n" All my work is done.\n\nSo I am just here to watch, " she says.\n\nShe started writing the opera in 2002.';
    expect(story(weir).title('She started writing')).toBe('Ann Lee started writing the opera in 2002');
  });

  it('takes the one person who is the subject of what the sentence before reports', () => {
    const text = (before: string) => `${before} In January, she said she was only the owner of the buildings.`;
    expect(story(text('The Courier reports that Ann Lee, who calls herself a developer, was accused of running a farm.')).title('she said she was'))
      .toBe('Ann Lee said she was only the owner of the buildings');
    // Not after "that" (an object), nor with another person who fits there.
    expect(story(text('The Courier reports that police accused Ann Lee of running a farm.')).title('she said she was'))
      .toBe('She said she was only the owner of the buildings');
    expect(story(text('The Courier reports that Ann Lee, who met Sam Ortiz, was accused of running a farm.')).title('she said she was'))
      .toBe('She said she was only the owner of the buildings');
  });

  it('reads a lowercase he after a leading phrase as the same person going on', () => {
    const { title } = story('Tom Hill took over the harbour board in 2019. Although shy, he has built a loyal staff. He cut the budget in May.');
    expect(title('He cut the budget')).toBe('Tom Hill cut the budget in May');
  });

  it('takes a subject described by hyphenated words and followed by an age', () => {
    const { title } = story('London-based make-up artist Ann Lee, 23, has been protesting outside the embassy. She thought the protest would end soon.');
    expect(title('She thought')).toBe('Ann Lee thought the protest would end soon');
  });
});

describe('a headline adds no word its article does not have', () => {
  it("writes the name as its article does when the story's fullest form is another article's", () => {
    const other = 'Tomas Reyes inspected the old bridge on Monday.';
    const own = (name: string) => `${name} closed the bridge on Monday. He reopened it on Tuesday.`;
    expect(story(other, own('Tomas Reyes')).title('He reopened')).toBe('Tomas Reyes reopened it on Tuesday');
    const { names, title } = story(other, own('Mr. Reyes'));
    expect(names.book.canonical('Reyes')).toBe('Tomas Reyes');
    expect(title('He reopened')).toBe('Reyes reopened it on Tuesday');
    // A shorter run of the name's first words, as the article writes it.
    const long = story('Ahmed Fathi Srour inspected the old bridge on Monday.', 'Ahmed Fathi closed the bridge on Monday. He reopened it on Tuesday.');
    expect(long.names.book.canonical('Ahmed Fathi')).toBe('Ahmed Fathi Srour');
    expect(long.title('He reopened')).toBe('Ahmed Fathi reopened it on Tuesday');
  });
});

describe('headlineAntecedent with a misread name', () => {
  // "Treasury" read as a person (as a story's name book may), in the aside that describes the subject.
  const text = 'Andrew Stone, a Treasury spokesman, said the notice was legal.';
  const mention = (name: string, kind: NameMention['kind']): NameMention => ({ name, person: kind === 'person', kind, at: text.indexOf(name) });
  const deps = (genderOfStone: 'm' | null): HeadlineDeps => ({
    book: { subjectGender: (p: string) => (p === 'Andrew Stone' ? genderOfStone : null), canonical: (n: string) => n } as never,
    namesIn: (t: string) => (t === text ? [mention('Andrew Stone', 'person'), mention('Treasury', 'other')] : []),
    person: (n) => n.name,
  });
  const sentences = [{ text }, { text: 'He described the notice as a way to help banks.' }];

  it('takes the subject whose gender is told when every other name lies in its aside and is not read as a person', () => {
    expect(headlineAntecedent(sentences, 1, 'm', deps('m'))).toBe('Andrew Stone');
  });

  it('not when the subject’s gender is untold', () => {
    expect(headlineAntecedent(sentences, 1, 'm', deps(null))).toBeNull();
  });
});

describe('outsideQuotes', () => {
  it('blanks the quoted words, an unpaired mark included', () => {
    expect(outsideQuotes('I got two jobs, " Ann Lee said.', false).trim()).toBe('Ann Lee said.');
    expect(outsideQuotes('" We are bored at home.', false).trim()).toBe('');
    expect(outsideQuotes('He said "no" twice.', false)).toBe('He said      twice.');
    expect(outsideQuotes('Its spread is slow.', true).trim()).toBe('');
    expect(outsideQuotes('Ann Lee said: " We are bored at home.', false).trim()).toBe('Ann Lee said:');
  });
});
