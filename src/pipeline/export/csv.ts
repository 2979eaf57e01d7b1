/**
 * CSV export (RFC 4180): a header row, then one row per event: id, date (the TIMEX3 value), date_label (the
 * value in words, "about 23 February 2017" where the story is unsure of the day, as the viewer says it), precision, date_source (stated, resolved or inferred), title, sources (the publishers, or
 * article titles, separated by "; "), source_links (their http(s) URLs, separated by spaces), link (the
 * event's deep link), key ("yes" for a key event), editors_notes (what the editors changed, as the viewer
 * says it), start and end (the first and last day of the date's range, empty without a year), uncertain ("yes"
 * where the viewer says "about") and summary (the sentence the title was made from). Every event is listed,
 * year-less ones included: the value says what is known.
 *
 * Fields holding a comma, a double quote, a CR or an LF are quoted, with quotes doubled; lines end in CRLF.
 * The file starts with a UTF-8 byte-order mark so that Excel reads it as UTF-8 (without it, every curly
 * quote in a headline is garbled); RFC 4180 parsers that know BOMs skip it.
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab, CR or NUL) as a formula,
 * and titles and publishers come from untrusted articles. As OWASP recommends, such a cell is prefixed with
 * a single quote ('), which spreadsheets show as text; a program reading the file sees the quote.
 */
import { aboutWords, formatTimex, isAbout, isYearless, timexRange, type Story } from '../../schema/index.ts';
import { deepLink, type ExportOptions } from './links.ts';
import { editLines } from './notes.ts';
import { distinct, eventSources } from './sources.ts';

export const CSV_COLUMNS = ['id', 'date', 'date_label', 'precision', 'date_source', 'title', 'sources', 'source_links', 'link', 'key', 'editors_notes', 'start', 'end', 'uncertain', 'summary'] as const;

/** The first and last day of a date's range as ISO days ("2014-FA" is 2014-09-01 to 2014-11-30); empty without a year. */
function range(value: string): [string, string] {
  const r = isYearless(value) ? null : timexRange(value);
  if (!r) return ['', ''];
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return [day(r.start), day(r.end - 1)];
}

/** Characters that make a spreadsheet read a cell as a formula when they open it (OWASP, ASVS 1.2.10). */
const FORMULA_START = /^[=+\-@\t\r\0]/;

/** One field: formula-safe, then quoted when RFC 4180 requires it. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export function toCsv(story: Story, options: ExportOptions): string {
  let out = `\uFEFF${csvRow(CSV_COLUMNS)}`;
  for (const event of story.events) {
    const sources = eventSources(story, event);
    out += csvRow([
      event.id,
      event.date.value,
      aboutWords(formatTimex(event.date.value), event.date),
      event.date.granularity,
      event.date.source,
      event.title,
      distinct(sources.map((s) => s.name)).join('; '),
      distinct(sources.flatMap((s) => (s.url ? [s.url] : []))).join(' '),
      deepLink(options, story.id, event.id),
      event.key ? 'yes' : '',
      editLines(event).join(' '),
      // For a spreadsheet to sort and filter by: the range as days, whether the story is unsure of it, and
      // the sentence the title was made from (a review found no column a sheet could sort "2014-FA" by).
      ...range(event.date.value),
      isAbout(event.date) ? 'yes' : '',
      event.summary,
    ]);
  }
  return out;
}
