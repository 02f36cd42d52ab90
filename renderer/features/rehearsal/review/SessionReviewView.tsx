import { useEffect, useMemo } from 'react';
import type { RehearsalSession } from '../../../../shared/model/rehearsalSession';
import { isRubricRun } from '../../../../shared/rehearsal/designRubric';
import { describeOverruns, describeTotal } from '../../../../shared/rehearsal/describeOverruns';
import { segmentStats, sessionTotals } from '../../../../shared/rehearsal/sessionStats';
import { formatDuration } from '../../../../shared/time/duration';
import { formatRoute } from '../../../navigation/route';
import { useApp } from '../../../store/StoreProvider';
import { DeliverySection } from '../delivery/DeliverySection';
import { RecordingPlayer } from '../recording/RecordingPlayer';
import { ChallengeList } from './ChallengeList';
import { DeleteSession } from './DeleteSession';
import { FixNote } from './FixNote';
import { PaceUpdate } from './PaceUpdate';
import { RubricScoring } from './RubricScoring';
import { SegmentTable } from './SegmentTable';
import { TimingChart } from './TimingChart';
import './review.css';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** One past rehearsal: where the time went, the challenges, the recording, and what to fix. */
export function SessionReviewView({ sessionId }: { sessionId: string }) {
  const reviewed = useApp((s) => s.reviewed);
  const openReview = useApp((s) => s.openReview);

  useEffect(() => {
    void openReview(sessionId);
  }, [sessionId, openReview]);

  const isCurrent = reviewed?.id === sessionId;
  if (!isCurrent || reviewed.status === 'loading') return <p className="library review-quiet">Loading the rehearsal…</p>;
  if (!reviewed.session) {
    return (
      <div className="library">
        <h1>Rehearsal not found</h1>
        <p className="library-subtitle">
          {reviewed.status === 'missing' ? 'It may have been deleted.' : 'It could not be read.'}{' '}
          <a href={formatRoute({ name: 'history' })}>See all rehearsals</a>.
        </p>
      </div>
    );
  }
  return <Review session={reviewed.session} />;
}

function Review({ session }: { session: RehearsalSession }) {
  const stats = useMemo(() => segmentStats(session), [session]);
  const totals = useMemo(() => sessionTotals(session), [session]);
  const overruns = describeOverruns(session);
  const isRecordingOn = useApp((s) => s.preferences.recordRehearsals);
  const storyTitle = useApp((s) => s.summaries.find((summary) => summary.id === session.storyId)?.title);

  return (
    <article className="library review" aria-labelledby="review-title">
      <header className="library-header">
        <div>
          <p className="review-eyebrow">
            <a href={formatRoute({ name: 'history' })}>All rehearsals</a>
          </p>
          <h1 id="review-title">{session.formatName}</h1>
          <p className="library-subtitle">
            {DATE.format(session.startedAt)}
            {storyTitle && ` · ${storyTitle}`}
            {session.isNoNotes && ' · without notes'}
            {session.pausedMs >= 1000 && ` · paused for ${formatDuration(session.pausedMs)}`}
          </p>
        </div>
        <a className="button button-primary" href={formatRoute({ name: 'rehearse', storyId: session.storyId })}>
          Rehearse again
        </a>
      </header>

      <section className="review-section" aria-labelledby="review-time">
        <h2 id="review-time" className="review-h2">
          Where the time went
        </h2>
        <p className={totals.overrunCount > 0 ? 'review-verdict is-over' : 'review-verdict'} data-testid="overrun-summary">
          {describeTotal(session)} {overruns}
        </p>
        {stats.length > 0 && (
          <>
            <TimingChart stats={stats} label={`Chart of planned against actual time per segment. ${overruns}`} />
            <SegmentTable stats={stats} totals={totals} />
          </>
        )}
      </section>

      <section className="review-section" aria-labelledby="review-challenges">
        <h2 id="review-challenges" className="review-h2">
          Challenges
        </h2>
        <ChallengeList session={session} />
      </section>

      {isRubricRun(session) && <RubricScoring key={session.id} session={session} />}

      <section className="review-section" aria-labelledby="review-recording">
        <h2 id="review-recording" className="review-h2">
          Recording
        </h2>
        {session.recording ? (
          <RecordingPlayer session={session} />
        ) : (
          <p className="review-quiet">
            This run was not recorded.
            {!isRecordingOn && (
              <>
                {' '}
                To hear your next runs back, turn on recording in <a href={formatRoute({ name: 'preferences' })}>Preferences</a>.
              </>
            )}
          </p>
        )}
      </section>

      {session.recording && <DeliverySection session={session} />}

      <section className="review-section" aria-labelledby="review-pace">
        <h2 id="review-pace" className="review-h2">
          Speaking pace
        </h2>
        <PaceUpdate session={session} />
      </section>

      <section className="review-section">
        <FixNote key={session.id} sessionId={session.id} initial={session.note} />
      </section>

      <DeleteSession sessionId={session.id} />
    </article>
  );
}
