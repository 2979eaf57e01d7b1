/// <reference lib="dom" />
import { expect, seedStory, serveStories, StoryPage, test } from './support/fixtures.ts';

/**
 * What the corpora store as it is shown: a detokenizer's backtick quotes in a title (Timeline17 Iraq), an
 * escaped asterisk for a bullet (H1N1), a sentence that opens with its own quotation mark (mn03), and the
 * names built from parts (a mark's date and title, "Read in context" and its article). Display only: the
 * offsets of marks and links are the stored text's.
 */
test.describe('text as shown', () => {
  const title = "` I'll hold Blair to account ' Reg Keys wasn't interested in politics";
  const shownTitle = "‘I'll hold Blair to account’ Reg Keys wasn't interested in politics";
  const p1 = '"Barry Sherman was a reserved man, private," he said on Thursday.';
  const p2 = 'Some facts about past pandemic threats: \\* The 1918 Spanish influenza pandemic killed millions on Friday.';
  const text = `${p1}\n\n${p2}`;

  async function open(page: import('@playwright/test').Page, path: string): Promise<StoryPage> {
    const start = text.indexOf(p2);
    const words = text.indexOf('on Friday');
    const doc = {
      ...seedStory,
      id: 'shown',
      title: 'Shown text',
      articles: [{ ...seedStory.articles[0]!, id: 'a', title, publisher: null, text }],
      events: [
        { ...seedStory.events[3]!, id: 'e1', title: 'Sherman described', actors: [], quotes: [],
          date: { value: '2017-02-23', granularity: 'day', source: 'stated', evidence: null },
          summary: p1, mentions: [{ articleId: 'a', start: 0, end: p1.length, text: p1 }] },
        { ...seedStory.events[3]!, id: 'e2', title: 'The 1918 pandemic recalled', actors: [], quotes: [],
          date: { value: '2017-02-24', granularity: 'day', source: 'stated', evidence: { articleId: 'a', text: 'on Friday', start: words, end: words + 9, anchor: null, note: 'named day' } },
          summary: p2, mentions: [{ articleId: 'a', start, end: start + p2.length, text: p2 }] },
      ],
    };
    await serveStories(page, [doc as never]);
    const story = new StoryPage(page);
    await page.goto(`/shown/${path}`);
    return story;
  }

  test('names made of parts have no space before their colon', async ({ page }) => {
    const story = await open(page, 'e1/');
    await expect(story.mark(/Sherman described/)).toHaveAccessibleName('Thursday 23 February 2017: Sherman described');
    await expect(story.sources.getByRole('link', { name: /Read in context/ })).toHaveAccessibleName(`Read in context: ${shownTitle}`);
  });

  test('a sentence with its own quotation marks is not given a second pair; a title with backtick quotes reads as written', async ({ page }) => {
    const story = await open(page, 'e1/');
    await expect(story.sources.locator('.source-sentence')).toHaveText('“‘Barry Sherman was a reserved man, private,’ he said on Thursday.”');
    await expect(story.sources.locator('.source-name')).toHaveText(shownTitle);
    await story.sources.getByRole('link', { name: /Read in context/ }).click();
    await expect(story.reader.getByRole('heading', { level: 2 })).toHaveText(shownTitle);
  });

  test('an escaped asterisk is a bullet, in the details and the reader, its words highlighted where they are', async ({ page }) => {
    const story = await open(page, 'e2/');
    const bulleted = 'Some facts about past pandemic threats: • The 1918 Spanish influenza pandemic killed millions on Friday.';
    await expect(story.details.locator('.details-summary')).toHaveText(bulleted);
    await expect(story.sources.locator('.source-sentence')).toHaveText(`“${bulleted}”`);
    await expect(story.details.locator('.evidence cite')).toHaveText(shownTitle);
    await story.details.getByRole('link', { name: 'Show these words in the article' }).click();
    await expect(story.reader.locator('mark.current')).toHaveText(bulleted);
    await expect(story.reader.locator('mark.current strong.evidence-words')).toHaveText('on Friday');
    await expect(story.reader.locator('.reader-text')).not.toContainText('\\*');
  });
});
