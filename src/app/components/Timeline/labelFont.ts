/**
 * Widths of an axis label's texts as the browser draws them, measured on a canvas in the label's fonts
 * (timeline.css: the date 0.68rem of the sans, italic for a range or a date from context; the title 0.8rem at
 * weight 550). Undefined where there is no canvas (unit tests): callers then fall back on counting.
 *
 * The date: the count of characters that dates.ts estimates with fits "Saturday 11 September 2004" (6.2 px a
 * character) but not "Wednesday 14 December 2005" (6.6): Iraq's last event, at the screen's right edge,
 * showed "Wednesday 14 December 20…" (review 24).
 */
let ctx: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();
/** The fonts, read once from the page's root size and its sans: date upright, date italic, title. */
const fonts: [string?, string?, string?] = [];
const fontOf = (kind: 0 | 1 | 2): string => {
  const root = getComputedStyle(document.documentElement);
  const rem = parseFloat(root.fontSize) || 16;
  const sans = root.getPropertyValue('--sans').trim() || 'sans-serif';
  return kind === 2 ? `550 ${0.8 * rem}px ${sans}` : `${kind === 1 ? 'italic ' : ''}${0.68 * rem}px ${sans}`;
};

function measure(kind: 0 | 1 | 2, text: string): number | undefined {
  if (ctx === undefined) ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  const font = fonts[kind] ??= fontOf(kind);
  const key = `${font}|${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    ctx.font = font;
    w = ctx.measureText(text).width;
    // A story's marks repeat few dates and words; the cap keeps a long session's map small.
    if (widths.size > 5000) widths.clear();
    widths.set(key, w);
  }
  return w;
}

/** The width of a label's date (axisDate's `width`). */
export function dateWidth(italic: boolean): (text: string) => number | undefined {
  return (text) => measure(italic ? 1 : 0, text);
}

/** The width of words of a label's title. */
export const titleWidth = (text: string): number | undefined => measure(2, text);

/**
 * Whether a label narrowed at the screen's edge shows at least its title's first two words whole. Its title
 * is two lines at most, the second closed with "…" when more follows. Iraq's opening view had kept 94 px
 * labels reading "The / presiden…" (line one holds "The"; line two "president" and its "…" are one pixel too
 * wide, review 24); such a mark is better left unlabelled at the edge, where its name, the arrow keys and
 * the list still reach it. Without a measure, it fits.
 */
export function openingFits(title: string, room: number, width: (text: string) => number | undefined = titleWidth): boolean {
  const words = title.trim().split(/\s+/);
  if (width(words[0] ?? '') === undefined) return true;
  const fits = (text: string) => (width(text) ?? 0) <= room;
  let whole = 0;
  let i = 0;
  for (let line = 0; line < 2 && i < words.length; line++) {
    let text = words[i]!;
    if (!fits(text)) return whole >= Math.min(2, words.length);
    let j = i + 1;
    while (j < words.length && fits(`${text} ${words[j]}`)) text = `${text} ${words[j++]}`;
    // The last line shown, with words left over, ends in "…": its last word is cut if that does not fit.
    const cutLast = line === 1 && j < words.length && !fits(`${text}…`);
    whole += j - i - (cutLast ? 1 : 0);
    i = j;
  }
  return whole >= Math.min(2, words.length);
}
