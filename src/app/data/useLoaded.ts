import { useEffect, useState } from 'react';
import type { Validated } from '../../schema/validate.ts';

/** What a part loaded on demand is at: asked for, there, or refused with readable messages. */
export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; errors: string[] };

/**
 * Loads a part of the story when `key` names one (null: nothing), again whenever `key` changes; a result
 * for an earlier key is never shown for a later one.
 */
export function useLoaded<T>(key: string | null, load: () => Promise<Validated<T>>): Loaded<T> | null {
  const [loaded, setLoaded] = useState<{ key: string; value: Loaded<T> } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    void load().then((r) => { if (live) setLoaded({ key, value: r.ok ? { state: 'ready', value: r.value } : { state: 'error', errors: r.errors } }); });
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is a fresh closure for the same key
  }, [key]);
  if (key === null) return null;
  return loaded?.key === key ? loaded.value : { state: 'loading' };
}
