/**
 * The value-expression mini language of the rule files. A rule's value is either a literal TIMEX3 value
 * ("P1D", "PRESENT_REF", "{year}-{month}") or a call such as "wd(dct,2,tense)" ("the Tuesday before or
 * after the DCT, by tense") or "cat(shift(dct,day,-1),TNI)" ("last night"). Arguments are literals or calls.
 */

export type Expr = { kind: 'lit'; text: string } | { kind: 'call'; name: string; args: Expr[] };

/** Parse an expression; throws on malformed input (rule files are checked at load time by tests). */
export function parseExpr(src: string): Expr {
  let i = 0;
  const parse = (): Expr => {
    const m = /^([a-z]+)\(/.exec(src.slice(i));
    if (!m) {
      const start = i;
      while (i < src.length && src[i] !== ',' && src[i] !== ')') i++;
      return { kind: 'lit', text: src.slice(start, i).trim() };
    }
    i += m[0].length;
    const args: Expr[] = [];
    if (src[i] === ')') {
      i++;
      return { kind: 'call', name: m[1]!, args };
    }
    for (;;) {
      args.push(parse());
      if (src[i] === ',') { i++; continue; }
      if (src[i] === ')') { i++; break; }
      throw new Error(`bad expression "${src}" at ${i}`);
    }
    return { kind: 'call', name: m[1]!, args };
  };
  const e = parse();
  if (i !== src.length) throw new Error(`trailing text in expression "${src}"`);
  return e;
}

/** Does the expression need an anchor (DCT or reference date) to resolve? */
export function isRelative(e: Expr): boolean {
  return e.kind === 'call' && (e.name !== 'cat' && e.name !== 'dur' || e.args.some(isRelative));
}

export function exprToString(e: Expr): string {
  return e.kind === 'lit' ? e.text : `${e.name}(${e.args.map(exprToString).join(',')})`;
}
