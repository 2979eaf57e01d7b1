import { describe, expect, it } from 'vitest';
import { copyText } from './copy.ts';

describe('copyText', () => {
  it('writes to the clipboard when it can', async () => {
    let copied = '';
    expect(await copyText('https://example.org/seed/', { writeText: async (t) => { copied = t; } })).toBe(true);
    expect(copied).toBe('https://example.org/seed/');
  });
  it('reports failure when the clipboard is missing or refuses, so the caller can select the text', async () => {
    expect(await copyText('x', undefined)).toBe(false);
    expect(await copyText('x', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) })).toBe(false);
  });
});
