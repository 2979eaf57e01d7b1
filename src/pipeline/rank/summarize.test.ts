// summarize: the story's most important days, each told by sentences of its articles, in the events' rank
// order; and the command line that prints it (spawned as `node --import tsx`, like scripts/commands.test.ts).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, Event, Story } from '../../schema/index.ts';
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

  it('chooses first the day most articles tell a happening of, and tells it by a mention of that day', () => {
    const told = new Map<string, Set<string>>();
    for (const e of story.events) {
      if (e.date.granularity !== 'day') continue;
      const day = e.date.value.slice(0, 10);
      for (const m of e.mentions) told.set(day, (told.get(day) ?? new Set()).add(m.articleId));
    }
    const most = Math.max(...[...told.values()].map((s) => s.size));
    const [only] = summarize(story, { dates: 1, sentences: 1 });
    expect(told.get(only!.date)!.size).toBe(most);
    const mentions = story.events.filter((e) => e.date.value.slice(0, 10) === only!.date).flatMap((e) => e.mentions.map((m) => norm(m.text)));
    expect(mentions).toContain(only!.sentences[0]);
  });

  it("tells a sentence without the page furniture glued to its start (a live page's update stamp)", () => {
    const [first] = summarize(story, { dates: 1, sentences: 1 });
    const stamped = structuredClone(story);
    for (const e of stamped.events) for (const m of e.mentions) if (norm(m.text) === first!.sentences[0]) m.text = `(Update 3 p.m. Cairo, 8 a.m. ET) ${m.text}`;
    expect(summarize(stamped, { dates: 1, sentences: 1 })[0]!.sentences[0]).toBe(first!.sentences[0]);
  });

  it('tells a sentence without the web page stamp glued between its headline and its lead', () => {
    // On the pattern of Timeline17's Guardian pages ("US to hand over Abu Ghraib jail to Iraqis Thursday 10
    // March 2005 13.55 GMT American forces have agreed ..."): the headline stays, the stamp goes.
    const [first] = summarize(story, { dates: 1, sentences: 1 });
    const stamped = structuredClone(story);
    for (const e of stamped.events) for (const m of e.mentions) if (norm(m.text) === first!.sentences[0]) m.text = `Kelly rules out mass deportations Thursday 23 February 2017 21.05 GMT ${m.text}`;
    expect(summarize(stamped, { dates: 1, sentences: 1 })[0]!.sentences[0]).toBe(`Kelly rules out mass deportations. ${first!.sentences[0]}`);
    // A stamp that opens the line, before the lead.
    for (const e of stamped.events) for (const m of e.mentions) if (m.text.startsWith('Kelly rules out')) m.text = m.text.replace('Kelly rules out mass deportations ', '');
    expect(summarize(stamped, { dates: 1, sentences: 1 })[0]!.sentences[0]).toBe(first!.sentences[0]);
  });

  it('does not tell a day twice in the same words', () => {
    const words = (s: string) => new Set((s.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 2));
    // A second outlet's copy of the day's best sentence, one word changed: as central and as prominent.
    const [first] = summarize(story, { dates: 1, sentences: 1 });
    const copied = structuredClone(story);
    const event = copied.events.find((e) => e.mentions.some((m) => norm(m.text) === first!.sentences[0]))!;
    const best = event.mentions.find((m) => norm(m.text) === first!.sentences[0])!;
    event.mentions.push({ ...best, text: best.text.replace(/\b(\w+)\.?$/, 'today.') });
    const [again] = summarize(copied, { dates: 1, sentences: 2 });
    expect(again!.sentences).toHaveLength(2);
    expect(again!.sentences[1]).not.toBe(norm(best.text.replace(/\b(\w+)\.?$/, 'today.')));
    for (const d of summarize(story, { dates: 3, sentences: 4 })) {
      for (let i = 0; i < d.sentences.length; i++) {
        for (let j = 0; j < i; j++) {
          const [a, b] = [words(d.sentences[i]!), words(d.sentences[j]!)];
          const same = [...a].filter((w) => b.has(w)).length;
          expect(same, `${d.sentences[i]} / ${d.sentences[j]}`).toBeLessThanOrEqual(Math.min(a.size, b.size) * 0.75);
        }
      }
    }
  });

  it('prefers a short sentence of what the reports share to one twice as long that shares half as much again', () => {
    // Equally prominent (each the lead of its own outlet's article of the day). The long sentence shares 12
    // uses of its 8 words with the other mentions, the short one 8 of its 4: the cosine (size^0.5) would take
    // the long one (12/2.83 > 8/2), the length normalisation (size^0.7) takes the short one (12/4.29 < 8/2.64).
    const day = { value: '2020-03-02', granularity: 'day' as const, source: 'stated' as const, evidence: null };
    const sentences = ['Council closed river bridge.', 'Council closed river bridge; traffic drivers detour morning.', 'Engineers: council closed river bridge.', 'Traffic drivers detour morning signs.'];
    const articles: Article[] = sentences.map((text, i) => ({ id: `a${i}`, file: `a${i}.txt`, title: 'Headline', publisher: `Outlet ${i}`, url: null, byline: null, dateline: null, published: day, text }));
    const events: Event[] = sentences.map((text, i) => ({ id: `e${i}`, date: day, title: text, summary: text, actors: [], place: null, quotes: [], mentions: [{ articleId: `a${i}`, start: 0, end: text.length, text }], sources: 1, rank: i + 1 }));
    const tiny: Story = { ...story, articles, events, context: [], warnings: [] };
    expect(summarize(tiny, { dates: 1, sentences: 1 })).toEqual([{ date: '2020-03-02', sentences: [sentences[0]] }]);
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
