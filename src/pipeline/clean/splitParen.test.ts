// A parenthesis a corpus's sentence splitter cut at its dot is one line again (lines.ts splitLines). Lines
// written for this test, on the shape of Timeline17's Reuters pages ("... Finance (IPF." / "L) said ...").
import { describe, expect, it } from 'vitest';
import { splitLines } from './lines.ts';

describe('a parenthesis cut across two lines', () => {
  it('joins a ticker without a space and a clock with one', () => {
    expect(splitLines('LONDON, May 8 (Reuters) - Harbour lender Quay Finance (QFL.\nL) said loan defaults would eat into its profits.\n').map((l) => l.text))
      .toEqual(['LONDON, May 8 (Reuters) - Harbour lender Quay Finance (QFL.L) said loan defaults would eat into its profits.']);
    expect(splitLines('(Update 1:34 p.m. in Portsmouth, 6:34 a.m.\nET) The harbour board met.\n').map((l) => l.text))
      .toEqual(['(Update 1:34 p.m. in Portsmouth, 6:34 a.m. ET) The harbour board met.']);
  });
  it('leaves lines alone that merely start with a closing mark or follow a closed parenthesis', () => {
    expect(splitLines('The board (as expected) met.\nA) The first item.\n').map((l) => l.text)).toEqual(['The board (as expected) met.', 'A) The first item.']);
  });
});
