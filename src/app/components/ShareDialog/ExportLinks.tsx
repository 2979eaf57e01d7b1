import { useId } from 'react';
import { STORY_EXPORTS, storyExportPath, type StoryExportKind } from '../../../schema/exports.ts';

/** How each export is offered: the link's accessible name and what the file is for. */
const OFFERS: { kind: StoryExportKind; label: string; what: string }[] = [
  { kind: 'timelinejs', label: 'Download TimelineJS JSON', what: 'opens in TimelineJS' },
  { kind: 'csv', label: 'Download CSV', what: 'one row per event, for spreadsheets' },
  { kind: 'ics', label: 'Download iCalendar (.ics)', what: 'the events in a calendar app' },
];

/**
 * The story's exports, written by the build beside its JSON (data/stories/<id>.timeline.json, .csv, .ics):
 * plain links, so they work without JavaScript's help, by keyboard, and with "save link as". They are the
 * whole story's, whichever event the dialog shares.
 */
export function ExportLinks({ storyId, base, yearless = 0 }: { storyId: string; base: string; yearless?: number }) {
  const id = useId();
  return (
    <section className="share-field" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="share-label">Download the whole story</h3>
      <ul className="share-downloads">
        {OFFERS.map((o) => (
          <li key={o.kind}>
            <a href={`${base}${storyExportPath(storyId, o.kind)}`} download={`${storyId}${STORY_EXPORTS[o.kind].suffix}`} aria-describedby={`${id}-${o.kind}`}>
              {o.label}
            </a>
            {' — '}
            <span id={`${id}-${o.kind}`} className="share-download-what">{o.what}</span>
          </li>
        ))}
      </ul>
      {/* TimelineJS and calendars need a year: what a year-less story's files leave out is said before they are
          fetched (mn03's TimelineJS file held 1 of its 25 events, saying so only inside the file). */}
      {yearless > 0 && (
        <p className="share-download-what">
          {yearless} {yearless === 1 ? 'event' : 'events'} whose year no article states {yearless === 1 ? 'is' : 'are'} in the CSV only: TimelineJS and calendars need a year.
        </p>
      )}
    </section>
  );
}
