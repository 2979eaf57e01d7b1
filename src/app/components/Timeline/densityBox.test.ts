import { describe, expect, it } from 'vitest';
import { stripSpan, viewBox } from './densityBox.ts';
import { frameShares } from '../../timeline/panZoom.ts';

describe('viewBox', () => {
  it('draws the view where it is, at least 0.8% wide', () => {
    expect(viewBox(20, 40)).toEqual({ left: 20, width: 20, whole: false });
    expect(viewBox(50, 50.1).width).toBe(0.8);
  });
  it('keeps a view past the story\'s end inside the strip, at its right edge', () => {
    const box = viewBox(180, 240);
    expect(box.left + box.width).toBeLessThanOrEqual(100);
    expect(box.left).toBeCloseTo(99.2);
    expect(viewBox(99.9, 130).left + viewBox(99.9, 130).width).toBeLessThanOrEqual(100);
  });
  it('keeps a view before the story\'s start inside the strip, at its left edge', () => {
    expect(viewBox(-60, -20)).toEqual({ left: 0, width: 0.8, whole: false });
  });
  it('calls a view holding the whole story whole', () => {
    expect(viewBox(-5, 105)).toEqual({ left: 0, width: 100, whole: true });
  });
});

describe('stripSpan', () => {
  it('spans what the view shows when it frames the period, so the bars stand under the axis\'s dates', () => {
    // zoomTo frames [0, 70] in 70% of the width: the view shows [-15, 85] (Iraq's strip had spanned [-7, 77]).
    const [a, b] = stripSpan([0, 70]);
    expect(a).toBeCloseTo(-15);
    expect(b).toBeCloseTo(85);
  });
});

describe('frameShares', () => {
  it('leaves 15% either side, or a label\'s room on the right where that is more, the span half the width at least', () => {
    const [l, r] = frameShares(1230, 206);
    expect(l).toBeCloseTo(0.15);
    expect(r).toBeCloseTo(206 / 1230);
    expect(frameShares(2000, 206)[1]).toBeCloseTo(0.15);
    // A 600 px embed (574 px of axis): 86 px had been left right of the period, now its label's 206 at most 35%.
    expect(frameShares(574, 206)[1]).toBeCloseTo(0.35);
    expect(frameShares(574, 150)[1]).toBeCloseTo(150 / 574);
  });
  it('gives stripSpan the view the frame shows, so the strip stays under the axis\'s dates', () => {
    const [a, b] = stripSpan([0, 50], [0.15, 0.35]);
    expect(a).toBeCloseTo(-15);
    expect(b).toBeCloseTo(85);
  });
});
