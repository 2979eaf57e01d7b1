/**
 * The boilerplate lexicon (boilerplate.en.json) compiled once into fast matchers. The words are data so a
 * new outlet's furniture ("Story continues below advertisement") is one line in the JSON, not code.
 */
import raw from './boilerplate.en.json' with { type: 'json' };

/** One regex rule of the lexicon with the example a generic test checks it against. */
export interface PatternRule {
  re: RegExp;
  /** Applies to lines of any length: a reader comment can run to 200 words. */
  anyLength: boolean;
  /** The line opens the reader comments ("At 2:04 pm on 29 May 2009, RoastDuck wrote: ..."): all below goes. */
  endsArticle: boolean;
  why: string;
  example: string;
}

export interface Lexicon {
  exact: ReadonlySet<string>;
  prefix: readonly string[];
  prefixAnyLength: readonly string[];
  prefixMaxWords: number;
  contains: readonly string[];
  containsMaxWords: number;
  patterns: readonly PatternRule[];
  inline: readonly string[];
  inlinePatterns: readonly PatternRule[];
  agencies: readonly string[];
  notTitle: readonly string[];
}

/**
 * The comparison key of a line: lower case, curly quotes folded, white space collapsed. "Here’s what’s
 * included" and "Here's what's included" must hit the same entry.
 */
export function lineKey(line: string): string {
  const cached = keyMemo.get(line);
  if (cached !== undefined) return cached;
  // Most lines (split and trimmed by lines.ts) have nothing to fold: one test, then only the lower-casing.
  const key = FOLDED.test(line)
    ? line
      .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
      .replace(/[\u2013\u2014\u2212]/g, '-')
      // Every white-space run becomes one space; a run that is already one space is left alone, sparing a copy.
      .replace(/ \s+|[^\S ]\s*/g, ' ')
      .trim()
      .toLowerCase()
    : line.toLowerCase();
  if (keyMemo.size >= KEY_MEMO_SIZE) keyMemo.clear();
  keyMemo.set(line, key);
  return key;
}

/**
 * Every line's key is asked for by the lexicon, the caption rule and dedupe in turn; the memo computes it
 * once. Bounded, so a long run of builds does not keep old articles' lines alive.
 */
const keyMemo = new Map<string, string>();
/**
 * What lineKey's replacements and trim would change: a quote or dash to fold, white space other than a
 * single space between two other characters. A line without any of these is its own key, lower-cased.
 */
const FOLDED = /[\u2018\u2019\u201b\u2032\u201c\u201d\u201e\u2033\u2013\u2014\u2212]|[^\S ]|  |^ | $/;
const KEY_MEMO_SIZE = 4096;

export function wordCount(s: string): number {
  const m = s.match(/\S+/g);
  return m === null ? 0 : m.length;
}

interface RawPattern {
  re: string;
  why: string;
  example: string;
  flags?: string;
  anyLength?: boolean;
  endsArticle?: boolean;
}

/** Case-insensitive; unicode mode only for patterns that need it (\p{...}): V8 runs /iu several times slower. */
function compile(p: RawPattern): PatternRule {
  return { re: new RegExp(p.re, p.flags ?? (/\\[pPu]\{/.test(p.re) ? 'iu' : 'i')), anyLength: p.anyLength === true, endsArticle: p.endsArticle === true, why: p.why, example: p.example };
}

export const lexicon: Lexicon = {
  exact: new Set(raw.exact.map(lineKey)),
  prefix: raw.prefix.map(lineKey),
  prefixAnyLength: raw.prefixAnyLength.map(lineKey),
  prefixMaxWords: raw.prefixMaxWords,
  contains: raw.contains.map(lineKey),
  containsMaxWords: raw.containsMaxWords,
  patterns: raw.patterns.map(compile),
  inline: raw.inline,
  inlinePatterns: raw.inlinePatterns.map(compile),
  agencies: raw.agencies,
  notTitle: raw.notTitle.map(lineKey),
};

/** Marks a reason whose line starts the comments section. */
export const ENDS_ARTICLE = ' (comments start here)';

/** Entries by their first character, in lexicon order: a key can only start with entries filed under its own. */
function byFirstChar(entries: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const e of entries) {
    const c = e.charAt(0);
    const list = out.get(c);
    if (list === undefined) out.set(c, [e]);
    else list.push(e);
  }
  return out;
}

interface PrefixIndex {
  anyLength: ReadonlyMap<string, readonly string[]>;
  short: ReadonlyMap<string, readonly string[]>;
  /** One pass that says whether any "contains" phrase occurs; the phrases are then tried in order. */
  anyContained: RegExp | null;
  /** Whether any pattern can match a short line / a long one (see anyPattern); then they are tried in order. */
  anyShort: readonly RegExp[];
  anyLong: readonly RegExp[];
}

/**
 * The patterns joined into one alternation per set of flags: one scan of a line says whether any of them
 * matches it (most lines match none), instead of one scan per pattern. Which one matched first is then
 * found by trying them in lexicon order, so the reason given is the same.
 */
function anyPattern(patterns: readonly PatternRule[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  for (const p of patterns) {
    const list = byFlags.get(p.re.flags);
    if (list === undefined) byFlags.set(p.re.flags, [`(?:${p.re.source})`]);
    else list.push(`(?:${p.re.source})`);
  }
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

const prefixIndexes = new WeakMap<Lexicon, PrefixIndex>();

function prefixIndex(lex: Lexicon): PrefixIndex {
  let idx = prefixIndexes.get(lex);
  if (idx === undefined) {
    const phrases = lex.contains;
    const anyContained = phrases.length > 0 && phrases.every((c) => c.length > 0) ? new RegExp(phrases.map(escapeRe).join('|')) : null;
    idx = {
      anyLength: byFirstChar(lex.prefixAnyLength),
      short: byFirstChar(lex.prefix),
      anyContained,
      anyShort: anyPattern(lex.patterns),
      anyLong: anyPattern(lex.patterns.filter((p) => p.anyLength)),
    };
    prefixIndexes.set(lex, idx);
  }
  return idx;
}

/** The trailing characters `bare` drops: "Please wait..." and "Related:" both hit "please wait" / "related". */
const TRAIL_CHAR = /[\s.:…!|»›>-]/u;

function withoutTrail(key: string): string {
  let end = key.length;
  while (end > 0 && TRAIL_CHAR.test(key.charAt(end - 1))) end--;
  return end === key.length ? key : key.slice(0, end);
}

/** Words of a key: lineKey leaves single spaces between words and none at the ends. */
function keyWords(key: string): number {
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

function firstPrefix(key: string, entries: readonly string[], index: ReadonlyMap<string, readonly string[]>): string | null {
  // An empty entry starts every key: then only the whole list in order gives the first hit.
  const list = index.has('') ? entries : index.get(key.charAt(0));
  if (list !== undefined) for (const p of list) if (key.startsWith(p)) return p;
  return null;
}

/**
 * Why the lexicon calls a line boilerplate, or null. Length limits keep a real sentence safe: "contains"
 * only fires on short lines, so "Getty Images" in a caption goes, a long paragraph quoting it would not.
 */
export function lexiconReason(line: string, lex: Lexicon = lexicon): string | null {
  // Every rule looks at the start of a line or at short lines only, so a 5 MB line is judged by its head.
  const long = line.length > 2000;
  const key = lineKey(long ? line.slice(0, 2000) : line);
  if (key.length === 0) return null;
  // "Please wait..." and "Related:" both hit "please wait" / "related".
  const bare = withoutTrail(key);
  if (!long && (lex.exact.has(key) || lex.exact.has(bare))) return 'lexicon: exact';
  const words = long ? Number.POSITIVE_INFINITY : keyWords(key);
  const idx = prefixIndex(lex);
  const any = firstPrefix(key, lex.prefixAnyLength, idx.anyLength);
  if (any !== null) return `lexicon: prefix "${any}"`;
  if (words <= lex.prefixMaxWords) {
    const p = firstPrefix(key, lex.prefix, idx.short);
    if (p !== null) return `lexicon: prefix "${p}"`;
  }
  // Patterns see the line as written: "CLOSE If the hearing ..." is a widget, "Close to 1,000 people" prose.
  const plain = line.length > 2000 ? line.slice(0, 2000) : line;
  const short = words <= lex.containsMaxWords;
  if ((short ? idx.anyShort : idx.anyLong).some((re) => re.test(plain))) {
    for (const p of lex.patterns) {
      if ((p.anyLength || short) && p.re.test(plain)) {
        return `lexicon: ${p.why}${p.endsArticle ? ENDS_ARTICLE : ''}`;
      }
    }
  }
  if (words <= lex.containsMaxWords && (idx.anyContained === null || idx.anyContained.test(key))) {
    for (const c of lex.contains) if (key.includes(c)) return `lexicon: contains "${c}"`;
  }
  return null;
}
