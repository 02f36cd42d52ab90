/*
 * Word counts of speaker notes being typed, ahead of the story. The editor records text lazily
 * (the story changes only when autosave runs), so the estimates would lag by a save; each beat's
 * notes component reports its count here instead, and the timing displays read it. A count is
 * tied to the stored notes it was typed over: once the story's notes change (a save, a pull, an
 * undo), the stored notes are the truth again and the count is ignored.
 */
import { createContext, useContext } from 'react';
import type { RichText } from '../../../../shared/model/richText';

export interface LiveWords {
  /** The live count for a beat, or undefined when the stored notes are current. */
  get(beatId: string, storedNotes: RichText): number | undefined;
  set(beatId: string, words: number, storedNotes: RichText): void;
  subscribe(listener: () => void): () => void;
  /** Changes whenever any count does, for displays that add counts up. */
  version(): number;
}

/** A fresh store of live counts, one per outline on screen. */
export function createLiveWords(): LiveWords {
  const counts = new Map<string, { words: number; storedNotes: RichText }>();
  const listeners = new Set<() => void>();
  let version = 0;
  return {
    get: (beatId, storedNotes) => {
      const entry = counts.get(beatId);
      return entry && entry.storedNotes === storedNotes ? entry.words : undefined;
    },
    set: (beatId, words, storedNotes) => {
      const entry = counts.get(beatId);
      if (entry && entry.words === words && entry.storedNotes === storedNotes) return;
      counts.set(beatId, { words, storedNotes });
      version += 1;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}

export const LiveWordsContext = createContext<LiveWords | null>(null);

/** The live counts of the outline on screen. */
export function useLiveWords(): LiveWords {
  const live = useContext(LiveWordsContext);
  if (!live) throw new Error('useLiveWords must be used inside the outline section.');
  return live;
}
