import { useState } from 'react';
import type { FormatHistory } from '../../../../shared/rehearsal/historyTrend';
import { formatDuration } from '../../../../shared/time/duration';
import { formatRoute } from '../../../navigation/route';
import { TrendChart } from './TrendChart';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const SHOWN = 10;

/** The note's first line, cut to fit a table cell; the review shows it whole. */
function firstLine(note: string): string {
  const line = note.trim().split('\n')[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

function describeTrend(history: FormatHistory): string {
  const { points } = history;
  const first = points[0];
  const last = points[points.length - 1];
  const runs = `${points.length} ${points.length === 1 ? 'run' : 'runs'}`;
  if (!first || !last || points.length === 1) return `${runs}.`;
  const overs = (p: typeof first) => `${p.overrunCount} ${p.overrunCount === 1 ? 'overrun' : 'overruns'}`;
  return `${runs}: the first took ${formatDuration(first.actualMs)} with ${overs(first)}, the latest ${formatDuration(last.actualMs)} with ${overs(last)}.`;
}

/** How the weighted rubric score moved across the scored runs, or null if none was scored. */
function describeRubricTrend(history: FormatHistory): string | null {
  const scored = history.points.filter((p) => p.rubricScore !== null);
  const first = scored[0];
  const last = scored[scored.length - 1];
  if (!first || !last) return null;
  const score = (p: typeof first) => `${(p.rubricScore ?? 0).toFixed(1)} of 5`;
  if (scored.length === 1) return `Rubric: 1 scored run, ${score(first)}.`;
  const change = (last.rubricScore ?? 0) - (first.rubricScore ?? 0);
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'level';
  return `Rubric: ${scored.length} scored runs, from ${score(first)} to ${score(last)} (${direction}).`;
}

/** One format's runs: the trend chart and a table of runs, each linking to its review. */
export function FormatHistoryCard({ history }: { history: FormatHistory }) {
  const [isAllShown, setIsAllShown] = useState(false);
  const headingId = `history-${history.formatId}`;
  const summary = describeTrend(history);
  const rubric = describeRubricTrend(history);
  const newestFirst = [...history.points].reverse();
  const shown = isAllShown ? newestFirst : newestFirst.slice(0, SHOWN);
  const runNumber = (index: number) => history.points.length - index;

  return (
    <section className="history-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="review-h2">
        {history.formatName}
      </h2>
      <p className="review-quiet">{summary}</p>
      {rubric && (
        <p className="review-quiet" data-testid="rubric-trend">
          {rubric}
        </p>
      )}
      {history.points.length > 1 && <TrendChart points={history.points} label={`Trend of total time and overruns. ${summary}`} />}
      <table className="review-table">
        <caption className="visually-hidden">Runs of {history.formatName}, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Run</th>
            <th scope="col">When</th>
            <th scope="col" className="num">
              Total
            </th>
            <th scope="col" className="num">
              Planned
            </th>
            <th scope="col" className="num">
              Overruns
            </th>
            {rubric && (
              <th scope="col" className="num">
                Rubric
              </th>
            )}
            <th scope="col">What to fix</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((point, i) => (
            <tr key={point.sessionId} className={point.overrunCount > 0 ? 'is-overrun' : undefined}>
              <td>{runNumber(i)}</td>
              <th scope="row">
                <a href={formatRoute({ name: 'session', sessionId: point.sessionId })}>{DATE.format(point.startedAt)}</a>
                {point.isRecorded && <span className="recorded-tag">recorded</span>}
              </th>
              <td className="num">{formatDuration(point.actualMs)}</td>
              <td className="num">{formatDuration(point.plannedMs)}</td>
              <td className="num">
                {point.overrunCount} of {point.segmentCount}
              </td>
              {rubric && (
                <td className="num">
                  {point.rubricScore === null ? (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">Not scored</span>
                    </>
                  ) : (
                    point.rubricScore.toFixed(1)
                  )}
                </td>
              )}
              <td className="history-note">
                {firstLine(point.note) || (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="visually-hidden">No note</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {history.points.length > SHOWN && (
        <button type="button" className="button button-quiet button-small" onClick={() => setIsAllShown((v) => !v)}>
          {isAllShown ? `Show the latest ${SHOWN} only` : `Show all ${history.points.length} runs`}
        </button>
      )}
    </section>
  );
}
