/// <reference lib="dom" />
import { expect, seedStory, test } from './support/fixtures.ts';

test.describe('the time axis', () => {
  test('places every event as a link named by its title and displayed date', async ({ story }) => {
    await story.open();
    await test.step('the timeline is a region with events in it', async () => {
      await expect(story.timeline).toBeVisible();
      // It opens on the story's own days (see period.spec.ts); "All dates" shows the January background too.
      await story.timeline.getByRole('button', { name: 'All dates' }).click();
      await expect(story.mark('Trump signs executive orders on immigration enforcement')).toHaveAccessibleName(/January 2017/);
      await expect(story.mark('DHS memos set new deportation priorities')).toHaveAccessibleName(/the week of 20 February 2017/);
    });
    await test.step('precision is visible: a week or month spans its range, a day does not', async () => {
      await story.open('dhs-memos/'); // a deep link frames its event: about two weeks across
      await expect(story.mark('DHS memos')).toHaveClass(/mark--range/);
      await expect(story.mark('DHS issues new orders')).toHaveClass(/mark--point/);
      const week = await story.mark('DHS memos').locator('.mark-span').boundingBox();
      const day = await story.mark('DHS issues new orders').locator('.mark-span').boundingBox();
      expect(week!.width).toBeGreaterThan(day!.width * 5);
    });
  });

  test('zooms with buttons, wheel and keys, and the ticks go from months to days, never hours (no event has a time)', async ({ story, page }) => {
    await story.open();
    const period = await story.ticks();
    await story.timeline.getByRole('button', { name: 'All dates' }).click();
    await expect.poll(async () => (await story.ticks()).join(' ')).toMatch(/2016/);
    // The view glides to its new span: the ticks are read once they hold still, not halfway there.
    let first: string[] = [];
    await expect.poll(async () => {
      const before = (await story.ticks()).join(' ');
      await page.waitForTimeout(150);
      first = await story.ticks();
      return first.join(' ') === before;
    }).toBe(true);
    await test.step('the zoom-in button narrows the view to days', async () => {
      for (let i = 0; i < 6 && await story.timeline.getByRole('button', { name: 'Zoom in', exact: true }).isEnabled(); i++) await story.timeline.getByRole('button', { name: 'Zoom in', exact: true }).click();
      await expect.poll(async () => (await story.ticks()).join(' ')).toMatch(/\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/);
    });
    await test.step('the wheel zooms further, to a day or two across, and the ticks stay days', async () => {
      const box = (await story.axis.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -400);
      await expect.poll(async () => (await story.ticks()).length).toBeLessThanOrEqual(4);
      const deep = (await story.ticks()).join(' ');
      expect(deep).toMatch(/\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/);
      expect(deep).not.toMatch(/\d\d:\d\d/);
    });
    await test.step('"All dates" returns to the full span, "Whole story" to the story\'s own period', async () => {
      await story.timeline.getByRole('button', { name: 'All dates' }).click();
      await expect.poll(() => story.ticks()).toEqual(first);
      await story.timeline.getByRole('button', { name: 'Whole story' }).click();
      await expect.poll(() => story.ticks()).toEqual(period);
      await story.timeline.getByRole('button', { name: 'All dates' }).click();
      await expect.poll(() => story.ticks()).toEqual(first);
    });
    await test.step('the - key zooms out and + zooms in while the axis has focus', async () => {
      await story.axis.focus();
      await page.keyboard.press('+');
      await page.keyboard.press('+');
      await expect.poll(() => story.ticks()).not.toEqual(first);
      await page.keyboard.press('-');
      await page.keyboard.press('-');
      await expect.poll(() => story.ticks()).toEqual(first);
    });
  });

  test('drags to pan', async ({ story, page }) => {
    await story.open();
    for (let i = 0; i < 5 && await story.timeline.getByRole('button', { name: 'Zoom in', exact: true }).isEnabled(); i++) await story.timeline.getByRole('button', { name: 'Zoom in', exact: true }).click();
    const before = await story.ticks();
    const box = (await story.axis.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 10);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 300, box.y + box.height - 10, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => story.ticks()).not.toEqual(before);
  });

  test('pinch zooms on a touch screen', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, viewport: { width: 900, height: 800 } });
    const page = await context.newPage();
    const { serveStories, StoryPage } = await import('./support/fixtures.ts');
    await serveStories(page, [seedStory as never]);
    const story = new StoryPage(page);
    await story.open();
    const before = await story.ticks();
    const box = (await story.axis.boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const y = box.y + box.height / 2;
    const cx = box.x + box.width / 2;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: cx - d, y, id: 1 }, { x: cx + d, y, id: 2 }] });
    await touch('touchStart', 20);
    for (let d = 30; d <= 200; d += 10) await touch('touchMove', d);
    await touch('touchEnd', 0);
    await expect.poll(() => story.ticks()).not.toEqual(before);
    await context.close();
  });

  test('events of one day stay distinct, and a dense stretch clusters and opens as you zoom', async ({ story }) => {
    await story.open();
    const sameDay = seedStory.events.filter((e) => e.date.value === '2017-02-23');
    expect(sameDay.length).toBeGreaterThan(4);
    const cluster = story.timeline.getByRole('button', { name: /more events/ });
    await test.step('at the whole-story zoom the crowded day is a cluster', async () => {
      await expect(cluster.first()).toBeVisible();
    });
    await test.step('opening the cluster zooms in until they all have their own mark', async () => {
      for (let i = 0; i < 4 && (await cluster.count()) > 0; i++) await cluster.first().click();
      for (const e of sameDay) await expect(story.mark(e.title)).toBeVisible();
      const boxes = await Promise.all(sameDay.map((e) => story.mark(e.title).boundingBox()));
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          expect(overlap, `${sameDay[i]!.title} / ${sameDay[j]!.title} overlap`).toBe(false);
        }
      }
    });
  });

  test('selecting an event marks it current on the axis and in the list', async ({ story }) => {
    await story.open();
    await story.mark('Videgaray warns').click();
    await expect(story.mark('Videgaray warns')).toHaveAttribute('aria-current', 'true');
    await expect(story.row('Videgaray warns')).toHaveAttribute('aria-current', 'true');
    await expect(story.details.getByRole('heading', { level: 2 })).toHaveText(/Videgaray warns/);
  });

  test('a selected event wider than the view (a year among days) is framed whole; a day only pans', async ({ story }) => {
    await story.open();
    await expect.poll(async () => (await story.ticks()).join(' ')).toMatch(/\d{1,2} Feb/);
    await story.list.getByRole('button', { name: /^Show background/ }).click();
    await story.row('Trump speaks of a “deportation force” during the campaign').click();
    // 2016 whole: the ticks are months, not the first days of January.
    await expect.poll(async () => (await story.ticks()).join(' ')).toMatch(/(Apr|May|Jun|Jul|Aug|Sep|Oct)/);
    await expect.poll(async () => (await story.ticks()).join(' ')).not.toMatch(/\d{1,2} Jan/);
    await expect(story.mark(/deportation force/)).toBeVisible();
    await story.row('Videgaray warns').click();
    await expect(story.mark('Videgaray warns')).toHaveAttribute('aria-current', 'true');
    await expect(story.mark('Videgaray warns')).toBeVisible();
    // A day selected at this zoom is only panned to: the ticks stay months, never days.
    await expect.poll(async () => (await story.ticks()).join(' ')).toMatch(/Feb/);
    expect((await story.ticks()).join(' ')).not.toMatch(/\b\d{1,2} (?:Jan|Feb|Mar)\b/);
  });

  test('a zoom by keyboard says the days it brought on screen, once it rests; the opening view says nothing', async ({ story, page }) => {
    await story.open();
    const status = story.timeline.getByRole('status');
    await page.waitForTimeout(800);
    await expect(status).toHaveText('');
    await story.timeline.getByRole('button', { name: 'Zoom in' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(status).toHaveText(/^Showing \d{1,2} [A-Z][a-z]{2,3} 2017 to \d{1,2} [A-Z][a-z]{2,3} 2017\.$/);
    const zoomedIn = await status.textContent();
    await story.timeline.getByRole('button', { name: 'Whole story' }).press('Enter');
    await expect(status).not.toHaveText(zoomedIn!);
    await expect(status).toHaveText(/^Showing .+ 2017\.$/);
  });
});
