import { useEffect } from 'react';
import { SYLLABLES_PER_WORD } from '../../../../shared/delivery/deliveryConfig';
import { describeDelivery } from '../../../../shared/delivery/describeDelivery';
import type { DeliveryResult } from '../../../../shared/model/deliveryAnalysis';
import type { RehearsalSession } from '../../../../shared/model/rehearsalSession';
import { formatDuration } from '../../../../shared/time/duration';
import { useApp } from '../../../store/StoreProvider';
import { AudioPaceUpdate } from './AudioPaceUpdate';
import { DeliveryChart } from './DeliveryChart';
import { DeliveryTable } from './DeliveryTable';
import { PauseList } from './PauseList';
import './delivery.css';

type Analysed = Extract<DeliveryResult, { ok: true }>;

/** The review's account of how the run was spoken, analysed from its recording on this machine. */
export function DeliverySection({ session }: { session: RehearsalSession }) {
  const delivery = useApp((s) => s.delivery);
  const openDelivery = useApp((s) => s.openDelivery);
  const closeDelivery = useApp((s) => s.closeDelivery);

  // The recording, not every save of the note, decides what is analysed. Closing the review lets
  // go of what it showed, so the next opening reads the database afresh.
  const recordingKey = session.recording ? `${session.id}:${session.recording.durationMs}` : null;
  useEffect(() => {
    void openDelivery(session);
    return () => closeDelivery(session.id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [recordingKey, openDelivery, closeDelivery]);

  return (
    <section className="review-section delivery" aria-labelledby="review-delivery" aria-busy={delivery?.status === 'analysing'}>
      <h2 id="review-delivery" className="review-h2">
        How you spoke
      </h2>
      <DeliveryBody session={session} />
    </section>
  );
}

function DeliveryBody({ session }: { session: RehearsalSession }) {
  const delivery = useApp((s) => s.delivery);
  const openDelivery = useApp((s) => s.openDelivery);
  if (!delivery || delivery.sessionId !== session.id || delivery.status === 'loading') {
    return <p className="review-quiet">Reading the analysis of the recording…</p>;
  }
  if (delivery.status === 'analysing') {
    const percent = Math.round(delivery.progress * 100);
    return (
      <div className="delivery-progress">
        <label htmlFor="delivery-progress">Listening to the recording, on this machine: {percent} %</label>
        <progress id="delivery-progress" max={100} value={percent} />
        <p className="review-quiet">
          This takes a few seconds for each ten minutes of recording; you can keep working meanwhile.
        </p>
      </div>
    );
  }
  if (delivery.status === 'noAudio') {
    return (
      <p className="review-quiet">
        The audio of this run is not on this machine (automatic backups leave audio out), so it cannot be analysed.
      </p>
    );
  }
  if (delivery.status === 'error' || !delivery.analysis) {
    return (
      <div role="alert">
        <p>The recording could not be analysed: {delivery.error ?? 'no result came back.'}</p>
        <button type="button" className="button button-small" onClick={() => void openDelivery(session)}>
          Try again
        </button>
      </div>
    );
  }
  const { result } = delivery.analysis;
  if (!result.ok) {
    return (
      <p className="delivery-problem" data-testid="delivery-problem">
        {result.message}
      </p>
    );
  }
  return <DeliveryResults session={session} result={result} />;
}

function DeliveryResults({ session, result }: { session: RehearsalSession; result: Analysed }) {
  const usual = useApp((s) => s.preferences.wordsPerMinute);
  const { whole } = result;
  const summary = `Over the whole run: ${formatDuration(whole.speakingMs)} of speaking; ${describeDelivery(whole, usual)}`;
  return (
    <>
      <p className="delivery-note">
        Pace is <strong>estimated from the sound</strong>, not from recognised words: Viva counts syllables by the rhythm of
        loudness in your voice and takes an English word as {SYLLABLES_PER_WORD} syllables. Expect it within about 15 % of your
        real pace. The recording never leaves this machine.
      </p>
      <p className="review-verdict" data-testid="delivery-summary">
        {summary}
      </p>
      <DeliveryChart
        session={session}
        result={result}
        usual={usual}
        label={`Timeline of the run: segments, pauses and estimated pace. ${summary}`}
      />
      <DeliveryTable session={session} result={result} usual={usual} />
      <PauseList session={session} result={result} />
      <AudioPaceUpdate stats={whole} />
    </>
  );
}
