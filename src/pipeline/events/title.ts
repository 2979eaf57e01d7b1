/**
 * Headline-style titles built from a sentence, never invented: the clause around the main verb with its
 * subject, without the dateline, the leading adverbial, the time expression and the attribution.
 * "The United States Homeland Security Secretary John Kelly on Thursday promised "no mass deportations" or
 * military force against immigrants in the U.S. despite a crackdown ..., AFP reported." ->
 * "United States Homeland Security Secretary John Kelly promised "no mass deportations" or military force…"
 */
import { cutTimex } from './timexCut.ts';

export const MAX_TITLE = 90;

/** Openers that tie a sentence to its neighbours, not to its happening: "However,", "This comes after". */
const DISCOURSE = /^(?:(?:However|But|And|Meanwhile|Also|Still|Yet|Separately|Instead|Moreover|Furthermore|Indeed|Now|Then|In addition|In turn|At the same time)\b,?\s*|(?:This|That|It|The move|The decision) (?:comes?|came) (?:after|as|amid|just days after|days after|a day after|weeks after)\s+)+/i;
const PRONOUN = /^(?:He|She|They|His|Her|Their)\b\s*/i;

/**
 * `actor`: the event's unified main actor, when known: a pronoun subject becomes the name ("He said" ->
 * "John Kelly said", "His defense team" -> "Bill Cosby's defense team").
 */
export function titleFrom(sentence: string, timexText: string | null, actor: string | null = null): string {
  let s = sentence.trim();
  // Dateline: "Mexico City (EFE).– ", "CARSON CITY — ".
  s = s.replace(/^[A-Z][\w .,'’]{0,40}\([\w .]+\)\s*\.?\s*[-–—]\s*/, '').replace(/^[A-Z][A-Z .,'’]{2,40}\s+[-–—]\s+/, '');
  if (timexText) s = cutTimex(s, timexText).replace(/\s+,/g, ',').trim();
  // Leading adverbial clause or connective: "After Bill Cosby was sentenced ..., his defense team made ...".
  const lead = /^(?:(?:On|In|At|After|Before|Shortly after|Only|Earlier|Later|However|But|Meanwhile|Also|Still|Yet|And|Then|Now|Despite|While|When|As|Speaking)\b[^,]{0,90},\s*)/;
  const stripped = s.replace(lead, '');
  if (stripped.length >= 25 && /^[A-Z“"‘]|^[a-z]/.test(stripped)) s = stripped;
  s = s
    .replace(/,\s*(?:[A-Z][\w.]*\s+){0,3}(?:reported|said|reports|says|added)\.?$/, '')
    .replace(/,\s*(?:the|a)\s+[\w ]{1,30}\s+(?:said|says|reported)\.?$/, '')
    .replace(/,\s*according to [^,]+$/, '')
    .replace(/,\s*\d{1,3},/, '')
    .replace(/\s*\([A-Z]{2,6}\)/g, '')
    .replace(/^(?:The|A|An)\s+(?=[A-Z])/, '')
    .replace(/[.!,;:]+["”’]?$/, (m) => m.replace(/[.!,;:]/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
  s = opening(s, actor);
  if (s.length <= MAX_TITLE) return s;
  // Cut at the first clause boundary that leaves a headline of useful length.
  const clause = /,\s+(?:which|who|whom|while|although|though|despite|as|saying|and|but|after|before|where|when|including|according|(?:many|most|some|several|all|one|none) of)\b|;|\s[-–—]\s/g;
  for (const m of s.matchAll(clause)) {
    if (m.index! >= 30 && m.index! <= MAX_TITLE) return s.slice(0, m.index!).trim();
  }
  const cut = s.slice(0, MAX_TITLE - 1).replace(/\s+\S*$/, '').replace(/[,;:(“"‘\s-]+$/, '');
  return `${cut}…`;
}

/** A headline opens with a capitalised word: no comma, quotation mark, discourse word or bare pronoun. */
function opening(text: string, actor: string | null): string {
  let s = text.replace(/^[\s,;:"“”‘’'—–-]+/, '');
  const stripped = s.replace(DISCOURSE, '').replace(/^[\s,;:"“”‘’'—–-]+/, '');
  if (stripped.length >= 20) s = stripped;
  const p = PRONOUN.exec(s);
  if (p && actor) {
    const possessive = /^(?:His|Her|Their)\b/i.test(p[0]);
    s = `${possessive ? `${actor}’s` : actor} ${s.slice(p[0].length)}`;
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}
