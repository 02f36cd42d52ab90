import { useApp } from '../../store/StoreProvider';

const LABELS = { saved: 'Saved', unsaved: 'Editing…', saving: 'Saving…', error: 'Not saved' } as const;

/** "Saving… / Saved" for the open critique, announced politely; an error shows its reason. */
export function CritiqueSaveIndicator() {
  const state = useApp((s) => s.critiqueSaveState);
  const error = useApp((s) => s.critiqueSaveError);
  return (
    <p
      className={`save-indicator save-${state}`}
      role="status"
      aria-live="polite"
      data-testid="save-indicator"
      data-state={state}
      title={error ?? undefined}
    >
      <span className="save-dot" aria-hidden="true" />
      {LABELS[state]}
      {state === 'error' && error && <span className="save-error"> — {error}</span>}
    </p>
  );
}
