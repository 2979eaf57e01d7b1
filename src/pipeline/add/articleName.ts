/**
 * The file name an added page gets in its story folder, made from its address alone, so adding the same
 * URL twice (on any machine) names the same file:
 *
 *   https://www.reuters.com/article/us-mexico-usa-idUSKBN1620AN?utm_source=x#top
 *     -> reuters-com-us-mexico-usa-iduskbn1620an-<first 8 hex digits of its SHA-256>.html
 *
 * Host and last path segment make it readable in a listing; the hash of the whole address (tracking
 * parameters and the fragment dropped) keeps two pages with the same last segment apart.
 */
import { createHash } from 'node:crypto';

const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid|ref|taid)$/i;

/** The address with what does not name the page removed: fragment, tracking parameters, default port. */
export function canonicalAddress(address: string): string {
  const u = new URL(address);
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  u.searchParams.sort();
  return u.href;
}

export function articleFileName(address: string): string {
  const u = new URL(canonicalAddress(address));
  const host = slug(u.hostname.replace(/^www\d*\./, ''), 40);
  const segments = u.pathname.split('/').filter((s) => s.length > 0);
  const last = segments.length ? safeDecode(segments[segments.length - 1]!).replace(/\.(?:s?html?|php|aspx?|jsp|cms)$/i, '') : '';
  const page = slug(last, 60) || 'index';
  const hash = createHash('sha256').update(u.href).digest('hex').slice(0, 8);
  return `${host}-${page}-${hash}.html`;
}

function slug(s: string, max: number): string {
  const cut = s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return cut.slice(0, max).replace(/-+$/, '');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
