import { describe, expect, it } from 'vitest';
import { validateStory } from '../../schema/validate.ts';

// Every hand-made story the e2e tests serve must be a valid document, or the tests test nothing.
const fixtures = import.meta.glob<unknown>('../../../e2e/fixtures/*.json', { eager: true, import: 'default' });

describe('e2e fixture stories', () => {
  it('exist', () => expect(Object.keys(fixtures).length).toBeGreaterThan(0));
  for (const [path, doc] of Object.entries(fixtures)) {
    it(`${path.split('/').pop()} is a valid story`, () => {
      const result = validateStory(doc);
      expect(result.ok ? [] : result.errors).toEqual([]);
    });
  }
});
