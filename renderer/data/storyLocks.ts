/*
 * One writer per story across the windows and tabs of one origin. The window that opens a story
 * holds a Web Lock named after it (`navigator.locks`, released by the browser if the window
 * closes or crashes); another window that opens the same story finds it held, says so, and can
 * ask to take it over through a BroadcastChannel: the holder saves, lets go and says so in turn.
 * A holder that does not answer in time has its lock taken (`steal`). Writes to the library are
 * announced on the same channel, so other windows refresh what they show.
 */

export interface StoryHold {
  release(): void;
}

export interface StoryLocks {
  /** Hold a story if no other window does; null when one does. `onLost` runs if it is taken. */
  tryHold(storyId: string, onLost: () => void): Promise<StoryHold | null>;
  /** Ask the holder to let go, then hold the story (taking it if the holder does not answer). */
  takeOver(storyId: string, onLost: () => void): Promise<StoryHold>;
  /** Listen for another window asking to take over a story; returns the way to stop. */
  onTakeOverAsked(listener: (storyId: string) => void): () => void;
  /** Tell other windows the library changed (a story saved, a record written). */
  announceChange(storyId: string | null): void;
  onChangeElsewhere(listener: (storyId: string | null) => void): () => void;
}

const TAKE_OVER_WAIT_MS = 4000;
const RELOAD_RETRIES = 6;
const RELOAD_RETRY_MS = 150;
type Message = { type: 'takeOver'; storyId: string } | { type: 'changed'; storyId: string | null };

const lockName = (storyId: string) => `viva-story-${storyId}`;

/** Stand-in where Web Locks are missing (a test DOM, an old browser): every story is free. */
export function freeStoryLocks(): StoryLocks {
  const hold = (): StoryHold => ({ release: () => undefined });
  return {
    tryHold: async () => hold(),
    takeOver: async () => hold(),
    onTakeOverAsked: () => () => undefined,
    announceChange: () => undefined,
    onChangeElsewhere: () => () => undefined,
  };
}

export function createStoryLocks(): StoryLocks {
  if (typeof navigator === 'undefined' || !navigator.locks || typeof BroadcastChannel === 'undefined') return freeStoryLocks();
  const locks = navigator.locks;
  const channel = new BroadcastChannel('viva-library');
  const listeners = new Set<(message: Message) => void>();
  channel.onmessage = (event: MessageEvent<Message>) => listeners.forEach((listener) => listener(event.data));
  const listen = (listener: (message: Message) => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };

  /** Request the lock; resolves with a hold once granted, or null when `ifAvailable` finds it taken. */
  const request = (storyId: string, options: LockOptions, onLost: () => void) =>
    new Promise<StoryHold | null>((resolve, reject) => {
      let release = () => undefined as void;
      const held = new Promise<void>((done) => {
        release = done;
      });
      let isReleased = false;
      let isHeld = false;
      locks
        .request(lockName(storyId), options, async (lock) => {
          if (!lock) return resolve(null);
          isHeld = true;
          resolve({
            release: () => {
              isReleased = true;
              release();
            },
          });
          await held;
        })
        // A lock taken by `steal` rejects the request that held it.
        .catch((error: unknown) => {
          if (isHeld && !isReleased) onLost();
          reject(error instanceof Error ? error : new Error(String(error)));
        });
    });

  return {
    tryHold: async (storyId, onLost) => {
      // A reload's new page can ask before the old page's lock is gone: ask again for a moment.
      for (let attempt = 0; attempt < RELOAD_RETRIES; attempt += 1) {
        const hold = await request(storyId, { ifAvailable: true }, onLost).catch(() => null);
        if (hold) return hold;
        await new Promise((resolve) => setTimeout(resolve, RELOAD_RETRY_MS));
      }
      return request(storyId, { ifAvailable: true }, onLost).catch(() => null);
    },
    takeOver: async (storyId, onLost) => {
      channel.postMessage({ type: 'takeOver', storyId } satisfies Message);
      const signal = AbortSignal.timeout(TAKE_OVER_WAIT_MS);
      const hold = await request(storyId, { signal }, onLost).catch(() => null);
      return hold ?? ((await request(storyId, { steal: true }, onLost)) as StoryHold);
    },
    onTakeOverAsked: (listener) =>
      listen((message) => {
        if (message.type === 'takeOver') listener(message.storyId);
      }),
    announceChange: (storyId) => channel.postMessage({ type: 'changed', storyId } satisfies Message),
    onChangeElsewhere: (listener) =>
      listen((message) => {
        if (message.type === 'changed') listener(message.storyId);
      }),
  };
}
