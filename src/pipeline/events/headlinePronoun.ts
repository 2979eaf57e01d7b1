/**
 * For headlines only: the person a sentence's leading he/she/his/her (or a quotation's "he said") stands
 * for, read off the sentences just before it, when the text leaves no doubt. names.ts's `antecedent` (used
 * for quotes and actors, and so for the ranking) is left as it is; this reader is stricter in one way (it
 * never takes an article's dominant person) and wider in three:
 *  - the person may be the one the sentence before quotes or reports ("..., Mahmoud Abbas said Friday.",
 *    "“...,” said Vinay Chopra, a former employee."), not only its grammatical subject;
 *  - a subject whose gender the story never tells counts when no other person of that gender (or of an
 *    unknown one) is named outside quotations in that sentence ("Christine Blasey Ford came forward ...
 *    She is set to testify");
 *  - the chain back runs through sentences that open with the same pronoun or its possessive ("His net
 *    worth was ...") and through quotations nobody is named in, at most three sentences back.
 * Any sentence on the way that names another person of that gender (or an unknown one) outside quotations,
 * or a person not as subject or speaker, ends the search with no answer.
 */
import type { NameBook, NameMention } from './actors.ts';
import { mainClauseStart } from './clause.ts';
import { TITLES } from './lexicon.ts';
import words from './lexicon.en.json' with { type: 'json' };

type Gender = 'm' | 'f';

export interface HeadlineDeps {
  book: NameBook;
  namesIn(text: string): NameMention[];
  person(n: NameMention): string | null;
}

const QUOTED = /“[^”]*”|"[^"]*"/g;
const SAME_PRONOUN: Record<Gender, RegExp> = { m: /^(?:He|His)\b/, f: /^(?:She|Her)\b/ };
const VERBS = [...new Set([...words.reportingVerbs, 'says', 'added', 'told', 'continued'])].sort((a, b) => b.length - a.length).join('|');
/** Right after the name: ", a former employee," then a reporting verb, or the verb at once (adverb allowed). */
const VERB_AFTER = new RegExp(`^(?:,[^,]{1,80},)?\\s+(?:(?:also|later|then|again)\\s+)?(?:${VERBS})\\b`);
/** Right before the name: "said", "said Egyptian President" (the titles are capitalised words, read as the name's). */
const VERB_BEFORE = new RegExp(`\\b(?:${VERBS})\\s+(?:(?:the|a|an)\\s+)?$`, 'i');
/** Words that may stand before the subject's name: articles, descriptors, capitalised words (titles, affiliations, possessives). */
const BEFORE_NAME = /^(?:the|a|an|former|then|late|acting|deputy|senior|top|chief|of|and|\p{Lu}[\p{L}.'’-]*,?)$/u;

/** Quotations blanked to spaces, so offsets stay. */
function unquoted(text: string): string {
  return text.replace(QUOTED, (m) => ' '.repeat(m.length));
}

/**
 * The person a leading `pronoun` of sentence `index` of `sentences` stands for, or null when not certain.
 * `gender` is the pronoun's.
 */
export function headlineAntecedent(sentences: readonly { text: string }[], index: number, gender: Gender, deps: HeadlineDeps): string | null {
  const other: Gender = gender === 'm' ? 'f' : 'm';
  for (let j = index - 1; j >= 0 && j >= index - 3; j--) {
    const text = sentences[j]!.text;
    const bare = unquoted(text);
    const at = mainClauseStart(bare);
    const names = deps.namesIn(bare);
    // The people named outside quotations that the pronoun could stand for (not known to be the other gender).
    const fitting: Array<{ p: string; n: NameMention }> = [];
    for (const n of names) {
      const p = deps.person(n);
      if (!p || deps.book.subjectGender(p) === other || fitting.some((f) => f.p === p)) continue;
      fitting.push({ p, n });
    }
    const opensWithPronoun = SAME_PRONOUN[gender].test(bare.slice(at).trimStart());
    if (opensWithPronoun || (!fitting.length && /^\s*["“]/.test(text))) {
      // The same person goes on ("He noted ...", "His net worth ...", "“Similarly we ...”"): read on back,
      // unless someone else who fits is named here.
      if (fitting.length) return null;
      continue;
    }
    if (fitting.length !== 1) return null;
    const { p, n } = fitting[0]!;
    // "Smith’s home also was raided. She was not arrested.": the subject's possessor, when the story tells
    // that person's gender and it is the pronoun's (an untold gender is not enough here).
    if (n.possessive) return deps.book.subjectGender(p) === gender && isSubjectPossessor(bare, at, n) ? p : null;
    return isSubject(bare, at, n) || isSpeaker(bare, n) ? p : null;
  }
  return null;
}

/**
 * The name opens the main clause: titles, articles, capitalised words before it, or one or two lowercase
 * words that describe it when a verb follows the name ("farm employee Baba Kounta had climbed"; not
 * "police arrested John Smith", whose name no verb follows).
 */
function isSubject(text: string, at: number, n: NameMention): boolean {
  if (n.at < at) return false;
  const before = text.slice(at, n.at).trim();
  if (before.length > 80) return false;
  const ws = before ? before.split(/\s+/) : [];
  const lower = ws.filter((w) => !BEFORE_NAME.test(w) && !TITLES.has(w.toLowerCase().replace(/[.,]$/, '')));
  const end = n.at + n.name.length;
  // A subject has its predicate after it ("Thank God." is no one's subject).
  if (!/^(?:\s+[a-z]|,)/.test(text.slice(end)) && text.slice(n.at, end) === n.name) return false;
  if (!lower.length) return true;
  return lower.length <= 2 && ws.slice(-lower.length).join(' ') === lower.join(' ') && lower.every((w) => /^[a-z]+$/.test(w) && !/(?:ed|s)$/.test(w) && !FUNCTION_WORD.test(w)) &&
    text.slice(n.at, end) === n.name && FINITE_AFTER.test(text.slice(end));
}

/**
 * The name owns the main clause's subject: "Smith’s home also was raided", "Mr. Reyes’s boat had sunk"
 * (titles and capitalised words before it, at most three lowercase words of the subject after it, then a
 * finite verb).
 */
function isSubjectPossessor(text: string, at: number, n: NameMention): boolean {
  if (n.at < at) return false;
  const ws = text.slice(at, n.at).trim().split(/\s+/).filter(Boolean);
  if (!ws.every((w) => BEFORE_NAME.test(w) || TITLES.has(w.toLowerCase().replace(/[.,]$/, '')))) return false;
  return /^['’]s?\s+(?:[a-z][a-z-]*\s+){1,3}(?:also\s+)?(?:had|has|have|was|is|were|are|will|would|could|[a-z]{3,}ed)\b/.test(text.slice(n.at + n.name.length));
}

/** Words that make the lowercase run no description: "Here's what God has to do ...". */
const FUNCTION_WORD = /^(?:what|that|which|who|whom|when|where|why|how|if|and|or|but|to|of|in|on|at|by|for|with|from|as|than|then|so|not|only|even|also|just|said|says|told|say)$/;
const FINITE_AFTER = /^\s+(?:had|has|have|was|is|were|are|said|says|told|will|would|could|[a-z]{3,}ed)\b/;
const PLURAL_FAMILY = /\b(?:they|their|them)\b/i;
const IT_FAMILY = /\bits\b/i;

/**
 * The organization a leading they/their (`plural`) or it/its of sentence `index` stands for: the sentence
 * just before (or a chain of sentences opening with the same pronoun) has a named organization as its
 * subject, the one organization or person named there outside quotations, and itself refers back to it
 * with the same pronoun ("The Economic Community of West African States ... has been harsh in their
 * condemnation of the coup. They gave the putschists a 72-hour deadline"). Else null.
 */
export function headlineOrganization(sentences: readonly { text: string }[], index: number, plural: boolean, deps: HeadlineDeps): string | null {
  const same = plural ? /^(?:They|Their)\b/ : /^(?:It|Its)\b/;
  for (let j = index - 1; j >= 0 && j >= index - 3; j--) {
    const bare = unquoted(sentences[j]!.text);
    const at = mainClauseStart(bare);
    // Organizations, and capitalised runs of several words that are no person or place ("Economic
    // Community of West African States" is read as neither).
    const named = deps.namesIn(bare).filter((n) => deps.person(n) || ((n.kind === 'org' || n.kind === 'other') && n.name.includes(' ')));
    if (same.test(bare.slice(at).trimStart())) {
      if (named.length) return null;
      continue;
    }
    if (named.length !== 1) return null;
    const n = named[0]!;
    if (n.possessive || deps.person(n) || !isSubject(bare, at, n)) return null;
    const after = bare.slice(n.at + n.name.length);
    return (plural ? PLURAL_FAMILY : IT_FAMILY).test(after) ? deps.book.canonical(n.name) : null;
  }
  return null;
}

/**
 * `person` opens the main clause of `text` and says what follows: "Bathily Seye, the owner of a local chain
 * of gas stations called Afrique Oil, said that ..." (a quotation's "he said" in the next sentence goes on
 * with that person's words, whoever else the aside names).
 */
export function reportsAsSubject(text: string, person: string, deps: HeadlineDeps): boolean {
  const bare = unquoted(text);
  const at = mainClauseStart(bare);
  const n = deps.namesIn(bare).find((m) => !m.possessive && deps.person(m) === person);
  return !!n && isSubject(bare, at, n) && isSpeaker(bare, n);
}

/** The name is who the sentence says said it: "Abbas said", "Chopra, a former employee, said", "said Chopra". */
function isSpeaker(text: string, n: NameMention): boolean {
  const end = n.at + n.name.length;
  if (text.slice(n.at, end) === n.name && VERB_AFTER.test(text.slice(end))) return true;
  // "said Egyptian President Mohammed Morsy": a reporting verb, then capitalised words up to the name.
  const lead = text.slice(0, n.at).replace(/(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u, '');
  return VERB_BEFORE.test(lead);
}
