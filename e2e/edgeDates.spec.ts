/// <reference lib="dom" />
/**
 * A label narrowed at the screen's edge shows its date whole, however shortened, or is not drawn: a 600 px
 * embed of mn10 had shown "about 8 Ma…" at its right edge for about 8 March 2016, the month and the year left
 * to guess (review 25). Such a mark keeps its name, and the arrow keys and the list still reach it.
 */
import { expect, seedStory, serveStories, test } from './support/fixtures.ts';

test('a label the right edge narrows never shows its date cut short', async ({ page }) => {
  // The seed story with a last event told with little confidence, "about 26 Feb 2017" (some 100 px of text),
  // and a title whose first words are short, so they fit where the date does not (mn10's "Cook County…").
  const doc = structuredClone(seedStory) as unknown as { id: string; events: { id: string; title: string; date: { value: string; confidence?: number } }[] };
  doc.id = 'about-last-day';
  const last = doc.events.find((e) => e.id === 'pena-nieto-meeting')!;
  last.date = { ...last.date, value: '2017-02-26', confidence: 0.3 };
  last.title = 'US to see Peña Nieto';
  await serveStories(page, [doc as never]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/about-last-day/');
  const axis = page.getByRole('region', { name: 'Timeline', exact: true }).getByRole('group', { name: 'Time axis' });
  const mark = axis.getByRole('link', { name: /^about 26 February 2017: US to see/ });
  await expect(mark).toBeVisible();
  const box = (await axis.boundingBox())!;
  // Drag the axis right in 12 px steps, the label's room at the right edge shrinking step by step until the
  // mark leaves the screen; at each rest, no label drawn may show a date cut short.
  const cut: string[] = [];
  const y = box.y + box.height - 40;
  let x = box.x + 300;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 0; step < 90 && await mark.count(); step++) {
    x += 12;
    await page.mouse.move(x, y);
    await page.waitForTimeout(160); // the view redraws exactly 100 ms after it rests
    const dates = await axis.getByRole('link').evaluateAll((marks) => marks
      .filter((m) => !m.classList.contains('mark--unlabelled'))
      .map((m) => m.querySelector<HTMLElement>('.mark-date')!)
      .filter((d) => d.scrollWidth > d.clientWidth + 1)
      .map((d) => d.textContent ?? ''));
    cut.push(...dates);
  }
  await page.mouse.up();
  expect(await mark.count(), 'the drag carried the mark off the screen').toBe(0);
  expect(cut).toEqual([]);
});
