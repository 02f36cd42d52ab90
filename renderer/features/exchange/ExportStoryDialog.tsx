import { lazy, Suspense } from 'react';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../store/StoreProvider';
import './exchange.css';

// The markdown and slide exporters (prosemirror-markdown and markdown-it) load on first use.
const ExportStoryForm = lazy(() => import('./ExportStoryForm').then((m) => ({ default: m.ExportStoryForm })));

/** Export the open story: as markdown, a slide deck, a notes script or a backup; or copy it. */
export function ExportStoryDialog() {
  const isOpen = useApp((s) => s.exchangeDialog === 'exportStory');
  const close = useApp((s) => s.closeExchangeDialog);
  return (
    <Dialog isOpen={isOpen} title="Export this story" onClose={close}>
      {isOpen && (
        <Suspense fallback={<p role="status">Loading…</p>}>
          <ExportStoryForm onDone={close} />
        </Suspense>
      )}
    </Dialog>
  );
}
