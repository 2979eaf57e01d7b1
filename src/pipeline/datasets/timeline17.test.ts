import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTimeline17, readTimeline17 } from './timeline17.ts';

function topic(name: string, detok: boolean): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'dateline-t17-')), name);
  mkdirSync(join(dir, 'articles', '2009-04-24'), { recursive: true });
  writeFileSync(join(dir, 'articles', '2009-04-24', '001.txt'), "Obama 's plan -LRB- AP -RRB-\n");
  if (detok) {
    mkdirSync(join(dir, 'articles_detok', '2009-04-24'), { recursive: true });
    writeFileSync(join(dir, 'articles_detok', '2009-04-24', '001.txt'), "Obama's plan (AP)\n");
  }
  writeFileSync(join(dir, 'articles_index.tsv'), 'file\tpub_date\tchars\twords\tstart\narticles/2009-04-24/001.txt\t2009-04-24\t10\t2\tObama\n');
  return dir;
}

describe('a Timeline17 topic folder read as one story', () => {
  it('takes the detokenised text where there is one, each article with its day, under the topic\'s name', () => {
    const dir = topic('t17-h1n1', true);
    expect(isTimeline17(dir)).toBe(true);
    const s = readTimeline17(dir);
    expect(s.meta.title).toBe('H1N1 (Timeline17)');
    expect(s.files.map((f) => f.name)).toEqual(['2009-04-24_001.txt']);
    expect(new TextDecoder().decode(s.files[0]!.bytes)).toBe("Obama's plan (AP)\n");
    expect(s.meta.articles?.['2009-04-24_001.txt']?.published).toBe('2009-04-24');
    expect(readTimeline17(topic('t17-iraq', false)).meta.title).toBe('Iraq (Timeline17)');
  });
});
