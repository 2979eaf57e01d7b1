import { describe, expect, it } from 'vitest';

// Read from disk: Vitest hands a test an empty string for any CSS import, "?raw" included. The module's name
// is a variable so that the viewer's type check (browser types, no Node's) leaves the import untyped.
const fs = 'node:fs';
const { readFileSync } = (await import(/* @vite-ignore */ fs)) as { readFileSync: (path: URL, encoding: 'utf8') => string };
const sheet = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');

/** A stylesheet's rules as [selector list, body], comments and at-rule heads left out. */
function rules(name: string): [string, string][] {
  const css = sheet(name).replace(/\/\*[\s\S]*?\*\//g, '');
  return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => [m[1]!.trim(), m[2]!.trim()]);
}

/** The classes a sheet defines: those with a rule of their own, the class alone as a selector (".event-row-meta"). */
function defined(name: string): Set<string> {
  const out = new Set<string>();
  for (const [selectors] of rules(name)) {
    for (const s of selectors.split(',')) if (/^\.[\w-]+$/.test(s.trim())) out.add(s.trim());
  }
  return out;
}

/** Every class a sheet's selectors name. */
function named(name: string): Set<string> {
  return new Set(rules(name).flatMap(([selectors]) => selectors.match(/\.[a-z][\w-]*/gi) ?? []));
}

describe('stylesheets', () => {
  it('keeps the page layout\'s classes in layout.css: base.css names none of them', () => {
    // base.css is type, colour and the small shared pieces; a row's chips or the details' date line are the
    // layout's ("...event-row-meta { flex-wrap: wrap }" had been put in base.css by review 24).
    const layout = defined('layout.css');
    expect([...named('base.css')].filter((c) => layout.has(c))).toEqual([]);
  });

  it('reads the class a rule of its own defines, not one only named in context', () => {
    expect(defined('layout.css').has('.event-row-meta')).toBe(true);
    // ".reader .text-link" narrows base.css's link in the reader; it does not define it.
    expect(defined('layout.css').has('.text-link')).toBe(false);
  });
});
