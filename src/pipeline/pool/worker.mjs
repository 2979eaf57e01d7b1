// Entry of a story-building worker thread started through tsx, when the bundle cannot be made. Workers run
// the pipeline's TypeScript as it is, whatever started the parent (tsx, Vite's config loader, vitest): tsx's
// ESM hooks are registered in this thread first, then the TypeScript body is loaded. Plain .mjs so that
// Node can start it without a loader.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { serveStories } = await import('./storyWorker.ts');
serveStories(parentPort);
