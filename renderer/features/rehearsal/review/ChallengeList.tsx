import { ANSWER_RATING_LABELS } from '../../../../shared/model/challenge';
import type { RehearsalSession } from '../../../../shared/model/rehearsalSession';
import { formatDuration } from '../../../../shared/time/duration';
import { AnswerPatternView } from '../../../components/AnswerPatternView';
import { useAnswerPatterns } from '../../../components/useAnswerPatterns';

/** The questions thrown during the run: where, how it went, and how long the answer took. */
export function ChallengeList({ session }: { session: RehearsalSession }) {
  const answerPatternOf = useAnswerPatterns(session.challenges.some((challenge) => Boolean(challenge.rating)));
  if (session.challenges.length === 0) {
    return <p className="review-quiet">No challenge questions were thrown in this run.</p>;
  }
  return (
    <ol className="challenge-list">
      {session.challenges.map((challenge, i) => {
        const segment = session.segments[challenge.segmentIndex];
        // Shown only after the answer was rated, so it checks the answer rather than scripts it.
        const pattern = challenge.rating ? answerPatternOf(challenge.questionId) : undefined;
        return (
          <li key={`${challenge.questionId}-${i}`} className="challenge-item">
            <p className="challenge-text">{challenge.text}</p>
            <p className="challenge-meta">
              <span className={`rating rating-${challenge.rating ?? 'none'}`}>
                {challenge.rating ? ANSWER_RATING_LABELS[challenge.rating] : 'Not rated'}
              </span>
              <span>Answered in {formatDuration(challenge.answerMs)}</span>
              {segment && <span>during {segment.title.trim() || `segment ${challenge.segmentIndex + 1}`}</span>}
              <span>at {formatDuration(challenge.askedAtMs, 'down')} into the run</span>
            </p>
            {pattern && <AnswerPatternView pattern={pattern} label="How a strong answer is built" />}
          </li>
        );
      })}
    </ol>
  );
}
