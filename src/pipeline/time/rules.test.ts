// Runs every example of every rule in rules/en/*.json: the rule files are the specification.
import { describe, expect, it } from 'vitest';
import { RULE_SPECS } from './patterns.ts';
import { tagTimex } from './index.ts';
import { isValidTimexValue } from './validate.ts';
import { parseExpr } from './expr.ts';

describe('rule examples', () => {
  it('every rule has at least one example and a parseable value expression', () => {
    for (const r of RULE_SPECS) {
      expect(r.examples.length, r.id).toBeGreaterThan(0);
      expect(() => parseExpr(r.value.replace(/\{[^}]+\}/g, '1')), r.id).not.toThrow();
    }
  });
  it('rule ids are unique', () => {
    const ids = RULE_SPECS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  for (const rule of RULE_SPECS) {
    for (const ex of rule.examples) {
      it(`${rule.id}: "${ex.text}" (DCT ${ex.dct ?? 'none'})`, () => {
        const got = tagTimex(ex.text, { dct: ex.dct });
        for (const t of got) expect(isValidTimexValue(t.value), `${t.text} -> ${t.value}`).toBe(true);
        if (ex.expect.length === 0) {
          expect(got.map((t) => t.text)).toEqual([]);
          return;
        }
        for (const e of ex.expect) {
          const hit = got.find((t) => t.text === e.text);
          expect(hit, `"${e.text}" not tagged; got ${JSON.stringify(got.map((t) => t.text))}`).toBeDefined();
          expect(hit!.value).toBe(e.value);
          if (e.type) expect(hit!.type).toBe(e.type);
          // An expected text is tagged exactly as often as the example lists it: "too soon to say ... return
          // soon" expects one "soon", so the first must stay untagged.
          expect(got.filter((t) => t.text === e.text).length, `"${e.text}" tagged a different number of times`).toBe(ex.expect.filter((x) => x.text === e.text).length);
        }
      });
    }
  }
});
