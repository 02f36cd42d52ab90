import type { StateCreator } from 'zustand';
import type { AppState } from './appState';

export interface Notice {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
}

/** The app-level dialogs; at most one is open. */
export type AppDialog = 'newStory' | 'shortcuts';

export interface UiSlice {
  dialog: AppDialog | null;
  notices: Notice[];
  openDialog(dialog: AppDialog): void;
  closeDialog(): void;
  /** Show a short message; errors stay until dismissed, others fade after a while. */
  notify(message: string, tone?: Notice['tone'], action?: Notice['action']): number;
  dismissNotice(id: number): void;
}

let nextNoticeId = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  dialog: null,
  notices: [],
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  notify: (message, tone = 'info', action) => {
    const id = nextNoticeId++;
    const notice: Notice = action ? { id, message, tone, action } : { id, message, tone };
    set((state) => ({ notices: [...state.notices.slice(-3), notice] }));
    return id;
  },
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
});
