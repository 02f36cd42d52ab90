import { useCallback, useEffect, useMemo } from 'react';
import type uPlot from 'uplot';
import { deliveryTrend, type DeliveryTrendPoint } from '../../../../shared/delivery/deliveryTrend';
import type { RehearsalSession } from '../../../../shared/model/rehearsalSession';
import { formatRoute } from '../../../navigation/route';
import { useApp } from '../../../store/StoreProvider';
import type { ChartColors } from '../review/chartColors';
import { UplotChart } from '../review/UplotChart';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function describeTrend(points: readonly DeliveryTrendPoint[], usual: number): string {
  const paced = points.filter((p) => p.wordsPerMinute !== null);
  const runs = `${points.length} analysed ${points.length === 1 ? 'run' : 'runs'}`;
  const first = paced[0];
  const last = paced.at(-1);
  if (!first || !last) return `${runs}, none with enough speech to estimate a pace.`;
  if (first === last) return `${runs}: about ${last.wordsPerMinute} words a minute (your usual is ${usual}).`;
  return `${runs}: about ${first.wordsPerMinute} words a minute at first, about ${last.wordsPerMinute} in the latest (your usual is ${usual}).`;
}

/** Estimated pace, pauses and flat segments across every analysed run, oldest first. */
export function DeliveryTrend({ sessions }: { sessions: readonly RehearsalSession[] }) {
  const analyses = useApp((s) => s.deliveryAnalyses);
  const loadDeliveryAnalyses = useApp((s) => s.loadDeliveryAnalyses);
  const usual = useApp((s) => s.preferences.wordsPerMinute);
  const points = useMemo(() => deliveryTrend(sessions, analyses ?? []), [sessions, analyses]);

  useEffect(() => {
    void loadDeliveryAnalyses();
  }, [loadDeliveryAnalyses]);

  const data = useMemo(
    (): uPlot.AlignedData => [points.map((_, i) => i + 1), points.map((p) => p.wordsPerMinute), points.map(() => usual)],
    [points, usual],
  );
  const options = useCallback(
    (colors: ChartColors): Omit<uPlot.Options, 'width' | 'height'> => {
      const axis = { stroke: colors.muted, grid: { stroke: colors.grid, width: 1 }, ticks: { stroke: colors.grid, width: 1 } };
      const top = Math.max(usual, ...points.map((p) => p.wordsPerMinute ?? 0)) * 1.2;
      return {
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false, range: () => [0.5, points.length + 0.5] }, y: { range: () => [0, top] } },
        axes: [
          { ...axis, grid: { show: false }, label: 'Analysed run', labelSize: 20, incrs: [1, 2, 5, 10, 20, 50, 100] },
          { ...axis, size: 44 },
        ],
        series: [
          {},
          { label: 'Estimated pace', stroke: colors.accent, width: 2, points: { show: true, size: 6, fill: colors.accent } },
          { label: 'Your usual pace', stroke: colors.planned, width: 1.5, dash: [6, 4], points: { show: false } },
        ],
      };
    },
    [points, usual],
  );

  if (analyses === null || points.length === 0) return null;
  const summary = describeTrend(points, usual);
  return (
    <section className="history-card" aria-labelledby="history-delivery">
      <h2 id="history-delivery" className="review-h2">
        How you spoke, across recorded runs
      </h2>
      <p className="review-quiet" data-testid="delivery-trend">
        {summary} Pace is estimated from the sound of each recording, not from recognised words.
      </p>
      {points.length > 1 && (
        <div className="timing-chart">
          <ul className="chart-legend" aria-hidden="true">
            <li>
              <span className="swatch swatch-actual" /> Estimated pace (words a minute)
            </li>
            <li>
              <span className="swatch swatch-planned-line" /> Your usual pace
            </li>
          </ul>
          <UplotChart label={`Estimated pace of each analysed run. ${summary}`} height={200} data={data} options={options} />
        </div>
      )}
      <div className="table-scroll">
        <table className="review-table">
          <caption className="visually-hidden">Delivery of each analysed run, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Format</th>
              <th scope="col" className="num">
                Pace (est.)
              </th>
              <th scope="col" className="num">
                Pauses a minute
              </th>
              <th scope="col" className="num">
                Flat segments
              </th>
              <th scope="col" className="num">
                Faded endings
              </th>
            </tr>
          </thead>
          <tbody>
            {[...points].reverse().map((p) => (
              <tr key={p.sessionId}>
                <th scope="row">
                  <a href={formatRoute({ name: 'session', sessionId: p.sessionId })}>{DATE.format(p.startedAt)}</a>
                </th>
                <td>{p.formatName}</td>
                <td className="num">{p.wordsPerMinute ?? '—'}</td>
                <td className="num">{p.pausesPerMinute.toFixed(1)}</td>
                <td className="num">
                  {p.flatSegments} of {p.segments}
                </td>
                <td className="num">{p.fadedEndings}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
