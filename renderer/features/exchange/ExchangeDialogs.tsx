import { ExportStoryDialog } from './ExportStoryDialog';
import { DeckImportDialog } from './DeckImportDialog';
import { ImportDialog } from './ImportDialog';
import { LibraryBackupDialog } from './LibraryBackupDialog';

/** The export and import dialogs, opened from the menu, the shortcuts, the story and the library. */
export function ExchangeDialogs() {
  return (
    <>
      <ExportStoryDialog />
      <LibraryBackupDialog />
      <ImportDialog />
      <DeckImportDialog />
    </>
  );
}
