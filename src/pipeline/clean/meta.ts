/**
 * What the text says about itself: headline, dateline place, agency or outlet, byline. Only page furniture
 * is read: "reports Xinhua news agency" inside a sentence names a source of the story, not the publisher
 * of this article, so sentences are never searched for publishers.
 */
import { lexicon, lineKey } from './lexicon.ts';
import { endsLikeSentence, isBullet, spaceWords } from './lines.ts';
import { canonicalOutlet, plausibleOutlet } from './outlets.ts';

/** "WASHINGTON" -> "Washington", "CAPE CANAVERAL, Florida" -> "Cape Canaveral, Florida"; "Mexico City" stays. */
export function placeCase(place: string): string {
  const clean = place.replace(/\\\//g, '/').trim();
  if (clean !== clean.toUpperCase()) return clean;
  return clean.toLowerCase().replace(/(^|[\s/(-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

const AGENCY_SET = new Set(lexicon.agencies.map((a) => a.toLowerCase()));
export const isAgency = (name: string): boolean => AGENCY_SET.has(name.trim().toLowerCase());

const MONTH_DAY = String.raw`(?:,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?)?`;
const PLACE = String.raw`(\p{Lu}[\p{L}.'’-]*(?:(?:\s|,\s|\\?\/)\p{Lu}[\p{L}.'’-]*){0,4})`;
/** "Mexico City (EFE).– The", "BEIJING, June 17 (Reuters) - ", "MEXICO CITY May 19 (Reuters) - ". */
const INLINE_DATELINE = new RegExp(String.raw`^${PLACE}${MONTH_DAY}\s*\(([\p{L}][\p{L}&. ]{0,30}?)\)\s*[.,]?\s*[-–—:]+\s*`, 'u');
/** "NEW YORK — The ..." without an agency: only an all-capitals place counts. */
const CAPS_DATELINE = /^([A-Z]{2}[A-Z.'’-]*(?:(?:\s|,\s)[A-Z]{2}[A-Z.'’-]*){0,3})\s*[-–—]\s+\S/;

export interface Dateline {
  place: string;
  agency: string | null;
}

/** The dateline at the start of the article's first paragraph; the prefix stays in the text (see index.ts). */
export function inlineDateline(line: string): Dateline | null {
  const head = line.slice(0, 200);
  const m = INLINE_DATELINE.exec(head);
  if (m !== null) {
    const agency = (m[2] ?? '').trim();
    // "(AP Photo)" or "(Reuters/Stringer)" are credits, not agencies; unknown names still count when short.
    if (agency.split(' ').length <= 4 && !/photo|file|pictured/i.test(agency)) {
      return { place: placeCase(m[1] ?? ''), agency };
    }
  }
  const caps = CAPS_DATELINE.exec(head);
  if (caps !== null && !isAgency(caps[1] ?? '')) return { place: placeCase(caps[1] ?? ''), agency: null };
  return null;
}

/**
 * A line that is only an agency credit and place: "IANS Mexico City" (Business Standard reprints),
 * "Mexico City, Feb 24 (IANS)". Such a line carries no sentence and leaves the text.
 */
export function agencyLine(line: string): Dateline | null {
  if (line.length > 60) return null;
  const words = line.split(' ');
  const first = words[0] ?? '';
  if (isAgency(first) && words.length >= 2 && words.length <= 5 && words.slice(1).every((w) => /^\p{Lu}/u.test(w)) && !/photo|file|video|image/i.test(line)) {
    return { place: placeCase(words.slice(1).join(' ')), agency: first };
  }
  const m = INLINE_DATELINE.exec(`${line} -`);
  if (m !== null && m[0].trim().length >= line.length && isAgency(m[2] ?? '')) {
    return { place: placeCase(m[1] ?? ''), agency: (m[2] ?? '').trim() };
  }
  return null;
}

const BYLINE = /^(?:[/|]\s*)?(?:(?:Updated|Posted|Written)\s+)?[Bb]y:?\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|da|van|von|al|el|bin))*(?:\s*[,/|]\s*[^.]{2,80})?)$/u;

/** A byline line: "By Maggie Fox, Health and Science Editor", "/ Updated By Elizabeth Chuck and Corky Siemaszko". */
export function bylineLine(line: string): string | null {
  if (line.length > 200 || spaceWords(line, 14) > 14) return null;
  const m = BYLINE.exec(line);
  return m === null ? null : (m[1] ?? '').trim();
}

/**
 * The outlet naming itself in its own furniture: "*Subscribe to Business Standard digital and get ..."
 * -> "Business Standard"; "© 2017 EFE News Services (U.S.) Inc." -> "EFE News Services". Only lines the
 * lexicon already removed are read, so a sentence about subscribing to a rival never counts.
 */
export function outletFrom(line: string): string | null {
  const sub = /^\W*subscribe to ((?:\p{Lu}[\p{L}&'’.-]*\s?){1,4}?)\s*(?:digital|newsletter|today|now|and|for|to|$)/iu.exec(line);
  if (sub !== null && /^\p{Lu}/u.test(sub[1] ?? '')) return (sub[1] ?? '').trim();
  const copy = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(\p{Lu}[\p{L}&'’. ]*?)(?=\s*(?:\(|,|-|–|\||\.?$|\s(?:Inc|Ltd|LLC|Limited|Corp|All rights)))/iu.exec(line);
  if (copy !== null && /^\p{Lu}/u.test(copy[1] ?? '')) return (copy[1] ?? '').trim();
  return null;
}

/**
 * The article's publisher as the text states it. An outlet that reprints an agency's copy is reported as
 * "Outlet (Agency)", the form story.json uses ("Business Standard (IANS)"): the agency is who reported it,
 * the outlet who published it. Known outlets go by one name ("AP" and "The Associated Press" are
 * "Associated Press", outlets.en.json), so one outlet is one source. When the outlet's name contains the
 * agency ("EFE News Services" and the dateline "(EFE)") the shorter agency name is the publisher. A
 * string that is no name (a sentence a copyright rule caught) counts as nothing.
 */
export function combinePublisher(outletText: string | null, agencyText: string | null): string | null {
  const outlet = outletText !== null && plausibleOutlet(outletText) ? canonicalOutlet(outletText) : null;
  const agency = agencyText !== null && plausibleOutlet(agencyText) ? canonicalOutlet(agencyText) : null;
  if (outlet === null) return agency;
  if (agency === null) return outlet;
  if (outlet.toLowerCase().includes(agency.toLowerCase())) return agency;
  return `${outlet} (${agency})`;
}

/**
 * The headline: the first line left after removing furniture, when it is shaped like one (2 to 20 words,
 * no full stop: "U.S. Vows Mexico No Mass Deportations", "No mass deportation, US tells Mexico"). A first
 * line that is a sentence means the page had no headline ("After Bill Cosby was sentenced ...").
 */
export function looksLikeTitle(line: string): boolean {
  if (line.length > 300) return false;
  const words = spaceWords(line, 20);
  if (words < 2 || words > 20 || isBullet(line)) return false;
  if (endsLikeSentence(line) && !/[?!]["'”’]?$/u.test(line)) return false;
  // "WASHINGTON (Reuters) - Staying inside to avoid the flu?" is the first sentence, not a headline.
  if (bylineLine(line) !== null || inlineDateline(line) !== null) return false;
  const key = lineKey(line);
  if (lexicon.notTitle.some((p) => key.startsWith(p))) return false;
  return /\p{Lu}/u.test(line.slice(0, 2));
}
