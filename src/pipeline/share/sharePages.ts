/**
 * Share previews: one static HTML page per story and per event, at the same path as its deep link
 * (/<story>/ and /<story>/<event>/), so a link pasted into a chat or social app unfurls with the event's
 * title, date and summary without running JavaScript. Each page is the app's own index.html with the head
 * rewritten, so a person who opens the link gets the full viewer at that event.
 */
import { aboutWords, formatTimex, type Event, type Redirect, type Story } from '../../schema/index.ts';
import { periodAbout, periodOf, spanWords } from '../../schema/period.ts';

export interface SharePage {
  /** Path inside the build output: "us-officials/2017-02-23-kelly-promises/index.html". */
  fileName: string;
  html: string;
}

export interface ShareOptions {
  /** Absolute site URL ("https://example.org/timelines/") for og:url and canonical links; optional. */
  siteUrl?: string;
  /** The app's base path ("/"), as Vite's `base`. */
  base: string;
}

/** Everything that is put in an attribute or element is escaped: titles come from untrusted articles. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Cuts at a word boundary so descriptions stay within what previews show (about 200 characters). */
function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

interface Head {
  title: string;
  description: string;
  path: string;
  type: 'website' | 'article';
  /** The story an event belongs to: its preview's site name says it ("Dateline · US officials in Mexico City"). */
  story?: string;
}

function withHead(template: string, head: Head, options: ShareOptions): string {
  const url = options.siteUrl ? new URL(head.path.replace(/^\//, ''), options.siteUrl.replace(/\/?$/, '/')).href : null;
  const tags = [
    `<meta name="description" content="${escapeHtml(head.description)}">`,
    `<meta property="og:type" content="${head.type}">`,
    `<meta property="og:site_name" content="${escapeHtml(head.story ? `Dateline · ${head.story}` : 'Dateline')}">`,
    `<meta property="og:title" content="${escapeHtml(head.title)}">`,
    `<meta property="og:description" content="${escapeHtml(head.description)}">`,
    url ? `<meta property="og:url" content="${escapeHtml(url)}">` : '',
    url ? `<link rel="canonical" href="${escapeHtml(url)}">` : '',
    `<meta name="twitter:card" content="summary">`,
    `<meta name="twitter:title" content="${escapeHtml(head.title)}">`,
    `<meta name="twitter:description" content="${escapeHtml(head.description)}">`,
  ].filter(Boolean);
  return template
    .replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(head.title)}</title>`)
    .replace(/\s*<meta name="description"[^>]*>/, '')
    .replace('</head>', `    ${tags.join('\n    ')}\n  </head>`);
}

/** An event's date as the viewer says it: "about 8 March 2016" where the story is unsure (schema/about.ts). */
const dateOf = (event: Event) => aboutWords(formatTimex(event.date.value), event.date);

/** The one-line description of an event: its date, then its summary. */
export function eventDescription(event: Event): string {
  return clip(`${dateOf(event)}. ${event.summary}`, 200);
}

/** The story's period as its header says it (schema/period.ts), not the span of every date it mentions. */
function periodWords(story: Story): string {
  const [first, last] = periodOf(story.events);
  return first && last ? spanWords(first, last, periodAbout(story.events, [first, last])) : '';
}

export function sharePages(template: string, story: Story, options: ShareOptions): SharePage[] {
  const storyPath = `${options.base}${story.id}/`;
  const span = periodWords(story);
  const pages: SharePage[] = [
    {
      fileName: `${story.id}/index.html`,
      html: withHead(template, {
        title: `${story.title} · Dateline`,
        // The editors' credit line after what the timeline is ("… February 2017. Edited by Ana Ruiz").
        description: clip(`A sourced timeline of ${story.events.length} events from ${story.articles.length} articles${span ? `, ${span}` : ''}.${story.credit ? ` ${sentence(story.credit)}` : ''}`, 200),
        path: storyPath,
        type: 'website',
      }, options),
    },
  ];
  const eventHead = (event: Event): Head => ({
    title: `${event.title} · ${dateOf(event)}`,
    description: eventDescription(event),
    path: `${storyPath}${event.id}/`,
    type: 'article',
    // A shared event's preview says which story it is from ("Dateline · US officials in Mexico City").
    story: oneLineTitle(story.title),
  });
  for (const event of story.events) {
    pages.push({ fileName: `${story.id}/${event.id}/index.html`, html: withHead(template, eventHead(event), options) });
  }
  // An old id still has its page: the preview of the event that absorbed it (whose address is canonical),
  // or of the story with the note that the event was removed. The app at that page does the same.
  const byId = new Map(story.events.map((e) => [e.id, e]));
  for (const r of story.redirects ?? []) {
    const to = r.to === null ? undefined : byId.get(r.to);
    pages.push({
      fileName: `${story.id}/${r.from}/index.html`,
      html: withHead(template, to ? eventHead(to) : {
        title: `${story.title} · Dateline`,
        description: clip(`${removedNote(r)} ${story.title}: a sourced timeline of ${story.events.length} events from ${story.articles.length} articles.`, 200),
        path: storyPath,
        type: 'website',
      }, options),
    });
  }
  return pages;
}

const oneLineTitle = (t: string) => clip(t.replace(/\s+/g, ' ').trim(), 80);
/** A credit line as a sentence of the description: "Edited by Ana Ruiz" -> "Edited by Ana Ruiz." */
const sentence = (t: string) => (/[.!?…]$/.test(t) ? t : `${t}.`);

/** The preview's words for an event that is gone: the same as the viewer's note. */
function removedNote(r: Redirect): string {
  return r.reason === 'hidden' ? 'This event was removed by the editors in an update.' : 'This event was removed in an update.';
}
