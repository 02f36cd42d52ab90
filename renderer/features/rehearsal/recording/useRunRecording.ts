/*
 * Recording tied to a run's timer: it starts when the run starts (if the user opted in), pauses
 * and resumes with it, marks each segment change, and on finishing stores the audio and puts
 * what the review needs (duration, markers) on the session.
 */
import { useEffect, useRef, useState } from 'react';
import type { RehearsalSession } from '../../../../shared/model/rehearsalSession';
import type { TimerStatus } from '../../../../shared/rehearsal/timer';
import { useApp } from '../../../store/StoreProvider';
import { startRunRecorder, type RunRecorder } from './startRunRecorder';

export type RecordingState = 'off' | 'starting' | 'recording' | 'paused' | 'failed';

export interface RunRecording {
  state: RecordingState;
  /** Stop, store the audio under the session's id, and return the session naming its recording. */
  attachTo(session: RehearsalSession): Promise<RehearsalSession>;
}

/** Record the run whose timer is at `status` and segment `index`, when `isEnabled`. */
export function useRunRecording(isEnabled: boolean, status: TimerStatus, index: number): RunRecording {
  const notify = useApp((s) => s.notify);
  const saveRecordingAudio = useApp((s) => s.saveRecordingAudio);
  // Whether the microphone came on; the state shown is derived from it and the run's status.
  const [outcome, setOutcome] = useState<'none' | 'on' | 'failed' | 'done'>('none');
  const recorder = useRef<RunRecorder | null>(null);
  const starting = useRef<Promise<RunRecorder | null> | null>(null);
  const isLive = status === 'running' || status === 'paused';

  // Start once, with the run.
  useEffect(() => {
    if (!isEnabled || !isLive || starting.current) return;
    starting.current = startRunRecorder().then((result) => {
      if (!result.ok) {
        setOutcome('failed');
        notify(result.message, 'error');
        return null;
      }
      recorder.current = result.recorder;
      setOutcome('on');
      return result.recorder;
    });
  }, [isEnabled, isLive, notify]);

  // Follow the run: pause, resume, segment changes.
  useEffect(() => {
    const current = recorder.current;
    if (!current) return;
    if (status === 'paused') current.pause();
    if (status === 'running') {
      current.resume();
      current.markSegment(index);
    }
  }, [status, index, outcome]);

  // Leaving mid-run releases the microphone and keeps nothing.
  useEffect(
    () => () => {
      void starting.current?.then((started) => started?.discard());
    },
    [],
  );

  const state: RecordingState =
    outcome === 'failed'
      ? 'failed'
      : outcome === 'on'
        ? status === 'paused'
          ? 'paused'
          : 'recording'
        : outcome === 'none' && isEnabled && isLive
          ? 'starting'
          : 'off';

  return {
    state,
    attachTo: async (session) => {
      const started = await starting.current;
      starting.current = null;
      recorder.current = null;
      if (!started) return session;
      setOutcome('done');
      const recorded = await started.stop();
      if (!recorded) {
        notify('The microphone captured no sound, so this run has no recording.', 'error');
        return session;
      }
      try {
        await saveRecordingAudio(session.id, { blob: recorded.blob, mimeType: recorded.mimeType });
        return { ...session, recording: recorded.info };
      } catch (error) {
        notify(`The recording could not be stored: ${error instanceof Error ? error.message : String(error)}`, 'error');
        return session;
      }
    },
  };
}
