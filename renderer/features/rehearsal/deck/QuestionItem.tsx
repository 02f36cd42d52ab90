import { useState } from 'react';
import type { DeckQuestion } from '../../../../shared/content/challengeDeck';
import { CHALLENGE_TAG_LABELS } from '../../../../shared/content/challengeTags';
import { ANSWER_RATING_LABELS, type PracticeState } from '../../../../shared/model/challenge';
import { useFocusBackAfter } from '../../../components/useFocusBackAfter';
import { useApp } from '../../../store/StoreProvider';
import { QuestionForm } from './QuestionForm';
import { errorMessage } from '../../../../shared/text/errorMessage';

function practiceLine(practice: PracticeState | undefined): string {
  const log = practice?.log ?? [];
  const last = log.at(-1);
  if (!last) return 'Not answered yet';
  return `Answered ${log.length} time${log.length === 1 ? '' : 's'} · last: ${ANSWER_RATING_LABELS[last.rating].toLowerCase()}`;
}

/** One question of the deck: its text, tags and practice, answer notes, and edits for the user's own. */
export function QuestionItem({ question, practice }: { question: DeckQuestion; practice: PracticeState | undefined }) {
  const updateQuestion = useApp((s) => s.updateQuestion);
  const removeQuestion = useApp((s) => s.removeQuestion);
  const setAnswerNotes = useApp((s) => s.setAnswerNotes);
  const notify = useApp((s) => s.notify);
  const [isEditing, setEditing] = useState(false);
  const [isNotesOpen, setNotesOpen] = useState(false);
  const [notes, setNotes] = useState(practice?.notes ?? '');
  const notesId = `notes-${question.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const textId = `text-${notesId}`;
  // The edit form replaces the buttons; when it closes, focus goes back to Edit.
  const editRef = useFocusBackAfter(isEditing);

  if (isEditing) {
    return (
      <li className="question-item">
        <QuestionForm
          title="Edit your question"
          initialText={question.text}
          initialTags={question.tags}
          submitLabel="Save question"
          onSubmit={async (text, tags) => {
            await updateQuestion(question.id, text, tags);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className="question-item">
      <p className="question-text" id={textId}>
        {question.text}
      </p>
      <p className="question-meta">
        <span className="format-badge">{question.isBuiltin ? 'built in' : 'yours'}</span>{' '}
        {question.tags.map((t) => CHALLENGE_TAG_LABELS[t]).join(' · ')} · {practiceLine(practice)}
      </p>
      <div className="question-actions">
        <button
          type="button"
          className="button button-quiet button-small"
          aria-expanded={isNotesOpen}
          aria-controls={isNotesOpen ? notesId : undefined}
          onClick={() => setNotesOpen(!isNotesOpen)}
        >
          Answer notes{practice?.notes ? ' (written)' : ''}
        </button>
        {!question.isBuiltin && (
          <>
            <button
              ref={editRef}
              type="button"
              className="button button-quiet button-small"
              aria-describedby={textId}
              onClick={() => setEditing(true)}
            >
              Edit
            </button>
            <button
              type="button"
              className="button button-quiet button-small"
              aria-describedby={textId}
              onClick={(event) => {
                // The question goes away with the button: keep focus in the list, on its neighbour.
                const item = event.currentTarget.closest('li');
                const next = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector('button');
                removeQuestion(question.id)
                  .then(() => (next ?? document.getElementById('main'))?.focus())
                  .catch((error: unknown) => notify(`The question could not be deleted: ${errorMessage(error)}`, 'error'));
              }}
            >
              Delete
            </button>
          </>
        )}
      </div>
      {isNotesOpen && (
        <div className="question-notes">
          <label htmlFor={notesId} className="visually-hidden">
            Answer notes for this question
          </label>
          <textarea
            id={notesId}
            className="textarea"
            rows={4}
            value={notes}
            placeholder="How you would answer: the numbers, the experiment, the honest caveat."
            onChange={(e) => setNotes(e.target.value)}
            onBlur={() => {
              if (notes === (practice?.notes ?? '')) return;
              void setAnswerNotes(question.id, notes).catch((error: unknown) =>
                notify(`The notes could not be saved: ${errorMessage(error)}`, 'error'),
              );
            }}
          />
        </div>
      )}
    </li>
  );
}
