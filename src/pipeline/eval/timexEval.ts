/**
 * TempEval-3 Task A over a folder of TimeML documents, as `npm run eval:timex` computes it: each .tml
 * file (in name order) is tagged with its DCT and the counts are pooled (src/pipeline/time/eval/score.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tagTimex } from '../time/index.ts';
import { addCounts, countDoc, metrics, ZERO, type Metrics } from '../time/eval/score.ts';
import { parseTml } from '../time/eval/tml.ts';

export interface TimexFigures { documents: number; metrics: Metrics }

export function scoreTimexFolder(dir: string): TimexFigures {
  const files = readdirSync(dir).filter((f) => f.endsWith('.tml')).sort();
  let counts = ZERO;
  for (const f of files) {
    const doc = parseTml(readFileSync(join(dir, f), 'utf8'));
    counts = addCounts(counts, countDoc(doc.gold, tagTimex(doc.text, { dct: doc.dct })));
  }
  return { documents: files.length, metrics: metrics(counts) };
}
