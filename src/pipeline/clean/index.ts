/**
 * The clean stage: decoded article text -> article text without page furniture, plus what the text says
 * about itself (headline, dateline, publisher, byline, stated date). Pure; never throws.
 *
 * Order of the passes, and why:
 *   1. split into lines      every line is judged alone: captions and stamps share blocks with prose
 *   2. header stamps         "WASHINGTON | Mon Mar 2, 2009 4:23 pm EST" is cut off the first paragraph first,
 *                            so the lines below see the article's own first sentence
 *   3. line rules            inline wire ads, date stamps, bylines, agency lines, the lexicon
 *   4. walled runs           needs 3: a weak line goes only when boilerplate stands on both sides of it
 *   5. caption neighbours    needs 3: the bare name beside a removed caption
 *   6. duplicates            after 3-5, so a repeated "Thumbnail" does not hide the repeat it separates
 *   7. title                 after 6: the first line left standing; its repeat was already removed in 6
 *   8. dateline              the first paragraphs left, after the title is gone
 *
 * Choices the callers should know:
 * - An inline dateline prefix stays in the text ("Mexico City (EFE).– The United States will not ...") so
 *   the first sentence stays whole; a line that is only a credit ("IANS Mexico City") is removed.
 * - The headline is removed from the text and returned as `title`; the viewer shows it apart.
 * - "First Published" wins over "Last Updated": see statedDate.ts, DateRank.
 */
import type { CleanedDocument, RawDocument, StatedDate } from '../types.ts';
import { removeCaptionNeighbours, removeWalledRuns } from './blocks.ts';
import { removeDuplicates } from './dedupe.ts';
import { splitHeader } from './header.ts';
import { ENDS_ARTICLE, lexicon, lexiconReason, lineKey } from './lexicon.ts';
import { endsLikeSentence, joinKept, normaliseText, splitLines, type Line } from './lines.ts';
import { agencyLine, bylineLine, combinePublisher, inlineDateline, isAgency, looksLikeTitle, outletFrom } from './meta.ts';
import { creditsOf } from './credits.ts';
import { cutCreditChain } from './creditChain.ts';
import { dateLine, type DateRank } from './statedDate.ts';
import { cutPipeHead } from './pipes.ts';
import { cutPhotoCredit } from './photoCredit.ts';
import { splitGluedHeadline } from './gluedHeadline.ts';

export type { Line, RemovalReason } from './lines.ts';

/** What clean found, with every line and why it went: the report prints this. */
export interface CleanTrace {
  result: CleanedDocument;
  lines: Line[];
}

interface Found {
  dates: { date: StatedDate; rank: DateRank }[];
  byline: string | null;
  place: string | null;
  agency: string | null;
  outlet: string | null;
  headline: string | null;
}

const HEADER_LINES = 3; // stamps sit on the first lines; looking further would cut into the article

/** Cut known inline furniture ("An ultra-low latency infrastructure for electronic trading ...") from a line. */
function cutInline(line: Line): void {
  let t = line.text;
  for (const phrase of lexicon.inline) if (t.includes(phrase)) t = t.split(phrase).join(' ');
  for (const p of lexicon.inlinePatterns) t = t.replace(p.re, '');
  if (t === line.text) return;
  t = t.replace(/ {2,}/g, ' ').trim();
  line.note = 'inline furniture cut';
  if (t.length === 0) line.removed = 'inline';
  line.text = t.length === 0 ? line.text : t;
}

function classify(line: Line, found: Found): void {
  const dl = dateLine(line.text);
  if (dl !== null) {
    found.dates.push({ date: dl.date, rank: dl.rank });
    // "March 3, 2014 | By Ann Lee, CNN The governor ..." is a header glued onto a sentence: only the header goes.
    if (dl.wholeLine && cutPipeHead(line.text) === null) {
      line.removed = 'date';
      line.note = `stated date ${dl.date.value}`;
      return;
    }
  }
  const by = bylineLine(line.text);
  if (by !== null) {
    found.byline ??= by;
    line.removed = 'byline';
    return;
  }
  const ag = agencyLine(line.text);
  if (ag !== null) {
    found.place ??= ag.place;
    found.agency ??= ag.agency;
    line.removed = 'dateline';
    return;
  }
  const why = lexiconReason(line.text);
  if (why !== null) {
    const caption = /photo|image|caption|getty/i.test(why);
    // "Image copyright Reuters Image caption ..." credits a photo, not the article: no outlet from captions.
    if (!caption) found.outlet ??= outletFrom(line.text);
    line.removed = caption ? 'caption' : 'lexicon';
    line.note = why;
  }
}

/**
 * The same furniture glued onto the dateline's line: an editor's note in brackets ("(Repeats to more
 * subscribers) SINGAPORE, April 27 (Reuters) - ..."), a CNN page's highlights, a caption or a headline. A wire
 * dateline names a known agency; what stands before it on the line goes. Story bullets ("\\* 4,379 people
 * infected ... \\* First death reported in Costa Rica ZURICH, May 10 (Reuters) - ...") are the editor's
 * summary of the news: they come back as lines of their own (returned), one per bullet.
 */
function cutBeforeDateline(line: Line): string[] {
  const head = line.text.slice(0, 400);
  if (inlineDateline(head) !== null) return []; // "LOS ANGELES (Reuters) -" starts the line: "ANGELES" is no dateline of its own
  // The first place word the dateline can start at, or the first in capitals when there is one: in
  // "... First death reported in Costa Rica ZURICH, May 10 (Reuters) -" the place is ZURICH.
  let at = -1;
  for (let i = head.indexOf(' ') + 1; i > 0; i = head.indexOf(' ', i) + 1) {
    if (!/\p{Lu}/u.test(head[i] ?? '')) continue;
    const d = inlineDateline(line.text.slice(i));
    if (d === null || d.agency === null || !isAgency(d.agency)) continue;
    if (at < 0) at = i;
    if (/^[A-Z][A-Z.'’-]+\b/.test(head.slice(i))) { at = i; break; }
  }
  if (at > 0) {
    const i = at;
    const before = line.text.slice(0, i).trim();
    line.note = `furniture before the wire dateline cut: ${before}`;
    line.text = line.text.slice(i);
    return bulletsOf(before);
  }
  return [];
}

/** "\\* 4,379 people infected ... \\* First death reported in Costa Rica": the story's bullets, each a line. */
function bulletsOf(text: string): string[] {
  if (!/^\\?\*\s/.test(text)) return [];
  return text.split(/(?:^|\s)\\?\*\s+/).map((b) => b.trim()).filter((b) => b.split(' ').length >= 4);
}

/**
 * A wire dateline with its agency ("WASHINGTON (Reuters) - ...") starts the article: a line above it that
 * ends like a sentence is the photo's caption ("A man arriving from Honduras waits for a shuttle bus at DFW
 * airport in Fort Worth, Texas April 30, 2009."), never the article's news. A line without a full stop there
 * is the headline and stays for the title. Only the top of the page is looked at.
 */
function removeCaptionAboveDateline(lines: Line[]): void {
  const top = lines.filter((l) => l.removed === null).slice(0, HEADER_LINES);
  for (const l of top) {
    const bullets = cutBeforeDateline(l);
    if (bullets.length > 0) lines.splice(lines.indexOf(l), 0, ...bullets.map((text) => ({ text, removed: null, note: 'story bullet' })));
  }
  const at = top.findIndex((l) => inlineDateline(l.text)?.agency != null);
  for (const l of top.slice(0, Math.max(0, at))) {
    if (!endsLikeSentence(l.text)) continue;
    l.removed = 'caption';
    l.note = 'caption above the wire dateline';
  }
}

function bestDate(dates: Found['dates']): StatedDate | null {
  let best: Found['dates'][number] | null = null;
  for (const d of dates) if (best === null || d.rank < best.rank) best = d;
  return best === null ? null : best.date;
}

/** Clean one text and keep the per-line trail. */
/**
 * Does the first line repeat the headline the container already gave? Reader-mode HTML carries the title
 * in meta and may start the body with a standfirst without a full stop ("Mexican officials are concerned
 * that deportation could lead to humanitarian crisis along border"): that line is content, not a headline.
 */
function sameHeadline(line: string, metaTitle: string): boolean {
  const words = (s: string): string[] => lineKey(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  const mine = words(line);
  const theirs = new Set(words(metaTitle));
  if (mine.length === 0 || theirs.size === 0) return false;
  return mine.filter((w) => theirs.has(w)).length / Math.max(mine.length, theirs.size) >= 0.6;
}

/** Clean one text and keep the per-line trail; `metaTitle` is the container's title, when it has one. */
export function cleanWithTrace(text: string, metaTitle?: string): CleanTrace {
  const lines = splitLines(text);
  // The opening lines as scraped, before stamps and bylines are cut from them: credits.ts reads them.
  const opening = lines.slice(0, HEADER_LINES + 1).map((l) => l.text);
  const found: Found = { dates: [], byline: null, place: null, agency: null, outlet: null, headline: null };

  for (const line of lines.slice(0, HEADER_LINES)) {
    const h = splitHeader(line.text);
    if (h === null) continue;
    found.dates.push({ date: h.date, rank: 1 });
    found.byline ??= h.byline;
    found.headline ??= h.headline;
    line.note = `header cut: ${h.cut}`;
    if (h.rest.trim().length === 0) line.removed = 'date';
    else line.text = h.rest.trim();
    break;
  }
  for (const line of lines) {
    if (line.removed !== null) continue;
    cutInline(line);
    if (line.removed === null) classify(line, found);
    // After classify, so a date or byline in the furniture is still read as the article's own.
    const pipe = line.removed === null ? cutPipeHead(line.text) : null;
    if (pipe !== null) {
      line.text = pipe.text;
      line.note = `pipe furniture cut: ${pipe.cut}`;
    }
    const credit = line.removed === null ? cutPhotoCredit(line.text) : null;
    if (credit !== null) {
      line.text = credit.text;
      line.note = `photo credit cut: ${credit.credit}`;
    }
    const chain = line.removed === null ? cutCreditChain(line.text) : null;
    if (chain !== null && chain.text === '') {
      line.removed = 'caption';
      line.note = 'photo credits and captions only';
    } else if (chain !== null) {
      line.text = chain.text;
      line.note = `photo credits cut: ${chain.cut.slice(0, 80)}`;
    }
  }
  // Everything below the first reader comment is comments, whatever its shape.
  const commentsAt = lines.findIndex((l) => l.note.endsWith(ENDS_ARTICLE));
  if (commentsAt >= 0) {
    for (const l of lines.slice(commentsAt + 1)) {
      if (l.removed !== null) continue;
      l.removed = 'lexicon';
      l.note = 'below the first reader comment';
    }
  }
  removeWalledRuns(lines);
  removeCaptionNeighbours(lines);
  removeDuplicates(lines);

  removeCaptionAboveDateline(lines);

  const kept = lines.filter((l) => l.removed === null);
  let title: string | null = null;
  const first = kept[0];
  // A headline glued to the first sentence ("Economic Crisis Causes Rise in MBA Applicants The economic
  // crisis's ...") is the title; the sentence stays.
  const glued = first !== undefined && !looksLikeTitle(first.text) ? splitGluedHeadline(first.text) : null;
  if (glued !== null) {
    title = glued.headline;
    first!.text = glued.rest;
    first!.note = `glued headline cut: ${glued.headline}`;
  }
  if (glued === null && first !== undefined && kept.length > 1 && looksLikeTitle(first.text)) {
    title = first.text;
    if (metaTitle === undefined || metaTitle.trim() === '' || sameHeadline(first.text, metaTitle)) first.removed = 'title';
  }
  title ??= found.headline;

  for (const line of lines.filter((l) => l.removed === null).slice(0, 3)) {
    if (found.place !== null) break;
    const d = inlineDateline(line.text);
    if (d !== null) {
      found.place = d.place;
      found.agency ??= d.agency;
    }
  }

  // Furniture the line rules leave for later (wire datelines without a dash, bylines naming an outlet,
  // agency credits, reporters' e-mails) names the publisher when those rules found none.
  const credits = found.outlet !== null && found.agency !== null ? null
    : creditsOf([...opening, ...lines.filter((l) => l.removed === null).slice(0, HEADER_LINES + 1).map((l) => l.text)], lines.map((l) => l.text), found.byline);

  const result: CleanedDocument = {
    text: joinKept(lines),
    title,
    dateline: found.place,
    publisher: combinePublisher(found.outlet ?? credits?.outlet ?? null, found.agency ?? credits?.agency ?? null),
    byline: found.byline,
    published: bestDate(found.dates),
    stats: { lines: lines.length, removed: lines.filter((l) => l.removed !== null).length },
  };
  return { result, lines };
}

/**
 * The clean stage. Metadata from doc.meta is not merged here: the caller lets story.json and front matter
 * win over what the text says. On an input no rule expected, it returns the normalised text unchanged
 * rather than throwing, so one odd file never stops a story build.
 */
export function clean(doc: RawDocument): CleanedDocument {
  const text = typeof doc.text === 'string' ? doc.text : '';
  try {
    return cleanWithTrace(text, doc.meta?.title).result;
  } catch {
    const plain = normaliseText(text).trim();
    const count = plain.split('\n').filter((l) => l.trim().length > 0).length;
    return { text: plain, title: null, dateline: null, publisher: null, byline: null, published: null, stats: { lines: count, removed: 0 } };
  }
}
