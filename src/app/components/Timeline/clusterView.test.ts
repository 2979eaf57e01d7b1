import { describe, expect, it } from 'vitest';
import { clusterView, countWidth } from './clusterView.ts';

describe('clusterView', () => {
  it('draws a "+N" wholly on screen where it is', () => {
    expect(clusterView(100, 180, 800, 12)).toEqual({ left: 100, right: 180, padLeft: 0, padRight: 0, whole: true, shows: true });
  });
  it('narrows a room running past an edge to its part on screen, where that holds a count', () => {
    expect(clusterView(-100, 60, 800, 567)).toMatchObject({ left: 0, right: 60, padLeft: 0, padRight: 0, whole: true });
    expect(clusterView(740, 900, 800, 5)).toMatchObject({ left: 740, right: 800, whole: true });
  });
  it('draws the count of a sliver at the left edge in its part on screen, never its last digits alone', () => {
    // Finan in an 800 px embed: a "+12" room 40 px wide, 10 px of it off screen (it had read "2").
    const v = clusterView(-10, 30, 800, 12);
    expect(v).toEqual({ left: -10, right: 30, padLeft: 10, padRight: 0, whole: true, shows: true });
    expect(30).toBeGreaterThanOrEqual(countWidth(12));
  });
  it('shows no count where the part on screen cannot hold it (Iraq\'s "+23" had read "3")', () => {
    const v = clusterView(-70, 12, 1230, 23);
    expect(v.whole).toBe(false);
    expect(v.padLeft).toBe(70);
  });
  it('keeps the count of a sliver at the right edge in its part on screen', () => {
    expect(clusterView(780, 830, 800, 17)).toEqual({ left: 780, right: 830, padLeft: 0, padRight: 30, whole: false, shows: false });
    expect(clusterView(770, 830, 800, 17)).toEqual({ left: 770, right: 830, padLeft: 0, padRight: 30, whole: true, shows: true });
  });
  it('says whether its count shows on screen, for the Tab order: not for a sliver, nor one just past an edge', () => {
    // Egypt at 1280: a "+9" 43 px left of the edge and 3 px on screen.
    expect(clusterView(-43, 3, 1230, 9).shows).toBe(false);
    expect(clusterView(-60, -4, 1230, 9).shows).toBe(false);
    expect(clusterView(1234, 1290, 1230, 9).shows).toBe(false);
    expect(clusterView(-10, 30, 800, 12).shows).toBe(true);
    expect(clusterView(100, 120, 800, 3).shows).toBe(true);
  });
});
