/**
 * Links the exports carry: the story's and each event's deep link, the same paths the viewer uses
 * (/<story>/ and /<story>/<event>/ under Vite's base). The build does not know the address the site will
 * be served from, so a link is absolute only when DATELINE_SITE_URL gives the site's origin; otherwise it
 * is root-relative ("/us-officials-in-mexico-city/<event>/"), which a reader resolves against the site.
 */

export interface ExportOptions {
  /** The app's base path, as Vite's `base` ("/" or "/timelines/"). */
  base: string;
  /** The site's origin ("https://news.example.org"), from DATELINE_SITE_URL; absent when unknown. */
  siteUrl?: string;
}

/** The site root: "https://news.example.org/timelines/" with a site URL, else the base path "/timelines/". */
export function siteRoot(options: ExportOptions): string {
  const base = `/${options.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  if (!options.siteUrl) return base;
  try {
    return new URL(base, options.siteUrl).href;
  } catch {
    return base;
  }
}

/** The deep link of the story (eventId null) or of one of its events, as the share dialog gives it. */
export function deepLink(options: ExportOptions, storyId: string, eventId: string | null): string {
  return `${siteRoot(options)}${encodeURIComponent(storyId)}/${eventId ? `${encodeURIComponent(eventId)}/` : ''}`;
}

/** True when a link carries its own scheme and host (only then may an iCalendar URL property hold it). */
export function isAbsolute(link: string): boolean {
  return /^https?:\/\//i.test(link);
}

/**
 * An article's URL when it is a web address (http or https), normalized; null for anything else. Article
 * URLs come from untrusted metadata: a `javascript:` or `data:` URL must never become a link.
 */
export function webUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
