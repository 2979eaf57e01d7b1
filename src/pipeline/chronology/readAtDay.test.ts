// A weekday read against an inferred day of writing weighs the article's likely days, not only the likeliest.
import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../schema/index.ts';
import { segment } from '../segment/index.ts';
import { timeReader } from '../time/reader.ts';
import type { Dated } from './index.ts';
import { readAtDay } from './readAtDay.ts';
import type { TimexDetail } from '../time/index.ts';

const text = 'Police in riot gear cleared the camp before dawn on Monday, arresting dozens of protesters.\n\nThe mayor had set a deadline of 5 p.m. Sunday.';
const article = { id: 'a1', text, published: null, ...segment(text) };
const reader = timeReader([text]);
const inferred = (value: string): DateValue => ({ value, granularity: 'day', source: 'inferred', confidence: 0.8, evidence: null });
const chronology = (posterior: Dated<TimexDetail>['posterior'], lead: boolean): Dated<TimexDetail> => ({
  inferred: new Map([['a1', inferred('2011-11-27')]]),
  tagged: new Map([['a1', reader.tag(text, null)]]),
  frame: null,
  posterior,
  lead: new Map([['a1', new Set(lead ? [text.indexOf('Monday')] : [])]]),
});
const monday = (c: Dated<TimexDetail>) => readAtDay(article, c, reader, (_s, f) => f()).timexes.find((t) => t.text.includes('Monday'))?.value;

describe('readAtDay: weekdays against an uncertain day of writing', () => {
  it('reads a lead weekday as today on the less likely day rather than six days back on the likeliest', () => {
    // Sunday 0.83, Monday 0.12: "on Monday" in the lead is last week's Monday only if written Sunday, and a
    // lead names a weekday six days back 4% of the time against 64% for the day itself.
    expect(monday(chronology(new Map([['a1', [{ day: '2011-11-27', p: 0.83 }, { day: '2011-11-28', p: 0.12 }]]]), true))).toBe('2011-11-28');
  });
  it('keeps the likeliest day\'s reading when the article is sure of its day', () => {
    expect(monday(chronology(new Map([['a1', [{ day: '2011-11-27', p: 0.97 }, { day: '2011-11-28', p: 0.02 }]]]), true))).toBe('2011-11-21');
    expect(monday(chronology(new Map(), true))).toBe('2011-11-21');
  });
});
