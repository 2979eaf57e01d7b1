/**
 * The boilerplate lexicon (boilerplate.en.json) compiled once into fast matchers. The words are data so a
 * new outlet's furniture ("Story continues below advertisement") is one line in the JSON, not code.
 */
import raw from './boilerplate.en.json' with { type: 'json' };

/** One regex rule of the lexicon with the example a generic test checks it against. */
export interface PatternRule {
  re: RegExp;
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
  agencies: readonly string[];
}

/**
 * The comparison key of a line: lower case, curly quotes folded, white space collapsed. "Here’s what’s
 * included" and "Here's what's included" must hit the same entry.
 */
export function lineKey(line: string): string {
  return line
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function wordCount(s: string): number {
  const m = s.match(/\S+/g);
  return m === null ? 0 : m.length;
}

export const lexicon: Lexicon = {
  exact: new Set(raw.exact.map(lineKey)),
  prefix: raw.prefix.map(lineKey),
  prefixAnyLength: raw.prefixAnyLength.map(lineKey),
  prefixMaxWords: raw.prefixMaxWords,
  contains: raw.contains.map(lineKey),
  containsMaxWords: raw.containsMaxWords,
  patterns: raw.patterns.map((p) => ({ re: new RegExp(p.re, 'iu'), why: p.why, example: p.example })),
  inline: raw.inline,
  agencies: raw.agencies,
};

/**
 * Why the lexicon calls a line boilerplate, or null. Length limits keep a real sentence safe: "contains"
 * only fires on short lines, so "Getty Images" in a caption goes, a long paragraph quoting it would not.
 */
export function lexiconReason(line: string, lex: Lexicon = lexicon): string | null {
  const key = lineKey(line);
  if (key.length === 0) return null;
  // "Please wait..." and "Related:" both hit "please wait" / "related".
  const bare = key.replace(/[\s.:…!|»›>-]+$/u, '');
  if (lex.exact.has(key) || lex.exact.has(bare)) return 'lexicon: exact';
  const words = wordCount(key);
  for (const p of lex.prefixAnyLength) if (key.startsWith(p)) return `lexicon: prefix "${p}"`;
  if (words <= lex.prefixMaxWords) {
    for (const p of lex.prefix) if (key.startsWith(p)) return `lexicon: prefix "${p}"`;
  }
  if (words <= lex.containsMaxWords) {
    for (const c of lex.contains) if (key.includes(c)) return `lexicon: contains "${c}"`;
    for (const p of lex.patterns) if (p.re.test(key)) return `lexicon: ${p.why}`;
  }
  return null;
}
