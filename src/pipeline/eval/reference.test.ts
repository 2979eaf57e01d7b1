// The printed lines follow the f-strings of dating_eval.py and anchoring_eval.py; the figures are made up.
import { describe, expect, it } from 'vitest';
import type { DatingSection } from './battery.ts';
import { compareBuilds, compareDating, parseAnchoringOutput, parseDatingOutput, sideBySide } from './reference.ts';
import { datingFigures, NO_COUNTS } from './datingEval.ts';

const datingOut = [
  'h1n1: 8 articles; exact day 0.62, within 1 day 0.75, within 7 days 1.00, undated 0.00, stated 0.12, failed 0',
  'all: 8 articles; exact day 0.62, within 1 day 0.75, within 7 days 1.00, undated 0.00, failed 0',
].join('\n');

describe('parsing the reference output', () => {
  it('reads every figure of a dating line, and the anchoring line', () => {
    const d = parseDatingOutput(datingOut);
    expect(d.get('h1n1')).toEqual({ articles: '8', 'exact day': '0.62', 'within 1 day': '0.75', 'within 7 days': '1.00', undated: '0.00', stated: '0.12', failed: '0' });
    expect(d.get('all')?.stated).toBeUndefined();
    const a = parseAnchoringOutput('airbus: 124 dated gold rows; covered 0.28, accuracy of covered 0.60, right overall 0.17; 62 events\nall: 124 rows; covered 0.28, accuracy of covered 0.60, right overall 0.17\n');
    expect(a.get('airbus')).toEqual({ rows: '124', covered: '0.28', 'accuracy of covered': '0.60', 'right overall': '0.17', events: '62' });
    expect(a.get('all')?.rows).toBe('124');
  });
});

describe('compareDating', () => {
  // 5 of 8 exact is 0.625: Python prints 0.62 where toFixed would give 0.63.
  const counts = { ...NO_COUNTS, n: 8, exact: 5, within1: 6, within7: 8, stated: 1 };
  const section: DatingSection = {
    elapsedSeconds: 0, maxGroups: 20,
    topics: [{ topic: 'h1n1', dir: '', groups: 2, counts, figures: datingFigures(counts) }],
    pooled: { groups: 2, counts, figures: datingFigures(counts) },
  };

  it("agrees figure by figure as Python prints them (0.625 -> '0.62')", () => {
    const got = compareDating(section, parseDatingOutput(datingOut));
    expect(got).toHaveLength(13);
    expect(got.filter((a) => !a.ok)).toEqual([]);
  });

  it('reports a differing or missing figure', () => {
    const got = compareDating(section, parseDatingOutput(datingOut.replace('within 1 day 0.75, within 7 days 1.00, undated 0.00, stated', 'within 1 day 0.70, within 7 days 1.00, undated 0.00, stated').split('\n')[0]!));
    const bad = got.filter((a) => !a.ok);
    expect(bad.map((a) => a.what)).toContain('dating h1n1 within 1 day');
    expect(bad.filter((a) => a.what.startsWith('dating all')).every((a) => a.ref === 'missing')).toBe(true);
    expect(sideBySide(bad[0])).toMatch(/!$/);
  });
});

describe('compareBuilds', () => {
  it('wants the JSON npm run extract wrote to be byte-identical to ours', () => {
    const got = compareBuilds('dating', new Map([['h1n1-00', 'abc'], ['h1n1-01', 'def']]), (n) => (n === 'h1n1-00' ? 'abc' : null));
    expect(got.map((a) => a.ok)).toEqual([true, false]);
    expect(got[1]!.ref).toBe('missing');
  });
});
