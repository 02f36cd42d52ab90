import { useEffect, useState } from 'react';
import { MAX_TEXT } from '../../../../shared/model/text';
import { createAutosaver, type Autosaver, type SaveState } from '../../../data/autosaver';
import { noteJournal } from '../../../data/journal';
import { useApp } from '../../../store/StoreProvider';

const LABELS: Record<SaveState, string> = { saved: 'Saved', unsaved: 'Editing…', saving: 'Saving…', error: 'Not saved' };
const SAVE_DELAY_MS = 400;
const RETRY_DELAY_MS = 5000;

/** The note's text and its autosave, made once per review. */
function createNoteSaver(
  sessionId: string,
  initial: string,
  save: (sessionId: string, note: string) => Promise<void>,
  onState: (state: SaveState) => void,
): Autosaver & { type(note: string): void } {
  let text = initial;
  const autosaver = createAutosaver<string>({
    id: sessionId,
    delayMs: SAVE_DELAY_MS,
    retryMs: RETRY_DELAY_MS,
    take: () => text,
    peek: () => text,
    write: (note) => save(sessionId, note),
    journal: noteJournal,
    onState,
  });
  return {
    ...autosaver,
    type: (note) => {
      text = note;
      autosaver.changed();
    },
  };
}

/**
 * "What to fix next time", saved with the session by the same autosave as a story: shortly after
 * typing stops, on blur and on leaving, journalled until committed. The field is uncontrolled,
 * so its own undo takes back a whole typed run.
 */
export function FixNote({ sessionId, initial }: { sessionId: string; initial: string }) {
  const saveSessionNote = useApp((s) => s.saveSessionNote);
  // Words typed just before the window closed last time, if their write may not have finished.
  const [replay] = useState(() => {
    const journalled = noteJournal.read(sessionId);
    return journalled !== null && journalled !== initial ? journalled : null;
  });
  const [state, setState] = useState<SaveState>(replay === null ? 'saved' : 'saving');
  const [saver] = useState(() => createNoteSaver(sessionId, replay ?? initial, saveSessionNote, setState));

  useEffect(() => {
    if (replay === null) noteJournal.clear(sessionId);
    else {
      saver.changed();
      void saver.flush();
    }
  }, [replay, saver, sessionId]);

  // Leaving the review (or the window) must not lose the last words typed: the database write may
  // not finish while the page unloads, so the note is also journalled synchronously.
  useEffect(() => {
    const onHide = () => {
      saver.journalUnsaved();
      void saver.flush();
    };
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void saver.flush();
    };
  }, [saver]);

  return (
    <div className="fix-note">
      <div className="fix-note-head">
        <label htmlFor="fix-note" className="review-h2">
          What to fix next time
        </label>
        <p className={`note-status note-${state === 'unsaved' ? 'editing' : state}`} role="status" data-testid="note-status">
          {LABELS[state]}
        </p>
      </div>
      <textarea
        id="fix-note"
        className="textarea fix-note-text"
        rows={4}
        maxLength={MAX_TEXT}
        defaultValue={replay ?? initial}
        placeholder="For example: cut the related-work beat to one slide; answer the baseline question with the tuning budget first."
        onChange={(e) => {
          saver.type(e.target.value);
        }}
        onBlur={() => void saver.flush()}
      />
    </div>
  );
}
