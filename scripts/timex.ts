/**
 * `npm run --silent timex -- --dct YYYY-MM-DD [file|-]`: tags a text file (or stdin) and prints a JSON
 * array of {start, end, text, type, value}. Without --dct, relative expressions keep X placeholders.
 */
import { readFileSync } from 'node:fs';
import { tagTimex } from '../src/pipeline/time/index.ts';

const args = process.argv.slice(2);
const i = args.indexOf('--dct');
const dct = i >= 0 ? args[i + 1] ?? null : null;
const file = args.find((a, j) => !a.startsWith('--') && (i < 0 || j !== i + 1)) ?? '-';
const text = readFileSync(file === '-' ? 0 : file, 'utf8');
const out = tagTimex(text, { dct }).map(({ start, end, text: t, type, value }) => ({ start, end, text: t, type, value }));
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
