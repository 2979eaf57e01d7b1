/**
 * Key events, two ways (/work/shared/eval/README.md):
 * - Timeline17 timeline summarization, the standard setting: for each journalist's timeline of a topic,
 *   the articles published between its first and last date; k = its number of dates; n = round(mean
 *   sentences per date); our `summarize` returns k days with up to n sentences, scored with the port of
 *   tools/tls/score_tls.py (./tls). Beside it, the publication-day-count baseline: the k days with most
 *   articles, each told by the first sentences of its articles.
 * - the 13 gold stories: of the story's top-ranked events (as many as the gold has core events), the share
 *   that match a core gold event (matched as score_timeline.py matches events).
 */
import type { Story } from '../../schema/index.ts';
import type { StoryInput } from '../run.ts';
import { segment } from '../segment/index.ts';
import type { SummaryDay } from '../rank/summarize.ts';
import { norm, type Gold } from './timelineScore.ts';
import type { Timeline } from './tls/scoreTls.ts';

/** One task's setting from its gold timeline. */
export interface TlsSetting { from: string; to: string; k: number; n: number }

/** Python's round(): halves to even. */
export function pyRound(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

export function settingOf(gold: Timeline): TlsSetting {
  const days = [...gold.keys()].sort();
  let sentences = 0;
  for (const s of gold.values()) sentences += s.length;
  return { from: days[0] ?? '', to: days[days.length - 1] ?? '', k: days.length, n: pyRound(sentences / Math.max(1, days.length)) };
}

/** The story input cut to the articles whose known publication day lies in [from, to]. */
export function withinWindow(input: StoryInput, from: string | undefined, to: string | undefined): StoryInput {
  const dayOf = (name: string) => {
    const stem = name.replace(/\.[^.]+$/, '');
    const p = input.meta.articles?.[name]?.published ?? input.meta.articles?.[stem]?.published;
    return typeof p === 'string' ? p.slice(0, 10) : null;
  };
  const files = input.files.filter((f) => {
    const d = dayOf(f.name);
    return d === null || ((!from || d >= from) && (!to || d <= to));
  });
  return { ...input, files };
}

/** The publication-day-count baseline: the k days with most articles (earlier first on a tie), each told by its articles' first sentences. */
export function publicationDayBaseline(story: Story, k: number, n: number, from: string, to: string): SummaryDay[] {
  const byDay = new Map<string, Story['articles']>();
  for (const a of story.articles) {
    const d = a.published?.value.slice(0, 10);
    if (!d || d.length !== 10 || d < from || d > to) continue;
    byDay.set(d, [...(byDay.get(d) ?? []), a]);
  }
  return [...byDay].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)).slice(0, k)
    .map(([date, articles]) => {
      const split = articles.map((a) => segment(a.text).sentences.map((s) => a.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim()));
      const sentences: string[] = [];
      for (let i = 0; sentences.length < n && split.some((l) => l.length > i); i++) {
        for (const l of split) if (l[i] && sentences.length < n) sentences.push(l[i]!);
      }
      return { date, sentences };
    })
    .sort((a, b) => (a.date < b.date ? -1 : 1));
}

export interface KeyPrecision { core: number; top: number; matched: number; precision: number }

/** Of the top-ranked events (as many as the gold has core events), how many match a core gold event. */
export function keyEventPrecision(story: Story, gold: Gold): KeyPrecision {
  const core = gold.events.filter((g) => g.core);
  const quotes = core.flatMap((g) => g.mentions.map((q) => ({ article: q.article, quote: norm(q.quote) })));
  const top = [...story.events].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)).slice(0, core.length);
  const matched = top.filter((e) => e.mentions.some((m) => {
    const t = norm(m.text);
    return quotes.some((q) => q.article === m.articleId && t.includes(q.quote));
  })).length;
  return { core: core.length, top: top.length, matched, precision: matched / Math.max(1, core.length) };
}
