/**
 * Error listing for `npm run eval:timex -- <dir> --errors`: every disagreement between gold and system,
 * labelled by category (missed, spurious, extent, value, type) with the system rule's note, so rules can
 * be fixed by kind of error rather than by document.
 */
import type { GoldTimex } from './tml.ts';
import { pairSpans } from './score.ts';

export interface SysTimex { start: number; end: number; text: string; type: string; value: string; note?: string }

export type ErrorKind = 'missed' | 'spurious' | 'extent' | 'value' | 'type';

export interface TimexError { kind: ErrorKind; doc: string; dct: string | null; line: string }

function ctx(text: string, start: number, end: number): string {
  return (text.slice(Math.max(0, start - 50), start) + '[' + text.slice(start, end) + ']' + text.slice(end, end + 30)).replace(/\s+/g, ' ');
}

/** All disagreements in one document. */
export function listErrors(doc: string, dct: string | null, text: string, gold: GoldTimex[], sys: SysTimex[]): TimexError[] {
  const pairs = pairSpans(gold, sys);
  const pg = new Set<GoldTimex>(pairs.map((p) => p[0]));
  const ps = new Set<SysTimex>(pairs.map((p) => p[1]));
  const out: TimexError[] = [];
  for (const g of gold) if (!pg.has(g)) out.push({ kind: 'missed', doc, dct, line: `${g.type} ${g.value} | ${ctx(text, g.start, g.end)}` });
  for (const s of sys) if (!ps.has(s)) out.push({ kind: 'spurious', doc, dct, line: `${s.type} ${s.value} | ${ctx(text, s.start, s.end)}` });
  for (const [g, s] of pairs) {
    if (g.start !== s.start || g.end !== s.end) out.push({ kind: 'extent', doc, dct, line: `gold "${g.text}" sys "${s.text}" | ${ctx(text, g.start, g.end)}` });
    if (g.value !== s.value) out.push({ kind: 'value', doc, dct, line: `gold ${g.value} sys ${s.value} (${s.note ?? ''}) | ${ctx(text, g.start, g.end)}` });
    if (g.type !== s.type) out.push({ kind: 'type', doc, dct, line: `gold ${g.type} sys ${s.type} ${s.value} | ${ctx(text, g.start, g.end)}` });
  }
  return out;
}
