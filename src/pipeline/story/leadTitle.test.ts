import { describe, expect, it } from 'vitest';
import { leadOpening, leadTitle } from './leadTitle.ts';
import { storyTitle } from './storyTitle.ts';

describe('leadTitle: a lead as a title, without its dateline or furniture', () => {
  it.each([
    ['LOS ANGELES (Reuters) - Police in riot gear closed in before dawn.', 'Police in riot gear closed in before dawn.'],
    ['TORONTO — Barry Sherman, a Canadian billionaire, was found dead.', 'Barry Sherman, a Canadian billionaire, was found dead.'],
    ['Seoul (CNN) North and South Korean athletes will march together.', 'North and South Korean athletes will march together.'],
    ['(CNN) A week after one of the deadliest mass shootings, Florida acted.', 'A week after one of the deadliest mass shootings, Florida acted.'],
    ["GAZA/JERUSALEM Israel's cabinet authorized the mobilization of reservists.", "Israel's cabinet authorized the mobilization of reservists."],
    ['LOS ANGELES -- A woman who owns a business sued the city.', 'A woman who owns a business sued the city.'],
    ['PACIFIC PALISADES (CBSLA) — Stephanie Smith describes herself as an agent.', 'Stephanie Smith describes herself as an agent.'],
    ["Story highlights Hamas' Cabinet headquarters is destroyed, Hamas TV reports", "Hamas' Cabinet headquarters is destroyed, Hamas TV reports"],
    ['CAIRO — The Muslim Brotherhood worked to stretch its lead Tuesday.', 'The Muslim Brotherhood worked to stretch its lead Tuesday.'],
    ['KUALA LUMPUR, April 27 (Reuters) - Harbour shares fell.', 'Harbour shares fell.'],
    ['By the CNN Wire Staff Protesters have embraced the troops since Monday.', 'Protesters have embraced the troops since Monday.'],
    ['By Ann Lee for CNN The mayor said the quay would close.', 'The mayor said the quay would close.'],
    ['By Ann Lee, Reuters The mayor said the quay would close.', 'The mayor said the quay would close.'],
    ['• Harbour master in isolation ward\n• Port closes its quays', 'Harbour master in isolation ward'],
  ])('%s', (lead, title) => expect(leadTitle(lead)).toBe(title));

  it("takes the paragraph after a photo's caption in the agencies' formula, without a picture's credit", () => {
    // On the pattern of mn02's AP page ("This image provided by the Montgomery County Correctional Facility
    // shows Bill Cosby ...") and a Guardian page of Timeline17 Iraq.
    expect(leadTitle('This image provided by the county jail shows the mayor on Tuesday.\n\nThe mayor spent his first night in jail.')).toBe('The mayor spent his first night in jail.');
    expect(leadTitle('FILE - In this photo, the mayor waves.\n\nPhotograph: Ann Lee/Getty In a grey coat, the mayor left the court.')).toBe('In a grey coat, the mayor left the court.');
    // A line about the author, and what a page writes about itself before its lead, go too (Reuters blogs and
    // a BBC page of Timeline17 H1N1).
    expect(leadTitle('-- Ann Lee is a Reuters columnist.\n\nThe opinions expressed are her own -- Harbour towns get no respect.')).toBe('Harbour towns get no respect.');
    expect(leadTitle('Last updated: 1 may, 2009 - 17:54 GMT The harbour shut down on Friday.')).toBe('The harbour shut down on Friday.');
    // A caption opening with its agency's credit (mn07's Wall Street Journal page), and a lead that names an agency as news.
    expect(leadTitle('Associated Press An Israeli soldier rides on top of a carrier near the border on Thursday.\n\nThe army began mobilizing reservists.')).toBe('The army began mobilizing reservists.');
    expect(leadTitle('Reuters reported the harbour shut down.\n\nIt reopened on Friday.')).toBe('Reuters reported the harbour shut down.');
    // A lead that only mentions a photo stays.
    expect(leadTitle('The mayor released a photo of the flood on Tuesday.\n\nIt showed the quay.')).toBe('The mayor released a photo of the flood on Tuesday.');
  });

  it('leaves a lead that opens with capitals but no dateline alone', () => {
    expect(leadTitle('NATO allies agreed on Tuesday to send more troops.')).toBe('NATO allies agreed on Tuesday to send more troops.');
    expect(leadTitle('US officials in Mexico City promised no mass deportations.')).toBe('US officials in Mexico City promised no mass deportations.');
    expect(leadTitle('O.J. Simpson Parole Hearing Could Lead To His Release')).toBe('O.J. Simpson Parole Hearing Could Lead To His Release');
  });

  it('cuts a long lead at a word, with an ellipsis', () => {
    const t = leadTitle(`TORONTO — ${'Word '.repeat(40)}end.`);
    expect(t.length).toBeLessThanOrEqual(90);
    expect(t.endsWith('…')).toBe(true);
    expect(t.startsWith('Word')).toBe(true);
  });
});

describe('leadTitle: a long lead cut as a headline, not at a character count', () => {
  // Written for these tests.
  it.each([
    ['The LAPD early Monday declared an unlawful assembly on the streets around City Hall and ordered the protesters to disperse or face arrest.', 'LAPD declared an unlawful assembly on the streets around City Hall'],
    // The time expression goes, as from an event's title, rather than the cut stopping before it ("... proposed").
    ['The governor and top state lawmakers proposed on Friday the most significant move toward gun control in the state in decades, backing new limits.', 'The governor and top state lawmakers proposed the most significant move toward gun control'],
    ['A second sentence never joins the title. The lead goes on here with more words than any title should ever hold in one line.', 'A second sentence never joins the title.'],
    // A leading "a week after ..." is when, not what: the main clause is the title (mn17's had been "A week
    // after one of the deadliest mass shootings", the phrase alone).
    ['(CNN) A week after one of the deadliest mass shootings in modern US history, Florida Gov. Rick Scott announced a comprehensive plan to keep students safe in his state.', 'Florida Gov. Rick Scott announced a comprehensive plan to keep students safe in his state'],
  ])('%s', (lead, title) => expect(leadTitle(lead)).toBe(title));
  it('gives a main clause\'s he, she, his or her the one person its leading clause names as subject', () => {
    // Written for this test, on the shapes of mn02's, mn13's and an H1N1 page's leads.
    expect(leadTitle('Shortly after Tom Hill was sentenced to ten years in prison, his lawyers attacked the verdict.')).toBe('Tom Hill’s lawyers attacked the verdict');
    expect(leadTitle('When Ann Lee leaves office for the first time in a decade, possibly as early as Oct. 1, she will open a bakery.')).toBe('Ann Lee will open a bakery');
    // Two people in the leading clause: whose the pronoun is, the sentence does not say.
    expect(leadTitle('When Tom Hill met Ann Lee at the harbour last week, she promised new money for the port.')).not.toMatch(/^(?:Tom Hill|Ann Lee) promised/);
  });

  it('keeps the lead\'s opening apart for the rank, which weighs it as a headline (leadOpening)', () => {
    const text = 'CAIRO — The Muslim Brotherhood worked to stretch its lead Tuesday as Egyptians returned to the polls in the final phase of the elections.';
    expect(leadOpening(text).startsWith('The Muslim Brotherhood worked')).toBe(true);
    expect(leadOpening(text).endsWith('…')).toBe(true);
  });
});

describe('storyTitle: a story without a title of its own', () => {
  it('takes the first article with a headline of its own, else the first article\'s title, else the id', () => {
    const articles = [{ title: 'Police cleared the camp' }, { title: 'Camp cleared as deadline passes' }];
    expect(storyTitle(undefined, articles, [null, 'Camp cleared as deadline passes'], 'occupy')).toBe('Camp cleared as deadline passes');
    expect(storyTitle(undefined, articles, [null, null], 'occupy')).toBe('Police cleared the camp');
    expect(storyTitle(undefined, [], [], 'occupy')).toBe('occupy');
    // No headline anywhere: a lead cut whole reads as one, a lead cut mid-sentence does not.
    const leads = [{ title: 'Less than a week before the businessman and his wife, Honey…' }, { title: 'Homicide detectives have taken over the investigation' }];
    expect(storyTitle(undefined, leads, [null, null], 'mn03')).toBe('Homicide detectives have taken over the investigation');
    expect(storyTitle(undefined, [leads[0]!], [null], 'mn03')).toBe(leads[0]!.title);
    expect(storyTitle('Given', articles, [null, null], 'occupy')).toBe('Given');
    // A lead opening with a pronoun names nobody either (mn02's first page).
    // Nor does a leading clause without the clause it leads.
    const cosby = [{ title: 'His defense team made fiery accusations of racism and sexism in statements' }, { title: 'Shortly after Bill Cosby was sentenced to three to 10 years in state prison' }, { title: 'Bill Cosby spent his first night behind bars at SCI Phoenix' }];
    expect(storyTitle(undefined, cosby, [null, null], 'mn02')).toBe('Bill Cosby spent his first night behind bars at SCI Phoenix');
  });
});
