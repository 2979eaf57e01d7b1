import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { isPlainClick, useHref, useTimeline, useTimelineStoreApi } from '../../store/context.ts';
import { selectFilters, selectItems, selectK, selectMissing, selectSelectedId, selectShownDated, selectWidth } from '../../store/selectors.ts';
import { rangeFrame, rangeOf } from '../../store/dateRange.ts';
import { layoutLanes, spreadSameDay, visible, type Layout } from '../../timeline/lanes.ts';
import { createPanZoom, frameShares, type PanZoom } from '../../timeline/panZoom.ts';
import { distinctDated, yearlessFrame } from '../../timeline/yearlessFrame.ts';
import { axisTicks, baseLinear, breakTicks, edgeClear, baseScale, maxZoom, narrowestSpan, paddedDomain } from '../../timeline/scale.ts';
import { storyPeriod } from '../../timeline/period.ts';
import { isRange } from '../../timeline/dates.ts';
import { Axis } from './Axis.tsx';
import { ClusterList } from './ClusterList.tsx';
import { ClusterMark } from './ClusterMark.tsx';
import { clusterView } from './clusterView.ts';
import { byPlace } from './axisOrder.ts';
import { DensityStrip } from './DensityStrip.tsx';
import { stripSpan } from './densityBox.ts';
import { EventMark } from './EventMark.tsx';
import { CLUSTER_ROW, labelMaxFor, labelWidthFor, laneCount, timelineHeight } from './layout.ts';
import { handleTimelineKey } from './useTimelineKeys.ts';
import { useFollowRange } from './useFollowRange.ts';
import { padFrame, useFindMatches } from './useFindMatches.ts';
import { ViewStatus } from './ViewStatus.tsx';

/* The density strip spans the story's own period (or the days of a date range) as the view frames it (densityBox.ts stripSpan); far recalls sit at its ends. */

/**
 * The density strip's words for a time ("23 Feb 2017"), as toLocaleDateString('en-GB', ...) gives them but
 * with one formatter each: that call builds a new one every time, three times a zoom frame (2 ms of it).
 */
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** How long the view must rest before the marks are redrawn exactly (sticky labels, the room for panning). */
const SETTLE_MS = 100;

/**
 * The time axis: events in lanes, clusters where they crowd, ticks that follow the zoom. d3 does the math
 * (timeline/); this component only draws what is on screen, so 10,000 events cost what 50 do.
 *
 * Zooming redraws every frame (positions scale, labels do not). Panning does not: marks and ticks sit in
 * one layer drawn half a screen wider on each side (`reach`) and moved by a CSS transform, a compositor-only
 * change; React redraws when the pan has used up half of that room, and once the view rests. While zooming
 * nothing is drawn off screen, so each zoom frame stays small.
 */
export function Timeline({ onOpenDetails, maxLanes = Infinity }: { onOpenDetails: () => void; /** Fewer lanes in a short embed. */ maxLanes?: number }) {
  const store = useTimelineStoreApi();
  const all = useTimeline(selectItems);
  const shown = useTimeline(selectShownDated);
  const selectedId = useTimeline(selectSelectedId);
  const missing = useTimeline(selectMissing);
  const width = useTimeline(selectWidth);
  const k = useTimeline(selectK);
  // What the DOM shows: drawn at pan x, zoom k, with `reach` px of room beyond each side of the screen.
  // `framed`: whether that drawing had framed the view (had its marks placed).
  const drawn = useRef<{ x: number; k: number; reach: number; framed: boolean } | null>(null);
  const layer = useRef<HTMLDivElement>(null);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  // Redraw when a pan has used up half of the room drawn for it (zoom redraws through selectK).
  useTimeline((s) => {
    const d = drawn.current;
    return !d || Math.abs(s.x - d.x) * 2 > d.reach ? s.x : d.x;
  });
  const tx = store.getState().x;
  // The framing of the first view (before its first paint) is no zoom gesture: the first view is drawn at rest,
  // with its room for panning, as a settled view is.
  const zooming = drawn.current !== null && drawn.current.framed && drawn.current.k !== k;
  const href = useHref();
  const viewport = useRef<HTMLDivElement>(null);
  const panZoom = useRef<PanZoom | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  // The events of a "+N" that zooming cannot spread, listed under the axis (by their ids: the shown list may change).
  const [listed, setListed] = useState<string[] | null>(null);

  // The marks are placed only once the view is measured and framed (the story's period, or a deep link's
  // event): placing 100,000 events at a guessed width and zoom, to place them again before the first
  // paint, would double the first render's work.
  const [framedView, setFramedView] = useState(false);
  const lanes = Math.min(laneCount(width), maxLanes);
  const labelWidth = labelWidthFor(width); // wider on a wide axis (layout.ts)
  const height = timelineHeight(lanes);
  const domain = useMemo(() => {
    // Items are dated first: the dated ones are a prefix, read in place, in one pass.
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < all.length; i++) {
      const item = all[i]!;
      if (!item.dated) break;
      if (item.start < lo) lo = item.start;
      if (item.end > hi) hi = item.end;
    }
    return lo <= hi ? paddedDomain([lo], [hi]) : null;
  }, [all]);
  // The story's own period frames the first view; far recalls stay on the axis, reachable by zooming out.
  const period = useMemo(() => storyPeriod(all), [all]);
  // A story dated to days at best never zooms into hours (and never shows hour ticks).
  const narrowest = useMemo(() => narrowestSpan(all.some((i) => i.dated && i.event.date.granularity === 'time')), [all]);
  const daysOnly = narrowest > 86_400_000;
  // Days whose year the texts never state sit after every real year the story recalls (yearlessFrame.ts):
  // ticks from there on print no year, while a real year ("founded in 1974") keeps its own.
  const frame = useMemo(() => yearlessFrame(distinctDated(all)), [all]);
  const yearless = frame?.hidesYear ?? false;
  // The last event's label needs room right of its date: the scale ends short of the right edge.
  const scale = useMemo(() => (domain ? baseScale(domain, Math.max(width / 2, width - labelWidth)) : null), [domain, width, labelWidth]);
  const base = useMemo(() => {
    const n = framedView ? shown.length : 0;
    const b0 = new Float64Array(n);
    const b1 = new Float64Array(n);
    const group = new Int32Array(n);
    // The same positions as `scale`, without its Date conversions on every event's date.
    const linear = domain ? baseLinear(domain, Math.max(width / 2, width - labelWidth)) : null;
    if (linear && n) spreadSameDay(shown, linear, b0, b1, group);
    return { b0, b1, group, linear };
  }, [shown, domain, width, labelWidth, framedView]);
  const pinned = useMemo(() => (selectedId ? shown.findIndex((i) => i.event.id === selectedId) : -1), [shown, selectedId]);
  // Until framed, `base` is empty: nothing is placed or pinned.
  const placedPin = framedView ? pinned : -1;
  // Where events crowd, the story's most important take the lanes (semantic zoom: zooming in gives the next
  // ranks room); a story without ranks keeps the first in time.
  const priority = useMemo(() => {
    if (!framedView || !shown.some((i) => i.event.rank !== undefined)) return undefined;
    const p = new Float64Array(shown.length);
    shown.forEach((i, n) => { p[n] = i.event.rank ?? Number.MAX_SAFE_INTEGER; });
    return p;
  }, [shown, framedView]);
  // Placing 10,000 events anew is most of a zoom frame's script: while a zoom gesture goes on, a layout made
  // at a zoom within 20% of this one is stretched instead (see visible()); once the view rests, it is exact.
  const made = useRef<{ layout: Layout; k: number; base: typeof base; lanes: number; pinned: number; priority: Float64Array | undefined } | null>(null);
  let layout: Layout;
  let stretch = 1;
  const last = made.current;
  if (zooming && last && last.base === base && last.lanes === lanes && last.pinned === placedPin && last.priority === priority && Math.abs(Math.log(k / last.k)) < Math.log(1.2)) {
    layout = last.layout;
    stretch = k / last.k;
  } else if (last && last.base === base && last.lanes === lanes && last.pinned === placedPin && last.priority === priority && last.k === k) {
    layout = last.layout;
  } else {
    layout = layoutLanes(base.b0, base.b1, k, { lanes, labelWidth, labelMax: labelMaxFor(labelWidth), gap: 6, clusterGap: 28, clusterWidth: 90, pinned: placedPin, priority, group: base.group });
    made.current = { layout, k, base, lanes, pinned: placedPin, priority };
  }
  const reach = zooming ? 0 : Math.round(width / 2);
  const onScreen = visible(layout, tx + reach, width + 2 * reach, stretch);
  const ticks = useMemo(() => {
    if (!scale) return [];
    const view = scale.copy().domain([scale.invert((-tx - reach) / k), scale.invert((width + reach - tx) / k)]).range([-reach, width + reach]);
    return edgeClear(breakTicks(axisTicks(view, width + 2 * reach, 0, yearless, daysOnly), view, frame?.gap ?? null), width);
  }, [scale, k, tx, width, reach, yearless, daysOnly, frame]);

  // The layer is back at rest after each render; between renders a pan only moves it.
  useLayoutEffect(() => {
    drawn.current = { x: tx, k, reach, framed: framedView };
    if (layer.current) layer.current.style.transform = '';
  });
  useEffect(() => {
    let timer = 0;
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.x === prev.x && s.k === prev.k) return;
      const d = drawn.current;
      if (layer.current && d) layer.current.style.transform = s.x === d.x ? '' : `translate3d(${s.x - d.x}px, 0, 0)`;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const now = store.getState();
        if (drawn.current && (now.x !== drawn.current.x || drawn.current.reach === 0)) redraw();
      }, SETTLE_MS);
    });
    return () => { unsubscribe(); window.clearTimeout(timer); };
  }, [store]);

  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const pz = createPanZoom(el, (nk, nx) => store.getState().setTransform(nk, nx));
    panZoom.current = pz;
    const ro = new ResizeObserver(([entry]) => store.getState().setWidth(Math.round(entry!.contentRect.width)));
    ro.observe(el);
    store.getState().setWidth(Math.round(el.getBoundingClientRect().width));
    // Render again now, at the measured width, so that the view is framed and its marks placed before the
    // first paint: this component's store subscriptions start only in passive effects (after a paint
    // without marks), too late to hear of the width.
    redraw();
    return () => { ro.disconnect(); pz.destroy(); panZoom.current = null; };
  }, [store, domain]);

  // Layout effects, like the framing below: the first view is framed and its marks placed before the
  // browser first paints the story (a passive effect would paint it once without marks, then again).
  useLayoutEffect(() => {
    if (domain) panZoom.current?.update(width, height, maxZoom(domain, narrowest));
  }, [width, height, domain, narrowest]);

  // Keep the selected event on screen (deep links, list clicks, keys), then hand it focus if asked.
  // A deep link opens zoomed to about two weeks around its event; later selections only pan.
  const framed = useRef(false);
  // The period fills most of the width; when it is (nearly) every date anyway, zoom 1 shows it.
  const framesPeriod = !!(period && domain && period[1] - period[0] < 0.6 * (domain[1] - domain[0]));
  const showPeriod = useCallback(() => {
    if (framesPeriod && scale && period) panZoom.current?.zoomTo(scale(period[0]), scale(period[1]), labelWidth);
    else panZoom.current?.reset();
  }, [framesPeriod, scale, period, labelWidth]);
  // The days of a date range frame the view (the address's at first, then each one set): From 1 To 3 February
  // had left Egypt's three weeks on screen, its 339 events in two "+N" at one edge.
  const { from, to, q, source, actor, key } = useTimeline(selectFilters);
  const rangeSpan = useMemo(() => rangeFrame(rangeOf({ from, to }), period, domain), [from, to, period, domain]);
  const showSpan = useCallback((span: readonly [number, number] | null) => {
    if (span && scale) panZoom.current?.zoomTo(scale(span[0]), scale(span[1]), labelWidth);
    else showPeriod();
  }, [scale, showPeriod, labelWidth]);
  // An event is revealed by its part within the days asked for: "2011", reached by Home in From 1 To 3
  // February, had zoomed the axis out to the whole year, and there it stayed.
  const revealPin = useCallback((n: number) => {
    const [c0, c1] = rangeSpan && scale ? [scale(rangeSpan[0]), scale(rangeSpan[1])] : [-Infinity, Infinity];
    const x0 = Math.max(base.b0[n]!, c0);
    panZoom.current?.reveal(x0, Math.max(x0, Math.min(base.b1[n]!, c1)));
  }, [rangeSpan, scale, base]);
  // An open event the new range keeps (or every event, the range cleared) stays in view.
  const followSpan = useCallback((span: readonly [number, number] | null) => {
    showSpan(span);
    if (placedPin >= 0) revealPin(placedPin);
  }, [showSpan, placedPin, revealPin]);
  useFollowRange(rangeSpan, framedView, followSpan);
  useLayoutEffect(() => {
    if (framed.current || pinned >= 0 || !scale || width < 50) return;
    // The first commit's effects still see the store's default width: frame once the measured one is in.
    if (Math.abs(width - (viewport.current?.getBoundingClientRect().width ?? 0)) > 1) return;
    framed.current = true;
    showSpan(rangeSpan);
    setFramedView(true);
  }, [pinned, scale, width, showSpan, rangeSpan]);
  useLayoutEffect(() => {
    if (pinned < 0 || !scale || width < 50) return;
    const item = shown[pinned]!;
    if (!framed.current) {
      // As above: frame the event at the measured width, not the store's default (an embed 400 px wide,
      // opened on an event, had shown seven weeks with the event at its right edge).
      if (Math.abs(width - (viewport.current?.getBoundingClientRect().width ?? 0)) > 1) return;
      framed.current = true;
      const [f0, f1] = padFrame(item.start, item.end);
      panZoom.current?.zoomTo(scale(f0), scale(f1));
      setFramedView(true);
    } else if (framedView) revealPin(pinned);
  }, [pinned, scale, shown, width, framedView, revealPin]);
  // Zooming keeps the selected event where it is (it had been pushed off screen by a zoom about the centre).
  useLayoutEffect(() => {
    const item = placedPin >= 0 ? shown[placedPin] : undefined;
    // A day keeps its own place (its mark may sit anywhere in a shared day); a range keeps its part in view.
    panZoom.current?.setAnchor(item ? base.b0[placedPin]! : null, item && isRange(item.event.date.granularity) ? base.b1[placedPin]! : undefined);
  }, [placedPin, base, shown]);
  useEffect(() => {
    if (!focusId) return;
    const el = viewport.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(focusId)}"]`);
    if (el) { el.focus(); setFocusId(null); }
  });

  const onSelect = useCallback((id: string, e: React.MouseEvent) => {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    store.getState().select(id);
  }, [store]);
  const atFinest = !!domain && k >= maxZoom(domain, narrowest) * 0.95;
  const onOpenCluster = useCallback((indices: number[]) => {
    const pz = panZoom.current;
    if (!pz || !scale || !domain) return;
    const items = indices.map((i) => shown[i]!);
    // Where the events begin, not where a month or a week among them ends: "26 April to May 2009" had asked
    // for the view it already showed, and the "+980" did nothing however often it was pressed.
    const x0 = scale(items[0]!.start);
    const x1 = scale(Math.max(...items.map((i) => i.start + Math.min(i.end - i.start, 86_400_000))));
    // At the finest zoom a crowd cannot spread any further (270 events on one H1N1 day): list them instead.
    if (atFinest) setListed(items.map((i) => i.event.id));
    else {
      // Always a step in (at least 1.6x, as the Zoom in button), centred on the events.
      const most = (width * 0.7) / (k * 1.6);
      const mid = (x0 + x1) / 2;
      const half = Math.min(Math.max(x1 - x0, 1e-3), most) / 2;
      pz.zoomTo(mid - half, mid + half); // d3-zoom caps it at the largest zoom
      // The "+N" is gone once its events spread: a keyboard user stays on the axis, not on the page's body.
      if (document.activeElement?.closest('.cluster')) viewport.current?.focus({ preventScroll: true });
    }
  }, [scale, domain, store, shown, atFinest, width, k]);

  const selectAndFocus = (id: string) => { store.getState().select(id); setFocusId(id); };
  const viewAt = (x: number, zoom: number): [number, number] => (scale ? [scale.invert(-x / zoom).getTime(), scale.invert((width - x) / zoom).getTime()] : [0, 0]);
  const listedItems = useMemo(() => {
    if (!listed) return null;
    const ids = new Set(listed);
    const items = shown.filter((i) => ids.has(i.event.id));
    return items.length ? items : null;
  }, [listed, shown]);
  const count = shown.length;
  const dayAt = (i: number) => (base.group[i]! >= 0 && base.linear ? base.linear(shown[i]!.start) * k : undefined);
  const dayLabel = useCallback((t: number) => (!Number.isFinite(t) ? '' : (yearless && yearless(new Date(t).getUTCFullYear()) ? DAY_MONTH : DAY_MONTH_YEAR).format(t)), [yearless]);
  // Filters that leave no event in view take the view to those they leave, framed as a deep link's event.
  useFindMatches(shown, !!(q.trim() || source || actor || key), framedView, pinned >= 0, () => viewAt(store.getState().x, store.getState().k), (lo, hi) => { const [f0, f1] = padFrame(lo, hi); if (scale) panZoom.current?.zoomTo(scale(f0), scale(f1)); });
  if (!domain) {
    return (
      <section className="timeline timeline--empty" aria-label="Timeline">
        <h2 className="visually-hidden">Timeline</h2>
        <p className="timeline-hint">No dated events in this story yet, so there is nothing to place on the time axis. The articles can still be read.</p>
        {missing && <p className="timeline-message" role="alert">This story has no event “{selectedId}”.</p>}
      </section>
    );
  }
  return (
    <section
      className="timeline"
      aria-label="Timeline"
      onKeyDown={(e) => handleTimelineKey(e, { store, panZoom: () => panZoom.current, selectAndFocus, openDetails: onOpenDetails, view: () => viewAt(store.getState().x, store.getState().k) })}
    >
      {/* Heading navigation had gone from the story's title to "Events", past the timeline. */}
      <h2 className="visually-hidden">Timeline</h2>
      <div className="timeline-toolbar">
        <p className="timeline-hint" id="timeline-hint">
          {count ? `${count} dated ${count === 1 ? 'event' : 'events'}` : 'No events match the filters'}
          {count > 0 && <span className="timeline-keys">. Drag or scroll to move; ← → step, + − zoom.</span>}
        </p>
        <div className="timeline-buttons" role="group" aria-label="Zoom">
          {/* At a limit the button says so (aria-disabled, not disabled: a keyboard user pressing it keeps focus). */}
          <button type="button" onClick={() => panZoom.current?.scaleBy(1 / 1.6)} aria-label="Zoom out" aria-disabled={k <= 1.001 || undefined}>−</button>
          <button type="button" onClick={() => panZoom.current?.scaleBy(1.6)} aria-label="Zoom in" aria-disabled={(domain !== null && k >= maxZoom(domain, narrowest) * 0.999) || undefined}>+</button>
          <button type="button" onClick={showPeriod} title="The story's own period">Whole story</button>
          {framesPeriod && <button type="button" onClick={() => panZoom.current?.reset()} title="Every date the articles mention, background included">All dates</button>}
        </div>
      </div>
      {missing && (
        <p className="timeline-message" role="alert">
          This story has no event “{selectedId}”. It may have been renamed when the story was rebuilt.{' '}
          <a href={href({ eventId: null, reader: null })} onClick={(e) => { if (isPlainClick(e)) { e.preventDefault(); store.getState().select(null); } }}>Show the whole story</a>
        </p>
      )}
      <div
        ref={viewport}
        className="timeline-viewport"
        style={{ height }}
        tabIndex={0}
        aria-describedby="timeline-hint"
        aria-label="Time axis"
        role="group"
      >
        <div className="timeline-layer" ref={layer}>
        <Axis ticks={ticks} height={height} />
        <div className="timeline-lanes" style={{ height: height - CLUSTER_ROW }}>
          {byPlace(onScreen.placed.map((p) => {
            const item = shown[p.index]!;
            // An event that shares its day with others has a slot of the day for its label; its mark is the day.
            const shared = base.group[p.index]! >= 0 && base.linear !== null;
            // A shared day's marks are in its lanes' order, top to bottom, then its "+N" (axisOrder.ts).
            return [shared ? base.linear!(item.start) * k : p.x0, p.lane, (
              <EventMark
                key={item.event.id}
                item={item}
                lane={p.lane}
                left={p.x0 + tx}
                right={p.x1 + tx}
                dayLeft={shared ? base.linear!(item.start) * k + tx : undefined}
                dayRight={shared ? base.linear!(item.end) * k + tx : undefined}
                width={width}
                labelRoom={labelWidth}
                freeRoom={p.room}
                reach={reach}
                offscreen={p.x0 + tx + p.w < 0 || p.x0 + tx > width}
                selected={item.event.id === selectedId}
                href={href({ eventId: item.event.id, reader: null })}
                onSelect={onSelect}
              />
            )] as const;
          }), onScreen.clusters.map((c) => [dayAt(c.indices[0]!) ?? c.x0, Infinity, (
            <ClusterMark key={`${c.indices[0]}-${c.indices.length}`} indices={c.indices} shown={shown} {...clusterView(c.left + tx, c.right + tx, width, c.indices.length)} lanes={lanes} onOpen={onOpenCluster} lists={atFinest} offscreen={c.x1 + tx + 40 < 0 || c.x0 + tx - 40 > width} expanded={listed ? listed.includes(shown[c.indices[0]!]!.event.id) : undefined} />
          )] as const))}
        </div>
        </div>
      </div>
      {scale && domain && (
        <DensityStrip
          items={shown}
          domain={rangeSpan ? stripSpan(rangeSpan, frameShares(width, labelWidth)) : framesPeriod && period ? stripSpan(period, frameShares(width, labelWidth)) : domain}
          viewAt={viewAt}
          onJump={(t) => panZoom.current?.centerOn(scale(t))}
          label={dayLabel}
        />
      )}
      <ViewStatus scale={scale} label={dayLabel} />
      {listedItems && (
        <ClusterList
          items={listedItems}
          hrefOf={(id) => href({ eventId: id, reader: null })}
          onPick={(id) => { viewport.current?.querySelector<HTMLElement>('.cluster[aria-expanded="true"]')?.focus({ preventScroll: true }); setListed(null); selectAndFocus(id); }}
          onClose={() => {
            // Focus goes back to the "+N" that opened the list, where it still is; else to the axis.
            const chip = viewport.current?.querySelector<HTMLElement>('.cluster[aria-expanded="true"]');
            setListed(null);
            (chip?.isConnected ? chip : viewport.current)?.focus();
          }}
        />
      )}
    </section>
  );
}
