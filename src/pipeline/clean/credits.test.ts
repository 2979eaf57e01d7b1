/**
 * Publishers from the text. Snippets are quoted from the Multi-News test clusters (mn07 Gaza, mn08 Korea,
 * mn12 Egypt, mn13 O.J. Simpson, mn14 Los Angeles, mn17 Florida, mn18 Mali) and Timeline17 (Egypt, H1N1),
 * a line or two at a time, with the article body shortened to one sentence of prose.
 */
import { describe, expect, it } from 'vitest';
import { cleanWithTrace } from './index.ts';
import { canonicalOutlet, outletForUrl, plausibleOutlet, registrableDomain } from './outlets.ts';

const publisher = (...lines: string[]) => cleanWithTrace(lines.join('\n\n')).result.publisher;
const PROSE = 'Police officers carrying batons lined up on 1st Street directly outside headquarters in anticipation of arrests.';
const PROSE2 = 'The ordinance would allow 17 commercial marijuana businesses in the city, a spokeswoman said on Tuesday.';

describe('publisher from a dateline', () => {
  it('reads "(AP)" and "(Reuters)" datelines and names the agency once', () => {
    expect(publisher('LOS ANGELES (AP) — A woman who owns a business that claims to be the largest landlord sued the city.', PROSE)).toBe('Associated Press');
    expect(publisher('SEOUL (Reuters) - The two Koreas will field a combined women’s ice hockey team at next month’s Games.', PROSE)).toBe('Reuters');
  });

  it('reads a CNN dateline with no dash, or with no place', () => {
    expect(publisher('Seoul (CNN) North and South Korean athletes will march together at the Winter Olympics opening ceremony.', PROSE)).toBe('CNN');
    expect(publisher('(CNN) A week after one of the deadliest mass shootings in modern US history, the governor announced a plan.', PROSE)).toBe('CNN');
    expect(publisher('WASHINGTON (CNN) -- Just three days after a State of the Union speech, the president met the governors.', PROSE)).toBe('CNN');
  });

  it('finds a dateline glued behind scraped story highlights', () => {
    const line = 'By the Wire Staff Freed Google executive tells crowd, "This country is our country" Crowds swell in Tahrir Square in day 15 of protests Cairo, Egypt (CNN) -- Galvanized by the emotional words of a freed Google executive, thousands jammed the square.';
    expect(publisher(line, PROSE)).toBe('CNN');
  });

  it('does not take a name in parentheses inside a caption or a sentence', () => {
    expect(publisher('FILE - This Dec. 13, 2017, file photo shows a shut down marijuana operation of some 35,000 plants... (Associated Press)', PROSE, PROSE2)).toBeNull();
    expect(publisher(PROSE, 'Officials said (Reuters) reported the figure first, a claim the ministry denied.')).toBeNull();
    expect(publisher('O.J. Simpson could be released as soon as Oct. 1 if he is granted parole on Thursday. (Photo: Ethan Miller, AP)', PROSE)).toBeNull();
  });
});

describe('publisher from a byline', () => {
  it('reads the outlet after the name', () => {
    expect(publisher('February 10, 2011 | By Michael Martinez, CNN', PROSE, PROSE2)).toBe('CNN');
    expect(publisher('By Jane Doe, The Associated Press', PROSE, PROSE2)).toBe('Associated Press');
    expect(publisher('From Ben Wedeman, CNN Senior International Correspondent ElBaradei: Egypt is not stable', PROSE, PROSE2)).toBe('CNN');
    expect(publisher('By the CNN Wire Staff', PROSE, PROSE2)).toBe('CNN');
  });

  it('reads "Name/Outlet" bylines, but not a job after the slash or the comma', () => {
    expect(publisher('By Laura Woods/GoBankingRates', PROSE, PROSE2)).toBe('GoBankingRates');
    expect(publisher('By Jane Doe/Staff Writer', PROSE, PROSE2)).toBeNull();
    expect(publisher('By Maggie Fox, Health and Science Editor', PROSE, PROSE2)).toBeNull();
  });
});

describe('publisher from agency credits and furniture', () => {
  it('reads Reuters’ reporting and editing credit', () => {
    expect(publisher(PROSE, PROSE2, '(Additional reporting by Maayan Lubell, Jeffrey Heller and Crispian Balmer in Jerusalem; Writing by Jeffrey Heller; Editing by Giles Elgood and Will Waterman)')).toBe('Reuters');
  });

  it('does not read "Additional reporting" alone as Reuters', () => {
    expect(publisher(PROSE, PROSE2, 'Additional reporting by Tu Thanh Ha and Joe Friesen')).toBeNull();
  });

  it('reads AP’s contributor credit', () => {
    expect(publisher(PROSE, PROSE2, '___', 'Associated Press Writer Michelle Faul contributed to this report from Niamey, Niger.')).toBe('Associated Press');
  });

  it('reads a known outlet from a reporter’s e-mail, and no unknown domain', () => {
    expect(publisher(PROSE, PROSE2, 'Write to Charles Levinson at charles.levinson@wsj.com')).toBe('The Wall Street Journal');
    expect(publisher(PROSE, PROSE2, 'To contact the reporter on this story: Mariam Fam in Cairo at mfam1@bloomberg.net.')).toBe('Bloomberg');
    expect(publisher(PROSE, PROSE2, 'Contact Sean Whaley at swhaley@reviewjournal.com or 775-461-3820.')).toBe('Las Vegas Review-Journal');
    expect(publisher(PROSE, PROSE2, 'Contact Jo Bloggs at jo@gmail.com')).toBeNull();
  });

  it('reads the print note and the outlet’s own follow line', () => {
    expect(publisher(PROSE, PROSE2, 'A version of this article appeared November 16, 2012, on page A1 in the U.S. edition of The Wall Street Journal, with the headline: No Headline Available.')).toBe('The Wall Street Journal');
    expect(publisher(PROSE, PROSE2, 'Follow USA TODAY Sports columnist Nancy Armour on Twitter @nrarmour.')).toBe('USA TODAY');
  });

  it('reads furniture only one outlet prints', () => {
    expect(publisher('Story highlights Hamas’ Cabinet headquarters is destroyed, Hamas TV reports', PROSE, PROSE2)).toBe('CNN');
    expect(publisher('Breaking News Emails Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.', PROSE, PROSE2)).toBe('NBC News');
    expect(publisher(PROSE, PROSE2, 'The BBC may edit your comments and not all emails will be published.')).toBe('BBC News');
    // A BBC blog's furniture, as Timeline17 H1N1's pages carry it.
    expect(publisher(PROSE, PROSE2, "For the latest updates across BBC blogs, You can stay up to date with Fergus's Medical Files via these feeds.")).toBe('BBC News');
    // CNN's edition selector, as Timeline17 Egypt's pages carry it.
    expect(publisher("You've selected the U.S. Edition. Would you like to make this your default edition? YES | NO", PROSE, PROSE2)).toBe('CNN');
  });

  it('reads the site\'s own letters or help address wherever a scrape glued it, for a known outlet only', () => {
    expect(publisher(PROSE, PROSE2, 'Letters for publication should be sent to: letters@guardian.co.uk If you need help using the site: userhelp@guardian.co.uk')).toBe('The Guardian');
    // The Sunday paper's pages name its own letters desk first (Timeline17's Iraq topic).
    expect(publisher(PROSE, PROSE2, 'Letters for publication should be sent to: letters@observer.co.uk If you need help using the site: userhelp@guardian.co.uk')).toBe('The Observer');
    expect(publisher(PROSE, PROSE2, 'Send letters to letters@riverside-gazette.example.com')).toBeNull();
  });

  it('reads a broadcast transcript\'s anchor label as the network\'s, never a guest\'s', () => {
    expect(publisher('WOLF BLITZER, CNN ANCHOR: Tonight, a special report on the protests.', PROSE, PROSE2)).toBe('CNN');
    expect(publisher('ANN LEE, NBC NEWS SENIOR ANCHOR: Good evening.', PROSE, PROSE2)).toBe('NBC News');
    expect(publisher('JOHN DOE, CNN CORRESPONDENT: Protesters gathered again.', PROSE, PROSE2)).toBeNull();
  });

  it('combines an outlet and the agency it reprints, and one outlet under two names is one', () => {
    expect(publisher('*Subscribe to Business Standard digital and get complimentary access', 'IANS Mexico City', PROSE, PROSE2)).toBe('Business Standard (IANS)');
    expect(publisher('By Jane Doe, CNN', 'ATLANTA (CNN) -- Thousands gathered on Saturday night in Midtown.', PROSE)).toBe('CNN');
  });

  it('gives null when nothing in the furniture names the publisher, whatever the sentences say', () => {
    expect(publisher('After Bill Cosby was sentenced to prison on Tuesday, his defense team made fiery accusations.', 'According to AFP, Tillerson said the two sides reiterated their commitment.', PROSE)).toBeNull();
  });
});

describe('outlet names and addresses', () => {
  it('gives a known outlet one name', () => {
    expect(canonicalOutlet('AP')).toBe('Associated Press');
    expect(canonicalOutlet('the associated press')).toBe('Associated Press');
    expect(canonicalOutlet('CBSLA')).toBe('CBS Los Angeles');
    expect(canonicalOutlet('Riverside Gazette')).toBe('Riverside Gazette');
  });

  it('names the outlet of a web address: a known one by name, else its registrable domain', () => {
    expect(outletForUrl('https://edition.cnn.com/2018/01/17/asia/korea-olympics/index.html')).toBe('CNN');
    expect(outletForUrl('https://www.theguardian.com/world/2009/apr/26/swine-flu')).toBe('The Guardian');
    expect(outletForUrl('https://news.riverside-gazette.co.uk/bridge')).toBe('riverside-gazette.co.uk');
    expect(outletForUrl('http://www.sbsun.com/2018/01/05/pot')).toBe('The San Bernardino Sun');
    expect(outletForUrl('http://127.0.0.1:8080/page')).toBeNull();
    expect(outletForUrl('not a url')).toBeNull();
    expect(registrableDomain('edition.example.com')).toBe('example.com');
  });

  it('tells a name from a sentence or an address', () => {
    expect(plausibleOutlet('Business Standard (IANS)')).toBe(true);
    expect(plausibleOutlet('Click here to subscribe to our newsletter today.')).toBe(false);
    expect(plausibleOutlet('https://x.example')).toBe(false);
    expect(plausibleOutlet('North and South Korean athletes will march together at the Winter Olympics')).toBe(false);
  });
});
