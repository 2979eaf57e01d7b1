/// <reference lib="dom" />
import { expect, seedStory, seedWithSecondPassage, serveStories, StoryPage, test } from './support/fixtures.ts';

test.describe('the reader', () => {
  test('shows the cleaned article with every supporting sentence marked and linked to its event', async ({ story }) => {
    const article = seedStory.articles.find((a) => a.id === '004_a64dbdd333cede17')!;
    await story.open('', `?read=${article.id}`);
    await expect(story.reader.getByRole('heading', { level: 2 })).toHaveText(article.title);
    await test.step('paragraphs come from blank lines', async () => {
      await expect(story.reader.locator('.reader-text p')).toHaveCount(article.text.split(/\n\s*\n/).length);
    });
    await test.step('each event sentence is a marked link to its event', async () => {
      const sentences = new Set(seedStory.events.flatMap((e) => e.mentions.filter((m) => m.articleId === article.id).map((m) => m.start)));
      await expect(story.reader.locator('a.mention mark')).toHaveCount(sentences.size);
      await story.reader.getByRole('link', { name: /warning Wednesday that Mexico would not accept/ }).focus();
      await story.page.keyboard.press('Enter');
      await expect(story.details.getByRole('heading', { level: 2 })).toHaveText(/Videgaray warns/);
      // Focus goes with it to the details' heading, not to the page (the reader it was in is gone).
      await expect(story.details.getByRole('heading', { level: 2 })).toBeFocused();
    });
  });

  test('steps through the open event\'s passages of the article, one by one', async ({ page }) => {
    const { doc, cited, later } = seedWithSecondPassage();
    await serveStories(page, [doc as never]);
    const story = new StoryPage(page);
    await story.open('press-conference/', `?read=${cited.articleId}&at=${cited.start}`);
    const steps = story.reader.getByRole('navigation', { name: 'This event in the article' });
    await expect(steps).toContainText('Passage 1 of 2 about this event');
    const next = steps.getByRole('button', { name: 'Next passage' });
    await next.click();
    await expect(steps).toContainText('Passage 2 of 2 about this event');
    await expect(story.reader.locator('mark.current')).toHaveText(later.text);
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    await steps.getByRole('button', { name: 'Previous passage' }).click();
    await expect(steps).toContainText('Passage 1 of 2 about this event');
    await test.step('by keyboard, focus stays on the button pressed, both in sight, and the step says the passage it reached', async () => {
      // A short window: the reader's panel scrolls to the passage, and the button must not scroll away with the text.
      await page.setViewportSize({ width: 1280, height: 420 });
      await next.focus();
      await page.keyboard.press('Enter');
      await expect(steps.getByRole('status')).toHaveText(`Passage 2 of 2 about this event: ${later.text}`);
      await expect(next).toBeFocused();
      await expect(story.reader.locator('mark.current')).toBeInViewport();
      await expect(next).toBeInViewport({ ratio: 1 });
      // The steps lie under the reader's top line, and the passage below them both, never under them.
      await expect.poll(() => story.reader.evaluate((r) => {
        const top = r.querySelector(':scope > .details-top')!.getBoundingClientRect();
        const bar = r.querySelector(':scope > .reader-steps')!.getBoundingClientRect();
        const mark = r.querySelector('mark.current')!.getBoundingClientRect();
        return bar.top >= top.bottom - 1 && mark.top >= bar.bottom - 1;
      })).toBe(true);
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await expect(steps.getByRole('status')).toHaveText(/^Passage 1 of 2 about this event: /);
      await expect(steps.getByRole('button', { name: 'Previous passage' })).toBeFocused();
    });
  });

  test('in a 400 x 320 embed the passage steps sit under the wrapped top line, and the passage below both', async ({ page }) => {
    const { doc, cited } = seedWithSecondPassage();
    const article = doc.articles.find((a) => a.id === cited.articleId)!;
    // An outlet's name that wraps the top line at this width, as "Unknown outlet · Thursday 10 February 2011" did.
    article.publisher = 'The Independent on Sunday and Morning Chronicle';
    // Paragraphs after the text (offsets unchanged): the panel has room to scroll the passage up under its bars.
    article.text += '\n\nThe rest of the report followed.'.repeat(30);
    await serveStories(page, [doc as never]);
    await page.setViewportSize({ width: 400, height: 320 });
    await page.goto(`/embed.html?story=${doc.id}&event=press-conference&height=320`);
    const reader = page.getByRole('region', { name: 'Reader', exact: true });
    await page.locator(`.sources .source-links a[href*="read=${cited.articleId}&"]`).first().click();
    const next = reader.getByRole('button', { name: 'Next passage' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(next).toBeFocused();
    await expect(reader.locator('mark.current')).toBeInViewport();
    await page.waitForTimeout(700); // the panel's smooth scroll comes to rest
    const where = await reader.evaluate((r) => {
      const top = r.querySelector(':scope > .details-top')!.getBoundingClientRect();
      const bar = r.querySelector(':scope > .reader-steps')!.getBoundingClientRect();
      const mark = r.querySelector('mark.current')!.getBoundingClientRect();
      return `${bar.top >= top.bottom - 1 ? 'steps under the top line' : 'steps over it'}; ${mark.top >= bar.bottom - 1 ? 'passage below' : 'passage under the steps'}`;
    });
    expect(where).toBe('steps under the top line; passage below');
  });

  test('in a small embed the reader keeps one slim bar over the text; a desktop window keeps the top line too', async ({ page }) => {
    const { doc, cited, later } = seedWithSecondPassage();
    const article = doc.articles.find((a) => a.id === cited.articleId)!;
    article.publisher = 'The Independent on Sunday and Morning Chronicle';
    article.text += '\n\nThe rest of the report followed.'.repeat(30);
    await serveStories(page, [doc as never]);
    const stuck = (reader: ReturnType<typeof page.getByRole>) => reader.evaluate((r) => {
      // What covers the text at the panel's top: the bars that stick, from the reader's scroller's top.
      const panel = r.closest('.embed-side, .side')!.getBoundingClientRect();
      const bars = [...r.querySelectorAll<HTMLElement>(':scope > .details-top, :scope > .reader-steps')].filter((b) => getComputedStyle(b).position === 'sticky');
      return Math.max(0, ...bars.map((b) => b.getBoundingClientRect().bottom - Math.max(panel.top, 0)));
    });
    await test.step('400 x 320: the passage steps alone stick, on one line, and still say the passage', async () => {
      await page.setViewportSize({ width: 400, height: 320 });
      await page.goto(`/embed.html?story=${doc.id}&event=press-conference&height=320`);
      await page.locator(`.sources .source-links a[href*="read=${cited.articleId}&"]`).first().click();
      const reader = page.getByRole('region', { name: 'Reader', exact: true });
      const next = reader.getByRole('button', { name: 'Next passage' });
      await next.focus();
      await page.keyboard.press('Enter');
      await expect(reader.getByRole('status')).toHaveText(`Passage 2 of 2 about this event: ${later.text}`);
      await expect(reader.locator('mark.current')).toBeInViewport();
      await page.waitForTimeout(700); // the panel's smooth scroll comes to rest
      // The top line and the steps, each wrapped on two lines, had covered 112 px of the panel's 238.
      expect(await stuck(reader)).toBeLessThanOrEqual(40);
      // The article's name, its title line scrolled away, stays on the steps' line (cut to the room left).
      await expect(reader.locator('.reader-steps-source')).toHaveText(/^The Independent on Sunday and Morning Chronicle: /);
      await expect(reader.locator('.reader-steps-source')).toBeInViewport({ ratio: 1 });
      await expect(reader.locator('.reader-title')).not.toBeInViewport();
      await expect(next).toBeInViewport({ ratio: 1 });
      await expect(reader.locator('mark.current')).toBeInViewport({ ratio: 1 });
    });
    await test.step('1280 x 800: the top line (outlet, date, Close) stays in view over the text as before', async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      const story = new StoryPage(page);
      await story.open('press-conference/', `?read=${cited.articleId}&at=${later.start}`);
      await expect(story.reader.locator('mark.current')).toBeInViewport();
      await story.reader.locator('.reader-text p').last().scrollIntoViewIfNeeded();
      await expect(story.reader.getByRole('link', { name: 'Close the reader' })).toBeInViewport();
      await expect(story.reader.getByRole('navigation', { name: 'This event in the article' })).toContainText('about this event');
      expect(await story.reader.evaluate((r) => r.querySelector('.reader-steps-more')!.getBoundingClientRect().width)).toBeGreaterThan(20);
    });
  });

  test('in one column (a phone, 200% zoom) a step keeps its passage in view: the page had gone back to the article\'s top', async ({ page }) => {
    const doc = structuredClone(seedStory);
    const event = doc.events.find((e) => e.id === 'press-conference')!;
    const cited = event.mentions.find((m) => !(m as { part?: string }).part)!;
    const article = doc.articles.find((a) => a.id === cited.articleId)!;
    // A second passage forty paragraphs further down (offsets before it unchanged).
    article.text += '\n\nThe rest of the report followed.'.repeat(40) + '\n\n';
    const later = 'The president spoke about the border again at the end of the day.';
    event.mentions.push({ articleId: article.id, start: article.text.length, end: article.text.length + later.length, text: later });
    article.text += later;
    await serveStories(page, [doc as never]);
    await page.setViewportSize({ width: 390, height: 844 });
    const story = new StoryPage(page);
    await story.open('press-conference/', `?read=${article.id}&at=${cited.start}`);
    const steps = story.reader.getByRole('navigation', { name: 'This event in the article' });
    await expect(steps.getByRole('status')).toHaveText(/^Passage 1 of 2/);
    const next = steps.getByRole('button', { name: 'Next passage' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(story.reader.locator('mark.current')).toHaveText(later);
    await page.waitForTimeout(1200); // smooth scrolls come to rest
    await expect(story.reader.locator('mark.current')).toBeInViewport();
    await expect(next).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(steps.getByRole('status')).toHaveText(/^Passage 1 of 2/);
    await page.waitForTimeout(1200);
    await expect(story.reader.locator('mark.current')).toBeInViewport();
  });

  test('with the page scrolled to its end, the reader\'s top line and Close are whole, not under the window\'s top edge', async ({ story, page }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    await story.open('dhs-orders/');
    await story.sources.getByRole('link', { name: /Read in context/ }).first().click();
    await expect(story.reader).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(300);
    // The side panel sticks 1rem under the window's top at its full height (the window's less 2rem); the 3rem
    // under the columns had let the page scroll 32 px further, and the panel's top went under the edge with
    // the reader's top line ("Unknown outlet · 17 December", Close) cut in half (mn03 at 1280 x 800).
    expect(await page.locator('.side').evaluate((s) => Math.round(s.getBoundingClientRect().top))).toBeGreaterThanOrEqual(0);
    await expect(story.reader.getByRole('link', { name: 'Close the reader' })).toBeInViewport({ ratio: 1 });
  });

  test('Escape on the timeline closes it, and Back reopens it', async ({ story, page }) => {
    await story.open('dhs-orders/');
    await story.sources.getByRole('link', { name: /Read in context/ }).first().click();
    await expect(story.reader).toBeVisible();
    await story.axis.focus();
    await page.keyboard.press('Escape');
    await expect(story.reader).toHaveCount(0);
    await expect(story.details).toBeVisible();
    await page.goBack();
    await expect(story.reader).toBeVisible();
  });

  test('a marked passage names its event\'s date as the viewer does: "about" where the day is unsure', async ({ story }) => {
    await story.open('tillerson-border-remarks/', '?read=000_040d3fae169fa766&at=1042');
    await expect(story.reader.locator('a.mention[title^="Tillerson: illegal firearms"]').first()).toHaveAttribute('title', /\(about 23 February 2017\)$/);
  });

  test('Escape inside the reader closes it and gives focus back to the link that opened it; a link to a passage shows it', async ({ story, page }) => {
    await story.open('dhs-orders/');
    const opener = story.sources.getByRole('link', { name: /Read in context/ }).first();
    await opener.click();
    await expect(story.reader).toBeVisible();
    await page.keyboard.press('Escape'); // focus is on the marked passage, inside the reader
    await expect(story.reader).toHaveCount(0);
    await expect(opener).toBeFocused();
    await test.step('opened from the article list, it gives focus back to the article\'s link', async () => {
      await story.open();
      const article = page.getByRole('region', { name: 'Articles' }).getByRole('link').first();
      await article.focus();
      await page.keyboard.press('Enter');
      await expect(story.reader).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(story.reader).toHaveCount(0);
      await expect(article).toBeFocused();
      await expect(article).toBeInViewport();
    });
    // Opened from a link, in a short window: the page scrolls to the marked passage once.
    await page.setViewportSize({ width: 1280, height: 600 });
    const mention = seedStory.events.find((e) => e.id === 'dhs-orders')!.mentions[0]!;
    await story.open('dhs-orders/', `?read=${mention.articleId}&at=${mention.start}`);
    await expect(story.reader.locator('.mention--current, [aria-current]').first()).toBeInViewport();
  });
});

test.describe('a tokenized article (Timeline17)', () => {
  test('reads as a reader writes, its passage and the words of a link highlighted where the offsets say', async ({ page }) => {
    const p1 = "WASHINGTON -LRB- AP -RRB- -- Kelly said Thursday that `` there will be no mass deportations '' , and the U.S. would n't use force .";
    const p2 = "Mexico 's foreign minister met Tillerson ` behind scenes ' for hours , officials said .";
    const text = `${p1}\n\n${p2}`;
    const at = text.indexOf('` behind');
    const to = text.indexOf("' for") + 1;
    const doc = {
      ...seedStory,
      id: 'tokenized',
      title: 'Tokenized corpus',
      articles: [{ ...seedStory.articles[0]!, id: 'a', title: 'Kelly vows `` no mass deportations \'\'', text }],
      events: (['e1', 'e2'] as const).map((id, i) => {
        const start = i ? text.indexOf(p2) : 0;
        const end = start + (i ? p2 : p1).length;
        return { ...seedStory.events[3]!, id, title: i ? 'Mexico\'s minister meets Tillerson' : 'Kelly vows “no mass deportations”', actors: [], quotes: [],
          date: { value: `2017-02-2${i + 2}`, granularity: 'day', source: 'stated', evidence: null },
          summary: text.slice(start, end), mentions: [{ articleId: 'a', start, end, text: text.slice(start, end) }] };
      }),
    };
    await serveStories(page, [doc as never]);
    const story = new StoryPage(page);
    await page.goto(`/tokenized/e2/?read=a&at=${at}&to=${to}`);
    await expect(story.reader.getByRole('heading', { level: 2 })).toHaveText('Kelly vows “no mass deportations”');
    const paragraphs = story.reader.locator('.reader-text p');
    await expect(paragraphs).toHaveText([
      'WASHINGTON (AP) -- Kelly said Thursday that “there will be no mass deportations”, and the U.S. wouldn\'t use force.',
      'Mexico\'s foreign minister met Tillerson ‘behind scenes’ for hours, officials said.',
    ]);
    // The link's passage is the second paragraph's sentence, its words in bold: offsets unchanged by the display.
    await expect(story.reader.locator('mark.current')).toHaveText(/^Mexico's foreign minister met Tillerson ‘behind scenes’ for hours, officials said\.$/);
    await expect(story.reader.locator('mark.current strong.evidence-words')).toHaveText('‘behind scenes’');
    // Each passage still links to its event.
    await story.reader.getByRole('link', { name: /no mass deportations”, and the U\.S\. wouldn't use force\./ }).click();
    await expect(story.details.getByRole('heading', { level: 2 })).toHaveText('Kelly vows “no mass deportations”');
    // The details show the event's sentence as the reader does (it had kept "-LRB- AP -RRB-", "`` ... ''" and "would n't").
    // Its own quotation marks made single inside the pair that quotes it (review 22).
    await expect(story.sources.locator('.source-sentence')).toHaveText('“WASHINGTON (AP) -- Kelly said Thursday that ‘there will be no mass deportations’, and the U.S. wouldn\'t use force.”');
    await expect(story.details.locator('.details-summary')).toHaveText('WASHINGTON (AP) -- Kelly said Thursday that “there will be no mass deportations”, and the U.S. wouldn\'t use force.');
  });
});

test.describe('untrusted article text', () => {
  test('a hostile HTML page from the build never runs and shows its markup as text', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
    await page.goto('/hostile/?read=page');
    const reader = page.getByRole('region', { name: 'Reader' });
    await expect(reader.getByRole('heading', { level: 2 })).toHaveText('Council approves new bridge after long debate');
    await expect(reader).toContainText('<script>alert("hi")</script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.title()).not.toContain('PWNED');
    await expect(reader.locator('script, img, svg, iframe')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('markup inside article text, titles and quotes is shown, never parsed', async ({ page }) => {
    const text = 'Officials met <img src=x onerror="window.__pwned=1"> on Tuesday.\n\n<script>window.__pwned=2</script> was printed.';
    const doc = {
      ...seedStory,
      id: 'evil',
      title: '<b onmouseover="window.__pwned=3">Evil</b> story',
      articles: [{ ...seedStory.articles[0]!, id: 'a', title: '<svg onload="window.__pwned=4">', text }],
      events: [{ ...seedStory.events[3]!, id: 'e', title: '<img src=y onerror="window.__pwned=5">', actors: [], quotes: [],
        date: { value: '2017-02-21', granularity: 'day', source: 'stated', evidence: null },
        mentions: [{ articleId: 'a', start: 0, end: text.indexOf('\n'), text: text.slice(0, text.indexOf('\n')) }] }],
    };
    await serveStories(page, [doc as never]);
    const story = new StoryPage(page);
    await page.goto('/evil/e/?read=a&at=0');
    await expect(story.reader).toContainText('<img src=x onerror="window.__pwned=1">');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('<b onmouseover="window.__pwned=3">Evil</b> story');
    await expect(page.locator('main img, main svg:not([aria-hidden]), main script')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
