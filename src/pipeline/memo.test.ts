import { describe, expect, it } from 'vitest';
import { memoize } from './memo.ts';

describe('memoize', () => {
  it('computes each key once, null results included', () => {
    let calls = 0;
    const f = memoize((k) => (calls++, k === 'x' ? null : k.length));
    expect([f('abc'), f('abc'), f('x'), f('x')]).toEqual([3, 3, null, null]);
    expect(calls).toBe(2);
  });
  it('stays within its limit by starting over', () => {
    let calls = 0;
    const f = memoize((k) => (calls++, k), 2);
    f('a'); f('b'); f('c'); f('a');
    expect(calls).toBe(4);
  });
});
