/**
 * Article dating on Timeline17 with the dates hidden, ported from /work/shared/eval/tools/dating_eval.py:
 * a topic's articles are cut into desk-sized groups, each group becomes a story of bare texts
 * (article_01.txt ...), and each article's published day is compared with its real one. Pure: the
 * battery (battery.ts) reads the topic folders and builds the stories.
 */
import type { Story } from '../../schema/index.ts';
import type { StoryInput } from '../run.ts';
import { slugify } from '../story/serialize.ts';
import { pyStrip } from './pyCompat.ts';

/** One row of articles_index.tsv with its text; `idx` is the row's position in the file. */
export interface IndexedArticle { pubDate: string; idx: number; text: string }

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * dating_eval.py groups(): in (pub_date, index) order, a group is every article published at most 2 days
 * after the group's first; only its first 6 are kept, the rest are consumed. Past `max` groups, `max` are
 * taken evenly: out[int(k * step)].
 */
export function datingGroups<T extends { pubDate: string; idx: number }>(articles: T[], max = 20): T[][] {
  const sorted = [...articles].sort((a, b) => (a.pubDate < b.pubDate ? -1 : a.pubDate > b.pubDate ? 1 : a.idx - b.idx));
  let out: T[][] = [];
  for (let i = 0; i < sorted.length;) {
    const d0 = dayNumber(sorted[i]!.pubDate);
    const group: T[] = [];
    for (; i < sorted.length && dayNumber(sorted[i]!.pubDate) - d0 <= 2; i++) if (group.length < 6) group.push(sorted[i]!);
    out.push(group);
  }
  if (out.length > max) {
    const step = out.length / max;
    out = Array.from({ length: max }, (_, k) => out[Math.floor(k * step)]!);
  }
  return out;
}

/** The file name of the k-th article (1-based) of a group: article_01.txt. */
export const groupFileName = (k: number) => `article_${pad2(k)}.txt`;

/** The folder the Python writes group `gi` of `topic` to: <topic>-NN. */
export const groupDirName = (topic: string, gi: number) => `${topic}-${pad2(gi)}`;

/** The story the Python writes for group `gi` of `topic`: its folder, texts stripped plus '\n', no story.json. */
export function groupStory(topic: string, gi: number, group: IndexedArticle[]): StoryInput {
  const encoder = new TextEncoder();
  return {
    id: slugify(groupDirName(topic, gi)),
    meta: {},
    files: group.map((a, k) => ({ name: groupFileName(k + 1), bytes: encoder.encode(`${pyStrip(a.text)}\n`) })),
    warnings: [],
  };
}

export interface DatingCounts {
  n: number; exact: number; within1: number; within7: number; undated: number; stated: number; failed: number;
  /** Dated articles more than 30 days off. */
  over30: number;
  /** Articles whose published date carries a numeric `confidence`, and the sum of those confidences. */
  confidenceN: number; confidenceSum: number;
}

export const NO_COUNTS: DatingCounts = { n: 0, exact: 0, within1: 0, within7: 0, undated: 0, stated: 0, failed: 0, over30: 0, confidenceN: 0, confidenceSum: 0 };

export function addDating(a: DatingCounts, b: DatingCounts): DatingCounts {
  const out = { ...a };
  for (const k of Object.keys(out) as Array<keyof DatingCounts>) out[k] += b[k];
  return out;
}

/** Counts for one group, from its built story, or null when the build failed (all its articles fail). */
export function countGroup(group: IndexedArticle[], story: Pick<Story, 'articles'> | null): DatingCounts {
  const c = { ...NO_COUNTS };
  if (!story) return { ...c, n: group.length, failed: group.length };
  const published = new Map(story.articles.map((a) => [a.id, a.published]));
  group.forEach((real, k) => {
    c.n += 1;
    const p = published.get(`article_${pad2(k + 1)}`);
    if (!p || !p.value || !/^\d{4}-\d{2}-\d{2}/.test(p.value)) { c.undated += 1; return; }
    const diff = Math.abs(dayNumber(p.value.slice(0, 10)) - dayNumber(real.pubDate));
    c.exact += Number(diff === 0);
    c.within1 += Number(diff <= 1);
    c.within7 += Number(diff <= 7);
    c.over30 += Number(diff > 30);
    c.stated += Number(p.source === 'stated');
    const confidence = (p as { confidence?: unknown }).confidence;
    if (typeof confidence === 'number' && Number.isFinite(confidence)) { c.confidenceN += 1; c.confidenceSum += confidence; }
  });
  return c;
}

/** Each article's distance in days from its real day, in the group's order; null when it got no day (or the build failed). */
export function groupOffsets(group: IndexedArticle[], story: Pick<Story, 'articles'> | null): Array<number | null> {
  const published = new Map((story?.articles ?? []).map((a) => [a.id, a.published]));
  return group.map((real, k) => {
    const p = published.get(`article_${pad2(k + 1)}`);
    if (!story || !p || !p.value || !/^\d{4}-\d{2}-\d{2}/.test(p.value)) return null;
    return Math.abs(dayNumber(p.value.slice(0, 10)) - dayNumber(real.pubDate));
  });
}

/** The shares dating_eval.py prints (over max(n, 1)), with the counts beside them. */
export interface DatingFigures {
  articles: number; exact: number; within1: number; within7: number; undated: number; stated: number;
  failed: number; over30: number;
  /** Mean of published.confidence over the articles that have one; null when none has. */
  meanConfidence: number | null; confidenceArticles: number;
}

export function datingFigures(c: DatingCounts): DatingFigures {
  const n = c.n || 1;
  return {
    articles: c.n, exact: c.exact / n, within1: c.within1 / n, within7: c.within7 / n, undated: c.undated / n, stated: c.stated / n,
    failed: c.failed, over30: c.over30,
    meanConfidence: c.confidenceN ? c.confidenceSum / c.confidenceN : null, confidenceArticles: c.confidenceN,
  };
}
