import { describe, expect, it } from 'vitest';
import { isValidTimexValue } from './validate.ts';

describe('isValidTimexValue', () => {
  it('accepts the TIMEX3 value forms', () => {
    for (const v of ['2017-02-24', '2017-02', '2017', '199', '199X', '19', '2017-W08', '2017-W08-WE', 'XXXX-WXX-2', '1998-Q3', '1998-H2',
      '1997-FA', '2017-02-24T15:21', '1998-02-11TNI', 'XXXX-02-24', 'P3Y', 'PT2H', 'P2Y6M', 'PT1M30S', 'PXD', 'P1DT12H', 'PRESENT_REF',
      'PAST_REF', 'FUTURE_REF', '2020-W53'])
      expect(isValidTimexValue(v), v).toBe(true);
  });
  it('rejects impossible calendar dates', () => {
    for (const v of ['2017-02-29', '2017-02-31', '2017-13', '2017-00-10', '2017-W54', '2017-W53', '2017-02-24T25:00', '2017-02-24T10:61'])
      expect(isValidTimexValue(v), v).toBe(false);
  });
  it('rejects garbage', () => {
    for (const v of ['', 'yesterday', 'P', 'PT', '2017-2-24', 'XXXX-Q5', '17-02-24', 'P3', 'T10:00'])
      expect(isValidTimexValue(v), v).toBe(false);
  });
});
