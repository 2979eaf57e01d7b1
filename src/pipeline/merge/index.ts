/**
 * Merge: candidate sentences from every article -> one event per happening, every mention kept, plus the
 * story context (event sentences no date could be found for). Order of work: group by similarity under
 * date agreement, date the groups, then let groups dated only by narrative join a stated group of the
 * same date they resemble (the "Kelly said" paragraph after "on Thursday promised" is that happening).
 */
import type { Article, Event, Mention } from '../../schema/index.ts';
import type { Candidate } from '../events/candidates.ts';
import { nested } from '../events/dates.ts';
import { buildEvent, mentionOf, type StoryNames } from './build.ts';
import { clusterCandidates, THRESHOLDS, type Group } from './cluster.ts';
import { dateOfGroup, narrativeDates, type GroupDate } from './groupDates.ts';
import { assignIds } from './ids.ts';

export interface Merged { events: Event[]; context: Mention[] }

export function mergeEvents(articles: readonly Article[], cands: readonly Candidate[], names: StoryNames): Merged {
  const { groups, groupOf, index } = clusterCandidates(cands);
  const dct = new Map(articles.map((a) => [a.id, a.published?.value.slice(0, 10) ?? null]));
  const narrative = narrativeDates(cands, (id) => dct.get(id) ?? null);
  const dates: Array<GroupDate | null> = groups.map((g) => dateOfGroup(g, narrative));

  // Second pass: a group dated by narrative joins the stated group it most resembles, if dates agree.
  groups.forEach((g, gi) => {
    const d = dates[gi];
    if (!d || d.own) return;
    let best = -1;
    let bestSim: number = THRESHOLDS.undated;
    for (const i of g.members) {
      for (const [j, sim] of index.similar(i)) {
        const h = groupOf[j]!;
        const hd = dates[h];
        if (h === gi || !hd?.own || sim < bestSim || !nested(hd.value, d.value)) continue;
        best = h;
        bestSim = sim;
      }
    }
    if (best < 0) return;
    for (const i of g.members) groupOf[i] = best;
    groups[best]!.members.push(...g.members);
    g.members = [];
  });

  const events: Event[] = [];
  const context: Mention[] = [];
  groups.forEach((g: Group, gi) => {
    if (!g.members.length) return;
    const members = g.members.map((i) => cands[i]!).sort((a, b) => a.articleIndex - b.articleIndex || a.index - b.index);
    const d = dates[gi];
    if (!d) {
      for (const c of members) context.push(mentionOf(c));
      return;
    }
    events.push(buildEvent(members, d, articles, names));
  });
  assignIds(events);
  events.sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : b.sources - a.sources || (a.id < b.id ? -1 : 1)));
  context.sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start));
  return { events, context };
}
