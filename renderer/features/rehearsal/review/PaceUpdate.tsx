import type { RehearsalSession } from '../../../../shared/model/rehearsalSession';
import { measurePace } from '../../../../shared/rehearsal/measurePace';
import { formatDuration } from '../../../../shared/time/duration';
import { useApp } from '../../../store/StoreProvider';
import { errorMessage } from '../../../../shared/text/errorMessage';

/** The pace measured in this run, and a button to make it the pace the outline estimates use. */
export function PaceUpdate({ session }: { session: RehearsalSession }) {
  const current = useApp((s) => s.preferences.wordsPerMinute);
  const updatePreferences = useApp((s) => s.updatePreferences);
  const notify = useApp((s) => s.notify);
  const pace = measurePace(session);

  if (!pace.ok) return <p className="review-quiet">{pace.message}</p>;

  const apply = () => {
    updatePreferences({ wordsPerMinute: pace.wordsPerMinute }).then(
      () => notify(`Speaking pace set to ${pace.wordsPerMinute} words per minute; outline estimates now use it.`),
      (error: unknown) => notify(`The pace was not saved: ${errorMessage(error)}`, 'error'),
    );
  };

  return (
    <div className="pace-update">
      <p>
        You spoke the outline's {pace.words} words in {formatDuration(pace.speakingMs)} (challenge answers left out):{' '}
        <strong>{pace.wordsPerMinute} words per minute</strong>.
      </p>
      {pace.wordsPerMinute === current ? (
        <p className="review-quiet">That is already your pace in the preferences.</p>
      ) : (
        <button type="button" className="button" onClick={apply}>
          Use as my pace: {current} → {pace.wordsPerMinute} words per minute
        </button>
      )}
    </div>
  );
}
