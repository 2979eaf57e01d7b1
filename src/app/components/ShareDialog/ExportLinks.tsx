import { useId } from 'react';
import type { MouseEvent } from 'react';
import { STORY_EXPORTS, storyExportName, storyExportPath, type StoryExportKind } from '../../../schema/exports.ts';
import { isPlainClick } from '../../store/context.ts';
import { absoluteLinks } from './absoluteLinks.ts';

/** How each export is offered: the link's accessible name and what the file is for. */
const OFFERS: { kind: StoryExportKind; label: string; what: string }[] = [
  { kind: 'timelinejs', label: 'Download TimelineJS JSON', what: 'opens in TimelineJS' },
  { kind: 'csv', label: 'Download CSV', what: 'one row per event, for spreadsheets' },
  { kind: 'ics', label: 'Download iCalendar (.ics)', what: 'the events in a calendar app' },
];

/**
 * The story's exports, written by the build beside its JSON (data/stories/<id>.timeline.json, .csv, .ics):
 * plain links, so they work without JavaScript's help, by keyboard, and with "save link as". The whole
 * story's, and, when it marks key events, the key events' alone (a TimelineJS file of thousands of slides
 * does not load usably), whichever event the dialog shares.
 */
export function ExportLinks({ storyId, base, total = 0, yearless = 0, keyCount = 0, keyYearless = 0 }: { storyId: string; base: string; total?: number; yearless?: number; keyCount?: number; keyYearless?: number }) {
  const id = useId();
  const set = (keyOnly: boolean, heading: string) => {
    const at = `${id}-${keyOnly ? 'key' : 'all'}`;
    // A set whose every event lacks its year: its TimelineJS and calendar files hold none of them (mn11's
    // whole story and key events, mn03's key events: files of no event, offered as any other).
    const n = keyOnly ? keyCount : total;
    const csvOnly = n > 0 && (keyOnly ? keyYearless : yearless) === n;
    return (
      <section className="share-field" aria-labelledby={`${at}-title`}>
        <h3 id={`${at}-title`} className="share-label">{heading}</h3>
        {csvOnly && <p className="share-download-what">No article states the year of {n === 1 ? 'this event' : n === 2 ? 'either event' : `any of these ${n} events`}: a CSV only, as TimelineJS and calendars need a year.</p>}
        <ul className="share-downloads">
          {OFFERS.filter((o) => !csvOnly || o.kind === 'csv').map((o) => (
            <li key={o.kind}>
              {/* Named with its set, so a list of the page's links tells the two apart. */}
              <a href={`${base}${storyExportPath(storyId, o.kind, keyOnly)}`} download={storyExportName(storyId, o.kind, keyOnly)} onClick={(e) => downloadAbsolute(e, o.kind, `${base}${encodeURIComponent(storyId)}/`)} aria-label={`${o.label}, ${keyOnly ? 'key events only' : 'whole story'}`} aria-describedby={`${at}-${o.kind}`}>
                {o.label}
              </a>
              {' — '}
              <span id={`${at}-${o.kind}`} className="share-download-what">{o.what}</span>
            </li>
          ))}
        </ul>
      </section>
    );
  };
  return (
    <>
      {set(false, 'Download the whole story')}
      {keyCount > 0 && set(true, `Download the key events only (${keyCount})`)}
      {/* TimelineJS and calendars need a year: what a year-less story's files leave out is said before they are
          fetched (mn03's TimelineJS file held 1 of its 25 events, saying so only inside the file). */}
      {yearless > 0 && yearless < total && (
        <p className="share-download-what">
          {yearless} {yearless === 1 ? 'event' : 'events'} whose year no article states {yearless === 1 ? 'is' : 'are'} in the CSV only: TimelineJS and calendars need a year.
        </p>
      )}
    </>
  );
}

/**
 * A plain click downloads the file with its links made absolute on this page's address (absoluteLinks.ts);
 * should the fetch fail, the link is followed as built.
 */
function downloadAbsolute(e: MouseEvent<HTMLAnchorElement>, kind: StoryExportKind, root: string): void {
  if (!isPlainClick(e)) return;
  e.preventDefault();
  const link = e.currentTarget;
  const { href, download } = link;
  void fetch(href)
    // Decoded keeping a byte-order mark: the CSV's tells spreadsheets it is UTF-8 (text() would drop it).
    .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(String(r.status)))))
    .then((bytes) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes))
    .then((body) => {
      const url = URL.createObjectURL(new Blob([absoluteLinks(body, kind, root, window.location.origin)], { type: STORY_EXPORTS[kind].contentType }));
      const a = document.createElement('a');
      a.href = url;
      a.download = download;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    })
    .catch(() => { window.location.assign(href); });
}
