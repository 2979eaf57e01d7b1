import type { Tick } from '../../timeline/scale.ts';

/** The tick labels' row at the axis's foot (0.75rem text 6 px above the bottom), which a grid line under another's label stops above. */
const LABEL_ROW = 24;

/** Tick labels along the bottom and faint grid lines across the lanes. Decorative for screen readers. */
export function Axis({ ticks, height }: { ticks: Tick[]; height: number }) {
  return (
    <div className="axis" aria-hidden="true">
      {ticks.map((t) => (
        <div key={t.time} className={t.brk ? 'tick tick--break' : t.major ? 'tick tick--major' : 'tick'} style={{ transform: `translateX(${t.x}px)`, height: t.under ? height - LABEL_ROW : height }}>
          <span className="tick-label">{t.label}</span>
        </div>
      ))}
    </div>
  );
}
