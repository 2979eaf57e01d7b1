/**
 * Command-line manners (issue 13, item 7), checked on the real commands as a person runs them: every
 * script of package.json answers --help with its usage on stdout and exit 0, and each bad argument gives
 * ONE line on stderr, `<command>: <what, naming it>`, a non-zero exit and no stack trace. Commands are
 * spawned as `node --import tsx <script>` (what `tsx` runs, without npm's start-up), several at a time.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '..');
const seed = join(repo, 'data/stories/us-officials-in-mexico-city');
const scripts = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).scripts as Record<string, string>;
const bin = (name: string) => join(repo, 'node_modules/.bin', name);

interface Run { code: number | null; stdout: string; stderr: string }

/** Spawned with at most 4 at once, so a run of the whole file stays a few seconds on two cores. */
const slots: (() => void)[] = [];
let running = 0;
async function run(cmd: string, args: string[]): Promise<Run> {
  if (running >= 4) await new Promise<void>((go) => slots.push(go));
  running++;
  try {
    return await new Promise<Run>((done, fail) => {
      const child = spawn(cmd, args, { cwd: repo, env: { ...process.env, DATELINE_LOCKS: 'frozen', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => { stdout += d; });
      child.stderr.on('data', (d) => { stderr += d; });
      child.on('error', fail);
      child.on('close', (code) => done({ code, stdout, stderr }));
    });
  } finally {
    running--;
    slots.shift()?.();
  }
}

/** How `npm run <name> -- ...args` runs, without npm: a TypeScript or .mjs script, or a tool's own binary. */
function invocation(name: string, args: string[]): [string, string[]] {
  const script = scripts[name]!;
  const tsx = /^tsx (\S+)$/.exec(script);
  if (tsx) return [process.execPath, ['--import', 'tsx', tsx[1]!, ...args]];
  const node = /^node (\S+)$/.exec(script);
  if (node) return [process.execPath, [node[1]!, ...args]];
  // Tools answer --help themselves.
  const [tool, ...rest] = script.split(' ');
  if (tool === 'vite') return [bin('vite'), [...rest, ...args]];
  if (tool === 'vitest') return [bin(tool), args];
  if (tool === 'playwright') return [bin('playwright'), [...rest, ...args]];
  throw new Error(`package.json script "${name}" (${script}): this test does not know how to run it; add it here`);
}

const npm = (name: string, ...args: string[]) => run(...invocation(name, args));

const tmp = mkdtempSync(join(tmpdir(), 'dateline-commands-'));
const at = (...p: string[]) => join(tmp, ...p);

beforeAll(() => {
  mkdirSync(at('empty'));
  const articles = readdirSync(seed).filter((n) => n.endsWith('.txt'));
  for (const [name, extra] of [['bad-story-json', ['story.json', '{"title": ']], ['bad-edits', ['edits.json', '{"events": [']], ['good', null]] as const) {
    mkdirSync(at(name));
    for (const a of articles.slice(0, 2)) cpSync(join(seed, a), at(name, a));
    if (extra) writeFileSync(at(name, extra[0]), extra[1]);
  }
  writeFileSync(at('page.html'), '<!doctype html><html><head><title>Vote</title><script>document.title = "on Monday"</script></head><body><article><h1>Council vote</h1><p>The council met on <b>Tuesday</b> and will vote again next week, officials said.</p><p>The budget runs to the end of the year, the mayor told reporters after the meeting.</p></article></body></html>');
  writeFileSync(at('not-gold.json'), '<html>');
  writeFileSync(at('gold.json'), '{"articles": {}, "events": []}');
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.concurrent('every command answers --help', () => {
  for (const name of Object.keys(scripts)) {
    it(`npm run ${name} -- --help prints its usage on stdout and exits 0`, async () => {
      const r = await npm(name, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/usage/i);
    }, 30_000);
  }
});

/** One line on stderr that names `names`, `command: ` first, no stack trace. */
function expectOneLine(r: Run, command: string, code: number, ...names: (string | RegExp)[]) {
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]!.startsWith(`${command}: `), r.stderr).toBe(true);
  for (const n of names) expect(lines[0]).toMatch(typeof n === 'string' ? new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : n);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.code).toBe(code);
}

describe.concurrent('a bad argument is one line naming it and a non-zero exit', () => {
  const cases: [string, string, () => string[], number, (string | RegExp)[]][] = [
    ['extract', 'a missing path', () => [at('missing')], 1, [at('missing'), 'no such folder']],
    ['extract', 'a file for a folder', () => [at('page.html')], 1, [at('page.html'), 'not a folder']],
    ['extract', 'an empty story folder', () => [at('empty')], 1, [at('empty'), 'no article in it']],
    ['extract', 'an unreadable story.json', () => [at('bad-story-json')], 1, [at('bad-story-json', 'story.json'), 'cannot be read']],
    ['extract', 'an unreadable edits file', () => [at('bad-edits')], 1, [at('bad-edits', 'edits.json'), 'cannot be read']],
    ['extract', 'an unknown option', () => [at('good'), '--bogus'], 2, ['--bogus']],
    ['extract', '--jobs that is no number', () => [at('good'), '--out-dir', at('out'), '--jobs', 'many'], 2, ['--jobs many']],
    ['extract', 'several folders without --out-dir', () => [at('good'), at('empty')], 2, ['--out-dir']],
    ['timex', 'an invalid --dct', () => ['--dct', '2017-02-30', at('page.html')], 2, ['--dct 2017-02-30', 'not a date']],
    ['timex', 'a --dct without its value', () => ['--dct'], 2, ['--dct needs a value']],
    ['timex', 'a missing path', () => ['--dct', '2017-02-24', at('missing.txt')], 1, [at('missing.txt'), 'no such file']],
    ['eval:timex', 'a missing path', () => [at('missing')], 1, [at('missing'), 'no such folder']],
    ['eval:timex', 'a folder without TimeML', () => [at('empty')], 1, [at('empty'), 'no .tml documents']],
    ['eval:timeline', 'a missing path', () => [at('missing'), at('not-gold.json')], 1, [at('missing'), 'no such folder']],
    ['eval:timeline', 'an empty story folder', () => [at('empty'), at('gold.json')], 1, [at('empty'), 'no article in it']],
    ['eval:timeline', 'an unreadable gold file', () => [at('good'), at('not-gold.json')], 1, [at('not-gold.json')]],
    ['eval:timeline', 'an unreadable story.json', () => [at('bad-story-json'), at('gold.json')], 1, [at('bad-story-json', 'story.json'), 'cannot be read']],
    ['eval', 'a missing --data folder', () => ['--data', at('missing')], 2, [at('missing'), 'no such folder']],
    ['eval', 'a --compare file that is no JSON', () => ['--data', at('empty'), '--compare', at('not-gold.json')], 2, [at('not-gold.json'), 'cannot read it as JSON']],
    ['eval', 'a --compare file that is no results file', () => ['--data', at('empty'), '--compare', at('gold.json')], 2, [at('gold.json'), 'not a results file']],
    ['titles:audit', 'no --data', () => [], 2, ['--data']],
    ['titles:audit', 'a missing --data folder', () => ['--data', at('missing')], 1, [at('missing'), 'no such folder']],
    ['titles:audit', 'a folder without eval/', () => ['--data', at('empty')], 1, [at('empty'), 'no eval/ folder']],
    ['titles:audit', 'an unknown option', () => ['--data', at('empty'), '--bogus'], 2, ['--bogus']],
    ['bench', 'an unknown section', () => ['nosuch'], 2, ['"nosuch"']],
    ['summarize', 'no --dates', () => [at('good'), '--sentences', '2'], 2, ['--dates is required']],
    ['summarize', '--sentences that is no number', () => [at('good'), '--dates', '3', '--sentences', 'two'], 2, ['--sentences two']],
    ['summarize', 'a --from that is no date', () => [at('good'), '--dates', '3', '--sentences', '2', '--from', '2017-02-30'], 2, ['--from 2017-02-30', 'not a date']],
    ['summarize', 'an unknown option', () => [at('good'), '--dates', '3', '--sentences', '2', '--bogus'], 2, ['--bogus']],
    ['summarize', 'a missing path', () => [at('missing'), '--dates', '3', '--sentences', '2'], 1, [at('missing'), 'no such folder']],
    ['summarize', 'an empty story folder', () => [at('empty'), '--dates', '3', '--sentences', '2'], 1, [at('empty'), 'no article in it']],
  ];
  for (const [name, what, args, code, names] of cases) {
    it(`npm run ${name}: ${what}`, async () => expectOneLine(await npm(name, ...args()), name, code, ...names), 30_000);
  }
});

describe('extract builds many stories and names the one that failed', () => {
  it('writes every story it can, says which failed on one line each, and exits 1', async () => {
    const r = await npm('extract', at('good'), at('missing'), at('empty'), '--out-dir', at('out-many'), '--jobs', '2');
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n').filter((l) => !l.startsWith('warning: '));
    expect(lines).toEqual([
      `wrote ${at('out-many', 'good.json')}: 2 articles, ${JSON.parse(readFileSync(at('out-many', 'good.json'), 'utf8')).events.length} events`,
      `extract: ${at('missing')}: no such folder`,
      expect.stringContaining(`extract: ${at('empty')}: no article in it`),
      'extract: 2 of 3 stories failed',
    ]);
    expect(r.stdout).toBe('');
  }, 60_000);
});

describe('timex reads an HTML page as its article text', () => {
  it('tags the words of the page, never its tags or scripts, and keeps warnings off stdout', async () => {
    const r = await npm('timex', '--dct', '2017-02-24', at('page.html'));
    expect(r.code).toBe(0);
    const tags = JSON.parse(r.stdout) as { text: string; value: string }[];
    expect(tags.map((t) => [t.text, t.value])).toEqual([['Tuesday', '2017-02-21'], ['next week', '2017-W09'], ['the end of the year', expect.any(String)]]);
    expect(r.stdout).not.toMatch(/Monday|<b>|script/);
  }, 30_000);
});
