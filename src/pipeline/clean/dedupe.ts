/**
 * Repeated blocks: pages that print the article twice (seed 000 repeats its whole text after a second
 * headline and a "Thumbnail"), pull quotes that repeat a paragraph, a headline printed again above the
 * body. The first copy stays; a later line goes only when every sentence of it is already in the kept
 * text, so a sentence that appears once is never lost.
 */
import { lineKey } from './lexicon.ts';
import type { Line } from './lines.ts';

/**
 * Rough sentence split, enough to compare copies: ends at . ! ? (and closing quotes) before a space and
 * an upper-case letter or opening quote. "Mr. Kelly" splits too early; both copies split the same way.
 */
export function roughSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…]["'”’)\]]*)\s+(?=["'“‘(\[]?\p{Lu})/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function tokens(s: string): string[] {
  return lineKey(s).split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}

interface Seen {
  set: ReadonlySet<string>;
  size: number;
}

/**
 * A later sentence B repeats an earlier A when nearly all of B's words are in A and B is at most two words
 * longer: '"We underscored ... into Mexico," Tillerson said.' repeats '"... into Mexico," he said.' (one
 * speaker tag swapped). A copy with a whole added clause is not a repeat: it stays, fuller.
 */
function repeats(b: readonly string[], a: Seen): boolean {
  if (b.length > a.size + 2) return false;
  let shared = 0;
  for (const t of b) {
    if (a.set.has(t)) shared++;
    // A number of its own makes it a new fact: "17 cases in Japan" is not a repeat of "7 cases in Japan".
    else if (/\d/.test(t)) return false;
  }
  return shared / b.length >= 0.85;
}

const MIN_NEAR = 5; // shorter sentences ("He said no.") only count as repeats when identical
const MAX_BUCKET = 64; // bounds the work on a 5 MB page of near-identical lines

export function removeDuplicates(lines: Line[]): void {
  const exact = new Map<string, number>();
  // Candidate earlier sentences are found by their first or last three words, so the check stays linear.
  const byEdge = new Map<string, Seen[]>();
  const edgeKeys = (t: readonly string[]): string[] => [`^${t.slice(0, 3).join(' ')}`, `$${t.slice(-3).join(' ')}`];

  lines.forEach((line, index) => {
    if (line.removed !== null) return;
    const key = lineKey(line.text);
    const first = exact.get(key);
    if (first !== undefined) {
      line.removed = 'duplicate';
      line.note = `same as line ${first + 1}`;
      return;
    }
    const sentences = roughSentences(line.text).map(tokens).filter((t) => t.length > 0);
    const allSeen =
      sentences.length > 0 &&
      sentences.every((t) => {
        if (exact.has(t.join(' '))) return true;
        if (t.length < MIN_NEAR) return false;
        return edgeKeys(t).some((k) => (byEdge.get(k) ?? []).some((a) => repeats(t, a)));
      });
    if (allSeen) {
      line.removed = 'duplicate';
      line.note = 'every sentence already in the text';
      return;
    }
    exact.set(key, index);
    for (const t of sentences) {
      exact.set(t.join(' '), index);
      if (t.length < MIN_NEAR) continue;
      const seen: Seen = { set: new Set(t), size: t.length };
      for (const k of edgeKeys(t)) {
        const bucket = byEdge.get(k) ?? [];
        if (bucket.length < MAX_BUCKET) bucket.push(seen);
        byEdge.set(k, bucket);
      }
    }
  });
}
