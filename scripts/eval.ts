/**
 * `npm run eval -- --data <shared dir> [--out results.json] [--only timeline,dating,anchoring,timex,keyEvents] [--reference]`
 * Runs the development battery of <shared>/eval/README.md in this one process (src/pipeline/eval/battery.ts),
 * prints one table with the targets and writes the figures as JSON (default eval-results.json). Exit 0 when
 * it ran, whatever the figures; 2 on a bad command line or data folder. --reference then runs the Python
 * reference scorers on the same code (a snapshot of the project taken at start), sets their figures beside
 * ours and exits 1 on any disagreement. --compare prints, after the table, every figure that moved since an
 * earlier run's JSON, with its noise (src/pipeline/eval/compare.ts).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Story } from '../src/schema/index.ts';
import {
  ANCHORING_CORPUS, DATING_TOPICS, requiredPaths, runAnchoring, runDating, runKeyEvents, runTimeline, runTimex, SECTIONS,
  type BatteryResults, type SectionName,
} from '../src/pipeline/eval/battery.ts';
import {
  compareAnchoring, compareBuilds, compareDating, compareKeyEvents, compareTimeline, parseAnchoringOutput, parseDatingOutput, sideBySide, type Agreement,
} from '../src/pipeline/eval/reference.ts';
import { fileHash, run, scoreWithPython, snapshotProject, storyHash } from '../src/pipeline/eval/referenceRun.ts';
import { formatBattery, formatTable } from '../src/pipeline/eval/table.ts';
import { command } from '../src/pipeline/cliManners.ts';
import { checkTargets } from '../src/pipeline/eval/targets.ts';
import { compareResults, formatComparison } from '../src/pipeline/eval/compare.ts';
import { movedUnits } from '../src/pipeline/eval/moved.ts';

const USAGE = 'usage: npm run eval -- --data <shared dir> [--out results.json] [--only timeline,dating,anchoring,timex,keyEvents] [--reference] [--compare earlier.json]';
const PROJECT = fileURLToPath(new URL('..', import.meta.url));

// --help, and one line instead of a stack trace for anything that escapes.
command('eval', `${USAGE}

Runs the development battery of <shared>/eval/README.md in this one process (timeline truth on the 13 gold
stories, article dating on Timeline17 with the dates hidden, event anchoring on SemEval-2015, TempEval-3,
key events: Timeline17 timeline summarization and the gold stories' top-ranked events),
prints one table with the targets and writes the figures as JSON.
  --data <dir>     the shared evaluation folder (the one holding eval/ and data/)
  --out <file>     where the JSON goes (default eval-results.json)
  --only <list>    only these sections
  --reference      also run the Python reference scorers and check that every figure agrees
  --compare <file> an earlier run's JSON: list every figure that moved, with a 95% paired-bootstrap
                   interval over its units (stories, articles, rows, timelines) and whether the change
                   is beyond noise
  --help           this text
Exit 0 when it ran, whatever the figures; 1 when --reference disagrees; 2 on a bad command line.`);

function fail(message: string): never {
  console.error(`eval: ${message}`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const args = argv.filter((a) => a !== '--');
  const opts = { data: '', out: 'eval-results.json', only: [...SECTIONS] as SectionName[], reference: false, compare: '' };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => { const v = args[++i]; if (v === undefined || v.startsWith('--')) fail(`${a} needs a value; ${USAGE}`); return v; };
    if (a === '--data') opts.data = value();
    else if (a === '--out') opts.out = value();
    else if (a === '--reference') opts.reference = true;
    else if (a === '--compare') opts.compare = value();
    else if (a === '--only') {
      const names = value().split(',').map((s) => s.trim()).filter(Boolean);
      const bad = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
      if (bad.length || !names.length) fail(`--only: unknown section ${bad.join(', ') || '(none)'}; the sections are ${SECTIONS.join(', ')}`);
      opts.only = SECTIONS.filter((s) => names.includes(s));
    } else fail(`unknown argument ${a}; ${USAGE}`);
  }
  if (!opts.data) fail(`--data is required; ${USAGE}`);
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const data = resolve(opts.data);
if (!existsSync(data) || !statSync(data).isDirectory()) fail(`--data ${opts.data}: no such folder (give the shared evaluation folder, the one holding eval/ and data/)`);
const earlier = opts.compare ? readEarlier(opts.compare) : null;
const needed = opts.only.flatMap((s) => requiredPaths(data, s));
if (opts.reference) needed.push(...['score_timeline.py', 'dating_eval.py', 'anchoring_eval.py', 'tls/score_tls.py'].map((f) => join(data, 'eval', 'tools', f)));
const missing = needed.find((p) => !existsSync(p));
if (missing) fail(`--data ${opts.data}: ${missing} is missing (give the shared evaluation folder, the one holding eval/ and data/)`);

const git = (...a: string[]) => spawnSync('git', a, { cwd: PROJECT, encoding: 'utf8' }).stdout?.trim() ?? '';
// The reference scorers build with `npm run extract` in a copy of the code this process loaded.
const tmp = opts.reference ? mkdtempSync(join(tmpdir(), 'dateline-eval-')) : '';
const snapshot = opts.reference ? takeSnapshot() : null;
const t0 = performance.now();
const built = new Map<string, Story>();
const hashes = { dating: new Map<string, string>(), anchoring: new Map<string, string>() };
/** The built stories are kept (hashed for dating and anchoring) only for --reference. */
const keep = (f: (name: string, story: Story) => void) => (opts.reference ? f : undefined);
const results: BatteryResults = {};
// The key-event section ranks the gold stories the timeline section built.
const keepGold = opts.reference || opts.only.includes('keyEvents');
if (opts.only.includes('timeline')) results.timeline = runTimeline(data, keepGold ? (id, story) => { built.set(id, story) } : undefined);
if (opts.only.includes('dating')) results.dating = runDating(data, keep((name, story) => { hashes.dating.set(name, storyHash(story)); }));
if (opts.only.includes('anchoring')) results.anchoring = runAnchoring(data, keep((name, story) => { hashes.anchoring.set(name, storyHash(story)); }));
if (opts.only.includes('timex')) results.timex = runTimex(data);
/** Each Timeline17 task's summary and its gold file, for score_tls.py (--reference). */
const summaries: Array<{ topic: string; gold: string; pred: unknown; goldFile: string }> = [];
if (opts.only.includes('keyEvents')) {
  results.keyEvents = runKeyEvents(data, results.timeline ? built : null, opts.reference ? (topic, gold, pred, goldFile) => { summaries.push({ topic, gold, pred, goldFile }); } : undefined);
}
const elapsed = Math.round((performance.now() - t0) / 100) / 10;
const checks = checkTargets(results);
const commit = git('rev-parse', '--short', 'HEAD');
const dirty = git('status', '--porcelain', '--', 'src').length > 0;

console.log(`Dateline evaluation battery on ${data}, code ${commit || 'unknown'}${dirty ? ' with uncommitted changes' : ''}`);
console.log(formatBattery(results, checks));
console.log(`elapsed ${elapsed.toFixed(1)} s`);

const report: Record<string, unknown> = {
  generatedAt: new Date().toISOString(), data, code: { commit, uncommittedChanges: dirty }, elapsedSeconds: elapsed,
  sections: results, targets: checks,
};
const outPath = resolve(opts.out);
writeFileSync(outPath, `${JSON.stringify(report, null, 1)}\n`);
console.log(`wrote ${outPath}`);
if (earlier) {
  console.log(`\n${formatComparison(compareResults(earlier.sections, results), `${opts.compare} (code ${earlier.commit})`)}`);
  const moved = movedUnits(earlier.sections, results);
  if (moved.length) console.log(`\nWhat moved them:\n${moved.map((l) => `  ${l}`).join('\n')}`);
}

/** An earlier run's JSON (--compare), or one clear line and exit 2. */
function readEarlier(path: string): { sections: BatteryResults; commit: string } {
  let parsed: { sections?: BatteryResults; code?: { commit?: string } };
  try { parsed = JSON.parse(readFileSync(resolve(path), 'utf8')); } catch (error) { fail(`--compare ${path}: cannot read it as JSON (${(error as Error).message.split('\n')[0]})`); }
  if (!parsed?.sections || typeof parsed.sections !== 'object') fail(`--compare ${path}: not a results file of npm run eval (no "sections")`);
  return { sections: parsed.sections, commit: parsed.code?.commit ?? 'unknown' };
}

if (opts.reference) {
  const agreement = await reference();
  report.reference = agreement;
  writeFileSync(outPath, `${JSON.stringify(report, null, 1)}\n`);
  process.exitCode = agreement.result === 'OK' ? 0 : 1;
}

function takeSnapshot(): { dir: string; problem: string | null } {
  const dir = join(tmp, 'project');
  try {
    const { changed } = snapshotProject(PROJECT, dir, performance.timeOrigin - 1000);
    return { dir, problem: changed.length ? `${changed.length} source file(s) changed while this process started (${changed.slice(0, 3).join(', ')})` : null };
  } catch (error) {
    return { dir, problem: `the project could not be copied: ${(error as Error).message}` };
  }
}

/** Runs the Python scorers, prints their figures beside ours and the agreement line. */
async function reference(): Promise<{ result: 'OK' | 'mismatch' | 'inconclusive'; compared: number; mismatches: Agreement[]; problem: string | null; seconds: number }> {
  const r0 = performance.now();
  const tools = join(data, 'eval', 'tools');
  const project = snapshot!.dir;
  console.log(`\nReference scorers (${tools}), our figure / the reference's; they build in a copy of this run's code`);
  const datingRun = results.dating ? run('python3', [join(tools, 'dating_eval.py'), project, join(tmp, 'dating'), ...DATING_TOPICS.map((t) => join(data, 'data', t))], project) : null;
  const anchoringRun = results.anchoring ? run('python3', [join(tools, 'anchoring_eval.py'), project, join(tmp, 'anchoring'), join(data, 'data', ANCHORING_CORPUS)], project) : null;
  const all: Agreement[] = [];

  if (results.timeline) {
    const rows = results.timeline.stories.map((s) => {
      const got = compareTimeline(s, scoreWithPython(tools, s.gold, built.get(s.id)!, join(tmp, 'timeline'), s.id));
      all.push(...got);
      return [s.id.slice(0, 20), ...got.filter((a) => !/recall_all|unmatched$/.test(a.what)).map(sideBySide)];
    });
    console.log('\nscore_timeline.py --json');
    console.log(formatTable([['story', 'events', 'core recall', 'date core', 'date all', 'coverage', 'over-merges', 'junk', 'article dating'], ...rows]));
  }
  if (results.keyEvents) {
    // score_tls.py --batch DIR: DIR/<topic>/pred_<key>.json beside a copy of DIR/<topic>/gold_<key>.tilse.txt.
    const dir = join(tmp, 'tls');
    for (const s of summaries) {
      mkdirSync(join(dir, s.topic), { recursive: true });
      writeFileSync(join(dir, s.topic, `pred_${s.gold}.json`), JSON.stringify(s.pred));
      copyFileSync(s.goldFile, join(dir, s.topic, `gold_${s.gold}.tilse.txt`));
    }
    const res = spawnSync('python3', [join(tools, 'tls', 'score_tls.py'), '--batch', dir, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    let ref: unknown = null;
    try { ref = JSON.parse(res.stdout); } catch { console.log(`score_tls.py exited with ${res.status}: ${(res.stderr || '').trim().slice(-300)}`); }
    const got = compareKeyEvents(results.keyEvents, ref);
    all.push(...got);
    console.log('\nscore_tls.py --batch --json (every figure to the last digit; shown with three decimals)');
    const byRow = new Map<string, Agreement[]>();
    for (const a of got) { const row = a.what.split(' ')[1]!; byRow.set(row, [...(byRow.get(row) ?? []), a]); }
    console.log(formatTable([['timeline', 'Date-F1', 'AR-1 P', 'AR-1 R', 'AR-1 F', 'AR-2 P', 'AR-2 R', 'AR-2 F'],
      ...[...byRow].map(([row, list]) => [row, ...list.filter((a) => !/concat/.test(a.what)).map(sideBySide)])]));
  }
  for (const [name, pending, compare] of [
    ['dating_eval.py', datingRun, (out: string) => compareDating(results.dating!, parseDatingOutput(out))],
    ['anchoring_eval.py', anchoringRun, (out: string) => compareAnchoring(results.anchoring!, parseAnchoringOutput(out))],
  ] as const) {
    if (!pending) continue;
    const res = await pending;
    if (res.code !== 0 && res.code !== 1) console.log(`${name} exited with ${res.code}: ${res.stderr.trim().slice(-300)}`);
    const got = compare(res.stdout);
    all.push(...got);
    const kind = name === 'dating_eval.py' ? 'dating' : 'anchoring';
    const builds = compareBuilds(kind, hashes[kind], (story) => fileHash(join(tmp, kind, `${story}.json`)));
    all.push(...builds);
    console.log(`\n${name}`);
    const byLine = new Map<string, Agreement[]>();
    for (const a of got) {
      const [, line] = a.what.split(' ');
      byLine.set(line!, [...(byLine.get(line!) ?? []), a]);
    }
    const header = ['line', ...[...byLine.values()][0]!.map((a) => a.what.split(' ').slice(2).join(' '))];
    console.log(formatTable([header, ...[...byLine].map(([line, list]) => [line, ...list.map(sideBySide)])]));
    console.log(`story JSON built in this process identical to the one npm run extract wrote for ${name}: ${builds.filter((b) => b.ok).length} of ${builds.length}`);
  }

  const bad = all.filter((a) => !a.ok);
  const seconds = Math.round((performance.now() - r0) / 100) / 10;
  console.log(`\nreference run ${seconds.toFixed(1)} s; ${all.length} figures compared; TempEval-3 has no separate reference (npm run eval:timex runs the same code)`);
  if (snapshot!.problem) console.log(`warning: ${snapshot!.problem}: the scorers may have built other code than this process`);
  for (const a of bad) console.log(`mismatch: ${a.what}: ours ${a.ours}, reference ${a.ref}`);
  if (bad.length) console.log(`reference agreement: ${bad.length} MISMATCH${bad.length > 1 ? 'ES' : ''}`);
  else console.log(snapshot!.problem ? 'reference agreement: not shown (the code changed as the run started; run again)' : 'reference agreement: OK');
  const result = bad.length ? 'mismatch' : snapshot!.problem ? 'inconclusive' : 'OK';
  // The copies and the scorers' stories are kept to look into when something disagrees.
  if (result === 'OK') rmSync(tmp, { recursive: true, force: true });
  else console.log(`the scorers' stories and the copy of the code are in ${tmp}`);
  return { result, compared: all.length, mismatches: bad, problem: snapshot!.problem, seconds };
}
