/**
 * TimelineJS export: the story in the JSON format TimelineJS3 loads (timeline.knightlab.com/docs/json-format):
 * { title: slide, events: slide[], scale: "human" }, each slide { start_date, end_date?, display_date?,
 * text: { headline, text }, unique_id }, each date { year, month?, day?, hour?, minute?, display_date? }.
 *
 * Precision is kept: a month-precise event has a year and a month and no day (TimelineJS then labels it
 * "February 2017"), a year-precise one only a year. A week, season, quarter or half year is a start and an
 * end day with the value said in words as display_date ("the week of 20 February 2017"); a decade or century
 * is a start and an end year. TimelineJS needs a year to place anything, so an event whose year no article
 * states ("XXXX-12-17") is left out rather than placed in a made-up year; the title slide says how many.
 *
 * TimelineJS renders headline and text as HTML, so every piece of article text is escaped here and only
 * the markup built here (paragraphs, links to http(s) addresses) is HTML.
 */
import { aboutWords, formatTimex, isAbout, type Event, type Story } from '../../schema/index.ts';
import { escapeHtml } from '../share/sharePages.ts';
import { calendarDate, type CalendarDate, type Ymd } from './dates.ts';
import { deepLink, type ExportOptions } from './links.ts';
import { editLines } from './notes.ts';
import { eventSources, groupedSources } from './sources.ts';

export interface TlDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  display_date?: string;
}

export interface TlSlide {
  start_date?: TlDate;
  end_date?: TlDate;
  display_date?: string;
  text: { headline: string; text: string };
  unique_id?: string;
}

export interface TlTimeline {
  title: TlSlide;
  events: TlSlide[];
  scale: 'human';
}

const day = (d: Ymd): TlDate => ({ year: d.year, month: d.month, day: d.day });

/** start_date (and end_date for a span) at the date's own precision. */
function tlDates(date: CalendarDate): Pick<TlSlide, 'start_date' | 'end_date'> {
  switch (date.kind) {
    case 'time': return { start_date: { ...day(date.date), hour: date.hour, minute: date.minute } };
    case 'day': return { start_date: day(date.date) };
    case 'month': return { start_date: { year: date.year, month: date.month } };
    case 'year': return { start_date: { year: date.year } };
    case 'span': return { start_date: day(date.first), end_date: day(date.last) };
    case 'long': return { start_date: { year: date.firstYear }, end_date: { year: date.lastYear } };
  }
}

const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

function eventSlide(story: Story, event: Event, date: CalendarDate, options: ExportOptions): TlSlide {
  const sources = groupedSources(eventSources(story, event));
  const paragraphs = [`<p>${escapeHtml(event.summary)}</p>`];
  for (const line of editLines(event)) paragraphs.push(`<p><em>${escapeHtml(line)}</em></p>`);
  if (event.date.source === 'inferred') paragraphs.push('<p><em>Date inferred from the rest of the story.</em></p>');
  if (sources.length) {
    const names = sources.map((s) => (s.url ? link(s.url, s.name) : escapeHtml(s.name)));
    paragraphs.push(`<p>${sources.length === 1 ? 'Source' : 'Sources'}: ${names.join(', ')}</p>`);
  }
  paragraphs.push(`<p>${link(deepLink(options, story.id, event.id), 'This event in Dateline')}</p>`);
  const slide: TlSlide = { ...tlDates(date), text: { headline: escapeHtml(event.title), text: paragraphs.join('') }, unique_id: event.id };
  // Spans and parts of a day have no TimelineJS date format of their own, and a day the story is unsure of
  // reads "about" as on the page: say them in words.
  if (date.kind === 'span' || date.kind === 'long' || /T(MO|MI|AF|EV|NI|DT)$/.test(event.date.value) || isAbout(event.date)) {
    slide.display_date = aboutWords(formatTimex(event.date.value), event.date);
  }
  return slide;
}

export function timelineJsDocument(story: Story, options: ExportOptions): TlTimeline {
  const events: TlSlide[] = [];
  let unplaced = 0;
  for (const event of story.events) {
    const date = calendarDate(event.date.value);
    if (date) events.push(eventSlide(story, event, date, options));
    else unplaced++;
  }
  const n = (count: number, one: string, many: string) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
  const intro = [
    // The editors' credit line first, as a byline under the headline ("Edited by Ana Ruiz").
    ...(story.credit ? [`<p>${escapeHtml(story.credit)}</p>`] : []),
    `<p>A sourced timeline of ${n(story.events.length, 'event', 'events')} from ${n(story.articles.length, 'article', 'articles')}, built by Dateline.</p>`,
  ];
  if (unplaced) {
    intro.push(`<p>${n(unplaced, 'event whose year no article states is', 'events whose year no article states are')} not shown here: TimelineJS needs a year to place an event.</p>`);
  }
  intro.push(`<p>${link(deepLink(options, story.id, null), 'The whole story in Dateline')}</p>`);
  return {
    title: { text: { headline: escapeHtml(story.title), text: intro.join('') } },
    events,
    scale: 'human',
  };
}

/** The TimelineJS file: deterministic JSON, as the story document is. */
export function toTimelineJs(story: Story, options: ExportOptions): string {
  return `${JSON.stringify(timelineJsDocument(story, options), null, 1)}\n`;
}
