import { useApp } from '../../store/StoreProvider';

/** The library's way in and out: import a slide deck or a backup file, or back the whole library up to one. */
export function LibraryExchangeButtons() {
  const open = useApp((s) => s.openExchangeDialog);
  const openDeckImport = useApp((s) => s.openDeckImport);
  return (
    <>
      <button type="button" className="button" onClick={openDeckImport}>
        Import a deck…
      </button>
      <button type="button" className="button" onClick={() => open('import')}>
        Import…
      </button>
      <button type="button" className="button" onClick={() => open('exportLibrary')}>
        Back up…
      </button>
    </>
  );
}
