/**
 * The story worker as one bundled ES module, so that a worker thread starts in a fraction of the time it
 * takes through tsx. Under tsx every module a worker imports (the pipeline, its lexicons, linkedom,
 * Readability, zod: some 300) goes through ESM loader hooks that Node 20 runs on another thread, a round
 * trip each: measured on a quiet machine, a worker became ready after 0.94 s (1.6 CPU-s) that way and
 * after 0.27 s (0.4 CPU-s) from the bundle. A pool pays that once per worker, and the difference is most of the start-up
 * a build of a few stories cannot spread over its cores.
 *
 * The bundle (esbuild, every dependency inside it) is cached in the system's temp folder with the list of
 * files it was made from, their sizes and modification times: a rebuild of the same code reuses it, a
 * changed source file makes a new one. Anything that goes wrong here returns null and the pool starts its
 * workers through tsx (worker.mjs) instead: slower, never wrong.
 *
 * It is CommonJS, not an ES module, because only a script can be compiled with V8's code cache in Node 20
 * (vm.Script's cachedData; module.enableCompileCache came in Node 22): cachedWorker.cjs loads it that way,
 * and the cache, named by the bundle's hash, lies beside it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./storyWorker.ts', import.meta.url));
const ROOT = resolve(ENTRY, '../../../..');
/** `import.meta.url` of the bundled ES sources, as a CommonJS bundle knows its own file. */
const BANNER = "var __datelineUrl = require('node:url').pathToFileURL(__filename).href;";

/** Age past which another bundle in the cache folder is deleted. */
const STALE_MS = 10 * 60_000;

interface Manifest { inputs: Record<string, [size: number, mtimeMs: number]>; hash: string }

/** The bundle (CommonJS, exporting storyWorker.ts's serveStories) and where its V8 code cache belongs. */
export interface WorkerBundle { bundle: string; cache: string }

let cached: Promise<WorkerBundle | null> | undefined;

/** The bundled worker (made or reused once per process), or null to fall back to tsx. */
export function workerBundle(): Promise<WorkerBundle | null> {
  cached ??= make().catch(() => null);
  return cached;
}

async function make(): Promise<WorkerBundle | null> {
  if (process.env.DATELINE_WORKER_BUNDLE === 'off') return null;
  // One cache folder per checkout and Node version: two clones never share (or fight over) a bundle.
  const key = createHash('sha256').update(`${ENTRY}\0${process.version}`).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `dateline-worker-${key}`);
  const manifestFile = join(dir, 'manifest.json');
  // Named by its hash, as is its code cache: a bundle file never changes, so no worker can read a cache
  // made for other code (V8 checks only the source's length).
  const bundleOf = (hash: string): WorkerBundle => ({ bundle: join(dir, `storyWorker.${hash}.cjs`), cache: join(dir, `storyWorker.${hash}.v8cache`) });
  const reused = fresh(manifestFile);
  if (reused && existsSync(bundleOf(reused).bundle)) return bundleOf(reused);
  const file = join(dir, 'storyWorker.cjs');
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [ENTRY], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false,
    metafile: true, logLevel: 'silent', banner: { js: BANNER }, define: { 'import.meta.url': '__datelineUrl' },
    external: ['esbuild'], outfile: file, absWorkingDir: ROOT,
  });
  // esbuild's service process would otherwise outlive this build until the process exits.
  await esbuild.stop();
  const code = result.outputFiles.find((f) => f.path.endsWith('.cjs'))?.contents;
  if (!code || result.errors.length) return null;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const inputs: Manifest['inputs'] = {};
  for (const path of Object.keys(result.metafile.inputs)) {
    const abs = resolve(ROOT, path);
    const st = statSync(abs);
    inputs[abs] = [st.size, st.mtimeMs];
  }
  mkdirSync(dir, { recursive: true });
  const made = bundleOf(hash);
  // Written beside and renamed: a process starting at the same moment sees the whole bundle or none.
  const tmp = `${made.bundle}.${process.pid}.${Date.now()}`;
  writeFileSync(tmp, code);
  renameSync(tmp, made.bundle);
  writeFileSync(`${manifestFile}.${process.pid}`, JSON.stringify({ inputs, hash } satisfies Manifest));
  renameSync(`${manifestFile}.${process.pid}`, manifestFile);
  // Earlier bundles and their caches, once no build can still be starting workers from them.
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    try {
      if (/^storyWorker\.(?:[0-9a-f]{16}\.(?:cjs|v8cache)|mjs)$/.test(name) && !name.includes(hash) && Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
    } catch {
      // another process removed it first
    }
  }
  return made;
}

/** The cached bundle's hash when every file it was made from is unchanged, else null. */
function fresh(manifestFile: string): string | null {
  try {
    const { inputs, hash } = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    const entries = Object.entries(inputs);
    const same = entries.length > 0 && entries.every(([path, [size, mtime]]) => { const st = statSync(path); return st.size === size && st.mtimeMs === mtime; });
    return same && typeof hash === 'string' && /^[0-9a-f]{16}$/.test(hash) ? hash : null;
  } catch {
    return null;
  }
}
