// Entry of a story-building worker thread started from the bundled pipeline (workerBundle.ts). The bundle is
// compiled with V8's code cache: a worker thread is a fresh V8 isolate that would otherwise parse the 3 MB
// bundle and compile every function it calls again. The cache is made by the first worker that has none
// (or whose cache V8 rejects: another Node, other V8 flags), after its first story, so that it holds the
// functions a build runs, not only the top level; it is written beside and renamed, so a worker starting at
// the same moment reads the old cache, the new one or none, never half of one. Its name carries the bundle's
// hash (workerBundle.ts): V8 checks only the source's length, so a cache must never outlive its bundle.
// Plain CommonJS so that Node starts it without a loader.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { Script } = require('node:vm');
const { parentPort, workerData } = require('node:worker_threads');

const { bundle, cache } = workerData;
const source = readFileSync(bundle, 'utf8');
let cachedData;
try {
  cachedData = readFileSync(cache);
} catch {
  // no cache yet: this worker makes it
}
// The bundle is CommonJS (workerBundle.ts): wrapped as Node wraps a module, run in this thread's context.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  cachedData,
});
const module_ = { exports: {} };
script.runInThisContext()(module_.exports, require, module_, bundle, require('node:path').dirname(bundle));

const saveCache = () => {
  try {
    const tmp = `${cache}.${process.pid}.${require('node:worker_threads').threadId}`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cache);
  } catch {
    // a read-only temp folder: workers start without a cache, as before
  }
};
module_.exports.serveStories(parentPort, cachedData && !script.cachedDataRejected ? undefined : saveCache);
