/**
 * A Timeline17 topic folder (../shared/data/t17-*) read as one story: `articles_index.tsv` lists every
 * article file (`articles/2009-04-24/003.txt`) with its publication day, and the detokenised copy in
 * `articles_detok/` is read instead where the topic has one (the PTB-tokenised text "Obama 's" is not what
 * a newsroom would feed the pipeline). The folder's other files (gold timelines, annotators' updates) are
 * not articles. This lets `npm run extract`, the site build and the bench build a topic as it is, without
 * copying it into a story folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { StoryInput } from '../run.ts';
import { slugify } from '../story/serialize.ts';
import type { ArticleMeta } from '../types.ts';

export const TIMELINE17_INDEX = 'articles_index.tsv';

export function isTimeline17(dir: string): boolean {
  return existsSync(join(dir, TIMELINE17_INDEX)) && existsSync(join(dir, 'articles'));
}

export function readTimeline17(dir: string): StoryInput {
  const detok = existsSync(join(dir, 'articles_detok'));
  const rows = readFileSync(join(dir, TIMELINE17_INDEX), 'utf8').split('\n').slice(1).filter(Boolean);
  const files: StoryInput['files'] = [];
  const articles: Record<string, ArticleMeta> = {};
  for (const row of rows) {
    const [file, published] = row.split('\t');
    if (!file || !published) continue;
    const path = detok ? file.replace(/^articles\//, 'articles_detok/') : file;
    // "articles/2009-04-24/003.txt" -> "2009-04-24_003.txt": one flat folder's worth of names, in date order.
    const name = file.replace(/^articles\//, '').replaceAll('/', '_');
    files.push({ name, bytes: new Uint8Array(readFileSync(join(dir, path))) });
    articles[name] = { published };
  }
  // "t17-iraq" is "Iraq (Timeline17)", "t17-h1n1" "H1N1 (Timeline17)": a topic's name as a page title.
  const name = basename(dir).replace(/^t17-/, '');
  const topic = /\d/.test(name) ? name.toUpperCase() : name.charAt(0).toUpperCase() + name.slice(1);
  return { id: slugify(basename(dir)), meta: { title: `${topic} (Timeline17)`, articles }, files, warnings: [] };
}
