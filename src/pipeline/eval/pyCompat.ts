/**
 * The few Python behaviours the reference scorers (/work/shared/eval/tools/*.py) rely on, reproduced so
 * that the ports agree with them to the last digit: str.isspace() white space (re's \s, str.strip()),
 * text-mode reading (universal newlines), csv.DictReader on a tab-separated file, and f'{x:.2f}'.
 */

/** The characters Python's str.isspace() accepts (also what re's \s matches in a str pattern). */
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACE_RUN = new RegExp(`[${PY_SPACE}]+`, 'g');
const EDGES = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'g');

/** str.strip() with no argument (JavaScript's trim() differs on U+FEFF, U+0085 and U+001C..U+001F). */
export const pyStrip = (s: string): string => s.replace(EDGES, '');

/** re.sub(r'\s+', ' ', s) */
export const pySpaces = (s: string): string => s.replace(SPACE_RUN, ' ');

/** What open(path).read() returns for decoded text: '\r\n' and '\r' read as '\n'. */
export const universalNewlines = (s: string): string => s.replace(/\r\n?/g, '\n');

/**
 * f'{x:.2f}': correctly rounded like toFixed(2), except that an exact tie rounds to even. The only doubles
 * exactly halfway between two hundredths are odd multiples of 1/8 (0.125 -> '0.12', 0.625 -> '0.62').
 */
export function pyFixed2(x: number): string {
  const eighths = x * 8;
  if (Number.isInteger(eighths) && Math.abs(eighths % 2) === 1) {
    const down = Math.floor(x * 100);
    return ((down % 2 === 0 ? down : down + 1) / 100).toFixed(2);
  }
  return x.toFixed(2);
}

/**
 * csv.reader(f, delimiter='\t') with the default excel dialect (quotechar '"', doubled quotes, not
 * strict), over text already read in text mode. A field opening with '"' is quoted and may hold tabs and
 * newlines; a quote elsewhere is an ordinary character. Empty lines give empty rows.
 */
export function pyCsvRows(text: string, delimiter = '\t'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let state: 'start-record' | 'start-field' | 'field' | 'quoted' | 'quote-in-quoted' = 'start-record';
  const endField = () => { row.push(field); field = ''; };
  const endRecord = () => { endField(); rows.push(row); row = []; state = 'start-record'; };
  for (const c of text) {
    const eol = c === '\n' || c === '\r';
    if (state === 'start-record') {
      if (eol) { rows.push([]); continue; }
      state = 'start-field';
    }
    if (state === 'start-field') {
      if (eol) endRecord();
      else if (c === '"') state = 'quoted';
      else if (c === delimiter) endField();
      else { field += c; state = 'field'; }
    } else if (state === 'field') {
      if (eol) endRecord();
      else if (c === delimiter) { endField(); state = 'start-field'; }
      else field += c;
    } else if (state === 'quoted') {
      if (c === '"') state = 'quote-in-quoted';
      else field += c;
    } else {
      if (c === '"') { field += c; state = 'quoted'; }
      else if (c === delimiter) { endField(); state = 'start-field'; }
      else if (eol) endRecord();
      else { field += c; state = 'field'; }
    }
  }
  // At the end of the data a partly read record is kept (Python does so unless strict).
  if (state !== 'start-record') endRecord();
  return rows;
}

/** csv.DictReader over pyCsvRows: the first row names the columns; empty rows are skipped. */
export function pyDictRows(text: string, delimiter = '\t'): Array<Record<string, string | undefined>> {
  const [header = [], ...rest] = pyCsvRows(text, delimiter);
  return rest.filter((r) => r.length > 0).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}
