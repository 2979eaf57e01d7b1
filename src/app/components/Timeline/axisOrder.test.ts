import { describe, expect, it } from 'vitest';
import { byPlace } from './axisOrder.ts';

describe('byPlace', () => {
  it('puts each "+N" among the marks where it begins, a mark first where they begin together', () => {
    const marks = [[0, 'Nov 2004 mark'], [300, 'Jan 2005 mark'], [900, 'Dec 2005 mark']] as const;
    const clusters = [[0, '+28 Nov 2004'], [310, '+208 Jan 2005']] as const;
    expect(byPlace(marks, clusters)).toEqual(['Nov 2004 mark', '+28 Nov 2004', 'Jan 2005 mark', '+208 Jan 2005', 'Dec 2005 mark']);
  });
  it('keeps either list whole when the other is empty', () => {
    expect(byPlace([[1, 'a'], [2, 'b']], [])).toEqual(['a', 'b']);
    expect(byPlace([], [[1, '+2']])).toEqual(['+2']);
  });
});
