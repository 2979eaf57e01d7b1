/**
 * Bench section "viewer": the production build in headless Chromium.
 *  - time to first render of the seed story (navigation start -> timeline drawn with its title);
 *  - a synthetic story of 10,000 events (served in place of a built one): time to first render, DOM size,
 *    and frame times while zooming (wheel) and panning (drag), one input event per animation frame;
 *  - the initial JavaScript (entry script and its preloads), gzipped.
 * Targets: 10,000 events first rendered < 1 s, pan/zoom >= 50 fps, initial JS < 150 KB gzipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

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
  return { schemaVersion: 1, id: 'synthetic', title: 'Synthetic: 10,000 events', articles, events, context: [], warnings: [] };
}

/** Milliseconds from navigation start until the timeline is drawn. */
async function firstRender(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForSelector('section[aria-label="Timeline"] .timeline-viewport, section[aria-label="Timeline"].timeline--empty');
  return page.evaluate(() => performance.now());
}

/** Frame times while one input event per frame zooms or pans the timeline. */
async function frames(page: Page, kind: 'zoom' | 'pan', count: number): Promise<{ mean: number; p95: number; work: number }> {
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
        } else {
          x += Math.floor(i / 50) % 2 === 0 ? 12 : -12;
          window.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: x, clientY: cy, view: window }));
        }
        void el.getBoundingClientRect(); // count layout in the frame's work
        work.push(performance.now() - t0);
        if (++i < count) requestAnimationFrame(step);
        else done();
      };
      requestAnimationFrame(step);
    });
    if (kind === 'pan') window.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: x, clientY: cy, view: window }));
    const gaps = times.slice(1).map((t, i) => t - times[i]!).sort((a, b) => a - b);
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    return { mean, p95: gaps[Math.floor(gaps.length * 0.95)]!, work: work.reduce((a, b) => a + b, 0) / work.length };
  }, { kind, count });
}

function initialJs(dir: string): number {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f.replace(/^\//, '')))).length, 0);
}

export async function run(): Promise<void> {
  const executablePath = [process.env.DATELINE_CHROMIUM, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  const js = initialJs(outDir);
  const { server, url } = await serve(outDir);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    // tsx keeps function names with a helper that does not exist in the page.
    await page.addInitScript('window.__name = (f) => f');
    const index = JSON.parse(readFileSync(join(outDir, 'data/index.json'), 'utf8')) as { stories: { id: string }[] };
    const seedId = index.stories.find((s) => s.id.includes('mexico'))?.id ?? index.stories[0]?.id;
    if (seedId) {
      await firstRender(page, `${url}/${seedId}/`); // warm the HTTP and compile caches once
      const seed = await firstRender(page, `${url}/${seedId}/`);
      console.log(`seed story (${seedId}): first render ${seed.toFixed(0)} ms`);
    }
    // Written beside the built stories, so it is fetched like one (request interception would add its own cost).
    writeFileSync(join(outDir, 'data/stories/synthetic.json'), JSON.stringify(syntheticStory(10_000)));
    await firstRender(page, `${url}/synthetic/`);
    const big = await firstRender(page, `${url}/synthetic/`);
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('synthetic.json'))?.responseEnd ?? 0);
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.replace('dateline:', ''), Math.round(m.startTime)])));
    console.log(`  (document received ${fetched.toFixed(0)} ms, parsed ${marks['story-parsed']} ms, validated ${marks['story-validated']} ms, rendered ${marks['story-rendered']} ms)`);
    const nodes = await page.evaluate(() => ({ all: document.querySelectorAll('*').length, marks: document.querySelectorAll('.mark, .cluster').length }));
    console.log(`10,000 events: first render ${big.toFixed(0)} ms (target < 1000); ${nodes.all} DOM elements, ${nodes.marks} marks and clusters drawn`);
    const zoom = await frames(page, 'zoom', 160);
    console.log(`  zoom: mean frame ${zoom.mean.toFixed(1)} ms (${(1000 / zoom.mean).toFixed(0)} fps), p95 ${zoom.p95.toFixed(1)} ms, work per frame ${zoom.work.toFixed(1)} ms (target >= 50 fps)`);
    for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    const pan = await frames(page, 'pan', 200);
    console.log(`  pan:  mean frame ${pan.mean.toFixed(1)} ms (${(1000 / pan.mean).toFixed(0)} fps), p95 ${pan.p95.toFixed(1)} ms, work per frame ${pan.work.toFixed(1)} ms`);
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`initial JavaScript: ${(js / 1024).toFixed(1)} KB gzipped (target < 150 KB)`);
}
