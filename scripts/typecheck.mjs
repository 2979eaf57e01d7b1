/**
 * `npm run typecheck`: the type check of both halves, the viewer (tsconfig.app.json) and the build-time
 * code (tsconfig.node.json), as `npm test` runs it. Exit 0 only when both are clean.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`usage: npm run typecheck

Type-checks the viewer (tsconfig.app.json) and the pipeline, scripts and tests (tsconfig.node.json) with
tsc, without emitting anything. Exit 0 only when both are clean.
  --help  this text`);
  process.exit(0);
}

const tsc = join(import.meta.dirname, '../node_modules/.bin/tsc');
for (const project of ['tsconfig.app.json', 'tsconfig.node.json']) {
  const { status } = spawnSync(tsc, ['-p', project], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
