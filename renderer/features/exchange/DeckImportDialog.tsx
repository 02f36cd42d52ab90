import { lazy, Suspense } from 'react';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../store/StoreProvider';

// The preview names each deck format from the export registry; it loads with the dialog's body.
const DeckImportBody = lazy(() => import('./DeckImportBody').then((m) => ({ default: m.DeckImportBody })));

/** Import a slide deck: the dialog, its body loaded when first opened. */
export function DeckImportDialog() {
  const isOpen = useApp((s) => s.deckImportOpen);
  const close = useApp((s) => s.closeDeckImport);
  const state = useApp((s) => s.deckImport);
  return (
    <Dialog isOpen={isOpen} title="Import a slide deck" onClose={close} wide>
      {isOpen && (
        <Suspense fallback={<p role="status">Loading…</p>}>
          <DeckImportBody state={state} onClose={close} />
        </Suspense>
      )}
    </Dialog>
  );
}
