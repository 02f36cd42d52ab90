import { useMemo } from 'react';
import { useApp } from '../../../store/StoreProvider';
import type { RecordingSetup } from './useRunRecording';

/** The recording setup a run screen takes, from the user's preference and the store. */
export function useRecordingSetup(): RecordingSetup {
  const isEnabled = useApp((s) => s.preferences.recordRehearsals === true);
  const notify = useApp((s) => s.notify);
  const saveAudio = useApp((s) => s.saveRecordingAudio);
  return useMemo(
    () => ({ isEnabled, notifyError: (message: string) => notify(message, 'error'), saveAudio }),
    [isEnabled, notify, saveAudio],
  );
}
