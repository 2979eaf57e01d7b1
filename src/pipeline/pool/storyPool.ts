/**
 * Builds many story folders at once, one story per builder, on every core by default
 * (os.availableParallelism()). A story is the unit of work: the pipeline inside one story is sequential, and
 * stories are independent, so N builders build N stories side by side with no shared state. This thread is
 * one of the builders (unless `inThread: false`): a build of N stories starts N - 1 workers, so one fewer
 * V8 isolate starts and warms up, and one job starts none. Every builder takes the next story from one
 * shared counter (Atomics), so no worker waits for this thread while it builds.
 *
 * - Results come back in the order of `dirs`, whatever order the workers finish in, so output (and every
 *   line printed from it) is deterministic; each is exactly what buildOne gives in this thread.
 * - Larger folders are started first (longest job first), so one big story does not start last and leave
 *   the other cores idle at the end.
 * - One story failing (an exception, or its worker dying) never stops the others: it comes back as
 *   { ok: false, message } and a new worker replaces a dead one. A crash of this thread itself (out of
 *   memory while it builds a story) ends the process, as an in-thread build always did.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Story } from '../../schema/index.ts';
import { buildOne, type BuiltStory } from '../buildAll.ts';
import { isTimeline17 } from '../datasets/timeline17.ts';
import { workerBundle } from './workerBundle.ts';

export interface WorkerTask { index: number; dir: string }
/**
 * What a worker is given once, when it starts: every story in the order they are to be built, and the shared
 * counters. `taken` (one Int32) is the position of the next story to build, shared by every builder, the
 * pool's own thread included: each takes the next story with an atomic add, so no worker waits for this
 * thread to hand it one (this thread may be busy building). `current` (one Int32 per worker) holds the index
 * + 1 of the story the worker is building, 0 between stories: the story lost if it dies.
 */
export interface WorkerQueue { tasks: WorkerTask[]; taken: SharedArrayBuffer; current: SharedArrayBuffer }
/**
 * A worker's story: its JSON as UTF-8 bytes, whose buffer the worker moves to this thread (transferred, not
 * copied). Posting the text itself was measured at 45 to 120 ms in the worker for a 7 to 8 MB topic (a
 * story's text is two bytes a character: curly quotes), and 130 to 190 ms to receive in the pool's
 * thread, against 6 to 40 ms to encode and nothing to receive.
 */
export type WorkerStory = Omit<BuiltStory, 'story' | 'json' | 'bytes'> & { bytes: Uint8Array };
/** A worker's reply for one story, with when it began and ended (ms, performance.timeOrigin + now()). */
export type WorkerReply = ({ index: number; ok: true; built: WorkerStory } | { index: number; ok: false; message: string }) & { startedAt: number; endedAt: number };
export type PoolResult = { dir: string; ok: true; built: BuiltStory } | { dir: string; ok: false; message: string };

export interface PoolOptions {
  /** Builders, this thread included; default every core. Never more than there are stories. */
  jobs?: number;
  /** false: start the workers through tsx (worker.mjs), as when the bundle cannot be made. Default true. */
  bundled?: boolean;
  /**
   * true (the default): this thread builds stories too, as one of the `jobs`, and starts `jobs - 1` workers;
   * false: it only starts `jobs` workers and waits (one job then still means one worker thread).
   */
  inThread?: boolean;
  /** Called once per story, in the order of `dirs`, as soon as it and every story before it are done. */
  onResult?: (result: PoolResult, index: number) => void;
  /** Filled with one entry per story as it finishes: which builder built it (0 is this thread when it builds), and when. */
  trace?: PoolTrace[];
}

/** When a story was begun and when it was done (performance.now() ms from the pool's start). */
export interface PoolTrace { dir: string; worker: number; startMs: number; endMs: number }

const WORKER = new URL('./worker.mjs', import.meta.url);
const CACHED_WORKER = new URL('./cachedWorker.cjs', import.meta.url);

export const defaultJobs = (): number => availableParallelism();

export async function buildInPool(dirs: string[], options: PoolOptions = {}): Promise<PoolResult[]> {
  const results: (PoolResult | undefined)[] = new Array(dirs.length);
  if (!dirs.length) return [];
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), dirs.length));
  const inThread = options.inThread !== false;
  // Larger folders first (longest job first); every builder takes the next one from `taken`.
  const tasks: WorkerTask[] = dirs.map((dir, index) => ({ index, dir, size: folderSize(dir) })).sort((a, b) => b.size - a.size || a.index - b.index).map(({ index, dir }) => ({ index, dir }));
  const taken = new Int32Array(new SharedArrayBuffer(4));
  const take = (): WorkerTask | null => { const k = Atomics.add(taken, 0, 1); return k < tasks.length ? tasks[k]! : null; };
  const left = () => Atomics.load(taken, 0) < tasks.length;
  let reported = 0;
  const settle = (index: number, result: PoolResult) => {
    if (results[index]) return;
    results[index] = result;
    while (reported < dirs.length && results[reported]) {
      options.onResult?.(results[reported]!, reported);
      reported++;
    }
  };

  // The bundled worker starts several times faster; without it (no esbuild, an error) tsx runs the sources.
  let bundle = jobs > (inThread ? 1 : 0) ? (options.bundled === false ? null : await workerBundle()) : null;
  lessEagerJit();
  const t0 = performance.now();
  const origin = performance.timeOrigin + t0;
  let workers = inThread ? 1 : 0;
  let running = 0;
  let gaveUp = false;
  let allExited: () => void = () => {};
  const exited = new Promise<void>((resolve) => { allExited = resolve; });
  const start = () => {
    const id = workers++;
    // A bundle needs no loader: the parent's (tsx's, when it runs under tsx) would only slow it down.
    const fromBundle = bundle;
    const worker = fromBundle ? new Worker(CACHED_WORKER, { execArgv: [], workerData: fromBundle }) : new Worker(WORKER);
    const current = new Int32Array(new SharedArrayBuffer(4));
    let ready = false;
    let failure = 'worker exited while building it';
    running++;
    // Given now, not on 'ready': this thread may be building a story when the worker becomes ready.
    worker.postMessage({ tasks, taken: taken.buffer as SharedArrayBuffer, current: current.buffer as SharedArrayBuffer } satisfies WorkerQueue);
    worker.on('message', (reply: WorkerReply | 'ready' | 'done') => {
      if (reply === 'ready') { ready = true; return; }
      if (reply === 'done') { void worker.terminate(); return; }
      options.trace?.push({ dir: dirs[reply.index]!, worker: id, startMs: reply.startedAt - origin, endMs: reply.endedAt - origin });
      if (!reply.ok) settle(reply.index, { dir: dirs[reply.index]!, ok: false, message: reply.message });
      else settle(reply.index, { dir: dirs[reply.index]!, ok: true, built: withLazyStory(reply.built) });
    });
    // A worker that dies (out of memory, a crash in native code) takes only its own story with it; a fresh
    // worker carries on with the queue. One that cannot even start would fail the same way again: then no
    // more are started, and the stories still queued are built here, or fail with its message.
    worker.on('error', (error: Error) => { failure = `worker failed: ${error.message}`; });
    worker.on('exit', () => {
      running--;
      const lost = Atomics.load(current, 0);
      if (lost) settle(lost - 1, { dir: dirs[lost - 1]!, ok: false, message: failure });
      // A bundle that does not start (a damaged cache): the sources through tsx, once, before giving up.
      if (!ready && fromBundle) bundle = null;
      else if (!ready) gaveUp = true;
      if (gaveUp && !inThread) for (let task = take(); task; task = take()) settle(task.index, { dir: task.dir, ok: false, message: failure });
      if (!gaveUp && left()) start();
      else if (running === 0) allExited();
    });
  };
  for (let i = inThread ? 1 : 0; i < jobs; i++) start();
  if (running === 0) allExited();
  if (inThread) {
    for (let task = take(); task; task = take()) {
      const startMs = performance.now() - t0;
      let result: PoolResult;
      try {
        result = { dir: task.dir, ok: true, built: buildOne(task.dir) };
      } catch (error) {
        result = { dir: task.dir, ok: false, message: (error as Error).message };
      }
      options.trace?.push({ dir: task.dir, worker: 0, startMs, endMs: performance.now() - t0 });
      settle(task.index, result);
      // The workers' replies wait for this thread: take them (and report them in order) between stories.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  await exited;
  return results as PoolResult[];
}

/**
 * V8's interrupt budget, 8x its default (67,584): how much a function must run before V8 considers
 * optimizing it. Every worker is a fresh V8 isolate that optimizes the pipeline's code again, and a build is
 * short: optimizing less eagerly costs less compile time than the slower code it leaves. Session 8 measured
 * 4x on the 2-core machine (`t17-egypt` then `t17-finan` in one fresh thread, pinned, V8 single-threaded so
 * that compile time counts): 16% less CPU time than the default (median of 4 alternated pairs), and 4x
 * fewer cost 24% more. Session 10 (second pass) measured 8x against 4x on the whole pool (the four Timeline17 topics,
 * fresh processes, 5 alternated pairs each): two builders on two cores 7% less CPU and 5% less wall time
 * (every pair below 1), one builder on one core 3% less of both (every pair below 1); 16x gained nothing
 * more (ratio 1.03 against 8x). V8's flags belong to the process, so this applies to the thread that runs
 * the pool as well; it changes when code is optimized, never what it computes (the pool's outputs are
 * compared byte for byte with in-thread builds). DATELINE_POOL_JIT=default leaves V8's default, to
 * measure against.
 */
function lessEagerJit(): void {
  if (jitSet || process.env.DATELINE_POOL_JIT === 'default') return;
  jitSet = true;
  setFlagsFromString('--interrupt-budget=540672');
  // Less inlining, so each optimizing compile is cheaper: a quarter of the default cumulative bytecode size
  // (920). Measured as above (whole pool, 5 alternated pairs each): 460 against 920, two builders 2.6% less
  // CPU (every pair below 1), one builder 1.6% less; 230 against 460, two builders 2.6% less again, one
  // builder the same (ratio 1.00). It changes what gets inlined, never what the code computes.
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=230');
}
let jitSet = false;

/**
 * A worker's story as this thread gives it out: `json` is decoded from the bytes, and `story` parsed from
 * `json`, the first time each is read, and kept. `npm run extract` writes the bytes and prints the summary,
 * so it never decodes or parses a worker's story: a Timeline17 topic is 4.5 to 7.6 MB of JSON, 0.05 to 0.1
 * CPU-s to parse and some 0.07 to decode, and this thread did that between two of its own stories, or after
 * its last one, on the build's longest path. The site build reads `story`, and pays for it then.
 */
export function withLazyStory(built: WorkerStory): BuiltStory {
  let story: Story | undefined;
  let json: string | undefined;
  return {
    ...built,
    get json(): string { return (json ??= decoder.decode(built.bytes)); },
    get story(): Story { return (story ??= JSON.parse(this.json) as Story); },
  };
}
const decoder = new TextDecoder();

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
