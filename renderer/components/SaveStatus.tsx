import type { SaveState } from '../data/autosaver';

const LABELS = { saved: 'Saved', unsaved: 'Editing…', saving: 'Saving…', error: 'Not saved' } as const;

/** "Saving… / Saved" for an autosaved document, announced politely; an error shows its reason. */
export function SaveStatus({ state, error }: { state: SaveState; error: string | null }) {
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
