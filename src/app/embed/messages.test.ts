import { describe, expect, it } from 'vitest';
import { parseHostMessage, PROTOCOL, resizeMessage, selectMessage } from './messages.ts';

describe('parseHostMessage', () => {
  it('accepts a select command with a slug id or null', () => {
    expect(parseHostMessage({ type: 'dateline:select', version: PROTOCOL, eventId: '2017-02-23-kelly' })).toEqual({
      type: 'dateline:select', version: PROTOCOL, eventId: '2017-02-23-kelly',
    });
    expect(parseHostMessage({ type: 'dateline:select', version: PROTOCOL, eventId: null })).toEqual({ type: 'dateline:select', version: PROTOCOL, eventId: null });
  });

  it('refuses ids that could be markup, script or a path', () => {
    for (const eventId of ['<img src=x onerror=alert(1)>', 'javascript:alert(1)', '../../etc', '', 'a'.repeat(300), 42]) {
      expect(parseHostMessage({ type: 'dateline:select', version: PROTOCOL, eventId })).toBeNull();
    }
  });

  it('accepts a sync request, which carries nothing', () => {
    expect(parseHostMessage({ type: 'dateline:sync', version: PROTOCOL, eventId: '<b>' })).toEqual({ type: 'dateline:sync', version: PROTOCOL });
    expect(parseHostMessage({ type: 'dateline:sync', version: 2 })).toBeNull();
  });

  it('ignores other types, versions and shapes', () => {
    for (const data of [null, 'dateline:select', [], { type: 'dateline:select', version: 2, eventId: 'a' }, { type: 'eval', version: PROTOCOL, eventId: 'a' }]) {
      expect(parseHostMessage(data)).toBeNull();
    }
  });
});

describe('messages to the host', () => {
  it('round the height up and never send a negative one', () => {
    expect(resizeMessage('s', 480.2)).toMatchObject({ type: 'dateline:resize', height: 481 });
    expect(resizeMessage('s', -5)).toMatchObject({ height: 0 });
  });

  it('carry the story, the event and its deep link', () => {
    expect(selectMessage('s', 'e', 'https://x.org/s/e/')).toEqual({ type: 'dateline:select', version: PROTOCOL, storyId: 's', eventId: 'e', url: 'https://x.org/s/e/' });
  });
});
