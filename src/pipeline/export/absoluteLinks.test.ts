import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { storyExports } from './index.ts';
import { seedStory } from './fixtures/stories.ts';
import { STORY_EXPORTS, type StoryExportKind } from '../../schema/exports.ts';
// The share dialog's rewrite (src/app), checked against the pipeline's own absolute files.
import { absoluteLinks } from '../../app/components/ShareDialog/absoluteLinks.ts';

// The build's files with site-relative links, made absolute in the browser, are the files the build writes
// when it knows the site's address: byte for byte, for all three formats.
describe('absoluteLinks', () => {
  const story = seedStory();
  const site = 'https://news.example.org';
  for (const base of ['/', '/timelines/']) {
    it(`gives the files the build writes with DATELINE_SITE_URL (base ${base})`, () => {
      const relative = storyExports(story, { base });
      const known = storyExports(story, { base, siteUrl: site });
      for (const [kind, { suffix }] of Object.entries(STORY_EXPORTS)) {
        const file = `${story.id}${suffix}`;
        const made = absoluteLinks(relative.find((f) => f.fileName === file)!.body, kind as StoryExportKind, `${base}${story.id}/`, site);
        expect(made, file).toBe(known.find((f) => f.fileName === file)!.body);
      }
    });
  }
  it('leaves a link that is no value alone, and the calendar still parses with every entry linked', () => {
    expect(absoluteLinks('see x/us/ and /us/a/', 'csv', '/us/', site)).toBe(`see x/us/ and ${site}/us/a/`);
    const ics = absoluteLinks(storyExports(story, { base: '/' }).find((f) => f.fileName.endsWith('.ics'))!.body, 'ics', `/${story.id}/`, site);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events.map((v) => String(v.getFirstPropertyValue('url')))).toEqual(story.events.map((e) => `${site}/${story.id}/${e.id}/`));
  });
});
