// summarize: the story's most important days, each told by sentences of its articles, in the events' rank
// order; and the command line that prints it (spawned as `node --import tsx`, like scripts/commands.test.ts).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStoryDir } from '../io.ts';
import { buildStory } from '../run.ts';
import { summarize } from './summarize.ts';

const repo = resolve(import.meta.dirname, '../../..');
const seedDir = resolve(repo, 'data/stories/us-officials-in-mexico-city');
const story = buildStory(readStoryDir(seedDir));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('summarize', () => {
  it('gives at most K days, in date order, each with at most N sentences taken word for word from the articles', () => {
    const out = summarize(story, { dates: 2, sentences: 3 });
    expect(out).toHaveLength(2);
    expect(out.map((d) => d.date)).toEqual([...out.map((d) => d.date)].sort());
    const texts = story.articles.map((a) => norm(a.text));
    for (const d of out) {
      expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.sentences.length).toBeGreaterThan(0);
      expect(d.sentences.length).toBeLessThanOrEqual(3);
      expect(new Set(d.sentences).size).toBe(d.sentences.length);
      for (const s of d.sentences) expect(texts.some((t) => t.includes(s)), s).toBe(true);
    }
  });

  it("chooses the day of the top-ranked event first and tells it by that event's sentence", () => {
    const top = story.events.find((e) => e.rank === 1)!;
    const [only] = summarize(story, { dates: 1, sentences: 1 });
    expect(only!.date).toBe(top.date.value.slice(0, 10));
    expect(top.mentions.map((m) => norm(m.text))).toContain(only!.sentences[0]);
  });

  it('keeps to --from and --to, and gives nothing outside them', () => {
    const days = [...new Set(story.events.filter((e) => e.date.granularity === 'day').map((e) => e.date.value))].sort();
    const last = days[days.length - 1]!;
    expect(summarize(story, { dates: 10, sentences: 1, from: last }).map((d) => d.date)).toEqual([last]);
    expect(summarize(story, { dates: 10, sentences: 1, to: days[0]! }).map((d) => d.date)).toEqual([days[0]]);
    expect(summarize(story, { dates: 10, sentences: 1, from: '1990-01-01', to: '1990-12-31' })).toEqual([]);
  });
});

describe('npm run summarize', () => {
  it('prints the JSON on stdout for a story folder', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/summarize.ts', seedDir, '--dates', '2', '--sentences', '2'], { cwd: repo, encoding: 'utf8', env: { ...process.env, DATELINE_LOCKS: 'frozen' } });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(summarize(story, { dates: 2, sentences: 2 }));
  }, 60_000);
});
