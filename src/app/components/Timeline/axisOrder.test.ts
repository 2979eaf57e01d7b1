import { describe, expect, it } from 'vitest';
import { byPlace } from './axisOrder.ts';

describe('byPlace', () => {
  it('puts each "+N" among the marks where it begins, a mark first where they begin together', () => {
    const marks = [[0, 0, 'Nov 2004 mark'], [300, 0, 'Jan 2005 mark'], [900, 0, 'Dec 2005 mark']] as const;
    const clusters = [[0, Infinity, '+28 Nov 2004'], [310, Infinity, '+208 Jan 2005']] as const;
    expect(byPlace(marks, clusters)).toEqual(['Nov 2004 mark', '+28 Nov 2004', 'Jan 2005 mark', '+208 Jan 2005', 'Dec 2005 mark']);
  });
  it('keeps either list whole when the other is empty', () => {
    expect(byPlace([[1, 0, 'a'], [2, 0, 'b']], [])).toEqual(['a', 'b']);
    expect(byPlace([], [[1, Infinity, '+2']])).toEqual(['+2']);
  });
  it('reads a shared day top to bottom, its "+N" last, before the next day', () => {
    // mn07's 15 November: four marks placed at the day's start, by lane; the "+46" of the day; then the 16th.
    const marks = [[500, 1, 'lane 1'], [500, 0, 'lane 0'], [500, 3, 'lane 3'], [500, 2, 'lane 2'], [790, 0, '16th']] as const;
    expect(byPlace(marks, [[500, Infinity, '+46']])).toEqual(['lane 0', 'lane 1', 'lane 2', 'lane 3', '+46', '16th']);
  });
});
