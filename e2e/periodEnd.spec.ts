/// <reference lib="dom" />
/**
 * The opening view leaves a label's room right of the story's period, so its last events show their titles:
 * a 600 px embed had framed the period with 86 px to spare, and mn10's events of 8 March 2016, the period's
 * end, showed as dots without a label (review 26).
 */
import { expect, seedStory, serveStories, test } from './support/fixtures.ts';

const ID = 'period-end';

/** The seed's events spread over November 2015 to March 2016, the first and the last two key, those "about" their day, as mn10's. */
function spreadStory() {
  // A recall of 2010 first: the period is then framed, not the whole axis (which leaves a label's room itself).
  const days = ['2010', '2015-11-03', '2015-11-03', '2015-11-20', '2015-12-10', '2016-01-15', '2016-02-02', '2016-03-08', '2016-03-08'];
  const events = seedStory.events.slice(0, days.length).map((e, i) => ({ ...e, date: { ...e.date, value: days[i]!, ...(i >= days.length - 2 ? { confidence: 0.42 } : {}) }, key: (i > 0 && i < 3) || i >= days.length - 2 }));
  return { ...seedStory, id: ID, events };
}

test('in a 600 by 500 embed the period\'s last events have their labels', async ({ page }) => {
  await serveStories(page, [spreadStory() as never]);
  await page.setViewportSize({ width: 600, height: 500 });
  await page.goto(`/embed.html?story=${ID}&height=500`);
  const axis = page.getByRole('region', { name: 'Timeline', exact: true }).getByRole('group', { name: 'Time axis' });
  // The period's last day (its second event may wait in a "+1": two lanes at this height).
  const marks = axis.getByRole('link', { name: /^about 8 March 2016: / });
  await expect(marks.first()).toBeVisible();
  for (const mark of await marks.all()) {
    // Drawn with its label, the label within the axis.
    await expect(mark).not.toHaveClass(/mark--unlabelled/);
    await expect(mark.locator('.mark-title')).toBeInViewport({ ratio: 0.9 });
  }
});
