/**
 * Bench section "pipeline": the whole buildStory (ingest to validated story) on one core, in MB/s of
 * article text and articles/s, over the seed story, every Multi-News development cluster and the
 * 370-article Timeline17 H1N1 story, with the number of events each gets. Data root: DATELINE_SHARED,
 * else ../shared beside the repository; a section without its data is skipped with a note.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readStoryDir } from '../../src/pipeline/io.ts';
import { buildStory, cpuClock, type StageTimes, type StoryInput } from '../../src/pipeline/run.ts';
import { articlesOnly } from '../../src/pipeline/eval/storyFiles.ts';

const repo = resolve(import.meta.dirname, '../..');
const shared = process.env.DATELINE_SHARED ? resolve(process.env.DATELINE_SHARED) : resolve(repo, '../shared');

interface Row { name: string; articles: number; bytes: number; ms: number; cpu: number; events: number; context: number; stages: StageTimes }

const STAGES = ['ingest', 'clean', 'segment', 'time', 'dating', 'events', 'merge', 'validate'];

function measure(name: string, input: StoryInput, repeat = 1): Row {
  const bytes = input.files.reduce((s, f) => s + f.bytes.length, 0);
  let best = Infinity;
  let bestCpu = Infinity;
  let stages: StageTimes = {};
  let story = buildStory(input); // warm-up run, also the one whose counts we print
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    const c0 = cpuClock();
    story = buildStory(input);
    const ms = performance.now() - t0;
    const cpu = cpuClock() - c0;
    if (ms < best) best = ms;
    if (cpu < bestCpu) bestCpu = cpu;
  }
  // One more run with CPU-time stage timers (a few process.cpuUsage() calls per article), for the breakdown only.
  buildStory(input, (stages = {}), cpuClock);
  return { name, articles: story.articles.length, bytes, ms: best, cpu: bestCpu, events: story.events.length, context: story.context.length, stages };
}

function print(rows: Row[]): void {
  for (const r of rows) {
    console.log(`${r.name.padEnd(48)} ${String(r.articles).padStart(4)} articles ${(r.bytes / 1024).toFixed(0).padStart(6)} KB ${r.ms.toFixed(0).padStart(6)} ms ${(r.bytes / 1e6 / (r.ms / 1000)).toFixed(2).padStart(6)} MB/s ${(r.bytes / 1e6 / (r.cpu / 1000)).toFixed(2).padStart(6)} MB/cpu-s ${(r.articles / (r.ms / 1000)).toFixed(0).padStart(5)} articles/s  ${String(r.events).padStart(4)} events ${String(r.context).padStart(4)} context`);
  }
}

/** Timeline17: articles/<date>/NNN.txt with articles_index.tsv giving each file's publication date. */
function t17Input(dir: string): StoryInput {
  const lines = readFileSync(join(dir, 'articles_index.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
  const files: StoryInput['files'] = [];
  const articles: Record<string, { published: string }> = {};
  for (const line of lines) {
    const [file, pub] = line.split('\t');
    if (!file || !pub) continue;
    const name = file.replace(/^articles\//, '').replace('/', '_');
    files.push({ name, bytes: new Uint8Array(readFileSync(join(dir, file))) });
    articles[name] = { published: pub };
  }
  return { id: 't17-h1n1', meta: { title: 'H1N1 (Timeline17)', articles }, files };
}

export async function run(): Promise<void> {
  const rows: Row[] = [];
  const seed = join(repo, 'data/stories/us-officials-in-mexico-city');
  if (existsSync(seed)) {
    const row = measure('seed: us-officials-in-mexico-city', readStoryDir(seed), 5);
    rows.push(row);
    console.log(`seed story in ${row.ms.toFixed(0)} ms (target: under 1000 ms)`);
  } else console.log('seed story absent: skipped');
  const clusters = join(shared, 'data/news-clusters');
  if (existsSync(clusters)) {
    for (const name of readdirSync(clusters).sort()) rows.push(measure(name, articlesOnly(readStoryDir(join(clusters, name)))));
  } else console.log(`${clusters} absent: news clusters skipped`);
  const t17 = join(shared, 'data/t17-h1n1');
  if (existsSync(join(t17, 'articles_index.tsv'))) rows.push(measure('t17-h1n1', t17Input(t17)));
  else console.log(`${t17} absent: t17-h1n1 skipped`);
  print(rows);
  const stages: StageTimes = {};
  for (const r of rows) for (const [k, v] of Object.entries(r.stages)) stages[k] = (stages[k] ?? 0) + v;
  const sum = Object.values(stages).reduce((a, b) => a + b, 0) || 1;
  console.log(`per stage, CPU time (all rows): ${STAGES.filter((k) => k in stages).map((k) => `${k} ${stages[k]!.toFixed(0)} ms (${((100 * stages[k]!) / sum).toFixed(0)}%)`).join(', ')}`);
  const total = rows.reduce((a, r) => ({ bytes: a.bytes + r.bytes, ms: a.ms + r.ms, cpu: a.cpu + r.cpu, articles: a.articles + r.articles }), { bytes: 0, ms: 0, cpu: 0, articles: 0 });
  const mb = total.bytes / 1e6;
  console.log(`per stage, MB per CPU-second: ${STAGES.filter((k) => k in stages).map((k) => `${k} ${(mb / (stages[k]! / 1000)).toFixed(1)}`).join(', ')}`);
  console.log(`all: ${(mb / (total.ms / 1000)).toFixed(2)} MB/s wall, ${(mb / (total.cpu / 1000)).toFixed(2)} MB per CPU-second, ${(total.articles / (total.ms / 1000)).toFixed(0)} articles/s (target: 1 MB/s on one core)`);
}
