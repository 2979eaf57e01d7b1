/**
 * Validation for the viewer's hot path, without zod in the page. The shapes below restate story.ts as
 * plain data (a test walks the zod schemas and requires them equal, so the two cannot drift apart), and a
 * few closures compiled from them check a document in one pass: 10,000 events in milliseconds, with no
 * copy of the document.
 *
 * The quick check only ever says "exactly valid": a document that matches the shapes with no key missing
 * or extra, in which case zod would return an equal document. Anything else (a wrong type, a missing or an
 * extra key, which zod would strip) goes to validateStory itself, loaded on demand, so the verdict and the
 * messages are always zod's. Nothing is skipped: the version and cross-field rules run either way.
 */
import { crossCheck, versionProblem } from './rules.ts';
import type { Story, StoryIndex } from './story.ts';
import type { Validated } from './validate.ts';
import { SCHEMA_VERSION } from './version.ts';

/** A zod schema of story.ts as data: only the kinds and checks the contract uses. */
export type Shape =
  | { type: 'string'; min?: number }
  | { type: 'boolean' }
  /** z.number().int().nonnegative(): a safe integer >= 0. */
  | { type: 'count' }
  /** z.number().int().positive(): a safe integer >= 1. */
  | { type: 'positive' }
  /** z.number().min(0).max(1): a probability. */
  | { type: 'probability' }
  /** A key that may be absent (never undefined-valued in JSON). */
  | { type: 'optional'; of: Shape }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'literal'; value: string | number | boolean | null }
  | { type: 'nullable'; of: Shape }
  | { type: 'array'; of: Shape; min?: number }
  | { type: 'object'; shape: Record<string, Shape> };

const str: Shape = { type: 'string' };
const str1: Shape = { type: 'string', min: 1 };
const count: Shape = { type: 'count' };
const nullable = (of: Shape): Shape => ({ type: 'nullable', of });
const array = (of: Shape, min?: number): Shape => (min ? { type: 'array', of, min } : { type: 'array', of });
const object = (shape: Record<string, Shape>): Shape => ({ type: 'object', shape });

const evidence = object({ articleId: nullable(str), text: str, start: nullable(count), end: nullable(count), anchor: nullable(str), note: str });
const dateValue = object({
  value: str1,
  granularity: { type: 'enum', values: ['century', 'decade', 'year', 'season', 'quarter', 'month', 'week', 'day', 'time'] },
  source: { type: 'enum', values: ['stated', 'resolved', 'inferred'] },
  confidence: { type: 'optional', of: { type: 'probability' } },
  evidence: nullable(evidence),
});
const optional = (of: Shape): Shape => ({ type: 'optional', of });
const mention = object({ articleId: str, start: count, end: count, text: str, part: optional({ type: 'literal', value: 'title' }) });
const editNote = object({ what: { type: 'enum', values: ['title', 'date', 'key', 'merged', 'article'] }, note: nullable(str) });
const redirect = object({ from: str1, to: nullable(str), reason: { type: 'enum', values: ['merged', 'removed', 'hidden'] } });

/** StorySchema as data. */
export const STORY_SHAPE: Shape = object({
  schemaVersion: { type: 'literal', value: SCHEMA_VERSION },
  id: str1,
  title: str,
  credit: optional(str),
  articles: array(object({
    id: str1, file: str, title: str, publisher: nullable(str), url: nullable(str), byline: nullable(str), dateline: nullable(str),
    published: nullable(dateValue), text: str,
  })),
  events: array(object({
    id: str1, date: dateValue, title: str, summary: str, actors: array(str), place: nullable(str),
    quotes: array(object({ articleId: str, start: count, end: count, text: str, speaker: nullable(str) })),
    mentions: array(mention, 1), sources: count, rank: optional({ type: 'positive' }), key: optional({ type: 'boolean' }), edited: optional(array(editNote)),
  })),
  context: array(mention),
  warnings: array(object({ file: nullable(str), code: str, message: str })),
  redirects: optional(array(redirect)),
});

/** StoryIndexSchema as data. */
export const STORY_INDEX_SHAPE: Shape = object({
  schemaVersion: { type: 'literal', value: SCHEMA_VERSION },
  stories: array(object({ id: str, title: str, articles: count, events: count, from: nullable(str), to: nullable(str), fromAbout: optional({ type: 'boolean' }), toAbout: optional({ type: 'boolean' }) })),
});

type Check = (v: unknown) => boolean;

/** A checker for one shape: true only when zod would accept the value and return an equal one. */
export function compile(s: Shape): Check {
  switch (s.type) {
    case 'string': {
      const min = s.min ?? 0;
      return min > 0 ? (v) => typeof v === 'string' && v.length >= min : (v) => typeof v === 'string';
    }
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'count':
      return (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
    case 'positive':
      return (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1;
    case 'probability':
      return (v) => typeof v === 'number' && v >= 0 && v <= 1;
    case 'optional': {
      const inner = compile(s.of);
      return (v) => v === undefined || inner(v);
    }
    case 'enum': {
      const values = new Set<unknown>(s.values);
      return (v) => typeof v === 'string' && values.has(v);
    }
    case 'literal': {
      const value = s.value;
      return (v) => v === value;
    }
    case 'nullable': {
      const inner = compile(s.of);
      return (v) => v === null || inner(v);
    }
    case 'array': {
      const item = compile(s.of);
      const min = s.min ?? 0;
      // Arrays of plain values (the outline's columns: 100,000 entries each) are checked in a loop of
      // their own, without a call per entry through a call site every array shares.
      const of = s.of.type;
      if (of === 'count' || of === 'positive') {
        const least = of === 'count' ? 0 : 1;
        return (v) => {
          if (!Array.isArray(v) || v.length < min) return false;
          for (let i = 0; i < v.length; i++) {
            const x = v[i];
            if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < least) return false;
          }
          return true;
        };
      }
      if (of === 'string') {
        const least = s.of.min ?? 0;
        return (v) => {
          if (!Array.isArray(v) || v.length < min) return false;
          for (let i = 0; i < v.length; i++) {
            const x = v[i];
            if (typeof x !== 'string' || x.length < least) return false;
          }
          return true;
        };
      }
      return (v) => {
        if (!Array.isArray(v) || v.length < min) return false;
        for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
        return true;
      };
    }
    case 'object': {
      const keys = Object.keys(s.shape);
      const checks = keys.map((k) => compile(s.shape[k]!));
      const optional = keys.map((k) => s.shape[k]!.type === 'optional');
      const n = keys.length;
      return (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
        const o = v as Record<string, unknown>;
        let own = 0;
        for (const key in o) if (Object.hasOwn(o, key)) own++; // an extra key: zod would strip it
        let present = 0;
        for (let i = 0; i < n; i++) {
          const key = keys[i]!;
          if (!Object.hasOwn(o, key)) {
            if (!optional[i]) return false;
            continue;
          }
          if (!checks[i]!(o[key])) return false;
          present++;
        }
        return own === present;
      };
    }
  }
}

let storyCheck: Check | null = null;
let indexCheck: Check | null = null;

/**
 * validateStory's verdict when it can be given without zod: the document exactly valid (then only the
 * cross-field rules can refuse it) or of the wrong version. null: ask validateStory.
 */
export function quickValidateStory(data: unknown): Validated<Story> | null {
  const version = versionProblem(data);
  if (version) return { ok: false, errors: [version] };
  if (!(storyCheck ??= compile(STORY_SHAPE))(data)) return null;
  const errors = crossCheck(data as Story);
  return errors.length ? { ok: false, errors } : { ok: true, value: data as Story };
}

/** validateStoryIndex's verdict when it can be given without zod; null: ask validateStoryIndex. */
export function quickValidateStoryIndex(data: unknown): Validated<StoryIndex> | null {
  const version = versionProblem(data);
  if (version) return { ok: false, errors: [version] };
  return (indexCheck ??= compile(STORY_INDEX_SHAPE))(data) ? { ok: true, value: data as StoryIndex } : null;
}

/** validateStory, with zod (and its messages) loaded only for a document the quick check cannot accept. */
export async function validateStoryLazily(data: unknown): Promise<Validated<Story>> {
  return quickValidateStory(data) ?? (await import('./validate.ts')).validateStory(data);
}

/** validateStoryIndex, with zod loaded only for an index the quick check cannot accept. */
export async function validateStoryIndexLazily(data: unknown): Promise<Validated<StoryIndex>> {
  return quickValidateStoryIndex(data) ?? (await import('./validate.ts')).validateStoryIndex(data);
}
