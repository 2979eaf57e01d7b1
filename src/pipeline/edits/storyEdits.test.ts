// The story's own edits (edits.json's "story": title and credit line) on a copy of the repository's seed
// story (data/stories/us-officials-in-mexico-city), built as every build path builds it (buildOne), and
// the viewer's outline of it (run.ts applies them with the events' edits; story/split.ts copies the credit); then the dev server's endpoint across a restart (hidden events' titles).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { validateStory } from '../../schema/index.ts';
import { validateStoryOutline } from '../../schema/outlineValidate.ts';
import { quickValidateStoryOutline } from '../../schema/outlineQuick.ts';
import { outlinePaths } from '../../schema/outline.ts';
import { splitStoryFiles } from '../story/split.ts';
import { buildOne, type BuiltStory } from '../buildAll.ts';

const SEED = join(import.meta.dirname, '../../../data/stories/us-officials-in-mexico-city');
const root = mkdtempSync(join(tmpdir(), 'dateline-story-edits-'));
const copy = (name: string) => { const dir = join(root, name, 'seed'); cpSync(SEED, dir, { recursive: true }); return dir; };
afterAll(() => rmSync(root, { recursive: true, force: true }));
process.env.DATELINE_LOCKS = 'frozen';

describe('the story\'s title and credit line from edits.json', () => {
  const plain = buildOne(copy('plain'));
  const dir = copy('edited');
  writeFileSync(join(dir, 'edits.json'), JSON.stringify({ story: { title: 'US officials in Mexico City, February 2017', credit: 'Edited by Ana Ruiz' }, events: {} }));
  const edited = buildOne(dir);

  it('titles and credits the built story, which stays valid, and names the title in the index', () => {
    expect(edited.story.title).toBe('US officials in Mexico City, February 2017');
    expect(edited.story.credit).toBe('Edited by Ana Ruiz');
    expect(validateStory(JSON.parse(edited.json)).ok).toBe(true);
    // The credit sits under the title in the document, as on the page.
    expect(Object.keys(edited.story).slice(0, 4)).toEqual(['schemaVersion', 'id', 'title', 'credit']);
    expect(edited.story.events).toEqual(plain.story.events);
  });

  it('changes nothing at all without story edits: the same bytes', () => {
    const dir2 = copy('events-only');
    writeFileSync(join(dir2, 'edits.json'), JSON.stringify({ events: {} }));
    expect(buildOne(dir2).json).toBe(plain.json);
    expect(plain.story).not.toHaveProperty('credit');
  });

  it('a bad story entry is a warning naming the file and entry, and the story builds without it', () => {
    const dir3 = copy('bad');
    writeFileSync(join(dir3, 'edits.json'), JSON.stringify({ story: { title: '', credit: 42 } }));
    const bad = buildOne(dir3);
    expect(bad.story.title).toBe(plain.story.title);
    expect(bad.story).not.toHaveProperty('credit');
    expect(bad.story.warnings.filter((w) => w.file === 'edits.json').map((w) => w.message)).toEqual([
      'edits.json: story.title must be a title of 1 to 200 characters; not applied',
      'edits.json: story.credit must be a credit line of 1 to 200 characters; not applied',
    ]);
  });

  it('the viewer\'s outline carries the credit, valid for both checks; without one its file is untouched', () => {
    const index = outlinePaths.index(edited.id);
    const file = JSON.parse(splitStoryFiles(edited.story).find((f) => f.fileName === index)!.body);
    expect(file.credit).toBe('Edited by Ana Ruiz');
    expect(quickValidateStoryOutline(file)).toMatchObject({ ok: true, value: { title: 'US officials in Mexico City, February 2017', credit: 'Edited by Ana Ruiz' } });
    expect(validateStoryOutline(file)).toMatchObject({ ok: true, value: { credit: 'Edited by Ana Ruiz' } });
    expect(JSON.parse(splitStoryFiles(plain.story).find((f) => f.fileName === outlinePaths.index(plain.id))!.body)).not.toHaveProperty('credit');
  });
});

/** The endpoint of a fresh dev server process (a module instance of its own), serving `built` and rebuilding in place. */
async function server(built: BuiltStory): Promise<{ url: string; close: () => void; current: () => BuiltStory }> {
  vi.resetModules();
  const { editsEndpoint } = await import('../editsEndpoint.ts');
  let current = built;
  const handle = editsEndpoint({ base: '/', story: (id) => (id === current.id ? current : undefined), rebuilt: (b) => { current = b; }, log: () => {} });
  const s: Server = createServer((req, res) => handle(req, res, () => { res.statusCode = 404; res.end(); }));
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}/__dateline/edits`, close: () => s.close(), current: () => current };
}

describe('the dev server\'s edits endpoint', () => {
  it('names a hidden event by its title after a restart, from the title recorded in edits.json', async () => {
    const dir = copy('restart');
    const first = await server(buildOne(dir));
    const hidden = first.current().story.events[3]!;
    const post = await fetch(first.url, { method: 'POST', body: JSON.stringify({ story: first.current().id, event: hidden.id, set: { hide: true } }) });
    expect(await post.json()).toMatchObject({ ok: true });
    // A merged-away event likewise (edit mode lists it under "Merged events").
    const [merged, into] = [first.current().story.events[1]!, first.current().story.events[2]!];
    const merge = await fetch(first.url, { method: 'POST', body: JSON.stringify({ story: first.current().id, event: merged.id, set: { mergeInto: into.id } }) });
    expect(await merge.json()).toMatchObject({ ok: true });
    first.close();
    expect(JSON.parse(readFileSync(join(dir, 'edits.json'), 'utf8')).events[hidden.id]).toEqual({ hide: true, titleWas: hidden.title });

    // A new process: nothing in memory has seen the event built.
    const again = await server(buildOne(dir));
    expect(again.current().story.events.some((e) => e.id === hidden.id)).toBe(false);
    const got = await (await fetch(`${again.url}?story=${again.current().id}`)).json() as { titles: Record<string, string> };
    again.close();
    expect(got.titles).toEqual({ [hidden.id]: hidden.title, [merged.id]: merged.title });
  });

  it('writes the story\'s title and credit, rebuilds, and refuses a bad one with the reason', async () => {
    const dir = copy('story-change');
    const s = await server(buildOne(dir));
    const send = async (body: unknown) => { const r = await fetch(s.url, { method: 'POST', body: JSON.stringify(body) }); return { status: r.status, body: await r.json() }; };
    expect(await send({ story: s.current().id, storySet: { title: 'Mexico City, 23 February 2017', credit: 'Edited by Ana Ruiz' } })).toMatchObject({ status: 200, body: { ok: true } });
    expect(s.current().story).toMatchObject({ title: 'Mexico City, 23 February 2017', credit: 'Edited by Ana Ruiz' });
    expect(JSON.parse(readFileSync(join(dir, 'edits.json'), 'utf8'))).toEqual({ story: { title: 'Mexico City, 23 February 2017', credit: 'Edited by Ana Ruiz' }, events: {} });
    expect(await send({ story: s.current().id, storySet: { credit: 'x'.repeat(300) } })).toEqual({ status: 400, body: { ok: false, error: 'story credit must be a credit line of 1 to 200 characters' } });
    expect(await send({ story: s.current().id, storySet: { credit: null } })).toMatchObject({ status: 200 });
    s.close();
    expect(s.current().story).not.toHaveProperty('credit');
    expect(JSON.parse(readFileSync(join(dir, 'edits.json'), 'utf8'))).toEqual({ story: { title: 'Mexico City, 23 February 2017' }, events: {} });
  });
});
