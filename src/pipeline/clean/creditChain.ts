/**
 * Photo credits in brackets at the start of a line, as newspaper pages (the Washington Post's) run a picture's
 * credit, and sometimes its caption, into the first sentence after it:
 *
 *   "(Daniel Acker - Bloomberg News) President-elect Barack Obama has selected ..."
 *   "(By Brendan Smialowski -- Bloomberg News) The Obama administration last night detailed ..."
 *   "(AP Photo/Pablo Martinez Monsivais) (Pablo Martinez Monsivais - AP) President Bush, center, ... arrive
 *    for a statement ... in Camp David, Md. (AP Photo/Evan Vucci) (Evan Vucci - AP) President Bush announced
 *    plans yesterday to host an emergency summit ..."
 *
 * A credit names a photographer and an agency (or a paper); what runs from the first credit to the last of a
 * chain of them (captions sit between credits) is the picture's, and what follows the last is the article.
 * About 130 such lines in the Timeline17 texts. A line left with no sentence after the chain is all picture.
 */

/** "(AP Photo/Evan Vucci)", "(Reuters/Jim Young)", "(Evan Vucci - AP)", "(By Jane Doe -- The Washington Post)". */
const CREDIT = /\((?:(?:AP Photo|AP|AFP|Reuters|EPA|Getty Images)\s*\/[^()]{1,60}|(?:By\s+)?\p{Lu}[\p{L}.'’ -]{1,40}?\s+-{1,2}\s+(?:Associated Press|AP|AFP|Reuters|EPA|Getty Images|Bloomberg News|The Washington Post|Pbs|PBS))\)/gu;
/** The most a caption between two credits of one chain runs to. */
const CAPTION_CHARS = 400;

export interface ChainCut {
  /** The line without the picture's credits and captions; empty when nothing else was on it. */
  text: string;
  cut: string;
}

export function cutCreditChain(line: string): ChainCut | null {
  if (line.charCodeAt(0) !== 40) return null; // "(": most lines open with no bracket at all
  CREDIT.lastIndex = 0;
  let m = CREDIT.exec(line);
  if (m === null || m.index !== 0) return null;
  let end = m[0].length;
  for (m = CREDIT.exec(line); m !== null && m.index - end <= CAPTION_CHARS; m = CREDIT.exec(line)) end = m.index + m[0].length;
  const rest = line.slice(end).trim();
  // What follows must read as a sentence; a credit run into a lower-case word is left alone.
  if (rest !== '' && !/^[\p{Lu}"“‘'\d]/u.test(rest)) return null;
  return { text: rest, cut: line.slice(0, end).trim() };
}
