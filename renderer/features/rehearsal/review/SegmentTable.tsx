import { formatOverMs } from '../../../../shared/rehearsal/describeOverruns';
import type { SegmentStat, SessionTotals } from '../../../../shared/rehearsal/sessionStats';
import { formatDuration } from '../../../../shared/story/speakingTime';

const clock = (ms: number) => formatDuration(Math.round(ms / 1000));

/** The chart's numbers as a table: plan, actual, overrun and challenge time per segment. */
export function SegmentTable({ stats, totals }: { stats: readonly SegmentStat[]; totals: SessionTotals }) {
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
            <td className="num">{clock(s.plannedMs)}</td>
            <td className="num">{clock(s.actualMs)}</td>
            <td>{s.isOverrun ? <span className="over-badge">Over by {formatOverMs(s.overMs)}</span> : 'Within budget'}</td>
            <td className="num">{s.challengeMs > 0 ? clock(s.challengeMs) : '—'}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td className="num">{clock(totals.plannedMs)}</td>
          <td className="num">{clock(totals.actualMs)}</td>
          <td>
            {totals.overrunCount === 0
              ? 'No overruns'
              : `${totals.overrunCount} ${totals.overrunCount === 1 ? 'overrun' : 'overruns'}`}
          </td>
          <td className="num">{totals.challengeMs > 0 ? clock(totals.challengeMs) : '—'}</td>
        </tr>
      </tfoot>
    </table>
  );
}
