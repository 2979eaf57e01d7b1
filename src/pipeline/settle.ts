/**
 * A keyed trailing debounce: `schedule(key)` runs `run(key)` once, `quietMs` after the last call for that
 * key. The dev server's watcher reports one event per file; a story folder copied in (hundreds of files)
 * or a save that touches several files is built once, when its folder has settled, not once per event
 * (review 23: copying a 513-file story blocked `npm run dev` for over ten minutes, 514 rebuilds).
 */
export function settler(quietMs: number, run: (key: string) => void): { schedule(key: string): void; cancel(): void } {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  return {
    schedule(key) {
      const pending = timers.get(key);
      if (pending !== undefined) clearTimeout(pending);
      timers.set(key, setTimeout(() => {
        timers.delete(key);
        run(key);
      }, quietMs));
    },
    cancel() {
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
    },
  };
}
