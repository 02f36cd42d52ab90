import { budgetText, elapsedText, remainingText } from '../../../../shared/rehearsal/clockText';
import type { TimeReading } from '../../../../shared/rehearsal/timerReading';

function standing(reading: TimeReading, where: string): string {
  if (reading.phase === 'overrun') return `Over budget ${where} by ${elapsedText(reading.overMs)}`;
  if (reading.phase === 'warning') return `Warning: ${remainingText(reading.remainingMs)} left ${where}`;
  return `${remainingText(reading.remainingMs)} left ${where}`;
}

/** The big clock: the segment's time above all, then the whole run's, each with its standing in words. */
export function RunClock({ current, total }: { current: TimeReading; total: TimeReading }) {
  const share = current.budgetMs > 0 ? Math.min(1, current.elapsedMs / current.budgetMs) : 1;
  return (
    <section className={`run-clock phase-${current.phase}`} aria-label="Time">
      <p className="run-clock-label">This segment</p>
      <p className="run-clock-big" role="timer" aria-label="Time in this segment">
        {elapsedText(current.elapsedMs)}
        <span className="run-clock-of"> of {budgetText(current.budgetMs / 1000)}</span>
      </p>
      <div className="run-clock-bar" aria-hidden="true">
        <div className="run-clock-fill" style={{ width: `${share * 100}%` }} />
      </div>
      <p className="run-clock-standing" data-testid="segment-standing">
        {standing(current, 'in this segment')}
      </p>
      <p className={`run-clock-total phase-${total.phase}`} data-testid="total-standing">
        <span className="run-clock-total-time">
          Total {elapsedText(total.elapsedMs)} / {budgetText(total.budgetMs / 1000)}
        </span>
        <span> · {standing(total, 'in the run')}</span>
      </p>
    </section>
  );
}
