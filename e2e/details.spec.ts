/// <reference lib="dom" />
import { expect, seedStory, seedWithSecondPassage, serveStories, StoryPage, test } from './support/fixtures.ts';

test.describe('event details', () => {
  test('show title, date, precision, how the date was found, summary and quotes', async ({ story }) => {
    await story.open('press-conference/');
    await expect(story.details.getByRole('heading', { level: 2 })).toHaveText('Kelly promises “no mass deportations” at joint news conference');
    await expect(story.details).toContainText('Thursday 23 February 2017');
    await expect(story.details).toContainText('precise to the day');
    await test.step('the evidence: which words, which article, which anchor date', async () => {
      await expect(story.details).toContainText('Stated in the text: “on Thursday night” in Business Standard, counted from Friday 24 February 2017');
      await expect(story.details).toContainText("The day of that name before the article's date, looking back (the sentence tells it as past)");
    });
    await test.step('"Show these words in the article" opens the reader with those very words marked in their sentence', async () => {
      await story.details.getByRole('link', { name: /Show these words in the article/ }).click();
      await expect(story.reader.locator('mark.current .evidence-words')).toHaveText('on Thursday night');
      await expect(story.page).toHaveURL(/&to=\d+/);
      await story.page.keyboard.press('Escape');
    });
    await test.step('quotes with their speakers', async () => {
      const quote = story.details.getByRole('figure').filter({ hasText: 'no mass deportations' });
      await expect(quote).toContainText('John Kelly');
    });
  });

  test('an inferred day the story is unsure of reads "about" in the details, the timeline and the list', async ({ story }) => {
    await story.open('tillerson-border-remarks/');
    await expect(story.details.locator('time').first()).toHaveText('about 23 February 2017');
    await expect(story.details).toContainText("uncertain (the day may be off): the story's evidence gives this day a 41% chance");
    // Its badge does not call it precise.
    await expect(story.details).toContainText('day uncertain');
    await expect(story.details).not.toContainText('precise to the day');
    await expect(story.mark(/Tillerson: illegal firearms/)).toHaveAccessibleName(/^about 23 February 2017/);
    await expect(story.row('Tillerson: illegal firearms')).toContainText('day uncertain');
    await expect(story.row('Tillerson: illegal firearms')).toHaveAccessibleName(/about 23 February 2017/);
    await test.step('a sure day does not', async () => {
      await expect(story.row('Kelly promises “no mass deportations” at joint news conference')).not.toContainText('day uncertain');
    });
  });

  test('a date taken from the sentences around the event says so and how sure it is; the text under the title is its own sentence', async ({ page }) => {
    // The real seed story as the pipeline builds it (the production build holds data/stories too).
    await page.goto('/us-officials-in-mexico-city/2017-02-23-military-operation-trump-white-house/');
    const details = page.getByRole('region', { name: 'Event details' });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('Mr Trump: “It’s a military operation”');
    await expect(details).toContainText('“It’s a military operation,” Mr Trump said at the White House');
    await expect(details).toContainText('Taken from the sentences around it, and counted from a publication date the story does not state.');
    await expect(details).toContainText(/Exact day uncertain \(the day may be off\): the story's evidence gives this day a \d+% chance/);
    await expect(details.locator('time').first()).toHaveText('about 23 February 2017');
  });

  test('a date from context the story is sure of is still never called precise, in the details, the list and the mark', async ({ page }) => {
    // The envoys' meeting: no date in its sentence, the one before it dates it (the real seed story).
    await page.goto('/us-officials-in-mexico-city/2017-02-23-envoys-spoke-meeting-mexico-foreign/');
    const details = page.getByRole('region', { name: 'Event details' });
    await expect(details.locator('.precision')).toHaveText('day from context');
    await expect(details).not.toContainText('precise to the day');
    const row = page.getByRole('region', { name: 'Events', exact: true }).locator('[data-event-id="2017-02-23-envoys-spoke-meeting-mexico-foreign"]');
    await expect(row).toContainText('day from context');
    await expect(page.locator('.timeline [data-event-id="2017-02-23-envoys-spoke-meeting-mexico-foreign"]')).toHaveClass(/mark--context/);
  });

  test('a week-precise date says so', async ({ story }) => {
    await story.open('dhs-memos/');
    await expect(story.details).toContainText('the week of 20 February 2017');
    await expect(story.details).toContainText('precise to the week');
    await expect(story.details).toContainText('Worked out from the words: “earlier this week” in EFE');
  });

  test('list the sources: publisher or title, original URL in a new tab, and Read in context', async ({ story }) => {
    await story.open('press-conference/');
    const items = story.sources.getByRole('listitem');
    await expect(items).toHaveCount(4);
    await test.step('an article without publisher is named by its title', async () => {
      await expect(items.first()).toContainText('U.S. Vows Mexico No Mass Deportations');
    });
    await test.step('the original URL opens in a new tab without opener', async () => {
      const original = story.sources.getByRole('link', { name: /Original article at Business Standard/ });
      await expect(original).toHaveAttribute('href', 'https://example.com/business-standard/no-mass-deportation');
      await expect(original).toHaveAttribute('target', '_blank');
      await expect(original).toHaveAttribute('rel', 'noopener noreferrer');
    });
    await test.step('Read in context opens the reader at the sentence, highlighted', async () => {
      await story.sources.getByRole('link', { name: /Read in context.*Business Standard/ }).click();
      await expect(story.reader.getByRole('heading', { level: 2 })).toHaveText('No mass deportation, US tells Mexico');
      const current = story.reader.locator('mark.current');
      await expect(current).toHaveText(/^The assurances came on Thursday night during a joint press conference/);
      await expect(current).toBeInViewport();
      await expect(story.page).toHaveURL(/read=001_2158e08e2ff1cba3&at=\d+/);
    });
  });

  test('an article that tells the event in several sentences shows every one of them, each readable in context', async ({ page }) => {
    // The press conference, with one more sentence of an article it already cites (as an editors' merge gives).
    const { doc, later } = seedWithSecondPassage();
    await serveStories(page, [doc as never]);
    const story = new StoryPage(page);
    await story.open('press-conference/');
    const more = story.sources.getByText('1 more sentence from this article');
    await expect(more).toBeVisible();
    await more.click();
    await expect(story.sources).toContainText(later.text);
    await story.sources.getByRole('link', { name: /Read in context.*this sentence in/ }).click();
    await expect(story.reader.locator('mark.current')).toHaveText(later.text);
  });

  test('a quotation several outlets give is shown once, with how many articles give it', async ({ page }) => {
    type Quote = { articleId: string; start: number; end: number; text: string; speaker: string | null };
    const doc = structuredClone(seedStory);
    const event = doc.events.find((e) => e.id === 'press-conference')! as (typeof doc.events)[number] & { quotes: Quote[] };
    const q = event.quotes[0]!;
    event.quotes.push({ ...q, articleId: '001_2158e08e2ff1cba3', text: `“${q.text.toUpperCase()},”` });
    await serveStories(page, [doc as never]);
    const story = new StoryPage(page);
    await story.open('press-conference/');
    const quote = story.details.getByRole('figure').filter({ hasText: /no mass deportations/i });
    await expect(quote).toHaveCount(1);
    await expect(quote).toContainText('John Kelly, in 2 articles');
  });

  test('an event the filters hide says so when it is open, with the way back to every event', async ({ story, page }) => {
    await story.open('press-conference/', '?q=firearms');
    await expect(story.details.getByRole('heading', { level: 2 })).toHaveText('Kelly promises “no mass deportations” at joint news conference');
    const note = story.details.getByRole('note').filter({ hasText: 'The filters hide this event' });
    await expect(note).toBeVisible();
    await note.getByRole('button', { name: 'Show all events' }).click();
    await expect(note).toHaveCount(0);
    await expect(story.search).toHaveValue('');
    await expect(page).not.toHaveURL(/q=firearms/);
  });

  test('"Show all events" by keyboard gives focus to the event\'s heading, not the page, for a date range too', async ({ story, page }) => {
    // An event outside the days asked for, opened by a link: the button goes with the note, and focus had
    // fallen to the page's body.
    await story.open('press-conference/', '?from=2017-01-01&to=2017-01-31');
    const heading = story.details.getByRole('heading', { level: 2 });
    const note = story.details.getByRole('note').filter({ hasText: 'The filters hide this event' });
    await note.getByRole('button', { name: 'Show all events' }).focus();
    await page.keyboard.press('Enter');
    await expect(note).toHaveCount(0);
    await expect(heading).toBeFocused();
    await expect(page).toHaveURL(/\/seed-fixture\/press-conference\/$/);
    await expect(story.mark(/Kelly promises “no mass/)).toBeVisible();
  });

  test('can be closed', async ({ story }) => {
    await story.open('dhs-orders/');
    await story.details.getByRole('link', { name: 'Close event details' }).click();
    await expect(story.details).toHaveCount(0);
    await expect(story.page).toHaveURL(/\/seed-fixture\/$/);
  });
});
