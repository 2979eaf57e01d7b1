/**
 * d3-zoom wrapped in a framework-free module (the xyflow XYPanZoom pattern): created once per timeline
 * element, it turns wheel, drag, pinch and double-click into a horizontal transform (k, x) and reports it.
 * Buttons and keys call the same behaviour, so every path obeys the same limits.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

/** The share of the width a span framed by zoomTo fills (the period at the opening view, a date range). */
export const FRAME_FILL = 0.7;

/**
 * The shares of the width left and right of a span zoomTo frames: (1 - FRAME_FILL) / 2 each, or, on the right,
 * the room of one label (`room` px) where that is more, up to a share that leaves the span half the width.
 * With a sixth-and-a-half on the right, a 600 px embed framed its period with 86 px right of the last day, and
 * the period's last events (mn10's 8 March 2016, mn14's 23 March 2018) showed as dots without a label (review 26).
 */
export function frameShares(width: number, room = 0): [number, number] {
  const side = (1 - FRAME_FILL) / 2;
  return [side, Math.min(Math.max(side, width > 0 ? room / width : 0), 1 - side - 0.5)];
}

export type PanZoom = {
  /** Width of the element and the largest zoom factor; call when either changes. */
  update: (width: number, height: number, maxK: number) => void;
  /**
   * Zooms by `factor` about the anchor when it is on screen (the selected event stays where the reader
   * sees it), else about the centre.
   */
  scaleBy: (factor: number) => void;
  /**
   * The base-pixel range zooming keeps still (the selected event's date, a day or a month), or null for the
   * centre: the middle of its part in view (a month half off screen had been zoomed out of view by its start).
   */
  setAnchor: (x0: number | null, x1?: number) => void;
  /** Back to the whole story. */
  reset: () => void;
  /**
   * Pans (keeping the zoom) so that base-pixel range x0..x1 starts in view, centred if it was off screen; a
   * range wider than the view (a year selected among days) is zoomed out to whole, since no pan shows it.
   */
  reveal: (x0: number, x1: number) => void;
  /** Zooms so that base-pixel range x0..x1 fills most of the width, with `room` px at least right of it (frameShares). */
  zoomTo: (x0: number, x1: number, room?: number) => void;
  /** Pans, keeping the zoom, so that base-pixel position x is at the centre. */
  centerOn: (x: number) => void;
  destroy: () => void;
};

export function createPanZoom(el: Element, onChange: (k: number, x: number) => void): PanZoom {
  let width = 1;
  let anchor: [number, number] | null = null;
  const selection = select(el) as Selection<Element, unknown, null, undefined>;
  const behaviour: ZoomBehavior<Element, unknown> = zoom<Element, unknown>()
    // Do not start a drag on buttons' keyboard clicks; wheel, mouse and touch as d3 defaults.
    .filter((event: MouseEvent | WheelEvent | TouchEvent) => (!(event as MouseEvent).ctrlKey || event.type === 'wheel') && !(event as MouseEvent).button)
    .on('zoom', (event: { transform: ZoomTransform }) => onChange(event.transform.k, event.transform.x));
  selection.call(behaviour);
  // A double click on an event button is two selections, not a zoom.
  selection.on('dblclick.zoom', null);

  const current = () => {
    const t = (el as Element & { __zoom?: ZoomTransform }).__zoom ?? zoomIdentity;
    return t;
  };

  const zoomTo = (x0: number, x1: number, room = 0) => {
    const span = Math.max(x1 - x0, 1e-6);
    const [left, right] = frameShares(width, room);
    const k = (width * (1 - left - right)) / span;
    behaviour.transform(selection, zoomIdentity.translate(width * left, 0).scale(k).translate(-x0, 0));
  };

  return {
    update(w, h, maxK) {
      width = w;
      behaviour.extent([[0, 0], [w, h]]).translateExtent([[0, 0], [w, h]]).scaleExtent([1, maxK]);
      behaviour.transform(selection, current()); // re-clamp to the new limits
    },
    scaleBy(factor) {
      const t = current();
      const [a, b] = anchor === null ? [NaN, NaN] : [t.applyX(anchor[0]), t.applyX(anchor[1])];
      // Its start where it is in view (the label stays readable), else the middle of its part in view.
      if (a >= 0 && a <= width) behaviour.scaleBy(selection, factor, [a, 0]);
      else if (b >= 0 && a <= width) behaviour.scaleBy(selection, factor, [(Math.max(a, 0) + Math.min(b, width)) / 2, 0]);
      else behaviour.scaleBy(selection, factor);
    },
    setAnchor(x0, x1) {
      anchor = x0 === null ? null : [x0, x1 ?? x0];
    },
    reset() {
      behaviour.transform(selection, zoomIdentity);
    },
    reveal(x0, x1) {
      const t = current();
      const a = t.applyX(x0);
      const b = t.applyX(x1);
      if (b - a > width) { zoomTo(x0, x1); return; }
      if (a >= 0 && Math.min(b, a + 200) <= width) return;
      behaviour.translateTo(selection, (x0 + Math.min(x1, x0 + 400 / t.k)) / 2, 0);
    },
    zoomTo,
    centerOn(x) {
      behaviour.translateTo(selection, x, 0);
    },
    destroy() {
      selection.on('.zoom', null);
    },
  };
}
