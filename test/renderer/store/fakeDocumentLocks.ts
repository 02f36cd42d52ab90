/*
 * Web Locks and the BroadcastChannel between windows, in memory: each window of a test gets its
 * own DocumentLocks from one hub, as the windows of one origin share the browser's. A holder
 * asked to take over is given a moment to let go; one that does not (`isDeaf`) has its lock taken.
 */
import type { DocumentHold, DocumentKind, DocumentLocks } from '../../../renderer/data/documentLocks';

interface Held {
  window: number;
  onLost: () => void;
}

export function createLockHub() {
  const held = new Map<string, Held>();
  const askers: Array<{ window: number; kind: DocumentKind; listener: (id: string) => void }> = [];
  let windows = 0;
  const name = (kind: DocumentKind, id: string) => `${kind}:${id}`;

  const grant = (key: string, window: number, onLost: () => void): DocumentHold => {
    const mine: Held = { window, onLost };
    held.set(key, mine);
    return {
      release: () => {
        if (held.get(key) === mine) held.delete(key);
      },
    };
  };

  return {
    /** Who holds a document: the window's number, or undefined. */
    holderOf: (kind: DocumentKind, id: string) => held.get(name(kind, id))?.window,
    window(options: { isDeaf?: boolean } = {}): DocumentLocks {
      const window = (windows += 1);
      return {
        tryHold: async (kind, id, onLost) => {
          const key = name(kind, id);
          return held.has(key) ? null : grant(key, window, onLost);
        },
        takeOver: async (kind, id, onLost) => {
          const key = name(kind, id);
          for (const asker of askers) if (asker.window !== window && asker.kind === kind) asker.listener(id);
          for (let tick = 0; tick < 50 && held.has(key); tick += 1) await new Promise((resolve) => setTimeout(resolve, 5));
          const stolen = held.get(key);
          if (stolen) stolen.onLost();
          return grant(key, window, onLost);
        },
        onTakeOverAsked: (kind, listener) => {
          if (options.isDeaf) return () => undefined;
          const asker = { window, kind, listener };
          askers.push(asker);
          return () => void askers.splice(askers.indexOf(asker), 1);
        },
        announceChange: () => undefined,
        onChangeElsewhere: () => () => undefined,
      };
    },
  };
}
