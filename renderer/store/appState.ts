import type { BackupSlice } from './backupSlice';
import type { CritiqueSlice } from './critiqueSlice';
import type { DeckImportSlice } from './deckImportSlice';
import type { DeliverySlice } from './deliverySlice';
import type { DrillsSlice } from './drillsSlice';
import type { ExchangeSlice } from './exchangeSlice';
import type { LibrarySlice } from './librarySlice';
import type { PreferencesSlice } from './preferencesSlice';
import type { RehearsalSlice } from './rehearsalSlice';
import type { SessionHistorySlice } from './sessionHistorySlice';
import type { UiSlice } from './uiSlice';
import type { UndoSlice } from './undoSlice';
import type { Workflows } from './workflows';
import type { WorkspaceSlice } from './workspaceSlice';

/** The whole renderer state: one zustand store built from slices, and the workflows that span them. */
export type AppState = BackupSlice &
  LibrarySlice &
  PreferencesSlice &
  UiSlice &
  WorkspaceSlice &
  SessionHistorySlice &
  DeliverySlice &
  RehearsalSlice &
  DrillsSlice &
  ExchangeSlice &
  DeckImportSlice &
  UndoSlice &
  CritiqueSlice &
  Workflows;
