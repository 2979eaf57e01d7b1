/**
 * What kind of thing a capitalised run names, from the gazetteer (places.en.json): a place ("Mexico City",
 * "Nevada", "Lovelock Correctional Center"), an organization ("Department of Homeland Security",
 * "Las Vegas Review-Journal"), a demonym ("Latin American"), or nothing known. Lookups are Set/Map hits on
 * the whole run and its head word: no regex per call.
 */
import gazetteer from './places.en.json' with { type: 'json' };

export type PlaceLevel = 'country' | 'state' | 'region' | 'city' | 'site';

const norm = (s: string): string => s.replace(/[’]/g, "'").replace(/\.$/, '');

const LEVEL = new Map<string, PlaceLevel>();
for (const c of gazetteer.countries) LEVEL.set(norm(c), 'country');
for (const [state, abbr] of Object.entries(gazetteer.usStates)) {
  LEVEL.set(state, 'state');
  if (abbr) LEVEL.set(norm(abbr), 'state');
}
for (const r of gazetteer.regions) LEVEL.set(norm(r), 'region');
// Cities last: "Washington", "New York", "Singapore" are cities as much as states or countries.
for (const c of gazetteer.cities) if (!LEVEL.has(norm(c))) LEVEL.set(norm(c), 'city');
for (const c of ['Mexico City', 'New York City', 'Kuwait City', 'Panama City', 'Guatemala City', 'Vatican City']) LEVEL.set(c, 'city');

const DEMONYMS = new Set(gazetteer.demonyms);
const PLACE_WORDS = new Set(gazetteer.placeWords);
const ORG_WORDS = new Set(gazetteer.orgWords);
export const TIME_ZONES = new Set(gazetteer.timeZones);

/** The gazetteer's level for a whole name ("Las Vegas" -> city, "U.S." -> country), or null. */
export function placeLevel(name: string): PlaceLevel | null {
  return LEVEL.get(norm(name)) ?? null;
}

/** "Latin American", "Mexican": a people's adjective, never an actor or a place. */
export function isDemonym(name: string): boolean {
  return DEMONYMS.has(name) || DEMONYMS.has(name.replace(/s$/, ''));
}

/**
 * A place by its words: in the gazetteer, or headed by a place word ("Montgomery County", "SCI Laurel
 * Highlands", "Lovelock Correctional Center"), or "<city>, <state>" ("Norristown, Pa." is handled by the
 * caller); organizations win over place words ("Supreme Court", "Nevada Parole Board").
 */
const COMPASS = /^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest)$/;
const COMPASS_ADJECTIVE = /^(?:Northern|Southern|Eastern|Western|Central|Northeastern|Northwestern|Southeastern|Southwestern)$/;

export function placeKind(name: string): PlaceLevel | null {
  const level = placeLevel(name);
  if (level) return level;
  const words = name.split(' ');
  if (words.length < 2) return null;
  if (words.some((w) => ORG_WORDS.has(w) || ORG_WORDS.has(w.replace(/['’]s$/, '')))) return null;
  // A compass word opens a street, a district or a region ("South Damen", "West Bank", "North Lawndale"),
  // never a person's name.
  if (words.length === 2 && COMPASS.test(words[0]!)) return 'site';
  // "Southern Israel", "Northern Iraq", "Eastern Europe": a compass adjective before a known place is part
  // of it ("Western Union", "Central Bank" are no places: what follows must be one).
  if (COMPASS_ADJECTIVE.test(words[0]!) && placeLevel(words.slice(1).join(' '))) return 'site';
  const head = norm(words[words.length - 1]!);
  if (PLACE_WORDS.has(head)) return /^(?:City|County|Parish|Province|Prefecture|District|Region|State|Township|Town|Village|Borough)$/.test(head) ? 'city' : 'site';
  return null;
}

/** An organization by its words: "Department of Homeland Security", "CBS News", "Nevada Parole Board". */
export function isOrganization(name: string): boolean {
  const words = name.split(' ');
  for (const w of words) if (ORG_WORDS.has(w) || ORG_WORDS.has(w.replace(/['’]s$/, ''))) return true;
  return false;
}

/** in/at/near/outside + a capitalised run, optionally ", <State>": "in Mexico City", "in Norristown, Pa.". */
const PLACE_AFTER = /\b(in|at|near|outside|inside)\s+(?:the\s+)?([\p{Lu}][\p{L}.'’-]*(?:\s+(?:of\s+|de\s+)?[\p{Lu}][\p{L}.'’-]*){0,3})(,\s+[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)?)?/gu;
/** "living in America illegally", "born in Mexico": where someone lives or comes from, not where it happened. */
const NOT_HERE = /\b(?:liv(?:e|es|ed|ing)|born|raised|grew up|based|made|residents?|citizens?|illegally|legally)\s+(?:\w+\s+)?$/i;
const QUOTED = /“[^”]*”|"[^"]*"/g;
const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Thanksgiving)\b/;

/**
 * Places a sentence says something happened at: a gazetteer place or a place-headed name after in/at/near
 * ("at SCI Phoenix" is taken as a site), never a person or organization of the story (`isNamed`), a
 * possessive ("in Cosby’s conviction"), a date, or words inside quotation marks.
 */
export function placesIn(text: string, isNamed: (name: string) => boolean): Array<{ name: string; level: PlaceLevel }> {
  const out: Array<{ name: string; level: PlaceLevel }> = [];
  const plain = text.includes('"') || text.includes('“') ? text.replace(QUOTED, (q) => ' '.repeat(q.length)) : text;
  PLACE_AFTER.lastIndex = 0;
  for (const m of plain.matchAll(PLACE_AFTER)) {
    let name = m[2]!;
    const after = plain.slice(m.index! + m[0].length - (m[3]?.length ?? 0));
    if (/^['’]s\b/.test(after) || /['’]s$/.test(name)) continue;
    if (MONTH_OR_DAY.test(name)) continue;
    if (NOT_HERE.test(plain.slice(0, m.index!))) continue;
    if (name.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(name.split(' ').pop()!)) name = name.slice(0, -1);
    // "in Mexico City Thursday": a calendar word or a clock ends the place.
    const words = name.split(' ');
    const stop = words.findIndex((w, i) => i > 0 && (MONTH_OR_DAY.test(w) || TIME_ZONES.has(w)));
    if (stop > 0) name = words.slice(0, stop).join(' ');
    let level = placeKind(name);
    const state = m[3] ? m[3].replace(/^,\s+/, '') : null;
    if (state && !level && placeLevel(state) === 'state') {
      out.push({ name: `${name}, ${state}`, level: 'city' });
      continue;
    }
    if (!level) {
      if (isDemonym(name) || TIME_ZONES.has(name)) continue;
      if (isOrganization(name) ? m[1] !== 'at' || !name.includes(' ') : isNamed(name)) continue;
      // An unknown name or a body's seat after "at": a site ("at Lovelock", "at the White House"); after
      // "in" it may be anything ("in Congress").
      if (m[1] !== 'at' || /^[A-Z]{2,}$/.test(name)) continue;
      level = 'site';
    } else if (isNamed(name) && level !== 'country' && level !== 'state') continue;
    out.push({ name, level });
  }
  return out;
}
