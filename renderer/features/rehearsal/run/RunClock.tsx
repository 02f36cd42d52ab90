import { formatDuration } from '../../../../shared/time/duration';
import type { TimeReading } from '../../../../shared/rehearsal/timerReading';

function standing(reading: TimeReading, where: string): string {
  if (reading.phase === 'overrun') return `Over budget ${where} by ${formatDuration(reading.overMs, 'down')}`;
  if (reading.phase === 'warning') return `Warning: ${formatDuration(reading.remainingMs, 'up')} left ${where}`;
  return `${formatDuration(reading.remainingMs, 'up')} left ${where}`;
}

/** The big clock: the segment's time above all, then the whole run's, each with its standing in words. */
export function RunClock({ current, total }: { current: TimeReading; total: TimeReading }) {
  const share = current.budgetMs > 0 ? Math.min(1, current.elapsedMs / current.budgetMs) : 1;
  return (
    <section className={`run-clock phase-${current.phase}`} aria-label="Time">
      <p className="run-clock-label">This segment</p>
      <p className="run-clock-big" role="timer" aria-label="Time in this segment">
        {formatDuration(current.elapsedMs, 'down')}
        <span className="run-clock-of"> of {formatDuration(current.budgetMs)}</span>
      </p>
      <div className="run-clock-bar" aria-hidden="true">
        <div className="run-clock-fill" style={{ width: `${share * 100}%` }} />
      </div>
      <p className="run-clock-standing" data-testid="segment-standing">
        {standing(current, 'in this segment')}
      </p>
      <p className={`run-clock-total phase-${total.phase}`} data-testid="total-standing">
        <span className="run-clock-total-time">
          Total {formatDuration(total.elapsedMs, 'down')} / {formatDuration(total.budgetMs)}
        </span>
        <span> · {standing(total, 'in the run')}</span>
      </p>
    </section>
  );
}
