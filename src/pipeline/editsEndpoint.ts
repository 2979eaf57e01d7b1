/**
 * The dev server's edits endpoint (`npm run dev` only; the Vite plugin mounts it in configureServer, which
 * a production build never runs): the viewer's edit mode sends one change at a time, and this validates it
 * (edits/updateEdits.ts), writes edits.json in the story's folder and rebuilds the story before answering,
 * so the page the viewer then loads is the edited story.
 *
 *   GET  <base>__dateline/edits?story=<id>   the story's edits.json, parsed ({"events": {}} when none)
 *   POST <base>__dateline/edits              {"story", "event", "set": {...}} or {"story", "event", "clear": true},
 *                                            or {"story", "storySet": {"title", "credit"}} (the story's own)
 *
 * Answers are JSON: {"ok": true, "warnings": [...]} or {"ok": false, "error": "..."} with status 400 (a
 * change the build would refuse), 404 (no such story) or 409 (an edits.json by hand that is not valid JSON:
 * it is never overwritten).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { buildOne, type BuiltStory } from './buildAll.ts';
import { EDITS_FILE, parseEdits, rewriteEdits } from './edits/editsFile.ts';
import { parseChange, updateEdits } from './edits/updateEdits.ts';

const MAX_BODY = 64 * 1024;

export interface EditsEndpointOptions {
  base: string;
  /** The story as last built, by id. */
  story: (id: string) => BuiltStory | undefined;
  /** Called with the story rebuilt after an edit. */
  rebuilt: (built: BuiltStory) => void;
  log: (message: string) => void;
}

/**
 * The title of every event the endpoint has seen built, by story and id: a hidden or merged-away event is
 * no longer in the built story, and edit mode lists it by its title. This memory ends with the process;
 * what outlives a restart is the title recorded in the edits file itself (`titleWas`, which updateEdits
 * writes when an event is hidden or merged away). Why the edits file and not the lock file: the lock holds
 * no text by design (an article id and a hash per sentence, so offsets and wording can change without
 * moving an id), so a title could only be had from it by rebuilding the story without the edit, a second
 * full build per request; the edits file is the one the endpoint writes at the moment it still has the
 * title, and the editor who reads it in a diff sees which event "hide": true hid. This map still names the
 * events of an edits file written before titleWas existed, while the server runs.
 */
const seenTitles = new Map<string, Map<string, string>>();
function remember(built: BuiltStory): Map<string, string> {
  const titles = seenTitles.get(built.id) ?? new Map<string, string>();
  for (const e of built.story.events) titles.set(e.id, e.title);
  seenTitles.set(built.id, titles);
  return titles;
}

/** What the endpoint last wrote to each edits.json, so the file watcher need not rebuild it a second time. */
export const written = new Map<string, string>();

export function editsEndpoint(options: EditsEndpointOptions) {
  const path = `${options.base}__dateline/edits`;
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const [url, query = ''] = (req.url ?? '').split('?');
    if (url !== path) return next();
    const send = (status: number, body: unknown) => {
      res.statusCode = status;
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET') {
      const built = options.story(new URLSearchParams(query).get('story') ?? '');
      if (!built) return send(404, { ok: false, error: 'no such story' });
      // The edits, and what the build cannot apply of them (edit mode lists it, to be fixed by hand).
      const read = parseEdits(readIfThere(join(built.dir, EDITS_FILE)));
      const titles = remember(built);
      const shown = new Set(built.story.events.map((e) => e.id));
      const named = Object.entries(read.doc.events).flatMap(([id, edit]): Array<[string, string]> => {
        if (shown.has(id)) return [];
        const title = edit.titleWas ?? titles.get(id);
        return title === undefined ? [] : [[id, title]];
      });
      return send(200, { ...read.doc, warnings: read.warnings.map((w) => w.message), titles: Object.fromEntries(named) });
    }
    if (req.method !== 'POST') return send(405, { ok: false, error: 'GET or POST' });
    let body = '';
    let tooLarge = false;
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY) { tooLarge = true; req.destroy(); }
    });
    req.on('end', () => {
      if (tooLarge) return send(413, { ok: false, error: 'the change is too large' });
      let data: unknown;
      try { data = JSON.parse(body); } catch { return send(400, { ok: false, error: 'the change is not JSON' }); }
      const parsed = parseChange(data);
      if (!parsed.ok) return send(400, { ok: false, error: parsed.error });
      const built = options.story(parsed.change.story);
      if (!built) return send(404, { ok: false, error: `no story "${parsed.change.story}"` });
      remember(built);
      const file = join(built.dir, EDITS_FILE);
      const before = readIfThere(file);
      const current = parseEdits(before);
      if (current.warnings.some((w) => w.code === 'unreadable')) {
        return send(409, { ok: false, error: `${file} is not valid edits JSON; fix it by hand first (${current.warnings[0]!.message})` });
      }
      const updated = updateEdits(current.doc, parsed.change, built.story);
      if (!updated.ok) return send(400, { ok: false, error: updated.error });
      const change = parsed.change;
      const text = rewriteEdits(before, current.doc, updated.doc, change.event !== undefined && change.clear ? change.event : null);
      try {
        writeFileSync(file, text);
      } catch (error) {
        return send(500, { ok: false, error: `${file}: not written (${(error as Error).message})` });
      }
      written.set(file, text);
      let again: BuiltStory;
      try {
        again = buildOne(built.dir);
      } catch (error) {
        return send(500, { ok: false, error: `edits written, but the story failed to rebuild: ${(error as Error).message}` });
      }
      options.rebuilt(again);
      options.log(`[dateline] ${again.id}: edit of ${change.event ?? 'the story'} written to ${EDITS_FILE}; rebuilt`);
      send(200, { ok: true, warnings: again.story.warnings.filter((w) => w.file === EDITS_FILE).map((w) => w.message) });
    });
  };
}

/** True when the watcher's change to `file` is the endpoint's own write, already rebuilt. */
export function isOwnWrite(file: string): boolean {
  const text = written.get(file);
  if (text === undefined) return false;
  return readIfThere(file) === text;
}

function readIfThere(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  try { return readFileSync(file, 'utf8'); } catch { return undefined; }
}
