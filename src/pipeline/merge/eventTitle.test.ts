// Which member sentence an event is titled from, and how: made-up articles, the names and quotes of the
// story as buildStory reads them (names.ts), the clearest member first.
import { describe, expect, it } from 'vitest';
import { namedArticles } from './fixtures/namedArticles.ts';
import { eventTitle } from './eventTitle.ts';

function story(...texts: string[]) {
  const { names, member } = namedArticles(...texts);
  return { names, member };
}

/** The title of the one sentence holding `needle`, in a story of `texts`. */
function titled(needle: string, ...texts: string[]): string {
  const { names, member } = story(...texts);
  return eventTitle([member(needle)], names);
}

const FLOOD = [
  'Mayor Ellen Brady toured the flooded lower town with her rescue crews on Monday.',
  '"Nobody will be left without shelter tonight," she said.',
  'Harbour Commissioner Tomas Reyes inspected the old bridge with his engineers.',
  '"The bridge will hold through the next storm," he said.',
  'Ann Cole, who runs the shelter, counted the families arriving.',
  '"We ran out of blankets before midnight," he said.',
  'They opened a second shelter in the school gym.',
  'The county opened a second shelter in the school gym on Monday night.',
].join(' ');

describe('event titles: a quotation becomes "<speaker>: “<quotation>”"', () => {
  it('takes the speaker the sentence names', () => {
    expect(titled('rebuild the harbour', '"We will rebuild the harbour wall before winter," Mayor Ellen Brady said at the town hall.')).toBe('Mayor Ellen Brady: "We will rebuild the harbour wall before winter"');
  });

  it('opens with a capital, as a headline does, when the speaker is written after a lower-case title', () => {
    // Written for this test, on the shape of an Egypt page's "..., said chairman Muhammad Ibrahim Khali".
    expect(titled('peaceful process', '"It was a peaceful process," said chairman Tomas Reyes at the count in the town hall.'))
      .toBe('Chairman Tomas Reyes: "It was a peaceful process"');
  });

  it('takes the person a "she said" stands for when the sentence before names her', () => {
    const { names, member } = story(FLOOD);
    expect(eventTitle([member('Nobody will be left')], names)).toBe('Ellen Brady: "Nobody will be left without shelter tonight"');
    expect(eventTitle([member('The bridge will hold')], names)).toBe('Tomas Reyes: "The bridge will hold through the next storm"');
  });

  it('names nobody when the person named just before is someone else, and keeps the quotation as it is', () => {
    const text = [
      'Tomas Reyes inspected the old bridge with his engineers.', 'Reyes closed it to lorries.', 'Reyes reopened it on Tuesday.',
      'Ms. Ann Cole, who runs the shelter, counted the families arriving.', '"We ran out of blankets before midnight," he said.',
    ].join(' ');
    const { names, member } = story(text);
    // names.ts gives the "he" to the article's dominant person; after a sentence about Ms. Cole a headline
    // does not put the words in his mouth (nor in hers: the text says "he").
    expect(names.quotesOf('a0', member('ran out of blankets').sentence)[0]!.speaker).toBe('Tomas Reyes');
    expect(eventTitle([member('ran out of blankets')], names)).toBe('"We ran out of blankets before midnight," he said');
  });
});

describe('event titles: who a pronoun stands for, from the sentences just before (headlinePronoun.ts)', () => {
  it('takes the person the sentence before quotes or reports, not only its subject', () => {
    const { names, member } = story('The river rose all night, Harbour Commissioner Tomas Reyes said on Monday. "The bridge will hold," he said. He closed the bridge to lorries.');
    expect(eventTitle([member('bridge will hold')], names)).toBe('Tomas Reyes: "The bridge will hold"');
    expect(eventTitle([member('closed the bridge')], names)).toBe('Tomas Reyes closed the bridge to lorries');
  });

  it('takes a subject whose gender the story never tells when nobody else is named there', () => {
    expect(titled('set to testify', 'Dana Whitlock came forward last week to accuse the council. She is set to testify before the harbour board.')).toBe('Dana Whitlock is set to testify before the harbour board');
  });

  // mn02 (The Washington Post, 2018): "Christine Blasey Ford came forward ... to accuse him of attempted
  // rape. She is set to testify ...": an object's "him" is someone else, so it tells nothing of her gender.
  it('never takes an object pronoun for the gender of the subject', () => {
    expect(titled('set to testify', 'Dana Whitlock came forward last week to accuse him of fraud at the council. She is set to testify before the harbour board.')).toBe('Dana Whitlock is set to testify before the harbour board');
  });

  // mn14 (CBS Los Angeles, 2018): "Smith’s home also was raided. She was not arrested, though eight men ...".
  it("takes the subject's possessor whose gender the story tells, never one it does not tell", () => {
    expect(titled('not arrested', 'Ms. Dana Whitlock ran the harbour cafe. Whitlock’s home also was raided. She was not arrested, though eight men at the cafe were.')).toBe('Dana Whitlock was not arrested, though eight men at the cafe were');
    expect(titled('not arrested', 'Dana Whitlock ran the harbour cafe. Whitlock’s home also was raided. She was not arrested, though eight men at the cafe were.')).toBe('She was not arrested, though eight men at the cafe were');
  });

  // mn18 (AP, 2012): "Bathily Seye, the owner of a local chain of gas stations called Afrique Oil, said that
  // ... . “We don't have our own gas. It's all imported,” he said." (the aside's name read as a person).
  it("gives a quotation's he to the one who said the sentence before, whoever its aside names", () => {
    expect(titled('no fuel left', 'Tomas Reyes, the owner of a chain of ferries called Harbour Line, said that his boats would stop on Monday. "We have no fuel left," he said.')).toBe('Tomas Reyes: "We have no fuel left"');
  });

  // mn10 (Chicago Tribune, 2016): "“Last fall, ...,” Mayor Rahm Emanuel said in a statement. “It was one of
  // the most disturbing examples ...”".
  it('gives a quotation alone to the speaker the sentence before names, and to nobody after a description', () => {
    expect(titled('hardest storms', '"The bridge held through the night," Harbour Commissioner Tomas Reyes said in a statement. "It was one of the hardest storms the town has seen in fifty years."')).toBe('Tomas Reyes: "It was one of the hardest storms the town has seen in fifty years"');
    expect(titled('hardest storms', '"The bridge held through the night," an officer said. "It was one of the hardest storms the town has seen in fifty years."')).toBe('"It was one of the hardest storms the town has seen in fifty years"');
  });

  it('reads back through sentences that open with the same pronoun or its possessive, at most three', () => {
    expect(titled('counted many sailors', 'Tomas Reyes founded the ferry company in 1974. His fortune was estimated at $4 million. He counted many sailors among his friends.')).toBe('Tomas Reyes counted many sailors among his friends');
  });

  it('gives no name when the sentence before names two people who fit, or names one as an object', () => {
    expect(titled('closed the bridge', 'Tomas Reyes met Paul Grant at the harbour. He closed the bridge to lorries.')).toBe('He closed the bridge to lorries');
    expect(titled('closed the bridge', 'The council thanked Paul Grant for his work. He closed the bridge to lorries.')).toBe('He closed the bridge to lorries');
  });

  it('takes a subject described by one or two lowercase words when a verb follows its name', () => {
    expect(titled('needs the diesel', 'At the front of the queue, farm worker Dana Whitlock had climbed onto her truck. She said she needs the diesel for the pumps.')).toBe('Dana Whitlock said she needs the diesel for the pumps');
  });

  it('never takes a transcript label or a name with no predicate for a subject', () => {
    expect(titled('came to visit', 'WHITLOCK: My grandmother was there for two days. She came to visit me and ended up stuck at the harbour.')).toMatch(/^She came to visit me/);
  });

  it('an organization for they/their or it/its when the sentence before has it as subject and refers to it so', () => {
    const { names, member } = story('The Coastal Fishing Association, representing 15 villages, has been harsh in their condemnation of the board. They gave the board a 72-hour deadline to reopen the bridge. They announced a strike for Monday.');
    expect(eventTitle([member('72-hour deadline')], names)).toBe('Coastal Fishing Association gave the board a 72-hour deadline to reopen the bridge');
    expect(eventTitle([member('announced a strike')], names)).toBe('Coastal Fishing Association announced a strike for Monday');
    // No "their" back to it: the "they" may be anyone ("Police arrested the fishermen. They were taken ...").
    expect(titled('taken to the county', 'The Coastal Fishing Association arrested the smugglers at the quay. They were taken to the county jail.')).toBe('They were taken to the county jail');
  });

  it('the person a possessive only describes, when nobody certain stands for the pronoun', () => {
    expect(titled('called the plan', 'The board met on Monday. Its chief engineer in Harbourton, Dana Whitlock, called the plan "a gamble".')).toBe('Dana Whitlock called the plan "a gamble"');
    expect(titled('condition was announced', 'The board met on Monday. Her condition was announced after the mayor\'s husband, Tomas Reyes, said she was awake.')).toMatch(/^Her condition was announced/);
  });

  it('never makes a person the speaker of a quotation that names them', () => {
    expect(titled('built this harbour', 'Tomas Reyes founded the ferry company in 1974. "Tomas Reyes built this harbour," he said.')).toBe('"Tomas Reyes built this harbour," he said');
  });
});

describe('event titles: a quotation someone described said', () => {
  it('takes the words that describe the speaker when nobody is named', () => {
    expect(titled('not our intent', '"It is not our intent to clear the square tonight," an officer said over a loudspeaker.')).toBe('An officer: "It is not our intent to clear the square tonight"');
    expect(titled('broken plate', '“This is not the same as mending a broken plate,” said one of the signers.')).toBe('One of the signers: “This is not the same as mending a broken plate”');
  });

  it('never a pronoun or a relative clause for a speaker', () => {
    expect(titled('thank the harbour', '"We thank the harbour board for its quick work on the bridge," his office said.')).toBe('"We thank the harbour board for its quick work on the bridge"');
  });
});

describe('event titles: transcripts and programme furniture', () => {
  it('a transcript line becomes the speaker and their words, and a member that says who did what beats it', () => {
    const { names, member } = story('BURNS: You know, I thought when the mayor spoke, she got it just about right. Mayor Ellen Brady spoke to the harbour board by telephone on Friday night.');
    expect(eventTitle([member('BURNS:')], names)).toBe('Burns: “You know, I thought when the mayor spoke, she got it just about right”');
    expect(eventTitle([member('BURNS:'), member('spoke to the harbour board')], names)).toBe('Mayor Ellen Brady spoke to the harbour board by telephone on Friday night');
  });

  it('a line of a transcript turn that opens with a pronoun is the labelled speaker\'s, up to a clip or eight lines', () => {
    const text = [
      'COOPER: Good evening.', 'BRADY: Thank you.', 'REYES: We are here.',
      'OMAR HADDAD, HARBOUR MASTER (via telephone): The water is still rising.', 'We have closed the old bridge to lorries.',
      '(BEGIN VIDEO CLIP)', 'We will stay until the water goes down.',
    ].join('\n\n');
    const { names, member } = story(text);
    expect(eventTitle([member('closed the old bridge')], names)).toBe('Omar Haddad: “We have closed the old bridge to lorries”');
    expect(eventTitle([member('stay until the water')], names)).toBe('We will stay until the water goes down');
    // Not a transcript (fewer than three labels): a line is nobody's turn.
    expect(titled('closed the old bridge', 'COOPER: Good evening.\n\nWe have closed the old bridge to lorries.')).toBe('We have closed the old bridge to lorries');
  });

  it('a list of segment titles yields to a member that reports', () => {
    const { names, member } = story('Calm after Heavy Storm in Harbour Square; Bridge Closed; Interview With the Mayor. The harbour board closed the old bridge to lorries.');
    expect(eventTitle([member('Calm after Heavy Storm'), member('closed the old bridge')], names)).toBe('The harbour board closed the old bridge to lorries');
  });

  it('a sentence that starts inside a quotation gets its opening mark back', () => {
    expect(titled('I will not let', 'Harbour Commissioner Tomas Reyes spoke to reporters on the quay. I will not let the bridge fall, " he said.')).toBe('Tomas Reyes: "I will not let the bridge fall"');
  });
});

describe('event titles: another member sentence when it reads better', () => {
  it('a member that says who did what beats a quotation nobody certain said', () => {
    const { names, member } = story(FLOOD, 'Shelter volunteers ran out of blankets before midnight, the county said.');
    expect(eventTitle([member('ran out of blankets before midnight,"'), member('Shelter volunteers')], names)).toBe('Shelter volunteers ran out of blankets before midnight');
  });

  it('a member that names its subject beats one that opens with a pronoun', () => {
    const { names, member } = story(FLOOD);
    expect(eventTitle([member('They opened a second shelter'), member('The county opened')], names)).toBe('The county opened a second shelter in the school gym on Monday night');
  });

  it('a member that names its subject beats one whose subject is a demonstrative ("That followed ...")', () => {
    const { names, member } = story('That followed similarly robust backing from the county on Monday night. The county opened a second shelter in the school gym on Monday night.');
    expect(eventTitle([member('That followed'), member('The county opened')], names)).toBe('The county opened a second shelter in the school gym on Monday night');
  });

  it('a pronoun stays when no member names anyone', () => {
    expect(titled('They opened a second shelter', FLOOD)).toBe('They opened a second shelter in the school gym');
  });

  it('a speaker\'s quotation beats a pronoun nobody can resolve', () => {
    const { names, member } = story(FLOOD, 'It was the worst night the town had seen. "We will rebuild the harbour wall before winter," Mayor Ellen Brady said.');
    expect(eventTitle([member('It was the worst night'), member('rebuild the harbour')], names)).toBe('Mayor Ellen Brady: "We will rebuild the harbour wall before winter"');
  });
});

describe('event titles: a link label or a call to the reader is no headline', () => {
  it('titles the event from a member that says who did what', () => {
    const { names, member } = story('Read the first part of the advice the attorney general gave on Monday. The attorney general published his full legal advice on the war on Monday.');
    expect(eventTitle([member('Read the first part'), member('published his full legal advice')], names)).toBe('The attorney general published his full legal advice on the war on Monday');
  });
  it('keeps it when no member says more', () => {
    const { names, member } = story('Watch the report from the flooded town on Monday.');
    expect(eventTitle([member('Watch the report')], names)).toBe('Watch the report from the flooded town on Monday');
  });
});
