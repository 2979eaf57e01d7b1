/**
 * Runtime validation of story documents. The viewer calls it on every fetched document and shows the
 * messages instead of a blank page; the pipeline calls it before writing, so a bad document never ships.
 */
import type { z } from 'zod';
import { StoryIndexSchema, StorySchema, type Story, type StoryIndex } from './story.ts';
import { SCHEMA_VERSION } from './version.ts';

/** The outcome of validation: the typed document, or readable problems ("events[3].date.value: ..."). */
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: string[] };

function format(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((issue) => {
    const path = issue.path
      .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
      .join('');
    return `${path || '(document)'}: ${issue.message}`;
  });
}

function versionProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return 'the document is not a JSON object';
  const v = (data as { schemaVersion?: unknown }).schemaVersion;
  if (v !== SCHEMA_VERSION) {
    return `schemaVersion is ${JSON.stringify(v)}, this viewer reads version ${SCHEMA_VERSION}; rebuild the story`;
  }
  return null;
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

/** Ids unique, mentions pointing at real articles and at the sentence they quote. */
function crossCheck(story: Story): string[] {
  const errors: string[] = [];
  const articles = new Map(story.articles.map((a) => [a.id, a]));
  if (articles.size !== story.articles.length) errors.push('articles: duplicate article id');
  const ids = new Set<string>();
  story.events.forEach((event, i) => {
    if (ids.has(event.id)) errors.push(`events[${i}].id: duplicate id ${event.id}`);
    ids.add(event.id);
    event.mentions.forEach((m, j) => {
      const where = `events[${i}].mentions[${j}]`;
      const article = articles.get(m.articleId);
      if (!article) errors.push(`${where}.articleId: no article ${m.articleId}`);
      else if (m.end < m.start || m.end > article.text.length) errors.push(`${where}: offsets outside the article`);
      else if (article.text.slice(m.start, m.end) !== m.text) errors.push(`${where}.text: does not match the article at its offsets`);
    });
  });
  return errors.slice(0, 20);
}
