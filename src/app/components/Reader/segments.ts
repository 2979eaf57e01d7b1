/**
 * The reader's text as pieces: paragraphs (split at blank lines) cut into plain runs and marked sentences.
 * Offsets are those of Article.text, so a mention's [start, end) lands on exactly its sentence.
 */
import { joinSpacedPossessives, looksTokenized, untokenize } from '../../../schema/untokenize.ts';
import { backtickQuotes } from '../../timeline/shownText.ts';

/** A sentence that supports an event (or the sentence the reader was opened at). */
export type MarkRange = { start: number; end: number; eventId: string | null };
/** A run of text; `mark` set when it is (part of) a marked sentence. */
/** `words`: the words asked for inside the current piece, as offsets into its text ([from, to)). */
export type Piece = { start: number; text: string; mark: MarkRange | null; current: boolean; words?: [number, number] };
export type Paragraph = { start: number; pieces: Piece[] };

/** Sorted, non-overlapping ranges: where two events quote one sentence, the first one keeps it. */
export function normalizeMarks(ranges: MarkRange[], length: number): MarkRange[] {
  const sorted = ranges
    .filter((r) => r.end > r.start && r.start < length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MarkRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) continue;
    out.push({ ...r, end: Math.min(r.end, length) });
  }
  return out;
}

/**
 * The sentence the reader opens at: the marked sentence holding `at`, else the text from `at` to the end
 * of its sentence (an evidence phrase such as "on Tuesday" sits inside a sentence no event quotes).
 */
export function currentRange(text: string, marks: MarkRange[], at: number | null): { start: number; end: number } | null {
  if (at === null || at < 0 || at >= text.length) return null;
  const hit = marks.find((m) => m.start <= at && at < m.end);
  if (hit) return { start: hit.start, end: hit.end };
  const rest = text.slice(at);
  const stop = rest.search(/[.!?](?=["”’]?\s)|\n/);
  return { start: at, end: at + (stop < 0 ? rest.length : stop + 1) };
}

export function segment(text: string, marks: MarkRange[], current: { start: number; end: number } | null, words: { start: number; end: number } | null = null): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const re = /\n\s*\n/g;
  let from = 0;
  const bounds: [number, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    bounds.push([from, m.index]);
    from = m.index + m[0].length;
  }
  bounds.push([from, text.length]);
  // Cut points: paragraph bounds, mark bounds and the current range's bounds.
  const extra = current && !marks.some((m) => m.start === current.start) ? [{ ...current, eventId: null }] : [];
  const all = normalizeMarks([...marks, ...extra], text.length);
  for (const [a, b] of bounds) {
    if (b <= a) continue;
    const pieces: Piece[] = [];
    let pos = a;
    for (const m of all) {
      if (m.end <= pos || m.start >= b) continue;
      if (m.start > pos) pieces.push({ start: pos, text: text.slice(pos, m.start), mark: null, current: false });
      const s = Math.max(m.start, pos);
      const e = Math.min(m.end, b);
      const isCurrent = current !== null && s < current.end && e > current.start;
      const piece: Piece = { start: s, text: text.slice(s, e), mark: m, current: isCurrent };
      // The words asked for (a date's evidence: "Thursday night") inside their sentence, not the whole of it.
      if (isCurrent && words && words.start < e && words.end > s && (words.start > s || words.end < e)) piece.words = [Math.max(words.start, s) - s, Math.min(words.end, e) - s];
      pieces.push(piece);
      pos = e;
    }
    if (pos < b) pieces.push({ start: pos, text: text.slice(pos, b), mark: null, current: false });
    paragraphs.push({ start: a, pieces });
  }
  return paragraphs;
}

/**
 * How the reader shows an article's text: detokenized when the whole of it looks tokenized (Timeline17's
 * "`` behind scenes '' , do n't"), as it is otherwise. For display only: pieces, marks and the offsets of
 * links (?read=…&at=…&to=…) stay those of Article.text.
 */
export function displayFor(text: string): (s: string) => string {
  // A quotation opened with a backtick is shown closed, whatever the rest of the text (shownText.ts).
  return looksTokenized(text) ? (s) => joinSpacedPossessives(backtickQuotes(untokenize(s))) : (s) => joinSpacedPossessives(backtickQuotes(s));
}

/**
 * A piece's text as shown: each part on its own (before the words asked for, the words, after them), so
 * that detokenizing never moves the words' highlight; a token pair cut by a mark's edge stays as it is.
 */
export function pieceParts(piece: Piece, show: (s: string) => string): string[] {
  if (!piece.words) return [show(piece.text)];
  const [a, b] = piece.words;
  return [show(piece.text.slice(0, a)), show(piece.text.slice(a, b)), show(piece.text.slice(b))];
}
