/**
 * Which files of a data folder are articles. A Multi-News cluster folder holds article_01.txt ... beside
 * meta.json and summary.txt; the summary is a .txt but not an article, so evaluation and bench keep only
 * article_NN files when a folder has them. Ingest stays general: this is a property of that data set.
 */
import type { StoryInput } from '../run.ts';

const ARTICLE_FILE = /^article_\d+\.[a-z]+$/;

export function articlesOnly(input: StoryInput): StoryInput {
  if (!input.files.some((f) => ARTICLE_FILE.test(f.name))) return input;
  return { ...input, files: input.files.filter((f) => ARTICLE_FILE.test(f.name)) };
}
