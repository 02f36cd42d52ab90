import type { Beat } from '../../../../shared/model/outline';
import { describeBeatLong, describeBeatShort } from '../../../../shared/story/describeTiming';
import { useApp } from '../../../store/StoreProvider';
import { useBeatTiming } from './useBeatTiming';

/** The beat's estimate in its folded bar: "1:10 of 2:00 · fits", marked when over. */
export function BeatSummary({ beat }: { beat: Beat }) {
  const timing = useBeatTiming(beat);
  return (
    <span className={`beat-timing is-${timing.status}`} data-testid="beat-summary">
      {timing.status === 'over' && (
        <span className="beat-timing-mark" aria-hidden="true">
          ▲{' '}
        </span>
      )}
      {describeBeatShort(timing)}
    </span>
  );
}

/** The beat's estimate in a sentence, under its notes. */
export function BeatTimingLine({ beat, id }: { beat: Beat; id: string }) {
  const timing = useBeatTiming(beat);
  const wordsPerMinute = useApp((s) => s.preferences.wordsPerMinute);
  return (
    <p id={id} className={`beat-timing-line is-${timing.status}`} data-testid="beat-timing">
      {describeBeatLong(timing, wordsPerMinute)}
    </p>
  );
}
