/**
 * `npm run extract -- <storyDir> [--out <file>]`: builds one story and writes its JSON (stdout without
 * --out). Warnings go to stderr, one line each, naming the file.
 */
import { writeFileSync } from 'node:fs';
import { readStoryDir } from './io.ts';
import { buildStory } from './run.ts';
import { serialize } from './story/serialize.ts';

function main(argv: string[]): number {
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1] : undefined;
  const positional = argv.filter((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1));
  if (positional.length !== 1 || (outAt >= 0 && !out)) {
    process.stderr.write('usage: npm run extract -- <storyDir> [--out <file>]\n');
    return 2;
  }
  let story;
  try {
    story = buildStory(readStoryDir(positional[0]!));
  } catch (error) {
    process.stderr.write(`extract: ${(error as Error).message}\n`);
    return 1;
  }
  for (const w of story.warnings) process.stderr.write(`warning: ${w.message}\n`);
  const json = serialize(story);
  if (out) {
    writeFileSync(out, json);
    process.stderr.write(`wrote ${out}: ${story.articles.length} articles, ${story.events.length} events\n`);
  } else process.stdout.write(json);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
