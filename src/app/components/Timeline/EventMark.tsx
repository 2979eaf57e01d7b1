import { memo } from 'react';
import type { Item } from '../../store/items.ts';
import { axisDate, dateWords, isAbout, isRange } from '../../timeline/dates.ts';
import { LANE_HEIGHT, TOP_PAD } from './layout.ts';
import { dateWidth, openingFits } from './labelFont.ts';

/**
 * The narrowest room a label is drawn in at the screen's edges: a word of a title and an ellipsis. At 56 px
 * a long word did not fit and broke without a hyphen ("Geithn / er…", "Treasu / ry…", the Timeline17 review).
 */
const MIN_LABEL = 84;

type Props = {
  item: Item;
  lane: number;
  /** Screen x of the start and end of the event's range (for an event that shares its day, its slot). */
  left: number;
  right: number;
  /**
   * Screen x of the start and end of the day, for an event that shares its day with others: its label sits
   * in a slot of the day (room, not a time of day), and its mark spans the whole day.
   */
  dayLeft?: number;
  dayRight?: number;
  /** Width of the screen, and the room drawn beyond each side of it for panning: a range is drawn only
   * there (a year at hour zoom is 100,000 px). */
  width: number;
  /** A label's whole room, its padding included (layout.ts labelWidthFor: wider on a wide axis). */
  labelRoom: number;
  /**
   * The room its lane leaves free up to the next label there (lanes.ts freeRoom, at least labelRoom): a label
   * on screen is drawn in it, so a title shows whole where nothing follows it. One cut at the screen's left
   * edge keeps labelRoom: an event further before the view does not take the edge's label.
   */
  freeRoom?: number;
  reach: number;
  /** Off screen, in the room drawn for panning: hidden from assistive technology and the tab order. */
  offscreen: boolean;
  selected: boolean;
  href: string;
  onSelect: (id: string, e: React.MouseEvent) => void;
};

/**
 * One event on the axis: a link named by its title and date. A day is a dot; a week, month or longer is a
 * hatched bar over its whole range, so precision is visible; a date no sentence of the event says (taken
 * from the sentences around it) is drawn hollow, and the details call it "day from context". The label sticks to the left edge of the
 * screen while the range is still in view (as of the last render: during a pan it moves with the layer).
 */
export const EventMark = memo(function EventMark({ item, lane, left, right, dayLeft, dayRight, width, labelRoom, freeRoom = labelRoom, reach, offscreen, selected, href, onSelect }: Props) {
  const { event } = item;
  const natural = Math.max(left, Math.min(0, right - labelRoom));
  // A label the screen's left edge cuts would show the end of its date ("9 June" for 29 June) and of its
  // title ("nday 12 April 2009"): it starts at the edge instead, in the room left of its lane's share, and
  // where that room is too small for a word, no label is drawn (the lane is its event's until then).
  const cut = natural < 0;
  const labelLeft = cut ? 0 : natural;
  // The right edge likewise: a label it would cut ends there, its title closed with "…" ("Egypt's Hosni Mu"
  // had shown), or is not drawn where no word fits.
  const room = labelLeft < width ? width - labelLeft : Infinity;
  // A day wide enough to hold its labels side by side keeps them: grown past its end, a label of its slots ran
  // on into the next day's on the same line ("…Hisham Kandil had appeared… The violence "seems…", mn07 at 1920).
  const shared = dayLeft !== undefined && dayRight !== undefined;
  const grown = Math.min(Math.max(labelRoom, freeRoom), shared && dayRight - dayLeft >= labelRoom ? Math.max(labelRoom, dayRight - left) : Infinity);
  const labelWidth = Math.min(cut ? Math.max(0, natural + labelRoom - 10) : grown - 10, room);
  const range = isRange(event.date.granularity);
  // The label's own text room (its padding is 16 px): one narrowed at an edge says "11 Sep 2004".
  const words = dateWords(item.dateLabel, event.date);
  const dateMeasure = dateWidth(range || event.date.source === 'inferred');
  const shownDate = axisDate(words, labelWidth - 16, dateMeasure);
  // Narrowed, it also needs room for its title's first two words (labelFont.ts openingFits), and for its
  // date whole, however shortened: a 600 px embed's right edge had shown "about 8 Ma…" for about 8 March 2016
  // (mn10, review 25), the month and the year left to guess.
  const tooNarrow = (cut || room < labelRoom - 10)
    && (labelWidth < MIN_LABEL || !openingFits(event.title, labelWidth - 16) || (dateMeasure(shownDate) ?? 0) > labelWidth - 16);
  const [spanLeft, spanRight] = shared ? [dayLeft, dayRight] : [left, right];
  const date = axisDate(words);
  const fromContext = event.date.source === 'inferred' && !isAbout(event.date);
  return (
    <a
      href={href}
      // Named in one piece: the date's block and the hidden ": " had made "14 November 2012 : The armed…".
      aria-label={`${date}${fromContext ? ' (date from context)' : ''}: ${event.title}`}
      className={`mark ${range ? 'mark--range' : 'mark--point'} mark--${event.date.granularity}${tooNarrow ? ' mark--unlabelled' : ''}${shared ? ' mark--shared' : ''}${event.date.source === 'inferred' ? ' mark--context' : ''}`}
      style={{ transform: `translate(${labelLeft}px, ${TOP_PAD + lane * LANE_HEIGHT}px)`, width: labelWidth }}
      aria-current={selected ? 'true' : undefined}
      aria-hidden={offscreen || undefined}
      // A mark with no room for its label at the screen's edge is left out of the Tab order (a focus ring
      // around nothing); it keeps its name, and the arrow keys and the list still reach it.
      tabIndex={offscreen || tooNarrow ? -1 : undefined}
      data-event-id={event.id}
      onClick={(e) => onSelect(event.id, e)}
      draggable={false}
    >
      <span className="mark-span" aria-hidden="true" style={{ left: Math.max(spanLeft, -reach - 8) - labelLeft, width: Math.max(range ? 6 : 0, Math.min(spanRight, width + reach + 8) - Math.max(spanLeft, -reach - 8)) }} />
      <span className="mark-date">{shownDate}</span>
      {/* The hollow mark in words, for a screen reader, is in the name: a date no sentence of the event says. */}
      <span className="mark-sep">: </span>
      <span className="mark-title" title={event.title}>{event.title}</span>
    </a>
  );
});
