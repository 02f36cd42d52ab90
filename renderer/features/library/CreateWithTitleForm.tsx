import { useState, type FormEvent, type ReactNode } from 'react';
import { errorMessage } from '../../../shared/text/errorMessage';
import type { Route } from '../../navigation/route';
import { navigate } from '../../navigation/useRoute';

interface CreateWithTitleFormProps {
  /** Prefix of the ids of the title field and its error: "new-story" gives "new-story-title". */
  idPrefix: string;
  label: string;
  maxLength: number;
  placeholder: string;
  /** What to say when the title is left empty. */
  missingTitle: string;
  submitLabel: string;
  /** Creates the document and says where it opens. */
  create(title: string): Promise<Route>;
  onDone(): void;
  /** Rows asked for after the title. */
  children?: ReactNode;
}

/** The form of a New … dialog: a title (and any other rows), Cancel, and Create, which opens what it made. */
export function CreateWithTitleForm(props: CreateWithTitleFormProps) {
  const { idPrefix, label, maxLength, placeholder, missingTitle, submitLabel, create, onDone, children } = props;
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const errorId = `${idPrefix}-error`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return setError(missingTitle);
    setBusy(true);
    try {
      const route = await create(title);
      onDone();
      navigate(route);
    } catch (cause) {
      setError(errorMessage(cause));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <div className="form-row">
        <label htmlFor={`${idPrefix}-title`}>{label}</label>
        <input
          id={`${idPrefix}-title`}
          className="input"
          autoFocus
          data-autofocus
          maxLength={maxLength}
          value={title}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          placeholder={placeholder}
          onChange={(e) => {
            // A title is one line, whatever was pasted.
            setTitle(e.target.value.replace(/[\r\n]+/g, ' '));
            setError(null);
          }}
        />
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      {children}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isBusy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
