/**
 * One behaviour per rule, on real lines. Sources: seed pages (data/stories/us-officials-in-mexico-city),
 * Multi-News test clusters (CNN, BBC, NPR, USA Today, DNAinfo, Guardian) and Timeline17 H1N1 (Reuters, BBC
 * blogs), quoted a line or two at a time.
 */
import { describe, expect, it } from 'vitest';
import raw from './boilerplate.en.json' with { type: 'json' };
import { clean, cleanWithTrace } from './index.ts';
import { lexicon, lexiconReason, lineKey } from './lexicon.ts';

const cleanText = (lines: string[]) => cleanWithTrace(lines.join('\n\n')).result;
const PROSE = 'The two envoys spoke after meeting Mexico’s Foreign Affairs Minister Luis Videgaray and Interior Minister Miguel Angel Osorio Chong here.';
const PROSE2 = 'Mexican officials are concerned that massive deportation could lead to a humanitarian crisis along the border.';

describe('the boilerplate lexicon', () => {
  it.each(raw.patterns.map((p) => [p.why, p.example]))('pattern "%s" fires on its own example', (_why, example) => {
    expect(lexiconReason(example)).not.toBeNull();
  });

  it('gives the first pattern in lexicon order, whatever their flags, and only anyLength ones on long lines', () => {
    const rule = (re: RegExp, why: string, anyLength = false) => ({ re, why, anyLength, endsArticle: false, example: '' });
    const lex = {
      ...lexicon,
      exact: new Set<string>(), prefix: [], prefixAnyLength: [], contains: [],
      patterns: [rule(/^WATCH\b/u, 'upper case'), rule(/watch/iu, 'any case'), rule(/\(photo\)$/iu, 'photo credit', true)],
    };
    expect(lexiconReason('WATCH the report', lex)).toBe('lexicon: upper case');
    expect(lexiconReason('Watch the report', lex)).toBe('lexicon: any case');
    const long = `${'word '.repeat(60)}watch (photo)`;
    expect(lexiconReason(long, lex)).toBe('lexicon: photo credit');
    expect(lexiconReason(`${'word '.repeat(60)}watch`, lex)).toBeNull();
  });

  it('keys a line by folding quotes, dashes and white space, and lower-casing', () => {
    expect(lineKey('Here’s What’s “Included” — Now')).toBe('here\'s what\'s "included" - now');
    expect(lineKey(' Two  spaces\tand a tab ')).toBe('two spaces and a tab');
    expect(lineKey('A plain line, nothing to fold.')).toBe('a plain line, nothing to fold.');
  });

  it('fires on exact furniture lines whatever the case and trailing dots', () => {
    for (const line of ['Skip to main content', 'Please wait...', 'RELATED:', 'Story continues below advertisement']) {
      expect(lexiconReason(line), line).not.toBeNull();
    }
  });

  it('leaves article sentences alone, even ones that start like furniture', () => {
    for (const line of [
      PROSE,
      'Close to 1,000 people gathered outside the courthouse on Tuesday.',
      'Photographers waited outside the hotel for hours.',
      'Readers who subscribe to the paper were told on Friday that prices would rise.',
      'The company said it lost $5 million per month during the outbreak.',
    ]) {
      expect(lexiconReason(line), line).toBeNull();
    }
  });

  it('has compiled every inline phrase and agency', () => {
    expect(lexicon.inline.length).toBeGreaterThan(0);
    expect(lexicon.agencies).toContain('EFE');
  });
});

describe('walled runs', () => {
  it('removes plan names walled in by prices but keeps a subhead between paragraphs', () => {
    const r = cleanWithTrace(
      [PROSE, '*Subscribe to Business Standard digital and get complimentary access to The New York Times', 'Smart Quarterly', '₹900', '3 Months', PROSE2, 'Diplomatic thaw', 'The talks resumed on Monday after a pause of two years.'].join('\n\n'),
    );
    expect(r.result.text).not.toContain('Smart Quarterly');
    expect(r.result.text).toContain('Diplomatic thaw');
    expect(r.result.text).toContain(PROSE2);
  });

  it('removes a bulleted feature list between subscription lines', () => {
    const r = cleanText([PROSE, 'Here’s what’s included in our digital subscription plans', 'Exclusive premium stories online', '  • Over 30 premium stories daily, handpicked by our editors', 'More From This Section']);
    expect(r.text).toBe(PROSE);
  });
});

describe('captions', () => {
  it('removes a bare name line that repeats the photo caption beside it', () => {
    const r = cleanWithTrace(['Donald Trump\nUS President Donald Trump (Photo: Reuters)', PROSE, PROSE2].join('\n\n'));
    expect(r.result.text).toBe(`${PROSE}\n\n${PROSE2}`);
  });

  it('removes alt text and caption printed twice in a row', () => {
    const r = cleanText([PROSE, 'US Homeland Security chief John Kelly', 'US Homeland Security chief John Kelly', PROSE2]);
    expect(r.text).toBe(`${PROSE}\n\n${PROSE2}`);
  });

  it('cuts a photo credit glued before the first sentence and keeps the sentence', () => {
    const r = cleanText(['Photograph: Carl de Souza/AFP/Getty Images Two new cases of swine flu have been diagnosed in the UK, one in a child, the health secretary said.', PROSE]);
    expect(r.text.startsWith('Two new cases of swine flu')).toBe(true);
  });
});

describe('duplicates', () => {
  it('drops a repeat that only swaps the speaker tag, keeping the first copy', () => {
    const a = '"We underscored the importance of stopping the illegal firearms and bulk cash that is originating in the United States and flowing into Mexico," he said.';
    const b = a.replace('he said', 'Tillerson said');
    const r = cleanText([PROSE, a, PROSE2, b]);
    expect(r.text).toBe([PROSE, a, PROSE2].join('\n\n'));
  });

  it('keeps a later copy that adds a sentence of its own', () => {
    const extra = `${PROSE2} Officials in Tijuana said shelters were already full.`;
    const r = cleanText([PROSE, PROSE2, extra]);
    expect(r.text).toContain('shelters were already full');
  });
});

describe('what the text says about itself', () => {
  it('reads an agency credit line as publisher and dateline and removes the line', () => {
    const r = cleanText(['IANS Mexico City', PROSE, PROSE2]);
    expect(r).toMatchObject({ publisher: 'IANS', dateline: 'Mexico City' });
    expect(r.text).not.toContain('IANS');
  });

  it('reads an inline dateline and leaves the first sentence whole', () => {
    const first = 'Mexico City (EFE).– The United States will not carry out mass deportations of Mexican migrants, the head of the DHS said Thursday.';
    const r = cleanText([first, PROSE]);
    expect(r).toMatchObject({ dateline: 'Mexico City', publisher: 'EFE' });
    expect(r.text.startsWith(first)).toBe(true);
  });

  it('reads a byline line', () => {
    expect(cleanText(['By Maggie Fox, Health and Science Editor', PROSE]).byline).toBe('Maggie Fox, Health and Science Editor');
    expect(cleanText(['/ Updated By Elizabeth Chuck and Corky Siemaszko', PROSE]).byline).toBe('Elizabeth Chuck and Corky Siemaszko');
  });

  it('cuts a Reuters header stamp and keeps its byline, date and dateline', () => {
    const r = cleanText([
      'By Maggie Fox, Health and Science Editor WASHINGTON | Mon Mar 2, 2009 4:23 pm EST WASHINGTON (Reuters) - Virtually all cases of the most common strain of flu now resist the main drug used to treat it.',
      PROSE,
    ]);
    expect(r).toMatchObject({ byline: 'Maggie Fox, Health and Science Editor', dateline: 'Washington', publisher: 'Reuters' });
    expect(r.published?.value).toBe('2009-03-02T16:23');
    expect(r.text.startsWith('WASHINGTON (Reuters) - Virtually all cases')).toBe(true);
  });

  it('does not take a question that opens with a dateline for the headline', () => {
    const r = cleanText(['WASHINGTON (Reuters) - Staying inside to avoid the flu?', PROSE]);
    expect(r.title).toBeNull();
    expect(r.text.startsWith('WASHINGTON (Reuters)')).toBe(true);
  });

  it('does not take a first sentence or a CNN highlight for the headline', () => {
    expect(cleanText([PROSE, PROSE2]).title).toBeNull();
    expect(cleanText(["Story highlights Hamas' Cabinet headquarters is destroyed, Hamas TV reports", PROSE]).title).toBeNull();
  });

  it('removes reader comments and everything below the first one', () => {
    const r = cleanText([PROSE, 'At 2:04 pm on 29 May 2009, RoastDuck wrote: I think this is overblown.', 'The government should relax.']);
    expect(r.text).toBe(PROSE);
  });
});

describe('robustness', () => {
  it('returns an empty document for empty or blank text', () => {
    for (const t of ['', '   \n\n \t ', '\u0000\u0007']) {
      const r = cleanText([t]);
      expect(r.text).toBe('');
      expect(r.title).toBeNull();
    }
  });

  it('strips control characters and no-break spaces', () => {
    const r = cleanText([`${PROSE}\u0007\u00a0 Next\u0000 sentence follows here and it is long enough.`]);
    expect(r.text).not.toMatch(/[\u0000-\u0008\u00a0]/);
  });

  // Speed is the benchmark's business; these only prove that huge inputs finish (the timeout guards hangs
  // on a loaded 2-core machine) and come out whole.
  it('handles a 5 MB single-line article', { timeout: 60_000 }, () => {
    const big = `${PROSE} `.repeat(Math.ceil(5_000_000 / (PROSE.length + 1)));
    const r = cleanText([big]);
    expect(r.stats.lines).toBe(1);
    expect(r.text.length).toBeGreaterThan(4_000_000);
  });

  it('handles a 5 MB article of many lines', { timeout: 60_000 }, () => {
    const lines = Array.from({ length: 40_000 }, (_v, i) => `Line ${i}: the ministry said on Monday that ${i} cases were confirmed in the region.`);
    const r = cleanText(lines);
    expect(r.stats.lines).toBe(40_000);
    expect(r.stats.removed).toBe(0);
  });
});

describe('headline and container title', () => {
  it('keeps a first line without a full stop when the container title is a different headline', () => {
    const standfirst = 'Mexican officials are concerned that deportation could lead to humanitarian crisis along border';
    const doc = { id: 'x', file: 'x.html', format: 'html' as const, encoding: 'UTF-8', text: [standfirst, PROSE].join('\n\n'), meta: { title: 'No mass deportation, US tells Mexico' } };
    expect(clean(doc).text.startsWith(standfirst)).toBe(true);
  });

  it('removes the first line when it repeats the container title', () => {
    const doc = { id: 'x', file: 'x.html', format: 'html' as const, encoding: 'UTF-8', text: ['No mass deportation, US tells Mexico', PROSE].join('\n\n'), meta: { title: 'No mass deportation, US tells Mexico | Business Standard' } };
    expect(clean(doc).text).toBe(PROSE);
  });
});
