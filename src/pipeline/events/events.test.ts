// Sentences from the seed story (data/stories/us-officials-in-mexico-city: 000 AFP via Arutz Sheva,
// 002 AP via a blog, 003, 004 EFE) and Multi-News clusters mn02 (Cosby) and mn13 (O.J. Simpson).
import { describe, expect, it } from 'vitest';
import { NameBook, namesIn } from './actors.ts';
import { candidatesOf, isEventSentence, ownDate, type TimexLike } from './candidates.ts';
import { quotesIn } from './quotes.ts';
import { clauseTense, sentenceTense } from './tense.ts';
import { buildStory } from '../run.ts';
import { segment } from '../segment/index.ts';

const tx = (text: string, phrase: string, value: string, granularity: TimexLike['granularity'], offset = 0): TimexLike => {
  const start = text.indexOf(phrase) + offset;
  return { start, end: start + phrase.length, text: phrase, type: 'DATE', value, granularity, anchor: null, note: '' };
};

/** A sentence that is a whole text of its own. */
const whole = (t: string) => ({ start: 0, end: t.length, text: t, paragraph: 0 });

describe('event sentences', () => {
  it('takes reporting and happening sentences and leaves captions, promos and contact lines', () => {
    expect(isEventSentence('This comes after Kelly on Tuesday issued new orders to begin arresting and deporting illegal immigrants.')).toBe(true);
    expect(isEventSentence('Vernon Odom reports during Action News at 6pm on June 1, 2018.')).toBe(false);
    expect(isEventSentence('Contact Sean Whaley at swhaley@reviewjournal.com or 775-461-3820.')).toBe(false);
    expect(isEventSentence('U.S. Vows Mexico No Mass Deportations')).toBe(false);
  });

  it('takes the common verbs of saying: "commented", "remarked", "reiterated"', () => {
    expect(isEventSentence('The chief executive commented that the selection was a win for the whole industry.')).toBe(true);
    expect(isEventSentence('The minister reiterated that the plant would stay open for the coming years.')).toBe(true);
    expect(isEventSentence('The plant is large and its workers are well trained in the craft.')).toBe(false);
  });

  it('keeps the sentence that goes on with a quotation the event sentence before it opened', () => {
    const text = 'The chief executive said in an interview `` Everyone told us we were crazy, that we had no chance.\nBut we took a big swing and in this case, we hit a home run. \'\'\nOur plant is large and its workers are well trained in the craft.';
    const got = candidatesOf({ id: 'a', text, ...segment(text) }, 0, []).map((x) => x.sentence.text);
    expect(got).toContain('But we took a big swing and in this case, we hit a home run.');
    expect(got).not.toContain('Our plant is large and its workers are well trained in the craft.');
    // The same words with no quotation left open before them are no event.
    const alone = 'But we took a big swing and in this case, we hit a home run.';
    expect(candidatesOf({ id: 'a', text: alone, ...segment(alone) }, 0, [])).toEqual([]);
  });

  it('keeps a weekend whole and a time of day as its day', () => {
    const t = 'Parents canceled parties over the weekend, and the schools closed on Friday night.';
    const weekend = { start: t.indexOf('the weekend'), end: t.indexOf('the weekend') + 11, text: 'the weekend', type: 'DATE' as const, value: '2009-W17-WE', granularity: 'week' as const, anchor: '2009-04-27', note: '' };
    // "2009-W17-WE" had lost its last letter ("2009-W17-W", no date at all) to the cut meant for clock times.
    expect(ownDate(whole(t), [weekend])).toMatchObject({ value: '2009-W17-WE', granularity: 'week' });
    const clock = { ...weekend, start: t.indexOf('Friday night'), end: t.indexOf('Friday night') + 12, text: 'Friday night', type: 'TIME' as const, value: '2009-04-24TNI', granularity: 'time' as const };
    expect(ownDate(whole(t), [clock])).toMatchObject({ value: '2009-04-24', granularity: 'day' });
  });

  it('does not date a clause by a participle phrase set off between its subject and its verb', () => {
    const t = 'Work on the new bridge, begun two years ago, has been halted by the city council.';
    const ago = { start: t.indexOf('two years ago'), end: t.indexOf('two years ago') + 13, text: 'two years ago', type: 'DATE' as const, value: '2006', granularity: 'year' as const, anchor: '2008-05-24', note: '' };
    expect(ownDate(whole(t), [ago])).toBeNull();
    // The same expression in the clause itself dates it.
    const u = 'Work on the new bridge was halted by the city council two years ago, after the vote.';
    const ago2 = { ...ago, start: u.indexOf('two years ago'), end: u.indexOf('two years ago') + 13 };
    expect(ownDate(whole(u), [ago2])).toMatchObject({ value: '2006' });
  });

  it('drops a whole paragraph that ends in a photo credit', () => {
    const text = 'O.J. Simpson looks over at his lawyer Tom Pitaro during an evidentiary hearing in Clark County District Court on May 17, 2013 in Las Vegas. (Ethan Miller/AP, Pool)\n\nSimpson was paroled in July 2013 on two kidnapping charges.';
    const seg = segment(text);
    const c = candidatesOf({ id: 'a', text, ...seg }, 0, []);
    expect(c.map((x) => x.sentence.text)).toEqual(['Simpson was paroled in July 2013 on two kidnapping charges.']);
  });
});

describe('a broadcast rundown', () => {
  it('dates what follows but is no mention of any event', () => {
    const text = 'Protests Continue in Egypt as Demonstrators Defy Curfew; Military Out in Full Force in Cairo; President Mubarak Appoints New Cabinet Members; Profile Emerging of Egypt\'s New Vice President Aired January 29, 2011 - 10:00 ET THIS IS A RUSH TRANSCRIPT.\n\nPresident Mubarak appointed a new cabinet on Saturday.';
    const c = candidatesOf({ id: 'a', text, ...segment(text) }, 0, [tx(text, 'January 29, 2011', '2011-01-29', 'day'), tx(text, 'Saturday', '2011-01-29', 'day')]);
    expect(c.map((x) => [x.sentence.text.slice(0, 20), x.excluded])).toEqual([['Protests Continue in', true], ['President Mubarak ap', false]]);
  });
});

describe('ownDate', () => {
  it('does not date a happening by its deadline', () => {
    // Invented: the asking and the funding are today's news; the end of the month and Dec. 15 are limits.
    const a = 'The company has asked that a decision be made before the end of the month.';
    expect(ownDate(whole(a), [tx(a, 'the end of the month', '2010-01', 'month')])).toBeNull();
    const b = 'The council voted to fund the shelter through Dec. 15, 2017, and to review it in spring.';
    expect(ownDate(whole(b), [tx(b, 'Dec. 15, 2017', '2017-12-15', 'day')])).toBeNull();
    // A date that is the happening's own still dates it.
    const c = 'The council voted on Dec. 15, 2017 to fund the shelter.';
    expect(ownDate(whole(c), [tx(c, 'Dec. 15, 2017', '2017-12-15', 'day')])).toMatchObject({ value: '2017-12-15' });
  });

  it('gives a range its start', () => {
    const t = 'Regarded as the trial of the century, the O.J. Simpson trial ran from Jan. 24, 1995 to Oct. 2, 1995.';
    const d = ownDate(whole(t), [tx(t, 'Jan. 24, 1995', '1995-01-24', 'day'), tx(t, 'Oct. 2, 1995', '1995-10-02', 'day')]);
    expect(d !== 'conflict' && d?.value).toBe('1995-01-24');
  });

  it('calls a sentence with two unrelated dates two happenings', () => {
    const t = 'Simpson was found not guilty by a Los Angeles jury in 1995 of the 1994 deaths of his ex-wife.';
    expect(ownDate(whole(t), [tx(t, '1995', '1995', 'year'), tx(t, '1994', '1994', 'year')])).toBe('conflict');
  });

  it('prefers the finer of two nested dates', () => {
    const t = 'This image shows Bill Cosby on Tuesday, Sept. 25, 2018, after he was sentenced in September 2018.';
    const d = ownDate(whole(t), [tx(t, 'Tuesday, Sept. 25, 2018', '2018-09-25', 'day'), tx(t, 'September 2018', '2018-09', 'month')]);
    expect(d !== 'conflict' && d?.value).toBe('2018-09-25');
  });
});

describe('tense', () => {
  it('reads the governing verb, not a quotation', () => {
    const t = 'Kelly then promised at a news conference in Mexico City on Thursday that "there will be no, repeat, no mass deportations."';
    const at = t.indexOf('Thursday');
    expect(clauseTense(t, at, at + 8)).toBe('past');
  });

  it('reads a fronted weekday from the clause after its comma', () => {
    const t = 'On Thursday, Simpson will appear before a Nevada judge to make his case for parole.';
    expect(clauseTense(t, 3, 11)).toBe('future');
    expect(sentenceTense('She is set to testify before the Senate Judiciary Committee on Thursday.')).toBe('future');
  });

  // Written for these tests: where the clause reader must agree with the tagger (session 14).
  it.each([
    ['the day a plan is set for lies ahead of the planning', 'The summit, scheduled for Friday, was postponed.', 'Friday', 'future'],
    ['a plan word away from the day does not set it', 'A memorial service planned at the town hall for Saturday was canceled.', 'Saturday', 'past'],
    ['a bare form after "to" is no past verb', 'The storm is expected to hit the East Coast on Thursday.', 'Thursday', 'future'],
    ['"would" with a bare verb is the future of the saying', 'The council said engineers would inspect the bridge on Tuesday.', 'Tuesday', 'future'],
    ['"would have" looks back', 'The council said the bridge would have reopened on Tuesday.', 'Tuesday', 'past'],
  ] as const)('%s: %s', (_why, sentence, day, want) => {
    expect(clauseTense(sentence, sentence.indexOf(day), sentence.indexOf(day) + day.length)).toBe(want);
  });

  it('never reads a participle after "remain" as a past verb', () => {
    const u = 'The school is also due to remain closed until Thursday after three cases there.';
    expect(clauseTense(u, u.indexOf('Thursday'), u.indexOf('Thursday') + 8)).not.toBe('past');
  });

  it('reads a date inside a quotation in the speaker\'s tense, not the narrator\'s', () => {
    const t = '"I am coming south Monday, December 18, and leave Friday, January 12," she wrote in an e-mail last Monday.';
    const at = (w: string) => [t.indexOf(w), t.indexOf(w) + w.length] as const;
    expect(clauseTense(t, ...at('Monday, December 18'))).toBe('future');
    expect(clauseTense(t, ...at('last Monday'))).toBe('past');
    const u = '\u201cWe met the minister on Friday,\u201d he said, adding that talks will resume.';
    expect(clauseTense(u, ...[u.indexOf('Friday'), u.indexOf('Friday') + 6] as [number, number])).toBe('past');
  });
});

describe('actors and quotes', () => {
  it('names the person after a title and unifies surnames with full names', () => {
    const book = new NameBook();
    const names = namesIn('The United States Homeland Security Secretary John Kelly on Thursday promised "no mass deportations".');
    expect(names).toContainEqual(expect.objectContaining({ name: 'John Kelly', person: true }));
    expect(namesIn('U.S. Secretary of State Rex Tillerson was also in Mexico City.')).toContainEqual(expect.objectContaining({ name: 'Rex Tillerson', person: true }));
    book.add(names);
    book.seal();
    expect(book.canonical('Kelly')).toBe('John Kelly');
    expect(book.canonical('Mr Kelly'.replace(/^Mr\s+/, ''))).toBe('John Kelly');
  });

  it('attributes a quote to the named speaker, or to the last person named for a pronoun', () => {
    const s1 = { start: 100, text: '“There will be no use of military forces in immigration,” Mr Kelly said.' };
    expect(quotesIn('a', s1, () => null, (n) => (n === 'Kelly' ? 'John Kelly' : n))[0]?.speaker).toBe('John Kelly');
    const s2 = { start: 0, text: '"There will be no use of military force for immigration operations," he added.' };
    expect(quotesIn('a', s2, () => 'John Kelly', (n) => n)[0]).toMatchObject({ speaker: 'John Kelly', start: 0 });
  });

  it('ignores scare quotes of a word or two', () => {
    expect(quotesIn('a', { start: 0, text: 'Trump was using the term “military” as an adjective.' }, () => null, (n) => n)).toEqual([]);
  });
});

describe('furniture patterns (nonEvents.en.json)', () => {
  it('requiredChar names only a mark every match must contain', async () => {
    const { requiredChar } = await import('./lexicon.ts');
    expect(requiredChar('[\\p{L}.]\\s*/\\s*(?:AP|Reuters)\\s*$')).toBe('/');
    expect(requiredChar('\\((?:a|b)\\)\\s*$')).toBe('(');
    expect(requiredChar('a\\.b')).toBe('.');
    // Alternation at the top, an optional mark, a mark in a class or a quantifier's bounds: none is sure.
    for (const re of ['a/|b', 'a/?b', 'a/*b', 'a/{0,2}b', '[/]x', 'x(?:a/b)', 'x.{0,30}y', 'x\\p{L}y']) expect(requiredChar(re), re).toBeNull();
  });
  it('each pattern recognizes its own example, and no pattern takes a plain news sentence', async () => {
    const { PARAGRAPH_FURNITURE, SENTENCE_FURNITURE } = await import('./lexicon.ts');
    for (const p of [...PARAGRAPH_FURNITURE, ...SENTENCE_FURNITURE]) expect(p.re.test(p.example), p.example).toBe(true);
    // The character a pattern is said to need is in its example (a text without it is not tested).
    for (const p of [...PARAGRAPH_FURNITURE, ...SENTENCE_FURNITURE]) if (p.needs !== null) expect(p.example).toContain(p.needs);
    for (const news of ['The council approved the new budget on Tuesday after a photo of the mayor was released online.', 'Reuters reported on Tuesday that the talks had failed.', 'AP reporters saw the convoy leave.', '(Updated 7:40 p.m.) A senior State Department official said the minister was not forthcoming in his speech early Saturday.', 'Published reports said the bridge closed on Monday.', 'The report was published by Human Rights Watch on Tuesday.', 'Regarding the bailout, the senator said the plan would fail.']) {
      expect(SENTENCE_FURNITURE.filter((p) => p.re.test(news)).map((p) => p.why)).toEqual([]);
    }
  });
});

describe('letters and corrections about an earlier page are no happenings', () => {
  it('a letter opening on the article it answers, and a correction notice, are furniture', async () => {
    const { SENTENCE_FURNITURE } = await import('./lexicon.ts');
    // Written for this test, on the shapes of Timeline17 finance pages (a letter to the editor, a correction).
    const furniture = (t: string) => SENTENCE_FURNITURE.some((p) => p.re.test(t));
    expect(furniture('Regarding the March 3 front-page article on the harbour bridge, which ran beside the mayor\'s column, the city has it wrong.')).toBe(true);
    expect(furniture('The article incorrectly said that Ann Lee chairs the harbour board.')).toBe(true);
    expect(furniture('The harbour board said on Tuesday that the bridge would reopen.')).toBe(false);
    // An opinion page's disclaimer, in the plural too ("in these commentaries", a Timeline17 Egypt page).
    expect(furniture('The opinions expressed in these commentaries are solely those of the writers.')).toBe(true);
  });
});

describe('notes about the page are no happenings', () => {
  it('an editor\'s note and a bare update stamp give no event; the stamp still dates the page', () => {
    const text = 'Flood closes harbour bridge\n\nThe harbour bridge was closed on Monday after a storm surge flooded the quay, the council said.\n\nEditor\'s note: Ann Lee covered the 1998 flood for the Courier and was on the quay on Monday.\n\nUpdated at 3:45 p.m. ET on Monday.\n';
    const story = buildStory({ id: 's', meta: { articles: { 'a.txt': { published: '2019-01-14' } } }, files: [{ name: 'a.txt', bytes: new TextEncoder().encode(text) }] } as never);
    const said = story.events.flatMap((e) => e.mentions.map((m) => m.text));
    expect(said.some((t) => t.includes('storm surge flooded the quay'))).toBe(true);
    expect(said.filter((t) => /Editor's note|Updated at/.test(t))).toEqual([]);
  });
});

describe('a closing attribution with a day of its own', () => {
  const eventsOf = (text: string) => {
    const story = buildStory({ id: 's', meta: { articles: { 'a.txt': { published: '2019-03-06' } } }, files: [{ name: 'a.txt', bytes: new TextEncoder().encode(`Harbour plan\n\n${text}\n`) }] } as never);
    return story.events.flatMap((e) => e.mentions.filter((m) => m.part !== 'title').map((m) => ({ date: e.date.value, text: m.text })));
  };
  it('dates the sentence by the happening it attributes, when that lies days before the saying', () => {
    expect(eventsOf('The city council on Tuesday approved a plan to rebuild the harbour wall, the mayor said on Wednesday.'))
      .toEqual([{ date: '2019-03-05', text: 'The city council on Tuesday approved a plan to rebuild the harbour wall, the mayor said on Wednesday.' }]);
  });
  it('never takes a background day of the attributed clause for the happening', () => {
    const got = eventsOf('Pirates freed a tugboat they seized 10 months ago, the navy said on Wednesday.');
    expect(got.filter((e) => e.date.startsWith('2018'))).toEqual([]);
  });
});

describe('a year that modifies a noun', () => {
  const date = (t: string, year: string) => {
    const d = ownDate(whole(t), [tx(t, year, year, 'year')]);
    return d === 'conflict' ? d : d?.value ?? null;
  };
  it('dates the sentence when it names a happening, not when it names a lasting thing', () => {
    expect(date('He was convicted of a botched 2007 burglary in a cheap hotel.', '2007')).toBe('2007');
    expect(date('The minister, whose government is party to a 1979 peace treaty, visited the border.', '1979')).toBeNull();
  });
});
