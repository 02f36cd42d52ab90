/*
 * The open story and its autosave. Typing records a pending edit (a path and a way to read the
 * value) without touching the story object, so a keystroke re-renders nothing but the field.
 * Pending edits are applied and written at most AUTOSAVE_DELAY_MS after the last one, at once
 * on blur, hide, story switch and unload, and journalled synchronously on unload.
 */
import type { StateCreator } from 'zustand';
import type { Story } from '../../shared/model/story';
import { pathKey, updateAt, type Path } from '../../shared/story/updateAt';
import { applyPatch } from '../../shared/undo/applyPatch';
import { diffPatch } from '../../shared/undo/diffPatch';
import type { Patch } from '../../shared/undo/patch';
import { clearJournal, readJournal, writeJournal } from '../features/story/autosave/unloadJournal';
import { describeStorageError } from '../data/describeStorageError';
import type { AppState } from './appState';
import type { Services } from './services';

export const AUTOSAVE_DELAY_MS = 400;
const RETRY_DELAY_MS = 5000;

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error';

export interface WorkspaceSlice {
  story: Story | null;
  storyStatus: 'idle' | 'loading' | 'ready' | 'missing' | 'error';
  storyError: string | null;
  saveState: SaveState;
  saveError: string | null;
  openStory(id: string): Promise<void>;
  closeStory(): Promise<void>;
  /** Record a field edit; `read` is called when the edit is saved, not on every keystroke. */
  setField(path: Path, read: () => unknown): void;
  /**
   * A structural edit (add, remove, reorder, pick): applied to the story at once and recorded
   * for undo under `label` (“deleted the beat “Opening””); a null label is typing, which the
   * field's own undo covers. Returns the undo entry's id, or null when nothing was recorded.
   */
  changeStory(recipe: (story: Story) => Story, label?: string | null): number | null;
  /** Apply an undo or redo patch to a story, open or not, without recording it again. */
  applyStoryPatch(storyId: string, patch: Patch): Promise<void>;
  flushSave(): Promise<void>;
  /** Synchronously keep unsaved edits for the next start (page unload). */
  journalUnsaved(): void;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createWorkspaceSlice(services: Services): StateCreator<AppState, [], [], WorkspaceSlice> {
  return (set, get) => {
    const pending = new Map<string, { path: Path; read: () => unknown }>();
    let isDirty = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let inFlight: Promise<void> | null = null;
    let openRun = 0;

    const withPending = (story: Story): Story => {
      let next = story;
      for (const { path, read } of pending.values()) next = updateAt(next, path, read());
      return next;
    };

    const schedule = (delay = AUTOSAVE_DELAY_MS) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void get().flushSave(), delay);
    };

    const markUnsaved = () => {
      if (get().saveState !== 'unsaved') set({ saveState: 'unsaved' });
      schedule();
    };

    const saveOnce = async (): Promise<void> => {
      const story = get().story;
      if (!story || (pending.size === 0 && !isDirty)) return;
      const next = withPending(story);
      pending.clear();
      isDirty = false;
      set({ story: next, saveState: 'saving' });
      try {
        const saved = await services.stories.save(next);
        clearJournal(saved.id);
        // Keep the same nested objects (editors compare by reference); only the stamp changes.
        if (get().story === next) set({ story: { ...next, updatedAt: saved.updatedAt } });
        const isClean = pending.size === 0 && !isDirty;
        set({ saveState: isClean ? 'saved' : 'unsaved', saveError: null });
        void get().loadLibrary();
      } catch (error) {
        isDirty = true;
        writeJournal({ ...next, updatedAt: services.clock() });
        set({
          saveState: 'error',
          saveError: `Not saved yet. ${describeStorageError(error)} Your text is kept and Viva will retry.`,
        });
        schedule(RETRY_DELAY_MS);
      }
    };

    const flushSave = async (): Promise<void> => {
      if (timer) clearTimeout(timer);
      timer = null;
      while (inFlight) await inFlight;
      inFlight = saveOnce().finally(() => {
        inFlight = null;
      });
      await inFlight;
    };

    return {
      story: null,
      storyStatus: 'idle',
      storyError: null,
      saveState: 'saved',
      saveError: null,
      flushSave,
      openStory: async (id) => {
        if (get().story?.id === id) return;
        const run = ++openRun;
        await get().closeStory();
        set({ storyStatus: 'loading', storyError: null, saveState: 'saved', saveError: null });
        try {
          const stored = await services.stories.get(id);
          if (run !== openRun) return;
          const journal = readJournal(id);
          if (!stored || stored.deletedAt !== null) {
            set({ story: null, storyStatus: 'missing' });
            return;
          }
          const isJournalNewer = journal !== null && journal.updatedAt > stored.updatedAt;
          if (!isJournalNewer) clearJournal(id);
          set({ story: isJournalNewer ? journal : stored, storyStatus: 'ready' });
          if (isJournalNewer) {
            isDirty = true;
            await flushSave();
          }
        } catch (error) {
          set({ story: null, storyStatus: 'error', storyError: message(error) });
        }
      },
      closeStory: async () => {
        const closing = get().story;
        await flushSave();
        // Another story was opened meanwhile: it is not this call's to close.
        if (closing !== null && get().story?.id !== closing.id) return;
        pending.clear();
        isDirty = false;
        set({ story: null, storyStatus: 'idle' });
      },
      setField: (path, read) => {
        if (!get().story) return;
        pending.set(pathKey(path), { path, read });
        markUnsaved();
      },
      changeStory: (recipe, label = 'a change to the story') => {
        const story = get().story;
        if (!story) return null;
        const before = withPending(story);
        const next = recipe(before);
        pending.clear();
        isDirty = true;
        set({ story: next });
        markUnsaved();
        // Only the structural change is recorded: text typed before it is in `before` already.
        const patch = diffPatch(before, next);
        return patch.length === 0 || label === null ? null : get().recordStoryChange(story.id, patch, label);
      },
      applyStoryPatch: async (storyId, patch) => {
        const story = get().story;
        if (story?.id === storyId) {
          const next = applyPatch(withPending(story), patch);
          pending.clear();
          isDirty = true;
          set({ story: next });
          markUnsaved();
          return;
        }
        const stored = await services.stories.get(storyId);
        if (!stored || stored.deletedAt !== null) throw new Error('its story is in the trash or deleted.');
        await services.stories.save(applyPatch(stored, patch));
        void get().loadLibrary();
      },
      journalUnsaved: () => {
        const story = get().story;
        if (!story || (pending.size === 0 && !isDirty)) return;
        writeJournal({ ...withPending(story), updatedAt: services.clock() });
      },
    };
  };
}
