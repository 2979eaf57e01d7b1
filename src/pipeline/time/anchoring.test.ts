// Narrative and compare-period anchoring: which earlier mention a relative expression is resolved against.
import { describe, expect, it } from 'vitest';
import { tagTimex } from './index.ts';

const valueOf = (text: string, span: string, dct: string, nth = 0) => tagTimex(text, { dct }).filter((t) => t.text === span)[nth]?.value;

describe('compare-period anchoring in financial news', () => {
  // why, text, the expression, DCT, the value it must get
  it.each([
    ['does not chain "a year earlier" onto a date that was itself "a year ago"',
      'Profit fell to $110 million by year end. Production fell 8.4% from a year ago. The decline came from higher borrowing costs compared with a year earlier.', '1988'],
    ['compares with the year-ago period, not the quarter, once a nine-month period is under discussion',
      'Net rose in the third quarter. In the latest nine months, sales were 45% of the total, compared with 40% a year earlier.', '1988'],
    ['still compares with the year-ago quarter while the quarter is under discussion',
      'Net rose in the third quarter from $4 million a year earlier.', '1988-Q3'],
  ])('%s', (_why, text, want) => {
    expect(valueOf(text, 'a year earlier', '1989-10-26')).toBe(want);
  });
});

describe('clock times and counts from now', () => {
  it('puts a clock time on the day named later in its sentence, not on the last day mentioned before it', () => {
    const text = 'On March 11, 2011, an earthquake struck. The attack happened at 3:45 p.m. local time (1245 GMT) on Friday.';
    expect(valueOf(text, '3:45 p.m.', '2013-03-15')).toBe('2013-03-15T15:45');
  });
  it('counts "two weeks from now" forward from the article date', () => {
    expect(valueOf('Two weeks from now the deadline expires.', 'Two weeks from now', '2013-03-15')).toBe('2013-W13');
  });
});

describe('resolveAgainst', () => {
  it('keeps the offsets of an expression deep in a long text while re-resolving it', async () => {
    const { resolveAgainst, tagTimexDetailed } = await import('./index.ts');
    const text = 'x '.repeat(50_000) + 'Talks stalled last week.';
    const t = tagTimexDetailed(text, { dct: '2017-02-24' }).find((e) => e.text === 'last week')!;
    const r = resolveAgainst(t, '2017-03-15');
    expect(r).toMatchObject({ start: t.start, end: t.end, text: 'last week', value: '2017-W10' });
  });
});
