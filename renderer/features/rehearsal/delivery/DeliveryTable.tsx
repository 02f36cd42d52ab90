import { describePace, describeSegmentDelivery } from '../../../../shared/delivery/describeDelivery';
import type { DeliveryResult } from '../../../../shared/model/deliveryAnalysis';
import type { RehearsalSession } from '../../../../shared/model/rehearsalSession';
import { formatDuration, formatTenths } from '../../../../shared/time/duration';

type Analysed = Extract<DeliveryResult, { ok: true }>;

/** Each segment's delivery against the plan: a sentence each, then the numbers as a table. */
export function DeliveryTable({ session, result, usual }: { session: RehearsalSession; result: Analysed; usual: number }) {
  const title = (index: number) => session.segments[index]?.title.trim() || `Segment ${index + 1}`;
  return (
    <>
      <h3 className="delivery-h3">By segment</h3>
      <ul className="delivery-sentences" data-testid="delivery-segments">
        {result.segments.map((s) => (
          <li key={s.segmentIndex}>{describeSegmentDelivery(title(s.segmentIndex), s, usual)}</li>
        ))}
      </ul>
      <div className="table-scroll">
        <table className="review-table delivery-table">
          <caption className="visually-hidden">Delivery per segment, estimated from the recording</caption>
          <thead>
            <tr>
              <th scope="col">Segment</th>
              <th scope="col" className="num">
                Planned
              </th>
              <th scope="col" className="num">
                Speaking
              </th>
              <th scope="col" className="num">
                Pace (est.)
              </th>
              <th scope="col" className="num">
                Pauses
              </th>
              <th scope="col" className="num">
                Longest
              </th>
              <th scope="col">Voice</th>
              <th scope="col" className="num">
                Faded endings
              </th>
            </tr>
          </thead>
          <tbody>
            {result.segments.map((s) => {
              const longest = Math.max(0, ...s.pauses.map((p) => p.durationMs));
              const budget = session.segments[s.segmentIndex]?.budgetMs;
              return (
                <tr key={s.segmentIndex} className={s.isFlat ? 'is-flat' : undefined}>
                  <th scope="row">{title(s.segmentIndex)}</th>
                  <td className="num">{budget === undefined ? '—' : formatDuration(budget)}</td>
                  <td className="num">{formatDuration(s.speakingMs)}</td>
                  <td className="num" title={s.wordsPerMinute === null ? undefined : describePace(s.wordsPerMinute, usual)}>
                    {s.wordsPerMinute ?? '—'}
                  </td>
                  <td className="num">{s.pauses.length}</td>
                  <td className="num">{longest > 0 ? formatTenths(longest) : '—'}</td>
                  <td>{s.pitch === null ? '—' : s.isFlat ? <span className="flat-badge">Flat</span> : 'Varied'}</td>
                  <td className="num">
                    {s.fadingEndsMs.length} of {s.sentences}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
