/// <reference lib="dom" />
/**
 * The embed in a small frame (400 by 320 px): the selected event's details take the frame in place of the
 * timeline and the list, with "Back to the timeline" to return (they had got 96 px: two lines of the event).
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './support/embed.ts';
import { seedStory } from './support/fixtures.ts';

/** Is the element's box wholly inside the iframe's box on the host page? */
async function withinFrame(el: Locator, frame: Locator): Promise<boolean> {
  const [b, f] = [(await el.boundingBox())!, (await frame.boundingBox())!];
  return b.y >= f.y - 1 && b.y + b.height <= f.y + f.height + 1 && b.x >= f.x - 1 && b.x + b.width <= f.x + f.width + 1;
}

test('in a 400 x 320 frame the selected event takes the frame, and "Back to the timeline" returns by keyboard', async ({ host, page }) => {
  const messages: string[] = [];
  page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') messages.push(`${m.type()}: ${m.text()}`); });
  // The host page's body has 24 px of padding each side: the iframe (width 100%) is 400 px wide.
  await page.setViewportSize({ width: 448, height: 700 });
  await host.open('height=320');
  const frameBox = (await host.iframe.boundingBox())!;
  expect(Math.round(frameBox.width)).toBe(400);
  const row = host.list.getByRole('link', { name: /Kelly promises/ });
  await row.focus();
  await page.keyboard.press('Enter');
  const title = host.details.getByRole('heading', { level: 2, name: /Kelly promises/ });
  await expect(title).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('embed-400x320-open.png'), clip: { x: 0, y: 0, width: 448, height: frameBox.y + 340 } });

  await test.step('the title and the details are inside the frame, the header too; the frame keeps its height', async () => {
    await expect(host.frame.getByRole('heading', { level: 1 })).toBeInViewport();
    expect(await withinFrame(title, host.iframe)).toBe(true);
    // Most of the frame is the details' panel.
    const panel = (await host.details.evaluate((d) => d.parentElement!.getBoundingClientRect().height));
    expect(panel).toBeGreaterThanOrEqual(200);
    // The summary sentence, a quote and the first source are within reach: visible once scrolled in their panel.
    await expect(host.details.getByRole('blockquote').first()).toBeVisible();
    const sources = host.details.getByRole('list', { name: 'Sources' });
    await sources.getByRole('listitem').first().scrollIntoViewIfNeeded();
    await expect(sources.getByRole('listitem').first()).toBeInViewport();
    expect(await withinFrame(sources.getByRole('link', { name: /Read in context/ }).first(), host.iframe)).toBe(true);
    const v = await host.embedFrame().evaluate(() => ({ scrollY: window.scrollY, overflow: document.documentElement.scrollHeight - window.innerHeight, height: document.documentElement.scrollHeight }));
    expect(v.scrollY).toBe(0);
    expect(v.overflow).toBeLessThanOrEqual(0);
    expect(v.height).toBeLessThanOrEqual(320);
    // The timeline and the list give way while the event is open.
    await expect(host.timeline).toBeHidden();
    await expect(host.list).toBeHidden();
  });

  await test.step('focus went to the event, and "Back to the timeline" is reached and used by keyboard', async () => {
    await expect(title).toBeFocused();
    const back = host.frame.getByRole('button', { name: 'Back to the timeline' });
    await expect(back).toBeVisible();
    // Shift+Tab from the title reaches it, past the details' own top line (date, Close): it stands before them.
    for (let i = 0; i < 4 && !(await back.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
    await expect(back).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(host.details).toHaveCount(0);
    await expect(host.timeline).toBeVisible();
    await expect(row).toBeVisible();
    // Focus is back on the row the event was opened from.
    await expect(row).toBeFocused();
    await page.screenshot({ path: test.info().outputPath('embed-400x320-back.png'), clip: { x: 0, y: 0, width: 448, height: frameBox.y + 340 } });
  });

  await test.step('the reader takes the frame as well, with its passage in view; Back closes it and the event', async () => {
    await row.click();
    await host.details.getByRole('link', { name: /Read in context/ }).first().click();
    const reader = host.frame.getByRole('region', { name: 'Reader', exact: true });
    await expect(reader.locator('mark.current, [aria-current]').first()).toBeInViewport();
    expect(await withinFrame(reader.getByRole('heading', { level: 2 }), host.iframe)).toBe(true);
    await expect(host.timeline).toBeHidden();
    await page.screenshot({ path: test.info().outputPath('embed-400x320-reader.png'), clip: { x: 0, y: 0, width: 448, height: frameBox.y + 340 } });
    await host.frame.getByRole('button', { name: 'Back to the timeline' }).click();
    await expect(reader).toHaveCount(0);
    await expect(host.details).toHaveCount(0);
    await expect(host.timeline).toBeVisible();
  });

  await test.step('on the timeline, the arrows step through events with the timeline in view; Enter gives the event the frame', async () => {
    await host.axis.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const second = host.details.getByRole('heading', { level: 2 });
    await expect(second).toBeVisible();
    await expect(host.timeline).toBeVisible();
    await expect(host.frame.getByRole('button', { name: 'Back to the timeline' })).toHaveCount(0);
    expect(await host.embedFrame().evaluate(() => !!document.activeElement?.closest('[data-event-id]'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect(host.timeline).toBeHidden();
    await expect(second).toBeFocused();
    await host.frame.getByRole('button', { name: 'Back to the timeline' }).press('Enter');
    await expect(host.timeline).toBeVisible();
    await expect(host.details).toHaveCount(0);
    // Focus is back on the timeline: the event's mark, or the axis where the event went back into a "+N".
    expect(await host.embedFrame().evaluate(() => !!document.activeElement?.closest('.timeline'))).toBe(true);
  });
  await test.step('a click on a mark gives its event the frame', async () => {
    const mark = host.timeline.getByRole('link').filter({ visible: true }).first();
    const name = (await mark.textContent())!;
    await mark.click();
    await expect(host.timeline).toBeHidden();
    const heading = host.details.getByRole('heading', { level: 2 });
    await expect(heading).toBeInViewport();
    expect(name).toContain(await heading.textContent());
  });
  expect(messages).toEqual([]);
});

test('in a 400 x 320 frame each event opens at its top, though the one before was read halfway down', async ({ host, page }) => {
  // The ceasefire story at 400 by 320: Tab through an event's links scrolled its panel down, and the events
  // the arrows opened next showed from their middle, their date and title above the panel's top; Enter
  // then gave focus to a title out of sight.
  await page.setViewportSize({ width: 448, height: 700 });
  await host.open('height=320&event=press-conference');
  const side = () => host.embedFrame().evaluate(() => document.querySelector('.embed-side')!.scrollTop);
  await host.details.getByRole('link', { name: /Read in context/ }).last().focus();
  await host.embedFrame().evaluate(() => { const s = document.querySelector('.embed-side')!; s.scrollTop = s.scrollHeight; });
  expect(await side()).toBeGreaterThan(50);
  await host.frame.getByRole('button', { name: 'Back to the timeline' }).press('Enter');
  await host.axis.focus();
  await page.keyboard.press('Home');
  const heading = host.details.getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(seedStory.events[0]!.title);
  await expect(heading).toBeInViewport();
  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText(seedStory.events[1]!.title);
  await expect(heading).toBeInViewport();
  await host.embedFrame().evaluate(() => { const s = document.querySelector('.embed-side')!; s.scrollTop = s.scrollHeight; });
  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText(seedStory.events[2]!.title);
  await expect(heading).toBeInViewport();
  await host.embedFrame().evaluate(() => { const s = document.querySelector('.embed-side')!; s.scrollTop = s.scrollHeight; });
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
