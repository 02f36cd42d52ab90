import { useEffect, useRef, useState } from 'react';
import type { DeckQuestion } from '../../../shared/content/challengeDeck';
import { answerClock } from '../../../shared/drills/answerClock';
import { ANSWER_RATING_LABELS, type AnswerRating, type PracticeState } from '../../../shared/model/challenge';
import { formatRelativeTime } from '../../../shared/text/formatRelativeTime';
import { AnswerNotes } from './AnswerNotes';
import { AnswerTimer } from './AnswerTimer';
import { RatingButtons } from './RatingButtons';

interface DrillCardProps {
  question: DeckQuestion;
  practice: PracticeState | undefined;
  /** The answer's time limit, or null when answers are not timed. */
  limitMs: number | null;
  now: number;
  /** Move focus to the question when it appears (after a rating), so the keyboard carries on from it. */
  shouldFocus: boolean;
  onRate(rating: AnswerRating, answerMs: number | null): Promise<void>;
}

/** One question to answer aloud, then rate; with its notes and how it went before. */
export function DrillCard({ question, practice, limitMs, now, shouldFocus, onRate }: DrillCardProps) {
  // The clock starts when the question is shown (the card is keyed by question).
  const [startedAt] = useState(() => Date.now());
  const [isBusy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (shouldFocus) headingRef.current?.focus();
  }, [shouldFocus]);
  const last = practice?.log.at(-1);
  const rate = (rating: AnswerRating) => {
    const answerMs = limitMs === null ? null : Math.round(answerClock(startedAt, Date.now(), limitMs).elapsedMs);
    setBusy(true);
    void onRate(rating, answerMs).finally(() => setBusy(false));
  };
  return (
    <article className="drill-card" aria-labelledby={`question-${question.id}`}>
      <div className="drill-card-meta">
        <span>{question.isBuiltin ? 'Built-in question' : 'Your question'}</span>
        <span>
          {last
            ? `Last answered ${formatRelativeTime(last.at, now)}: ${ANSWER_RATING_LABELS[last.rating].toLowerCase()} · ${practice!.log.length} in all`
            : 'Never practised'}
        </span>
      </div>
      <h2 id={`question-${question.id}`} ref={headingRef} tabIndex={-1} className="drill-question">
        {question.text}
      </h2>
      <p className="drill-instruction">Answer aloud, as you would to the panel. Then say how it went.</p>
      {limitMs !== null && <AnswerTimer startedAt={startedAt} limitMs={limitMs} />}
      <RatingButtons onRate={rate} isBusy={isBusy} />
      <AnswerNotes key={question.id} questionId={question.id} stored={practice?.notes ?? ''} />
    </article>
  );
}
