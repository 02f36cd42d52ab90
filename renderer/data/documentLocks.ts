/*
 * One writer per document (a story or a paper critique) across the windows and tabs of one
 * origin. The window that opens a document holds a Web Lock named after its kind and id
 * (`navigator.locks`, released by the browser if the window closes or crashes); another window
 * that opens the same document finds it held, says so, and can ask to take it over through a
 * BroadcastChannel: the holder saves, lets go and says so in turn. A holder that does not answer
 * in time has its lock taken (`steal`). Writes to the library are announced on the same channel,
 * so other windows refresh what they show.
 */

/** The kinds of document one window at a time may edit. */
export type DocumentKind = 'story' | 'critique';

export interface DocumentHold {
  release(): void;
}

export interface DocumentLocks {
  /** Hold a document if no other window does; null when one does. `onLost` runs if it is taken. */
  tryHold(kind: DocumentKind, id: string, onLost: () => void): Promise<DocumentHold | null>;
  /** Ask the holder to let go, then hold the document (taking it if the holder does not answer). */
  takeOver(kind: DocumentKind, id: string, onLost: () => void): Promise<DocumentHold>;
  /** Listen for another window asking to take over a document of `kind`; returns the way to stop. */
  onTakeOverAsked(kind: DocumentKind, listener: (id: string) => void): () => void;
  /** Tell other windows the library changed (a story saved, a record written). */
  announceChange(storyId: string | null): void;
  onChangeElsewhere(listener: (storyId: string | null) => void): () => void;
}

const TAKE_OVER_WAIT_MS = 4000;
const RELOAD_RETRIES = 6;
const RELOAD_RETRY_MS = 150;
type Message = { type: 'takeOver'; kind: DocumentKind; id: string } | { type: 'changed'; storyId: string | null };

// Stories keep the name they had before critiques were locked too.
const lockName = (kind: DocumentKind, id: string) => `viva-${kind}-${id}`;

/** Stand-in where Web Locks are missing (a test DOM, an old browser): every document is free. */
export function freeDocumentLocks(): DocumentLocks {
  const hold = (): DocumentHold => ({ release: () => undefined });
  return {
    tryHold: async () => hold(),
    takeOver: async () => hold(),
    onTakeOverAsked: () => () => undefined,
    announceChange: () => undefined,
    onChangeElsewhere: () => () => undefined,
  };
}

export function createDocumentLocks(): DocumentLocks {
  if (typeof navigator === 'undefined' || !navigator.locks || typeof BroadcastChannel === 'undefined') return freeDocumentLocks();
  const locks = navigator.locks;
  const channel = new BroadcastChannel('viva-library');
  const listeners = new Set<(message: Message) => void>();
  channel.onmessage = (event: MessageEvent<Message>) => listeners.forEach((listener) => listener(event.data));
  const listen = (listener: (message: Message) => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };

  /** Request the lock; resolves with a hold once granted, or null when `ifAvailable` finds it taken. */
  const request = (name: string, options: LockOptions, onLost: () => void) =>
    new Promise<DocumentHold | null>((resolve, reject) => {
      let release = () => undefined as void;
      const held = new Promise<void>((done) => {
        release = done;
      });
      let isReleased = false;
      let isHeld = false;
      locks
        .request(name, options, async (lock) => {
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
    tryHold: async (kind, id, onLost) => {
      const name = lockName(kind, id);
      // A reload's new page can ask before the old page's lock is gone: ask again for a moment.
      for (let attempt = 0; attempt < RELOAD_RETRIES; attempt += 1) {
        const hold = await request(name, { ifAvailable: true }, onLost).catch(() => null);
        if (hold) return hold;
        await new Promise((resolve) => setTimeout(resolve, RELOAD_RETRY_MS));
      }
      return request(name, { ifAvailable: true }, onLost).catch(() => null);
    },
    takeOver: async (kind, id, onLost) => {
      const name = lockName(kind, id);
      channel.postMessage({ type: 'takeOver', kind, id } satisfies Message);
      const signal = AbortSignal.timeout(TAKE_OVER_WAIT_MS);
      const hold = await request(name, { signal }, onLost).catch(() => null);
      return hold ?? ((await request(name, { steal: true }, onLost)) as DocumentHold);
    },
    onTakeOverAsked: (kind, listener) =>
      listen((message) => {
        if (message.type === 'takeOver' && message.kind === kind) listener(message.id);
      }),
    announceChange: (storyId) => channel.postMessage({ type: 'changed', storyId } satisfies Message),
    onChangeElsewhere: (listener) =>
      listen((message) => {
        if (message.type === 'changed') listener(message.storyId);
      }),
  };
}
