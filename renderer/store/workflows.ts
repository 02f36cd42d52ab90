/*
 * Cross-slice workflows: the actions that span more than one slice, named and kept in one place.
 * Each slice touches only its own state and its own services; a workflow composes the slices'
 * own actions (restore a backup: back up, close the story, replace the library, reload what shows
 * it). What a slice's own work sets off in another (a saved story shows in the library list) is a
 * hook the slice is handed at creation, said here too (createSliceHooks, at the end).
 * test/renderer/store/sliceBoundaries.test.ts fails when a slice calls another slice's action.
 */
import type { StateCreator } from 'zustand';
import { formatBackupProblem } from '../../shared/backup/backupProblem';
import { fileStem } from '../../shared/export/exportFileName';
import { deckOutline } from '../../shared/import/deckOutline';
import { DeckImportError } from '../../shared/import/deckSlides';
import { critiqueTitle } from '../../shared/model/critique';
import { MAX_BEATS } from '../../shared/model/outline';
import { describeStorageError } from '../data/describeStorageError';
import type { RestoreOutcome } from '../data/restoreLibrary';
import type { AppState } from './appState';
import type { BackupHooks } from './backupSlice';
import type { DeckImportTarget } from './deckImportSlice';
import type { Services } from './services';
import type { SessionHistoryHooks } from './sessionHistorySlice';
import type { WorkspaceHooks } from './workspaceSlice';

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
  /** Read what the library shows afresh: its stories and, listed beside them, the paper critiques. */
  refreshLibrary(): Promise<void>;
  /** Another window wrote to the library: show its writes here, in the library and in a trash already read. */
  refreshAfterExternalWrite(): Promise<void>;
  /** Save the open critique's edits, then save it as a markdown file; the file's name, or null when cancelled. */
  exportCritiqueMarkdown(): Promise<string | null>;
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
        // The same reading as an import: older versions migrated, every record checked. Loaded
        // here, not at start-up: its rich-text check brings prosemirror-model.
        const { parseBackupText } = await import('../../shared/backup/parseBackup');
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
        await Promise.all([get().refreshLibrary(), get().loadPreferences(), get().loadBackups(), get().loadTrash()]);
        return outcome;
      } finally {
        get().noteRestorePhase(null);
      }
    },

    importBackupFile: () => get().runBackupImport(() => get().refreshLibrary()),

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

    // Read together, so the library shows once, with both, or says it cannot read its database.
    refreshLibrary: () => get().loadLibrary(() => get().loadCritiques()),

    refreshAfterExternalWrite: async () => {
      await Promise.all([get().refreshLibrary(), get().trash.length > 0 ? get().loadTrash() : undefined]);
    },

    exportCritiqueMarkdown: async () => {
      await get().flushCritique();
      const critique = get().critique;
      if (!critique) return null;
      // The markdown writer (prosemirror-markdown) loads on first export, not with the library.
      const { critiqueMarkdown } = await import('../../shared/export/critiqueMarkdown');
      return get().exportFile('markdown', `${fileStem(critiqueTitle(critique))}-critique.md`, critiqueMarkdown(critique));
    },
  });
}

/**
 * What a slice's own work sets off in other slices. The slice names the moment (a story was
 * written, another window wrote, a backup is about to read the library, a rehearsal's recording
 * is gone) and is handed these at creation (createAppStore.ts); what follows is said here.
 */
export function createSliceHooks(get: () => AppState) {
  return {
    workspace: {
      // A saved story shows in the library list: its title, its progress, its place in the order.
      storyWritten: () => void get().refreshLibrary(),
      writtenElsewhere: () => void get().refreshAfterExternalWrite(),
    } satisfies WorkspaceHooks,
    // A backup holds the edits the autosave has not written yet.
    backup: { savePendingEdits: () => get().flushSave() } satisfies BackupHooks,
    // A deleted rehearsal, or its deleted recording, takes its delivery analysis with it.
    sessionHistory: { recordingGone: (sessionId: string) => get().forgetDelivery(sessionId) } satisfies SessionHistoryHooks,
  };
}
