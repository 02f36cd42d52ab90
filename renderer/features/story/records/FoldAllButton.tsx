import './foldAll.css';

/** Folds every record of a list to its bar, or opens them all again. */
export function FoldAllButton({ isAllFolded, onToggle, plural }: { isAllFolded: boolean; onToggle(): void; plural: string }) {
  return (
    <div className="fold-all">
      <button type="button" className="button button-quiet button-small" onClick={onToggle}>
        {isAllFolded ? `Unfold all ${plural}` : `Fold all ${plural}`}
      </button>
    </div>
  );
}
