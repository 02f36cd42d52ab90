import { useState, type FormEvent } from 'react';
import { MAX_TITLE } from '../../../shared/model/story';
import { useApp } from '../../store/StoreProvider';
import { errorMessage } from '../../../shared/text/errorMessage';

interface RenameFormProps {
  storyId: string;
  title: string;
  onDone(): void;
  /** How to rename: a story by default; a paper critique passes its own. */
  rename?: (id: string, title: string) => Promise<void>;
}

/** Rename a story (or a critique) in place: Enter saves, Escape cancels. */
export function RenameForm({ storyId, title, onDone, rename }: RenameFormProps) {
  const renameStory = useApp((s) => s.renameStory);
  const [value, setValue] = useState(title);
  const [error, setError] = useState<string | null>(null);
  const errorId = `rename-error-${storyId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      if (value.trim() !== title) await (rename ?? renameStory)(storyId, value);
      onDone();
    } catch (cause) {
      setError(errorMessage(cause));
    }
  };

  return (
    <form className="rename-form" onSubmit={submit}>
      <label className="visually-hidden" htmlFor={`rename-${storyId}`}>
        New title
      </label>
      <input
        id={`rename-${storyId}`}
        className="input"
        autoFocus
        maxLength={MAX_TITLE}
        value={value}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setValue(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onDone();
          }
        }}
      />
      <button type="submit" className="button button-primary button-small">
        Save
      </button>
      <button type="button" className="button button-small" onClick={onDone}>
        Cancel
      </button>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
