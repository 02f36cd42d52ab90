import { CALIBRATION_EXPLANATION } from '../../../../shared/content/guidance/betsGuidance';
import type { Bet } from '../../../../shared/model/bets';
import { calibrate } from '../../../../shared/story/calibration';

const percent = (share: number) => `${Math.round(share * 100)} %`;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** How well stated confidence matched what happened, once some bets are confirmed or refuted. */
export function CalibrationPanel({ bets }: { bets: readonly Bet[] }) {
  const c = calibrate(bets);
  const unscored =
    c.withoutConfidence > 0
      ? ` ${plural(c.withoutConfidence, 'resolved bet states', 'resolved bets state')} no confidence and cannot be scored.`
      : '';
  if (c.count === 0 || c.brier === null) {
    return (
      <p className="calibration-empty" data-testid="calibration">
        Calibration appears once a bet with a confidence is confirmed or refuted.{unscored}
      </p>
    );
  }
  return (
    <div className="calibration" data-testid="calibration">
      <dl className="calibration-figures">
        <div>
          <dt>Brier score</dt>
          <dd>{c.brier.toFixed(2)}</dd>
        </div>
        <div>
          <dt>Resolved bets scored</dt>
          <dd>{c.count}</dd>
        </div>
        <div>
          <dt>Average confidence</dt>
          <dd>{c.meanStated === null ? '—' : percent(c.meanStated)}</dd>
        </div>
        <div>
          <dt>Came true</dt>
          <dd>{c.shareTrue === null ? '—' : percent(c.shareTrue)}</dd>
        </div>
      </dl>
      <table className="calibration-table">
        <caption className="visually-hidden">Resolved bets by stated confidence</caption>
        <thead>
          <tr>
            <th scope="col">Stated confidence</th>
            <th scope="col">Bets</th>
            <th scope="col">Average stated</th>
            <th scope="col">Came true</th>
          </tr>
        </thead>
        <tbody>
          {c.buckets.map((bucket) => (
            <tr key={bucket.from}>
              <th scope="row">
                {bucket.from}–{bucket.to} %
              </th>
              <td>{bucket.count}</td>
              <td>{percent(bucket.meanStated)}</td>
              <td>{percent(bucket.shareTrue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="calibration-note">
        {CALIBRATION_EXPLANATION}
        {unscored}
        {c.unresolved > 0 ? ` ${plural(c.unresolved, 'bet is', 'bets are')} still open or holding.` : ''}
      </p>
    </div>
  );
}
