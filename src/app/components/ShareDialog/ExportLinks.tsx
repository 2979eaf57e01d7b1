import { useId } from 'react';
import { storyExportName, storyExportPath, type StoryExportKind } from '../../../schema/exports.ts';

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
export function ExportLinks({ storyId, base, yearless = 0, keyCount = 0 }: { storyId: string; base: string; yearless?: number; keyCount?: number }) {
  const id = useId();
  const set = (keyOnly: boolean, heading: string) => {
    const at = `${id}-${keyOnly ? 'key' : 'all'}`;
    return (
      <section className="share-field" aria-labelledby={`${at}-title`}>
        <h3 id={`${at}-title`} className="share-label">{heading}</h3>
        <ul className="share-downloads">
          {OFFERS.map((o) => (
            <li key={o.kind}>
              {/* Named with its set, so a list of the page's links tells the two apart. */}
              <a href={`${base}${storyExportPath(storyId, o.kind, keyOnly)}`} download={storyExportName(storyId, o.kind, keyOnly)} aria-label={`${o.label}, ${keyOnly ? 'key events only' : 'whole story'}`} aria-describedby={`${at}-${o.kind}`}>
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
      {yearless > 0 && (
        <p className="share-download-what">
          {yearless} {yearless === 1 ? 'event' : 'events'} whose year no article states {yearless === 1 ? 'is' : 'are'} in the CSV only: TimelineJS and calendars need a year.
        </p>
      )}
    </>
  );
}
