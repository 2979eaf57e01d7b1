/**
 * `npm run --silent timex -- --dct YYYY-MM-DD [file|-]`: tags a text file (or stdin) and prints a JSON
 * array of {start, end, text, type, value}. Without --dct, relative expressions keep X placeholders.
 * An article file is read as the pipeline reads it (src/pipeline/ingest): an HTML page is its article text
 * (reader mode, no tags, no scripts), Markdown loses its front matter and markup, any encoding is decoded;
 * offsets are into that text. Stdin is plain text unless it starts like an HTML document.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { command, option, positionals, type Command } from '../src/pipeline/cliManners.ts';

const USAGE = `usage: npm run --silent timex -- [--dct YYYY-MM-DD] [file|-]

Tags the time expressions of a text and prints them as JSON: [{start, end, text, type, value}], resolved
against the document creation date --dct (without it, relative expressions keep X placeholders).
  file   a .txt, .html or .md article, read as the pipeline reads it (HTML: the article text, no tags);
         offsets are into that text. Another name is read as UTF-8 text. - or nothing: stdin
  --dct  the document's date, YYYY-MM-DD
  --help this text`;

const cmd: Command = command('timex', USAGE);
const dct = option(cmd, '--dct') ?? null;
if (dct !== null && !isDay(dct)) cmd.fail(`--dct ${dct}: not a date (give YYYY-MM-DD, a real day)`);
const files = positionals(cmd, ['--dct']);
if (files.length > 1) cmd.fail(`one file at a time (got ${files.length})`);
const file = files[0] ?? '-';
if (file !== '-') {
  if (!existsSync(file)) cmd.fail(`${file}: no such file`, 1);
  if (!statSync(file).isFile()) cmd.fail(`${file}: not a file`, 1);
}

// The tagger loads only once the command line is known to be good: a bad argument answers at once.
const { formatOf, ingest } = await import('../src/pipeline/ingest/index.ts');
const { tagTimex } = await import('../src/pipeline/time/index.ts');
const text = read(file);
const out = tagTimex(text, { dct }).map(({ start, end, text: t, type, value }) => ({ start, end, text: t, type, value }));
process.stdout.write(JSON.stringify(out, null, 2) + '\n');

function read(path: string): string {
  const bytes = new Uint8Array(readFileSync(path === '-' ? 0 : path));
  let name = path === '-' ? 'stdin.txt' : basename(path);
  if (path === '-' && /^\s*<(!doctype html|html[\s>])/i.test(new TextDecoder().decode(bytes.subarray(0, 512)))) name = 'stdin.html';
  if (!formatOf(name)) return new TextDecoder().decode(bytes);
  const { doc, warnings } = ingest({ name, bytes });
  for (const w of warnings) process.stderr.write(`warning: ${w.message}\n`);
  if (!doc) cmd.fail(`${path === '-' ? 'stdin' : path}: no text to tag (${warnings.map((w) => w.message).join('; ')})`, 1);
  return doc.text;
}

function isDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
