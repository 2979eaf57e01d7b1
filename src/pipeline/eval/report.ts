/** The printed report of a timeline score: the README's figures first, then one line per gold event. */
import type { TimelineScore } from './timelineScore.ts';

const pct = (x: number) => x.toFixed(2);

export function formatScore(s: TimelineScore): string {
  const out: string[] = [];
  out.push(`core recall:          ${pct(s.coreRecall)} (${Math.round(s.coreRecall * s.coreTotal)}/${s.coreTotal})`);
  out.push(`date accuracy core:   ${pct(s.dateAccuracyCore)}`);
  out.push(`date accuracy all:    ${pct(s.dateAccuracyAll)}`);
  out.push(`source coverage:      ${pct(s.sourceCoverage)}`);
  out.push(`over-merges:          ${s.overMerges.length}${s.overMerges.map((o) => `\n  ${o.event}: ${o.gold.join(' + ')}`).join('')}`);
  out.push(`junk:                 ${s.junk.length}${s.junk.map((j) => `\n  ${j.event}: ${j.text.slice(0, 100)}`).join('')}`);
  out.push(`article dating:       ${pct(s.articleDating)} (${s.articleLines.filter((a) => a.ok).length}/${s.articleDatingTotal})${s.articleLines.map((a) => `\n  ${a.ok ? 'ok  ' : 'MISS'} ${a.id} ${a.predicted ?? 'none'}`).join('')}`);
  out.push(`unmatched:            ${s.unmatched.length}${s.unmatched.map((u) => `\n  ${u}`).join('')}`);
  out.push('gold events:');
  for (const l of s.lines) {
    const mark = !l.matched ? 'MISS' : l.dateOk === false ? 'DATE' : 'ok  ';
    const cov = l.coverage === null ? '' : ` cov ${pct(l.coverage)}`;
    out.push(`  ${mark} ${l.core ? '*' : ' '} ${l.id.padEnd(26)} gold ${l.gold.padEnd(10)} got ${(l.predicted ?? '-').padEnd(10)}${cov}${l.bestEvent ? `  <- ${l.bestEvent}` : ''}`);
  }
  return out.join('\n');
}
