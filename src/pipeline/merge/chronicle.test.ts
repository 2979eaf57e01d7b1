import { describe, expect, it } from 'vitest';
import type { Candidate } from '../events/candidates.ts';
import { CHRONICLE_MONTHS, isChronicle } from './groupDates.ts';

const dated = (value: string, granularity = 'day') => ({ own: { value, granularity } }) as unknown as Candidate;
const undated = () => ({ own: null }) as unknown as Candidate;

describe('a chronicle article (a year in review): its undated sentences take no news day', () => {
  it('is one whose own dates name many months over a season or more', () => {
    const year = Array.from({ length: CHRONICLE_MONTHS }, (_, m) => dated(`2005-${String(m + 1).padStart(2, '0')}-15`));
    expect(isChronicle([...year, undated()])).toBe(true);
  });
  it('a news report recalling a few months, or many days of one month, is not', () => {
    expect(isChronicle([dated('2005-12-25'), dated('2005-10-19'), dated('2005-04'), dated('2004', 'year'), undated()])).toBe(false);
    expect(isChronicle(Array.from({ length: 20 }, (_, d) => dated(`2005-12-${String(d + 1).padStart(2, '0')}`)))).toBe(false);
  });
});
