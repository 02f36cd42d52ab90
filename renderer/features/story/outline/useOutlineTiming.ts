import { useSyncExternalStore } from 'react';
import type { Outline } from '../../../../shared/model/outline';
import { outlineTiming, type OutlineTiming } from '../../../../shared/story/outlineTiming';
import { useApp } from '../../../store/StoreProvider';
import { useLiveWords } from './liveWords';

/** The outline's totals against the talk length, following notes as they are typed. */
export function useOutlineTiming(outline: Outline): OutlineTiming {
  const live = useLiveWords();
  const wordsPerMinute = useApp((s) => s.preferences.wordsPerMinute);
  useSyncExternalStore(live.subscribe, live.version);
  return outlineTiming(outline, wordsPerMinute, (beat) => live.get(beat.id, beat.notes));
}
