import { describe, expect, it } from 'vitest';
import { currentRange, normalizeMarks, segment } from './segments.ts';

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
});
