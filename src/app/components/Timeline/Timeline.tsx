import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { isPlainClick, useHref, useTimeline, useTimelineStoreApi } from '../../store/context.ts';
import { selectItems, selectK, selectMissing, selectSelectedId, selectShownDated, selectWidth, selectX } from '../../store/selectors.ts';
import { layoutLanes, spreadSameDay, visible } from '../../timeline/lanes.ts';
import { createPanZoom, type PanZoom } from '../../timeline/panZoom.ts';
import { axisTicks, baseScale, maxZoom, paddedDomain } from '../../timeline/scale.ts';
import { Axis } from './Axis.tsx';
import { ClusterMark } from './ClusterMark.tsx';
import { EventMark } from './EventMark.tsx';
import { CLUSTER_ROW, LABEL_WIDTH, laneCount, timelineHeight } from './layout.ts';
import { handleTimelineKey } from './useTimelineKeys.ts';

/**
 * The time axis: events in lanes, clusters where they crowd, ticks that follow the zoom. d3 does the math
 * (timeline/); this component only draws what is on screen, so 10,000 events cost what 50 do.
 */
export function Timeline({ onOpenDetails }: { onOpenDetails: () => void }) {
  const store = useTimelineStoreApi();
  const all = useTimeline(selectItems);
  const shown = useTimeline(selectShownDated);
  const selectedId = useTimeline(selectSelectedId);
  const missing = useTimeline(selectMissing);
  const width = useTimeline(selectWidth);
  const k = useTimeline(selectK);
  const tx = useTimeline(selectX);
  const href = useHref();
  const viewport = useRef<HTMLDivElement>(null);
  const panZoom = useRef<PanZoom | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);

  const lanes = laneCount(width);
  const height = timelineHeight(lanes);
  const domain = useMemo(() => {
    const dated = all.filter((i) => i.dated);
    return paddedDomain(dated.map((i) => i.start), dated.map((i) => i.end));
  }, [all]);
  // The last event's label needs room right of its date: the scale ends short of the right edge.
  const scale = useMemo(() => (domain ? baseScale(domain, Math.max(width / 2, width - LABEL_WIDTH)) : null), [domain, width]);
  const base = useMemo(() => {
    const b0 = new Float64Array(shown.length);
    const b1 = new Float64Array(shown.length);
    if (scale) spreadSameDay(shown, scale, b0, b1);
    return { b0, b1 };
  }, [shown, scale]);
  const pinned = useMemo(() => (selectedId ? shown.findIndex((i) => i.event.id === selectedId) : -1), [shown, selectedId]);
  const layout = useMemo(
    () => layoutLanes(base.b0, base.b1, k, { lanes, labelWidth: LABEL_WIDTH, gap: 6, clusterGap: 28, clusterWidth: 90, pinned }),
    [base, k, lanes, pinned],
  );
  const onScreen = visible(layout, tx, width);
  const ticks = useMemo(() => {
    if (!scale) return [];
    const view = scale.copy().domain([scale.invert(-tx / k), scale.invert((width - tx) / k)]).range([0, width]);
    return axisTicks(view, width);
  }, [scale, k, tx, width]);

  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const pz = createPanZoom(el, (nk, nx) => store.getState().setTransform(nk, nx));
    panZoom.current = pz;
    const ro = new ResizeObserver(([entry]) => store.getState().setWidth(Math.round(entry!.contentRect.width)));
    ro.observe(el);
    store.getState().setWidth(Math.round(el.getBoundingClientRect().width));
    return () => { ro.disconnect(); pz.destroy(); panZoom.current = null; };
  }, [store, domain]);

  useEffect(() => {
    if (domain) panZoom.current?.update(width, height, maxZoom(domain));
  }, [width, height, domain]);

  // Keep the selected event on screen (deep links, list clicks, keys), then hand it focus if asked.
  // A deep link opens zoomed to about two weeks around its event; later selections only pan.
  const framed = useRef(false);
  useEffect(() => {
    if (pinned < 0 || !scale || width < 50) return;
    const item = shown[pinned]!;
    if (!framed.current) {
      framed.current = true;
      const pad = Math.max(6 * 86_400_000, (item.end - item.start) * 0.3);
      panZoom.current?.zoomTo(scale(item.start - pad), scale(item.end + pad));
    } else panZoom.current?.reveal(base.b0[pinned]!, base.b1[pinned]!);
  }, [pinned, base, scale, shown, width]);
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
  const onOpenCluster = useCallback((indices: number[]) => {
    const pz = panZoom.current;
    if (!pz || !scale || !domain) return;
    const items = indices.map((i) => shown[i]!);
    const x0 = scale(items[0]!.start);
    const x1 = scale(Math.max(...items.map((i) => i.end)));
    if (k >= maxZoom(domain) * 0.95) store.getState().select(items[0]!.event.id);
    else pz.zoomTo(x0, Math.max(x1, x0 + 1e-3)); // d3-zoom caps it at the largest zoom
  }, [scale, domain, k, store, shown]);

  const selectAndFocus = (id: string) => { store.getState().select(id); setFocusId(id); };
  const count = shown.length;
  if (!domain) {
    return (
      <section className="timeline timeline--empty" aria-label="Timeline">
        <p className="timeline-hint">No dated events in this story yet, so there is nothing to place on the time axis. The articles can still be read.</p>
        {missing && <p className="timeline-message" role="alert">This story has no event “{selectedId}”.</p>}
      </section>
    );
  }
  return (
    <section
      className="timeline"
      aria-label="Timeline"
      onKeyDown={(e) => handleTimelineKey(e, { store, panZoom: () => panZoom.current, selectAndFocus, openDetails: onOpenDetails })}
    >
      <div className="timeline-toolbar">
        <p className="timeline-hint" id="timeline-hint">
          {count ? `${count} dated ${count === 1 ? 'event' : 'events'}` : 'No events match the filters'}
          <span className="timeline-keys">. Drag or scroll to move; ← → step, + − zoom.</span>
        </p>
        <div className="timeline-buttons" role="group" aria-label="Zoom">
          <button type="button" onClick={() => panZoom.current?.scaleBy(1 / 1.6)} aria-label="Zoom out">−</button>
          <button type="button" onClick={() => panZoom.current?.scaleBy(1.6)} aria-label="Zoom in">+</button>
          <button type="button" onClick={() => panZoom.current?.reset()}>Whole story</button>
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
        <Axis ticks={ticks} height={height} />
        <div className="timeline-lanes" style={{ height: height - CLUSTER_ROW }}>
          {onScreen.placed.map((p) => {
            const item = shown[p.index]!;
            return (
              <EventMark
                key={item.event.id}
                item={item}
                lane={p.lane}
                left={p.x0 + tx}
                right={p.x1 + tx}
                width={width}
                selected={item.event.id === selectedId}
                href={href({ eventId: item.event.id, reader: null })}
                onSelect={onSelect}
              />
            );
          })}
          {onScreen.clusters.map((c) => (
            <ClusterMark key={`${c.indices[0]}-${c.indices.length}`} indices={c.indices} shown={shown} left={c.x0 + tx} right={c.x1 + tx} lanes={lanes} onOpen={onOpenCluster} />
          ))}
        </div>
      </div>
    </section>
  );
}
