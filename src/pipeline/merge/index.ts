/**
 * Merge: candidate sentences from every article -> one event per happening, every mention kept, plus the
 * story context (event sentences no date could be found for). Order of work: group by similarity under
 * date agreement, date the groups, then join groups whose dates agree and whose sentences resemble each
 * other (the "Kelly said" paragraph dated by narrative joins the "on Thursday promised" group).
 */
import type { Article, DateValue, Event, Mention } from '../../schema/index.ts';
import type { Candidate } from '../events/candidates.ts';
import { nested, spanOf } from '../events/dates.ts';
import { buildEvent, mentionOf, type StoryNames } from './build.ts';
import { clusterCandidates, CORE, NEAR_DUPLICATE, THRESHOLDS, type Group } from './cluster.ts';
import { dateOfGroup, hintOf, narrativeDates, type GroupDate } from './groupDates.ts';
import { assignIds } from './ids.ts';
import { occasionUnions } from './occasion.ts';
import { speakerContinuations } from './speakerContinuation.ts';
import { referredSubjects } from './pronounSubject.ts';

/** Sentences dated to one day up to which a shared stated day alone nearly suffices to merge. */
const BUSY_DAY = 12;
const WEEKDAY_ONLY = /^XXXX-WXX-\d$/;
/** The lowest similarity any pair of groups may join at (`need` below is never lower). */
const MIN_NEED = Math.min(THRESHOLDS.sameStatedDay, THRESHOLDS.sameDate, THRESHOLDS.nestedStated, THRESHOLDS.nestedDate);
/** Groups a merged set may reach by plain links before its members must mostly resemble each other. */
const FREE_CHAIN = 3;
/** Weight of a narrative date taken from the same paragraph (groupDates.ts). */
const CONTINUATION_WEIGHT = 3;

export interface Merged { events: Event[]; context: Mention[] }

export interface MergeOptions {
  /** Reference date of each article when it differs from Article.published (a nominal-year working date). */
  dct?: ReadonlyMap<string, string | null>;
  /** Final rewrite of an event's date (yearless masking); null turns the event into story context. */
  date?: (d: DateValue) => DateValue | null;
  /** The independent source an article counts as (story/copies.ts); default its publisher, else itself. */
  sourceOf?: (articleId: string) => string;
}

export function mergeEvents(articles: readonly Article[], cands: readonly Candidate[], names: StoryNames, opts: MergeOptions = {}): Merged {
  const dct = opts.dct ?? new Map(articles.map((a) => [a.id, a.published?.value.slice(0, 10) ?? null]));
  const statedDay = new Map(articles.map((a) => [a.id, a.published?.source === "stated" ? a.published.value.slice(0, 10) : null]));
  const narrative = narrativeDates(cands, (id) => dct.get(id) ?? null, (id) => statedDay.get(id) ?? null);
  const { groups, groupOf, index } = clusterCandidates(cands, narrative.map(hintOf));
  const dates: Array<GroupDate | null> = groups.map((g) => dateOfGroup(g, narrative));

  // Second pass: dated groups whose dates agree and whose sentences resemble each other are one happening.
  // Stated dates of each merged set: a set may only hold dates that all nest ("1995" with "1995-10-03",
  // never "1995-01-24" with "1995-10-03" through a shared "1995").
  const stated = groups.map((g) => new Set(g.dates.map((d) => d.value)));
  const perDay = new Map<string, number>();
  for (const c of cands) if (c.own?.granularity === 'day') perDay.set(c.own.value, (perDay.get(c.own.value) ?? 0) + 1);
  const parent = groups.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  // Non-chaining: groups meet through their cores (first CORE members), and two merged sets join only when
  // most of their groups' cores resemble each other (average-link in spirit): A resembling B and B
  // resembling C does not put A with C.
  const isCore = new Uint8Array(cands.length);
  for (const g of groups) for (const i of g.members.slice(0, CORE)) isCore[i] = 1;
  const setOf: number[][] = groups.map((_, i) => [i]);
  const coreMemo = new Map<number, number>();
  const coreSim = (a: number, b: number): number => {
    const key = Math.min(a, b) * groups.length + Math.max(a, b);
    const hit = coreMemo.get(key);
    if (hit !== undefined) return hit;
    let m = 0;
    for (const i of groups[a]!.members.slice(0, CORE)) for (const j of groups[b]!.members.slice(0, CORE)) m = Math.max(m, index.pair(i, j));
    coreMemo.set(key, m);
    return m;
  };

  // The group of each sentence when that group is dated, else -1: a group looks only at later dated groups,
  // and the index never scores the others (datedGroup[j] <= gi).
  const datedGroup = new Int32Array(cands.length).fill(-1);
  for (let j = 0; j < cands.length; j++) if (groupOf[j]! >= 0 && dates[groupOf[j]!]) datedGroup[j] = groupOf[j]!;
  // The best similarity to each later group, in the order the groups were first reached (a cosine is never
  // 0, so bestSim[h] === 0 means "not reached yet"): typed arrays reset after each group, not a Map per group.
  const bestSim = new Float64Array(groups.length);
  const reached = new Int32Array(groups.length);
  // Groups whose dates are neither equal nor nested never join (the test below): they are not scored at all.
  // nested() by precomputed parts: the same first ten characters, or one span inside the other.
  const dateKey = new Int32Array(groups.length).fill(-1);
  const spanFrom = new Float64Array(groups.length).fill(NaN);
  const spanTo = new Float64Array(groups.length).fill(NaN);
  {
    const keys = new Map<string, number>();
    dates.forEach((d, h) => {
      if (!d) return;
      const k = d.value.slice(0, 10);
      let id = keys.get(k);
      if (id === undefined) keys.set(k, (id = keys.size));
      dateKey[h] = id;
      const span = spanOf(d.value);
      if (span) {
        spanFrom[h] = span.from;
        spanTo[h] = span.to;
      }
    });
  }
  groups.forEach((g, gi) => {
    const d = dates[gi];
    if (!d) return;
    let n = 0;
    const key = dateKey[gi]!;
    const from = spanFrom[gi]!;
    const to = spanTo[gi]!;
    const fits = (h: number): boolean => dateKey[h] === key || (spanFrom[h]! <= from && to <= spanTo[h]!) || (from <= spanFrom[h]! && spanTo[h]! <= to);
    for (const i of g.members) {
      index.similar(i, (j, sim) => {
        const h = groupOf[j]!;
        if (!isCore[i] && !isCore[j] && sim < NEAR_DUPLICATE) return;
        if (bestSim[h] === 0) reached[n++] = h;
        if (sim > bestSim[h]!) bestSim[h] = sim;
      }, 0, datedGroup, gi, fits);
    }
    for (let x = 0; x < n; x++) {
      const h = reached[x]!;
      const sim = bestSim[h]!;
      bestSim[h] = 0;
      // Below every threshold `need` can take (the lowest: a stated day shared by few sentences).
      if (sim < MIN_NEED) continue;
      const e = dates[h]!;
      const equal = e.value === d.value;
      if (!equal && !nested(e.value, d.value)) continue;
      // Two groups dated only by narrative must agree exactly; a stated date may refine a coarser one.
      if (!equal && !d.own && !e.own) continue;
      // Two groups that both state the same day share little wording more often than they differ in kind
      // ("will appear before a Nevada judge" / "his parole hearing in Nevada on Thursday").
      // A stated year and a stated day inside it ("In 1995, when Simpson was acquitted" / "On Oct. 3, 1995, a
      // jury acquitted") need less wording in common than a narrative guess does.
      // On a busy day (a 370-article story's peak: hundreds of sentences) a shared day says little, and the
      // low bar would chain distinct happenings into one giant event: it rises with the day's sentences.
      const sameDay = Math.min(THRESHOLDS.sameDate, THRESHOLDS.sameStatedDay * Math.max(1, (perDay.get(d.value) ?? 0) / BUSY_DAY));
      // A writer who dates one happening to the day and another only to a period around it ("The suit, filed
      // Friday" / "The ordinance, one of three passed earlier this month") tells two times: groups whose dates
      // one article states both ways need the words a narrative guess needs.
      const need = !equal ? (d.own && e.own && !contrasted(g, d.value, groups[h]!, e.value) ? THRESHOLDS.nestedStated : THRESHOLDS.nestedDate) : d.own && e.own && d.granularity === 'day' ? sameDay : THRESHOLDS.sameDate;
      if (sim < need) continue;
      // On a busy day, sets grown past FREE_CHAIN groups: most pairs of their groups must resemble each other (a near-duplicate
      // link always counts). A short chain is usually one happening told in pieces (the ruling, the reaction).
      const A = setOf[find(gi)]!;
      const B = setOf[find(h)]!;
      if (A === B) continue;
      if (sim < NEAR_DUPLICATE && A.length + B.length > FREE_CHAIN && (perDay.get(d.value) ?? 0) > BUSY_DAY) {
        let ok = 0;
        for (const a of A) for (const b of B) if (coreSim(a, b) >= need) ok++;
        if (2 * ok < A.length * B.length) continue;
      }
      union(gi, h);
    }
  });
  /** Does one article state `x` in group a and `y` in group b? */
  function contrasted(a: Group, x: string, b: Group, y: string): boolean {
    const said = new Set<string>();
    for (const i of a.members) if (cands[i]!.own?.value === x) said.add(cands[i]!.articleId);
    for (const i of b.members) if (cands[i]!.own?.value === y && said.has(cands[i]!.articleId)) return true;
    return false;
  }
  function union(a: number, b: number): void {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    for (const x of stated[ra]!) for (const y of stated[rb]!) if (!nested(x, y)) return;
    for (const y of stated[rb]!) stated[ra]!.add(y);
    stated[rb] = stated[ra]!;
    // Keep the finer date at the root: a stated day wins over a narrative day, a day over a year.
    const da = dates[ra]!;
    const db = dates[rb]!;
    const aWins = da.own && !db.own ? true : db.own && !da.own ? false : da.granularity.length >= 0 && nested(da.value, db.value) && da.value.length >= db.value.length;
    const all = [...setOf[ra]!, ...setOf[rb]!];
    if (aWins) parent[rb] = ra;
    else parent[ra] = rb;
    setOf[find(ra)] = all;
  }

  // Narrative continuation: a group with no date of its own, dated by a sentence just before it in the same
  // paragraph, goes on telling that sentence's happening ("Three people were killed on Thursday. Jenkins was
  // pronounced dead at the scene."): it joins that sentence's group when they share enough wording.
  {
    const indexOf = new Map(cands.map((c, i) => [c, i]));
    groups.forEach((g, gi) => {
      const d = dates[gi];
      if (!d || d.own) return;
      for (const i of g.members) {
        for (const n of narrative[i]!) {
          if (n.weight < CONTINUATION_WEIGHT || n.value !== d.value) continue;
          const j = indexOf.get(n.from);
          const h = j === undefined ? -1 : groupOf[j]!;
          if (h < 0 || !dates[h] || dates[h]!.value !== d.value || find(h) === find(gi)) continue;
          if (index.pair(i, j!) < THRESHOLDS.continuation) continue;
          union(h, gi);
        }
      }
    });
  }

  // Third: statements made at one occasion (occasion.ts). The groups that name the occasion give the
  // joined event its headline.
  const namesOccasion = new Uint8Array(groups.length);
  {
    const sets = new Map<number, Candidate[]>();
    groups.forEach((g, gi) => {
      if (!g.members.length || !dates[gi]) return;
      const r = find(gi);
      const list = sets.get(r) ?? [];
      for (const i of g.members) list.push(cands[i]!);
      sets.set(r, list);
    });
    const { unions, occasions } = occasionUnions([...sets].map(([root, members]) => ({ root, day: dates[root]!.value, members })), names);
    groups.forEach((_, gi) => { if (dates[gi] && occasions.has(find(gi))) namesOccasion[gi] = 1; });
    for (const [a, b] of unions) union(a, b);
  }

  // Fourth: one outlet's continuation (speakerContinuation.ts): the next sentence of the same article and
  // day, by or about the same speaker, joins when no other outlet tells it.
  speakerContinuations({
    cands,
    groupOf,
    dayOf: (g) => dates[g]?.value ?? null,
    local: (g, articleId) => setOf[find(g)]!.every((x) => groups[x]!.members.every((m) => cands[m]!.articleId === articleId)),
    names,
  }, (a, b) => find(a) === find(b), union);

  // Fifth: a sentence whose subject is only a pronoun or a title goes on telling the sentence before it
  // (pronounSubject.ts).
  referredSubjects({
    cands,
    groupOf,
    dayOf: (g) => dates[g]?.value ?? null,
    local: (g, articleId) => setOf[find(g)]!.every((x) => groups[x]!.members.every((m) => cands[m]!.articleId === articleId)),
  }, (a, b) => find(a) === find(b), union);

  const merged = new Map<number, number[]>();
  const headline = new Map<number, number[]>();
  groups.forEach((g, gi) => {
    if (!g.members.length) return;
    const root = dates[gi] ? find(gi) : gi;
    let list = merged.get(root);
    if (!list) merged.set(root, (list = []));
    list.push(...g.members);
    if (namesOccasion[gi]) headline.set(root, [...(headline.get(root) ?? []), ...g.members]);
  });
  const events: Event[] = [];
  const context: Mention[] = [];
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const [root, ids] of merged) {
    const members = ids.map((i) => cands[i]!).sort((a, b) => a.articleIndex - b.articleIndex || a.index - b.index);
    const d = dates[root];
    const lead = headline.get(root)?.map((i) => cands[i]!).sort((a, b) => a.articleIndex - b.articleIndex || a.index - b.index);
    const e = d ? buildEvent(members, d, byId, names, lead, opts.sourceOf) : null;
    const date = e && opts.date ? opts.date(e.date) : e?.date;
    // A weekday with no week (XXXX-WXX-d: the story states no month-day at all) cannot be placed on the
    // viewer's calendar axis: such sentences are story context. A weekday another article pins to a day was
    // already resolved to that day by dating, so it never arrives here in this form.
    if (!e || !date || WEEKDAY_ONLY.test(date.value)) for (const c of members) context.push(mentionOf(c));
    else events.push({ ...e, date });
  }
  assignIds(events);
  events.sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : b.sources - a.sources || (a.id < b.id ? -1 : 1)));
  context.sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start));
  return { events, context };
}
