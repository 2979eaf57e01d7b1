/**
 * Bench section "viewer": the production build in headless Chromium.
 *  - time to first render of the seed story (navigation start -> timeline drawn with its title);
 *  - a synthetic story of 10,000 events (served in place of a built one): time to first render, DOM size,
 *    and frame times while zooming (wheel) and panning (drag), one input event per animation frame;
 *  - the initial JavaScript (entry script and its preloads), gzipped.
 *  - long stories (lib/longStory.ts): the Timeline17 H1N1 story's first render and the data fetched before
 *    it, gzipped (its outline only), and 100,000 synthetic events' first render in every round.
 * Targets: 10,000 events first rendered < 1 s, pan/zoom >= 50 fps, initial JS < 150 KB gzipped; H1N1 first
 * render < 1 s with <= 300 KB of data gzipped; 100,000 events < 1 s in every round.
 *
 * Made for a loaded 2-core machine: one warm-up load, then several rounds (DATELINE_BENCH_ROUNDS, default
 * 5), each figure reported as median and best, and a PASS/FAIL line per target on the medians. Frame
 * times come with the idle page's own frame interval, the floor the machine allows at that moment.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import type { Story } from '../../src/schema/story.ts';
import { h1n1Figures, syntheticRounds, writeStory, type Verdict } from './lib/longStory.ts';

const root = join(import.meta.dirname, '../..');
const outDir = join(tmpdir(), 'dateline-bench-viewer');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** A static host: files as they are, index.html for unknown paths (as vite preview and 404.html do). */
function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (!existsSync(file) || statSync(file).isDirectory()) file = existsSync(join(file, 'index.html')) ? join(file, 'index.html') : join(dir, 'index.html');
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

/** 10,000 events over ten years, bunched like news (quiet months, busy weeks), at every precision. */
export function syntheticStory(n: number) {
  const articles = Array.from({ length: 40 }, (_, i) => {
    const text = Array.from({ length: 60 }, (_, j) => `Sentence ${j} of article ${i} reports something that happened.`).join(' ');
    return { id: `a${i}`, file: `a${i}.txt`, title: `Synthetic article ${i}`, publisher: `Publisher ${i % 12}`, url: null, byline: null, dateline: null, published: null, text };
  });
  const grans = ['day', 'day', 'day', 'day', 'time', 'week', 'month', 'year'] as const;
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pad = (x: number) => String(x).padStart(2, '0');
  const events = Array.from({ length: n }, (_, i) => {
    const burst = Math.floor(rand() * 60);
    const day = new Date(Date.UTC(2010, 0, 1) + (burst * 60 + rand() * rand() * 40) * 86_400_000);
    const g = grans[i % grans.length]!;
    const ymd = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
    const value = g === 'time' ? `${ymd}T${pad(Math.floor(rand() * 24))}:00` : g === 'week' ? `${day.getUTCFullYear()}-W${pad(1 + Math.floor(rand() * 52))}` : g === 'month' ? ymd.slice(0, 7) : g === 'year' ? ymd.slice(0, 4) : ymd;
    const a = articles[i % articles.length]!;
    const start = (i % 60) * 58;
    const text = a.text.slice(start, a.text.indexOf('.', start) + 1);
    return {
      id: `e${i}`, date: { value, granularity: g, source: 'stated', evidence: null }, title: `Synthetic event number ${i} in the long story`,
      summary: text, actors: [`Actor ${i % 30}`], place: null, quotes: [], mentions: [{ articleId: a.id, start, end: start + text.length, text }], sources: 1,
    };
  }).sort((x, y) => x.date.value.localeCompare(y.date.value));
  return { schemaVersion: 1, id: n === 10_000 ? 'synthetic' : `synthetic-${n}`, title: `Synthetic: ${n.toLocaleString('en')} events`, articles, events, context: [], warnings: [] };
}

/**
 * Installed before every navigation: records when the timeline first shows its events (the first frame
 * after marks are in the DOM: a rAF callback runs just before that frame's style, layout and paint, and a
 * message posted from it runs once the frame is done) as window.__datelineShown.
 */
const SHOWN_PROBE = `(() => {
  const done = () => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { window.__datelineShown = performance.now(); };
    ch.port2.postMessage(0);
  });
  const look = () => document.querySelector('section[aria-label="Timeline"] .timeline-viewport .mark, section[aria-label="Timeline"].timeline--empty');
  new MutationObserver((_, mo) => { if (look()) { mo.disconnect(); done(); } }).observe(document, { childList: true, subtree: true });
})();`;

/** Milliseconds from navigation start until the timeline shows its events. */
async function firstRender(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __datelineShown?: number }).__datelineShown !== undefined, null, { polling: 50 });
  return page.evaluate(() => (window as unknown as { __datelineShown: number }).__datelineShown);
}

type Frames = { mean: number; p95: number; work: number };

/**
 * Frame intervals (rAF to rAF) while one input event per frame zooms or pans the timeline, or with no input
 * at all ('idle': the machine's floor). The input is dispatched in a rAF callback, so React's render (a
 * microtask), style, layout and paint all fall in that frame. `work` is the script part: the dispatch,
 * React's microtask and a forced layout, measured from a microtask queued after React's.
 */
async function frames(page: Page, kind: 'zoom' | 'pan' | 'idle', count: number): Promise<Frames> {
  return page.evaluate(async ({ kind, count }) => {
    const el = document.querySelector<HTMLElement>('.timeline-viewport')!;
    const box = el.getBoundingClientRect();
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    const times: number[] = [];
    const work: number[] = [];
    let x = cx;
    if (kind === 'pan') el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, clientX: x, clientY: cy, view: window, button: 0 }));
    await new Promise<void>((done) => {
      let i = 0;
      const step = (t: number) => {
        times.push(t);
        const t0 = performance.now();
        if (kind === 'zoom') {
          const dir = Math.floor(i / 40) % 2 === 0 ? -1 : 1; // in for 40 frames, out for 40
          el.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: dir * 60, clientX: cx, clientY: cy, view: window }));
        } else if (kind === 'pan') {
          x += Math.floor(i / 50) % 2 === 0 ? 12 : -12;
          window.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: x, clientY: cy, view: window }));
        }
        queueMicrotask(() => {
          void el.getBoundingClientRect(); // count layout in the frame's work
          work.push(performance.now() - t0);
        });
        if (++i < count) requestAnimationFrame(step);
        else requestAnimationFrame((end) => { times.push(end); done(); });
      };
      requestAnimationFrame(step);
    });
    if (kind === 'pan') window.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: x, clientY: cy, view: window }));
    const gaps = times.slice(1).map((t, i) => t - times[i]!).sort((a, b) => a - b);
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    return { mean, p95: gaps[Math.floor(gaps.length * 0.95)]!, work: work.reduce((a, b) => a + b, 0) / work.length };
  }, { kind, count });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;
const verdict = (ok: boolean, what: string) => console.log(`${ok ? 'PASS' : 'FAIL'}: ${what}`);

/** Median and best of a figure over the rounds, lower being better. */
function summary(xs: number[], fmt: (x: number) => string = ms): string {
  return `median ${fmt(median(xs))}, best ${fmt(Math.min(...xs))} (${xs.length} rounds: ${xs.map((x) => x.toFixed(0)).join(', ')})`;
}

/**
 * Gzipped size of the scripts a story page loads before its first render: the entry, its preloads and the
 * chunks it imports dynamically at start (the entry fetches the story before loading React and the app).
 * A chunk loaded only later (zod, for the messages about an invalid document) does not count.
 */
function initialJs(dir: string, urls: string[]): number {
  const files = [...new Set(urls.map((u) => new URL(u).pathname).filter((p) => p.endsWith('.js')))];
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f.replace(/^\//, '')))).length, 0);
}

export async function run(): Promise<void> {
  const rounds = Math.max(1, Number(process.env.DATELINE_BENCH_ROUNDS) || 5);
  const executablePath = [process.env.DATELINE_CHROMIUM, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  const { server, url } = await serve(outDir);
  let js = 0;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const results: { big: number[]; zoom: Frames[]; pan: Frames[]; idle: Frames[] } = { big: [], zoom: [], pan: [], idle: [] };
  const long: Verdict[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    // tsx keeps function names with a helper that does not exist in the page.
    await page.addInitScript('window.__name = (f) => f');
    await page.addInitScript(SHOWN_PROBE);
    console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    const index = JSON.parse(readFileSync(join(outDir, 'data/index.json'), 'utf8')) as { stories: { id: string }[] };
    const seedId = index.stories.find((s) => s.id.includes('mexico'))?.id ?? index.stories[0]?.id;
    if (seedId) {
      const scripts: string[] = [];
      const onRequest = (r: { url: () => string; resourceType: () => string }) => { if (r.resourceType() === 'script') scripts.push(r.url()); };
      page.on('request', onRequest);
      await firstRender(page, `${url}/${seedId}/`); // warm the HTTP and compile caches once
      page.off('request', onRequest);
      js = initialJs(outDir, scripts);
      const seed: number[] = [];
      for (let r = 0; r < rounds; r++) seed.push(await firstRender(page, `${url}/${seedId}/`));
      console.log(`seed story (${seedId}): first render ${summary(seed)}`);
    }
    // Written beside the built stories, so it is fetched like one (request interception would add its own cost).
    writeStory(outDir, syntheticStory(10_000) as Story, JSON.stringify(syntheticStory(10_000)));
    await firstRender(page, `${url}/synthetic/`);
    const phases: Record<string, number[]> = {};
    for (let r = 0; r < rounds; r++) {
      results.big.push(await firstRender(page, `${url}/synthetic/`));
      const fetched = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('synthetic/index.json')).map((e) => (e as PerformanceResourceTiming).responseEnd));
      const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.replace('dateline:', ''), m.startTime])));
      for (const [k, v] of Object.entries({ received: Math.max(...fetched), fetches: fetched.length, ...marks })) (phases[k] ??= []).push(v);
    }
    console.log(`10,000 events: first render ${summary(results.big)}`);
    console.log(`  (medians: document received ${ms(median(phases.received ?? [0]))} in ${median(phases.fetches ?? [0])} fetch(es), parsed ${ms(median(phases['story-parsed'] ?? [0]))}, validated ${ms(median(phases['story-validated'] ?? [0]))}, rendered ${ms(median(phases['story-rendered'] ?? [0]))})`);
    const nodes = await page.evaluate(() => ({ all: document.querySelectorAll('*').length, marks: document.querySelectorAll('.mark, .cluster').length }));
    console.log(`  ${nodes.all} DOM elements, ${nodes.marks} marks and clusters drawn`);
    for (let r = 0; r < rounds; r++) {
      if (r) await firstRender(page, `${url}/synthetic/`);
      results.idle.push(await frames(page, 'idle', 60));
      results.zoom.push(await frames(page, 'zoom', 160));
      await page.getByRole('button', { name: 'Whole story', exact: true }).click();
      for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
      results.pan.push(await frames(page, 'pan', 200));
    }
    long.push(await syntheticRounds(page, url, outDir, rounds, syntheticStory(100_000) as Story, firstRender));
    long.push(...(await h1n1Figures(page, url, outDir, rounds, firstRender)) ?? []);
    const fps = (x: number) => `${x.toFixed(1)} ms (${(1000 / x).toFixed(0)} fps)`;
    for (const kind of ['idle', 'zoom', 'pan'] as const) {
      const f = results[kind];
      const label = kind === 'idle' ? 'idle: frame interval with no input (the floor)' : `${kind}: mean frame`;
      console.log(`  ${label}: median ${fps(median(f.map((x) => x.mean)))}, best ${fps(Math.min(...f.map((x) => x.mean)))}; p95 median ${median(f.map((x) => x.p95)).toFixed(1)} ms; script work per frame median ${median(f.map((x) => x.work)).toFixed(1)} ms`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`initial JavaScript (loaded before the first render): ${(js / 1024).toFixed(1)} KB gzipped`);
  const big = median(results.big);
  const zoom = median(results.zoom.map((x) => x.mean));
  const pan = median(results.pan.map((x) => x.mean));
  verdict(big < 1000, `10,000 events first render, median ${ms(big)} (target < 1000 ms)`);
  verdict(zoom <= 20, `zoom, median frame ${zoom.toFixed(1)} ms = ${(1000 / zoom).toFixed(0)} fps (target >= 50 fps)`);
  verdict(pan <= 20, `pan, median frame ${pan.toFixed(1)} ms = ${(1000 / pan).toFixed(0)} fps (target >= 50 fps)`);
  for (const v of long) verdict(v.ok, v.what);
  verdict(js > 0 && js < 150 * 1024, `initial JavaScript ${js ? `${(js / 1024).toFixed(1)} KB gzipped` : 'not measured (no built story)'} (target < 150 KB)`);
}
