// The port of /work/shared/eval/tools/tls/score_tls.py. Expected values: the stems are ROUGE-1.5.5.pl's
// (from the reference's own regression test); the small timeline's figures were printed by score_tls.py
// --data-dir on the same word lists (`--pred pred.json --gold gold.tilse.txt --json`); the h1n1 figures are
// tilse's with the perl ROUGE (the reference's test), checked when the shared data is on this machine.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { porterStemRouge } from './porterRouge.ts';
import { Rouge155 } from './rouge155.ts';
import { averageTls, evaluateTls, parseTilse, timelineOf } from './scoreTls.ts';

const STEMS: Array<[string, string]> = [
  ['caresses', 'caress'], ['ponies', 'poni'], ['agreed', 'agre'], ['plastered', 'plaster'], ['motoring', 'motor'], ['sing', 'sing'],
  ['conflated', 'conflat'], ['hopping', 'hop'], ['falling', 'fall'], ['hissing', 'hiss'], ['filing', 'file'], ['happy', 'happi'],
  ['relational', 'relat'], ['conditional', 'condit'], ['rational', 'ration'], ['vietnamization', 'vietnam'], ['predication', 'predic'],
  ['decisiveness', 'decis'], ['sensibiliti', 'sensibl'], ['triplicate', 'triplic'], ['formative', 'form'], ['electrical', 'electr'],
  ['revival', 'reviv'], ['allowance', 'allow'], ['adjustment', 'adjust'], ['dependent', 'depend'], ['adoption', 'adopt'],
  ['activate', 'activ'], ['effective', 'effect'], ['probate', 'probat'], ['cease', 'ceas'], ['controll', 'control'], ['roll', 'roll'],
  ['agreement', 'agreem'], ['government', 'govern'], ['yelling', 'yell'], ['yearly', 'yearli'], ['president', 'presid'],
  ['generalizations', 'gener'], ['2009s', '2009'], ['was', 'wa'], ['gasses', 'gass'],
];

const mini = () => new Rouge155(new Set(['the', 'of', 'a', 'in', 'and', 'said', '']), new Map([['was', 'be'], ['better', 'well']]));
const PRED = [
  { date: '2009-04-24', sentences: ['Mexico closed schools in the capital after a swine flu outbreak was reported.', 'The World Health Organization said it was monitoring the cases.'] },
  { date: '2009-04-27', sentences: ['The WHO raised its pandemic alert level to phase 4.'] },
  { date: '2009-06-11', sentences: ['The WHO declared a global pandemic, the first in 41 years.'] },
];
const GOLD = `2009-04-24
Mexican authorities close schools in Mexico City because of a swine flu outbreak.
--------------------------------
2009-04-25
The WHO declares the outbreak a public health emergency of international concern.
--------------------------------
2009-04-27
WHO raises the pandemic alert level to phase 4.
Better testing was promised.
--------------------------------
2009-06-11
The WHO declares a pandemic.
--------------------------------
`;

describe('the ROUGE-1.5.5 stemmer', () => {
  it('stems as the perl does', () => {
    for (const [w, s] of STEMS) expect(porterStemRouge(w), w).toBe(s);
  });
  it('takes a WordNet exception before stemming', () => {
    expect(mini().morphStem('was')).toBe('be');
    expect(mini().morphStem('yelling')).toBe('yell');
  });
});

describe('ROUGE counts', () => {
  it('lower-cases ASCII only, splits hyphens off, drops stop words and what starts with neither letter nor digit, cuts at "<"', () => {
    const r = mini();
    expect(r.tokens(['The Presidents\' re-election <b>bold</b>'])).toEqual(['presid', 're', 'elect']);
    expect(r.tokens(['x^2 café'])).toEqual(['x', 'circ', '2', 'caf']);
    expect(r.counts(['campaigns were running', 'running'], [['running campaigns'], []])).toEqual({ 1: [2, 8, 2], 2: [0, 6, 1] }); // score_tls.py's counts: the peer's count once per model
  });
});

describe('the timeline figures', () => {
  it('reads a tilse timeline as score_tls.py does', () => {
    const tl = parseTilse(GOLD);
    expect([...tl.keys()]).toEqual(['2009-04-24', '2009-04-25', '2009-04-27', '2009-06-11']);
    expect(tl.get('2009-04-27')).toEqual(['WHO raises the pandemic alert level to phase 4.', 'Better testing was promised.']);
    expect(parseTilse('2009-01-02\nA.\n-----\n2009-01-02\nB.\n---\n2009-01-03\nC.').get('2009-01-02')).toEqual(['B.']);
    expect(parseTilse('2009-01-03\nC.').get('2009-01-03')).toEqual(['C.']);
  });

  it('gives score_tls.py\'s figures to the last digit', () => {
    const res = evaluateTls(mini(), timelineOf(PRED), [parseTilse(GOLD)]);
    expect(res.date).toEqual({ precision: 1.0, recall: 0.75, f_score: 0.8571428571428571 });
    expect(res.ar.rouge_1).toEqual({ precision: 0.5151515151515151, recall: 0.5454545454545454, f_score: 0.5298701298701298 });
    expect(res.ar.rouge_2).toEqual({ precision: 0.3333333333333333, recall: 0.3448275862068966, f_score: 0.33898305084745767 });
    expect(res.concat.rouge_1.f_score).toBe(0.5757575757575758);
    expect(res.concat.rouge_2.f_score).toBe(0.3125);
  });

  it('scores an empty prediction 0 and the gold against itself 1', () => {
    const gold = parseTilse(GOLD);
    const empty = evaluateTls(mini(), new Map(), [gold]);
    expect([empty.date.f_score, empty.ar.rouge_1.f_score, empty.ar.rouge_1.recall]).toEqual([0, 0, 0]);
    const self = evaluateTls(mini(), gold, [gold]);
    expect([self.date.f_score, self.ar.rouge_1.f_score, self.ar.rouge_2.f_score]).toEqual([1, 1, 1]);
  });

  it('averages as news-tls does: mean P, mean R, F of the means', () => {
    const gold = parseTilse(GOLD);
    const a = evaluateTls(mini(), timelineOf(PRED), [gold]);
    const b = evaluateTls(mini(), gold, [gold]);
    const avg = averageTls([a, b]);
    const p = (a.ar.rouge_1.precision + b.ar.rouge_1.precision) / 2;
    const r = (a.ar.rouge_1.recall + b.ar.rouge_1.recall) / 2;
    expect(avg.ar.rouge_1.f_score).toBe((2 * p * r) / (p + r));
    expect(avg.n_tasks).toBe(2);
  });
});

const SHARED = '/work/shared';
const H1N1 = `${SHARED}/data/t17-h1n1`;
describe.skipIf(!existsSync(`${H1N1}/gold_timeline_1.tilse.txt`))('on the shared h1n1 gold timelines (tilse with perl ROUGE)', () => {
  it('agrees with the reference scorer\'s regression figures', () => {
    const r = Rouge155.fromDir(`${SHARED}/eval/tools/tls/data`);
    const g = (i: number) => parseTilse(readFileSync(`${H1N1}/gold_timeline_${i}.tilse.txt`, 'utf8'));
    const a = evaluateTls(r, g(2), [g(1)]);
    expect([a.ar.rouge_1.precision, a.ar.rouge_1.recall, a.ar.rouge_1.f_score]).toEqual([0.07791104034601407, 0.1337275307473983, 0.09845890557288582]);
    expect(a.ar.rouge_2.f_score).toBe(0.018095676406944587);
    expect(a.concat.rouge_1.f_score).toBe(0.31504922644163147);
    const b = evaluateTls(r, g(3), [g(1), g(2)]);
    expect(b.ar.rouge_2.f_score).toBe(0.03000968054211036);
  });
});
