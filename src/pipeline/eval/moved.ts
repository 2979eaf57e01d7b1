/**
 * `npm run eval -- --compare`: after the figures that moved (compare.ts), the units that moved them, so a
 * change of one Timeline17 article or one gold story is seen for what it is before it is kept: each desk
 * article whose days off changed ("t17-finan-07/article_01: undated -> 1 day off") and each gold story whose
 * figures changed ("mn10: core dates 0.43 -> 0.50"). A figure moving by one unit is a special case to look
 * at, not a trend.
 */
import type { BatteryResults, TimelineStory } from './battery.ts';

const STORY_FIGURES: Array<[keyof TimelineStory, string]> = [
  ['coreRecall', 'core recall'], ['dateAccuracyCore', 'core dates'], ['dateAccuracyAll', 'all dates'], ['sourceCoverage', 'coverage'],
  ['overMerges', 'over-merges'], ['junk', 'junk'], ['articleDating', 'article dating'], ['eventsPerMatched', 'events per gold'],
];

const offWords = (off: number | null) => (off === null ? 'undated' : `${off} day${off === 1 ? '' : 's'} off`);
const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));

/** One line per moved unit, desk articles first; at most `limit` lines, then how many more. */
export function movedUnits(base: BatteryResults, next: BatteryResults, limit = 40): string[] {
  const lines: string[] = [];
  const after = new Map((next.dating?.articles ?? []).map((a) => [`${a.story}/${a.article}`, a.off]));
  for (const a of base.dating?.articles ?? []) {
    const key = `${a.story}/${a.article}`;
    if (!after.has(key) || after.get(key) === a.off) continue;
    lines.push(`${key}: ${offWords(a.off)} -> ${offWords(after.get(key)!)}`);
  }
  const stories = new Map((next.timeline?.stories ?? []).map((s) => [s.id, s]));
  for (const s of base.timeline?.stories ?? []) {
    const n = stories.get(s.id);
    if (!n) continue;
    const moved = STORY_FIGURES.filter(([f]) => Math.abs(Number(n[f]) - Number(s[f])) > 1e-9).map(([f, name]) => `${name} ${num(Number(s[f]))} -> ${num(Number(n[f]))}`);
    if (moved.length) lines.push(`${s.id}: ${moved.join(', ')}`);
  }
  return lines.length > limit ? [...lines.slice(0, limit), `(${lines.length - limit} more)`] : lines;
}
