/**
 * The `npm run add` command line (cli.ts runs it): fetches each page into the story folder (addArticles.ts). One line
 * per page on stdout for what was added, one line per failure on stderr naming the URL; exit 0 when every
 * page was added (or was there already), 1 when any failed, 2 for a bad command line.
 */
import { addArticles, type AddResult } from './addArticles.ts';
import { MAX_PAGE_BYTES, MAX_REDIRECTS } from './fetchPage.ts';

const USAGE = 'usage: npm run add -- <storyDir> <url>... [--replace]';
const HELP = `${USAGE}

Fetches each web page (Node's fetch: no browser, nothing on the page is run) and keeps its original HTML
as an article of the story folder, named from its address (host, last path segment and a hash of the
address). The page's metadata (JSON-LD, Open Graph, article:published_time, <time>, author tags) is
recorded in the folder's story.json under that file name: url, publisher, title, byline, published.
Fields story.json already has for the file are kept (an editor's correction stands).

Only HTML pages (text/html, application/xhtml+xml) of at most ${MAX_PAGE_BYTES / 1024 / 1024} MB are added; at most
${MAX_REDIRECTS} redirects are followed. A page the build would skip (no article text) is refused with the reason.
A story folder that does not exist is made with its first article. One failed URL never stops the others.

  --replace   overwrite an article file that is already there with other content (the page changed)
  --help      this text

Exit status: 0 every page added or already there, 1 any page failed, 2 a bad command line.
`;

export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    out(HELP);
    return 0;
  }
  const unknown = argv.find((a) => a.startsWith('-') && a !== '--replace');
  if (unknown) {
    err(`add: unknown option ${unknown}\n${USAGE}\n`);
    return 2;
  }
  const [dir, ...urls] = argv.filter((a) => !a.startsWith('-'));
  if (!dir || urls.length === 0) {
    err(`add: ${dir ? 'no URL given' : 'no story folder and no URL given'}\n${USAGE}\n`);
    return 2;
  }
  const report = await addArticles(dir, urls, { replace: argv.includes('--replace') });
  if (report.problem) {
    err(`add: ${report.problem}\n`);
    return 1;
  }
  if (report.createdFolder) err(`created story folder ${dir}\n`);
  for (const r of report.results) {
    if (r.ok) out(`${line(r)}\n`);
    else err(`add: ${r.url}: ${r.message}\n`);
    if (r.ok) for (const note of r.notes) err(`warning: ${r.url}: ${note}\n`);
  }
  const failed = report.results.filter((r) => !r.ok).length;
  if (failed) err(`add: ${failed} of ${report.results.length} ${report.results.length === 1 ? 'page' : 'pages'} failed\n`);
  return failed ? 1 : 0;
}

function line(r: Extract<AddResult, { ok: true }>): string {
  const what = { added: 'added', unchanged: 'already there, unchanged:', replaced: 'replaced', duplicate: 'already in the story as' }[r.status];
  const about = [r.shown.title ? `"${r.shown.title}"` : 'no headline', r.shown.publisher ?? 'unknown outlet', r.shown.published ?? 'no date stated'].join(' · ');
  const via = r.redirects.length ? ` (redirected to ${r.finalUrl})` : '';
  return `${what} ${r.file}: ${about}, from ${r.url}${via}`;
}
