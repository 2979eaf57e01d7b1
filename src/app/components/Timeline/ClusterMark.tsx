import type { Item } from '../../store/items.ts';
import { LANE_HEIGHT, TOP_PAD } from './layout.ts';

type Props = { items: Item[]; left: number; right: number; lanes: number; onOpen: (items: Item[]) => void };

/** Events that did not fit in a lane, as one count; activating it zooms into their stretch. */
export function ClusterMark({ items, left, right, lanes, onOpen }: Props) {
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const span = first.dateLabel === last.dateLabel ? first.dateLabel : `${first.dateLabel} to ${last.dateLabel}`;
  return (
    <button
      type="button"
      className="cluster"
      style={{ transform: `translate(${left - 12}px, ${TOP_PAD + lanes * LANE_HEIGHT + 2}px)`, minWidth: Math.max(28, right - left + 24) }}
      onClick={() => onOpen(items)}
      aria-label={`${items.length} more events, ${span}: show them`}
      title={`${items.length} more: ${items.slice(0, 5).map((i) => i.event.title).join('; ')}${items.length > 5 ? '…' : ''}`}
    >
      +{items.length}
    </button>
  );
}
