/*
 * Recording tied to a run's timer: it starts when the run starts (if the user opted in), pauses
 * and resumes with it, marks each segment change, and on finishing stores the audio and puts
 * what the review needs (duration, markers) on the session.
 */
import { useEffect, useRef, useState } from 'react';
import type { RehearsalSession } from '../../../../shared/model/rehearsalSession';
import type { TimerStatus } from '../../../../shared/rehearsal/timer';
import { startRunRecorder, type RunRecorder } from './startRunRecorder';
import { errorMessage } from '../../../../shared/text/errorMessage';

/** What a run needs to record: whether to, where to say what went wrong, where to put the audio. */
export interface RecordingSetup {
  isEnabled: boolean;
  notifyError(message: string): void;
  saveAudio(sessionId: string, audio: { blob: Blob; mimeType: string }): Promise<void>;
}

export type RecordingState = 'off' | 'starting' | 'recording' | 'paused' | 'failed';

export interface RunRecording {
  state: RecordingState;
  /**
   * Hand the finished session on: at once when nothing was recorded; otherwise once the audio is
   * stored under the session's id, with the session naming its recording.
   */
  handOver(session: RehearsalSession, onDone: (session: RehearsalSession) => void): void;
}

/** Record the run whose timer is at `status` and segment `index`, if `setup` says to. */
export function useRunRecording(setup: RecordingSetup | undefined, status: TimerStatus, index: number): RunRecording {
  const isEnabled = setup?.isEnabled === true;
  const notifyError = setup?.notifyError;
  // Whether the microphone came on; the state shown is derived from it and the run's status.
  const [outcome, setOutcome] = useState<'none' | 'on' | 'failed' | 'done'>('none');
  const recorder = useRef<RunRecorder | null>(null);
  const starting = useRef<Promise<RunRecorder | null> | null>(null);
  const discardTimer = useRef<number | null>(null);
  const isLive = status === 'running' || status === 'paused';

  // Start once, with the run.
  useEffect(() => {
    // Mounted again straight after unmounting (React's strict mode does so): keep recording.
    if (discardTimer.current !== null) {
      window.clearTimeout(discardTimer.current);
      discardTimer.current = null;
    }
    if (!isEnabled || !isLive || starting.current) return;
    starting.current = startRunRecorder().then((result) => {
      if (!result.ok) {
        setOutcome('failed');
        notifyError?.(result.message);
        return null;
      }
      recorder.current = result.recorder;
      setOutcome('on');
      return result.recorder;
    });
  }, [isEnabled, isLive, notifyError]);

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

  // Unmounting releases the microphone. A run left halfway may still be handed over during this
  // same unmount (the run screen keeps such runs), so only a recording nobody claims is dropped.
  useEffect(
    () => () => {
      discardTimer.current = window.setTimeout(() => {
        discardTimer.current = null;
        const pending = starting.current;
        starting.current = null;
        recorder.current = null;
        void pending?.then((started) => started?.discard());
      }, 0);
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
    handOver: (session, onDone) => {
      const pending = starting.current;
      starting.current = null;
      recorder.current = null;
      if (!pending || !setup) return onDone(session);
      void pending
        .then(async (started) => {
          if (!started) return session;
          setOutcome('done');
          const recorded = await started.stop();
          if (!recorded) {
            setup.notifyError('The microphone captured no sound, so this run has no recording.');
            return session;
          }
          await setup.saveAudio(session.id, { blob: recorded.blob, mimeType: recorded.mimeType });
          return { ...session, recording: recorded.info };
        })
        .catch((error: unknown) => {
          setup.notifyError(`The recording could not be stored: ${errorMessage(error)}`);
          return session;
        })
        .then(onDone);
    },
  };
}
