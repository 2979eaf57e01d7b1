/**
 * The editors' edits of the story as a whole (edits.json's "story": its title and a credit line), applied to
 * a built story. The events' edits are a stage of the pipeline (applyEdits.ts, called by run.ts); these
 * are applied to its result by buildOne (buildAll.ts), the one place every build passes through (extract,
 * the site build, the dev server and its endpoint), so run.ts, whose stages another part of the pipeline
 * owns, is unchanged. A story without story edits is returned as it is: the same object, the same bytes.
 */
import type { Story } from '../../schema/index.ts';
import { outlinePaths } from '../../schema/outline.ts';
import type { EditsDoc } from './editsFile.ts';

/** `story` titled and credited as the editors wrote it (edits already checked by parseEdits). */
export function applyStoryEdits(story: Story, doc: EditsDoc): Story {
  const edit = doc.story;
  if (!edit || (edit.title === undefined && edit.credit === undefined)) return story;
  // Rebuilt key by key so the credit sits under the title in the JSON as on the page.
  const { schemaVersion, id, title, credit: _was, ...rest } = story;
  return { schemaVersion, id, title: edit.title ?? title, ...(edit.credit !== undefined ? { credit: edit.credit } : {}), ...rest };
}

/**
 * The viewer's split files with the story's credit line in its outline (index.json). The outline is made
 * by story/split.ts, which copies the fields it knows; until it copies `credit` too, this adds it to the
 * outline's JSON after the title. Files of a story without a credit are returned untouched.
 */
export function withCredit(story: Story, files: { fileName: string; body: string }[]): { fileName: string; body: string }[] {
  if (story.credit === undefined) return files;
  const index = outlinePaths.index(story.id);
  return files.map((f) => {
    if (f.fileName !== index) return f;
    const outline = JSON.parse(f.body) as Record<string, unknown>;
    if ('credit' in outline) return f;
    const { schemaVersion, id, title, ...rest } = outline;
    return { fileName: f.fileName, body: `${JSON.stringify({ schemaVersion, id, title, credit: story.credit, ...rest })}\n` };
  });
}
