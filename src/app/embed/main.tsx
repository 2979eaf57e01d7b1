/**
 * The embed entry (embed.html): the timeline without the full page's chrome, for an iframe on another
 * site. See params.ts for its address and messages.ts for what it says to the host page.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedApp } from './EmbedApp.tsx';
import { keepHostStill } from './keepHostStill.ts';
import { applyTheme, parseEmbedParams } from './params.ts';
import '../styles/base.css';
import '../styles/layout.css';
import '../styles/timeline.css';
import '../styles/embed.css';
import '../styles/editorial.css';

const params = parseEmbedParams(window.location.search);
// Before the first render, so a forced theme never flashes the other one.
applyTheme(document.documentElement, params.theme);
keepHostStill(window);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EmbedApp params={params} />
  </StrictMode>,
);
