/**
 * The title of an article that has no headline: its lead, without what the lead opens with that is not the
 * news. A wire dateline ("LOS ANGELES (Reuters) -", "TORONTO —", "Seoul (CNN)", "GAZA/JERUSALEM", "(CNN)")
 * and page furniture glued before the first sentence ("Story highlights") say where and who, never what
 * happened; the article keeps them (its dateline and publisher are read elsewhere), the title does not.
 */
import { titleFrom } from '../events/title.ts';
import { segment } from '../segment/index.ts';
import { tagTimex } from '../time/index.ts';

const FURNITURE = /^(?:story highlights|associated press|advertisement)\s+(?=\S)/i;
/** A summary's bullet opening the page ("• BA cabin steward in isolation ward"): a mark, not a word of the title. */
const BULLET = /^[•·▪◦‣●■]\s*(?=\S)/u;
/**
 * A place in capitals (one to four words of three letters or more, "/" between two; never initials such as
 * "O.J."), an optional credit, then a dash or nothing.
 */
const CAPS_DATELINE = /^(?:[A-Z][A-Z'’]{2,}(?:[ /-][A-Z][A-Z'’]+){0,3})(?:,\s*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)[A-Z][A-Za-z.]+)?(?:,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?\s*(?:\([^()]{1,30}\))?\s*(?:—|–|--|-|:)?\s+(?=[A-Z"“‘'(0-9])/u;
/** A place in ordinary case followed by a credit in brackets: "Seoul (CNN) North and South ...". */
const CREDITED_PLACE = /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\s*\((?:CNN|AP|AFP|Reuters|CBSLA|[A-Z]{2,8})\)\s*(?:—|–|--|-)?\s*(?=[A-Z"“‘'])/u;
/** A bare credit: "(CNN) A week after ...". */
const BARE_CREDIT = /^\((?:[A-Z][A-Za-z]{1,10})\)\s*(?:—|–|--|-)?\s*(?=[A-Z"“‘'])/u;

const MAX = 90;
/**
 * A byline glued before the lead that ends in its outlet or its desk, so that its end is known: "By the
 * CNN Wire Staff", "By Bryony Jones for CNN", "By John D. Sutter, CNN". ("By Niu Shuping and Ken Wills
 * Nevermind ...": where the names end, nothing tells.)
 */
const BYLINE_LEAD = /^By\s+(?:the\s+)?(?:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and)){0,5}?(?:\s*,\s*|\s+for\s+)(?:CNN|Reuters|AP|AFP|the Associated Press|BBC News)|(?:CNN\s+)?Wires?\s+Staff|(?:[A-Z][\w.'’-]*\s+){0,3}Staff\s+Writer)\s+(?=[A-Z"“‘'])/;
/** "-- Eric Auchard is a Reuters columnist.", "- Maria Sheahan is a Reuters senior correspondent in Frankfurt." */
const AUTHOR_NOTE = /^[-–—]{1,2}\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s+is\s+(?:a|an|the)\b.{0,60}\b(?:columnist|correspondent|editor|writer|reporter|analyst|contributor|commentator)\b/;
/**
 * What a page writes before its lead about itself: a blog's "The opinions expressed are his own --", a
 * "Last updated: 1 may, 2009 - 17:54 GMT" stamp, a list's dash.
 */
const PAGE_NOTE = /^(?:The opinions expressed are (?:his|her|their|the author's) own\.?\s*[-–—]*\s*|Last updated:?\s+.{0,40}?\d{1,2}[:.]\d{2}\s*(?:GMT|BST|UTC|ET|EST|EDT)?\s+|[-–—]{1,2}\s+(?=[A-Z"“]))/i;
/** A picture's credit glued before the lead: "Photograph: Marco di Lauro/Getty In her black coat ...". */
const PHOTO_CREDIT = /^(?:Photograph|Photo|Picture):\s+[^/:]{2,40}\/\S+\s+(?=[A-Z])/;
/** The agencies' caption formulas: "This image provided by ... shows", "In this photo taken ...", "FILE - In this ...". */
export const CAPTION_FORMULA = /^(?:FILE\s*[-–—]\s*)?(?:In\s+this\s+(?:[\w-]+\s+){0,3}(?:photo|image|picture|frame grab|still)\b|This\s+(?:[\w-]+\s+){0,3}(?:photo|image|picture)\s+(?:provided|released|taken|made|obtained|from|shows)\b)/i;

/**
 * A caption that opens with its agency's credit ("Associated Press An Israeli soldier rides on top of an
 * armored personnel carrier ...", the Wall Street Journal's): the credit, then a sentence describing a
 * picture (case matters: "Reuters reported" is news; events/nonEvents.en.json reads it the same way).
 */
const CREDITED_CAPTION = /^(?:Associated Press|AP Photo|AP|AFP|Reuters|Getty Images|EPA|Bloomberg|Xinhua)\s+(?:A|An|The|This|In this)\s/u;

export function leadTitle(text: string): string {
  const line = leadLine(text);
  // The lead's first sentence, cut as an event's title is (headline mode: its main clause, at a clause or a
  // phrase, never mid-phrase, without its time expression): "LAPD declared an unlawful assembly on the streets
  // surrounding City Hall", not "The LAPD early Monday declared an unlawful assembly on the streets
  // surrounding City Hall and ordered Occupy L.A. protesters to…".
  const first = segment(line).sentences[0];
  const sentence = first ? line.slice(first.start, first.end).trim() : line;
  if (sentence.length <= MAX) return sentence;
  // Its time expression goes, as an event title's does: "proposed on Friday the most significant move ..."
  // had been cut before its date, "Gov. Rick Scott and top state lawmakers proposed".
  // Only the opening is read: the title is cut within its first MAX characters, so a date further on
  // cannot be in it (and tagging the whole of a long lead cost a build of the four Timeline17 topics 60 ms).
  const when = tagTimex(sentence.slice(0, 2 * MAX), { dct: null }).find((t) => t.type === 'DATE' || t.type === 'TIME');
  return titleFrom(sentence, when?.text ?? null, leadingSubject(sentence), true);
}

/**
 * "When O.J. Simpson leaves prison ..., he will no doubt have a list ...": the title is the main clause, and
 * its he, she, his or her is the one person the leading clause names as its subject (a subordinator, the
 * name, a lower-case verb), when no other capitalised word but a month's or a weekday's stands in that
 * clause ("When Tom Hill met Ann Lee, she ..." names two). The events' titles read the same shape
 * (headlinePronoun.ts), with the story's names; a lead title has only its sentence.
 */
function leadingSubject(sentence: string): string | null {
  const m = LEADING_SUBJECT.exec(sentence);
  if (!m) return null;
  const rest = sentence.slice(m[0].length);
  const comma = rest.search(/,\s+(?:he|she|his|her)\s/);
  if (comma < 0) return null;
  const others = rest.slice(0, comma).match(/\b\p{Lu}[\p{L}'’-]*/gu) ?? [];
  return others.every((w) => CALENDAR_WORD.test(w)) ? m[1]! : null;
}
const LEADING_SUBJECT = /^(?:(?:Shortly|Just|Soon|Long)\s+(?:after|before)|When|After|Before|As|While|Although|Though|Since|Once|Until|Because)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)(?=\s+\p{Ll})/u;
const CALENDAR_WORD = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * What stands in for the headline of an article that has none, where importance is weighed (rank/index.ts):
 * the lead's opening, up to a headline's length (MAX characters, whole words). Not the title shown: the
 * rank's "shares the headline" was measured with this window (key-event precision; reading the shown
 * title, a clause, instead cost mn11 one core event in its top eight).
 */
export function leadOpening(text: string): string {
  const line = leadLine(text);
  return line.length > MAX ? `${line.slice(0, MAX - 3).replace(/\s+\S*$/, '')}…` : line;
}

/** The lead's first line without its dateline or furniture. */
function leadLine(text: string): string {
  // A photo's caption above the lead, in the agencies' formula ("This image provided by the Montgomery County
  // Correctional Facility shows Bill Cosby ...", "FILE - In this photo ..."), describes a picture: the lead
  // is the paragraph after it.
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  // A line about the author ("-- Eric Auchard is a Reuters columnist.") is not the lead either.
  let at = 0;
  while (at < 2 && lines[at + 1] && (CAPTION_FORMULA.test(lines[at]!) || CREDITED_CAPTION.test(lines[at]!) || AUTHOR_NOTE.test(lines[at]!))) at++;
  let line = lines[at] ?? '';
  for (let i = 0; i < 2; i++) {
    const before = line;
    line = line.replace(BULLET, '').replace(FURNITURE, '').replace(PAGE_NOTE, '').replace(PHOTO_CREDIT, '').replace(BYLINE_LEAD, '').replace(BARE_CREDIT, '').replace(CREDITED_PLACE, '');
    // Only a dateline that leaves a sentence behind: "NATO allies agreed ..." is not a place.
    const cut = line.replace(CAPS_DATELINE, '');
    if (cut !== line && /^\S+\s+\S+\s+\S+/.test(cut) && !/^[A-Z]{2,}\s+[a-z]/.test(line)) line = cut;
    if (line === before) break;
  }
  return line;
}

