import { ANSWER_RATING_LABELS, ANSWER_RATINGS } from '../../../../shared/model/challenge';
import type { AnswerRating } from '../../../../shared/model/challenge';
import { formatDuration } from '../../../../shared/time/duration';

interface Props {
  text: string;
  answerMs: number;
  onRate(rating: AnswerRating): void;
}

/** The question thrown at the speaker, its answer time, and the three ratings (keys 1–3). */
export function ChallengeCard({ text, answerMs, onRate }: Props) {
  return (
    <section className="challenge-card" aria-labelledby="challenge-heading">
      <h2 id="challenge-heading" className="challenge-heading">
        Challenge
      </h2>
      <p className="challenge-text" aria-live="assertive">
        {text}
      </p>
      <p className="challenge-time">
        Answering for <span className="challenge-clock">{formatDuration(answerMs, 'down')}</span>. The segment clock keeps
        running.
      </p>
      <div className="challenge-ratings" role="group" aria-label="How did you answer?">
        {ANSWER_RATINGS.map((rating, i) => (
          <button key={rating} type="button" className={`button rating-${rating}`} onClick={() => onRate(rating)}>
            {ANSWER_RATING_LABELS[rating]} <kbd>{i + 1}</kbd>
          </button>
        ))}
      </div>
    </section>
  );
}
