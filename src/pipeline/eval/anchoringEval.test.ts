// agrees() cases were run through anchoring_eval.py's agrees(); the documents and sentences are made up.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../schema/index.ts';
import { agrees, anchorDocs, anchoringFigures, anchorStory, goldRows, scoreAnchoring } from './anchoringEval.ts';

describe('agrees', () => {
  it('needs the gold known leading parts of 2009-02-XX: the month or a day in it', () => {
    expect(agrees('2009-02', '2009-02-XX')).toBe(true);
    expect(agrees('2009-02-15', '2009-02-XX')).toBe(true);
    expect(agrees('2009-03-01', '2009-02-XX')).toBe(false);
    expect(agrees('2009', '2009-02-XX')).toBe(false);
    expect(agrees('2009-W07', '2009-02-XX')).toBe(false);
    expect(agrees('2009-021', '2009-02-XX')).toBe(false);
  });
  it('takes a time of the gold day, any date of a gold year, and nothing for a year-less gold', () => {
    expect(agrees('2009-02-15T10:00', '2009-02-15')).toBe(true);
    expect(agrees('2009-02-15', '2009-XX-XX')).toBe(true);
    expect(agrees('2009-02-15', 'XXXX-02-15')).toBe(false);
  });
});

const tsv = [
  '# entity: Airbus',
  'order\tdate\tevent_refs\tdoc_dct\tevent_words\tsentence',
  '0\tXXXX-XX-XX\t11-1-owned\t2005-01-18\towned\tAirbus is owned by EADS.',
  '1\t2005-01-18\t11-2-unveiled 12-4-unveiled\t2005-01-18\tunveiled\tAirbus  unveiled the A380 on Tuesday, and Boeing responded.',
  '1\t2005-01-18\t11-2-unveiled\t2005-01-18\tunveiled\tAirbus unveiled the A380 on Tuesday, and Boeing responded.',
  '2\t2005-XX-XX\t12-3-orders\t2005-06-13\torders\tQatar ordered 20 planes.',
  '3\t2007-10-25\t12-5-flight\t2005-06-13\tflight\tThe first commercial flight will be in October 2007.',
  'short\trow',
].join('\n');

const event = (id: string, value: string, mentions: Array<[string, string]>): Event => ({
  id, date: { value, granularity: 'day', source: 'resolved', evidence: null }, title: id, summary: '', actors: [], place: null, quotes: [],
  sources: 1, mentions: mentions.map(([articleId, text]) => ({ articleId, start: 0, end: text.length, text })),
});

describe('goldRows', () => {
  it('keeps dated rows once per (first document, sentence, date), skipping comments, headers, year-less and short rows', () => {
    expect(goldRows([tsv])).toEqual([
      { doc: '11', sentence: 'airbus unveiled the a380 on tuesday, and boeing responded.', date: '2005-01-18' },
      { doc: '12', sentence: 'qatar ordered 20 planes.', date: '2005-XX-XX' },
      { doc: '12', sentence: 'the first commercial flight will be in october 2007.', date: '2007-10-25' },
    ]);
  });
});

describe('scoreAnchoring', () => {
  const rows = goldRows([tsv]);
  const dct = (doc: string) => ({ '11': '2005-01-18', '12': '2005-06-13' })[doc];

  it('covers a row by a mention containing its sentence or contained in it, in the same document', () => {
    const c = scoreAnchoring({
      events: [
        event('clause', '2005-01-18', [['11', 'Airbus unveiled the A380 on Tuesday,']]),
        event('whole', '2005-06-13', [['12', 'Reports say Qatar ordered 20 planes. More soon.']]),
        event('elsewhere', '2007-10-25', [['11', 'The first commercial flight will be in October 2007.']]),
        event('empty', '2007-10-25', [['12', '  ']]),
      ],
    }, rows, dct);
    expect(c).toMatchObject({ rows: 3, covered: 2, right: 2, baselineRight: 2, baselineCoveredRight: 2, events: 4 });
    const f = anchoringFigures(c);
    expect([f.covered, f.accuracyCovered, f.rightOverall]).toEqual([2 / 3, 1, 2 / 3]);
  });

  it('is right when any covering event agrees, and the baseline dates each row on its document day', () => {
    const c = scoreAnchoring({
      events: [
        event('a', '2006-01-01', [['12', 'The first commercial flight will be in October 2007.']]),
        event('b', '2007-10', [['12', 'the first commercial flight will be in october 2007.']]),
      ],
    }, rows, dct);
    // A month does not agree with a gold day.
    expect(c).toMatchObject({ covered: 1, right: 0, baselineCoveredRight: 0 });
    const withDay = scoreAnchoring({ events: [event('c', '2007-10-25T09:00', [['12', 'The first commercial flight will be in October 2007.']])] }, rows, dct);
    expect(withDay).toMatchObject({ covered: 1, right: 1, baselineRight: 2, baselineCoveredRight: 0 });
  });
});

describe('anchorDocs and anchorStory', () => {
  it('turns DD-MM-YYYY into ISO and gives story.json entries keyed by <doc_id>.txt', () => {
    const docs = anchorDocs('doc_id\tdct\tsrc_url\ttitle\n11\t18-01-2005\thttp://x\tA380 unveiled\n12\t2005-06-13\thttp://y\tQatar\n');
    expect(docs).toEqual([
      { file: '11.txt', published: '2005-01-18', title: 'A380 unveiled' },
      { file: '12.txt', published: '2005-06-13', title: 'Qatar' },
    ]);
    const s = anchorStory('semeval2015-airbus', docs, (f) => `text of ${f}`);
    expect(s.id).toBe('semeval2015-airbus');
    expect(s.meta.articles?.['11.txt']?.published).toBe('2005-01-18');
    expect(s.files.map((f) => f.name)).toEqual(['11.txt', '12.txt']);
  });
});
