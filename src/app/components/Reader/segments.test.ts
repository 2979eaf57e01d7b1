import { describe, expect, it } from 'vitest';
import { currentRange, displayFor, normalizeMarks, pieceParts, segment } from './segments.ts';

const text = 'Kelly met ministers. He spoke on Thursday.\n\nTrump signed orders on Tuesday. Later he left.';

describe('the reader text', () => {
  it('splits paragraphs at blank lines and keeps offsets into the article', () => {
    const paras = segment(text, [], null);
    expect(paras).toHaveLength(2);
    expect(paras[1]!.start).toBe(text.indexOf('Trump'));
  });
  it('marks each supporting sentence with its event', () => {
    const start = text.indexOf('Trump');
    const end = text.indexOf(' Later');
    const paras = segment(text, [{ start, end, eventId: 'orders' }], null);
    const marked = paras[1]!.pieces.filter((p) => p.mark);
    expect(marked.map((p) => [p.text, p.mark!.eventId])).toEqual([['Trump signed orders on Tuesday.', 'orders']]);
  });
  it('highlights the sentence the reader was opened at, even inside a longer mark', () => {
    const at = text.indexOf('on Tuesday');
    const range = currentRange(text, [], at)!;
    expect(text.slice(range.start, range.end)).toBe('on Tuesday.');
    const paras = segment(text, [], range);
    expect(paras[1]!.pieces.find((p) => p.current)!.text).toBe('on Tuesday.');
  });
  it('keeps the first of two marks on the same sentence', () => {
    expect(normalizeMarks([{ start: 0, end: 10, eventId: 'a' }, { start: 0, end: 10, eventId: 'b' }], 50)).toEqual([{ start: 0, end: 10, eventId: 'a' }]);
  });
  it('marks the words asked for inside the current sentence, and nothing when they are the whole of it', () => {
    const text = 'The talks ended on Thursday night in Mexico City.';
    const at = text.indexOf('on Thursday night');
    const marks = [{ start: 0, end: text.length, eventId: 'e' }];
    const [p] = segment(text, marks, { start: 0, end: text.length }, { start: at, end: at + 'on Thursday night'.length });
    const piece = p!.pieces[0]!;
    expect(piece.text.slice(...piece.words!)).toBe('on Thursday night');
    expect(segment(text, marks, { start: 0, end: text.length }, { start: 0, end: text.length })[0]!.pieces[0]!.words).toBeUndefined();
  });

  describe('a tokenized article (Timeline17)', () => {
    const tok = "Kelly said Thursday that `` there will be no mass deportations '' , officials said .\n\nThe U.S. would n't use force , and Mexico 's minister met him ` behind scenes ' .";
    const start = tok.indexOf('The U.S.');
    const end = tok.length;
    it('is shown detokenized piece by piece, its offsets those of the article', () => {
      const show = displayFor(tok);
      const paras = segment(tok, [{ start, end, eventId: 'force' }], null);
      expect(paras.map((p) => p.start)).toEqual([0, start]);
      expect(paras[1]!.pieces[0]!.start).toBe(start);
      expect(paras.map((p) => p.pieces.flatMap((x) => pieceParts(x, show)).join(''))).toEqual([
        'Kelly said Thursday that “there will be no mass deportations”, officials said.',
        'The U.S. wouldn\'t use force, and Mexico\'s minister met him ‘behind scenes’.',
      ]);
    });
    it('keeps the words asked for apart, so their highlight stays on them', () => {
      const at = tok.indexOf('` behind');
      const [, p] = segment(tok, [{ start, end, eventId: 'force' }], { start, end }, { start: at, end: tok.indexOf(" '", at) + 2 });
      expect(pieceParts(p!.pieces[0]!, displayFor(tok))).toEqual(['The U.S. wouldn\'t use force, and Mexico\'s minister met him ', '‘behind scenes’', '.']);
    });
    it('leaves a normal article as it is', () => {
      const show = displayFor(text);
      expect(segment(text, [], null).flatMap((p) => p.pieces.flatMap((x) => pieceParts(x, show)))).toEqual(text.split(/\n\n/));
    });
  });
});
