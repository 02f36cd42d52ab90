/*
 * The open story and its autosave. Typing records a pending edit (a path and a way to read the
 * value) without touching the story object, so a keystroke re-renders nothing but the field.
 * The one autosave mechanism (data/autosaver.ts) applies and writes pending edits at most
 * AUTOSAVE_DELAY_MS after the last one, at once on blur, hide, story switch and unload, and
 * keeps a journal of what is being saved until it is committed. A story whose edits cannot be
 * saved is never closed or switched away from without the user's word.
 */
import type { StateCreator } from 'zustand';
import type { Story } from '../../shared/model/story';
import { pathKey, updateAt, type Path } from '../../shared/story/updateAt';
import { applyPatch } from '../../shared/undo/applyPatch';
import { diffPatch } from '../../shared/undo/diffPatch';
import { invertPatch, type Patch } from '../../shared/undo/patch';
import { createAutosaver, type SaveState } from '../data/autosaver';
import { describeStorageError } from '../data/describeStorageError';
import { storyJournal } from '../data/journal';
import { freeDocumentLocks, type DocumentHold } from '../data/documentLocks';
import { StoryConflictError } from '../data/storyRepository';
import type { AppState } from './appState';
import type { Services } from './services';
import { errorMessage as message } from '../../shared/text/errorMessage';

export type { SaveState } from '../data/autosaver';

export const AUTOSAVE_DELAY_MS = 400;
const RETRY_DELAY_MS = 5000;

export interface WorkspaceSlice {
  story: Story | null;
  /**
   * 'blocked': another story's edits could not be saved, so it was not closed (see `blockedBy`);
   * 'heldElsewhere': another window or tab is editing this story (see `heldElsewhere`).
   */
  storyStatus: 'idle' | 'loading' | 'ready' | 'missing' | 'error' | 'blocked' | 'heldElsewhere';
  /** The story another window or tab holds, which this one shows it cannot edit. */
  heldElsewhere: string | null;
  /** Ask the window holding the story to let go, then edit it here. */
  takeOverStory(): Promise<void>;
  storyError: string | null;
  saveState: SaveState;
  saveError: string | null;
  /** The story kept open because its edits are not saved, and the one the user asked for. */
  blockedBy: { id: string; title: string; wantedId: string } | null;
  openStory(id: string): Promise<void>;
  /** Save and close the story; false (and still open) when its edits could not be saved. */
  closeStory(): Promise<boolean>;
  /** The user's word: forget the unsaved edits of the kept story and open the one asked for. */
  discardUnsavedAndOpen(): Promise<void>;
  /** Record a field edit; `read` is called when the edit is saved, not on every keystroke. */
  setField(path: Path, read: () => unknown): void;
  /**
   * A structural edit (add, remove, reorder, pick): applied to the story at once and recorded
   * for undo under `label` (“deleted the beat “Opening””); a null label is typing, which the
   * field's own undo covers. Returns the undo entry's id, or null when nothing was recorded.
   */
  changeStory(recipe: (story: Story) => Story, label?: string | null): number | null;
  flushSave(): Promise<void>;
  /** Synchronously keep unsaved and in-flight edits for the next start (page unload). */
  journalUnsaved(): void;
}

/** The moments the rest of the app follows (createSliceHooks in workflows.ts says how). */
export interface WorkspaceHooks {
  /** A story was written to the database by this window. */
  storyWritten(): void;
  /** Another window or tab wrote to the library. */
  writtenElsewhere(): void;
}

export function createWorkspaceSlice(services: Services, hooks: WorkspaceHooks): StateCreator<AppState, [], [], WorkspaceSlice> {
  return (set, get) => {
    const pending = new Map<string, { path: Path; read: () => unknown }>();
    let openRun = 0;
    const locks = services.locks ?? freeDocumentLocks();
    let hold: DocumentHold | null = null;
    /** The story as last read from or written to the database: the revision saves are based on. */
    let committed: Story | null = null;

    const withPending = (story: Story): Story => {
      let next = story;
      for (const { path, read } of pending.values()) next = updateAt(next, path, read());
      return next;
    };

    const current = (): Story => {
      const story = get().story;
      if (!story) throw new Error('No story is open.');
      return story;
    };

    const autosaver = createAutosaver<Story>({
      get id() {
        return get().story?.id ?? '';
      },
      delayMs: AUTOSAVE_DELAY_MS,
      retryMs: RETRY_DELAY_MS,
      take: () => {
        const next = withPending(current());
        pending.clear();
        set({ story: next });
        return { ...next, updatedAt: services.clock() };
      },
      peek: () => ({ ...withPending(current()), updatedAt: services.clock() }),
      write: async (next) => {
        const saved = await saveBasedOnCommitted(next);
        // Keep the same nested objects (editors compare by reference); only the stamp changes.
        const story = get().story;
        if (story?.id === saved.id) set({ story: { ...story, updatedAt: saved.updatedAt } });
        locks.announceChange(saved.id);
        hooks.storyWritten();
      },
      journal: storyJournal,
      onState: (saveState, error) => {
        if (saveState !== 'error') return set({ saveState, ...(saveState === 'saved' ? { saveError: null } : {}) });
        set({
          saveState,
          saveError: `Not saved yet. ${describeStorageError(error)} Your text is kept and Viva will retry.`,
        });
      },
    });

    const markChanged = () => autosaver.changed();

    /**
     * Save on top of the revision this window read. If the stored story moved on meanwhile (a
     * rename from another window's library, a take-over race), this window's own changes are
     * re-applied to it record by record (shared/undo), so neither side's words are lost.
     */
    const saveBasedOnCommitted = async (next: Story): Promise<Story> => {
      const base = committed?.id === next.id ? committed : null;
      try {
        const saved = await services.stories.save(next, base?.updatedAt);
        committed = saved;
        return saved;
      } catch (error) {
        if (!(error instanceof StoryConflictError) || !base) throw error;
        const stored = await services.stories.get(next.id);
        if (!stored) throw error;
        const merged = applyPatch(stored, diffPatch(base, next));
        const saved = await services.stories.save(merged, stored.updatedAt);
        committed = saved;
        const shown = get().story;
        if (shown?.id === saved.id) set({ story: applyPatch({ ...saved }, diffPatch(next, shown)) });
        return saved;
      }
    };

    const letGo = (storyId: string) => {
      autosaver.discard(true);
      hold?.release();
      hold = null;
      committed = null;
      pending.clear();
      set({ story: null, storyStatus: 'heldElsewhere', heldElsewhere: storyId, saveState: 'saved', saveError: null });
    };

    // Another window asks for the story this one holds: save, then let go.
    locks.onTakeOverAsked('story', (storyId) => {
      if (get().story?.id !== storyId) return;
      void autosaver.flush().then((isSaved) => {
        if (isSaved && get().story?.id === storyId) letGo(storyId);
      });
    });
    // Taken without an answer (this window was busy): keep what was typed in the journal.
    const onLost = (storyId: string) => {
      if (get().story?.id !== storyId) return;
      autosaver.journalUnsaved();
      letGo(storyId);
    };
    // Other windows' writes show here at once.
    locks.onChangeElsewhere(() => hooks.writtenElsewhere());
    if (services.locks) {
      let announce: ReturnType<typeof setTimeout> | null = null;
      services.library.onWrite(() => {
        announce ??= setTimeout(() => {
          announce = null;
          locks.announceChange(null);
        }, 200);
      });
    }

    /** Apply an undo or redo patch to a story, open or not, without recording it again. */
    const applyStoryPatch = async (storyId: string, patch: Patch) => {
      const story = get().story;
      if (story?.id === storyId) {
        const next = applyPatch(withPending(story), patch);
        pending.clear();
        set({ story: next });
        markChanged();
        return;
      }
      const stored = await services.stories.get(storyId);
      if (!stored || stored.deletedAt !== null) throw new Error('its story is in the trash or deleted.');
      await services.stories.save(applyPatch(stored, patch));
      hooks.storyWritten();
    };

    const load = async (id: string, run: number, isHeld = false) => {
      set({
        storyStatus: 'loading',
        storyError: null,
        saveState: 'saved',
        saveError: null,
        blockedBy: null,
        heldElsewhere: null,
      });
      try {
        if (!isHeld) {
          const granted = await locks.tryHold('story', id, () => onLost(id));
          if (run !== openRun) return granted?.release();
          if (!granted) return set({ story: null, storyStatus: 'heldElsewhere', heldElsewhere: id });
          hold = granted;
        }
        const stored = await services.stories.get(id);
        if (run !== openRun) return;
        const journal = storyJournal.read(id);
        if (!stored || stored.deletedAt !== null) {
          set({ story: null, storyStatus: 'missing' });
          return;
        }
        committed = stored;
        const isJournalNewer = journal !== null && journal.updatedAt > stored.updatedAt;
        if (!isJournalNewer) storyJournal.clear(id);
        set({ story: isJournalNewer ? journal : stored, storyStatus: 'ready' });
        if (isJournalNewer) {
          markChanged();
          await autosaver.flush();
        }
      } catch (error) {
        set({ story: null, storyStatus: 'error', storyError: message(error) });
      }
    };

    return {
      story: null,
      storyStatus: 'idle',
      storyError: null,
      saveState: 'saved',
      saveError: null,
      blockedBy: null,
      heldElsewhere: null,
      takeOverStory: async () => {
        const id = get().heldElsewhere;
        if (!id || get().story) return;
        const run = ++openRun;
        set({ storyStatus: 'loading' });
        const granted = await locks.takeOver('story', id, () => onLost(id));
        if (run !== openRun) return granted.release();
        hold = granted;
        await load(id, run, true);
      },
      flushSave: async () => {
        if (get().story) await autosaver.flush();
      },
      openStory: async (id) => {
        const open = get().story;
        if (open?.id === id) {
          if (get().storyStatus === 'blocked') set({ storyStatus: 'ready', blockedBy: null });
          return;
        }
        const run = ++openRun;
        if (!(await get().closeStory())) {
          const kept = get().story;
          if (run === openRun && kept)
            set({ storyStatus: 'blocked', blockedBy: { id: kept.id, title: kept.title, wantedId: id } });
          return;
        }
        await load(id, run);
      },
      closeStory: async () => {
        const closing = get().story;
        if (!closing) {
          if (get().storyStatus === 'heldElsewhere') set({ storyStatus: 'idle', heldElsewhere: null });
          return true;
        }
        if (!(await autosaver.flush())) {
          // Kept open with its edits (journalled if storage allows); the retries go on.
          autosaver.journalUnsaved();
          get().notify(
            `Your latest edits to “${closing.title}” are not saved yet. Viva keeps them and keeps trying; please do not close the window until it says Saved.`,
            'error',
          );
          return false;
        }
        // Another story was opened meanwhile: it is not this call's to close.
        if (get().story?.id !== closing.id) return true;
        pending.clear();
        hold?.release();
        hold = null;
        committed = null;
        set({ story: null, storyStatus: 'idle' });
        return true;
      },
      discardUnsavedAndOpen: async () => {
        const blocked = get().blockedBy;
        if (!blocked) return;
        autosaver.discard();
        pending.clear();
        hold?.release();
        hold = null;
        committed = null;
        set({ story: null, storyStatus: 'idle', saveState: 'saved', saveError: null, blockedBy: null });
        await load(blocked.wantedId, ++openRun);
      },
      setField: (path, read) => {
        if (!get().story) return;
        pending.set(pathKey(path), { path, read });
        markChanged();
      },
      changeStory: (recipe, label = 'a change to the story') => {
        const story = get().story;
        if (!story) return null;
        const before = withPending(story);
        const next = recipe(before);
        pending.clear();
        set({ story: next });
        markChanged();
        // Only the structural change is recorded: text typed before it is in `before` already.
        const patch = diffPatch(before, next);
        if (patch.length === 0 || label === null) return null;
        // Undone by ids (shared/undo), so undoing it never reverts text typed since.
        const { id } = story;
        return get().recordRecordsChange(
          label,
          () => applyStoryPatch(id, invertPatch(patch)),
          () => applyStoryPatch(id, patch),
        );
      },
      journalUnsaved: () => {
        if (get().story) autosaver.journalUnsaved();
      },
    };
  };
}
