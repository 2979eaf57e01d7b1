/**
 * When a date is said as "about": an inferred day the story is unsure of. One rule for the viewer and every
 * export (CSV, iCalendar, TimelineJS), so that a date read "about 23 February 2017 · day uncertain" on the
 * page never leaves the site as a plain "Thursday 23 February 2017" (the third review found all three
 * exports saying it plainly).
 *
 * 0.5, measured on the 280 Timeline17 articles of the dating battery (dates hidden): days inferred with a
 * confidence under 0.5 were the exact day for 34 of 77 articles (44%), those at 0.5 or more for 137 of 163
 * (84%); stated dates carry no confidence and are never "about".
 */
export const ABOUT_BELOW = 0.5;

/** Whether a date is an inferred day the story is unsure of (said "about ..."). */
export function isAbout(date: { confidence?: number }): boolean {
  return date.confidence !== undefined && date.confidence < ABOUT_BELOW;
}

/**
 * A date's words, "about" when unsure: "about 23 February 2017". An unsure day's weekday is as unsure as
 * the day, so it goes.
 */
export function aboutWords(label: string, date: { confidence?: number }): string {
  return isAbout(date) ? `about ${label.replace(/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day /, '')}` : label;
}
