import { useEffect, useState } from 'react';
import { answerClock } from '../../../shared/drills/answerClock';
import { formatDuration } from '../../../shared/time/duration';

/** A visible countdown for a timed answer, read from timestamps; it turns red once time is up. */
export function AnswerTimer({ startedAt, limitMs }: { startedAt: number; limitMs: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  const clock = answerClock(startedAt, now, limitMs);
  const shown = clock.isOver ? `+${formatDuration(-clock.remainingMs, 'down')}` : formatDuration(clock.remainingMs, 'up');
  return (
    <div className={clock.isOver ? 'answer-timer is-over' : 'answer-timer'}>
      <span className="answer-timer-label">{clock.isOver ? 'Over time' : 'Time left'}</span>
      {/* The digits change every second: a timer role, which screen readers do not announce on each change. */}
      <span
        role="timer"
        aria-label={clock.isOver ? `Over time by ${shown.slice(1)}` : `${shown} left`}
        className="answer-timer-digits"
      >
        {shown}
      </span>
    </div>
  );
}
