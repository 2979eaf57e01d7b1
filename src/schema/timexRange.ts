/**
 * TIMEX3 date values as time ranges, for everything that draws or prints a DateValue: "2017-W08" is the
 * week Monday 20 to Sunday 26 February 2017, "2017-01" all of January, "199" the 1990s. Shared by the
 * viewer (placement, spans) and the build (share-page text), so both read a value the same way.
 * All ranges are UTC and half-open: [start, end).
 */
export interface TimexRange {
  start: number;
  end: number;
}

const DAY = 86_400_000;
const utc = (y: number, m = 0, d = 1, h = 0, min = 0) => Date.UTC(y, m, d, h, min);
/**
 * First month (0-based) of each season of a year's count. Winter is the one that ends in the year: "2010-WI"
 * is December 2009 to February 2010, as the time tagger writes it (time/value.ts: December 2016 is
 * "2017-WI", "this winter" in May 2009 is "2010-WI"). It had been read as December of the year itself, and a
 * winter told in the past by an article of May 2009 was drawn and exported seven months after it.
 */
const SEASON_START: Record<string, number> = { SP: 2, SU: 5, FA: 8, WI: -1 };
const PART_OF_DAY: Record<string, [number, number]> = { MO: [6, 12], MI: [11, 13], AF: [12, 18], EV: [18, 22], NI: [21, 24], DT: [9, 17] };

/** Monday of ISO week `week` of `year`. */
export function isoWeekStart(year: number, week: number): number {
  const jan4 = utc(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - jan4Weekday * DAY + (week - 1) * 7 * DAY;
}

/**
 * Year used to place dates whose year no article states ("XXXX-12-18": "Monday, December 18" in a story
 * that never says which year). A leap year, so "XXXX-02-29" has a place; such stories are drawn on an
 * axis that never shows the year. The viewer draws a story that also recalls real years in a later year
 * (src/app/timeline/yearlessFrame.ts), after them.
 */
export const NOMINAL_YEAR = 2000;

/** True for a month or day whose year is unknown: "XXXX-12-18", "XXXX-12". */
export function isYearless(value: string): boolean {
  return /^XXXX-\d{2}(-\d{2})?$/.test(value);
}

/**
 * The range a TIMEX3 value covers, or null for values that are not points on a calendar (PRESENT_REF,
 * XXXX-XX-XX). A yearless month or day is placed in `nominalYear`.
 */
export function timexRange(value: string, nominalYear = NOMINAL_YEAR): TimexRange | null {
  if (isYearless(value)) return timexRange(`${String(nominalYear).padStart(4, '0')}${value.slice(4)}`);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
    if (m[4] !== undefined) {
      const start = utc(y, mo, d, Number(m[4]), Number(m[5]));
      return { start, end: start + 60_000 };
    }
    const part = /T(MO|MI|AF|EV|NI|DT)$/.exec(value)?.[1];
    if (part) {
      const [from, to] = PART_OF_DAY[part]!;
      return { start: utc(y, mo, d, from), end: utc(y, mo, d, to) };
    }
    return { start: utc(y, mo, d), end: utc(y, mo, d + 1) };
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = isoWeekStart(Number(m[1]), Number(m[2]));
    return m[3] ? { start: monday + 5 * DAY, end: monday + 7 * DAY } : { start: monday, end: monday + 7 * DAY };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { start: utc(Number(m[1]), Number(m[2]) - 1), end: utc(Number(m[1]), Number(m[2])) };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const q = (Number(m[2]) - 1) * 3;
    return { start: utc(Number(m[1]), q), end: utc(Number(m[1]), q + 3) };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const h = (Number(m[2]) - 1) * 6;
    return { start: utc(Number(m[1]), h), end: utc(Number(m[1]), h + 6) };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const s = SEASON_START[m[2]!]!;
    return { start: utc(Number(m[1]), s), end: utc(Number(m[1]), s + 3) };
  }
  if ((m = /^(\d{4})$/.exec(value))) return { start: utc(Number(m[1])), end: utc(Number(m[1]) + 1) };
  if ((m = /^(\d{3})$/.exec(value))) return { start: utc(Number(m[1]) * 10), end: utc(Number(m[1]) * 10 + 10) };
  if ((m = /^(\d{2})$/.exec(value))) return { start: utc(Number(m[1]) * 100), end: utc(Number(m[1]) * 100 + 100) };
  return null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SEASONS: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };
const PARTS: Record<string, string> = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };

/**
 * A value as a reader says it, at its own precision: "Thursday 23 February 2017", "week of 20 February
 * 2017", "January 2017", "the 1990s". Plain English on purpose: it appears in share previews and
 * accessible names, where a locale-dependent format would make deep-link text unstable.
 */
export function formatTimex(value: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^XXXX-(\d{2})(?:-(\d{2}))?$/.exec(value))) {
    const month = MONTHS[Number(m[1]) - 1];
    if (month) return m[2] ? `${Number(m[2])} ${month}, year not stated` : `${month}, year not stated`;
  }
  const range = timexRange(value);
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})|T(MO|MI|AF|EV|NI|DT))?$/.exec(value)) && range) {
    const d = new Date(range.start);
    const day = `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    if (m[4] !== undefined) return `${day}, ${m[4]}:${m[5]}`;
    if (m[6]) return `${day}, ${PARTS[m[6]]}`;
    return day;
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value)) && range) {
    const d = new Date(m[3] ? range.start : range.start);
    const label = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    return m[3] ? `the weekend of ${label}` : `the week of ${label}`;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `Q${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return `${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`;
  // A winter names both its years ("Winter 2009–10"): "Winter 2010" read either way.
  if ((m = /^(\d{4})-WI$/.exec(value))) return `Winter ${Number(m[1]) - 1}–${m[1]!.slice(-2)}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${SEASONS[m[2]!]} ${m[1]}`;
  if ((m = /^(\d{4})$/.exec(value))) return m[1]!;
  if ((m = /^(\d{3})$/.exec(value))) return `the ${m[1]}0s`;
  if ((m = /^(\d{2})$/.exec(value))) return `the ${Number(m[1]) + 1}${ordinalSuffix(Number(m[1]) + 1)} century`;
  return value;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
