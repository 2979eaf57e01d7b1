/**
 * Lines: the unit clean works on. Ingest gives paragraphs separated by blank lines, but scraped pages also
 * put caption, credit and date on single lines inside one block ("Donald Trump\nUS President Donald Trump
 * (Photo: Reuters)\nIANS Mexico City"), so every line with text is judged on its own and becomes one
 * paragraph of the cleaned text.
 */

/** Why a line left the text; the report prints it beside the line. */
export type RemovalReason =
  | 'lexicon' | 'date' | 'byline' | 'dateline' | 'caption' | 'block' | 'duplicate' | 'title' | 'inline';

export interface Line {
  /** The line as it stood after normalising white space and control characters. */
  text: string;
  removed: RemovalReason | null;
  /** Detail for the report: which lexicon entry, which earlier line it repeats. */
  note: string;
}

/**
 * Control characters other than newline go (a stray \u0007 from a bad decode must not reach the viewer);
 * tabs, no-break and zero-width spaces become plain spaces or nothing, so "Mexico,\u00a0 the" compares
 * equal to "Mexico, the".
 */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    // JSON-escaped slashes left by some scrapers: "MADRID\/GENEVA", "Reuters\/Cynthia Goldsmith".
    .replace(/\\\//g, '/')
    .replace(/[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\t\u000b\u000c\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g, '');
}

/**
 * A list bullet that a scrape turned into the word "cents" (Timeline17's Guardian pages: "• BA cabin steward
 * in isolation ward • Mexico invokes special measures" arrives as "cents BA cabin steward in isolation ward
 * cents Mexico invokes ..."): "cents" opening a line, or between words and followed by a capital or a figure.
 * A price never reads so: "35 cents a share", "fell 35 cents.", "cents on the dollar". Each bullet starts a
 * line of its own, as it did on the page, so a standfirst's items are not glued into one sentence.
 */
const CENTS_BULLET = /(^|[ \t])cents (?=[A-Z0-9"“‘'])/gm;

export function restoreBullets(text: string): string {
  return text.includes('cents ') ? text.replace(CENTS_BULLET, (_m, before: string) => (before ? '\n• ' : '• ')) : text;
}

/** Non-empty lines, each trimmed and with runs of spaces collapsed. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  for (const rawLine of restoreBullets(normaliseText(text)).split('\n')) {
    const t = rawLine.replace(/ {2,}/g, ' ').trim();
    if (t.length === 0) continue;
    const prev = out[out.length - 1];
    const closes = prev && CLOSES_PAREN.exec(t);
    if (prev && closes && OPEN_PAREN_END.test(prev.text)) {
      // A parenthesis a corpus's sentence splitter cut at its dot: "... International Personal Finance (IPF."
      // and "L) said soaring loan default rates ...": the ticker (IPF.L), or "(Update 6:30 p.m." and "ET) A
      // group of protesters ...". One line again, so the sentence keeps its subject.
      prev.text += (TICKER_END.test(prev.text) && /^[A-Z]{1,3}\)/.test(t) ? '' : ' ') + t;
      continue;
    }
    out.push({ text: t, removed: null, note: '' });
  }
  return out;
}
/** A line that opens by closing a parenthesis: one short token, then ")". */
const CLOSES_PAREN = /^[^\s()]{1,12}\)(?:\s|$)/;
/** A parenthesis opened near a line's end and not closed, the line ending on a dot. */
const OPEN_PAREN_END = /\([^()]{0,40}\.$/;
/** "(IPF.": a ticker's company code cut before its exchange's letter. */
const TICKER_END = /\([A-Z0-9]{1,6}\.$/;

/** Ends like a sentence: "...the border." / "...he said.”" / "...ever seen before.”" / "Who knew?" */
const SENTENCE_END = /[.!?…]["'”’»)\]]*\s*$|[.!?]\s*["'”’»)\]]+\s*$/u;
const BULLET = /^\s*[•·▪◦‣*●■-]\s+/u;

export function endsLikeSentence(line: string): boolean {
  return SENTENCE_END.test(line);
}

export function isBullet(line: string): boolean {
  return BULLET.test(line);
}

/**
 * A weak line is one that is not shaped like prose: short and without sentence-final punctuation ("Smart
 * Quarterly", "Complimentary Access to The New York Times") or a bullet of a list ("• Over 30 premium
 * stories daily"). A weak line alone proves nothing (headlines and subheads are weak too); only a run of
 * weak lines walled in by boilerplate is removed (see blocks.ts).
 */
export function isWeak(line: string): boolean {
  if (line.length > 600) return false; // 25 or 40 words never run this long; spares splitting a 5 MB line
  const words = spaceWords(line, 40);
  if (words > 40) return false;
  if (isBullet(line)) return true;
  return words <= 25 && !endsLikeSentence(line);
}

/** `line.split(' ').length` without building the array; stops counting once past `max`. */
export function spaceWords(line: string, max = Number.POSITIVE_INFINITY): number {
  let n = 1;
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) === 32 && ++n > max) return n;
  }
  return n;
}

/** The cleaned text: kept lines, one paragraph each, separated by one blank line. */
export function joinKept(lines: readonly Line[]): string {
  return lines
    .filter((l) => l.removed === null)
    .map((l) => l.text)
    .join('\n\n')
    .trim();
}
