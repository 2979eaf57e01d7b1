import { dateWords } from '../../timeline/dates.ts';
import type { Item } from '../../store/items.ts';
import { LANE_HEIGHT, TOP_PAD } from './layout.ts';

type Props = {
  /** Screen x of the room its button is drawn in (lanes.ts drawnRoom: never over a neighbour's). */
  indices: number[]; shown: Item[]; left: number; right: number; lanes: number; onOpen: (indices: number[]) => void;
  /** The part of the room off screen, and whether the count fits in the rest (clusterView.ts). */
  padLeft?: number; padRight?: number; whole?: boolean;
  /** Its count shows whole on screen: else it is left out of the Tab order (clusterView.ts). */
  shows?: boolean;
  /** Its events are listed under the axis (ClusterList). */
  expanded?: boolean;
  /** Off screen, in the room drawn for panning: hidden from assistive technology and the tab order. */
  offscreen: boolean;
  /** At the finest zoom: activating it lists the events; else it zooms into their stretch. */
  lists?: boolean;
};

/**
 * Events that did not fit in a lane, as one count; activating it zooms into their stretch, or, at the finest
 * zoom where they cannot spread further, lists them under the axis (ClusterList).
 */
export function ClusterMark({ indices, shown, left, right, lanes, onOpen, offscreen, expanded, lists = false, padLeft = 0, padRight = 0, whole = true, shows = true }: Props) {
  // Only the ends are looked up: a cluster at the whole-story zoom may hold thousands of events.
  const first = shown[indices[0]!]!;
  const last = shown[indices[indices.length - 1]!]!;
  const count = indices.length;
  // Its ends as their marks say them ("about 8 March 2016" where unsure).
  const [a, b] = [dateWords(first.dateLabel, first.event.date), dateWords(last.dateLabel, last.event.date)];
  const span = a === b ? a : `${a} to ${b}`;
  return (
    <button
      type="button"
      className="cluster"
      style={{ transform: `translate(${left}px, ${TOP_PAD + lanes * LANE_HEIGHT + 2}px)`, width: right - left, ...(padLeft || padRight ? { paddingLeft: padLeft, paddingRight: padRight } : {}) }}
      onClick={() => onOpen(indices)}
      // The name says what activating it does: a "+339" at the opening zoom zooms into its weeks, where more
      // "+N" may wait, rather than "showing" 339 events (the Timeline17 review).
      aria-label={`${count} more ${count === 1 ? 'event' : 'events'}, ${span}: ${lists ? 'list them' : 'zoom to them'}`}
      aria-hidden={offscreen || undefined}
      aria-expanded={expanded}
      // A sliver at an edge keeps its name; the arrow keys, zooming and the list still reach its events.
      tabIndex={offscreen || !shows ? -1 : undefined}
      title={`${count} more: ${indices.slice(0, 5).map((i) => shown[i]!.event.title).join('; ')}${count > 5 ? '…' : ''}`}
    >
      {whole ? `+${count}` : '+'}
    </button>
  );
}
