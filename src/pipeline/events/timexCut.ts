/**
 * Cutting a sentence's time expression out for its title, with the preposition that goes with it and the
 * far end of a range it starts ("from Jan. 24 to 2008" must not leave "from to 2008"). The result is that
 * of the one-regex form
 *   s.replace(new RegExp(`,?\s*\b(?:(?:on|in|...|late)\s+)?${escaped}${RANGE}(?=[\s,.;]|$),?`, 'i'),
 *             (m) => (m.endsWith(',') ? ',' : ' '))
 * without compiling that regex once per distinct expression: its case-insensitive preposition list costs
 * ~0.7 ms to compile (and again to tier up), a story has hundreds of distinct expressions, and V8 recompiles
 * them per story. Here the fixed tail compiles once, the expression alone as a tiny sticky regex, and the
 * prefix (comma, spaces, word boundary, preposition, spaces) is walked by hand in the regex's own
 * backtracking order, so the first (leftmost, then highest-priority) match is the same one.
 */
const PREPOSITIONS = ['on', 'in', 'at', 'during', 'by', 'since', 'until', 'as of', 'from', 'between', 'through', 'throughout', 'over', 'before', 'after', 'for', 'of', 'to', 'early', 'late'];
const RANGE = `(?:\\s*(?:to|until|through|and|-|–)\\s+(?:(?:early|mid|late)[- ])?(?:[A-Z][a-z]+\\.?\\s+)?(?:\\d{1,2},?\\s+)?\\d{4}\\b)?`;
/** What follows the expression: the rest of a range, a boundary, an optional comma. Sticky. */
const TAIL = new RegExp(`${RANGE}(?=[\\s,.;]|$),?`, 'iy');
const SPACE = /\s/;
/** Non-unicode \w (what \b reads, with or without the i flag). */
const isWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** Per expression text: a search (is it in the sentence at all?) and a sticky test at one position. */
const compiled = new Map<string, { find: RegExp; at: RegExp }>();

function expression(text: string): { find: RegExp; at: RegExp } {
  let re = compiled.get(text);
  if (!re) {
    if (compiled.size >= 4096) compiled.clear();
    const esc = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = { find: new RegExp(esc, 'i'), at: new RegExp(esc, 'iy') };
    compiled.set(text, re);
  }
  return re;
}

/** True when every code unit of `text` is ASCII: then the two regexes above are matched by hand (asciiAt). */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * Whether the ASCII `text` occurs in s at q as /text/i (no u flag) would match it there: a letter matches
 * either case of itself and nothing else (without the u flag, no non-ASCII character folds to an ASCII
 * letter: "ſ" and "K" (Kelvin) do not match "s" and "k"); any other character matches only itself. Most
 * expressions are ASCII ("Thursday", "Feb. 23", "2017"): no regex compiled (and tiered up) per expression
 * in each story, a cost every worker thread paid again.
 */
function asciiAt(s: string, q: number, text: string): boolean {
  if (q + text.length > s.length) return false;
  for (let i = 0; i < text.length; i++) {
    const want = text.charCodeAt(i);
    const c = s.charCodeAt(q + i);
    if (c === want) continue;
    const lower = want | 32;
    if (lower < 97 || lower > 122 || (c | 32) !== lower) return false;
  }
  return true;
}

/** Stands for the regexes an ASCII expression does without. */
const NO_REGEX = { find: /(?:)/, at: /(?:)/y };

/** The sentence with `timexText` (and its preposition, range end, surrounding comma) replaced by ',' or ' '. */
export function cutTimex(s: string, timexText: string): string {
  const span = timexSpan(s, timexText);
  if (!span) return s;
  const [p, end] = span;
  return s.slice(0, p) + (s[end - 1] === ',' ? ',' : ' ') + s.slice(end);
}

/** Where cutTimex cuts: [start, end) of the expression with its preposition, range end and commas, or null. */
export function timexSpan(s: string, timexText: string): [number, number] | null {
  const ascii = isAscii(timexText);
  const { find, at: t } = ascii ? NO_REGEX : expression(timexText);
  let firstIndex = -1;
  if (ascii) {
    for (let q = 0; q + timexText.length <= s.length; q++) if (asciiAt(s, q, timexText)) { firstIndex = q; break; }
  } else {
    firstIndex = find.exec(s)?.index ?? -1;
  }
  if (firstIndex < 0) return null;
  const n = s.length;
  const isSpace = (i: number) => i < n && SPACE.test(s[i]!);
  const boundary = (i: number) => (i > 0 && isWord(s.charCodeAt(i - 1))) !== (i < n && isWord(s.charCodeAt(i)));
  // The expression at q, then the tail: the end of the match, or -1.
  const rest = (q: number): number => {
    if (ascii) {
      if (!asciiAt(s, q, timexText)) return -1;
      TAIL.lastIndex = q + timexText.length;
    } else {
      t.lastIndex = q;
      if (!t.test(s)) return -1;
      TAIL.lastIndex = t.lastIndex;
    }
    return TAIL.test(s) ? TAIL.lastIndex : -1;
  };
  const prepAt = (w: number, p: string): boolean => {
    if (w + p.length > n) return false;
    for (let i = 0; i < p.length; i++) {
      const want = p.charCodeAt(i);
      const c = s.charCodeAt(w + i);
      if (want === 32 ? c !== 32 : (c | 32) !== want) return false;
    }
    return true;
  };
  const matchAt = (p: number): number => {
    for (const comma of s[p] === ',' ? [1, 0] : [0]) {
      const a = p + comma;
      let k = a;
      while (isSpace(k)) k++;
      for (let w = k; w >= a; w--) {
        if (!boundary(w)) continue;
        for (const prep of PREPOSITIONS) {
          if (!prepAt(w, prep)) continue;
          const x = w + prep.length;
          let y = x;
          while (isSpace(y)) y++;
          for (let q = y; q > x; q--) {
            const end = rest(q);
            if (end >= 0) return end;
          }
        }
        const end = rest(w);
        if (end >= 0) return end;
      }
    }
    return -1;
  };
  // Every match holds the expression at or after its first occurrence, and before it at most a comma and a
  // preposition (11 non-space characters at most: ",throughout"): no match starts further back.
  let from = firstIndex;
  for (let seen = 0; from > 0; from--) {
    if (isSpace(from - 1)) continue;
    if (seen === 11) break;
    seen++;
  }
  for (let p = from; p < n; p++) {
    const end = matchAt(p);
    if (end >= 0) return [p, end];
  }
  return null;
}
