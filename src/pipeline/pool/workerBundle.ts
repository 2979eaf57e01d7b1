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
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ENTRY = fileURLToPath(new URL('./storyWorker.ts', import.meta.url));
const ROOT = resolve(ENTRY, '../../../..');
/** Bare `require` for the CommonJS dependencies bundled into an ES module (iconv-lite, chardet). */
const BANNER = "import { createRequire as __datelineRequire } from 'node:module'; const require = __datelineRequire(import.meta.url);";

interface Manifest { inputs: Record<string, [size: number, mtimeMs: number]> }

let cached: Promise<URL | null> | undefined;

/** The bundled worker's URL (made or reused once per process), or null to fall back to tsx. */
export function workerBundle(): Promise<URL | null> {
  cached ??= make().catch(() => null);
  return cached;
}

async function make(): Promise<URL | null> {
  if (process.env.DATELINE_WORKER_BUNDLE === 'off') return null;
  // One cache folder per checkout and Node version: two clones never share (or fight over) a bundle.
  const key = createHash('sha256').update(`${ENTRY}\0${process.version}`).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `dateline-worker-${key}`);
  const file = join(dir, 'storyWorker.mjs');
  const manifestFile = join(dir, 'manifest.json');
  if (existsSync(file) && fresh(manifestFile)) return pathToFileURL(file);
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [ENTRY], bundle: true, platform: 'node', format: 'esm', target: 'node20', write: false,
    metafile: true, logLevel: 'silent', banner: { js: BANNER }, external: ['esbuild'],
    outfile: file, absWorkingDir: ROOT,
  });
  // esbuild's service process would otherwise outlive this build until the process exits.
  await esbuild.stop();
  const code = result.outputFiles.find((f) => f.path.endsWith('.mjs'))?.contents;
  if (!code || result.errors.length) return null;
  const inputs: Manifest['inputs'] = {};
  for (const path of Object.keys(result.metafile.inputs)) {
    const abs = resolve(ROOT, path);
    const st = statSync(abs);
    inputs[abs] = [st.size, st.mtimeMs];
  }
  mkdirSync(dir, { recursive: true });
  // Written beside and renamed: a process starting at the same moment sees the old bundle or the new one.
  const tmp = `${file}.${process.pid}.${Date.now()}`;
  writeFileSync(tmp, code);
  renameSync(tmp, file);
  writeFileSync(`${manifestFile}.${process.pid}`, JSON.stringify({ inputs } satisfies Manifest));
  renameSync(`${manifestFile}.${process.pid}`, manifestFile);
  return pathToFileURL(file);
}

/** Whether every file the cached bundle was made from is unchanged. */
function fresh(manifestFile: string): boolean {
  try {
    const { inputs } = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    const entries = Object.entries(inputs);
    return entries.length > 0 && entries.every(([path, [size, mtime]]) => { const st = statSync(path); return st.size === size && st.mtimeMs === mtime; });
  } catch {
    return false;
  }
}
