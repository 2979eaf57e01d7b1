/** The app itself, loaded by main.tsx once the story's outline is on its way. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { preloadStory } from './data/load.ts';

/** Mounts the app; the story's outline (already requested) is validated as soon as it arrives. */
export function boot(storyId: string | null): void {
  if (storyId) preloadStory(import.meta.env.BASE_URL, storyId);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
