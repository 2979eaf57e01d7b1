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
import { dropGluedStamp } from './title.ts';
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
/** After a leading phrase the pronoun is written in lower case: "Although shy, he has built ...". */
const SAME_PRONOUN_LOWER: Record<Gender, RegExp> = { m: /^(?:he|his)\b/, f: /^(?:she|her)\b/ };
const PRONOUN_NAME = /(?:^|\s)(?:It|He|She|They|We|I|His|Her|Its|Their|Our|My)(?:['’]\p{L}+)?(?:\s|$)/u;
/** Determiners and sentence adverbs, capitalised at a sentence's start, are no one's name. */
const NOT_A_NAME = /^(?:Another|Other|Others|Some|Many|Most|Each|Every|Both|Such|This|That|These|Those|However|Maybe|Perhaps|Meanwhile|Still|Yet|Also|Even|Only|Then|Now|Here|There|Actually|Indeed|Instead)$/;
/** A subordinating word, then only capitalised words (titles, a first name) up to the name. */
const SUBORDINATE_SUBJECT = /^(?:[^-–—]{0,60}\s[-–—]{1,2}\s+)?\s*(?:(?:And|But|So)\s+)?(?:When|After|Before|As|While|Although|Though|Since|Once|Until|If|Because|Even though)\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*$/u;
const AS_FOR = /^\s*As for\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*$/u;
/** The pronoun or its possessive, either case, opening a main clause. */
const PRONOUN_OPENS: Record<Gender, RegExp> = { m: /^\s*[Hh](?:e|is)\b/, f: /^\s*[Ss]he\b|^\s*[Hh]er\b/ };
const VERBS = [...new Set([...words.reportingVerbs, 'says', 'added', 'told', 'continued'])].sort((a, b) => b.length - a.length).join('|');
/** Right after the name: ", a former employee," then a reporting verb, or the verb at once (adverb allowed). */
const VERB_AFTER = new RegExp(`^(?:,[^,]{1,80},)?\\s+(?:(?:also|later|then|again)\\s+)?(?:${VERBS})\\b`);
/**
 * Right before the name: "said", "said Egyptian President" (the titles are capitalised words, read as the
 * name's). Only verbs that put their speaker after them: "police accused Ann Lee", "told Ann Lee" name an
 * object, not who spoke.
 */
const VERB_BEFORE = /\b(?:said|says|added|adds|asked|wrote|writes|explained|continued|noted|recalled|replied|insisted|according to)\s+(?:(?:the|a|an)\s+)?$/i;
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
  const fittingIn = (bare: string) => fitting(bare, gender, deps);
  // "When Ann Lee took office, she ...": the one person of the sentence's own leading phrase, when the
  // phrase names nobody else (the pronoun opens the main clause right after it).
  // Read from where the title is (title.ts drops a page's stamp glued between headline and sentence:
  // "... while in custody Monday 30 May 2005 01.58 BST After Baha Mousa died, his mother ...").
  const own = sentences[index] ? dropGluedStamp(sentences[index]!.text) : undefined;
  if (own) {
    const bare = unquoted(own);
    const at = mainClauseStart(bare);
    const lead = fittingIn(bare).filter((f) => f.n.at < at);
    const anyone = deps.namesIn(bare.slice(0, at)).filter((n) => n.kind === 'person' || deps.person(n));
    const f = lead[0];
    // The name is the leading clause's subject: "When President Ann Lee arrived, she ..." (not "Lighting a
    // candle in St Martin's church, he ...", whose name no clause of its own has).
    // (A mention's offset may be its run's, "When Dodd" at 0: the name is looked for from there.)
    const end = f ? bare.indexOf(f.n.name, f.n.at) + f.n.name.length : -1;
    const subject = f && end > f.n.at && SUBORDINATE_SUBJECT.test(bare.slice(0, end)) && /^\s+[a-z]/.test(bare.slice(end));
    // "As for President Obama, he arrived ...": the one person the sentence says it is about.
    const topic = f && end > f.n.at && AS_FOR.test(bare.slice(0, end)) && /^\s*,/.test(bare.slice(end));
    const opens = at > 0 && PRONOUN_OPENS[gender].test(bare.slice(at));
    if (opens && lead.length === 1 && anyone.length === 1 && (subject || topic) && !f.n.possessive) return f.p;
    // Anyone else named before the pronoun: the sentences before cannot say who it is.
    if (opens && anyone.length) return null;
  }
  let read = 0;
  for (let j = index - 1; j >= 0 && j >= index - 6 && read < 3; j--) {
    const text = sentences[j]!.text;
    // A sentence that is only marks ("”" the segmenter split off) is no sentence to count.
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const bare = outsideQuotes(text, !MARK.test(text) && insideQuotation(sentences, j, index));
    // Nor is one that is all quotation: the same speaker's words go on (at most six sentences back).
    if (/[\p{L}\p{N}]/u.test(bare)) read++;
    const at = mainClauseStart(bare);
    // The people named outside quotations that the pronoun could stand for (not known to be the other gender).
    const fitting = fittingIn(bare);
    // "He ...", "Although shy, he ...", and `..., " she says.` (the quotation blanked before it).
    const rest = bare.slice(at).trimStart();
    const opensWithPronoun = SAME_PRONOUN[gender].test(rest) || ((at > 0 || /^\s/.test(bare)) && SAME_PRONOUN_LOWER[gender].test(rest));
    // A quotation nobody is named in (it opens with its mark, or lies wholly inside a quotation that runs on).
    const quoted = /^\s*["“]/.test(text) || !/[\p{L}\p{N}]/u.test(bare);
    if (opensWithPronoun || (quoted && !fitting.length)) {
      // The same person goes on ("He noted ...", "His net worth ...", "“Similarly we ...”"): read on back,
      // unless someone else who fits is named here (a name inside an unpaired mark counts too).
      if (fitting.length || fittingIn(unquoted(text)).some((f) => f.n.kind === 'person')) return null;
      continue;
    }
    if (fitting.length !== 1 && !describedSubject(bare, at, fitting, gender, deps)) return null;
    const { p, n } = fitting.length === 1 ? fitting[0]! : describedSubject(bare, at, fitting, gender, deps)!;
    // "Smith’s home also was raided. She was not arrested.": the subject's possessor, when the story tells
    // that person's gender and it is the pronoun's (an untold gender is not enough here).
    if (n.possessive) return deps.book.subjectGender(p) === gender && isSubjectPossessor(bare, at, n) ? p : null;
    // A gender the story never tells: nobody else who fits may be named even inside the quotation
    // ("Sheryl Stolberg writes: “Mr. Obama is now on a quest ...” ... he will meet" is Obama's).
    if (deps.book.subjectGender(p) === null && fittingIn(text).some((f) => f.p !== p)) return null;
    return isSubject(bare, at, n) || isSpeaker(bare, n) || isReportedSubject(bare, n) ? p : null;
  }
  return null;
}

/**
 * The name is the subject of what the sentence reports, its one person: "CBS Los Angeles reports that
 * Stephanie Smith, who ..., was accused ...", "Friends have long said that Mr. Sherman was consumed with
 * work" (a "that", titles, the name, an aside at most, then a finite verb).
 */
function isReportedSubject(text: string, n: NameMention): boolean {
  const end = n.at + n.name.length;
  if (text.slice(n.at, end) !== n.name) return false;
  const lead = text.slice(0, n.at).replace(/(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u, '');
  return /\bthat\s+$/.test(lead) && REPORTED_VERB.test(text.slice(end));
}
const REPORTED_VERB = /^(?:,[^,]{1,150},)?\s+(?:had|has|have|was|is|were|are|will|would|could|[a-z]{3,}ed)\b/;

/**
 * The article's dominant person (`dominant`: named.ts's, at least three mentions and twice anyone else's)
 * for a leading he/she the sentences before do not settle as subject or speaker, when the text still
 * leaves no doubt: the story tells that person's gender and it is the pronoun's, nobody is named before
 * the pronoun in its own sentence, and the first sentence back that is not the same pronoun going on
 * ("He ...", "His ...") names that person, in any role, and no one else who could be meant ("Soldiers beat
 * Baha Mousa to death. ... his father identified his corpse"). Else null.
 */
export function dominantAntecedent(sentences: readonly { text: string }[], index: number, gender: Gender, deps: HeadlineDeps, dominant: string | null): string | null {
  if (!dominant || deps.book.subjectGender(dominant) !== gender) return null;
  const own = sentences[index]?.text;
  if (!own) return null;
  const bare = unquoted(own);
  const at = mainClauseStart(bare);
  if (!PRONOUN_OPENS[gender].test(bare.slice(at)) && !SAME_PRONOUN[gender].test(bare.slice(at))) return null;
  if (deps.namesIn(bare.slice(0, at)).some((n) => n.kind === 'person' || deps.person(n))) return null;
  for (let j = index - 1, read = 0; j >= 0 && read < 3; j--) {
    const text = sentences[j]!.text;
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    read++;
    // Quotations count here: a name inside one may be who is meant.
    const named = fitting(text, gender, deps);
    const b = unquoted(text);
    const k = mainClauseStart(b);
    if (SAME_PRONOUN[gender].test(b.slice(k).trimStart()) || (k > 0 && SAME_PRONOUN_LOWER[gender].test(b.slice(k).trimStart()))) {
      if (named.length) return null;
      continue;
    }
    return named.length === 1 && named[0]!.p === dominant ? dominant : null;
  }
  return null;
}

/** The people `text` names that a pronoun of `gender` could stand for (none known to be of the other). */
function fitting(text: string, gender: Gender, deps: HeadlineDeps): Array<{ p: string; n: NameMention }> {
  const out: Array<{ p: string; n: NameMention }> = [];
  for (const n of deps.namesIn(text)) {
    // "It’s", "God I’m" or a sentence's "Another" read as a name is nobody.
    if (PRONOUN_NAME.test(n.name) || NOT_A_NAME.test(n.name) || /^\p{L}+n['’]t\b/u.test(n.name)) continue;
    const p = deps.person(n);
    if (!p || deps.book.subjectGender(p) === (gender === 'm' ? 'f' : 'm') || out.some((f) => f.p === p)) continue;
    out.push({ p, n });
  }
  return out;
}

const MARK = /["“”]/;
const MARKS = /["“”]/g;
const oddMarks = (t: string) => (t.match(MARKS) ?? []).length % 2 === 1;
const opensMark = (t: string) => /^\s*["“]/.test(t);
/** Before a mark that opens a quotation: a colon, or a verb of saying ("Lee said: “...", "he added, "..."). */
const OPENS_AFTER = /(?::|\b(?:said|says|added|adds|wrote|writes|explained|told [\p{L}.]+(?: [\p{L}.]+)?)\s*,?)\s*$/u;
/** An odd number of marks, the last of which opens a quotation the sentence leaves open. */
function leavesOpen(t: string): boolean {
  if (!oddMarks(t)) return false;
  if (opensMark(t)) return true;
  const m = [...t.matchAll(MARKS)];
  return OPENS_AFTER.test(t.slice(0, m[m.length - 1]!.index!));
}

/**
 * A sentence with no mark of its own lies inside a quotation that runs over several sentences: the
 * nearest sentence before it with marks opens one it leaves open (`" It's a mild disease.`), and the
 * nearest after it, up to the pronoun's sentence `until`, closes it (`..., " he said.` or a lone mark).
 */
function insideQuotation(sentences: readonly { text: string }[], j: number, until: number): boolean {
  let opened = false;
  for (let k = j - 1; k >= 0 && k >= j - 3; k--) {
    const t = sentences[k]!.text;
    if (!MARK.test(t)) continue;
    opened = leavesOpen(t);
    break;
  }
  if (!opened) return false;
  for (let k = j + 1; k <= until; k++) {
    const t = sentences[k]!.text;
    if (MARK.test(t)) return oddMarks(t) && (!leavesOpen(t) || !/[\p{L}\p{N}]/u.test(t));
  }
  return false;
}

/**
 * `text` with what lies inside quotation marks blanked to spaces (offsets stay), a mark left unpaired
 * included: all of it when it lies `inside` a quotation that runs on; after the mark when it opens a
 * quotation it does not close (`" It is mild.`, `Lee said: " It is mild.`: closed in a later paragraph);
 * before the mark when it closes a quotation opened before it (`I got two jobs, " Ann Lee said.`).
 */
export function outsideQuotes(text: string, inside: boolean): string {
  let t = unquoted(text);
  if (inside) return ' '.repeat(t.length);
  const left = [...t.matchAll(MARKS)];
  if (left.length % 2 === 0) return t;
  if (leavesOpen(t)) {
    const at = left[left.length - 1]!.index!;
    t = t.slice(0, at) + ' '.repeat(t.length - at);
  } else {
    const at = left[0]!.index! + 1;
    t = ' '.repeat(at) + t.slice(at);
  }
  return t;
}

/**
 * Several people fit, but one is the subject, its gender told and the pronoun's, and every other lies in
 * the subject's aside and is no name read as a person's ("Andrew DeSouza, a Treasury spokesman, said ...":
 * "Treasury" describes him). Else null.
 */
function describedSubject(text: string, at: number, fitting: ReadonlyArray<{ p: string; n: NameMention }>, gender: Gender, deps: HeadlineDeps): { p: string; n: NameMention } | null {
  const subj = fitting.find((f) => !f.n.possessive && deps.book.subjectGender(f.p) === gender && isSubject(text, at, f.n));
  if (!subj) return null;
  const from = subj.n.at + subj.n.name.length;
  const aside = /^,\s+(?:a|an|the|who|whose)\s[^,]{1,100},/.exec(text.slice(from));
  if (!aside) return null;
  const to = from + aside[0].length;
  return fitting.every((f) => f === subj || (f.n.at > from && f.n.at < to && f.n.kind !== 'person')) ? subj : null;
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
  // After a short leading phrase the main clause reader did not skip: "These days, Bogdanos is feted".
  if (/^[^,\p{Lu}]{1,30},$/u.test(before.replace(/^\p{Lu}/u, '')) && text.slice(n.at, end) === n.name && FINITE_AFTER.test(text.slice(end))) return true;
  if (!lower.length) return true;
  return lower.length <= 2 && ws.slice(-lower.length).join(' ') === lower.join(' ') && lower.every((w) => /^[a-z]+(?:-[a-z]+)*$/.test(w) && !/(?:ed|s)$/.test(w) && !FUNCTION_WORD.test(w)) &&
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
const FINITE_AFTER = /^(?:,\s*\d{1,3},)?\s+(?:had|has|have|was|is|were|are|said|says|told|will|would|could|[a-z]{3,}ed)\b/;
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
