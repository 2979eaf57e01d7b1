/**
 * Body of a story-building worker thread: receives one story folder at a time, builds it exactly as the
 * single-story path does (buildOne: read, build, serialize) and posts the result back. A story that throws
 * is reported as a failure and the worker takes the next one. Started either from the bundle
 * (cachedWorker.cjs) or through tsx (worker.mjs); both call serveStories on the thread's port.
 */
import type { MessagePort } from 'node:worker_threads';
import { buildOne } from '../buildAll.ts';
import type { WorkerReply, WorkerTask } from './storyPool.ts';

/**
 * Serves build requests on `port` and says 'ready'. `afterFirstStory` runs once, after the first reply has
 * been posted: the bundled worker saves its V8 code cache there, when the functions a build needs are compiled.
 */
export function serveStories(port: MessagePort, afterFirstStory?: () => void): void {
  let first = afterFirstStory;
  port.on('message', (task: WorkerTask) => {
    let reply: WorkerReply;
    try {
      // The story goes back as its JSON text only: cloning the object graph of a 3,000-event story costs
      // several times what the main thread's JSON.parse of the text does.
      const { story: _story, ...rest } = buildOne(task.dir);
      reply = { index: task.index, ok: true, built: rest };
    } catch (error) {
      reply = { index: task.index, ok: false, message: (error as Error).message };
    }
    port.postMessage(reply);
    if (first) {
      const f = first;
      first = undefined;
      f();
    }
  });
  port.postMessage('ready');
}
