import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../store/items.ts';
import { filterWords } from './filterWords.ts';

describe('what a printed list says of its filters', () => {
  it('names each filter set, with how many events of the story are listed', () => {
    expect(filterWords({ ...NO_FILTERS, key: true, from: '2011-02-10', to: '2011-02-11' }, 5, 3410, null))
      .toBe('5 of 3410 events: key events only; from Thursday 10 February 2011 to Friday 11 February 2011.');
    expect(filterWords({ ...NO_FILTERS, q: ' Suleiman ', source: 'cnn', actor: 'Hosni Mubarak' }, 12, 3410, 'CNN'))
      .toBe('12 of 3410 events: words “Suleiman”; source CNN; actor Hosni Mubarak.');
  });

  it('says an open side of a range as such', () => {
    expect(filterWords({ ...NO_FILTERS, from: '2011-02-01' }, 1604, 3410, null)).toBe('1604 of 3410 events: from Tuesday 1 February 2011.');
    expect(filterWords({ ...NO_FILTERS, to: '1920-12-31' }, 21, 2815, null)).toBe('21 of 2815 events: up to Friday 31 December 1920.');
  });

  it('is nothing without filters, and leaves out a From after To (not applied)', () => {
    expect(filterWords(NO_FILTERS, 11, 11, null)).toBeNull();
    expect(filterWords({ ...NO_FILTERS, q: '   ' }, 11, 11, null)).toBeNull();
    expect(filterWords({ ...NO_FILTERS, from: '2011-02-11', to: '2011-02-01' }, 11, 11, null)).toBeNull();
    expect(filterWords({ ...NO_FILTERS, key: true, from: '2011-02-11', to: '2011-02-01' }, 3, 11, null)).toBe('3 of 11 events: key events only.');
  });
});
