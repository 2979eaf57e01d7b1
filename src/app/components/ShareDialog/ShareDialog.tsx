import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTimeline } from '../../store/context.ts';
import { selectItems, selectStory } from '../../store/selectors.ts';
import { clampHeight, DEFAULT_HEIGHT, embedUrl, MAX_HEIGHT, MIN_HEIGHT, THEMES, type Theme } from '../../embed/params.ts';
import { deepLink, embedSnippet, siteRoot } from '../../embed/snippet.ts';
import { copyText } from './copy.ts';
import { dateWords } from '../../timeline/dates.ts';
import { ExportLinks } from './ExportLinks.tsx';
import { isYearless } from '../../../schema/timexRange.ts';

/** A long story's "Start at" list stops here; the shared event is always in it. */
const MAX_START_OPTIONS = 500;

/** The `n` best-ranked items (an event without a rank last), in their own order. */
export function topRanked<T extends { event: { rank?: number } }>(pool: readonly T[], n: number): T[] {
  const keep = new Set([...pool].sort((a, b) => (a.event.rank ?? Infinity) - (b.event.rank ?? Infinity)).slice(0, n));
  return pool.filter((i) => keep.has(i));
}
const THEME_LABELS: Record<Theme, string> = { auto: 'Auto (follow the system)', light: 'Light', dark: 'Dark' };

type Props = {
  /** The event shared, or null for the whole story. */
  eventId: string | null;
  onClose: () => void;
};

/**
 * A modal <dialog>: showModal() makes the rest of the page inert (focus stays inside), Escape closes it, and
 * focus goes back to what opened it. Offers the deep link and an iframe snippet, both with a copy button;
 * the snippet follows the embed options as they change; and the story's exports to download.
 */
export function ShareDialog({ eventId, onClose }: Props) {
  const story = useTimeline(selectStory);
  const items = useTimeline(selectItems);
  const keyCount = useMemo(() => items.reduce((n, i) => n + (i.event.key === true ? 1 : 0), 0), [items]);
  const yearless = (i: (typeof items)[number]) => i.event.date.value.startsWith('XXXX-') && isYearless(i.event.date.value);
  const yearlessCount = useMemo(() => items.reduce((n, i) => n + (yearless(i) ? 1 : 0), 0), [items]);
  const keyYearless = useMemo(() => items.reduce((n, i) => n + (i.event.key === true && yearless(i) ? 1 : 0), 0), [items]);
  const filters = useTimeline((s) => s.filters);
  const ref = useRef<HTMLDialogElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const [height, setHeight] = useState(String(DEFAULT_HEIGHT));
  const [theme, setTheme] = useState<Theme>('auto');
  const [start, setStart] = useState(eventId ?? '');
  const [compact, setCompact] = useState(false);
  // The page's own choice first: shared from a view of the key events, the embed opens on them too.
  const [keyOnly, setKeyOnly] = useState(() => !!filters.key);
  const [status, setStatus] = useState('');

  const root = siteRoot(window.location.origin, import.meta.env.BASE_URL);
  const item = eventId ? items.find((i) => i.event.id === eventId) : undefined;
  const link = deepLink(root, story.id, eventId);
  // An embed of the key events starts at one of them, or at the whole story: never at an event it hides.
  const startShown = keyOnly && start && items.find((i) => i.event.id === start)?.event.key !== true ? '' : start;
  const params = { storyId: story.id, eventId: startShown || null, theme, height: clampHeight(height), compact, key: keyOnly };
  const heightChanged = height.trim() !== '' && Number(height) !== params.height;
  const snippet = embedSnippet(root, params, story.title);
  const starts = useMemo(() => {
    const pool = keyOnly ? items.filter((i) => i.event.key === true) : items;
    // Past the limit, the story's most important events, in date order: the first 500 by date had been
    // Egypt's recalls from 1683 to the eve of the story, none of its own days.
    const first = pool.length <= MAX_START_OPTIONS ? pool : topRanked(pool, MAX_START_OPTIONS);
    return item && !first.includes(item) && (!keyOnly || item.event.key === true) ? [item, ...first] : first;
  }, [items, item, keyOnly]);

  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    linkRef.current?.focus({ preventScroll: true });
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus({ preventScroll: true });
    };
  }, []);
  // A stale "copied" would describe the old snippet.
  useEffect(() => setStatus(''), [snippet]);

  const copy = async (field: HTMLInputElement | HTMLTextAreaElement | null, what: string) => {
    if (!field) return;
    const copied = await copyText(field.value);
    if (copied) setStatus(`Copied the ${what}.`);
    else {
      field.focus({ preventScroll: true });
      field.select();
      setStatus(`The ${what} is selected: press Ctrl+C (⌘C on a Mac) to copy it.`);
    }
  };
  // showModal() keeps focus out of the page behind, but Tab past the last control would leave for the
  // browser's own UI; wrap around instead, as a dialog should.
  const trapTab = (e: React.KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab') return;
    const focusable = [...e.currentTarget.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')].filter(
      (el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
    );
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
  };
  const selectAll = (e: React.SyntheticEvent<HTMLInputElement | HTMLTextAreaElement>) => e.currentTarget.select();

  return (
    <dialog
      ref={ref}
      className="share-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-what`}
      onKeyDown={trapTab}
      // The dialog closed itself (Escape): tell the owner. A close from our own cleanup has no owner left.
      onClose={() => { if (!ref.current?.open) onClose(); }}
    >
      <div className="share-head">
        <h2 id={`${id}-title`} className="share-title">{eventId ? 'Share this event' : 'Share this story'}</h2>
        <button type="button" className="share-close" onClick={onClose}>Close<span className="visually-hidden"> share dialog</span></button>
      </div>
      <p id={`${id}-what`} className="share-what">
        {item ? <><strong>{item.event.title}</strong> · {dateWords(item.dateLabel, item.event.date)}</> : <strong>{story.title}</strong>}
      </p>

      <div className="share-field">
        <label htmlFor={`${id}-link`} className="share-label">Link</label>
        <div className="share-row">
          <input id={`${id}-link`} ref={linkRef} type="url" readOnly value={link} onFocus={selectAll} spellCheck={false} />
          <button type="button" onClick={() => void copy(linkRef.current, 'link')}>Copy link</button>
        </div>
      </div>

      <fieldset className="share-options">
        <legend className="share-label">Embed options</legend>
        <label className="share-option">
          <span>Height (pixels)</span>
          <input type="number" min={MIN_HEIGHT} max={MAX_HEIGHT} step={10} value={height} onChange={(e) => setHeight(e.target.value)} aria-invalid={heightChanged || undefined} aria-describedby={heightChanged ? `${id}-height` : undefined} />
        </label>
        {/* A height out of range is not used as typed: the code says which it uses instead (it had changed silently). */}
        {heightChanged && <p id={`${id}-height`} className="share-note" aria-live="polite">Heights run from {MIN_HEIGHT} to {MAX_HEIGHT} pixels: the code uses {params.height}.</p>}
        <label className="share-option">
          <span>Start at</span>
          <select value={startShown} onChange={(e) => setStart(e.target.value)}>
            <option value="">Whole story (no event open)</option>
            {starts.map((i) => <option key={i.event.id} value={i.event.id}>{dateWords(i.dateLabel, i.event.date)}: {i.event.title}</option>)}
          </select>
        </label>
        <fieldset className="share-option share-themes">
          <legend>Theme</legend>
          {THEMES.map((t) => (
            <label key={t}><input type="radio" name={`${id}-theme`} value={t} checked={theme === t} onChange={() => setTheme(t)} /> {THEME_LABELS[t]}</label>
          ))}
        </fieldset>
        <label className="share-option share-check">
          <input type="checkbox" checked={compact} onChange={(e) => setCompact(e.target.checked)} /> Compact header
        </label>
        <label className="share-option share-check">
          <input type="checkbox" checked={keyOnly} onChange={(e) => setKeyOnly(e.target.checked)} /> Key events only
        </label>
      </fieldset>

      <div className="share-field">
        <label htmlFor={`${id}-code`} className="share-label">Embed code</label>
        <textarea id={`${id}-code`} ref={codeRef} readOnly rows={6} value={snippet} onFocus={selectAll} spellCheck={false} />
        <div className="share-row share-actions">
          <button type="button" onClick={() => void copy(codeRef.current, 'embed code')}>Copy embed code</button>
          <a href={embedUrl(root, params)} target="_blank" rel="noopener noreferrer">
            Preview the embed<span className="visually-hidden"> (opens in a new tab)</span> ↗
          </a>
        </div>
      </div>
      <ExportLinks storyId={story.id} base={import.meta.env.BASE_URL} total={items.length} yearless={yearlessCount} keyCount={keyCount} keyYearless={keyYearless} />
      <p className="share-status" role="status" aria-live="polite">{status}</p>
    </dialog>
  );
}
