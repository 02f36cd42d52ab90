import { useEffect } from 'react';
import { ANSWER_RATING_LABELS, ANSWER_RATINGS, type AnswerRating } from '../../../shared/model/challenge';
import { ownValue } from '../../../shared/model/ownValue';
import { isEditableTarget } from '../shortcuts/isEditableTarget';

const KEYS: Record<string, AnswerRating> = { '1': 'nailed', '2': 'shaky', '3': 'missed' };
const HINTS: Record<AnswerRating, string> = {
  nailed: 'clear, complete, calm',
  shaky: 'got there, with gaps',
  missed: 'could not answer well',
};

/** How the answer went: three buttons, also on the keys 1, 2 and 3 outside text fields. */
export function RatingButtons({ onRate, isBusy }: { onRate(rating: AnswerRating): void; isBusy: boolean }) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const rating = ownValue(KEYS, event.key);
      if (!rating || isBusy || event.ctrlKey || event.metaKey || event.altKey || isEditableTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      onRate(rating);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onRate, isBusy]);

  return (
    <fieldset className="rating-buttons">
      <legend>How did your answer go?</legend>
      {ANSWER_RATINGS.map((rating, index) => (
        <button
          key={rating}
          type="button"
          className={`button rating-${rating}`}
          disabled={isBusy}
          aria-keyshortcuts={String(index + 1)}
          onClick={() => onRate(rating)}
        >
          <span className="rating-name">{ANSWER_RATING_LABELS[rating]}</span>
          <span className="rating-hint">
            {HINTS[rating]} · <kbd>{index + 1}</kbd>
          </span>
        </button>
      ))}
    </fieldset>
  );
}
