/*
 * The autosave journal: a synchronous copy of what is being saved, kept in localStorage from the
 * moment a save starts until IndexedDB has committed it, and written again when the page hides
 * or unloads (IndexedDB writes may not finish then; localStorage writes are synchronous). The
 * next open replays it if it is newer than what the database holds. A crash of the window
 * (which runs no unload handler) therefore loses at most the last autosave delay of typing.
 */
import { storyTimesToMs } from '../../shared/migrations/timesInMilliseconds';
import { critiqueSchema, type Critique } from '../../shared/model/critique';
import { storySchema, type Story } from '../../shared/model/story';
import { MAX_TEXT } from '../../shared/model/text';
import { readLocal, removeLocal, writeLocal } from './localStore';

/** A journal for one kind of record: keep, read back, forget. */
export interface Journal<T> {
  /** Keep a value that may not have reached the database; false when storage is full. */
  write(id: string, value: T): boolean;
  read(id: string): T | null;
  clear(id: string): void;
}

function createJournal<T>(prefix: string, encode: (value: T) => string, decode: (raw: string) => T | null): Journal<T> {
  return {
    write: (id, value) => writeLocal(prefix + id, encode(value)),
    read: (id) => {
      const raw = readLocal(prefix + id);
      if (raw === null) return null;
      try {
        return decode(raw);
      } catch {
        return null;
      }
    },
    clear: (id) => removeLocal(prefix + id),
  };
}

/**
 * Unsaved stories, whole and validated when read back. A copy journalled by a Viva before schema
 * version 4 (durations in seconds) is brought forward first, so an update never drops it.
 */
export const storyJournal: Journal<Story> = createJournal(
  'viva:unsaved:',
  (story) => JSON.stringify(story),
  (raw) => {
    const parsed = storySchema.safeParse(storyTimesToMs(JSON.parse(raw)));
    return parsed.success ? parsed.data : null;
  },
);

/** Unsaved paper critiques, whole and validated when read back. */
export const critiqueJournal: Journal<Critique> = createJournal(
  'viva:unsavedCritique:',
  (critique) => JSON.stringify(critique),
  (raw) => {
    const parsed = critiqueSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  },
);

/** Unsaved "what to fix" notes of rehearsal sessions. */
export const noteJournal: Journal<string> = createJournal(
  'viva:unsavedNote:',
  (note) => note,
  (raw) => raw.slice(0, MAX_TEXT),
);
