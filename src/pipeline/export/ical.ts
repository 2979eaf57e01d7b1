/**
 * iCalendar export (RFC 5545): one VCALENDAR with a VEVENT per event that a calendar can hold.
 *
 * - A day-precise event is an all-day entry (DTSTART;VALUE=DATE and DTEND the day after); a part of a day
 *   ("Thursday night") is its day, all day.
 * - A time-precise event is a timed entry in floating time (no time zone: the articles give the local
 *   time of the place, not its zone), with no DTEND: an instant, as RFC 5545 reads a DTSTART without one.
 * - A week or a month is an all-day entry spanning the whole period, and its description says how precise
 *   the date is ("February 2017: the day is not known"). Anything longer than a month (a season, a quarter,
 *   a half year, a year, a decade) is left out: an entry that covers every day of 1995 helps no calendar (a
 *   review found "Opinions on the verdict broke down along racial lines" on each of them, and 127 such
 *   entries in H1N1's). So is an event whose year no article states: a calendar needs a year. The calendar
 *   says how many it left out, and the story's timeline has them.
 *
 * UID is "<event id>@<story id>.dateline", stable across rebuilds as event ids are. DTSTAMP must be the
 * time the file was made, but a build must be byte-identical on a rebuild, so it is the story's latest
 * article publication date (else its latest event date, else 1970-01-01), never the clock.
 * URL is the event's deep link when the site's address is known (DATELINE_SITE_URL); a URL property must
 * be absolute, so without it the description carries the link's path instead.
 * Text values escape backslash, semicolon, comma and newlines; lines are folded at 75 octets (never inside
 * a UTF-8 character) and end in CRLF.
 */
import { aboutWords, formatTimex, isYearless, timexRange, type Event, type Story } from '../../schema/index.ts';
import { foldLine } from '../../schema/exports.ts';
import { calendarDate, nextDay, pad, type CalendarDate, type Ymd } from './dates.ts';
import { deepLink, isAbsolute, type ExportOptions } from './links.ts';
import { editLines } from './notes.ts';
import { eventSources, groupedSources } from './sources.ts';

/** A TEXT value (RFC 5545 3.3.11): \ ; , escaped, newlines as \n, other control characters dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

const date = (d: Ymd) => `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;
const lastDayOfMonth = (year: number, month: number): Ymd => {
  const d = new Date(Date.UTC(year, month, 0));
  return { year, month, day: d.getUTCDate() };
};

/** The longest all-day entry, in days: a month. */
const MAX_SPAN_DAYS = 31;
const spanDays = (a: Ymd, b: Ymd) => Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000) + 1;

/** DTSTART/DTEND lines for a date, or null for a date left out of the calendar. */
function when(d: CalendarDate): string[] | null {
  const allDay = (first: Ymd, last: Ymd) => [`DTSTART;VALUE=DATE:${date(first)}`, `DTEND;VALUE=DATE:${date(nextDay(last))}`];
  switch (d.kind) {
    case 'time': return [`DTSTART:${date(d.date)}T${pad(d.hour)}${pad(d.minute)}00`];
    case 'day': return allDay(d.date, d.date);
    case 'month': return allDay({ year: d.year, month: d.month, day: 1 }, lastDayOfMonth(d.year, d.month));
    case 'year': return null;
    case 'span': return spanDays(d.first, d.last) <= MAX_SPAN_DAYS ? allDay(d.first, d.last) : null;
    case 'long': return null;
  }
}

const PRECISION_NOTE: Partial<Record<CalendarDate['kind'], string>> = {
  month: 'the day is not known',
  span: 'the day is not known',
};

function stampOf(story: Story): string {
  const latest = (values: (string | undefined)[]) => {
    let best: number | null = null;
    for (const v of values) {
      if (!v || isYearless(v)) continue;
      const range = timexRange(v);
      if (range && (best === null || range.start > best)) best = range.start;
    }
    return best;
  };
  const ms = latest(story.articles.map((a) => a.published?.value)) ?? latest(story.events.map((e) => e.date.value)) ?? 0;
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function description(story: Story, event: Event, d: CalendarDate, link: string): string {
  const notes = [PRECISION_NOTE[d.kind], event.date.source === 'inferred' ? 'date inferred from the rest of the story' : undefined].filter(Boolean);
  const sources = groupedSources(eventSources(story, event)).map((s) => (s.url ? `${s.name} (${s.url})` : s.name));
  return [
    event.summary,
    '',
    `Date: ${aboutWords(formatTimex(event.date.value), event.date)}${notes.length ? ` (${notes.join('; ')})` : ''}`,
    sources.length ? `${sources.length === 1 ? 'Source' : 'Sources'}: ${sources.join(', ')}` : '',
    ...editLines(event),
    `In Dateline: ${link}`,
  ].filter((line, i) => i === 1 || line !== '').join('\n');
}

export function toICalendar(story: Story, options: ExportOptions): string {
  const stamp = stampOf(story);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Dateline//Story export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(story.title)}`,
    `X-WR-CALNAME:${escapeText(story.title)}`,
  ];
  const entries: string[] = [];
  let yearless = 0;
  let coarse = 0;
  for (const event of story.events) {
    const d = calendarDate(event.date.value);
    const dates = d && when(d);
    if (!d || !dates) {
      if (isYearless(event.date.value)) yearless++;
      else coarse++;
      continue;
    }
    const link = deepLink(options, story.id, event.id);
    entries.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${event.id}@${story.id}.dateline`)}`,
      `DTSTAMP:${stamp}`,
      ...dates,
      `SUMMARY:${escapeText(event.title)}`,
      `DESCRIPTION:${escapeText(description(story, event, d, link))}`,
      ...(isAbsolute(link) ? [`URL:${link}`] : []),
      // News happened; it does not make the reader busy.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  // A calendar that leaves events out says so (a year-less story's calendar is empty: mn11's had no word why).
  const left = [
    yearless ? `${yearless} ${yearless === 1 ? 'event' : 'events'} whose year no article states` : '',
    coarse ? `${coarse} ${coarse === 1 ? 'event' : 'events'} dated no finer than a season or a year` : '',
  ].filter(Boolean);
  // The calendar's one description (RFC 7986, and X-WR-CALDESC, which most clients read): the editors'
  // credit line ("Edited by Ana Ruiz"), then what is left out.
  const said = [
    story.credit ?? '',
    left.length ? `Not in this calendar: ${left.join('; ')}. The story's timeline has them: ${deepLink(options, story.id, null)}` : '',
  ].filter(Boolean).join('\n');
  if (said) lines.push(`DESCRIPTION:${escapeText(said)}`, `X-WR-CALDESC:${escapeText(said)}`);
  lines.push(...entries, 'END:VCALENDAR');
  return lines.map(foldLine).join('');
}
