/**
 * Minimal TimeML reader and writer for evaluation: the DCT, the plain TEXT (entities decoded, so offsets
 * match what the tagger sees) and the gold TIMEX3 spans; and a writer that puts system TIMEX3 tags into
 * the same text, leaving every character of it unchanged.
 */
import type { Span } from './score.ts';

export interface GoldTimex extends Span { text: string; tid: string }

export interface TmlDoc {
  /** Everything before the TEXT element's content, kept for the output file. */
  head: string;
  dct: string | null;
  text: string;
  gold: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1]! : null;
}

/** Parse a TimeML document. Tags inside TEXT are removed; TIMEX3 spans are recorded in plain-text offsets. */
export function parseTml(xml: string): TmlDoc {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1] ?? /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0] ?? '';
  const dct = attr(dctTag, 'value');
  const open = xml.indexOf('<TEXT>');
  const close = xml.lastIndexOf('</TEXT>');
  if (open < 0 || close < 0) return { head: xml, dct, text: '', gold: [] };
  const body = xml.slice(open + 6, close);
  let text = '';
  const gold: GoldTimex[] = [];
  const stack: { tag: string; start: number }[] = [];
  const re = /<(\/?)([A-Za-z0-9]+)([^>]*?)(\/?)>|&(\w+);|&#(\d+);/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[5] !== undefined) { text += ENTITIES[m[5]] ?? m[0]; continue; }
    if (m[6] !== undefined) { text += String.fromCharCode(+m[6]); continue; }
    if (m[2] !== 'TIMEX3' || m[4]) continue;
    if (!m[1]) stack.push({ tag: m[0], start: text.length });
    else {
      const o = stack.pop();
      if (!o) continue;
      gold.push({
        start: o.start, end: text.length, text: text.slice(o.start), tid: attr(o.tag, 'tid') ?? '',
        type: attr(o.tag, 'type') ?? '', value: attr(o.tag, 'value') ?? '',
      });
    }
  }
  text += body.slice(last);
  return { head: xml.slice(0, open + 6), dct, text, gold };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Write a TimeML document: the original head, then the plain text with system TIMEX3 tags. */
export function writeTml(doc: TmlDoc, timexes: { start: number; end: number; type: string; value: string }[]): string {
  let out = doc.head;
  let pos = 0;
  let n = 1;
  for (const t of [...timexes].sort((a, b) => a.start - b.start)) {
    if (t.start < pos) continue;
    out += esc(doc.text.slice(pos, t.start));
    out += `<TIMEX3 tid="t${n++}" type="${t.type}" value="${esc(t.value)}">${esc(doc.text.slice(t.start, t.end))}</TIMEX3>`;
    pos = t.end;
  }
  return out + esc(doc.text.slice(pos)) + '</TEXT>\n\n</TimeML>\n';
}
