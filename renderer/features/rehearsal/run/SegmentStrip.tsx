import { formatDuration } from '../../../../shared/time/duration';
import type { PlannedSegment } from '../../../../shared/rehearsal/runPlan';
import type { TimeReading } from '../../../../shared/rehearsal/timerReading';

const PHASE_WORDS = { ok: '', warning: ' (near budget)', overrun: ' (over budget)' } as const;

/** Every segment of the run with its budget and the time spent so far; the current one marked. */
export function SegmentStrip({
  segments,
  readings,
  index,
}: {
  segments: readonly PlannedSegment[];
  readings: readonly TimeReading[];
  index: number;
}) {
  return (
    <ol className="segment-strip" aria-label="Segments">
      {segments.map((segment, i) => {
        const reading = readings[i];
        const spent = reading && reading.elapsedMs > 0 ? formatDuration(reading.elapsedMs, 'down') : '–';
        return (
          <li
            key={i}
            className={`segment-chip phase-${reading?.phase ?? 'ok'}${i === index ? ' is-current' : ''}`}
            aria-current={i === index ? 'step' : undefined}
          >
            <span className="segment-chip-title" title={segment.title}>
              {segment.title}
            </span>
            <span className="segment-chip-time">
              {spent} / {formatDuration(segment.budgetMs)}
              {reading && reading.elapsedMs > 0 ? PHASE_WORDS[reading.phase] : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
