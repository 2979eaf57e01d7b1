import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { storiesPlugin } from './src/pipeline/vitePlugin.ts';

// The viewer is a static site: every story is built to JSON at build time by the stories plugin, and
// deep links (/<story>/<event>/) fall back to index.html in dev and preview.
export default defineConfig({
  plugins: [react(), storiesPlugin()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Two pages: the viewer, and the embed at a stable address (embed.html?story=…) for iframes on other sites.
    rolldownOptions: { input: { main: resolve(import.meta.dirname, 'index.html'), embed: resolve(import.meta.dirname, 'embed.html') } },
  },
});
