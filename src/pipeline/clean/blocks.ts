/**
 * Structural rules: decide about lines by their neighbours, so a plan grid or a caption goes even when no
 * word of it is in the lexicon.
 */
import { lineKey } from './lexicon.ts';
import { isWeak, spaceWords, type Line } from './lines.ts';

/**
 * A run of weak lines with removed lines on both sides is part of the same boilerplate block. Seed 001
 * (Business Standard) ends in a plan grid: "₹900" and "SAVE 25%" are caught by the lexicon, and "Smart
 * Quarterly", "Exclusive premium stories online" or "• Over 30 premium stories daily" between them go
 * with them. The start and end of the document do not count as walls: a standfirst after the headline
 * or a last paragraph without a full stop must survive.
 */
export function removeWalledRuns(lines: Line[]): void {
  let i = 0;
  while (i < lines.length) {
    const li = lines[i] as Line;
    if (li.removed !== null || !isWeak(li.text)) {
      i++;
      continue;
    }
    // The run is the kept weak lines in a row; its walls are the lines just outside it.
    let j = i;
    while (j + 1 < lines.length) {
      const next = lines[j + 1] as Line;
      if (next.removed !== null || !isWeak(next.text)) break;
      j++;
    }
    const before = lines[i - 1];
    const after = lines[j + 1];
    if (before !== undefined && before.removed !== null && after !== undefined && after.removed !== null) {
      for (let k = i; k <= j; k++) {
        const l = lines[k] as Line;
        l.removed = 'block';
        l.note = 'weak line walled in by boilerplate';
      }
    }
    i = j + 1;
  }
}

const tokens = (s: string): string[] => lineKey(s).split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);

/**
 * Photo captions come with an alt text or a credit line beside them. A weak line whose words all occur in
 * the removed caption next to it is the same caption ("Donald Trump" above "US President Donald Trump
 * (Photo: Reuters)"); two identical short lines side by side are alt text plus caption ("US Homeland
 * Security chief John Kelly" twice in seed 003).
 */
export function removeCaptionNeighbours(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.removed !== null || !isWeak(l.text) || spaceWords(l.text, 12) > 12) continue;
    const own = tokens(l.text);
    if (own.length === 0) continue;
    for (const n of [lines[i - 1], lines[i + 1]]) {
      if (n === undefined) continue;
      if (n.removed === 'caption' || (n.removed === 'lexicon' && /photo|image|caption/i.test(n.note))) {
        const theirs = new Set(tokens(n.text));
        if (own.every((t) => theirs.has(t))) {
          l.removed = 'caption';
          l.note = 'repeats the caption beside it';
          break;
        }
      }
    }
    const next = lines[i + 1];
    if (l.removed === null && next !== undefined && next.removed === null && lineKey(next.text) === lineKey(l.text)) {
      l.removed = 'caption';
      l.note = 'alt text and caption: the same short line twice';
      next.removed = 'caption';
      next.note = l.note;
    }
  }
}
