/**
 * A bounded cache for pure functions of a string: the stages ask about the same few TIMEX values
 * ("2017-02-23", "2017-W08") thousands of times per story. Cleared whole past `limit` entries, so memory
 * stays bounded on a 370-article story without the bookkeeping of an LRU.
 */
export function memoize<T>(fn: (key: string) => T, limit = 10_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    // One lookup on a hit; has() only tells a cached undefined from a miss.
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
