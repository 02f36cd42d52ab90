import { useId, useState } from 'react';
import type { ChallengeTag } from '../../../../shared/model/challenge';
import { checkQuestionDraft } from '../../../../shared/rehearsal/questionDraft';
import { TagChecklist } from './TagChecklist';
import { errorMessage } from '../../../../shared/text/errorMessage';

interface Props {
  title: string;
  initialText?: string;
  initialTags?: readonly ChallengeTag[];
  submitLabel: string;
  onSubmit(text: string, tags: ChallengeTag[]): Promise<void>;
  onCancel?: () => void;
}

/** Write or edit one of the user's own questions, with the tags that say where it fits. */
export function QuestionForm({ title, initialText = '', initialTags = [], submitLabel, onSubmit, onCancel }: Props) {
  const id = useId();
  const [text, setText] = useState(initialText);
  const [tags, setTags] = useState<ChallengeTag[]>([...initialTags]);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const draft = checkQuestionDraft(text, tags);
    if (!draft.ok) return setError(draft.error);
    try {
      await onSubmit(draft.text, draft.tags);
      setError(null);
      setText('');
      setTags([]);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  return (
    <form
      className="question-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${id}-text`} className="chooser-label">
        {title}
      </label>
      <textarea
        id={`${id}-text`}
        className="textarea"
        rows={3}
        value={text}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <details className="segment-tags">
        <summary>Where it fits: {tags.length === 0 ? 'anywhere' : `${tags.length} tag${tags.length === 1 ? '' : 's'}`}</summary>
        <TagChecklist tags={tags} onChange={setTags} />
      </details>
      <div className="chooser-actions">
        <button type="submit" className="button button-primary button-small">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-small" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
