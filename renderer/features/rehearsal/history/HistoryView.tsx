import { useEffect, useMemo } from 'react';
import { historyByFormat } from '../../../../shared/rehearsal/historyTrend';
import { formatRoute } from '../../../navigation/route';
import { useApp } from '../../../store/StoreProvider';
import { DeliveryTrend } from './DeliveryTrend';
import { FormatHistoryCard } from './FormatHistoryCard';
import '../review/review.css';
import '../delivery/delivery.css';

/** Every past rehearsal, grouped by format, with how time and overruns moved across runs. */
export function HistoryView() {
  const sessions = useApp((s) => s.sessionHistory);
  const error = useApp((s) => s.sessionHistoryError);
  const loadSessionHistory = useApp((s) => s.loadSessionHistory);
  const histories = useMemo(() => historyByFormat(sessions ?? []), [sessions]);

  useEffect(() => {
    void loadSessionHistory();
  }, [loadSessionHistory]);

  return (
    <div className="library review">
      <header className="library-header">
        <div>
          <h1>Rehearsal history</h1>
          <p className="library-subtitle">Every run, by format, oldest to newest in the charts. Open a run to review it.</p>
        </div>
        <a className="button button-primary" href={formatRoute({ name: 'rehearse', storyId: null })}>
          Rehearse
        </a>
      </header>
      {error && (
        <p className="library-error" role="alert">
          {error}
        </p>
      )}
      {sessions === null && !error && <p className="review-quiet">Loading past rehearsals…</p>}
      {sessions?.length === 0 && (
        <div className="library-empty">
          <h2>No rehearsals yet</h2>
          <p>Each timed run you finish is kept here, so you can see whether you are getting faster and tighter.</p>
          <a className="button button-primary" href={formatRoute({ name: 'rehearse', storyId: null })}>
            Start a rehearsal
          </a>
        </div>
      )}
      {sessions && sessions.length > 0 && <DeliveryTrend sessions={sessions} />}
      {histories.map((history) => (
        <FormatHistoryCard key={history.formatId} history={history} />
      ))}
    </div>
  );
}
