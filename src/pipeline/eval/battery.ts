/**
 * The development battery of /work/shared/eval/README.md, run in this process: timeline truth on the 13
 * gold stories, article dating on Timeline17 with the dates hidden, event anchoring on SemEval-2015, and
 * TempEval-3 time expressions. Each section reads its data under the shared folder, builds stories with
 * buildStory (no subprocess) and scores them with the ports in this folder. scripts/eval.ts is the CLI.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Story } from '../../schema/index.ts';
import { readStoryDir } from '../io.ts';
import { buildStory } from '../run.ts';
import { anchorDocs, anchoringFigures, anchorOutcomes, anchorStory, goldRows, scoreAnchoring, type AnchorOutcome, type AnchoringCounts, type AnchoringFigures } from './anchoringEval.ts';
import { addDating, countGroup, datingFigures, datingGroups, groupDirName, groupOffsets, groupStory, NO_COUNTS, type DatingCounts, type DatingFigures, type IndexedArticle } from './datingEval.ts';
import { pyDictRows, universalNewlines } from './pyCompat.ts';
import { articlesOnly } from './storyFiles.ts';
import { scoreTimeline, type Gold } from './timelineScore.ts';
import { scoreTimexFolder } from './timexEval.ts';
import type { Metrics } from '../time/eval/score.ts';
import { summarize, type SummaryDay } from '../rank/summarize.ts';
import { keyEventPrecision, publicationDayBaseline, settingOf, withinWindow, type KeyPrecision, type TlsSetting } from './keyEventsEval.ts';
import { Rouge155 } from './tls/rouge155.ts';
import { averageTls, evaluateTls, parseTilse, timelineOf, type TlsAverage, type TlsResult } from './tls/scoreTls.ts';

export const SECTIONS = ['timeline', 'dating', 'anchoring', 'timex', 'keyEvents'] as const;
export type SectionName = (typeof SECTIONS)[number];
export const DATING_TOPICS = ['t17-h1n1', 't17-egypt', 't17-finan', 't17-iraq'];
export const ANCHORING_CORPUS = 'semeval2015-airbus';
export const TIMEX_CORPORA = ['TimeBank', 'AQUAINT'];

/** The figures score_timeline.py prints for one story, plus its size. */
export interface TimelineFigures {
  articles: number; events: number; coreRecall: number; recallAll: number; dateAccuracyCore: number; dateAccuracyAll: number;
  sourceCoverage: number; overMerges: number; junk: number; articleDating: number; unmatched: number;
  /** Predicted events per matched gold event (timelineScore.ts); the mean is over stories with a match. */
  eventsPerMatched: number;
}
export interface TimelineStory extends TimelineFigures { id: string; gold: string; dir: string }
export interface TimelineSection { elapsedSeconds: number; stories: TimelineStory[]; mean: TimelineFigures }
export interface DatingTopic { topic: string; dir: string; groups: number; counts: DatingCounts; figures: DatingFigures }
export interface DatingSection {
  elapsedSeconds: number; maxGroups: number; topics: DatingTopic[]; pooled: Omit<DatingTopic, 'topic' | 'dir'>;
  /** Every article's days off its real day (null: undated), by desk story (<topic>-NN) and article id: what --compare resamples. */
  articles?: Array<{ story: string; article: string; off: number | null }>;
}
export interface AnchoringSection {
  elapsedSeconds: number; corpus: string; dir: string; counts: AnchoringCounts; figures: AnchoringFigures;
  /** Each gold row's outcome, in order: what --compare resamples. */
  rows?: AnchorOutcome[];
}
export interface TimexCorpus { corpus: string; dir: string; documents: number; valueF1Percent: number; relaxedF1Percent: number; metrics: Metrics }
export interface TimexSection { elapsedSeconds: number; corpora: TimexCorpus[] }

export interface BatteryResults {
  timeline?: TimelineSection;
  dating?: DatingSection;
  anchoring?: AnchoringSection;
  timex?: TimexSection;
  keyEvents?: KeyEventsSection;
}

/** The paths each section reads, for a clear error before anything runs. */
export function requiredPaths(data: string, section: SectionName): string[] {
  switch (section) {
    case 'timeline': return [join(data, 'eval', 'seed-story.gold.json'), join(data, 'seeds'), join(data, 'data', 'news-clusters')];
    case 'dating': return DATING_TOPICS.map((t) => join(data, 'data', t, 'articles_index.tsv'));
    case 'anchoring': return [join(data, 'data', ANCHORING_CORPUS, 'docs_index.tsv')];
    case 'timex': return TIMEX_CORPORA.map((c) => join(data, 'data', 'tempeval3', c));
    case 'keyEvents': return [...DATING_TOPICS.map((t) => join(data, 'data', t, 'articles_index.tsv')), tlsDataDir(data)];
  }
}

const seconds = (t0: number) => Math.round((performance.now() - t0) / 100) / 10;
const readText = (path: string) => universalNewlines(readFileSync(path, 'utf8'));

/** The 13 gold stories: the seed story, then every eval/mn*.gold.json with its news-cluster folder. */
export function timelineStories(data: string): Array<{ id: string; gold: string; dir: string }> {
  const mn = readdirSync(join(data, 'eval')).filter((f) => /^mn.*\.gold\.json$/.test(f)).sort();
  return [
    { id: 'seed-story', gold: join(data, 'eval', 'seed-story.gold.json'), dir: join(data, 'seeds') },
    ...mn.map((f) => ({ id: f.replace(/\.gold\.json$/, ''), gold: join(data, 'eval', f), dir: join(data, 'data', 'news-clusters', f.replace(/\.gold\.json$/, '')) })),
  ];
}

/** Timeline truth; `built` receives each story (the --reference check scores them with the Python). */
export function runTimeline(data: string, built?: (id: string, story: Story) => void): TimelineSection {
  const t0 = performance.now();
  const stories: TimelineStory[] = timelineStories(data).map(({ id, gold, dir }) => {
    const story = buildStory(articlesOnly(readStoryDir(dir)));
    built?.(id, story);
    const s = scoreTimeline(story, JSON.parse(readFileSync(gold, 'utf8')) as Gold);
    return {
      id, gold, dir, articles: story.articles.length, events: s.eventsPredicted, coreRecall: s.coreRecall, recallAll: s.recallAll,
      dateAccuracyCore: s.dateAccuracyCore, dateAccuracyAll: s.dateAccuracyAll, sourceCoverage: s.sourceCoverage,
      overMerges: s.overMerges.length, junk: s.junk.length, articleDating: s.articleDating, unmatched: s.unmatched.length,
      eventsPerMatched: s.eventsPerMatched,
    };
  });
  const keys = ['articles', 'events', 'coreRecall', 'recallAll', 'dateAccuracyCore', 'dateAccuracyAll', 'sourceCoverage', 'overMerges', 'junk', 'articleDating', 'unmatched'] as const;
  const mean = Object.fromEntries(keys.map((k) => [k, stories.reduce((s, x) => s + x[k], 0) / Math.max(1, stories.length)])) as unknown as TimelineFigures;
  const withMatch = stories.filter((x) => x.recallAll > 0);
  mean.eventsPerMatched = withMatch.reduce((s, x) => s + x.eventsPerMatched, 0) / Math.max(1, withMatch.length);
  return { elapsedSeconds: seconds(t0), stories, mean };
}

/** A topic's articles_index.tsv rows with their texts (articles_detok/ when the topic has it). */
export function readTopic(dir: string): IndexedArticle[] {
  const texts = existsSync(join(dir, 'articles_detok')) && statSync(join(dir, 'articles_detok')).isDirectory() ? 'articles_detok' : 'articles';
  return pyDictRows(readText(join(dir, 'articles_index.tsv'))).map((row, idx) => {
    const file = row.file ?? '';
    return { pubDate: row.pub_date ?? '', idx, text: readText(join(dir, texts, file.slice(file.indexOf('/') + 1))) };
  });
}

/** DATING_GROUPS as dating_eval.py reads it (default 20). */
export const maxDatingGroups = (): number => Number.parseInt(process.env.DATING_GROUPS ?? '20', 10);

/** Article dating; `built` receives each story by the folder name dating_eval.py gives it (<topic>-NN). */
export function runDating(data: string, built?: (name: string, story: Story) => void): DatingSection {
  const t0 = performance.now();
  const max = maxDatingGroups();
  const articles: NonNullable<DatingSection['articles']> = [];
  const topics = DATING_TOPICS.map((topic): DatingTopic => {
    const dir = join(data, 'data', topic);
    const groups = datingGroups(readTopic(dir), max);
    let counts = NO_COUNTS;
    groups.forEach((g, gi) => {
      let story: Story | null = null;
      try { story = buildStory(groupStory(topic, gi, g)); } catch { story = null; }
      if (story) built?.(groupDirName(topic, gi), story);
      counts = addDating(counts, countGroup(g, story));
      groupOffsets(g, story).forEach((off, k) => articles.push({ story: groupDirName(topic, gi), article: `article_${String(k + 1).padStart(2, '0')}`, off }));
    });
    return { topic, dir, groups: groups.length, counts, figures: datingFigures(counts) };
  });
  const counts = topics.reduce((c, t) => addDating(c, t.counts), NO_COUNTS);
  const pooled = { groups: topics.reduce((n, t) => n + t.groups, 0), counts, figures: datingFigures(counts) };
  return { elapsedSeconds: seconds(t0), maxGroups: max, topics, pooled, articles };
}

/** Event anchoring; `built` receives the corpus's story by its folder name. */
export function runAnchoring(data: string, built?: (name: string, story: Story) => void): AnchoringSection {
  const t0 = performance.now();
  const dir = join(data, 'data', ANCHORING_CORPUS);
  const corpus = basename(dir);
  const docs = anchorDocs(readText(join(dir, 'docs_index.tsv')));
  const story = buildStory(anchorStory(corpus, docs, (file) => readText(join(dir, 'docs', file))));
  built?.(corpus, story);
  const goldDir = join(dir, 'gold_resolved');
  const rows = goldRows(readdirSync(goldDir).filter((f) => f.endsWith('.tsv')).map((f) => readText(join(goldDir, f))));
  const dct = new Map(docs.map((d) => [d.file.replace(/\.txt$/, ''), d.published]));
  const counts = scoreAnchoring(story, rows, (doc) => dct.get(doc));
  return { elapsedSeconds: seconds(t0), corpus, dir, counts, figures: anchoringFigures(counts), rows: anchorOutcomes(story, rows, (doc) => dct.get(doc)) };
}

export function runTimex(data: string): TimexSection {
  const t0 = performance.now();
  const corpora = TIMEX_CORPORA.map((corpus): TimexCorpus => {
    const dir = join(data, 'data', 'tempeval3', corpus);
    const { documents, metrics } = scoreTimexFolder(dir);
    return { corpus, dir, documents, valueF1Percent: metrics.valueF1 * 100, relaxedF1Percent: metrics.relaxed.f1 * 100, metrics };
  });
  return { elapsedSeconds: seconds(t0), corpora };
}


/** One journalist's timeline of a Timeline17 topic, with our summary's figures and the baseline's. */
export interface KeyEventsTask extends TlsSetting { topic: string; gold: string; articles: number; result: TlsResult; baseline: TlsResult }
export interface KeyEventsTopic { topic: string; dir: string; tasks: KeyEventsTask[]; average: TlsAverage; baseline: TlsAverage }
export interface GoldKeyStory extends KeyPrecision { id: string }
export interface KeyEventsSection {
  elapsedSeconds: number;
  topics: KeyEventsTopic[];
  dataset: TlsAverage;
  baselineDataset: TlsAverage;
  /** The 13 gold stories (when the timeline section ran): top-ranked events that match a core gold event. */
  gold: { stories: GoldKeyStory[]; meanPrecision: number } | null;
}

export const tlsDataDir = (data: string): string => join(data, 'eval', 'tools', 'tls', 'data');
const goldKeyOf = (file: string) => file.replace(/^gold_/, '').replace(/\.tilse\.txt$/, '');

/**
 * Timeline17 key events (README "key events"); `predicted` receives each task's summary (the --reference
 * check scores them with score_tls.py); `goldStories`: the gold stories built by runTimeline, if it ran.
 */
export function runKeyEvents(
  data: string,
  goldStories: Map<string, Story> | null,
  predicted?: (topic: string, gold: string, pred: SummaryDay[], goldFile: string) => void,
): KeyEventsSection {
  const t0 = performance.now();
  const rouge = Rouge155.fromDir(tlsDataDir(data));
  const topics = DATING_TOPICS.map((topic): KeyEventsTopic => {
    const dir = join(data, 'data', topic);
    const input = readStoryDir(dir);
    const golds = readdirSync(dir).filter((f) => /^gold_.*\.tilse\.txt$/.test(f)).sort();
    const tasks = golds.map((file): KeyEventsTask => {
      const gold = parseTilse(readFileSync(join(dir, file), 'utf8'));
      const setting = settingOf(gold);
      const story = buildStory(withinWindow(input, setting.from, setting.to));
      const pred = summarize(story, { dates: setting.k, sentences: setting.n, from: setting.from, to: setting.to });
      predicted?.(topic, goldKeyOf(file), pred, join(dir, file));
      const base = publicationDayBaseline(story, setting.k, setting.n, setting.from, setting.to);
      return {
        topic, gold: goldKeyOf(file), ...setting, articles: story.articles.length,
        result: evaluateTls(rouge, timelineOf(pred), [gold]), baseline: evaluateTls(rouge, timelineOf(base), [gold]),
      };
    });
    return { topic, dir, tasks, average: averageTls(tasks.map((t) => t.result)), baseline: averageTls(tasks.map((t) => t.baseline)) };
  });
  // score_tls.py --batch averages the tasks in the order of its topic folders' names.
  const all = [...topics].sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0)).flatMap((t) => t.tasks);
  let gold: KeyEventsSection['gold'] = null;
  if (goldStories) {
    const stories = timelineStories(data).filter((s) => goldStories.has(s.id)).map(({ id, gold: g }) => ({
      id, ...keyEventPrecision(goldStories.get(id)!, JSON.parse(readFileSync(g, 'utf8')) as Gold),
    }));
    gold = { stories, meanPrecision: stories.reduce((s, x) => s + x.precision, 0) / Math.max(1, stories.length) };
  }
  return {
    elapsedSeconds: seconds(t0), topics, dataset: averageTls(all.map((t) => t.result)), baselineDataset: averageTls(all.map((t) => t.baseline)), gold,
  };
}
