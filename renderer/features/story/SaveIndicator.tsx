import { useApp } from '../../store/StoreProvider';

const LABELS = { saved: 'Saved', unsaved: 'Editing…', saving: 'Saving…', error: 'Not saved' } as const;

/** "Saving… / Saved", announced politely; an error shows its reason. */
export function SaveIndicator() {
  const state = useApp((s) => s.saveState);
  const error = useApp((s) => s.saveError);
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
