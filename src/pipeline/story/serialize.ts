/**
 * Deterministic serialization: the same input gives byte-identical output. Objects are built with a
 * fixed key order by the stages, arrays are sorted by the stages, and nothing here reads the clock.
 */
export function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 1)}\n`;
}

/** A folder name made safe as a URL path segment: "US Officials (2017)" -> "us-officials-2017". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'story';
}
