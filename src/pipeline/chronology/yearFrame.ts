/**
 * The year of a story whose texts never state one (no publication date, no full date anywhere):
 * "Monday, December 18", "on Friday", "the March 22 coup". Policy (decided by the lead):
 *
 * (a) If a year follows from the texts, use it, as an inferred date with a note saying how. A full date
 *     anywhere is handled before this module (the latest explicit date stands in for "now"); here the
 *     remaining case: the latest year the texts mention ("in 2011", "May 2011"), accepted only when it is
 *     consistent with every weekday + month-day pair ("Monday, December 18" is a Monday only in some
 *     years) and at least one such pair confirms it. Without a pair nothing ties a year mentioned in passing
 *     ("founded Apotex in 1974") to the story, and a wrong year is worse than none.
 * (b) Otherwise the year stays unknown. Weekday and relative arithmetic needs a calendar, so it is done in a
 *     nominal year that satisfies every weekday + month-day pair, and every value that comes out in that
 *     year is masked afterwards: "XXXX-12-18", "XXXX-12" (valid TIMEX3). The nominal year is chosen far from
 *     any year the texts mention, so a masked value can never be a stated one. Article.published stays null:
 *     a publication date must be a real date.
 *
 * Month-days are placed on the calendar in story order: the longest gap between the month-days the texts
 * mention is where the story does not happen, so "Oct. 28 ... December 18 ... January 12" runs from October
 * of one year into January of the next.
 *
 * "Now" (the working day of writing) is on or after every month-day the texts tell as done, and before the
 * month-days they quote as plans or announce. A told month-day weeks away from every weekday-named one
 * ("last saw the Shermans on Oct. 28" beside "Monday, December 18", all plans) is background, not the
 * week of the news: then "now" is the day before the earliest plan after it.
 */
import type { DateValue } from '../../schema/index.ts';
import type { TimexLike } from '../events/candidates.ts';

export interface YearlessArticle { id: string; text: string; sentences: ReadonlyArray<{ start: number; end: number }> }

export interface YearFrame {
  /** 'inferred': the year follows from the texts (case a); 'nominal': arithmetic year only, masked (case b). */
  kind: 'inferred' | 'nominal';
  /** First year of the story's month-days (a story running from December into January spans two). */
  year: number;
  /** Day that stands in for "now" when dating the articles: the latest month-day told outside quotes and not announced. */
  now: string;
  nowText: string;
  /** How "now" was placed when it is not simply the latest month-day told (goes into evidence notes). */
  nowNote?: string;
  /** Whether any month-day is mentioned: without one, a nominal day says nothing about month or day. */
  months: boolean;
  /** How the year was found, or why it is unknown: goes into evidence notes. */
  note: string;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_RE = /\b(sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?\b\.?/i;
/** Latest year a nominal year is looked for from; years up to NOMINAL_FROM + 2 must stay unmentioned. */
const NOMINAL_FROM = 2090;
const NOMINAL_TO = 1900;
/** A told month-day within this many days of a weekday-named one belongs to the story's week(s) of news. */
const NEAR_DAYS = 7;

interface MonthDay { m: number; d: number; text: string; weekday: number | null; quoted: boolean; future: boolean }

export function yearFrame(articles: readonly YearlessArticle[], tagged: ReadonlyMap<string, readonly TimexLike[]>, future: (a: YearlessArticle, t: TimexLike) => boolean): YearFrame {
  const mds: MonthDay[] = [];
  const years: Array<{ y: number; text: string }> = [];
  for (const a of articles) {
    for (const t of tagged.get(a.id) ?? []) {
      if (t.type !== 'DATE' && t.type !== 'TIME') continue;
      const md = /^XXXX-(\d{2})-(\d{2})/.exec(t.value);
      // A holiday ("Christmas", "Valentine's Day") names a day of every year: told in a story it is a season
      // or an anniversary, not the week of the news. Two Timeline17 desks of April and October had taken
      // "Christmas" and a February holiday for their "now" and dated every article months off, year not
      // stated; the year-less desks whose days were right (24 articles) are unchanged.
      if (md && /\d/.test(t.text)) {
        const w = WEEKDAY_RE.exec(t.text);
        mds.push({ m: +md[1]!, d: +md[2]!, text: t.text, weekday: w ? weekdayIndex(w[1]!) : null, quoted: insideQuote(a, t.start), future: future(a, t) });
      }
      const y = /^(\d{4})(?:-\d{2})?$/.exec(t.value);
      if (y && t.anchor === null && t.text.includes(y[1]!)) years.push({ y: +y[1]!, text: t.text });
    }
  }
  const order = storyOrder(mds);
  const pairs = order.filter((o) => o.md.weekday !== null);
  const holds = (start: number) => pairs.filter((p) => weekdayOf(start + p.offset, p.md.m, p.md.d) === p.md.weekday).length;
  const latest = years.reduce<{ y: number; text: string } | null>((b, x) => (!b || x.y > b.y ? x : b), null);
  const pairText = pairs.map((p) => `"${p.md.text}"`).slice(0, 3).join(', ');
  if (latest && pairs.length) {
    const maxOffset = Math.max(0, ...order.map((o) => o.offset));
    for (const start of new Set([latest.y - maxOffset, latest.y, latest.y - 1])) {
      if (holds(start) !== pairs.length) continue;
      return frame('inferred', start, order, `no article states its year; ${latest.y} ("${latest.text}") is the latest year the texts mention and agrees with ${pairText}`);
    }
  }
  // Case (b): a nominal year satisfying the most weekday pairs, with no mentioned year near it.
  const mentioned = new Set(years.map((x) => x.y));
  let best = NOMINAL_FROM;
  let bestHolds = -1;
  for (let y = NOMINAL_FROM; y >= NOMINAL_TO && bestHolds < pairs.length; y--) {
    if ([y - 1, y, y + 1, y + 2].some((x) => mentioned.has(x))) continue;
    const h = holds(y);
    if (h > bestHolds) { best = y; bestHolds = h; }
  }
  const why = mds.length ? 'the texts never state the year: month and day only' : 'the texts state neither year nor month: weekday only';
  return frame('nominal', best, order, pairs.length ? `${why} (weekdays computed in a year where ${pairText} holds)` : why);
}

function frame(kind: YearFrame['kind'], year: number, order: Array<{ md: MonthDay; offset: number }>, note: string): YearFrame {
  // "Now" is on or after what the texts tell as done; quoted plans ("I am coming south Monday, December 18")
  // and announcements are not, but they still bound it from above: they were ahead when written. With none
  // of those, the latest month-day; with no month-day, mid-year.
  const day = (o: { md: MonthDay; offset: number }) => Date.UTC(year + o.offset, o.md.m - 1, o.md.d) / 864e5;
  const told = order.filter((o) => !o.md.quoted && !o.md.future);
  const months = order.length > 0;
  if (!months) return { kind, year, now: iso(year, 6, 15), nowText: '', months, note };
  if (!told.length) {
    // Every month-day is a plan or an announcement: they were all ahead when written, so "now" is the day
    // before the earliest of them.
    const first = order.reduce((b, o) => (day(o) < day(b) ? o : b));
    const d = new Date((day(first) - 1) * 864e5);
    return { kind, year, now: iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), nowText: first.md.text, nowNote: `the day before "${first.md.text}", the earliest of the days the texts announce (writing precedes them)`, months, note };
  }
  const last = told[told.length - 1]!;
  // The story's weekday evidence: month-days named with their weekday ("Monday, December 18"). When every
  // told month-day lies far from all of them, and the weekday-named ones still ahead of the latest told one
  // are plans, that lone month-day is background ("last saw the Shermans on Oct. 28"): the writing falls
  // between it and the plans, next to the plans, i.e. the day before the earliest of them.
  const weekdayNamed = order.filter((o) => o.md.weekday !== null);
  const far = (o: { md: MonthDay; offset: number }) => weekdayNamed.every((p) => Math.abs(day(p) - day(o)) > NEAR_DAYS);
  const ahead = weekdayNamed.filter((p) => day(p) > day(last));
  if (told.length && weekdayNamed.length && told.every(far) && ahead.length && ahead.every((p) => p.md.quoted || p.md.future)) {
    const first = ahead.reduce((b, p) => (day(p) < day(b) ? p : b));
    const d = new Date((day(first) - 1) * 864e5);
    const now = iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    return { kind, year, now, nowText: first.md.text, nowNote: `the day before "${first.md.text}", a plan the texts quote (writing precedes it); "${last.md.text}" lies more than ${NEAR_DAYS} days from every weekday-named month-day, so it does not stand for the day of writing`, months, note };
  }
  return { kind, year, now: iso(year + last.offset, last.md.m, last.md.d), nowText: last.md.text, months, note };
}

/** Month-days in story order with their year offset (0, or 1 after the story crosses New Year). */
function storyOrder(mds: readonly MonthDay[]): Array<{ md: MonthDay; offset: number }> {
  if (!mds.length) return [];
  const key = (x: MonthDay) => x.m * 32 + x.d;
  const sorted = [...mds].sort((a, b) => key(a) - key(b));
  // The start is the month-day after the longest circular gap.
  let start = 0;
  let gap = -1;
  sorted.forEach((x, i) => {
    const prev = sorted[(i - 1 + sorted.length) % sorted.length]!;
    const g = (dayOfYear(x) - dayOfYear(prev) + 366) % 366;
    if (g > gap) { gap = g; start = i; }
  });
  const out: Array<{ md: MonthDay; offset: number }> = [];
  for (let k = 0; k < sorted.length; k++) {
    const i = (start + k) % sorted.length;
    out.push({ md: sorted[i]!, offset: i < start ? 1 : 0 });
  }
  return out;
}

/**
 * Rewrites a date computed in the frame's calendar for output. Nominal: values in the nominal years become
 * "XXXX-MM-DD" / "XXXX-MM" (or "XXXX-WXX-d" when no month-day anchors the story), coarser ones (a year, a
 * week, a season) have no yearless form and are dropped (null: the sentence becomes story context).
 * Inferred: dates that came from the inferred year say so. Stated years are left alone in both.
 */
export function frameDate(f: YearFrame, d: DateValue): DateValue | null {
  const y = /^(\d{4})/.exec(d.value);
  const inYears = (x: string | null | undefined) => { const m = x ? /^(\d{4})/.exec(x) : null; return !!m && +m[1]! >= f.year - 1 && +m[1]! <= f.year + 2; };
  const inFrame = !!y && inYears(y[0]) && (f.kind === 'nominal' || d.source !== 'stated');
  // Counted from the nominal calendar into another year ("six years ago", "last year"): the count is right,
  // the year it lands on is not a year of the story, and no year-less form says "six years before": no date
  // (desk-h1n1's "Six years ago ... Sars" had been published as 2084, counted from "13 April 2090").
  if (!inFrame && f.kind === 'nominal' && d.source !== 'stated' && inYears(d.evidence?.anchor)) return null;
  if (!inFrame) return d;
  const hide = (x: string) => (f.kind === 'nominal' ? x.replace(/\b(\d{4})(?=-\d{2}\b|-W\d{2}\b)/g, (y) => (+y >= f.year - 1 && +y <= f.year + 2 ? 'XXXX' : y)) : x);
  // The frame is said once: an inferred publication date carries it already (chronology/index.ts withFrame).
  const note = (n: string | undefined) => hide(n ? (n.includes(f.note) ? n : `${n}; ${f.note}`) : f.note);
  const evidence = d.evidence
    ? { ...d.evidence, anchor: d.evidence.anchor === null ? null : hide(d.evidence.anchor), note: note(d.evidence.note) }
    : { articleId: null, text: '', start: null, end: null, anchor: null, note: f.note };
  if (f.kind === 'inferred') return { ...d, source: 'inferred', evidence };
  const day = /^\d{4}-(\d{2})-(\d{2})/.exec(d.value);
  if (day && (d.granularity === 'day' || d.granularity === 'time')) {
    const value = f.months ? `XXXX-${day[1]}-${day[2]}` : `XXXX-WXX-${(weekdayOf(+y![1]!, +day[1]!, +day[2]!) + 6) % 7 + 1}`;
    return { ...d, value, granularity: 'day', source: 'inferred', evidence };
  }
  const month = /^\d{4}-(\d{2})$/.exec(d.value);
  if (month && f.months) return { ...d, value: `XXXX-${month[1]}`, granularity: 'month', source: 'inferred', evidence };
  return null;
}

/** Whether offset `at` lies inside a quotation of its sentence (odd straight quotes, or an open curly one, before it). */
export function insideQuote(a: YearlessArticle, at: number): boolean {
  const s = a.sentences.find((x) => at >= x.start && at < x.end);
  if (!s) return false;
  const before = a.text.slice(s.start, at);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open > 0;
}

function weekdayIndex(w: string): number {
  const p = w.toLowerCase().slice(0, 3);
  return WEEKDAYS.findIndex((x) => x.startsWith(p));
}

const weekdayOf = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
const dayOfYear = (x: MonthDay) => Math.round((Date.UTC(2001, x.m - 1, x.d) - Date.UTC(2001, 0, 1)) / 864e5);
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
