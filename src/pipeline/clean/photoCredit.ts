/**
 * A photo credit glued onto the sentence after it, as the Guardian's pages lose the line break between the
 * picture's credit and the article's first sentence:
 *
 *   "Photograph: Reuters/Eliana Aponte Mexico City lowered its swine flu alert level ..."
 *   "Photograph: Eitan Abramovich/AFP/Getty For Mexico's Catholic church it is a tricky dilemma ..."
 *   "Photograph: Martin Argles Robin Cook, who has died suddenly at the age of 59, was ..."
 *
 * The label ends at its colon; the credit is names joined by slashes. Where the credit ends and the sentence
 * begins is read from the credit's grammar: a person is two capitalised words (three with a middle initial),
 * an agency one word. Between slashes the units are whole; only the last unit's length is guessed:
 *   - one word when it is in capitals ("AP/RTL"), when a person was credited before it ("Eitan
 *     Abramovich/AFP/Getty") or when two agencies came before it ("KPA/Zuma/Rex");
 *   - otherwise two words, a person after an agency ("Reuters/Eliana Aponte");
 *   - with no slash at all, the credit is one person ("Martin Argles").
 * What is left must start with a capital or a quotation mark and run to a sentence's worth of words; else
 * the line is left alone (a credit glued without a space, "Zed NelsonNext week", is beyond this).
 */

const LABEL = /^(?:Photograph|Photo|Picture|Illustration|Image)s?: /u;
/** A capitalised word of a name: "Eliana", "McPugh", "O'Neill", "AFP". */
const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const INITIAL = /^\p{Lu}\.?$/u;
/** The units before the last slash: "Eitan Abramovich/AFP/" of "Eitan Abramovich/AFP/Getty For ...". */
const CHAIN = new RegExp(String.raw`^(?:${WORD}(?: ${WORD}){0,3}\/)+`, 'u');
const PERSON = new RegExp(String.raw`^${WORD}(?: \p{Lu}\.?)? ${WORD}$`, 'u');
const MIN_REST_WORDS = 4;

export interface CreditCut {
  text: string;
  credit: string;
}

export function cutPhotoCredit(line: string): CreditCut | null {
  const label = LABEL.exec(line);
  if (label === null) return null;
  const body = line.slice(label[0].length);
  const chain = CHAIN.exec(body)?.[0] ?? '';
  const units = chain === '' ? [] : chain.slice(0, -1).split('/');
  const tail = body.slice(chain.length).split(' ');
  const first = tail[0] ?? '';
  if (!new RegExp(`^${WORD}$`, 'u').test(first)) return null;
  let take: number;
  if (units.length === 0) take = INITIAL.test(tail[1] ?? '') ? 3 : 2;
  else if (/^\p{Lu}{2,}$/u.test(first) || units.some((u) => PERSON.test(u)) || units.length >= 2) take = 1;
  else take = INITIAL.test(tail[1] ?? '') ? 3 : 2;
  const creditWords = tail.slice(0, take);
  if (creditWords.length < take || !creditWords.every((w) => new RegExp(`^${WORD}$`, 'u').test(w) || INITIAL.test(w))) return null;
  // "GettySaying": the credit's last word glued to the sentence's first (a name's "McPugh" is no such glue).
  if (creditWords.some((w) => /\p{Ll}{3}\p{Lu}/u.test(w))) return null;
  const rest = tail.slice(take).join(' ').trim();
  if (!/^[\p{Lu}"“‘'\d]/u.test(rest) || rest.split(' ').length < MIN_REST_WORDS) return null;
  return { text: rest, credit: `${label[0]}${chain}${creditWords.join(' ')}` };
}
