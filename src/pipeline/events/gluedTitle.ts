/**
 * A page's headline run into its first sentence with no stop, in sentence case, as scrapers leave news
 * pages: "Mexico to re-test swine flu cases The widow of swine flu victim Gerardo Leyva first heard ...",
 * "The echoes of Vietnam are getting louder As the Iraq insurgency grows ...". The clean stage leaves such
 * a line whole (cutting it into two sentences cost AR-2 in session 22: a summary quotes the headline's
 * words), and clean/gluedHeadline.ts splits only the shapes it can tell in the text (title case, a capital
 * pronoun, a dateline). A title is another matter: it is cut here, by shape, never by the words.
 *
 * "The", "A" or "An", or a subordinator ("As", "When", "While", "After", ...), written with a capital right
 * after a word that ends without a mark, and followed by a lower-case word, opens a sentence: prose writes
 * them so only where one starts ("told The Associated Press" has a capital after it, a quotation has its
 * mark). The headline before it is the title when it
 * reads as a clause (a verb, "to" with a verb, a present-tense headline verb): "Mexico to re-test swine flu
 * cases"; a headline that is only a label ("Swine flu and the lessons") gives way to the sentence after it.
 */
import { inside, VERB } from './titleCut.ts';

const GLUE = /[\p{Ll}\p{N}%’')]\s(?:The|A|An|As|When|While|After|Before|If|Since|Despite|Although|Though|Amid|During|Until|Once)\s\p{Ll}/gu;
/** Words a sentence-case headline's verb never follows: "the lessons", "its first steps" are nouns. */
const NOUN_BEFORE = new Set('the a an of and or in on at for to with by from its their his her this that these those our your first new'.split(' '));
const SMALL_AFTER = new Set('of in on at to for and or but as by with from'.split(' '));
/** "type A influenza", "vitamin A", "Class A shares": a capital A that names a kind, not an article. */
const LETTER_LABEL = /\b(?:type|class|grade|plan|vitamin|hepatitis|influenza|group|category|phase|level|tier|section|part|division|league|series|list|exhibit|schedule|appendix|annex|option|model|version|block|gate|terminal|wing|ward)$/i;

/** The headline or the sentence after it, when `s` is a headline glued to a sentence; else `s` itself. */
export function withoutGluedHeadline(s: string): string {
  GLUE.lastIndex = 0;
  for (let m = GLUE.exec(s); m !== null; m = GLUE.exec(s)) {
    const at = m.index + 2;
    const head = s.slice(0, at - 1).trim();
    const rest = s.slice(at);
    const [article = '', next = ''] = rest.split(/\s+/);
    if (SMALL_AFTER.has(next) || inside(s, at)) continue;
    // "a influenza" is no English: a capital A before a vowel, or after a kind's noun, is a letter.
    if (article === 'A' && (/^[aeiou]/.test(next) || LETTER_LABEL.test(head))) continue;
    const words = head.split(/\s+/);
    if (words.length < 3 || rest.split(/\s+/).length < 4 || !/[\p{L}\p{N}]/u.test(words[words.length - 1]!)) return s;
    // A head that ends on a number ends on the page's stamp ("... updated: Fri Jan 14 2011 09:39:00 A day after
    // ..."): the sentence after it is the news.
    return /\p{N}$/u.test(head) || !readsAsClause(head) ? rest : head;
  }
  return s;
}

function readsAsClause(head: string): boolean {
  if (VERB.test(head) || /\bto\s+\p{Ll}/u.test(head)) return true;
  const words = head.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  // A present-tense headline verb: "Mexico City lifts swine flu curbs", "Violence boils over in Cairo".
  return words.some((w, i) => i > 0 && /^\p{Ll}{3,}s$/u.test(w) && !/ss$/.test(w) && !NOUN_BEFORE.has(words[i - 1]!.toLowerCase()) && i < words.length - 1);
}
