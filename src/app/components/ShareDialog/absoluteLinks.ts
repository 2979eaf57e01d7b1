/**
 * The exports the build wrote carry site-relative links ("/us-officials/2017-02-23-kelly/") unless the site's
 * address was known at build time (DATELINE_SITE_URL), and a spreadsheet, a calendar or TimelineJS on
 * another site cannot follow those (a review found every link of all three files bare). Downloaded from the
 * share dialog, a file's links are made absolute against the page's own address first; "save link as"
 * keeps the file as built.
 */
import { foldLine, unfoldLines, type StoryExportKind } from '../../../schema/exports.ts';

/** A link starts where a value starts: after a quote, a comma, a space, "=", ">" or at a line's start. */
const BEFORE = /["',\s=>]/;

/** `body` with every link under `root` ("/timelines/us-officials/") made absolute on `origin`. */
export function absoluteLinks(body: string, kind: StoryExportKind, root: string, origin: string): string {
  const absolute = (text: string) => {
    let out = '';
    let from = 0;
    for (let at = text.indexOf(root); at >= 0; at = text.indexOf(root, at + root.length)) {
      if (at > 0 && !BEFORE.test(text[at - 1]!)) continue;
      out += text.slice(from, at) + origin;
      from = at;
    }
    return out + text.slice(from);
  };
  if (kind !== 'ics') return absolute(body);
  // iCalendar folds lines at 75 octets: unfolded, rewritten, folded again; and an entry whose link is now
  // absolute gets the URL property a calendar opens (RFC 5545 allows only absolute ones).
  const lines: string[] = [];
  for (const raw of unfoldLines(body)) {
    const line = absolute(raw);
    lines.push(line);
    // Where the build wrote it (after DESCRIPTION), for a link this made absolute.
    const said = line !== raw && line.startsWith('DESCRIPTION') ? /In Dateline: (https?:\/\/\S+?)(?:\\n|$)/.exec(line) : null;
    if (said) lines.push(`URL:${said[1]}`);
  }
  return lines.map(foldLine).join('');
}
