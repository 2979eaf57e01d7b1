/**
 * Whose voice a sentence is in: a quotation's speaker, a broadcast transcript's people, or the page itself.
 * candidates.ts reads it to keep the page's own first person ("I received a flu shot") off the timeline.
 */
import type { Paragraph } from '../segment/index.ts';

/** Whether a sentence leaves a quotation open for the next one ("He said `` We had no chance."). */
export function opensQuote(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/``|“/g) > count(/''|”/g) || count(/"/g) % 2 === 1;
}

/**
 * The writer speaking in the first person, outside any quotation: "I bought my first digital camera", "We
 * moved to a new blogging system", "I am based in Ottawa" (a blog's asides, a columnist's, an author's
 * note). News tells the story's happenings in the third person; what its people say in the first person
 * stands in quotation marks (or goes on from a sentence that opened them, or follows a transcript's
 * "NAME:"), so an unquoted first-person sentence is the page's voice, not a happening of the story.
 * `paragraphBefore` is the text of the sentence's paragraph before it.
 */
export function writersVoice(text: string, paragraphBefore: string): boolean {
  return FIRST_PERSON.test(text) && !/["“”]|``|''/.test(text) && !opensQuote(paragraphBefore);
}

/** A broadcast transcript ("BURNS: You know, I thought ..."): two paragraphs or more open with a speaker's label. */
export function isTranscript(text: string, paragraphs: readonly Paragraph[]): boolean {
  let labelled = 0;
  for (const p of paragraphs) if (SPEAKER_LABEL.test(text.slice(p.start, Math.min(p.end, p.start + 80))) && ++labelled >= 2) return true;
  return false;
}

/** A transcript's speaker label opening a paragraph: "BURNS:", "SAMEH SHOUKRY, EGYPTIAN AMBASSADOR:", "COOPER (voice-over):". */
const SPEAKER_LABEL = /^[A-Z][A-Z.'’ -]{2,}(?:,[A-Z.'’ ,-]+)?(?:\s*\([^)]{1,30}\))?:\s/;
const FIRST_PERSON = /^(?:I|We|My|Our|Me|Us)(?:\s|['’](?:m|ve|ll|d|re)\b)/;

/**
 * A broadcast's rundown: segment titles joined by semicolons, or a "RUSH TRANSCRIPT" notice, most words of
 * four letters or more capitalised ("Egypt Standoff Continues; Hosni Mubarak's Fortune Aired THIS IS A RUSH
 * TRANSCRIPT"). It lists a programme's happenings, so it tells none of them: no mention of any event
 * (candidates.ts), and a poor title (merge/eventTitle.ts).
 */
export function programmeHeader(text: string): boolean {
  if (/RUSH TRANSCRIPT/.test(text)) return true;
  const head = text.slice(0, 160);
  if (!head.includes(';')) return false;
  const long = head.split(/\s+/).filter((w) => /^[\p{L}’']{4,}$/u.test(w.replace(/[;:,.!?"“”]+$/, '')));
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= long.length * 0.7;
}
