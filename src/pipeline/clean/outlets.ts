/**
 * Known outlets (outlets.en.json): one name per outlet whatever the text calls it ("AP", "The Associated
 * Press" -> "Associated Press"), the outlet a web address or a reporter's e-mail belongs to, and a check
 * that a string offered as a publisher is a name at all rather than a sentence or an address.
 */
import raw from './outlets.en.json' with { type: 'json' };

export interface Outlet {
  name: string;
  aliases: string[];
  domains: string[];
  /** A wire agency (or a network with a wire) whose copy other outlets reprint: "Outlet (Agency)". */
  agency: boolean;
  signatures: string[];
}

export const OUTLETS: readonly Outlet[] = raw.outlets.map((o) => ({
  name: o.name,
  aliases: o.aliases,
  domains: o.domains,
  agency: 'agency' in o && o.agency === true,
  signatures: 'signatures' in o && Array.isArray(o.signatures) ? o.signatures : [],
}));

const BY_ALIAS = new Map<string, Outlet>();
for (const o of OUTLETS) for (const a of [o.name, ...o.aliases]) BY_ALIAS.set(a.toLowerCase(), o);
const BY_DOMAIN = new Map<string, Outlet>();
for (const o of OUTLETS) for (const d of o.domains) BY_DOMAIN.set(d, o);
const SECOND_LEVEL = new Set(raw.secondLevel);

/** Every alias as a regex alternative, longest first so "Associated Press" wins over "AP". */
export const ALIAS_PATTERN = [...new Set(OUTLETS.flatMap((o) => [o.name, ...o.aliases]))]
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/** The outlet a name stands for ("AP", "the associated press"), or null when it is not a known one. */
export function outletNamed(name: string): Outlet | null {
  const key = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return BY_ALIAS.get(key) ?? BY_ALIAS.get(key.replace(/^the /, '')) ?? null;
}

/** The name readers see: a known outlet's own name, anything else as it stands. */
export function canonicalOutlet(name: string): string {
  return outletNamed(name)?.name ?? name.trim();
}

/** The known outlet that publishes from `host` ("edition.cnn.com" -> CNN), or null. */
export function knownOutletForHost(host: string): Outlet | null {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const hit = BY_DOMAIN.get(labels.slice(i).join('.'));
    if (hit) return hit;
  }
  return null;
}

/**
 * The registrable domain of a host: "www.news.example.co.uk" -> "example.co.uk", "edition.example.com" ->
 * "example.com". A short list of country second levels (co.uk, com.au, ...) stands in for the whole public
 * suffix list: the name is a label for readers, and a rare miss shows one label too many, not a wrong outlet.
 */
export function registrableDomain(host: string): string | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!/^[a-z0-9.-]+$/.test(h) || /^\d+(?:\.\d+){3}$/.test(h) || !h.includes('.')) return null;
  const labels = h.split('.');
  const take = labels.length >= 3 && SECOND_LEVEL.has(labels.slice(-2).join('.')) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** The outlet of a web address: a known outlet's name, else its registrable domain; null for no address. */
export function outletForUrl(url: string): string | null {
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    host = u.hostname;
  } catch {
    return null;
  }
  return knownOutletForHost(host)?.name ?? registrableDomain(host);
}

/** The outlet whose furniture line this is ("Story highlights ..." is CNN's), or null. */
export function signatureOutlet(line: string): Outlet | null {
  const key = line.slice(0, SIGNATURE_CHARS).toLowerCase();
  for (const [signature, outlet] of SIGNATURES) if (key.startsWith(signature)) return outlet;
  return null;
}
const SIGNATURES: [string, Outlet][] = OUTLETS.flatMap((o) => o.signatures.map((s): [string, Outlet] => [s.toLowerCase(), o]));
const SIGNATURE_CHARS = Math.max(0, ...SIGNATURES.map(([s]) => s.length));

/**
 * Is this a plausible outlet name? A name is short, has letters, and is not an address, an e-mail or a
 * sentence: "Riverside Gazette" and "Business Standard (IANS)" pass; "Click here to subscribe to our
 * newsletter." and "https://x.example" do not.
 */
export function plausibleOutlet(name: string): boolean {
  const t = name.trim();
  if (t.length === 0 || t.length > 80 || !/\p{L}/u.test(t)) return false;
  if (/^[a-z]+:\/\//i.test(t) || /@/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 8) return false;
  if (words.length >= 4 && /[.!?:]$/.test(t)) return false;
  return true;
}
