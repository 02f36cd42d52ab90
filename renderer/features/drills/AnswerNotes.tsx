import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useApp } from '../../store/StoreProvider';

const SAVE_DELAY_MS = 600;

/** The user's notes on how to answer a question: saved a moment after typing stops, and on leaving the field. */
export function AnswerNotes({ questionId, stored }: { questionId: string; stored: string }) {
  const setAnswerNotes = useApp((s) => s.setAnswerNotes);
  const [text, setText] = useState(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ text, stored });
  useLayoutEffect(() => {
    latest.current = { text, stored };
  });

  const save = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (latest.current.text !== latest.current.stored) void setAnswerNotes(questionId, latest.current.text);
  };

  // Save what is pending when the question changes or the view closes.
  useEffect(() => () => save(), []); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <div className="answer-notes">
      <label htmlFor={`notes-${questionId}`}>Answer notes</label>
      <p id={`notes-${questionId}-hint`} className="answer-notes-hint">
        The points you want to make, the numbers to quote, the trap to avoid. Kept with the question.
      </p>
      <textarea
        id={`notes-${questionId}`}
        className="textarea"
        rows={4}
        maxLength={20_000}
        aria-describedby={`notes-${questionId}-hint`}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(save, SAVE_DELAY_MS);
        }}
        onBlur={save}
      />
    </div>
  );
}
