/**
 * Runs the Python reference scorers for `npm run eval -- --reference`: score_timeline.py --json on the
 * story JSONs this run built (written to a temporary folder), and dating_eval.py / anchoring_eval.py,
 * which build their stories themselves with `npm run extract` in the project (slow: one process a story).
 * The scorers build in a snapshot of the project taken when this process started, so that both sides run
 * the same code while others keep editing the tree; the story JSONs they write are compared with ours.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Story } from '../../schema/index.ts';
import { serialize } from '../story/serialize.ts';

export interface ProcessResult { code: number | null; stdout: string; stderr: string }

/** A child process's exit code and output, without blocking this one (two scorers run side by side). */
export function run(cmd: string, args: string[], cwd: string): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', (e) => resolve({ code: null, stdout, stderr: stderr + e.message }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A short hash of a story's JSON as `npm run extract` writes it. */
export const storyHash = (story: Story): string => createHash('sha1').update(serialize(story)).digest('hex').slice(0, 12);

/** The same hash of a JSON file a scorer had `npm run extract` write, or null when it is not there. */
export const fileHash = (path: string): string | null =>
  existsSync(path) ? createHash('sha1').update(readFileSync(path)).digest('hex').slice(0, 12) : null;

/** Writes the story as `npm run extract` would and returns score_timeline.py's --json figures. */
export function scoreWithPython(tools: string, gold: string, story: Story, dir: string, id: string): Record<string, unknown> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${id}.json`);
  writeFileSync(path, serialize(story));
  const res = spawnSync('python3', [join(tools, 'score_timeline.py'), gold, path, '--json'], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`score_timeline.py ${id}: ${(res.stderr || res.stdout || String(res.error)).slice(-300)}`);
  return JSON.parse(res.stdout) as Record<string, unknown>;
}

/**
 * Copies what `npm run extract` needs (src/, package.json, tsconfig*.json; node_modules linked) into `dest`,
 * and lists the source files changed since `since` (epoch ms, this process's start): when there are any, the
 * modules this process loaded may differ from the copy.
 */
export function snapshotProject(project: string, dest: string, since: number): { changed: string[] } {
  mkdirSync(dest, { recursive: true });
  cpSync(join(project, 'src'), join(dest, 'src'), { recursive: true });
  for (const f of readdirSync(project)) if (f === 'package.json' || /^tsconfig.*\.json$/.test(f)) copyFileSync(join(project, f), join(dest, f));
  symlinkSync(join(project, 'node_modules'), join(dest, 'node_modules'), 'dir');
  const changed: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if (st.mtimeMs >= since && !name.includes('.test.')) changed.push(path);
    }
  };
  walk(join(project, 'src'));
  return { changed };
}
