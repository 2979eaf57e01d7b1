/**
 * Body of a story-building worker thread: receives the pool's queue once (storyPool.ts WorkerQueue), then
 * takes one story after another from it with an atomic add on the shared counter, the same counter the
 * pool's own thread takes from, until none is left. Each is built exactly as the single-story path does
 * (buildOne: read, build, serialize) and posted back; a story that throws is reported as a failure and the
 * worker takes the next one. Started either from the bundle (cachedWorker.cjs) or through tsx (worker.mjs);
 * both call serveStories on the thread's port.
 */
import type { MessagePort } from 'node:worker_threads';
import { buildOne } from '../buildAll.ts';
import type { WorkerQueue, WorkerReply } from './storyPool.ts';

const now = () => performance.timeOrigin + performance.now();
const encoder = new TextEncoder();

/** The bytes' buffer, to be moved to the other thread, when they are all of it (TextEncoder gives its own). */
const movable = (bytes: Uint8Array): ArrayBuffer[] => (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : []);

/**
 * Serves the queue given on `port`, says 'ready' at once and 'done' when the queue is empty. `afterFirstStory`
 * runs once, after the first reply has been posted: the bundled worker saves its V8 code cache there, when
 * the functions a build needs are compiled.
 */
export function serveStories(port: MessagePort, afterFirstStory?: () => void): void {
  let first = afterFirstStory;
  port.once('message', (queue: WorkerQueue) => {
    const taken = new Int32Array(queue.taken);
    const current = new Int32Array(queue.current);
    for (let k = Atomics.add(taken, 0, 1); k < queue.tasks.length; k = Atomics.add(taken, 0, 1)) {
      const task = queue.tasks[k]!;
      Atomics.store(current, 0, task.index + 1);
      const startedAt = now();
      let reply: WorkerReply;
      try {
        // The story goes back as its JSON text only, as UTF-8 bytes whose buffer is moved, not copied (storyPool.ts
        // WorkerReply): cloning the object graph of a 3,000-event story costs several times what the main
        // thread's JSON.parse of the text does, and posting the text itself costs both threads more than this.
        const { id, dir, json, summary } = buildOne(task.dir);
        reply = { index: task.index, ok: true, built: { id, dir, summary, bytes: encoder.encode(json) }, startedAt, endedAt: now() };
      } catch (error) {
        reply = { index: task.index, ok: false, message: (error as Error).message, startedAt, endedAt: now() };
      }
      port.postMessage(reply, reply.ok ? movable(reply.built.bytes) : []);
      Atomics.store(current, 0, 0);
      if (first) {
        const f = first;
        first = undefined;
        f();
      }
    }
    port.postMessage('done');
  });
  port.postMessage('ready');
}
