/**
 * The edit mode's two parts, each loaded only in `npm run dev`: the callers write
 * `import.meta.env.DEV ? lazy(() => import('../EditMode/index.ts').then(...)) : null`, which the
 * production build reduces to null, so none of this folder is in it.
 */
export { default as EditModeBar } from './EditModeBar.tsx';
export { default as EditTools } from './EditTools.tsx';
