/**
 * Builds many story folders at once, one story per worker thread, on every core by default
 * (os.availableParallelism()). A story is the unit of work: the pipeline inside one story is sequential, and
 * stories are independent, so N workers build N stories side by side with no shared state.
 *
 * - Results come back in the order of `dirs`, whatever order the workers finish in, so output (and every
 *   line printed from it) is deterministic; each is exactly what buildOne gives in this thread.
 * - Larger folders are started first (longest job first), so one big story does not start last and leave
 *   the other cores idle at the end.
 * - One story failing (an exception, or its worker dying) never stops the others: it comes back as
 *   { ok: false, message } and a new worker replaces a dead one.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Story } from '../../schema/index.ts';
import type { BuiltStory } from '../buildAll.ts';
import { isTimeline17 } from '../datasets/timeline17.ts';
import { workerBundle } from './workerBundle.ts';

export interface WorkerTask { index: number; dir: string }
export type WorkerReply = { index: number; ok: true; built: Omit<BuiltStory, 'story'> } | { index: number; ok: false; message: string };
export type PoolResult = { dir: string; ok: true; built: BuiltStory } | { dir: string; ok: false; message: string };

export interface PoolOptions {
  /** Worker threads; default every core. Never more than there are stories. */
  jobs?: number;
  /** false: start the workers through tsx (worker.mjs), as when the bundle cannot be made. Default true. */
  bundled?: boolean;
  /** Called once per story, in the order of `dirs`, as soon as it and every story before it are done. */
  onResult?: (result: PoolResult, index: number) => void;
  /** Filled with one entry per story as it finishes: which worker built it, and when (ms since the pool began). */
  trace?: PoolTrace[];
}

/** When a story was given to a worker and when its reply came back (performance.now() ms from the pool's start). */
export interface PoolTrace { dir: string; worker: number; startMs: number; endMs: number }

const WORKER = new URL('./worker.mjs', import.meta.url);
const CACHED_WORKER = new URL('./cachedWorker.cjs', import.meta.url);

export const defaultJobs = (): number => availableParallelism();

export async function buildInPool(dirs: string[], options: PoolOptions = {}): Promise<PoolResult[]> {
  const results: (PoolResult | undefined)[] = new Array(dirs.length);
  if (!dirs.length) return [];
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), dirs.length));
  const queue = dirs.map((dir, index) => ({ index, dir, size: folderSize(dir) })).sort((a, b) => b.size - a.size || a.index - b.index);
  let reported = 0;
  const settle = (index: number, result: PoolResult) => {
    results[index] = result;
    while (reported < dirs.length && results[reported]) {
      options.onResult?.(results[reported]!, reported);
      reported++;
    }
  };

  // The bundled worker starts several times faster; without it (no esbuild, an error) tsx runs the sources.
  let bundle = options.bundled === false ? null : await workerBundle();
  lessEagerJit();
  const t0 = performance.now();
  let workers = 0;
  await new Promise<void>((done) => {
    let running = 0;
    const start = () => {
      const id = workers++;
      // A bundle needs no loader: the parent's (tsx's, when it runs under tsx) would only slow it down.
      const fromBundle = bundle;
      const worker = fromBundle ? new Worker(CACHED_WORKER, { execArgv: [], workerData: fromBundle }) : new Worker(WORKER);
      let ready = false;
      let current: WorkerTask | null = null;
      let since = 0;
      let failure = 'worker exited while building it';
      running++;
      const next = () => {
        const task = queue.shift();
        current = task ? { index: task.index, dir: task.dir } : null;
        since = performance.now() - t0;
        if (current) worker.postMessage(current);
        else void worker.terminate();
      };
      worker.on('message', (reply: WorkerReply | 'ready') => {
        if (reply === 'ready') {
          ready = true;
          return next();
        }
        options.trace?.push({ dir: dirs[reply.index]!, worker: id, startMs: since, endMs: performance.now() - t0 });
        // The worker gets its next story before this thread parses the reply (a 7 MB story takes ~0.1 s to
        // parse): it builds meanwhile instead of waiting.
        next();
        if (!reply.ok) settle(reply.index, { dir: dirs[reply.index]!, ok: false, message: reply.message });
        else settle(reply.index, { dir: dirs[reply.index]!, ok: true, built: { ...reply.built, story: JSON.parse(reply.built.json) as Story } });
      });
      // A worker that dies (out of memory, a crash in native code) takes only its own story with it; a fresh
      // worker carries on with the queue. One that cannot even start would fail the same way again: then
      // every story still queued fails with its message rather than looping.
      worker.on('error', (error: Error) => { failure = `worker failed: ${error.message}`; });
      worker.on('exit', () => {
        running--;
        if (current) settle(current.index, { dir: current.dir, ok: false, message: failure });
        current = null;
        // A bundle that does not start (a damaged cache): the sources through tsx, once, before giving up.
        if (!ready && fromBundle) bundle = null;
        else if (!ready) for (const task of queue.splice(0)) settle(task.index, { dir: task.dir, ok: false, message: failure });
        if (queue.length) start();
        else if (running === 0) done();
      });
    };
    for (let i = 0; i < jobs; i++) start();
  });
  return results as PoolResult[];
}

/**
 * V8's interrupt budget, 4x its default (67,584): how much a function must run before V8 considers
 * optimizing it. Every worker is a fresh V8 isolate that optimizes the pipeline's code again, and a build is
 * short: optimizing less eagerly costs less compile time than the slower code it leaves. Measured on the
 * 2-core machine, `t17-egypt` then `t17-finan` in one fresh thread, pinned, V8 single-threaded so that
 * compile time counts: 16% less CPU time (median of 4 alternated pairs, 1.05x to 1.28x); 8x its default
 * gained nothing more that the noise allowed to see, and 4x fewer cost 24% more. V8's flags belong to the
 * process, so this applies to the thread that runs the pool as well; it changes when code is optimized,
 * never what it computes (the pool's outputs are compared byte for byte with in-thread builds).
 * DATELINE_POOL_JIT=default leaves V8's default, to measure against.
 */
function lessEagerJit(): void {
  if (jitSet || process.env.DATELINE_POOL_JIT === 'default') return;
  jitSet = true;
  setFlagsFromString('--interrupt-budget=270336');
}
let jitSet = false;

/** Bytes of the article files the folder's reader will read: the longest-first key. */
function folderSize(dir: string): number {
  if (isTimeline17(dir)) {
    const articles = join(dir, existsSync(join(dir, 'articles_detok')) ? 'articles_detok' : 'articles');
    return list(articles).reduce((sum, day) => sum + filesSize(join(articles, day)), 0);
  }
  return filesSize(dir);
}

function filesSize(dir: string): number {
  let size = 0;
  for (const name of list(dir)) {
    try {
      const st = statSync(join(dir, name));
      if (st.isFile()) size += st.size;
    } catch {
      // an entry that vanished or cannot be read: the build itself will say so
    }
  }
  return size;
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
