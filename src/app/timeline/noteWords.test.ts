import { describe, expect, it } from 'vitest';
import { noteWords } from './noteWords.ts';

const articles = [{ id: 'article_04', title: 'Scott breaks with Trump', publisher: 'NBC News' }, { id: 'articles_2005-06-29_002', title: 'Blair stands by the war', publisher: null }] as never;

describe('noteWords (the notes under "date inferred" and "How this date was found")', () => {
  it('writes dates as readers do, names articles by outlet or title, and leaves the model\'s number out', () => {
    expect(noteWords('"Friday" here is 2018-02-23, the date of "Feb 23, 2018" in article_04; 2018-02-23 is the publication day that agrees best (confidence 0.73)', articles))
      .toBe('"Friday" here is Friday 23 February 2018, the date of "Feb 23, 2018" in NBC News; Friday 23 February 2018 is the publication day that agrees best');
    expect(noteWords('the story\'s other articles are dated XXXX-12-17', [])).toBe('The story\'s other articles are dated 17 December, year not stated');
    expect(noteWords('2 years after "September 11 2001" in articles_2005-06-29_002', articles)).toBe('2 years after "September 11 2001" in “Blair stands by the war”');
  });
  it('says the resolver\'s steps in plain words (the Timeline17 and news-cluster reviews quoted each of these)', () => {
    expect(noteWords('month nearest the reference date (-1)', [])).toBe("The month of that name nearest the article's date, before it");
    expect(noteWords('season by past tense the reference date', [])).toBe("The season nearest the article's date, looking back (the sentence tells it as past)");
    expect(noteWords('1000 year(s) before the reference date', [])).toBe("1000 years before the article's date");
    expect(noteWords("no date in the sentence; the article's main happening is dated by \"Friday\"; that expression: weekday on or before the reference date (past tense)", []))
      .toBe("No date in this sentence; it takes the day of the article's main news, given by \"Friday\", read as the day of that name on or before the article's date, looking back (the sentence tells it as past)");
    expect(noteWords('quarter of the latest year in which it has begun', [])).toBe("The latest such quarter begun by the article's date");
    // "Looking back" only where the date does lie back: the nearest month and day may fall after the article.
    expect(noteWords('month and day in the year nearest the reference date (past tense)', [], 'after')).toBe("That month and day in the year nearest the article's date, the nearest one, which falls after the article's date though the sentence tells it as past");
    expect(noteWords('month and day in the year nearest the reference date (past tense)', [], 'before')).toBe("That month and day in the year nearest the article's date, looking back (the sentence tells it as past)");
    expect(noteWords('1 day(s) after the last mentioned date', [])).toBe('1 day after the date mentioned before it');
    expect(noteWords('weekday on or before the reference date (past tense)', [])).toBe("The day of that name on or before the article's date, looking back (the sentence tells it as past)");
    expect(noteWords('"Monday" here is 2011-11-27, the date of "November 27, 2011" in (removed caption)', [])).toBe('"Monday" here is Sunday 27 November 2011, the date of "November 27, 2011" in a photo caption');
    expect(noteWords('the year is not stated (weekdays computed in a year where "Tuesday, July 1" holds)', [])).toBe('The year is not stated (weekdays are counted in a calendar in which July 1 is a Tuesday, as the texts say; no year is taken from it)');
    expect(noteWords('month and day only (weekdays computed in a year where "Monday, December 18", "Monday December 25", "Friday, January 12" holds)', []))
      .toBe('Month and day only (weekdays are counted in a calendar in which December 18 is a Monday, December 25 is a Monday and January 12 is a Friday, as the texts say; no year is taken from it)');
  });
});
