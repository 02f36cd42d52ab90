import { useState } from 'react';
import { EVENT_KIND_LABELS, EVENT_KINDS, type EventKind } from '../../../shared/model/event';
import { MAX_TITLE } from '../../../shared/model/story';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../store/StoreProvider';
import { CreateWithTitleForm } from './CreateWithTitleForm';

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
  const [kind, setKind] = useState<EventKind>('researchInterview');
  return (
    <CreateWithTitleForm
      idPrefix="new-story"
      label="Title"
      maxLength={MAX_TITLE}
      placeholder="e.g. Sparse retrieval for long-context QA"
      missingTitle="Give the story a title, for example the project or the lab you are interviewing with."
      submitLabel="Create story"
      create={async (title) => ({ name: 'story', storyId: await createStory(title, kind), section: 'fieldMap' })}
      onDone={onDone}
    >
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
    </CreateWithTitleForm>
  );
}
