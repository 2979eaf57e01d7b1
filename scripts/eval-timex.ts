/**
 * `npm run eval:timex -- <folder of .tml> [--out <folder>] [--errors [kind,...]]`
 * Tags each TimeML document's TEXT with its DCT, optionally writes the documents with system TIMEX3 tags,
 * and prints TempEval-3 Task A timex figures pooled over the documents (all four types).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { command, option, positionals } from '../src/pipeline/cliManners.ts';
import { join } from 'node:path';
import { tagTimex } from '../src/pipeline/time/index.ts';
import { parseTml, writeTml } from '../src/pipeline/time/eval/tml.ts';
import { addCounts, countDoc, metrics, ZERO } from '../src/pipeline/time/eval/score.ts';
import type { TimexError } from '../src/pipeline/time/eval/errors.ts';
import { listErrors } from '../src/pipeline/time/eval/errors.ts';

const USAGE = `usage: npm run eval:timex -- <folder of .tml> [--out <folder>] [--errors [missed,spurious,extent,value,type]]

TempEval-3 Task A figures (relaxed and strict extent, value and type) of the time tagger on a folder of
TimeML documents, each tagged against its own document creation time.
  --out <folder>  also write each document with the system's TIMEX3 tags
  --errors        list the errors of the given kinds (default: all five)
  --help          this text`;

const cmd = command('eval:timex', USAGE);
const args = cmd.argv;
const out = option(cmd, '--out');
const errIdx = args.indexOf('--errors');
const kindsArg = errIdx >= 0 && args[errIdx + 1] && !args[errIdx + 1]!.startsWith('--') && /^[a-z,]+$/.test(args[errIdx + 1]!) && !existsSync(args[errIdx + 1]!) ? args[errIdx + 1]! : undefined;
const errKinds = errIdx >= 0 ? (kindsArg ? kindsArg.split(',') : ['missed', 'spurious', 'extent', 'value', 'type']) : null;
const dirs = positionals(cmd, kindsArg ? ['--out', '--errors'] : ['--out'], ['--errors']);
if (dirs.length !== 1) cmd.fail(dirs.length ? `one folder at a time (got ${dirs.length})` : 'give a folder of .tml documents (--help for usage)');
const dir = dirs[0]!;
if (!existsSync(dir)) cmd.fail(`${dir}: no such folder`, 1);
if (!statSync(dir).isDirectory()) cmd.fail(`${dir}: not a folder (give the folder of .tml documents)`, 1);
if (!readdirSync(dir).some((f) => f.endsWith('.tml'))) cmd.fail(`${dir}: no .tml documents in it`, 1);
if (out) mkdirSync(out, { recursive: true });

let counts = ZERO;
const errors: TimexError[] = [];
const files = readdirSync(dir).filter((f) => f.endsWith('.tml')).sort();
for (const f of files) {
  const doc = parseTml(readFileSync(join(dir, f), 'utf8'));
  const sys = tagTimex(doc.text, { dct: doc.dct });
  counts = addCounts(counts, countDoc(doc.gold, sys));
  if (out) writeFileSync(join(out, f), writeTml(doc, sys));
  if (errKinds) errors.push(...listErrors(f, doc.dct, doc.text, doc.gold, sys).filter((e) => errKinds.includes(e.kind)));
}

if (errKinds) {
  for (const kind of errKinds) {
    const list = errors.filter((e) => e.kind === kind);
    console.log(`\n### ${kind} (${list.length})`);
    for (const e of list) console.log(`${e.dct?.slice(0, 10) ?? '-'} ${e.line}`);
  }
  console.log('');
}

const m = metrics(counts);
const pct = (x: number) => (x * 100).toFixed(2).padStart(6);
console.log(`TempEval-3 Task A (timex), ${files.length} documents, gold ${counts.gold}, system ${counts.system}, pairs ${counts.relaxed}`);
console.log(`               P       R      F1`);
console.log(`relaxed   ${pct(m.relaxed.p)}  ${pct(m.relaxed.r)}  ${pct(m.relaxed.f1)}`);
console.log(`strict    ${pct(m.strict.p)}  ${pct(m.strict.r)}  ${pct(m.strict.f1)}`);
console.log(`value accuracy ${pct(m.valueAccuracy)}   value F1 ${pct(m.valueF1)}`);
console.log(`type accuracy  ${pct(m.typeAccuracy)}   type F1  ${pct(m.typeF1)}`);
