/**
 * Resolution: evaluates a tagged expression's value (see expr.ts) against its anchors. The DCT anchors
 * deictic expressions ("yesterday"); the last mentioned date anchors narrative ones ("the next day",
 * "a year earlier"); tense picks the direction of bare weekdays and months ("on Tuesday issued").
 */
import type { Expr } from './expr.ts';
import { exprToString, parseExpr } from './expr.ts';
import type { Out, ResolveCtx } from './functions.ts';
import { duration, holiday, month, monthDay, quarterOrdinal, quarterRef, season, shift, weekday, weekend } from './functions.ts';
import { format, parsePoint, shiftDay } from './value.ts';
import { isValidTimexValue } from './validate.ts';

export type { ResolveCtx, Tense } from './functions.ts';

function lit(value: string, note: string): Out {
  return { value, note, anchor: null };
}

/** Evaluate an expression; null when it cannot denote a time (e.g. "February 31"). */
export function evaluate(e: Expr, ctx: ResolveCtx): Out | null {
  if (e.kind === 'lit') return lit(e.text, 'stated outright');
  const a = e.args.map((x) => (x.kind === 'lit' ? x.text : ''));
  switch (e.name) {
    case 'cat': {
      const parts = e.args.map((x) => evaluate(x, ctx));
      if (parts.some((p) => p === null)) return null;
      const rel = parts.find((p) => p!.anchor !== null);
      // A time of day cannot be attached to PRESENT_REF and friends.
      if (parts.slice(1).length && /_REF$/.test(parts[0]!.value)) return parts[0]!;
      return { value: parts.map((p) => p!.value).join(''), note: rel?.note ?? 'stated outright', anchor: rel?.anchor ?? null };
    }
    case 'this': return shift(ctx, a[0]!, a[1]!, '0');
    case 'shift': return shift(ctx, a[0]!, a[1]!, a[2]!);
    case 'ago': case 'earlier': case 'later': {
      // "a decade ago" is a year ten years back (1989 in 1999), not the previous decade.
      let [unit, n] = [a[0]!, a[1]!];
      const scale = unit === 'decade' ? 10 : unit === 'century' ? 100 : 1;
      if (scale > 1 && n !== 'X') [unit, n] = ['year', String(Number(n) * scale)];
      const signed = n === 'X' ? (e.name === 'later' ? '+X' : '-X') : e.name === 'later' ? n : '-' + n;
      const out = shift(ctx, e.name === 'ago' ? 'dct' : 'ref', unit, signed, true);
      // "three thousand years ago" lies before year 1: still a time in the past.
      if ((!out || !isValidTimexValue(out.value)) && e.name === 'ago' && ctx.dct) return { value: 'PAST_REF', note: 'further back than a calendar year can say', anchor: 'dct' };
      // A hundred years or more is a round figure ("the Crusades 1,000 years ago", "charged 130 years ago"):
      // its century, not a year nobody named (1005, 1875).
      if (out && unit === 'year' && Number(n) >= 100 && /^\d{4}$/.test(out.value)) return { ...out, value: out.value.slice(0, 2), note: `the century ${n} years before the reference date` };
      return out;
    }
    case 'wd': return weekday(ctx, a[0]!, a[1]!, a[2]!);
    case 'md': return monthDay(ctx, a[0]!, a[1]!, a[2] || undefined, a[3] || undefined);
    case 'mon': return month(ctx, a[0]!, a[1] ?? 'tense');
    case 'season': return season(ctx, a[0]!, a[1] ?? 'tense');
    case 'weekend': return weekend(ctx, a[0] ?? 'tense');
    case 'qref': return quarterRef(ctx, a[0] ?? '0', a[1] ?? '');
    case 'qord': return quarterOrdinal(ctx, a[0]!);
    case 'hol': return holiday(ctx, a[0]!, a[1] ?? '');
    case 'ref': {
      if (ctx.ref) {
        const g = ctx.ref.granularity === 'time' ? 'day' : ctx.ref.granularity;
        return { value: format(ctx.ref.day, g, ctx.ref.part), note: 'the last mentioned date', anchor: 'ref' };
      }
      return shift(ctx, 'dct', 'day', '0');
    }
    case 'refday': {
      // A clock time alone ("at 6 a.m.") is on the last mentioned day, else on the DCT.
      if (ctx.ref && (ctx.ref.granularity === 'day' || ctx.ref.granularity === 'time')) return { value: format(ctx.ref.day, 'day'), note: 'on the last mentioned day', anchor: 'ref' };
      return shift(ctx, 'dct', 'day', '0');
    }
    case 'dshift': {
      // dshift(day, n): "the day before last Tuesday" -> that Tuesday minus one day.
      const inner = e.args[0] ? evaluate(e.args[0], ctx) : null;
      const p = inner ? parsePoint(inner.value) : null;
      const n = Number(a[1]);
      if (!inner || !p || p.granularity !== 'day' || !Number.isInteger(n)) return inner && /^XXXX/.test(inner.value) ? { ...inner, value: 'XXXX-XX-XX' } : null;
      return { ...inner, value: format(shiftDay(p.day, n), 'day'), note: `${Math.abs(n)} day(s) ${n < 0 ? 'before' : 'after'} ${inner.note}` };
    }
    case 'wk': {
      // wk(day): the ISO week holding a day, "the week of March 6" -> "2000-W10".
      const inner = e.args[0] ? evaluate(e.args[0], ctx) : null;
      const p = inner ? parsePoint(inner.value) : null;
      if (!inner || !p) return inner && /^XXXX/.test(inner.value) ? { ...inner, value: 'XXXX-WXX' } : null;
      return { ...inner, value: format(p.day, 'week'), note: `week of ${inner.note}` };
    }
    case 'qend': {
      // qend(day): the quarter that ends on a day, by the bulk of its three months: "the quarter ended
      // July 31" (May-July) -> Q2. A quarter already named keeps its (possibly fiscal) name: "its fiscal
      // first quarter ... the quarter ended Sept. 29" stays Q1.
      if (ctx.refQuarter) return { value: format(ctx.refQuarter.day, 'quarter', ctx.refQuarter.part), note: 'the quarter under discussion', anchor: 'ref' };
      const inner = e.args[0] ? evaluate(e.args[0], ctx) : null;
      const p = inner ? parsePoint(inner.value) : null;
      if (!inner || !p) return inner && /^XXXX/.test(inner.value) ? { ...inner, value: 'XXXX-QX' } : null;
      return { ...inner, value: format(shiftDay(p.day, -45), 'quarter'), note: `quarter ending on ${inner.note}` };
    }
    case 'dur': {
      const v = duration(a[0]!, a[1]!);
      return v ? lit(v, 'a length of time') : null;
    }
    case 'year': {
      // year(dct, n, MM): "July last year" -> the DCT year shifted by n, then the month.
      const y = shift(ctx, a[0]!, 'year', a[1]!);
      if (!y) return null;
      return { ...y, value: y.value + (a[2] ? '-' + a[2] : ''), note: `month of the year ${a[1] === '0' ? 'of' : 'relative to'} the reference date` };
    }
    default: throw new Error(`unknown function ${e.name} in ${exprToString(e)}`);
  }
}

const cache = new Map<string, Expr>();

/** Parse (memoized) and evaluate an expression string. */
export function evaluateString(src: string, ctx: ResolveCtx): Out | null {
  let e = cache.get(src);
  if (!e) {
    e = parseExpr(src);
    if (cache.size > 5000) cache.clear();
    cache.set(src, e);
  }
  return evaluate(e, ctx);
}
