import { audioPaceOffer } from '../../../../shared/delivery/describeDelivery';
import type { DeliveryStats } from '../../../../shared/model/deliveryAnalysis';
import { useApp } from '../../../store/StoreProvider';
import { errorMessage } from '../../../../shared/text/errorMessage';

/** The pace estimated from the recording, offered (never applied unasked) as the user's pace. */
export function AudioPaceUpdate({ stats }: { stats: DeliveryStats }) {
  const current = useApp((s) => s.preferences.wordsPerMinute);
  const updatePreferences = useApp((s) => s.updatePreferences);
  const notify = useApp((s) => s.notify);
  const offer = audioPaceOffer(stats);

  if (!offer.ok) return <p className="review-quiet">{offer.message}</p>;
  if (offer.wordsPerMinute === current) {
    return <p className="review-quiet">The estimated pace is already your pace in the preferences.</p>;
  }
  const apply = () => {
    updatePreferences({ wordsPerMinute: offer.wordsPerMinute }).then(
      () =>
        notify(
          `Speaking pace set to ${offer.wordsPerMinute} words per minute, from the sound of this run; outline estimates now use it.`,
        ),
      (error: unknown) => notify(`The pace was not saved: ${errorMessage(error)}`, 'error'),
    );
  };
  return (
    <div className="pace-update">
      <button type="button" className="button" onClick={apply}>
        Use the estimate as my pace: {current} → {offer.wordsPerMinute} words per minute
      </button>
    </div>
  );
}
