/*
 * Who the shared field components write to. By default the open story (the workspace's setField
 * and changeStory); a paper critique's editor provides its own writer, so the same fields,
 * lists and rich-text editors serve both kinds of document through the one autosave.
 */
import { createContext, useContext, useMemo } from 'react';
import type { Story } from '../../../../shared/model/story';
import type { Path } from '../../../../shared/story/updateAt';
import { useApp } from '../../../store/StoreProvider';

export interface DocumentWriter {
  /** Record a field edit; `read` is called when the edit is saved. */
  setField(path: Path, read: () => unknown): void;
  /** A structural edit of the whole document, recorded for undo under `label`; the undo entry's id. */
  change(recipe: (root: unknown) => unknown, label?: string | null): number | null;
}

export const DocumentWriterContext = createContext<DocumentWriter | null>(null);

/** The writer of the document being edited: the open story unless a provider names another. */
export function useDocumentWriter(): DocumentWriter {
  const own = useContext(DocumentWriterContext);
  const setField = useApp((s) => s.setField);
  const changeStory = useApp((s) => s.changeStory);
  return useMemo(
    () => own ?? { setField, change: (recipe, label) => changeStory((story) => recipe(story) as Story, label) },
    [own, setField, changeStory],
  );
}
