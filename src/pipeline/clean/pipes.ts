/**
 * Furniture joined by pipes, recognised by its shape rather than its words. Scraped pages set their widgets,
 * post stamps and header stamps off with " | ", and a sentence splitter that knew nothing of them glued them
 * onto the neighbouring sentence:
 *
 *   "YES | NO Egyptian President Hosni Mubarak stepped down ..."                  a poll (single words between pipes)
 *   "February 10, 2011 | By Joe Sterling, CNN Save the Children and ..."         a page header (date, byline)
 *   "By Daniela Deane, CNN | October 6, 2010 Diva Beyonce Knowles ..."           the same, the other way round
 *
 * Prose never carries a pipe, so a pipe is the anchor of every rule here; what the rules cut is decided by the
 * shape of the pieces between the pipes (one word each, a date, a byline), never by a list of their words.
 * header.ts runs first and takes the wire stamps with a clock time at the top of the page ("WASHINGTON | Mon
 * Mar 2, 2009 4:23 pm EST"), keeping their byline and date; these rules see what it left.
 */

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
/** "January 27, 2011", "Feb. 3 2011", "3 February 2011". */
const DAY = String.raw`(?:${MONTH} \d{1,2},? \d{4}|\d{1,2} ${MONTH},? \d{4})`;

/** Single words between pipes at the start of a line: a poll or a menu ("YES | NO", "Home | News | Sport"). */
const OPTIONS = /^(?:[^\s|]+ \| )+[^\s|]+\s+/u;
/**
 * A page's widget toggles at the start of a line, each a few words ending in "+" ("This Story : Read + |
 * Watch + | Talk + | REYKJAVIK, Iceland, Oct. 9 -- ...", the Washington Post's), after any stray closing
 * quote of the line before.
 */
const TOGGLES = /^(?:['"”’`]+\s*)?(?:[^|+]{1,30}\+ \| )+/u;
/**
 * A blog post's footer glued onto the next post ("Posted by Keith Stuart at 10:37 AM | Comments (4) |
 * Permalink Mobile gamers aren't ..."): its author, clock, comment count and link, never the news.
 */
const POST_FOOTER = /^Posted by [^|]{2,60}? at \d{1,2}[:.]\d{2} ?[AaPp]\.?[Mm]\.? \| Comments \(\d+\) \| Permalink\s+/u;
/** A date alone, as a header segment ("February 03, 2011"), or closing a headline segment. */
const DATE_SEGMENT = new RegExp(String.raw`(?:^|\s)${DAY}$`, 'u');
const DATE_START = new RegExp(String.raw`^${DAY}\s+`, 'u');
/**
 * A byline segment: "By Joe Sterling, CNN", "From Mohammed Tawfeeq, CNN", "By the CNN Wire Staff". When it
 * is glued onto the sentence, it ends at the outlet in capitals after the comma, or at "Staff".
 */
const BYLINE_SEGMENT = /^(?:By|From) (?:the )?[A-Z][^|]{1,60}$/u;
const BYLINE_START = /^(?:By|From) (?:(?:the )?[A-Z][\p{L}.'’ -]{1,40}?, [A-Z]{2,}[\p{L}]*|the [A-Z][\p{L} ]{1,30}? Staff)\s+(?=[A-Z"“])/u;

/** The words left after a cut must still make a sentence's worth. */
const MIN_REST_WORDS = 4;
const words = (s: string): number => s.split(/\s+/).filter((w) => w.length > 0).length;

export interface PipeCut {
  text: string;
  cut: string;
}

/**
 * Cut pipe furniture from the head of a line: a poll or menu of single words, or header segments (a date, a
 * byline, a headline ending in a date) with the byline or date glued after the last pipe. Null when the
 * line has none, or when what would be left is too short to be a sentence (the line is then left alone).
 */
export function cutPipeHead(line: string): PipeCut | null {
  if (!line.includes(' | ')) return null;
  let rest = line;
  const toggles = TOGGLES.exec(rest);
  if (toggles !== null) rest = rest.slice(toggles[0].length);
  const footer = POST_FOOTER.exec(rest);
  if (footer !== null) rest = rest.slice(footer[0].length);
  const options = OPTIONS.exec(rest);
  if (options !== null) rest = rest.slice(options[0].length);
  const last = rest.slice(0, 300).lastIndexOf(' | ');
  if (last >= 0) {
    const segments = rest.slice(0, last).split(' | ');
    const header = segments.every((s) => words(s) <= 14 && (DATE_SEGMENT.test(s.trim()) || BYLINE_SEGMENT.test(s.trim())));
    if (header) {
      rest = rest.slice(last + 3);
      for (const start of [BYLINE_START, DATE_START]) {
        const m = start.exec(rest);
        if (m !== null) rest = rest.slice(m[0].length);
      }
    }
  }
  rest = rest.trim();
  if (rest === line || words(rest) < MIN_REST_WORDS) return null;
  return { text: rest, cut: line.slice(0, line.length - rest.length).trim() };
}
