/** Photo credits glued onto the first sentence (photoCredit.ts), on lines shaped like the Guardian's, written for this test. */
import { describe, expect, it } from 'vitest';
import { cleanWithTrace } from './index.ts';
import { cutPhotoCredit } from './photoCredit.ts';

const SENTENCE = 'The harbour board reopened the old bridge to lorries on Thursday.';

describe('photo credits glued onto a sentence', () => {
  it('cuts a person after an agency, agencies after a person, and a person alone', () => {
    expect(cutPhotoCredit(`Photograph: Reuters/Ann Lee ${SENTENCE}`)).toEqual({ text: SENTENCE, credit: 'Photograph: Reuters/Ann Lee' });
    expect(cutPhotoCredit(`Photograph: Ann Lee/AFP/Getty ${SENTENCE}`)?.credit).toBe('Photograph: Ann Lee/AFP/Getty');
    expect(cutPhotoCredit(`Photograph: KPA/Zuma/Rex ${SENTENCE}`)?.text).toBe(SENTENCE);
    expect(cutPhotoCredit(`Photograph: AP/RTL ${SENTENCE}`)?.text).toBe(SENTENCE);
    expect(cutPhotoCredit(`Photo: Ann Lee ${SENTENCE}`)?.text).toBe(SENTENCE);
    expect(cutPhotoCredit(`Photograph: John D McPugh/Getty ${SENTENCE}`)?.text).toBe(SENTENCE);
    expect(cutPhotoCredit(`Photograph: Ann Lee Robin Cook, the minister, resigned on Thursday.`)?.text).toBe('Robin Cook, the minister, resigned on Thursday.');
  });

  it('leaves the line alone when the credit and the sentence cannot be told apart', () => {
    expect(cutPhotoCredit(SENTENCE)).toBeNull();
    expect(cutPhotoCredit('Photograph: Getty Harbour readers may have missed the vote.')).toBeNull(); // would leave "readers may ..."
    expect(cutPhotoCredit(`Photograph: Ann Lee/GettyThe harbour board reopened the bridge.`)).toBeNull();
    expect(cutPhotoCredit('Photograph: Ann Lee.')).toBeNull();
  });

  it('cleans the first sentence of an article', () => {
    const { result, lines } = cleanWithTrace(['Bridge reopens', `Photograph: Reuters/Ann Lee ${SENTENCE}`, 'Fishing crews had blocked the quay for a week before the vote.'].join('\n'));
    expect(result.text.split('\n\n')[0]).toBe(SENTENCE);
    expect(lines[1]?.note).toBe('photo credit cut: Photograph: Reuters/Ann Lee');
  });
});
