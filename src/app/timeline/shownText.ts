/**
 * How the viewer shows the corpora's text marks as a reader writes them. Display only: the stored text, its
 * offsets, the links made from them and the search stay as they are.
 */
import { joinSpacedPossessives, untokenize } from '../../schema/untokenize.ts';

/**
 * A quotation a detokenizer left opened with a backtick: "` I'll hold Blair to account ' Reg Keys",
 * "was ` illegal and immoral '." (Timeline17's Iraq and H1N1 articles and titles). untokenize() stops at the
 * apostrophe of "I'll"; here one between letters is a word's own. A backtick nothing closes opens a quote
 * ("` Swine..."). Nobody types a backtick in news prose, so it needs no other sign of a tokenized text.
 */
export function backtickQuotes(s: string): string {
  if (!s.includes('`')) return s;
  return s.replace(BACKTICK_PAIR, '‘$1’').replace(/(?<!`)`(?!`)\s*/g, '‘');
}
const BACKTICK_PAIR = /(?<!`)`(?!`)\s*((?:[^`']|\b'\b)*?)\s*'(?=[\s,.;:!?…)]|$)/g;

/**
 * A Markdown-escaped asterisk the corpus kept ("pandemic threats: \* The 1918 Spanish influenza…", Timeline17
 * H1N1) shown as the bullet it stood for, in as many characters ("• "): applied to a whole article before it
 * is cut into passages, every offset and highlight still falls where it did.
 */
export function bullets(s: string): string {
  return s.includes('\\*') ? s.replace(/\\\*/g, '• ') : s;
}

/** Marks only tokenized text writes, one of which in a title is enough: `` '' -LRB- "do n't", a backtick. */
const TITLE_TOKENS = /`|''|-[LR][RSC]B-|\w\sn't\b/;

/**
 * An article's title as shown: detokenized as the reader shows its text when `tokenized` (its article, or
 * the passages of the event it is cited for, look tokenized) or when it holds a mark only tokenized text
 * writes (or opens with a spaced quotation mark); an escaped asterisk at its end dropped ("H1N1 ` Swine... \*"), one inside shown as a bullet.
 */
export function showTitle(title: string, tokenized = false): string {
  // A straight quote and a space opening a title or what follows its colon opens a quotation, as a backtick
  // does: "' I lost my husband in the war but I've found a lifeline ' Jon Robins", "Book Review: ' A Failure
  // of Capitalism ' by Richard A. Posner".
  let t = title.replace(/\s*\\\*\s*$/, '').replace(/(^|:\s)'\s(?=\S)/g, '$1` ');
  if (tokenized || TITLE_TOKENS.test(t)) t = untokenize(t);
  return bullets(joinSpacedPossessives(backtickQuotes(t))).replace(/ {2,}/g, ' ').trim();
}

/**
 * A sentence shown in quotation marks: “…”. One that is wholly a quotation already ("\"We are deeply
 * concerned.\"") keeps its own marks, made curly; inside a sentence that quotes someone, the double marks
 * become single, as a quotation within a quotation is written: “‘Barry Sherman was a reserved man,’ he
 * said.” (the details had shown “"Barry Sherman was a reserved man, …," he said.”).
 */
export function quoted(s: string): string {
  const t = s.trim();
  if (!/["“”]/.test(t)) return `“${t}”`;
  const close = t.search(/["”](?=[.!?…]?$)/);
  if (/^["“]/.test(t) && close > 0 && !/["“”]/.test(t.slice(1, close))) return `“${t.slice(1, close)}”${t.slice(close + 1)}`;
  const inner = t
    .replace(/(^|[\s([{—–-])"/g, '$1‘')
    .replace(/"/g, '’')
    .replace(/“/g, '‘')
    .replace(/”/g, '’');
  return `“${inner}”`;
}
