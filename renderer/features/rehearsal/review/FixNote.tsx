import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_TEXT } from '../../../../shared/model/text';
import { useApp } from '../../../store/StoreProvider';
import { clearNoteJournal, readNoteJournal, writeNoteJournal } from './noteJournal';

type NoteState = 'saved' | 'editing' | 'saving' | 'error';

const LABELS: Record<NoteState, string> = { saved: 'Saved', editing: 'Editing…', saving: 'Saving…', error: 'Not saved' };
const SAVE_DELAY_MS = 400;

/** "What to fix next time", saved with the session shortly after typing stops and on leaving. */
export function FixNote({ sessionId, initial }: { sessionId: string; initial: string }) {
  const saveSessionNote = useApp((s) => s.saveSessionNote);
  // Words typed just before the window closed last time, if their write may not have finished.
  const [replay] = useState(() => {
    const journalled = readNoteJournal(sessionId);
    return journalled !== null && journalled !== initial ? journalled : null;
  });
  const [text, setText] = useState(replay ?? initial);
  const [state, setState] = useState<NoteState>(replay === null ? 'saved' : 'saving');
  const pending = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const save = useCallback(
    (note: string) =>
      saveSessionNote(sessionId, note).then(
        () => {
          if (pending.current !== null) return setState('editing');
          clearNoteJournal(sessionId);
          setState('saved');
        },
        () => setState('error'),
      ),
    [sessionId, saveSessionNote],
  );

  useEffect(() => {
    if (replay === null) clearNoteJournal(sessionId);
    else void save(replay);
  }, [replay, save, sessionId]);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const note = pending.current;
    if (note === null) return;
    pending.current = null;
    setState('saving');
    void save(note);
  }, [save]);

  // Leaving the review (or the window) must not lose the last words typed: the database write may
  // not finish while the page unloads, so the note is also journalled synchronously.
  useEffect(() => {
    const onHide = () => {
      if (pending.current !== null) writeNoteJournal(sessionId, pending.current);
      flush();
    };
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      flush();
    };
  }, [flush, sessionId]);

  return (
    <div className="fix-note">
      <div className="fix-note-head">
        <label htmlFor="fix-note" className="review-h2">
          What to fix next time
        </label>
        <p className={`note-status note-${state}`} role="status" data-testid="note-status">
          {LABELS[state]}
        </p>
      </div>
      <textarea
        id="fix-note"
        className="textarea fix-note-text"
        rows={4}
        maxLength={MAX_TEXT}
        value={text}
        placeholder="For example: cut the related-work beat to one slide; answer the baseline question with the tuning budget first."
        onChange={(e) => {
          setText(e.target.value);
          pending.current = e.target.value;
          setState('editing');
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(flush, SAVE_DELAY_MS);
        }}
        onBlur={flush}
      />
    </div>
  );
}
