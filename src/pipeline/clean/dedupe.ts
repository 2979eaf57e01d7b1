/**
 * Repeated blocks: pages that print the article twice (seed 000 repeats its whole text after a second
 * headline and a "Thumbnail"), pull quotes that repeat a paragraph, a headline printed again above the
 * body. The first copy stays; a later line goes only when every sentence of it is already in the kept
 * text, so a sentence that appears once is never lost.
 */
import { lineKey } from './lexicon.ts';
import type { Line } from './lines.ts';
import { keyTokens } from './tokens.ts';

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

/** An earlier sentence; the set of its words is built the first time a later sentence is compared with it. */
interface Seen {
  tokens: readonly string[];
  set: ReadonlySet<string> | null;
  size: number;
}

/** A sentence of a line: its words, their comparison key, and the keys of its first and last three words. */
interface Sentence {
  tokens: string[];
  joined: string;
  head: string;
  tail: string;
}

function sentence(t: string[]): Sentence {
  const n = t.length;
  const near = n >= MIN_NEAR;
  return {
    tokens: t,
    joined: t.join(' '),
    head: near ? `^${t[0]} ${t[1]} ${t[2]}` : '',
    tail: near ? `$${t[n - 3]} ${t[n - 2]} ${t[n - 1]}` : '',
  };
}

function hasDigit(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * A later sentence B repeats an earlier A when nearly all of B's words are in A and B is at most two words
 * longer: '"We underscored ... into Mexico," Tillerson said.' repeats '"... into Mexico," he said.' (one
 * speaker tag swapped). A copy with a whole added clause is not a repeat: it stays, fuller.
 */
function repeats(b: readonly string[], a: Seen): boolean {
  if (b.length > a.size + 2) return false;
  let shared = 0;
  const set = (a.set ??= new Set(a.tokens));
  for (const t of b) {
    if (set.has(t)) shared++;
    // A number of its own makes it a new fact: "17 cases in Japan" is not a repeat of "7 cases in Japan".
    else if (hasDigit(t)) return false;
  }
  return shared / b.length >= 0.85;
}

const MIN_NEAR = 5; // shorter sentences ("He said no.") only count as repeats when identical
const MAX_BUCKET = 64; // bounds the work on a 5 MB page of near-identical lines

function anyRepeats(t: readonly string[], bucket: readonly Seen[] | undefined): boolean {
  if (bucket === undefined) return false;
  for (const a of bucket) if (repeats(t, a)) return true;
  return false;
}

function addToBucket(byEdge: Map<string, Seen[]>, k: string, seen: Seen): void {
  const bucket = byEdge.get(k);
  if (bucket === undefined) byEdge.set(k, [seen]);
  else if (bucket.length < MAX_BUCKET) bucket.push(seen);
}

export function removeDuplicates(lines: Line[]): void {
  const exact = new Map<string, number>();
  // Candidate earlier sentences are found by their first or last three words, so the check stays linear.
  const byEdge = new Map<string, Seen[]>();

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line;
    if (line.removed !== null) continue;
    const key = lineKey(line.text);
    const first = exact.get(key);
    if (first !== undefined) {
      line.removed = 'duplicate';
      line.note = `same as line ${first + 1}`;
      continue;
    }
    const sentences: Sentence[] = [];
    for (const s of roughSentences(line.text)) {
      const t = keyTokens(s);
      if (t.length > 0) sentences.push(sentence(t));
    }
    let allSeen = sentences.length > 0;
    for (const s of sentences) {
      if (exact.has(s.joined)) continue;
      if (s.tokens.length < MIN_NEAR || !(anyRepeats(s.tokens, byEdge.get(s.head)) || anyRepeats(s.tokens, byEdge.get(s.tail)))) {
        allSeen = false;
        break;
      }
    }
    if (allSeen) {
      line.removed = 'duplicate';
      line.note = 'every sentence already in the text';
      continue;
    }
    exact.set(key, index);
    for (const s of sentences) {
      exact.set(s.joined, index);
      if (s.tokens.length < MIN_NEAR) continue;
      const seen: Seen = { tokens: s.tokens, set: null, size: s.tokens.length };
      addToBucket(byEdge, s.head, seen);
      addToBucket(byEdge, s.tail, seen);
    }
  }
}
