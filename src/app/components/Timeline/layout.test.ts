import { describe, expect, it } from 'vitest';
import { LABEL_WIDTH, LABEL_WIDTH_MAX, labelWidthFor } from './layout.ts';

describe('labelWidthFor', () => {
  it('keeps the 206 px label on a 1,280 px page and in an embed', () => {
    expect(labelWidthFor(1230)).toBe(LABEL_WIDTH); // the page at 1,280 px, its axis
    expect(labelWidthFor(776)).toBe(LABEL_WIDTH); // an 800 px embed
    expect(labelWidthFor(360)).toBe(LABEL_WIDTH); // a phone
  });

  it('gives a wide axis wider labels, up to a caption\'s measure', () => {
    // 1,920 px: the page's 1,856 px column, the axis inside its border.
    expect(labelWidthFor(1854)).toBe(LABEL_WIDTH_MAX);
    expect(labelWidthFor(1500)).toBe(240);
    expect(labelWidthFor(3000)).toBe(LABEL_WIDTH_MAX);
  });

  it('grows with the width, never shrinks', () => {
    let last = 0;
    for (let w = 300; w <= 2600; w += 10) {
      const now = labelWidthFor(w);
      expect(now).toBeGreaterThanOrEqual(last);
      last = now;
    }
  });
});
