/**
 * Segmentation: cleaned article text -> paragraphs and sentences with character offsets, so every later
 * stage can cite a sentence as Article.text.slice(start, end). Rules, not a model: a boundary is sentence
 * punctuation followed by a capital, except after abbreviations ("Mr. Kelly", "Feb. 24", "Brett M.
 * Kavanaugh") and inside a closed quotation ("“Let me be very clear. There will be no ...,” Kelly said."
 * stays one sentence with its speaker). A line break always ends a sentence: scraped headlines and captions
 * have no final period.
 */
import type { Sentence } from '../types.ts';
import lexicon from './abbreviations.en.json' with { type: 'json' };

/** A paragraph: a run of text between blank lines. */
export interface Paragraph {
  start: number;
  end: number;
}

export interface Segmented {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

const ABBREVIATIONS = new Set([...lexicon.titles, ...lexicon.months, ...lexicon.other]);
const STARTERS = new Set(lexicon.sentenceStarters);
/** Quotes that open a protected range (see quoteRanges), by character code. */
const CURLY_OPEN = 0x201c; // “
const STRAIGHT = 0x22; // "
/** Longest quotation kept in one sentence; a longer one is a quoted paragraph and splits as prose. */
const MAX_QUOTE = 600;

export function segment(text: string): Segmented {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const paraRe = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (let m = paraRe.exec(text); m; m = paraRe.exec(text)) {
    const para = trimSpan(text, m.index, m.index + m[0].length);
    if (!para) continue;
    const index = paragraphs.length;
    paragraphs.push(para);
    const lineRe = /[^\n]+/g;
    const body = text.slice(para.start, para.end);
    for (let l = lineRe.exec(body); l; l = lineRe.exec(body)) {
      const lineStart = para.start + l.index;
      for (const span of splitLine(text, lineStart, lineStart + l[0].length)) {
        sentences.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), paragraph: index });
      }
    }
  }
  return { paragraphs, sentences };
}

/** Sentence spans of one line (no newline inside). */
function splitLine(text: string, start: number, end: number): Paragraph[] {
  const line = text.slice(start, end);
  const protectedRanges = quoteRanges(line);
  const cuts: number[] = [];
  // Terminal punctuation, optional closing quotes/brackets, then either white space or (glued text such as
  // "suburban Philadelphia.The Department") directly a capital followed by a lower-case letter.
  const re = /[.!?]+["'”’)\]]*(?=(\s+)|[A-Z“"][A-Za-z])/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    let cut = m.index + m[0].length;
    // "policy."We are taking": a straight quote glued to both sides opens the next sentence when it is an
    // opening one (an even number of straight quotes before it); "incarceration."Cosby" closes a quote.
    if (!m[1] && m[0].endsWith('"') && /^[A-Za-z]/.test(line.slice(cut)) && countOf(line, '"', cut - 1) % 2 === 0) cut--;
    const after = line.slice(cut).trimStart();
    if (!after || !/^[A-Z0-9“"‘'(\[—–-]/.test(after)) continue;
    if (!m[1] && !/[a-z0-9]{2}$/.test(line.slice(0, m.index)) && !/["”’]$/.test(m[0])) continue;
    if (protectedRanges.some(([a, b]) => m!.index >= a && cut < b)) continue;
    if (m[0].startsWith('.') && !endsSentenceAfterPeriod(line.slice(0, m.index), after)) continue;
    cuts.push(cut);
  }
  const spans: Paragraph[] = [];
  let from = 0;
  for (const cut of [...cuts, line.length]) {
    const span = trimSpan(text, start + from, start + cut);
    if (span) spans.push(span);
    from = cut;
  }
  return spans;
}

/**
 * Whether a period after `before` ends the sentence given the text `after` it. "Mr. Cosby" and "Jan. 24"
 * do not; "Brett M. Kavanaugh" does not (an initial); "in the U.S. The talks" does, "U.S. Secretary" not.
 */
function endsSentenceAfterPeriod(before: string, after: string): boolean {
  const word = trailingWord(before);
  const nextWord = (/^[“"‘']?([\p{L}]+)/u.exec(after)?.[1] ?? '').toLowerCase();
  if (ABBREVIATIONS.has(word.toLowerCase())) {
    // A month abbreviation ends a sentence only before a sentence opener: "in Feb. The" (rare); "Feb. 24" never.
    return /^\p{Lu}/u.test(after) && STARTERS.has(nextWord) && !lexicon.titles.includes(word.toLowerCase());
  }
  // A single capital is an initial ("Steven T. O'Neill"), unless a sentence opener follows ("Plan B. The").
  if (/^\p{Lu}$/u.test(word)) return STARTERS.has(nextWord) && nextWord.length > 1;
  // Initialisms "U.S.", "p.m.", "D.C.": a boundary only before a typical sentence opener.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return STARTERS.has(nextWord);
  return true;
}

/**
 * The run of letters and periods that ends `before` (what /([\p{L}.]+)$/u finds), read backwards from the
 * end: the regex would try every start position of a long paragraph for each period in it.
 */
function trailingWord(before: string): string {
  let start = before.length;
  while (start > 0) {
    const c = before.charCodeAt(start - 1);
    if (c === 46 /* . */ || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) start--;
    else if (c < 128) break;
    else {
      // A surrogate pair is one code point to the u-flag regex: test it whole.
      const low = c >= 0xdc00 && c <= 0xdfff && start >= 2;
      const high = low ? before.charCodeAt(start - 2) : 0;
      const len = low && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
      if (!LETTER.test(before.slice(start - len, start))) break;
      start -= len;
    }
  }
  return before.slice(start);
}

const LETTER = /^\p{L}$/u;

/**
 * Character ranges of quotations that open and close within the line and are short enough to keep whole:
 * curly “...”, or straight "..." where the opening quote follows a space and the closing one a non-space.
 */
function quoteRanges(line: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < line.length; i++) {
    // By character code, not line[i]: this loop visits every character of every line of the story.
    const code = line.charCodeAt(i);
    if (code !== CURLY_OPEN && code !== STRAIGHT) continue; // ‘ opens no protected range: it doubles as an apostrophe
    if (code === STRAIGHT && i > 0 && !/[\s(\[—–-]/.test(line[i - 1]!)) continue;
    const close = code === CURLY_OPEN ? line.indexOf('”', i + 1) : findStraightClose(line, i + 1);
    if (close < 0 || close - i > MAX_QUOTE) continue;
    ranges.push([i, close]);
    i = close;
  }
  return ranges;
}

function countOf(line: string, ch: string, before: number): number {
  let n = 0;
  for (let i = line.indexOf(ch); i >= 0 && i < before; i = line.indexOf(ch, i + 1)) n++;
  return n;
}

function findStraightClose(line: string, from: number): number {
  for (let j = line.indexOf('"', from); j >= 0; j = line.indexOf('"', j + 1)) {
    if (j > 0 && !/\s/.test(line[j - 1]!)) return j;
  }
  return -1;
}

function trimSpan(text: string, start: number, end: number): Paragraph | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** The sentence containing character offset `at`, by binary search. */
export function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
