/**
 * The story pool builds many stories on worker threads exactly as the one-story path does: the same bytes,
 * in the order given, and a story that fails takes nothing else down.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildOne } from '../buildAll.ts';
import { buildInPool, withLazyStory, type PoolResult, type PoolTrace } from './storyPool.ts';
import { workerBundle } from './workerBundle.ts';

const repo = resolve(import.meta.dirname, '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'dateline-pool-'));
// Copies, so that no build writes a lock file into the repository; frozen, so that every build reads the same.
process.env.DATELINE_LOCKS = 'frozen';
const seed = join(tmp, 'seed');
const hostile = join(tmp, 'hostile');
cpSync(join(repo, 'data/stories/us-officials-in-mexico-city'), seed, { recursive: true });
cpSync(join(repo, 'e2e/fixtures/stories/hostile'), hostile, { recursive: true });
const missing = join(tmp, 'missing');

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('buildInPool', () => {
  it('gives each story byte-identical to buildOne, in the order given, and a failure only for the folder that failed', async () => {
    const seen: number[] = [];
    const results = await buildInPool([hostile, missing, seed], { jobs: 2, onResult: (_r, i) => seen.push(i) });
    expect(seen).toEqual([0, 1, 2]);
    expect(results.map((r) => [r.dir, r.ok])).toEqual([[hostile, true], [missing, false], [seed, true]]);
    const ok = (r: PoolResult) => (r.ok ? r.built : null)!;
    expect(ok(results[0]!).json).toBe(buildOne(hostile).json);
    expect(ok(results[2]!).json).toBe(buildOne(seed).json);
    expect(ok(results[2]!).story).toEqual(JSON.parse(buildOne(seed).json));
    expect(results[1]!.ok ? '' : results[1]!.message).toMatch(/ENOENT.*missing/);
  }, 60_000);

  it('with one job builds every story in this thread, the same bytes, and traces when each was built', async () => {
    const trace: PoolTrace[] = [];
    const results = await buildInPool([seed, hostile], { jobs: 1, trace });
    expect(results.map((r) => (r.ok ? r.built.json : r.message))).toEqual([buildOne(seed).json, buildOne(hostile).json]);
    // One entry per story, in the order they finished, all on this thread (builder 0), one after the other.
    expect(trace.map((t) => [t.worker, t.dir]).sort()).toEqual([[0, hostile], [0, seed]].sort());
    expect(trace[0]!.startMs).toBeLessThan(trace[0]!.endMs);
    expect(trace[1]!.startMs).toBeGreaterThanOrEqual(trace[0]!.endMs);
  }, 60_000);

  it('gives the same bytes from workers started through tsx, the fallback when the bundle cannot be made', async () => {
    const results = await buildInPool([hostile, seed], { jobs: 2, bundled: false, inThread: false });
    expect(results.map((r) => (r.ok ? r.built.json : r.message))).toEqual([buildOne(hostile).json, buildOne(seed).json]);
  }, 60_000);

  it('starts workers from the V8 code cache that the first worker saved, and from a damaged cache, with the same bytes', async () => {
    const bundle = await workerBundle();
    expect(bundle).not.toBeNull();
    const { cache } = bundle!;
    rmSync(cache, { force: true });
    const expected = [buildOne(seed).json, buildOne(hostile).json];
    const json = (results: PoolResult[]) => results.map((r) => (r.ok ? r.built.json : r.message));
    // No cache: the worker makes it after its first story.
    expect(json(await buildInPool([seed, hostile], { jobs: 1, inThread: false }))).toEqual(expected);
    expect(existsSync(cache)).toBe(true);
    const made = readFileSync(cache);
    // With it: same bytes, and the cache is left alone (V8 accepted it).
    expect(json(await buildInPool([seed, hostile], { jobs: 2, inThread: false }))).toEqual(expected);
    expect(readFileSync(cache).equals(made)).toBe(true);
    // A damaged cache is rejected by V8: the worker compiles the bundle as if there were none, and saves a good one.
    writeFileSync(cache, Buffer.alloc(made.length, 7));
    expect(json(await buildInPool([seed, hostile], { jobs: 1, inThread: false }))).toEqual(expected);
    expect(readFileSync(cache)[0]).not.toBe(7);
  }, 60_000);

  it('with workers only, shares the queue between them: every story once, the same bytes, a failure only for its folder', async () => {
    const trace: PoolTrace[] = [];
    const dirs = [seed, missing, hostile, seed];
    const results = await buildInPool(dirs, { jobs: 2, inThread: false, trace });
    expect(results.map((r) => (r.ok ? r.built.json : r.dir))).toEqual([buildOne(seed).json, missing, buildOne(hostile).json, buildOne(seed).json]);
    expect(trace.map((t) => t.dir).sort()).toEqual([...dirs].sort());
    // Builders 0 and 1 are the two worker threads: this thread builds nothing here.
    expect(trace.every((t) => t.worker === 0 || t.worker === 1)).toBe(true);
  }, 60_000);

  it("gives a worker's story as the UTF-8 bytes extract writes, with the summary it prints, and decodes and parses its JSON only when read", async () => {
    const [result] = await buildInPool([seed, hostile], { jobs: 2, inThread: false });
    const built = result!.ok ? result!.built : null;
    const own = buildOne(seed);
    // The bytes a write of the text gives (the seed has curly quotes: a two-byte string), moved from the worker.
    expect(Buffer.from(built!.bytes!).equals(Buffer.from(own.json, 'utf8'))).toBe(true);
    expect(/[^\u0000-\u00ff]/.test(own.json)).toBe(true);
    expect(built!.summary).toEqual(own.summary);
    expect(own.summary).toEqual({ articles: own.story.articles.length, events: own.story.events.length, warnings: own.story.warnings });
    const parse = vi.spyOn(JSON, 'parse');
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    try {
      const lazy = withLazyStory({ id: own.id, dir: own.dir, bytes: new TextEncoder().encode(own.json), summary: own.summary });
      expect(lazy.summary.events).toBe(own.story.events.length);
      expect(parse).not.toHaveBeenCalled();
      expect(decode).not.toHaveBeenCalled();
      expect(lazy.story).toEqual(own.story);
      expect(lazy.story).toBe(lazy.story);
      expect(lazy.json).toBe(own.json);
      expect(parse).toHaveBeenCalledTimes(1);
      expect(decode).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
      decode.mockRestore();
    }
  }, 60_000);

  it('returns nothing for no folders without starting a worker', async () => {
    expect(await buildInPool([])).toEqual([]);
  });
});
