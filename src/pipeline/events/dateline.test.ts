// What a page glues before its first sentence (a photo's credit, a clock stamp, a dateline) is no part of
// the sentence's title or summary.
import { describe, expect, it } from 'vitest';
import { dropDateline } from './clause.ts';

describe('dropDateline', () => {
  it('drops a photo credit in brackets and the dateline after it', () => {
    expect(dropDateline('(By Anna Berg -- Associated Press) RIGA, Latvia -- On a cold evening, 10,000 people gathered.')).toBe('On a cold evening, 10,000 people gathered.');
  });
  it('drops a clock stamp opening the text, with its date and a semicolon or not', () => {
    expect(dropDateline('Wednesday, March 4, 2009; 10:18 AM The contraction in the economy hurt homeowners.')).toBe('The contraction in the economy hurt homeowners.');
    expect(dropDateline('4:57 PM -- The president spoke about the banks.')).toBe('The president spoke about the banks.');
    expect(dropDateline('March 4, 2009; There is no point in building roads.')).toBe('There is no point in building roads.');
  });
  it('keeps a clock time that prose tells', () => {
    expect(dropDateline('At 10:18 AM the police arrived.')).toBe('At 10:18 AM the police arrived.');
    expect(dropDateline('The police arrived at 10:18 AM on Monday.')).toBe('The police arrived at 10:18 AM on Monday.');
  });
  it('drops a capitals dateline with its region and a double hyphen, not a dash inside a sentence', () => {
    expect(dropDateline('CAIRO, Egypt -- Protesters gathered in the square.')).toBe('Protesters gathered in the square.');
    expect(dropDateline('WASHINGTON -- The Senate voted.')).toBe('The Senate voted.');
    expect(dropDateline('US - Mexico talks resumed on Monday.')).toBe('US - Mexico talks resumed on Monday.');
  });
});
