/**
 * `npm start`: installs dependencies when missing, builds every story under data/stories and the site,
 * and serves it on http://localhost:4173/ (PORT to change).
 */
import { ensureDependencies, run } from './setup.mjs';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`usage: npm start

Installs what is missing (npm install), builds every story under DATELINE_STORIES (default data/stories)
and the site into dist/, and serves it at http://localhost:4173/ (PORT to change). Ctrl+C stops it.
  --help  this text`);
  process.exit(0);
}

ensureDependencies();
console.log('[dateline] building stories and site…');
if (run('npx', ['vite', 'build']) !== 0) process.exit(1);
const port = process.env.PORT ?? '4173';
console.log(`\n[dateline] serving the timeline at http://localhost:${port}/ (Ctrl+C to stop)\n`);
process.exit(run('npx', ['vite', 'preview', '--port', port, '--strictPort']));
