/** Pipe furniture (pipes.ts): lines shaped like the scraped CNN and blog pages of Timeline17, written for this test. */
import { describe, expect, it } from 'vitest';
import { cleanWithTrace } from './index.ts';
import { cutPipeHead } from './pipes.ts';

const SENTENCE = 'The governor stepped down on Friday after three weeks of protests in the capital.';

describe('pipe furniture', () => {
  it('cuts a poll or menu of single words glued onto the sentence', () => {
    expect(cutPipeHead(`YES | NO ${SENTENCE}`)).toEqual({ text: SENTENCE, cut: 'YES | NO' });
    expect(cutPipeHead(`Home | World | Sport ${SENTENCE}`)?.text).toBe(SENTENCE);
  });

  it("cuts a blog post's footer glued onto the next post", () => {
    // On the pattern of the Guardian's games blog in Timeline17's Iraq topic.
    expect(cutPipeHead(`Posted by Ann Lee at 10:42 AM | Comments (5) | Permalink ${SENTENCE}`)).toEqual({ text: SENTENCE, cut: 'Posted by Ann Lee at 10:42 AM | Comments (5) | Permalink' });
  });

  it("cuts a page's widget toggles, each a few words ending in '+'", () => {
    // On the pattern of Timeline17's Washington Post pages, the tokenized quote of the line before included.
    expect(cutPipeHead(`'' This Story : Read + | Watch + | Talk + | ${SENTENCE}`)).toEqual({ text: SENTENCE, cut: "'' This Story : Read + | Watch + | Talk + |" });
    expect(cutPipeHead(`This Story: Read + | Watch + | ${SENTENCE}`)?.text).toBe(SENTENCE);
  });

  it('cuts a header of a date and a byline, in either order, with the piece glued after the last pipe', () => {
    expect(cutPipeHead(`March 3, 2014 | By Ann Lee, CNN ${SENTENCE}`)?.text).toBe(SENTENCE);
    expect(cutPipeHead(`March 3, 2014 | From Ann Lee, CNN ${SENTENCE}`)?.text).toBe(SENTENCE);
    expect(cutPipeHead(`By Ann Lee, CNN | March 3, 2014 ${SENTENCE}`)?.text).toBe(SENTENCE);
    expect(cutPipeHead(`Governor quits after protests March 3, 2014 | By the CNN Staff ${SENTENCE}`)?.text).toBe(SENTENCE);
  });

  it('leaves a line alone when the pieces are not furniture or too little would be left', () => {
    expect(cutPipeHead(SENTENCE)).toBeNull();
    // A book title and its publisher: the piece before the pipe is neither a date nor a byline.
    expect(cutPipeHead('THE WORLD IS CURVED Hidden Dangers to the Global Economy By David Smick | Portfolio.')).toBeNull();
    expect(cutPipeHead('Posted by Ann Lee at 10:42 AM | Comments (5) | Permalink Out.')).toBeNull();
    expect(cutPipeHead('YES | NO Thanks.')).toBeNull();
  });

  it('cleans the cut lines in the article text and keeps the date the header carried', () => {
    const second = 'Thousands of supporters gathered outside his residence in the old town on Saturday night.';
    const { result, lines } = cleanWithTrace(['Governor quits', `March 3, 2014 | By Ann Lee, CNN ${SENTENCE}`, `YES | NO ${second}`].join('\n'));
    // A short header-and-sentence line was once taken for a date line and removed whole, sentence and all.
    expect(result.text.split('\n\n')).toEqual([SENTENCE, second]);
    expect(result.published?.value).toBe('2014-03-03');
    expect(lines[1]?.note).toBe('pipe furniture cut: March 3, 2014 | By Ann Lee, CNN');
  });
});
