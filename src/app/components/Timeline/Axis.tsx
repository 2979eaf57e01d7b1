import type { Tick } from '../../timeline/scale.ts';

/** Tick labels along the bottom and faint grid lines across the lanes. Decorative for screen readers. */
export function Axis({ ticks, height }: { ticks: Tick[]; height: number }) {
  return (
    <div className="axis" aria-hidden="true">
      {ticks.map((t) => (
        <div key={t.time} className={t.brk ? 'tick tick--break' : t.major ? 'tick tick--major' : 'tick'} style={{ transform: `translateX(${t.x}px)`, height }}>
          <span className="tick-label">{t.label}</span>
        </div>
      ))}
    </div>
  );
}
