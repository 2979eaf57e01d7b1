import { describe, expect, it } from 'vitest';
import { writes } from './names.ts';

/** The regex `writes` stood for before it read the characters around each occurrence. */
const byRegex = (text: string, name: string) =>
  new RegExp(`(?<![\\p{L}'’-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`, 'u').test(text);

describe('writes: a name as whole words', () => {
  const cases: Array<[string, string]> = [
    ['Geithner said on Monday', 'Geithner'],
    ['Geithners said', 'Geithner'],
    ['the Geithner-led panel', 'Geithner'],
    ["O'Geithner and Geithner", 'Geithner'],
    ['’Geithner', 'Geithner'],
    ['-Geithner', 'Geithner'],
    ['ÉGeithner', 'Geithner'],
    ['Geithneré', 'Geithner'],
    ['Geithner.', 'Geithner'],
    ['(Geithner)', 'Geithner'],
    ['𝐀Geithner', 'Geithner'],
    ['Geithner𝐀', 'Geithner'],
    ['x Geithner2', 'Geithner'],
    ['Ahmed Fathi Srour', 'Ahmed Fathi'],
    ['Ahmed Fathis, then Ahmed Fathi', 'Ahmed Fathi'],
    ['Dr. J. Smith', 'J. Smith'],
    ['nothing here', 'Geithner'],
    ['Ann-Geithner Geithner-Ann', 'Geithner'],
  ];
  it.each(cases)('%s / %s agrees with the regex', (text, name) => {
    expect(writes(text, name)).toBe(byRegex(text, name));
  });
  it('says so where the regex does', () => {
    expect(writes('Geithner said', 'Geithner')).toBe(true);
    expect(writes('Geithners said', 'Geithner')).toBe(false);
  });
});
