import { formatOverMs } from '../../../../shared/rehearsal/describeOverruns';
import { shownTimes, type SegmentStat, type SessionTotals } from '../../../../shared/rehearsal/sessionStats';
import { formatDuration } from '../../../../shared/time/duration';

/** The chart's numbers as a table: plan, actual, overrun and challenge time per segment, adding up to the second. */
export function SegmentTable({ stats, totals }: { stats: readonly SegmentStat[]; totals: SessionTotals }) {
  const shown = shownTimes(stats);
  const row = (i: number) => shown.segments[i] ?? { plannedMs: 0, actualMs: 0, overMs: 0, challengeMs: 0 };
  return (
    <table className="review-table">
      <caption className="visually-hidden">Planned and actual time per segment</caption>
      <thead>
        <tr>
          <th scope="col">Segment</th>
          <th scope="col" className="num">
            Planned
          </th>
          <th scope="col" className="num">
            Actual
          </th>
          <th scope="col">Against the plan</th>
          <th scope="col" className="num">
            On challenges
          </th>
        </tr>
      </thead>
      <tbody>
        {stats.map((s) => (
          <tr key={s.index} className={s.isOverrun ? 'is-overrun' : undefined}>
            <th scope="row">{s.title.trim() || `Segment ${s.index + 1}`}</th>
            <td className="num">{formatDuration(row(s.index).plannedMs)}</td>
            <td className="num">{formatDuration(row(s.index).actualMs)}</td>
            <td>
              {s.isOverrun ? <span className="over-badge">Over by {formatOverMs(row(s.index).overMs)}</span> : 'Within budget'}
            </td>
            <td className="num">{s.challengeMs > 0 ? formatDuration(row(s.index).challengeMs) : '—'}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td className="num">{formatDuration(shown.plannedMs)}</td>
          <td className="num">{formatDuration(shown.actualMs)}</td>
          <td>
            {totals.overrunCount === 0
              ? 'No overruns'
              : `${totals.overrunCount} ${totals.overrunCount === 1 ? 'overrun' : 'overruns'}`}
          </td>
          <td className="num">{totals.challengeMs > 0 ? formatDuration(shown.challengeMs) : '—'}</td>
        </tr>
      </tfoot>
    </table>
  );
}
