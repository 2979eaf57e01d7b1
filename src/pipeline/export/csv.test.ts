import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, toCsv } from './csv.ts';
import { article, editedStory, event, precisionStory, seedStory, story } from './fixtures/stories.ts';

/** csv-parse, strict: RFC 4180 quoting, a BOM skipped, no relaxed quotes or column counts. */
const read = (text: string): string[][] => parse(text, { bom: true, relax_quotes: false, relax_column_count: false, record_delimiter: '\r\n' });

describe('CSV export', () => {
  it('the seed story parses with an independent RFC 4180 parser: a header and one row per event', () => {
    const seed = seedStory();
    const text = toCsv(seed, { base: '/' });
    expect(text.startsWith('\uFEFFid,date,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no title here holds a line break: every one is a CRLF row end
    const [header, ...rows] = read(text);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(seed.events.length);
    for (const [i, e] of seed.events.entries()) {
      const row = Object.fromEntries(header!.map((h, j) => [h, rows[i]![j]]));
      expect(row).toMatchObject({ id: e.id, date: e.date.value, precision: e.date.granularity, date_source: e.date.source, link: `/us-officials-in-mexico-city/${e.id}/` });
      expect(row.title!.replace(/^'/, '')).toBe(e.title);
    }
    const kelly = rows.find((r) => r[0] === '2017-02-23-united-states-homeland-security-secretary');
    expect(kelly?.[6]).toContain('Business Standard (IANS); ');
    expect(kelly?.[6]).toContain('EFE');
  });

  it('round-trips titles with commas, quotes, newlines and formula prefixes (the last made safe with a quote)', () => {
    const titles = ['Kelly, Tillerson meet', 'He said "no"', 'Two\nlines', 'CR\r\nLF', '=HYPERLINK("http://x.invalid","click")', '+1 555', '-5 degrees', '@SUM(A1:A2)', '\tTabbed', 'Plain', 'Not = formula', ''];
    const s = story(titles.map((title, i) => event(`e${i}`, '2017-02-23', 'day', { title })), [
      article('a1', { publisher: '=cmd|calc, Inc.', url: 'https://example.org/a,b?q="1"' }),
    ]);
    const rows = read(toCsv(s, { base: '/', siteUrl: 'https://news.example.org' })).slice(1);
    expect(rows.map((r) => r[5])).toEqual(titles.map((t) => (/^[=+\-@\t]/.test(t) ? `'${t}` : t)));
    expect(rows[0]![6]).toBe("'=cmd|calc, Inc.");
    expect(rows[0]![7]).toBe('https://example.org/a,b?q=%221%22');
    expect(rows[0]![8]).toBe('https://news.example.org/test-story/e0/');
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('lists every event, year-less ones included, with the value, its words and its precision', () => {
    const rows = read(toCsv(precisionStory(), { base: '/timelines/' })).slice(1);
    expect(rows.map((r) => [r[0], r[1], r[2], r[3]])).toContainEqual(['yearless', 'XXXX-12-17', '17 December, year not stated', 'day']);
    expect(rows.map((r) => [r[0], r[2], r[3]])).toContainEqual(['month', 'February 2017', 'month']);
    expect(rows).toHaveLength(10);
    expect(rows[0]![8]).toBe('/timelines/test-story/time/');
    // Days a spreadsheet can sort by: each date's range, nothing for a year-less day.
    const at = (id: string) => { const r = rows.find((x) => x[0] === id)!; return [r[11], r[12]]; };
    expect(at('month')).toEqual(['2017-02-01', '2017-02-28']);
    expect(at('week')).toEqual(['2017-02-20', '2017-02-26']);
    expect(at('yearless')).toEqual(['', '']);
  });

  it('marks key events and says what the editors changed, as the viewer does', () => {
    const [header, ...rows] = read(toCsv(editedStory(), { base: '/' }));
    const cols = (r: string[]) => Object.fromEntries(header!.map((h, j) => [h, r[j]]));
    expect(cols(rows[0]!)).toMatchObject({
      id: 'redated',
      key: 'yes',
      editors_notes: 'Date corrected by the editors: The ministry\'s statement gives <Wednesday>, not Thursday Marked as a key event by the editors.',
    });
    expect(cols(rows[1]!)).toMatchObject({ id: 'plain', key: '', editors_notes: '' });
  });

  it('quotes a field only when RFC 4180 needs it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-')).toBe("'-");
    expect(csvField('\r=x')).toBe('"\'\r=x"');
  });
});
