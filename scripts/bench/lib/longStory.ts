/**
 * Bench "viewer", long stories (issue 12: a long story loads fast). The viewer's first render needs only
 * the story's outline (data/stories/<id>/index.json); these figures say what that costs on a real long
 * story and on a huge synthetic one:
 *  - the Timeline17 H1N1 story (370 articles, built from <shared>/data/t17-h1n1 by the pipeline, split as
 *    the site build splits it): first render in headless Chromium per round (median and worst), and the
 *    data the page fetched before that render, gzipped, with the number of detail files among it (0);
 *  - 100,000 synthetic events: first render in every round.
 * Targets: H1N1 first render < 1 s and initial data <= 300 KB gzipped; 100,000 events < 1 s in every round.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import type { Story } from '../../../src/schema/story.ts';
import { buildOne } from '../../../src/pipeline/buildAll.ts';
import { serialize } from '../../../src/pipeline/story/serialize.ts';
import { splitStoryFiles } from '../../../src/pipeline/story/split.ts';

/** Writes a story into the built site as the site build does: the whole document and its split files. */
export function writeStory(outDir: string, story: Story, json = serialize(story)): void {
  writeFileSync(join(outDir, `data/stories/${story.id}.json`), json);
  for (const f of splitStoryFiles(story)) {
    const path = join(outDir, f.fileName);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.body);
  }
}

type FirstRender = (page: Page, url: string) => Promise<number>;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export type Verdict = { ok: boolean; what: string };

/** The H1N1 story's figures, or null (with a printed note) when the shared data is absent. */
export async function h1n1Figures(page: Page, url: string, outDir: string, rounds: number, firstRender: FirstRender): Promise<Verdict[] | null> {
  const shared = process.env.DATELINE_SHARED ?? join(import.meta.dirname, '../../../../shared');
  const dir = join(shared, 'data/t17-h1n1');
  if (!existsSync(join(dir, 'articles_index.tsv'))) {
    console.log(`H1N1: skipped, ${dir} is absent (set DATELINE_SHARED to the shared data root)`);
    return null;
  }
  const t0 = performance.now();
  const built = buildOne(dir);
  writeStory(outDir, built.story, built.json);
  const id = built.story.id;
  console.log(`H1N1 (${id}): ${built.story.articles.length} articles, ${built.story.events.length} events, built in ${((performance.now() - t0) / 1000).toFixed(1)} s; whole document ${(gzipSync(built.json).length / 1024).toFixed(1)} KB gzipped`);

  // Which data files the page asked for before its first render (requests started before it).
  const asked: { path: string; at: number }[] = [];
  const onRequest = (r: { url: () => string }) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/data/')) asked.push({ path, at: Date.now() });
  };
  page.on('request', onRequest);
  await firstRender(page, `${url}/${id}/`); // warm-up
  const times: number[] = [];
  let initial: string[] = [];
  for (let r = 0; r < rounds; r++) {
    asked.length = 0;
    const start = Date.now();
    const t = await firstRender(page, `${url}/${id}/`);
    times.push(t);
    // The probe's time is from navigation start; a request before start + t was made before the render.
    initial = asked.filter((a) => a.at <= start + t + 50).map((a) => a.path);
  }
  page.off('request', onRequest);
  const files = [...new Set(initial)];
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(outDir, decodeURIComponent(f).replace(/^\//, '')))).length, 0);
  const detail = files.filter((f) => /\/(events|articles)\/\d+\.json$|\/texts\.json$/.test(f));
  const worst = Math.max(...times);
  console.log(`H1N1: first render median ${ms(median(times))}, worst ${ms(worst)}, best ${ms(Math.min(...times))} (${times.length} rounds: ${times.map((x) => x.toFixed(0)).join(', ')})`);
  console.log(`H1N1: initial data before the first render ${(bytes / 1024).toFixed(1)} KB gzipped in ${files.length} file(s) (${files.join(', ')}); detail files among them: ${detail.length}`);

  // Opening one event: what its detail costs.
  const event = built.story.events.find((e) => e.key) ?? built.story.events[0];
  if (event) {
    asked.length = 0;
    page.on('request', onRequest);
    await page.goto(`${url}/${id}/${encodeURIComponent(event.id)}/`);
    await page.getByRole('list', { name: 'Sources' }).waitFor();
    page.off('request', onRequest);
    const chunk = asked.map((a) => a.path).filter((p) => /\/events\/\d+\.json$/.test(p));
    const size = chunk.reduce((sum, f) => sum + gzipSync(readFileSync(join(outDir, f.replace(/^\//, '')))).length, 0);
    console.log(`H1N1: opening the key event "${event.title.slice(0, 60)}" fetched ${chunk.length} detail chunk(s), ${(size / 1024).toFixed(1)} KB gzipped`);
  }
  return [
    { ok: median(times) < 1000, what: `H1N1 first render, median ${ms(median(times))}, worst ${ms(worst)} (target < 1000 ms)` },
    { ok: bytes <= 300 * 1024 && detail.length === 0, what: `H1N1 initial data ${(bytes / 1024).toFixed(1)} KB gzipped, ${detail.length} detail file(s) (target <= 300 KB, no detail)` },
  ];
}

/** First render of a synthetic story of n events in every round. */
export async function syntheticRounds(page: Page, url: string, outDir: string, rounds: number, story: Story, firstRender: FirstRender): Promise<Verdict> {
  writeStory(outDir, story, JSON.stringify(story));
  const n = story.events.length.toLocaleString('en');
  await firstRender(page, `${url}/${story.id}/`); // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    times.push(await firstRender(page, `${url}/${story.id}/`));
    console.log(`${n} events: round ${r + 1}: first render ${ms(times.at(-1)!)}`);
  }
  const outline = gzipSync(readFileSync(join(outDir, `data/stories/${story.id}/index.json`))).length;
  console.log(`${n} events: first render median ${ms(median(times))}, worst ${ms(Math.max(...times))}; outline ${(outline / 1024).toFixed(1)} KB gzipped`);
  return { ok: Math.max(...times) < 1000, what: `${n} events first render in every round, worst ${ms(Math.max(...times))} (target < 1000 ms)` };
}
