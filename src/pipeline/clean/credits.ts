/**
 * Who published an article, from the credits its page furniture carries, where the rules of meta.ts
 * (an agency dateline opening the first paragraph, an agency credit line, a copyright or subscription
 * line) found none. Each rule reads one shape of furniture outlets print, never a sentence of the story:
 * "reports Xinhua news agency" inside a sentence names a source, not the publisher.
 *
 *   wire dateline    "Seoul (CNN) North and South ...", "(CNN) A week after ...", and one glued behind
 *                    scraped story highlights: "... reforms Cairo, Egypt (CNN) -- Galvanized by ..."
 *   byline           "By Michael Martinez, CNN", "By Jane Doe, The Associated Press", "By the CNN Wire Staff",
 *                    "From Ben Wedeman, CNN Senior International Correspondent", "By Laura Woods/GoBankingRates"
 *   agency credits   "(Reporting by Lucy Nicholson; Editing by Greg McCune)" is Reuters' house form;
 *                    "Associated Press Writer Michelle Faul contributed to this report" is AP's
 *   follow note      "Follow USA TODAY Sports columnist Nancy Armour on Twitter @nrarmour."
 *   reporter e-mail  "Write to Charles Levinson at charles.levinson@wsj.com", "To contact the reporter on
 *                    this story: Mariam Fam in Cairo at mfam1@bloomberg.net" (known outlets' domains only)
 *   print note       "A version of this article appeared November 16, 2012, on page A1 in the U.S. edition
 *                    of The Wall Street Journal", "This article appeared on p30 of the Main section section of
 *                    the Guardian", "This article was published on guardian.co.uk"
 *   signature        furniture only one outlet prints ("Story highlights" is CNN's, "The BBC may edit your
 *                    comments" the BBC's), at the start of a line
 *
 * The agency of a wire dateline or credit is who reported the story; the outlet of a byline, e-mail, print
 * note or signature is who published it. meta.ts combines the two as "Outlet (Agency)".
 */
import { ALIAS_PATTERN, knownOutletForHost, outletNamed, signatureOutlet } from './outlets.ts';

export interface Credits {
  outlet: string | null;
  agency: string | null;
}

/** Lines that open the article: datelines, bylines and signatures are looked for here only. */
const HEAD_LINES = 4;
/** Characters of an opening line searched for a glued dateline: scraped highlights run to a few hundred. */
const HEAD_CHARS = 700;

const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|al|el|bin))*`;
const NAMES = String.raw`${NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)${NAME})*`;
const ALIAS = `(${ALIAS_PATTERN})`;
const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:(?:\s|,\s|\/)\p{Lu}[\p{L}.'’-]*){0,4}`;
/** What may stand before a byline on its line: a date stamp and a bar ("February 10, 2011 | By ..."). */
const BEFORE_BY = String.raw`^(?:[^|]{1,40}\|\s*)?`;

/** "(CNN)" opening the line, or after a place that opens it, with the sentence straight after. */
const LEAD_DATELINE = new RegExp(String.raw`^(?:${PLACE}\s*)?\(${ALIAS}\)\s*(?:[-–—:]+\s*)?(?=[\p{Lu}"“‘'])`, 'u');
/**
 * Length of page furniture opening a sentence, 0 when there is none: a wire dateline ("Seoul (CNN) North and
 * South ...") or a stamp and byline glued to it ("January 31, 2011 | From Dugald McConnell, CNN While ...").
 */
export function leadDatelineLength(s: string): number {
  if (s.includes('(')) {
    const m = LEAD_DATELINE.exec(s);
    if (m) return m[0].length;
  }
  if (/^(?:[^|]{1,40}\|\s*)?(?:By|BY|From)\s/.test(s)) {
    const m = BYLINE_OUTLET.exec(s);
    if (m && /^\s+[\p{Lu}"“]/u.test(s.slice(m[0].length))) return m[0].length + (/^\s+/.exec(s.slice(m[0].length))?.[0].length ?? 0);
  }
  return 0;
}
/** "(CNN) --" anywhere in an opening line: the double dash or dash after the credit is a dateline's. */
const GLUED_DATELINE = new RegExp(String.raw`(?:^|\s)\(${ALIAS}\)\s*(?:--|[–—]|-\s)`, 'u');
/** "By Michael Martinez, CNN", "From Ben Wedeman, CNN Senior ...", "By Jane Doe, Special to CNN", "By Jane Doe | Reuters". */
const BYLINE_OUTLET = new RegExp(String.raw`${BEFORE_BY}(?:By|BY|From)\s+${NAMES}\s*(?:,|\||\s-\s|\s—\s)\s*(?:(?:Special\s+)?(?:to|for|of)\s+)?(?:the\s+)?${ALIAS}(?![\p{L}\d])`, 'u');
/** "By the CNN Wire Staff", "By AP staff", "By Reuters Staff". */
const BYLINE_STAFF = new RegExp(String.raw`${BEFORE_BY}(?:By|BY|From)\s+(?:the\s+)?${ALIAS}(?:\s+Wire)?\s+(?:Staff|staff|Reporters|reporters)\b`, 'u');
/** "By Laura Woods/GoBankingRates": a whole line, the outlet a single word after the slash. */
const BYLINE_SLASH = new RegExp(String.raw`^(?:By|BY)\s+${NAME}\s*\/\s*(\p{Lu}[\p{L}\d&.-]{2,30})$`, 'u');
/** A byline the clean stage already cut out: "Laura Woods/GoBankingRates", "Jane Doe, Associated Press". */
const CUT_BYLINE_OUTLET = new RegExp(String.raw`^${NAMES}\s*(?:,|\/|\|)\s*(?:(?:Special\s+)?(?:to|for|of)\s+)?(?:the\s+)?(${ALIAS_PATTERN}|\p{Lu}[\p{L}\d&.-]{2,30})$`, 'u');
/** Reuters' credit: "(Reporting by X; Editing by Y)", "(Writing by X; editing by Y)"; the editing credit is the mark. */
const REUTERS_CREDIT = /^\(?\s*(?:(?:Additional\s+)?[Rr]eporting|Writing|Compiled|Editing)\s+by\b.{0,300}\b[Ee]dit(?:ing|ed)\s+by\b/u;
/** AP's credit: "Associated Press Writer Michelle Faul contributed to this report", after a "___" rule or not. */
const AP_CREDIT = /^(?:_+\s*)?(?:The\s+)?Associated Press\s+(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?|[Rr]esearchers?|[Vv]ideojournalists?)\b.{0,300}\bcontributed\b/u;
/** "Write to X at x@wsj.com", "Contact Sean Whaley at swhaley@reviewjournal.com", "To contact the reporter on this story: ... at m@bloomberg.net". */
const EMAIL_CREDIT = /^(?:Write to|Contact|Email|E-mail|To contact the (?:reporters?|writers?|editors?)(?: (?:on|of|responsible for) this story)?:?)\s.{0,160}?[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/u;
/** "A version of this article appeared ... in the U.S. edition of The Wall Street Journal". */
const PRINT_NOTE = new RegExp(String.raw`^(?:A version of this|This) (?:article|story) appear(?:s|ed)\b.{0,160}?\b(?:edition|issue|section) of (?:the\s+)?${ALIAS}(?![\p{L}\d])`, 'u');
/** "Follow USA TODAY Sports columnist Nancy Armour on Twitter": the outlet promoting its own writer. */
const FOLLOW_NOTE = new RegExp(String.raw`^Follow ${ALIAS}(?![\p{L}\d])[^.]{0,80}\bon (?:Twitter|Facebook|X)\b`, 'u');
/** "This article was published on guardian.co.uk at 00.05 BST on ...": the outlet's own domain. */
const PUBLISHED_ON = /^This (?:article|story) (?:was|is) published on (?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/;

/** Words that make a slash-byline's last part a job, not an outlet: "By Jane Doe/Staff Writer". */
const ROLE = /^(?:staff|writer|reporter|editor|correspondent|contributor|columnist|producer|special|senior|associate|photographer|photos?)/i;

/** `head` are the article's first lines as scraped (before the clean stage cut them); `all` every line. */
export function creditsOf(head: readonly string[], all: readonly string[], byline: string | null): Credits {
  let outlet: string | null = null;
  let agency: string | null = null;
  const lines = head.slice(0, HEAD_LINES);
  for (const line of lines) {
    const start = line.slice(0, HEAD_CHARS);
    agency ??= named(LEAD_DATELINE.exec(start)?.[1]) ?? named(GLUED_DATELINE.exec(start)?.[1]);
    outlet ??= named(BYLINE_OUTLET.exec(start)?.[1]) ?? named(BYLINE_STAFF.exec(start)?.[1]) ?? slashOutlet(BYLINE_SLASH.exec(line)?.[1]);
  }
  if (outlet === null && byline !== null) {
    const m = CUT_BYLINE_OUTLET.exec(byline.trim());
    outlet = named(m?.[1]) ?? slashOutlet(byline.includes('/') ? m?.[1] : undefined);
  }
  for (const line of all) {
    if (agency !== null && outlet !== null) break;
    outlet ??= signatureOutlet(line)?.name ?? anchorOutlet(line) ?? siteAddressOutlet(line);
    if (line.length > 500 || !CREDIT_START.test(line)) continue;
    if (agency === null && REUTERS_CREDIT.test(line)) agency = 'Reuters';
    else if (agency === null && AP_CREDIT.test(line)) agency = 'Associated Press';
    else if (outlet === null) {
      const email = EMAIL_CREDIT.exec(line);
      if (email) outlet = knownOutletForHost(email[1] ?? '')?.name ?? null;
      else outlet = named(PRINT_NOTE.exec(line)?.[1]) ?? named(FOLLOW_NOTE.exec(line)?.[1]) ?? knownOutletForHost(PUBLISHED_ON.exec(line)?.[1] ?? '')?.name ?? null;
    }
  }
  return { outlet, agency };
}

/**
 * A broadcast transcript's anchor, labelled with the network ("WOLF BLITZER, CNN ANCHOR: Tonight, ..."):
 * the programme's own anchor, so the transcript is that network's (a guest's label names their own outlet
 * with another title: "..., NEW YORK TIMES REPORTER:").
 */
const ANCHOR_LABEL = new RegExp(String.raw`^[A-Z][A-Z .'’-]{2,40}, (${ALIAS}) (?:[A-Z]+ )?ANCHOR:`, 'iu');
/** The label in capitals, as transcripts write it (the alias matched whatever its case: "NBC NEWS"). */
const anchorOutlet = (line: string): string | null => {
  const m = ANCHOR_LABEL.exec(line.slice(0, 80));
  return m && m[0] === m[0].toUpperCase() ? named(m[1]) : null;
};

/**
 * The site's own letters or help address, wherever a scrape glued it ("Letters for publication should be sent
 * to: letters@guardian.co.uk If you need help using the site: userhelp@guardian.co.uk"): a known outlet's
 * furniture, not an address a story quotes.
 */
const SITE_ADDRESS = /\b(?:letters|userhelp|help|feedback)@([\w-]+(?:\.[\w-]+)+)/;
function siteAddressOutlet(line: string): string | null {
  if (!line.includes('@')) return null;
  const m = SITE_ADDRESS.exec(line);
  return m ? knownOutletForHost(m[1]!.toLowerCase())?.name ?? null : null;
}

/** A cheap gate before the credit patterns: the words a credit line starts with. */
const CREDIT_START = /^(?:\(|_|Write|Contact|E-?mail|To contact|A version|This (?:article|story)|Follow |(?:The )?Associated Press|Reporting|Additional|Writing|Compiled|Editing)/;

function named(alias: string | undefined): string | null {
  return alias === undefined ? null : (outletNamed(alias)?.name ?? null);
}

/** "GoBankingRates" after a byline's slash names the outlet unless it is a job ("Staff Writer"). */
function slashOutlet(word: string | undefined): string | null {
  if (word === undefined || ROLE.test(word)) return null;
  return outletNamed(word)?.name ?? word;
}
