// Figures are made up; the layout is what `npm run eval` prints.
import { describe, expect, it } from 'vitest';
import type { BatteryResults, TimelineFigures } from './battery.ts';
import { formatBattery, formatTable, timelineBlock } from './table.ts';
import { checkTargets } from './targets.ts';

const figures = (over: Partial<TimelineFigures> = {}): TimelineFigures => ({
  articles: 3, events: 20, coreRecall: 1, recallAll: 0.9, dateAccuracyCore: 1, dateAccuracyAll: 0.875, sourceCoverage: 0.9,
  overMerges: 0, junk: 0, articleDating: 1, unmatched: 4, eventsPerMatched: 1.2, ...over,
});

describe('formatTable', () => {
  it('left-aligns the first column, right-aligns the others, two spaces apart', () => {
    expect(formatTable([['story', 'events'], ['mn02', '20'], ['mean of 2', '7.5']])).toBe(['story      events', 'mn02           20', 'mean of 2     7.5'].join('\n'));
  });
});

describe('timelineBlock', () => {
  const results: BatteryResults = {
    timeline: {
      elapsedSeconds: 1.2,
      stories: [{ id: 'seed-story', gold: 'g', dir: 'd', ...figures() }, { id: 'mn03_the_investigation_into', gold: 'g', dir: 'd', ...figures({ overMerges: 1, dateAccuracyCore: 0.5 }) }],
      mean: figures({ overMerges: 0.5, dateAccuracyCore: 0.75 }),
    },
  };

  it("prints Python's two decimals, marks a mean that misses its target and gives the targets under it", () => {
    const lines = timelineBlock(results.timeline!, checkTargets(results)).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^seed-story\s+3\s+20\s+1\.00\s+1\.00\s+0\.88\s+0\.90\s+0\s+0\s+1\.00\s+1\.20$/);
    expect(lines[2]).toMatch(/^mn03_the_investigat~ /);
    expect(lines[3]).toMatch(/^mean of 2\s+3\s+20\s+1\.00\s+0\.75\*\s+0\.88\s+0\.90\s+0\.50\*\s+0\s+1\.00\s+1\.20$/);
    expect(lines[4]).toMatch(/^target\s+>=0\.95\s+>=0\.9\s+>=0\.85\s+>=0\.85\s+<=0\.3\s+<=0\s+>=0\.9\s+<=1\.3$/);
  });

  it('counts the targets met and prints only the sections that ran', () => {
    const out = formatBattery(results, checkTargets(results));
    expect(out).toContain('1. Timeline truth: 2 gold stories (1.2 s)');
    expect(out).not.toContain('5. Key events');
    expect(out).toContain('targets: 6 of 8 met (* marks a figure that misses its target)');
    expect(out).not.toContain('2. Article dating');
  });
});
