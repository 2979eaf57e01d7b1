/**
 * ROUGE-1.5.5 n-gram counts as score_tls.py (/work/shared/eval/tools/tls) computes them, which reproduces
 * `ROUGE-1.5.5.pl -a -n 2 -x -f A -m -s -t 2` on tilse's SEE files: ASCII lower-casing, '^' written as
 * '&circ;', text cut at the first '<', '-' split off, every other non-alphanumeric a space, ROUGE's stop
 * words removed, tokens longer than 3 characters stemmed (WordNet-2.0 exceptions first, then Porter).
 * The word lists are read from the shared evaluation folder (never copied into the repository).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { porterStemRouge } from './porterRouge.ts';

export const STOPWORDS_FILE = 'smart_common_words.txt';
export const EXCEPTIONS_FILE = 'wordnet2.0_exc.tsv';

/** Python's str.split() with no argument: runs of str.isspace() characters, no empty pieces. */
const PY_WS = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
export const pySplit = (s: string): string[] => s.split(PY_WS).filter((t) => t !== '');

const NON_ALNUM = /[^A-Za-z0-9-]/g;
const TOKEN_OK = /^[a-z0-9$]/;

/** { n: [hit, peer count, model count] } with -f A: summed over models, the peer count added once per model. */
export type RougeCounts = Record<1 | 2, [number, number, number]>;

export class Rouge155 {
  private stemCache = new Map<string, string>();
  private tokCache = new Map<string, readonly string[]>();

  private stopwords: ReadonlySet<string>;
  private exceptions: ReadonlyMap<string, string>;

  constructor(stopwords: ReadonlySet<string>, exceptions: ReadonlyMap<string, string>) {
    this.stopwords = stopwords;
    this.exceptions = exceptions;
  }

  /** The word lists in `dir` (the reference scorer's tools/tls/data). */
  static fromDir(dir: string): Rouge155 {
    if (!existsSync(join(dir, STOPWORDS_FILE)) || !existsSync(join(dir, EXCEPTIONS_FILE))) {
      throw new Error(`${dir}: the ROUGE word lists ${STOPWORDS_FILE} and ${EXCEPTIONS_FILE} are not there`);
    }
    // perl: chomp($line); $stopwords{$line}=1 (score_tls.py reads the file as latin-1)
    const stop = new Set(readFileSync(join(dir, STOPWORDS_FILE), 'latin1').split('\n'));
    const exc = new Map<string, string>();
    for (const line of readFileSync(join(dir, EXCEPTIONS_FILE), 'utf8').split('\n')) {
      if (!line) continue;
      const [k, val] = line.split('\t');
      exc.set(k!, val!);
    }
    return new Rouge155(stop, exc);
  }

  morphStem(tok: string): string {
    let s = this.stemCache.get(tok);
    if (s === undefined) {
      s = this.exceptions.get(tok) ?? porterStemRouge(tok);
      this.stemCache.set(tok, s);
    }
    return s;
  }

  /** The text ROUGE-1.5.5's readText() builds from the SEE file, or null when no sentence line has text. */
  static seeText(sentences: readonly string[]): string | null {
    const parts: string[] = [];
    for (const sent of sentences) {
      let text = pySplit(sent).map((t) => t.replaceAll('^', '&circ;')).join(' ');
      text = text.split('<', 1)[0]!;
      if (text) parts.push(text.replace(/[A-Z]/g, (ch) => ch.toLowerCase()));
    }
    return parts.length ? parts.join(' ') : null;
  }

  /** The processed tokens of a summary (stop words removed, stemmed). */
  tokens(sentences: readonly string[]): readonly string[] {
    const key = JSON.stringify(sentences);
    const cached = this.tokCache.get(key);
    if (cached) return cached;
    const text = Rouge155.seeText(sentences);
    const out: string[] = [];
    if (text !== null) {
      for (const tok of pySplit(text.replaceAll('-', ' - ').replace(NON_ALNUM, ' '))) {
        if (this.stopwords.has(tok) || !TOKEN_OK.test(tok)) continue;
        out.push(tok.length > 3 ? this.morphStem(tok) : tok);
      }
    }
    this.tokCache.set(key, out);
    return out;
  }

  static ngrams(tokens: readonly string[], n: number): Map<string, number> {
    const out = new Map<string, number>();
    for (let i = 0; i + n <= tokens.length; i++) {
      const g = tokens.slice(i, i + n).join(' ');
      out.set(g, (out.get(g) ?? 0) + 1);
    }
    return out;
  }

  counts(peer: readonly string[], models: ReadonlyArray<readonly string[]>): RougeCounts {
    const ptoks = this.tokens(peer);
    const mtoks = models.map((m) => this.tokens(m));
    const res = {} as RougeCounts;
    for (const n of [1, 2] as const) {
      const pg = Rouge155.ngrams(ptoks, n);
      let pcount = 0;
      for (const x of pg.values()) pcount += x;
      let hit = 0;
      let mcount = 0;
      let pc = 0;
      for (const mt of mtoks) {
        const mg = Rouge155.ngrams(mt, n);
        for (const [g, cnt] of mg) { const p = pg.get(g); if (p !== undefined) hit += Math.min(cnt, p); mcount += cnt; }
        pc += pcount;
      }
      res[n] = [hit, pc, mcount];
    }
    return res;
  }
}
