// Expected values are what Python 3 gives for the same input (checked with python3 -c).
import { describe, expect, it } from 'vitest';
import { pyCsvRows, pyDictRows, pyFixed2, pySpaces, pyStrip, universalNewlines } from './pyCompat.ts';

describe('pyStrip and pySpaces', () => {
  it('strip what str.strip() strips, which is not what trim() trims', () => {
    expect(pyStrip(' \ufeffx\x1c\x85 ')).toBe('\ufeffx');
    expect(' \ufeffx\x1c\x85 '.trim()).not.toBe('\ufeffx');
    expect(pySpaces('a\x1c\x85b \u00a0\tc')).toBe('a b c');
  });
  it('read text like open().read(): CR LF and CR become LF', () => {
    expect(universalNewlines('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });
});

describe('pyFixed2', () => {
  it("rounds an exact tie to even like f'{x:.2f}', and otherwise like toFixed", () => {
    expect([0.125, 0.625, 0.375, 0.875, 1 / 3, 2.675, 0.005, 1.005, 1].map(pyFixed2)).toEqual(['0.12', '0.62', '0.38', '0.88', '0.33', '2.67', '0.01', '1.00', '1.00']);
    expect((0.125).toFixed(2)).toBe('0.13');
  });
});

describe('pyCsvRows', () => {
  it('reads quoted fields, doubled quotes, stray quotes and empty lines as csv.reader does', () => {
    expect(pyCsvRows('a\t"b\tc"\td\n"x""y"\tz"q\n\ne\t"mul\nti"\n"un"term\tf\n')).toEqual([
      ['a', 'b\tc', 'd'], ['x"y', 'z"q'], [], ['e', 'mul\nti'], ['unterm', 'f'],
    ]);
  });
  it('keeps a last line without its newline, and DictReader skips empty rows', () => {
    expect(pyDictRows('file\tpub_date\nA/1.txt\t2009-03-02\n\nA/2.txt')).toEqual([
      { file: 'A/1.txt', pub_date: '2009-03-02' }, { file: 'A/2.txt', pub_date: undefined },
    ]);
  });
});
