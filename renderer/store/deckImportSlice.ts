/*
 * Importing a slide deck as a talk outline: pick or drop the file, read it in the file worker
 * (with progress), show what it will become, then write it — as a new story, or into an existing
 * story's outline (replacing its beats or adding after them) as one change the story's undo takes back.
 */
import type { StateCreator } from 'zustand';
import { deckOutline, type DeckOutline } from '../../shared/import/deckOutline';
import type { DeckRead } from '../../shared/import/deckSlides';
import { openFile } from '../bridge/bridge';
import { readDeckOffThread } from '../data/readDeckOffThread';
import type { AppState } from './appState';
import type { Services } from './services';
import type { Outline } from '../../shared/model/outline';

export type DeckImportState =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string; done: number; total: number }
  | { status: 'failed'; fileName: string; message: string }
  | { status: 'ready'; fileName: string; deck: DeckRead };

/** Where the deck goes: a new story, or an existing story's outline, replacing its beats or after them. */
export type DeckImportTarget = { kind: 'new' } | { kind: 'replace'; storyId: string } | { kind: 'append'; storyId: string };

export interface DeckImportSlice {
  deckImportOpen: boolean;
  deckImport: DeckImportState;
  openDeckImport(): void;
  closeDeckImport(): void;
  /** Let the user pick a deck file and read it. */
  chooseDeckFile(): Promise<void>;
  /** Refuse a file too large to read, saying so. */
  refuseLargeDeck(fileName: string, size: number, limit: number): void;
  /** Read a deck from bytes already in hand (a file dropped on the library). */
  readDeckFile(fileName: string, bytes: Uint8Array): Promise<void>;
  /** The outline the ready deck gives for a target story's talk length (or the deck's own for a new story). */
  planDeck(talkMs?: number): DeckOutline | null;
  /** A story's outline as it is now (the open story's, with its unsaved edits), for the preview; null if gone. */
  outlineOf(storyId: string): Promise<Outline | null>;
  /** The deck was written (applyDeckImport in workflows.ts): close the dialog, keeping the current read run. */
  finishDeckImport(): void;
}

export function createDeckImportSlice(services: Services): StateCreator<AppState, [], [], DeckImportSlice> {
  return (set, get) => {
    let run = 0;
    const readBytes = async (fileName: string, bytes: Uint8Array) => {
      const mine = ++run;
      set({ deckImportOpen: true, deckImport: { status: 'reading', fileName, done: 0, total: 0 } });
      const result = await readDeckOffThread(fileName, bytes, (done, total) => {
        if (mine === run) set({ deckImport: { status: 'reading', fileName, done, total } });
      });
      if (mine !== run) return;
      set({
        deckImport: result.ok
          ? { status: 'ready', fileName, deck: result.deck }
          : { status: 'failed', fileName, message: result.message },
      });
    };
    return {
      deckImportOpen: false,
      deckImport: { status: 'idle' },
      openDeckImport: () => set({ deckImportOpen: true }),
      closeDeckImport: () => {
        run += 1;
        set({ deckImportOpen: false, deckImport: { status: 'idle' } });
      },
      chooseDeckFile: async () => {
        const opened = await openFile('deck');
        if (opened.status === 'cancelled') return;
        if (opened.status === 'tooLarge') return get().refuseLargeDeck(opened.fileName, opened.size, opened.limit);
        await readBytes(opened.fileName, opened.bytes);
      },
      readDeckFile: readBytes,
      refuseLargeDeck: (fileName, size, limit) => {
        run += 1;
        const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;
        const message = `This file is ${mb(size)}, more than the ${mb(limit)} a deck may be; Viva did not open it.`;
        set({ deckImportOpen: true, deckImport: { status: 'failed', fileName, message } });
      },
      outlineOf: async (storyId) => {
        const open = get().story;
        if (open?.id === storyId) return open.outline;
        return (await services.stories.get(storyId))?.outline ?? null;
      },
      planDeck: (talkMs) => {
        const state = get().deckImport;
        if (state.status !== 'ready') return null;
        try {
          return deckOutline(state.deck, { fileName: state.fileName, ...(talkMs === undefined ? {} : { talkMs }) });
        } catch {
          return null;
        }
      },
      finishDeckImport: () => set({ deckImportOpen: false, deckImport: { status: 'idle' } }),
    };
  };
}
