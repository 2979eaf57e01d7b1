// The page's own first-person voice (a blogger's aside, a reader's comment, an author's note) tells no
// happening of the story; the first person of the people it quotes, or of a broadcast transcript, does.
import { describe, expect, it } from 'vitest';
import { segment } from '../segment/index.ts';
import { tagTimexDetailed } from '../time/index.ts';
import { candidatesOf } from './candidates.ts';

const texts = (text: string) => {
  const a = { id: 'a', text, published: { value: '2009-04-28' }, ...segment(text) };
  return candidatesOf(a, 0, tagTimexDetailed(text, { dct: '2009-04-28' })).map((c) => c.sentence.text);
};

describe('candidates: the writer speaking in the first person', () => {
  it('drops an unquoted first-person sentence of the page', () => {
    const got = texts('Health officials confirmed 40 cases of swine flu on Monday.\n\nI received a flu shot on Monday and we moved to a new blogging system last week.');
    expect(got.some((t) => t.includes('confirmed 40 cases'))).toBe(true);
    expect(got.some((t) => t.includes('flu shot'))).toBe(false);
  });
  it('keeps what a quoted person says in the first person', () => {
    const got = texts('The mayor spoke on Monday.\n\n"We closed every school on Monday," the mayor said.');
    expect(got.some((t) => t.includes('We closed every school'))).toBe(true);
  });
  it('keeps the first person of a broadcast transcript, after the speaker\'s label too', () => {
    const text = 'BLITZER: What happened in Cairo on Monday?\n\nWEDEMAN: Protesters clashed with the police on Monday. I counted dozens of people wounded.';
    expect(texts(text).some((t) => t.startsWith('I counted dozens of people wounded'))).toBe(true);
    // The same sentence on a page that is no transcript is the writer's.
    expect(texts('Protesters clashed with the police on Monday. I counted dozens of people wounded.').some((t) => t.startsWith('I counted'))).toBe(false);
  });
});

describe('candidates: the page addressing its reader', () => {
  it('drops an imperative to the reader or the audience, keeps a declarative opening with the same letters', () => {
    const got = texts('Join us again on Monday at 11:00 a.m. Eastern for another critical look at the media.\n\nLet me play a clip the network aired on Monday.\n\nFollowing the coup on Monday, the army closed the borders.\n\nWatchdog groups said on Monday that the vote was fair.');
    expect(got.some((t) => t.startsWith('Join us'))).toBe(false);
    expect(got.some((t) => t.startsWith('Let me'))).toBe(false);
    expect(got.some((t) => t.startsWith('Following the coup'))).toBe(true);
    expect(got.some((t) => t.startsWith('Watchdog groups'))).toBe(true);
  });
});
