import { useApp } from '../../store/StoreProvider';
import './exchange.css';

/** Opens the export dialog for the open story. */
export function ExportStoryButton() {
  const open = useApp((s) => s.openExchangeDialog);
  return (
    <button type="button" className="button exchange-export-button" onClick={() => open('exportStory')}>
      Export or copy…
    </button>
  );
}
