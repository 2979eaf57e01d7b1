import { describe, expect, it } from 'vitest';
import { backtickQuotes, bullets, quoted, showTitle } from './shownText.ts';

describe('text shown as a reader writes it', () => {
  it('closes a backtick quotation over a word\'s own apostrophe, and opens one nothing closes', () => {
    expect(backtickQuotes("` I'll hold Blair to account ' Reg Keys wasn't interested")).toBe("‘I'll hold Blair to account’ Reg Keys wasn't interested");
    expect(backtickQuotes("a war he insists was ` illegal and immoral '.")).toBe('a war he insists was ‘illegal and immoral’.');
    expect(backtickQuotes('Mexican H1N1 ` Swine...')).toBe('Mexican H1N1 ‘Swine...');
    expect(backtickQuotes("It's plain.")).toBe("It's plain.");
  });

  it('shows an escaped asterisk as a bullet in as many characters', () => {
    const s = 'pandemic threats: \\* The 1918 Spanish influenza pandemic';
    expect(bullets(s)).toBe('pandemic threats: •  The 1918 Spanish influenza pandemic');
    expect(bullets(s)).toHaveLength(s.length);
  });

  it('shows an article\'s title detokenized where it or its context looks tokenized', () => {
    expect(showTitle("` I'll hold Blair to account ' Reg Keys wasn't interested in politics")).toBe("‘I'll hold Blair to account’ Reg Keys wasn't interested in politics");
    expect(showTitle('` Coruscating debater \': Robin Cook.')).toBe('‘Coruscating debater’: Robin Cook.');
    expect(showTitle('Biotechnology Company Provided Advance Warning of Mexican H1N1 ` Swine... \\*')).toBe('Biotechnology Company Provided Advance Warning of Mexican H1N1 ‘Swine...');
    expect(showTitle("' I lost my husband in the war but I've found a lifeline ' Jon Robins")).toBe("‘I lost my husband in the war but I've found a lifeline’ Jon Robins");
    expect(showTitle("' I feel I'm carrying the world on my shoulders’ After Cindy Sheehan's son died")).toBe("‘I feel I'm carrying the world on my shoulders’ After Cindy Sheehan's son died");
    expect(showTitle("Book Review: ' A Failure of Capitalism ' by Richard A. Posner")).toBe('Book Review: ‘A Failure of Capitalism’ by Richard A. Posner');
    expect(showTitle("It was a mates ' night out")).toBe('It was a mates’ night out');
    expect(showTitle("Egypt 's president speaks")).toBe("Egypt 's president speaks");
    expect(showTitle("Egypt 's president speaks", true)).toBe("Egypt's president speaks");
    expect(showTitle('Scott breaks with Trump')).toBe('Scott breaks with Trump');
  });

  it('wraps a sentence in quotation marks without doubling its own', () => {
    expect(quoted('Kelly met ministers.')).toBe('“Kelly met ministers.”');
    expect(quoted('"Barry Sherman was a reserved man, private," he said.')).toBe('“‘Barry Sherman was a reserved man, private,’ he said.”');
    expect(quoted('"We are deeply concerned."')).toBe('“We are deeply concerned.”');
    expect(quoted('“We will win”.')).toBe('“We will win”.');
    expect(quoted('He said it was "over."')).toBe('“He said it was ‘over.’”');
    expect(quoted('“It is over,” he said, “and we won.”')).toBe('“‘It is over,’ he said, ‘and we won.’”');
  });
});
