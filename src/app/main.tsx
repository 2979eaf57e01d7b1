import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { preloadStory } from './data/load.ts';
import { parseRoute } from './store/url.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/timeline.css';
import './styles/print.css';
import './styles/editorial.css';

// The story's outline (all the first render needs; the detail loads when asked) is the largest download:
// ask for it now, before React mounts. App's own request for it gets this one (see data/load.ts).
const { storyId } = parseRoute(import.meta.env.BASE_URL, window.location.pathname, window.location.search);
if (storyId) preloadStory(import.meta.env.BASE_URL, storyId);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
