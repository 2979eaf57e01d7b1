// What a page glues before its first sentence (a photo's credit, a clock stamp, a dateline) is no part of
// the sentence's title or summary.
import { describe, expect, it } from 'vitest';
import { dropDateline } from './clause.ts';

const kept = 'The police arrived.';

describe('dropDateline', () => {
  it.each([
    ['a photo credit in brackets and the dateline after it', '(By Anna Berg -- Associated Press) RIGA, Latvia -- On a cold evening, 10,000 people gathered.', 'On a cold evening, 10,000 people gathered.'],
    ['a clock stamp with its date and a semicolon', 'Wednesday, March 4, 2009; 10:18 AM The contraction in the economy hurt homeowners.', 'The contraction in the economy hurt homeowners.'],
    ['a clock stamp alone, with a double hyphen', '4:57 PM -- The president spoke about the banks.', 'The president spoke about the banks.'],
    ['a date stamp with a semicolon', 'March 4, 2009; There is no point in building roads.', 'There is no point in building roads.'],
    ['a capitals dateline with its region', 'CAIRO, Egypt -- Protesters gathered in the square.', 'Protesters gathered in the square.'],
    ['a capitals dateline alone', `WASHINGTON -- ${kept}`, kept],
    ['a capitals dateline with the day it was filed', `NEW YORK, Jan. 15 -- ${kept}`, kept],
    ['a dateline with its region and day', `RIGA, Latvia, March 8 -- ${kept}`, kept],
  ])('drops %s', (_what, text, want) => {
    expect(dropDateline(text)).toBe(want);
  });

  it.each([
    ['a clock time prose opens with', 'At 10:18 AM the police arrived.'],
    ['a clock time inside the sentence', 'The police arrived at 10:18 AM on Monday.'],
    ['a dash inside a sentence', 'US - Mexico talks resumed on Monday.'],
  ])('keeps %s', (_what, text) => {
    expect(dropDateline(text)).toBe(text);
  });
});
