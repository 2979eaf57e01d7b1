/**
 * Vite plugin: builds every story for `vite dev` (rebuilding one story when one of its files changes) and
 * for the production build, serving/emitting data/index.json and data/stories/<id>.json under the base URL,
 * with each story's exports beside it (<id>.timeline.json, <id>.csv, <id>.ics: src/pipeline/export) and
 * the story split for the viewer under data/stories/<id>/ (its outline, detail chunks, article texts and
 * search texts: src/pipeline/story/split.ts, src/schema/outline.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildAll, buildOne, indexOf, storyRoots, type BuiltStory } from './buildAll.ts';
import { editsEndpoint, isOwnWrite } from './editsEndpoint.ts';
import { LOCK_FILE } from './lock/lockFile.ts';
import { exportFor, keyEvents, storyExports, type ExportOptions } from './export/index.ts';
import { sharePages } from './share/sharePages.ts';
import { serialize } from './story/serialize.ts';
import { splitStoryFiles } from './story/split.ts';
import { settler } from './settle.ts';

/** How long a story folder stays quiet before the dev server rebuilds it. */
const SETTLE_MS = 300;

export interface StoriesPluginOptions {
  /** Folders of story folders; default DATELINE_STORIES or data/stories. */
  roots?: string[];
  /** Called after each build with what was built, for later plugins (share pages). */
  onBuilt?: (stories: BuiltStory[]) => void;
}

export function storiesPlugin(options: StoriesPluginOptions = {}): Plugin {
  const roots = (options.roots ?? storyRoots(process.env.DATELINE_STORIES)).map((r) => resolve(r));
  let stories = new Map<string, BuiltStory>();
  let base = '/';
  let outDir = 'dist';

  const report = async (log: (msg: string) => void) => {
    const result = await buildAll(roots);
    stories = new Map(result.stories.map((s) => [s.id, s]));
    for (const s of result.stories) {
      for (const w of s.story.warnings) log(`[dateline] ${s.id}: warning: ${w.message}`);
    }
    for (const f of result.failures) log(`[dateline] ${f.dir}: FAILED: ${f.message}`);
    log(`[dateline] built ${result.stories.length} stories from ${roots.map((r) => relative(process.cwd(), r) || '.').join(', ')}`);
    options.onBuilt?.(result.stories);
  };
  const indexJson = () => serialize(indexOf([...stories.values()].map((s) => s.story)));
  // The split files of each story as last built, made on first request (dev) and kept until it is rebuilt.
  const splits = new WeakMap<BuiltStory, Map<string, string>>();
  const splitFile = (built: BuiltStory, fileName: string): string | undefined => {
    let files = splits.get(built);
    if (!files) splits.set(built, files = new Map(splitStoryFiles(built.story).map((f) => [f.fileName, f.body])));
    return files.get(fileName);
  };
  // Links in the exports: absolute when DATELINE_SITE_URL gives the site's origin, else paths under base.
  const exportOptions = (): ExportOptions => ({ base, siteUrl: process.env.DATELINE_SITE_URL || undefined });

  return {
    name: 'dateline-stories',
    configResolved(config) {
      base = config.base;
      outDir = resolve(config.root, config.build.outDir);
    },
    async buildStart() {
      await report((msg) => this.info(msg));
    },
    configureServer(server: ViteDevServer) {
      for (const root of roots) server.watcher.add(root);
      // Each story is rebuilt once its folder has settled (settle.ts): a folder copied in is one build.
      const rebuild = settler(SETTLE_MS, (storyDir) => {
        try {
          const built = buildOne(storyDir);
          stories.set(built.id, built);
          server.config.logger.info(`[dateline] rebuilt ${built.id}`);
        } catch (error) {
          server.config.logger.error(`[dateline] ${storyDir}: ${(error as Error).message}`);
        }
        server.ws.send({ type: 'full-reload' });
      });
      server.httpServer?.on('close', () => rebuild.cancel());
      const onChange = (file: string) => {
        const root = roots.find((r) => file.startsWith(r + sep));
        if (!root) return;
        // The lock file is the build's own output; an edits.json the edits endpoint wrote is already built.
        if (file.endsWith(sep + LOCK_FILE) || isOwnWrite(file)) return;
        rebuild.schedule(resolve(root, relative(root, file).split(sep)[0]!));
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
      // Edit mode (dev only): the viewer's edits, validated, written to the story's edits.json, rebuilt.
      server.middlewares.use(editsEndpoint({
        base,
        story: (id) => stories.get(id),
        rebuilt: (built) => stories.set(built.id, built),
        log: (msg) => server.config.logger.info(msg),
      }));
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!;
        if (!path.startsWith(`${base}data/`)) return next();
        const rest = path.slice(base.length + 'data/'.length);
        let body: string | undefined;
        let type = 'application/json; charset=utf-8';
        if (rest === 'index.json') body = indexJson();
        else {
          const m = /^stories\/([^/]+)$/.exec(rest);
          let name = '';
          try { name = decodeURIComponent(m?.[1] ?? ''); } catch { /* a malformed escape names no story */ }
          // The exports (<id>.timeline.json, .csv, .ics) are made on request from the story as last built.
          const wanted = exportFor(name);
          const built = wanted && stories.get(wanted.storyId);
          const story = built && (wanted.keyOnly ? keyEvents(built.story) : built.story);
          if (wanted && story) {
            body = wanted.format.render(story, exportOptions());
            type = wanted.format.contentType;
          } else if (name.endsWith('.json')) body = stories.get(name.slice(0, -'.json'.length))?.json;
          // The split story: stories/<id>/index.json, events/<n>.json, articles/<n>.json, texts.json.
          const split = /^stories\/([a-z0-9-]+)\/[a-z0-9/]+\.json$/.exec(rest);
          const owner = split && stories.get(split[1]!);
          if (owner) body = splitFile(owner, `data/${rest}`);
        }
        if (body === undefined) return next();
        res.setHeader('Content-Type', type);
        res.setHeader('Cache-Control', 'no-store');
        res.end(body);
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'data/index.json', source: indexJson() });
      for (const s of stories.values()) {
        this.emitFile({ type: 'asset', fileName: `data/stories/${s.id}.json`, source: s.json });
        for (const file of splitStoryFiles(s.story)) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.body });
        for (const file of storyExports(s.story, exportOptions())) {
          this.emitFile({ type: 'asset', fileName: `data/stories/${file.fileName}`, source: file.body });
        }
      }
    },
    // After Vite has written index.html: a copy per story and per event with share-preview meta tags at
    // the deep link's own path, and 404.html so a static host shows the app (and its "no such event"
    // message) for an unknown id instead of its own error page.
    writeBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') return;
      const template = String(index.source);
      const write = (fileName: string, html: string) => {
        const path = join(outDir, fileName);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, html);
      };
      write('404.html', template);
      for (const s of stories.values()) {
        for (const page of sharePages(template, s.story, { base, siteUrl: process.env.DATELINE_SITE_URL })) write(page.fileName, page.html);
      }
    },
  };
}
