/**
 * Runtime validation of story documents. The viewer calls it on every fetched document and shows the
 * messages instead of a blank page; the pipeline calls it before writing, so a bad document never ships.
 */
import type { z } from 'zod';
import { StoryIndexSchema, StorySchema, type Story, type StoryIndex } from './story.ts';
import { crossCheck, versionProblem } from './rules.ts';

/** The outcome of validation: the typed document, or readable problems ("events[3].date.value: ..."). */
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** zod's issues as readable lines ("events[3].date.value: ..."), at most 20. */
export function format(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((issue) => {
    const path = issue.path
      .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
      .join('');
    return `${path || '(document)'}: ${issue.message}`;
  });
}

/** Checks a parsed JSON value against the story schema, plus the cross-field rules zod cannot state. */
export function validateStory(data: unknown): Validated<Story> {
  const version = versionProblem(data);
  if (version) return { ok: false, errors: [version] };
  const parsed = StorySchema.safeParse(data);
  if (!parsed.success) return { ok: false, errors: format(parsed.error) };
  const errors = crossCheck(parsed.data);
  return errors.length ? { ok: false, errors } : { ok: true, value: parsed.data };
}

/** Checks a parsed JSON value against the story index schema. */
export function validateStoryIndex(data: unknown): Validated<StoryIndex> {
  const version = versionProblem(data);
  if (version) return { ok: false, errors: [version] };
  const parsed = StoryIndexSchema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: format(parsed.error) };
}
