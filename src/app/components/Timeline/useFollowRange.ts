import { useEffect, useRef } from 'react';

/** How long the range must stay the same before the view follows it (a date input reports each digit). */
export const FOLLOW_MS = 400;

/**
 * The timeline follows the date range (dateRange.ts rangeFrame): a range set, changed, or brought back by
 * Back or Forward frames its days once it has stayed the same for FOLLOW_MS (a year typed digit by digit
 * passes through 0002, 0020 and 0201, which must not each move the view), and a range cleared frames the
 * story's period again (`frame(null)`). The first view is framed by the timeline itself (the range of the
 * address, else the period, else a deep link's event): this hook only follows changes after it.
 */
export function useFollowRange(span: readonly [number, number] | null, framed: boolean, frame: (span: readonly [number, number] | null) => void): void {
  const key = span ? `${span[0]}:${span[1]}` : '';
  const followed = useRef<string | null>(null);
  const latest = useRef({ span, frame });
  useEffect(() => { latest.current = { span, frame }; });
  useEffect(() => {
    if (!framed) return;
    if (followed.current === null) { followed.current = key; return; }
    if (followed.current === key) return;
    const timer = window.setTimeout(() => {
      followed.current = key;
      latest.current.frame(latest.current.span);
    }, FOLLOW_MS);
    return () => window.clearTimeout(timer);
  }, [key, framed]);
}
