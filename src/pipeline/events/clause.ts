/**
 * Where a sentence's main clause starts: after the dateline ("CARSON CITY — "), connectives ("However,",
 * "This comes after") and a leading adverbial or subordinate phrase ("In June 1994, ", "If parole is
 * granted, ", "Regarded as the trial of the century, "). Shared by titles (which drop what comes before)
 * and by pronoun resolution (which reads the main clause's subject). Every regex here compiles once.
 */
import rules from './titleRules.en.json' with { type: 'json' };
import { leadDatelineLength } from '../clean/credits.ts';
import { memoize } from '../memo.ts';

/** A dateline's place, its state or country, the day it was filed and the agency: "RIGA, Latvia, Jan. 15 (AP) --". */
const DATELINE = /^[A-Z][\w .,'’]{0,40}\([\w .]+\)\s*\.?\s*[-–—]\s*|^[A-Z][A-Z .'’]{2,40}(?:,\s*[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2})?(?:,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?(?:\s*\([\w .]+\))?\s+(?:--|[-–—])\s+/;
/**
 * Openers that tie a sentence to its neighbours, not to its happening: "However,", "This comes after". A
 * discourse word followed by "of" heads a phrase instead ("Instead of looking forward to ..."): it stays.
 * A sentence adverb ("Possibly,", "Reportedly,", "In fact,") goes only with its comma: without one it may
 * be part of the clause ("Originally from Texas, he ...").
 */
const DISCOURSE = new RegExp(`^(?:(?:${rules.discourse.join('|')})\\b(?!\\s+of\\b),?\\s*|(?:${rules.sentenceAdverbs.join('|')}),\\s*|(?:This|That|It|The move|The decision) (?:comes?|came) (?:after|as|amid|just days after|days after|a day after|weeks after)\\s+)+`, 'i');
/**
 * First words of a leading phrase that ends at its comma: prepositions, subordinators, participles, an
 * adverb before a preposition or a subordinator ("possibly as early as Oct. 1, he will ...").
 */
const LEAD_WORD = new RegExp(`^(?:[A-Z][a-z]{2,}ly\\s+(?:as|by|in|on|at|after|before|until|since|during|for|from|within|when|while|if|because|following|amid)|${rules.leadOpeners.join('|')}|[A-Z][a-z]{2,}(?:ed|ing)(?=\\s+[a-z]|,)|(?:An?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|\\d+)\\s+(?:years?|months?|weeks?|days?|hours?|decades?)\\s+(?:after|before|later|earlier|ago))\\b`);
/** What a main clause may not start with: a number ("After Bill Cosby, 81, was ..."), a conjunction or a verb. */
const BAD_REST = /^(?:\d|(?:and|or|but|was|were|is|are|has|had|have|who|which|that|said|says|where|when|while|including|whose|whom|as|because|saying)\b)/;
const OPEN_QUOTES = /["“]/g;
/**
 * What is left after the comma is only who said it ("Only 19 percent were resistant, Dr. Nila Dharan and
 * colleagues at the CDC reported."; "Unconfirmed reports suggest up to 300 ..., Navi Pillay said Tuesday."):
 * then the words before the comma are the reported news, not a leading phrase, and they are the main clause.
 */
const ATTRIBUTION_ONLY = /^[^,;:"“”]{2,90}\s(?:said|says|reported|reports|told reporters|added|wrote|noted)(?:\s+(?:(?:on|late|early|last)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|\s+(?:today|yesterday|tonight|in a statement))?\s*[.!]?$/i;
const DESCRIPTION = /^(?:An?|The)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+(?=\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+[a-z])/u;

/**
 * The text without its dateline. Remembered per text: titles, headlines and pronoun resolution ask about
 * the same sentence several times (a build of the four Timeline17 topics: about 75,000 calls, 20,000 texts).
 */
export const dropDateline = memoize(cutDateline, 20_000);

function cutDateline(s: string): string {
  // A photo's credit and a page's clock stamp glued before the first sentence: "(By Roman Koksarov --
  // Associated Press) RIGA, Latvia -- On a frigid evening ...", "Wednesday, February 18, 2009; 10:18 AM The
  // deep contraction ...", a live page's "4:57 PM President Obama, seeking ...".
  s = s.replace(LEAD_CREDIT, '').replace(LEAD_CLOCK, '');
  // A live page's entry stamp: "(Update 3 p.m. Cairo, 8 a.m. ET) Turkey has sent ...".
  s = s.replace(UPDATE_STAMP, '');
  // "Seoul (CNN) North and South ...": an agency's dateline without a dash, or a stamp and byline glued to
  // the sentence (credits.ts knows the agencies).
  const wire = leadDatelineLength(s);
  return wire ? s.slice(wire) : s.replace(DATELINE, '');
}

/** "(By Roman Koksarov -- Associated Press)", "(Photo: Getty Images)": a credit in brackets before the text. */
const LEAD_CREDIT = /^\((?:By|Photo|Photograph|Picture|Image)\b[^()]{2,80}\)\s*(?=\S)/;
/**
 * A clock time opening the text, with the day before it or not, and what sets it off: "10:18 AM", "4:57 PM
 * --", "Wednesday, February 18, 2009; 10:18 AM", "February 11, 2009; ". Prose opens with "At 10:18 a.m." or
 * puts the date after "On"; a bare clock or a date closed by a semicolon is a page's stamp.
 */
const LEAD_CLOCK = /^(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4};\s*)?(?:\d{1,2}:\d{2}\s*(?:AM|PM|a\.m\.|p\.m\.)(?:\s*(?:ET|EST|EDT|CT|PT|GMT|BST|UTC))?\s*(?:--|—|–|:|\|)?\s*)?(?=[A-Z"“])/;
/**
 * "(Update 3 p.m. Cairo, 8 a.m. ET)", "-LRB- Update 8:53 p.m. Cairo -RRB-" (tokenized brackets) at the start,
 * or with its opening bracket left on the sentence before ("Update 3:00 a.m. in Cairo, 8:00 p.m. ET) U.S. ...").
 */
const UPDATE_STAMP = /^(?:\(|-LRB-)?\s*(?:Update[sd]?|UPDATE[SD]?)\b[^()]{0,60}?(?:\)|-RRB-)\s*[-–—:]?\s*/;

/** The text without leading connectives. */
export function dropDiscourse(s: string): string {
  return s.replace(DISCOURSE, '');
}

/**
 * Length of a leading phrase that ends at a comma ("In a 2014 interview with CNBC, "), 0 when there is
 * none or what follows would not read as a main clause of at least `minRest` characters.
 */
export function leadLength(s: string, minRest = 25): number {
  // "An actor, Simpson appeared in ...": a describing noun phrase before the named subject.
  const np = DESCRIPTION.exec(s);
  if (np && s.length - np[0].length >= minRest) return np[0].length;
  // A second leading phrase, or one after a connective, opens in lower case ("In June 1994, after the vote
  // was counted, ...", "However, in June 1994, ..."): its first word is read as if it opened the sentence.
  if (!LEAD_WORD.test(/^\p{Ll}/u.test(s) ? s[0]!.toUpperCase() + s.slice(1) : s)) return 0;
  const comma = s.indexOf(',');
  if (comma < 0 || comma > 120) return 0;
  // The comma must not sit inside a quotation the phrase opens.
  const lead = s.slice(0, comma);
  const quotes = lead.match(OPEN_QUOTES)?.length ?? 0;
  if (quotes % 2 === 1 || (lead.includes('“') && !lead.includes('”'))) return 0;
  let k = comma + 1;
  while (k < s.length && s.charCodeAt(k) === 32) k++;
  const rest = s.slice(k);
  if (rest.length < minRest || BAD_REST.test(rest) || ATTRIBUTION_ONLY.test(rest)) return 0;
  return k;
}

/** Offset in `s` where the main clause starts (dateline, connectives and up to two leading phrases skipped). */
export function mainClauseStart(s: string): number {
  // Each step returns what is left; the offset is what it took off the end of s.
  let at = s.length - dropDateline(s).length;
  at = s.length - dropDiscourse(s.slice(at)).length;
  for (let i = 0; i < 2; i++) {
    const n = leadLength(s.slice(at));
    if (!n) break;
    at += n;
    at = s.length - dropDiscourse(s.slice(at)).length;
  }
  return at;
}
