/**
 * The width of an axis label's date as the browser draws it (timeline.css .mark-date: 0.68rem of the sans,
 * italic for a range or a date from context), measured on a canvas. The count of characters that dates.ts
 * estimates with fits "Saturday 11 September 2004" (6.2 px a character) but not "Wednesday 14 December 2005"
 * (6.6): Iraq's last event, at the screen's right edge, showed "Wednesday 14 December 20…" (review 24).
 * Undefined where there is no canvas (unit tests): dates.ts then counts characters.
 */
let ctx: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();
/** The label's font, upright and italic, read once from the page's root size and its sans. */
const fonts: [string?, string?] = [];
const fontOf = (italic: boolean): string => {
  const root = getComputedStyle(document.documentElement);
  return `${italic ? 'italic ' : ''}${0.68 * (parseFloat(root.fontSize) || 16)}px ${root.getPropertyValue('--sans').trim() || 'sans-serif'}`;
};

export function dateWidth(italic: boolean): (text: string) => number | undefined {
  return (text) => {
    if (ctx === undefined) ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (!ctx) return undefined;
    const font = fonts[italic ? 1 : 0] ??= fontOf(italic);
    const key = `${font}|${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      ctx.font = font;
      w = ctx.measureText(text).width;
      // A story's marks repeat few dates; the cap keeps a long session's map small.
      if (widths.size > 5000) widths.clear();
      widths.set(key, w);
    }
    return w;
  };
}
