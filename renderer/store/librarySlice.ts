import type { StateCreator } from 'zustand';
import type { EventKind } from '../../shared/model/event';
import { searchStories, type SearchHit } from '../../shared/story/searchStories';
import type { StorySummary } from '../../shared/story/summarizeStory';
import { isTrashExpired } from '../../shared/story/trashExpiry';
import type { AppState } from './appState';
import { ensureSample, seedSampleOnce } from './sampleActions';
import type { Services } from './services';
import { errorMessage as message } from '../../shared/text/errorMessage';

export interface LibrarySlice {
  summaries: StorySummary[];
  libraryStatus: 'loading' | 'ready' | 'error';
  libraryError: string | null;
  searchQuery: string;
  /** Matches for the current query, or null when there is no query. */
  searchHits: SearchHit[] | null;
  setSearchQuery(query: string): Promise<void>;
  /**
   * Read the live stories for the list, once a first-launch seeding under way is done (so the
   * first list holds the sample). `readAlongside` is read at the same time (refreshLibrary in
   * workflows.ts passes the paper critiques), and the library is ready, or unreadable, with it.
   */
  loadLibrary(readAlongside?: () => Promise<void>): Promise<void>;
  /** Create a story and return its id. */
  createStory(title: string, eventKind?: EventKind): Promise<string>;
  renameStory(id: string, title: string): Promise<void>;
  duplicateStory(id: string): Promise<string>;
  /** Move a story to the trash, with an undo offered right away. */
  trashStory(id: string): Promise<void>;
  /** Move a story to the trash without a notice or an undo entry (redoing a trash). */
  trashStoryQuietly(id: string): Promise<void>;
  restoreStory(id: string): Promise<void>;
  trash: StorySummary[];
  /** Load the trash, first deleting for good what has outstayed the retention period. */
  loadTrash(): Promise<void>;
  purgeStory(id: string): Promise<void>;
  /** On first launch, put the sample story into an empty library; never again after that. */
  seedSampleOnce(): Promise<void>;
  /** The sample story's id, bringing back a fresh copy when it was deleted. */
  openSample(): Promise<string>;
}

export function createLibrarySlice(services: Services): StateCreator<AppState, [], [], LibrarySlice> {
  return (set, get) => {
    let searchRun = 0;
    let seeding: Promise<void> | null = null;
    const runSearch = async (query: string) => {
      const run = ++searchRun;
      if (query.trim() === '') return set({ searchHits: null });
      const hits = searchStories(await services.stories.listLiveStories(), query);
      if (run === searchRun) set({ searchHits: hits });
    };
    const refresh = async (readAlongside?: () => Promise<void>) => {
      const [summaries] = await Promise.all([services.stories.listLive(), readAlongside?.()]);
      set({ summaries, libraryStatus: 'ready', libraryError: null });
      await runSearch(get().searchQuery);
    };
    return {
      summaries: [],
      libraryStatus: 'loading',
      libraryError: null,
      searchQuery: '',
      searchHits: null,
      setSearchQuery: async (query) => {
        set({ searchQuery: query });
        await runSearch(query);
      },
      loadLibrary: async (readAlongside) => {
        await seeding;
        try {
          await refresh(readAlongside);
        } catch (error) {
          set({ libraryStatus: 'error', libraryError: `Viva could not read its database: ${message(error)}` });
        }
      },
      createStory: async (title, eventKind = 'researchInterview') => {
        const story = await services.stories.create(title.trim() || 'Untitled story', eventKind);
        await refresh();
        return story.id;
      },
      renameStory: async (id, title) => {
        const trimmed = title.trim();
        if (trimmed === '') throw new Error('A story needs a title.');
        const before = get().summaries.find((s) => s.id === id)?.title;
        await services.stories.rename(id, trimmed);
        await refresh();
        if (before === undefined || before === trimmed) return;
        const renameTo = (to: string) => async () => {
          await services.stories.rename(id, to);
          await refresh();
        };
        get().recordRecordsChange(`renamed “${before}” to “${trimmed}”`, renameTo(before), renameTo(trimmed));
      },
      duplicateStory: async (id) => {
        const copy = await services.stories.duplicate(id, (title) => `${title} (copy)`);
        await refresh();
        return copy.id;
      },
      trashStory: async (id) => {
        const title = get().summaries.find((s) => s.id === id)?.title ?? 'Story';
        await get().trashStoryQuietly(id);
        // Undo can come late (the trash emptied meanwhile): the undo says so rather than fail silently.
        const entry = get().recordRecordsChange(
          `moved “${title}” to the trash`,
          () => get().restoreStory(id),
          () => get().trashStoryQuietly(id),
        );
        get().notify(`“${title}” moved to the trash.`, 'info', { label: 'Undo', run: () => void get().undoChange(entry) });
      },
      trashStoryQuietly: async (id) => {
        await services.stories.trash(id);
        await refresh();
        if (get().trash.length > 0) await get().loadTrash();
      },
      restoreStory: async (id) => {
        await services.stories.restore(id);
        await refresh();
        if (get().trash.some((s) => s.id === id)) await get().loadTrash();
      },
      trash: [],
      loadTrash: async () => {
        const now = services.clock();
        const all = await services.stories.listTrash();
        const expired = all.filter((s) => s.deletedAt !== null && isTrashExpired(s.deletedAt, now));
        for (const story of expired) await services.stories.purge(story.id);
        set({ trash: all.filter((s) => !expired.includes(s)) });
      },
      purgeStory: async (id) => {
        await services.stories.purge(id);
        set({ trash: get().trash.filter((s) => s.id !== id) });
      },
      seedSampleOnce: () => {
        seeding = seedSampleOnce(services).then(
          () => undefined,
          () => {
            // A database that cannot be written is reported by loadLibrary, which runs next.
          },
        );
        return seeding;
      },
      openSample: async () => {
        const id = await ensureSample(services);
        await refresh();
        return id;
      },
    };
  };
}
