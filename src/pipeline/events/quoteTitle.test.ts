// Titles of sentences that open with a quotation: "<speaker>: “<quotation>”" with the speaker the sentence
// names, words from the sentence only. Made-up sentences.
import { describe, expect, it } from 'vitest';
import { quoteLead, speakerTitle, transcriptLine } from './quoteTitle.ts';
import { MAX_TITLE } from './titleCut.ts';

const title = (sentence: string): string | null => {
  const lead = quoteLead(sentence);
  return lead?.speaker ? speakerTitle(lead.speaker, lead) : null;
};

describe('quoteLead: who the sentence says said it', () => {
  it('a name before the reporting verb, with its title', () => {
    expect(title('"We will rebuild the harbour wall before the winter storms arrive," Mayor Ellen Park said at the town hall.'))
      .toBe('Mayor Ellen Park: "We will rebuild the harbour wall before the winter storms arrive"');
    expect(title('“The dam held through the night,” San Pedro police chief Omar Haddad told reporters.'))
      .toBe('San Pedro police chief Omar Haddad: “The dam held through the night”');
  });

  it('a name after the reporting verb, without the aside that follows it', () => {
    expect(title('"The bridge is safe for traffic again," said Harbour Commissioner Tomas Reyes, who inspected it on Friday.'))
      .toBe('Harbour Commissioner Tomas Reyes: "The bridge is safe for traffic again"');
  });

  it('a name with an aside between it and the verb, or an aside before the name', () => {
    expect(title('"We ran out of sandbags by noon," Reyes, a volunteer from the next town, said.')).toBe('Reyes: "We ran out of sandbags by noon"');
    expect(title('"It is a miracle nobody drowned," the ferry captain, Lena Moss, told the paper.')).toBe('Lena Moss: "It is a miracle nobody drowned"');
  });

  it('a short quotation counts when someone is said to say it', () => {
    expect(title('"I am relieved," Moss said of the rescue.')).toBe('Moss: "I am relieved"');
  });

  it('nobody named: no speaker ("an official said", "said one resident", a day of the week)', () => {
    expect(title('"The water is still rising in the lower town," an official said.')).toBeNull();
    expect(title('"We lost everything in the cellar," said one resident of the lower town.')).toBeNull();
    expect(quoteLead('"We lost everything in the cellar and the garden," said Tuesday.')?.speaker ?? null).toBeNull();
  });

  it('a he/she after the quotation is left to the caller', () => {
    const lead = quoteLead('"Nobody will be left without shelter tonight," she said.');
    expect(lead).toMatchObject({ speaker: null, pronoun: 'she', body: 'Nobody will be left without shelter tonight' });
  });

  it('a nickname or a title in quotation marks is no quotation', () => {
    expect(quoteLead('"The Beast" could be back on the road by May.')).toBeNull();
    expect(quoteLead('The mayor said the repairs were "going well," officials said.')).toBeNull();
  });
});

describe('speakerTitle: the quotation cut to fit', () => {
  it('a long quotation keeps its first sentence', () => {
    expect(title('"We have rebuilt the school. The library and the gym will take another year and a great deal more money than we have," Principal Dana Ruiz said.'))
      .toBe('Principal Dana Ruiz: "We have rebuilt the school"');
  });

  it('a long single sentence is cut at a word and marked "…" inside the quotation marks, never on a function word', () => {
    const t = title('“Every family that lost a home in the flood will get a temporary house, a grant for furniture and a year of free rent from the county,” Governor Alma Ortiz said.')!;
    expect(t.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(t).toMatch(/^Governor Alma Ortiz: “Every family that lost a home in the flood will get .*…”$/);
    expect(t).not.toMatch(/\s(?:a|the|of|and|for|from|to|in)…”$/);
  });

  it('a leading "And" or "But" of the quotation goes', () => {
    expect(title('"And we will keep the shelters open until spring," Ortiz said.')).toBe('Ortiz: "We will keep the shelters open until spring"');
  });

  it('no title when the speaker leaves no room for the quotation', () => {
    expect(speakerTitle('A'.repeat(60), { body: 'We will rebuild the harbour wall', open: '"', close: '"' })).toBeNull();
  });
});

describe('quoteLead: a speaker described, not named', () => {
  it('an article or "one of the" before the reporting verb, or after it', () => {
    expect(quoteLead('"It is not our intent to clear the square," an officer said over a loudspeaker.')?.described).toBe('An officer');
    expect(quoteLead('“This is not the same as mending a broken plate,” said one of the signers.')?.described).toBe('One of the signers');
    expect(quoteLead('"We are shocked and saddened by the news," the statement continued.')?.described).toBe('The statement');
  });

  it('never a pronoun, a relative clause or a named speaker', () => {
    expect(quoteLead('"We thank the board for its work," his office said.')?.described ?? null).toBeNull();
    expect(quoteLead('"We thank the board for its work," it said in a statement.')?.described ?? null).toBeNull();
    expect(quoteLead('"We thank the board for its work," a man who runs the shelter said.')?.described ?? null).toBeNull();
    expect(quoteLead('"We thank the board for its work," Mayor Ellen Park said.')?.described ?? null).toBeNull();
  });

  it('a name after a lowercase description ("longtime friend Tom Scotto told"), not after a preposition', () => {
    expect(quoteLead('“He just says we will be together again,” longtime friend Tom Scotto told reporters.')?.speaker).toBe('Tom Scotto');
    expect(quoteLead('"The deal is done," a source close to Mayor Ellen Park said.')?.speaker ?? null).toBeNull();
  });
});

describe('transcriptLine: a broadcast transcript\'s speaker label', () => {
  it('reads past a stage direction the sentence splitter left before the label, and keeps initials', () => {
    expect(transcriptLine('(COMMERCIAL BREAK) KURTZ: Bill O\'Reilly said it would be the most watched interview of all time.')?.speaker).toBe('Kurtz');
    expect(transcriptLine('(BEGIN VIDEO CLIP) P.J. CROWLEY, SPOKESMAN, STATE DEPARTMENT: Tomorrow we expect to add other destinations.')?.speaker).toBe('P.J. Crowley');
  });

  it('reads the name as a reader writes it and drops the role', () => {
    expect(transcriptLine('BURNS: You know, I thought when the mayor spoke, she got it just about right.')).toEqual({ speaker: 'Burns', body: 'You know, I thought when the mayor spoke, she got it just about right' });
    expect(transcriptLine('OMAR HADDAD, MAYOR OF HARBOURTON: We will rebuild the harbour wall.')?.speaker).toBe('Omar Haddad');
    expect(transcriptLine('OMAR HADDAD, HARBOUR MASTER (via telephone): The water is still rising.')?.speaker).toBe('Omar Haddad');
    expect(speakerTitle('Burns', { body: transcriptLine('BURNS: You know, I thought the mayor got it right.')!.body, open: '“', close: '”' }))
      .toBe('Burns: “You know, I thought the mayor got it right”');
  });

  it('no speaker for an unnamed voice, and no label for a page\'s own label or a place', () => {
    expect(transcriptLine('UNIDENTIFIED MALE: We want him to go now, all of us.')?.speaker).toBeNull();
    expect(transcriptLine('UPDATE: The harbour board closed the old bridge to lorries.')).toBeNull();
    expect(transcriptLine('CAIRO: Crowds gathered in the square for a second day.')).toBeNull();
    expect(transcriptLine('The mayor said: We will rebuild.')).toBeNull();
  });
});

