import { useState, type KeyboardEvent } from 'react';

/** What a typed value reads as: the value to store, or the sentence saying what is wrong. */
export type DraftReading<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * A text input whose value is checked only when it is left or Enter is pressed. What is typed
 * stays on screen as a draft; a bad draft keeps the stored value and shows the reason (with
 * `keptNote`, what stays until it is fixed); Escape drops the draft and puts the stored value
 * back. `commit` receives a good value only when it differs from the stored one.
 */
export function useDraftInput<T>(options: {
  shown: string;
  stored: T;
  read: (draft: string) => DraftReading<T>;
  keptNote: string;
  commit: (value: T) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const commitDraft = () => {
    if (draft === null) return;
    const reading = options.read(draft);
    if (!reading.ok) return setError(`${reading.error} ${options.keptNote}`);
    setError(null);
    setDraft(null);
    if (reading.value !== options.stored) options.commit(reading.value);
  };

  return {
    error,
    inputProps: {
      value: draft ?? options.shown,
      'aria-invalid': error !== null,
      onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
      onBlur: commitDraft,
      onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
        if (e.key === 'Enter') commitDraft();
        if (e.key === 'Escape' && draft !== null) {
          e.preventDefault();
          setDraft(null);
          setError(null);
        }
      },
    },
  };
}
