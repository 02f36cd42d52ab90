import { useSyncExternalStore } from 'react';
import type { Beat } from '../../../../shared/model/outline';
import { beatTiming, notesWords, type BeatTiming } from '../../../../shared/story/outlineTiming';
import { useApp } from '../../../store/StoreProvider';
import { useLiveWords } from './liveWords';

/** A beat's estimate against its budget, following the notes as they are typed. */
export function useBeatTiming(beat: Beat): BeatTiming {
  const live = useLiveWords();
  const wordsPerMinute = useApp((s) => s.preferences.wordsPerMinute);
  const liveCount = useSyncExternalStore(live.subscribe, () => live.get(beat.id, beat.notes));
  return beatTiming(beat, wordsPerMinute, liveCount ?? notesWords(beat.notes));
}
