import { describe, expect, it } from 'vitest';
import { openingFits } from './labelFont.ts';

// Widths as Chromium measured the title's font (12.8 px, weight 550, DejaVu Sans) on Iraq's axis.
const px: Record<string, number> = { The: 27, president: 69, poll: 27, follows: 51, ' ': 4, '…': 10 };
const drawn = (text: string) => [...text.split(/( |…)/)].filter(Boolean).reduce((sum, w) => sum + (px[w] ?? w.length * 8), 0);

describe('openingFits', () => {
  it('refuses a narrowed label that shows one word whole (Iraq\'s "The / presiden…", 78 px of text)', () => {
    expect(openingFits('The president mentioned five times in 30 minutes', 78, drawn)).toBe(false);
  });
  it('keeps one that shows its first two words, however the rest is cut', () => {
    expect(openingFits('The poll follows repeated efforts by the government', 78, drawn)).toBe(true);
    expect(openingFits('The president mentioned five times', 79, drawn)).toBe(true);
  });
  it('refuses one whose first word does not fit a line; a one-word title needs only that word', () => {
    expect(openingFits('Congressmen Henry Waxman', 78, drawn)).toBe(false);
    expect(openingFits('Fascism', 78, drawn)).toBe(true);
  });
  it('fits where nothing measures (no canvas)', () => {
    expect(openingFits('The president mentioned', 78, () => undefined)).toBe(true);
  });
});
