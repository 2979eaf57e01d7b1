import { describe, expect, it } from 'vitest';
import { publisherOf } from './publisher.ts';

describe('publisherOf', () => {
  it('takes the metadata’s publisher first, as written', () => {
    expect(publisherOf({ publisher: 'Business Standard', url: 'https://www.reuters.com/x' }, { publisher: 'IANS' })).toBe('Business Standard');
  });

  it('passes over a metadata publisher that is no name', () => {
    expect(publisherOf({ publisher: 'https://gazette.example' }, { publisher: 'Reuters' })).toBe('Reuters');
    expect(publisherOf({ publisher: 'Click here to read all of our coverage of the election tonight.' }, { publisher: null })).toBeNull();
  });

  it('takes the text’s publisher over the address', () => {
    expect(publisherOf({ url: 'https://www.gobankingrates.com/x' }, { publisher: 'GoBankingRates' })).toBe('GoBankingRates');
    expect(publisherOf({ url: 'https://edition.cnn.com/2018/01/17/asia/index.html' }, { publisher: 'CNN' })).toBe('CNN');
  });

  it('reads an agency’s copy on another outlet’s site as "Outlet (Agency)"', () => {
    expect(publisherOf({ url: 'https://news.yahoo.com/koreas-march-together.html' }, { publisher: 'Reuters' })).toBe('Yahoo News (Reuters)');
    expect(publisherOf({ url: 'https://www.riverside-gazette.com/quake' }, { publisher: 'Associated Press' })).toBe('riverside-gazette.com (Associated Press)');
  });

  it('falls back to the address: a known outlet by name, any other by its registrable domain', () => {
    expect(publisherOf({ url: 'https://www.nytimes.com/2018/09/25/arts/cosby.html' }, { publisher: null })).toBe('The New York Times');
    expect(publisherOf({ url: 'https://blog.riverside-gazette.co.uk/2024/bridge' }, { publisher: null })).toBe('riverside-gazette.co.uk');
  });

  it('is null with no evidence at all', () => {
    expect(publisherOf({}, { publisher: null })).toBeNull();
    expect(publisherOf({ url: 'http://127.0.0.1:4000/page' }, { publisher: null })).toBeNull();
  });
});
