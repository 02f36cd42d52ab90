import { useId, useState } from 'react';

interface DismissFormProps {
  onDismiss(reason: string): void;
  onCancel(): void;
}

/** Asks why a finding does not apply before dismissing it: the reason is kept with it. */
export function DismissForm({ onDismiss, onCancel }: DismissFormProps) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [isMissing, setMissing] = useState(false);
  return (
    <form
      className="dismiss-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim() === '') setMissing(true);
        else onDismiss(reason.trim());
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label htmlFor={`${id}-reason`}>Why does this not apply?</label>
      <textarea
        id={`${id}-reason`}
        className="textarea"
        rows={2}
        maxLength={2000}
        value={reason}
        autoFocus
        aria-invalid={isMissing}
        aria-describedby={isMissing ? `${id}-error` : undefined}
        placeholder="e.g. The panel knows this baseline; I answer it on slide 6."
        onChange={(e) => {
          setReason(e.target.value);
          setMissing(false);
        }}
      />
      {isMissing && (
        <p id={`${id}-error`} className="field-error" role="alert">
          Give a reason, so that you remember later why you set this aside.
        </p>
      )}
      <div className="dismiss-actions">
        <button type="submit" className="button button-small button-primary">
          Dismiss
        </button>
        <button type="button" className="button button-small button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
