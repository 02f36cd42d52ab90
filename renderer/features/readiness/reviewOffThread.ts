/*
 * The review engine off the main thread: one worker, started on first use and kept for the
 * session (a review runs after every saved edit). Where workers are unavailable (tests) or the
 * worker fails, the same function runs here in an idle moment instead: same findings.
 */
import type { Story } from '../../../shared/model/story';
import type { Finding } from '../../../shared/review/finding';
import { reviewStory } from '../../../shared/review/reviewStory';
import type { ReviewRequest } from './reviewWorker';

interface Options {
  today: string;
  wordsPerMinute: number;
}

/** Run `work` when the browser is idle (or within `timeout` ms at the latest). */
function whenIdle(work: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout });
  else setTimeout(work, 0);
}

function onThisThread(story: Story, options: Options): Promise<Finding[]> {
  return new Promise((resolve) => whenIdle(() => resolve(reviewStory(story, options)), 500));
}

/** The worker; null once it has failed, so later reviews do not try again. */
let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (findings: Finding[]) => void; fallback: () => void }>();

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./reviewWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  worker.addEventListener('message', (event: MessageEvent<{ id: number; findings: Finding[] }>) => {
    const entry = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    entry?.resolve(event.data.findings);
  });
  // A failure (a story too deep for the worker's smaller stack or for copying) ends the worker;
  // what was waiting, and every later review, runs here.
  const onFailure = (event: Event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    const stranded = [...waiting.values()];
    waiting.clear();
    for (const entry of stranded) entry.fallback();
  };
  worker.addEventListener('error', onFailure);
  worker.addEventListener('messageerror', onFailure);
  return worker;
}

/** The findings of the review engine on a story, worked out in a worker when one can run. */
export function reviewOffThread(story: Story, options: Options): Promise<Finding[]> {
  const running = startWorker();
  if (!running) return onThisThread(story, options);
  return new Promise((resolve) => {
    const id = ++nextId;
    const fallback = () => void onThisThread(story, options).then(resolve);
    waiting.set(id, { resolve, fallback });
    try {
      running.postMessage({ id, story, ...options } satisfies ReviewRequest);
    } catch {
      // A story the structured clone cannot copy is reviewed here instead.
      waiting.delete(id);
      fallback();
    }
  });
}
