import { afterEach, describe, expect, it, vi } from 'vitest';
import { settler } from './settle.ts';

describe('settler: one run per key once its events stop', () => {
  afterEach(() => { vi.useRealTimers(); });
  it('runs once after a burst of events for one key, separately per key', () => {
    vi.useFakeTimers();
    const runs: string[] = [];
    const s = settler(300, (k) => runs.push(k));
    // A story folder copied in: one event per file, a few milliseconds apart.
    for (let i = 0; i < 513; i++) { if (i > 0) vi.advanceTimersByTime(5); s.schedule('/stories/big'); }
    s.schedule('/stories/seed');
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(299);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual(['/stories/big', '/stories/seed']);
    // A later change builds again.
    s.schedule('/stories/seed');
    vi.advanceTimersByTime(300);
    expect(runs).toEqual(['/stories/big', '/stories/seed', '/stories/seed']);
  });
  it('cancel drops what is pending', () => {
    vi.useFakeTimers();
    const runs: string[] = [];
    const s = settler(300, (k) => runs.push(k));
    s.schedule('a');
    s.cancel();
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual([]);
  });
});
