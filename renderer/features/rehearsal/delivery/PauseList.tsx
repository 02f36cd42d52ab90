import { formatTenths } from '../../../../shared/time/duration';
import type { DeliveryResult } from '../../../../shared/model/deliveryAnalysis';
import type { RehearsalSession } from '../../../../shared/model/rehearsalSession';
import { formatDuration } from '../../../../shared/time/duration';

type Analysed = Extract<DeliveryResult, { ok: true }>;

/** Every pause of a second or more: where in the recording, in which segment, how long. */
export function PauseList({ session, result }: { session: RehearsalSession; result: Analysed }) {
  const segmentOf = (atMs: number) => result.segments.find((s) => s.pauses.some((p) => p.atMs === atMs));
  const pauses = result.whole.pauses.map((p) => {
    const segment = segmentOf(p.atMs);
    const title = segment ? session.segments[segment.segmentIndex]?.title.trim() || `Segment ${segment.segmentIndex + 1}` : null;
    return { ...p, title };
  });
  if (pauses.length === 0) return null;
  const longest = Math.max(...pauses.map((p) => p.durationMs));
  return (
    <details className="pause-list">
      <summary>
        Every pause of a second or more ({pauses.length}, the longest {formatTenths(longest)})
      </summary>
      <ol>
        {[...pauses]
          .sort((a, b) => a.atMs - b.atMs)
          .map((p) => (
            <li key={p.atMs}>
              At {formatDuration(p.atMs, 'down')}
              {p.title && ` in ${p.title}`}: {formatTenths(p.durationMs)}
              {p.durationMs === longest && ' (the longest)'}
            </li>
          ))}
      </ol>
    </details>
  );
}
