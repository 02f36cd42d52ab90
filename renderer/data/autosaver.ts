/*
 * The one autosave mechanism, for the open story and for a session's note alike. Changes are
 * saved a short delay after the last one, at once on flush (blur, hide, switch, unload). The
 * snapshot being saved is journalled synchronously before the write and kept until the database
 * has committed it; a failed write keeps the changes, journals them and retries.
 */
import type { Journal } from './journal';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error';

export interface AutosaverOptions<T> {
  /** The id the journal keeps the value under. */
  id: string;
  delayMs: number;
  retryMs: number;
  /** The value to save now, with every change so far applied. */
  take(): T;
  /** The same value without side effects, for the journal (may be called during unload). */
  peek(): T;
  write(value: T): Promise<void>;
  journal: Journal<T>;
  onState(state: SaveState, error: unknown): void;
}

export interface Autosaver {
  /** A change was made: save it after the delay. */
  changed(): void;
  /** Save now; true once everything changed so far is committed, false when a write failed. */
  flush(): Promise<boolean>;
  /** Synchronously journal what is not committed yet (unsaved or in flight); false if that failed. */
  journalUnsaved(): boolean;
  hasUnsaved(): boolean;
  /** Forget unsaved changes (the user said to discard them; or another window took the story, keepJournal). */
  discard(keepJournal?: boolean): void;
}

export function createAutosaver<T>(options: AutosaverOptions<T>): Autosaver {
  let isDirty = false;
  let inFlight: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const schedule = (delay: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  };

  const saveOnce = async (): Promise<boolean> => {
    if (!isDirty) return true;
    const value = options.take();
    isDirty = false;
    // Kept until the commit: an unload or a crash during the write still has it.
    options.journal.write(options.id, value);
    options.onState('saving', null);
    try {
      await options.write(value);
      // Changes made during the write are saved next (and journalled then).
      if (isDirty) {
        options.onState('unsaved', null);
        return true;
      }
      options.journal.clear(options.id);
      options.onState('saved', null);
      return true;
    } catch (error) {
      isDirty = true;
      options.onState('error', error);
      schedule(options.retryMs);
      return false;
    }
  };

  const flush = async (): Promise<boolean> => {
    if (timer) clearTimeout(timer);
    timer = null;
    while (inFlight) await inFlight;
    for (;;) {
      inFlight = saveOnce().finally(() => {
        inFlight = null;
      });
      if (!(await inFlight)) return false;
      if (!isDirty) return true;
    }
  };

  return {
    changed: () => {
      isDirty = true;
      options.onState('unsaved', null);
      schedule(options.delayMs);
    },
    flush,
    journalUnsaved: () => (isDirty || inFlight ? options.journal.write(options.id, options.peek()) : true),
    hasUnsaved: () => isDirty || inFlight !== null,
    discard: (keepJournal = false) => {
      if (timer) clearTimeout(timer);
      timer = null;
      isDirty = false;
      if (!keepJournal) options.journal.clear(options.id);
    },
  };
}
