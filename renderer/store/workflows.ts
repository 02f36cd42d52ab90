/*
 * Cross-slice workflows: the actions that span more than one slice, named and kept in one place.
 * Each slice touches only its own state and its own services; a workflow composes the slices'
 * own actions (restore a backup: back up, close the story, replace the library, reload what shows
 * it). test/renderer/store/sliceBoundaries.test.ts fails when a slice calls another slice's action.
 */
import type { StateCreator } from 'zustand';
import { formatBackupProblem } from '../../shared/backup/backupProblem';
import { parseBackupText } from '../../shared/backup/parseBackup';
import { deckOutline } from '../../shared/import/deckOutline';
import { DeckImportError } from '../../shared/import/deckSlides';
import { MAX_BEATS } from '../../shared/model/outline';
import { describeStorageError } from '../data/describeStorageError';
import type { RestoreOutcome } from '../data/restoreLibrary';
import type { AppState } from './appState';
import type { DeckImportTarget } from './deckImportSlice';
import type { Services } from './services';

export interface Workflows {
  /**
   * Restore a stored backup: read and check the whole file, back up the current library, close
   * the open story (its edits saved), replace the library in one transaction, then reload the
   * library, preferences, backups and trash.
   */
  restoreBackup(name: string): Promise<RestoreOutcome>;
  /** Let the user pick a backup file and import it (all of it, or nothing), then reload the library. */
  importBackupFile(): Promise<void>;
  /** A backup of one story (with its rehearsals) or, without an id, of the whole library, pending edits included. */
  exportBackup(options: { storyId?: string; includeRecordings: boolean; suggestedName: string }): Promise<string | null>;
  /** Write the ready deck as a new story or into a story's outline; the story's id, or null (the reason is notified). */
  applyDeckImport(target: DeckImportTarget): Promise<string | null>;
}

/** A full disk or storage quota is said in plain words; other errors pass on as they are. */
const message = describeStorageError;

const UNSAVED = 'Your latest edits are not saved yet, so nothing was restored. Try again once the story says “Saved”.';

export function createWorkflows(services: Services): StateCreator<AppState, [], [], Workflows> {
  return (_set, get) => ({
    restoreBackup: async (name) => {
      if (get().saveState === 'error') throw new Error(UNSAVED);
      get().noteRestorePhase({ name, phase: 'checking' });
      try {
        const { content } = await services.backups.read(name);
        // The same reading as an import: older versions migrated, every record checked.
        const parsed = parseBackupText(content);
        if (!parsed.ok) {
          const problems = parsed.problems.slice(0, 3).map(formatBackupProblem).join('; ');
          throw new Error(`This backup cannot be restored, so nothing was changed: ${problems}`);
        }
        get().noteRestorePhase({ name, phase: 'backingUp' });
        try {
          await get().backUpNow();
        } catch (error) {
          throw new Error(`Viva could not back up the current library first, so nothing was restored. ${message(error)}`, {
            cause: error,
          });
        }
        get().noteRestorePhase({ name, phase: 'restoring' });
        if (!(await get().closeStory())) throw new Error(UNSAVED);
        const outcome = await get().replaceLibrary(parsed.file);
        await Promise.all([get().loadLibrary(), get().loadPreferences(), get().loadBackups(), get().loadTrash()]);
        return outcome;
      } finally {
        get().noteRestorePhase(null);
      }
    },

    importBackupFile: () => get().runBackupImport(() => get().loadLibrary()),

    exportBackup: async (options) => {
      // Edits still waiting for the autosave belong in the file.
      await get().flushSave();
      return get().saveBackupFile(options);
    },

    applyDeckImport: async (target) => {
      const state = get().deckImport;
      if (state.status !== 'ready') return null;
      try {
        if (target.kind === 'new') {
          const plan = deckOutline(state.deck, { fileName: state.fileName });
          const id = await get().createStory(plan.title);
          await get().openStory(id);
          if (get().story?.id !== id) throw new DeckImportError('The new story could not be opened.');
          get().changeStory(
            (story) => ({ ...story, outline: { talkMs: plan.talkMs, beats: plan.beats } }),
            `imported the deck “${state.fileName}”`,
          );
          await get().flushSave();
          get().finishDeckImport();
          return id;
        }
        await get().openStory(target.storyId);
        const story = get().story;
        if (story?.id !== target.storyId)
          throw new DeckImportError('That story could not be opened here (it may be open in another window).');
        const plan = deckOutline(state.deck, { fileName: state.fileName, talkMs: story.outline.talkMs });
        const beats = target.kind === 'replace' ? plan.beats : [...story.outline.beats, ...plan.beats];
        if (beats.length > MAX_BEATS)
          throw new DeckImportError(
            `The outline would hold ${beats.length} beats, more than the ${MAX_BEATS} it may. Replace the outline instead, or hide slides in the deck.`,
          );
        get().changeStory(
          (current) => ({ ...current, outline: { ...current.outline, beats } }),
          `imported the deck “${state.fileName}” into the outline`,
        );
        await get().flushSave();
        get().finishDeckImport();
        return target.storyId;
      } catch (error) {
        // The import's own refusals are sentences for the user; anything else is the database's.
        const reason = error instanceof DeckImportError ? error.message : describeStorageError(error);
        get().notify(`Nothing was imported from “${state.fileName}”. ${reason}`, 'error');
        return null;
      }
    },
  });
}
