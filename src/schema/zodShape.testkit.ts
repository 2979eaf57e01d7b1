/**
 * Test helper: a zod schema as a quick.ts Shape, refusing any kind or check quick.ts does not know, so the
 * parity tests (quick.test.ts, outlineQuick.test.ts) can require the hand-written shapes equal to zod's.
 */
import { expect } from 'vitest';
import type { z } from 'zod';
import type { Shape } from './quick.ts';

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; entries?: Record<string, string>; values?: unknown[]; checks?: { _zod: { def: Record<string, unknown> } }[] };

/** The zod schema as a Shape, refusing any kind or check quick.ts does not know. */
export function shapeOf(schema: z.ZodType): Shape {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  switch (def.type) {
    case 'string': {
      const rest = checks.filter((c) => !(c.check === 'min_length'));
      expect(rest).toEqual([]);
      const min = checks.find((c) => c.check === 'min_length')?.minimum as number | undefined;
      return min ? { type: 'string', min } : { type: 'string' };
    }
    case 'number': {
      const found = checks.map((c) => [c.check, c.format ?? c.value, c.inclusive]);
      if (found.some((c) => c[0] === 'less_than')) {
        expect(found).toEqual([['greater_than', 0, true], ['less_than', 1, true]]);
        return { type: 'probability' };
      }
      if (found.some((c) => c[0] === 'greater_than' && c[2] === false)) {
        expect(found).toEqual([['number_format', 'safeint', undefined], ['greater_than', 0, false]]);
        return { type: 'positive' };
      }
      expect(found).toEqual([['number_format', 'safeint', undefined], ['greater_than', 0, true]]);
      return { type: 'count' };
    }
    case 'boolean':
      expect(checks).toEqual([]);
      return { type: 'boolean' };
    case 'optional':
      return { type: 'optional', of: shapeOf(def.innerType!) };
    case 'enum':
      expect(checks).toEqual([]);
      return { type: 'enum', values: Object.values(def.entries!) };
    case 'literal':
      expect(def.values).toHaveLength(1);
      return { type: 'literal', value: def.values![0] as number };
    case 'nullable':
      return { type: 'nullable', of: shapeOf(def.innerType!) };
    case 'array': {
      const rest = checks.filter((c) => !(c.check === 'min_length'));
      expect(rest).toEqual([]);
      const min = checks.find((c) => c.check === 'min_length')?.minimum as number | undefined;
      return min ? { type: 'array', of: shapeOf(def.element!), min } : { type: 'array', of: shapeOf(def.element!) };
    }
    case 'object':
      expect(checks).toEqual([]);
      expect((def as { catchall?: unknown }).catchall).toBeUndefined();
      return { type: 'object', shape: Object.fromEntries(Object.entries(def.shape!).map(([k, v]) => [k, shapeOf(v)])) };
    default:
      throw new Error(`quick.ts does not know zod type ${def.type}`);
  }
}

/** Values put in place of each value of a document by the parity tests. */
export const REPLACEMENTS: unknown[] = [undefined, null, 0, -1, 1.5, 2 ** 53, '', 'x', 'day', [], [{}], {}, true];

/** Every value in the document, addressed by its path. */
export function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

export function mutate<T>(doc: T, path: (string | number)[], value: unknown, extraKey = false): T {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  if (!path.length) return value as T;
  let o = copy;
  for (const p of path.slice(0, -1)) o = o[p] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (extraKey) (o[last] as Record<string, unknown>).extra = 1;
  else if (value === undefined && !Array.isArray(o)) delete o[last];
  else o[last] = value;
  return copy as T;
}

/** Every mutation of the document: the quick verdict, when it gives one, is zod's. */
export function parity<T>(doc: () => T, quick: (d: unknown) => unknown, full: (d: unknown) => unknown): { decided: number; deferred: number } {
  let decided = 0;
  let deferred = 0;
  for (const path of paths(doc())) {
    const docs = REPLACEMENTS.map((r) => mutate(doc(), path, r));
    const target = path.reduce<unknown>((o, p) => (o as Record<string | number, unknown>)[p], doc());
    if (target && typeof target === 'object' && !Array.isArray(target)) docs.push(mutate(doc(), path, null, true));
    for (const d of docs) {
      const verdict = quick(structuredClone(d));
      if (verdict === null) deferred++;
      else {
        decided++;
        expect(verdict, JSON.stringify(path)).toEqual(full(structuredClone(d)));
      }
    }
  }
  return { decided, deferred };
}
