/**
 * Tokenized text (the Penn Treebank's way, which Timeline17 and other corpora store articles in) written as
 * a reader writes it. Pure string functions, shared by the pipeline (event titles) and the viewer (the
 * reader shows an article's text detokenized, its offsets unchanged).
 */

/**
 * Tokenized text as the Timeline17 and Penn tools write it: "-LRB- AP -RRB-", "` partnership '",
 * "`` no '' ", "Egypt 's": brackets and quotation marks as a reader writes them.
 */
export function untokenize(s: string): string {
  if (!/-[LR][RSC]B-|`|\s'(?:s|re|ve|ll|d|m)\b|n't\b|\s[,.;:!?](?:\s|$)/.test(s)) return s;
  return s
    .replace(/-LRB-\s*/g, '(').replace(/\s*-RRB-/g, ')').replace(/-LSB-\s*/g, '[').replace(/\s*-RSB-/g, ']')
    .replace(/-LCB-\s*/g, '{').replace(/\s*-RCB-/g, '}')
    .replace(/``\s*([^`']*?)\s*''/g, '“$1”')
    // One mark of a pair the sentence (or its cut) left alone: "`` Like many people ...".
    .replace(/``\s*/g, '“').replace(/\s*''(?=[\s,.;:!?]|$)/g, '”')
    // An apostrophe inside that a letter follows is a word's ("` I'll hold Blair to account '"), not the close.
    .replace(/`\s*((?:[^`']|'(?=\w))*?)\s*'(?=[\s,.;:!?]|$)/g, '‘$1’')
    .replace(/(\w)\s+('(?:s|re|ve|ll|d|m)\b|n't\b)/gi, '$1$2')
    // One mark of a single pair the sentence (or its cut) left alone, where its place says which: opening the
    // text or after a comma or a colon, before a capital ("` We are increasing ...", "told us , ' I really
    // ..."); closing after a sentence's mark at its end or before a double mark ("drop your weapon , '").
    // Elsewhere a lone mark may be a word's apostrophe ("Qur ` an"): left as it is.
    .replace(/\s+([,.;:!?])(?=[\s’”]|$)/g, '$1')
    .replace(/(^|[,:]\s*)`\s*(?=\p{Lu})/gu, '$1‘').replace(/([,:])\s+'\s+(?=\p{Lu})/gu, '$1 ‘').replace(/([,.!?])\s*'(?=\s*["”]|\s*$)/g, '$1’');
}

/** What only tokenized text writes: `` and '' for quotation marks, -LRB- for a bracket, "do n't", "Egypt 's". */
const TOKEN_MARKS = /``|''|-[LR][RSC]B-|\w\s(?:n't|'(?:s|re|ve|ll|d|m))\b/gi;
/** A space before a comma or a full stop: tokenized text's too, but a typist's slip as well. */
const SPACED_STOPS = /\w\s[,.;:!?](?=\s|$)/g;

/**
 * Does a whole text look tokenized? Several of the marks only tokenized text writes (a normal article may
 * hold a stray " '" or a space before a comma, never three "``", "-LRB-" or " n't"), and with the spaced
 * stops at least three signs in all. Only such a text is shown detokenized.
 */
export function looksTokenized(text: string): boolean {
  const marks = text.match(TOKEN_MARKS)?.length ?? 0;
  if (marks < 2) return false;
  return marks + Math.min(text.match(SPACED_STOPS)?.length ?? 0, 3) >= 3;
}

/**
 * A plural possessive a detokenizer left spaced: "protesters ' human rights", "Robert Gibbs ' final day"
 * (Timeline17's articles_detok, 485 times; never in the news clusters or the seed) written as a reader
 * writes it, "protesters’ human rights". Not after a quotation opened earlier in the text ("` massive
 * protests ' were", "‘chaos ' ended"): there the mark closes it. (A straight quote opened with a space, "said
 * ' yes ' to it", cannot be told from a possessive: it is read as one.) For titles and display only: the stored
 * text keeps its offsets, and evaluation matches it as written.
 */
export function joinSpacedPossessives(s: string): string {
  if (!s.includes("s ' ")) return s;
  return s.replace(SPACED_POSSESSIVE, (m, letter: string, at: number) => (OPENED_QUOTE.test(s.slice(Math.max(0, at - 80), at)) ? m : `${letter}s’ `));
}
const SPACED_POSSESSIVE = /(\p{L})s ' (?=\p{L})/gu;
/** An opening quotation mark: "`" or "‘" (spaced or not), or a straight one written against its word. */
const OPENED_QUOTE = /(?:^|\s)(?:[`‘]\s?|')\p{L}/u;

