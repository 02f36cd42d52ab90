import { useState, type FormEvent } from 'react';
import { EVENT_KIND_LABELS, EVENT_KINDS, type EventKind } from '../../../shared/model/event';
import { MAX_TITLE } from '../../../shared/model/story';
import { navigate } from '../../navigation/useRoute';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../store/StoreProvider';
import { errorMessage } from '../../../shared/text/errorMessage';

/** Ask for a title and the event, create the story, open it. */
export function NewStoryDialog() {
  const isOpen = useApp((s) => s.dialog === 'newStory');
  const closeDialog = useApp((s) => s.closeDialog);
  return (
    <Dialog isOpen={isOpen} title="New story" onClose={closeDialog}>
      <NewStoryForm onDone={closeDialog} />
    </Dialog>
  );
}

function NewStoryForm({ onDone }: { onDone(): void }) {
  const createStory = useApp((s) => s.createStory);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<EventKind>('researchInterview');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '')
      return setError('Give the story a title, for example the project or the lab you are interviewing with.');
    setBusy(true);
    try {
      const id = await createStory(title, kind);
      onDone();
      navigate({ name: 'story', storyId: id, section: 'fieldMap' });
    } catch (cause) {
      setError(errorMessage(cause));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <div className="form-row">
        <label htmlFor="new-story-title">Title</label>
        <input
          id="new-story-title"
          className="input"
          autoFocus
          data-autofocus
          maxLength={MAX_TITLE}
          value={title}
          aria-invalid={error !== null}
          aria-describedby={error ? 'new-story-error' : undefined}
          placeholder="e.g. Sparse retrieval for long-context QA"
          onChange={(e) => {
            setTitle(e.target.value);
            setError(null);
          }}
        />
        {error && (
          <p id="new-story-error" className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="form-row">
        <label htmlFor="new-story-event">Preparing for</label>
        <select id="new-story-event" className="select" value={kind} onChange={(e) => setKind(e.target.value as EventKind)}>
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {EVENT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isBusy}>
          Create story
        </button>
      </div>
    </form>
  );
}
