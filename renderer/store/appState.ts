import type { LibrarySlice } from './librarySlice';
import type { PreferencesSlice } from './preferencesSlice';
import type { SessionHistorySlice } from './sessionHistorySlice';
import type { UiSlice } from './uiSlice';
import type { WorkspaceSlice } from './workspaceSlice';

/** The whole renderer state: one zustand store built from slices. */
export type AppState = LibrarySlice & PreferencesSlice & UiSlice & WorkspaceSlice & SessionHistorySlice;
