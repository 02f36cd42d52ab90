/*
 * Records the microphone during a run with MediaRecorder. The recorder pauses with the run, and
 * keeps where each segment starts in the audio so the review can jump there. Audio stays in
 * memory until the run ends; nothing leaves the machine.
 */
import type { RecordingInfo } from '../../../../shared/model/rehearsalSession';
import {
  describeMicrophoneError,
  type MicrophoneProblem,
  classifyMicrophoneError,
} from '../../../../shared/rehearsal/describeMicrophoneError';
import {
  pauseRecordingClock,
  recordedMs,
  resumeRecordingClock,
  startRecordingClock,
  type RecordingClock,
} from '../../../../shared/rehearsal/recordingClock';

export interface RecordedRun {
  blob: Blob;
  mimeType: string;
  info: RecordingInfo;
}

export interface RunRecorder {
  /** Note that segment `segmentIndex` starts now. */
  markSegment(segmentIndex: number): void;
  pause(): void;
  resume(): void;
  /** Stop and hand back the audio, or null if nothing was captured. */
  stop(): Promise<RecordedRun | null>;
  /** Stop, throw the audio away and release the microphone. */
  discard(): void;
}

export type StartedRecorder = { ok: true; recorder: RunRecorder } | { ok: false; problem: MicrophoneProblem; message: string };

const MAX_MARKERS = 200;
// Opus in WebM is what Chromium records best; speech needs little more than 48 kbit/s.
const PREFERRED_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus'];

function failure(name: string): StartedRecorder {
  return { ok: false, problem: classifyMicrophoneError(name), message: describeMicrophoneError(name) };
}

function errorName(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? error.name : 'Error';
}

/** Ask for the microphone and start recording, or say why it cannot. */
export async function startRunRecorder(now: () => number = () => performance.now()): Promise<StartedRecorder> {
  if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) return failure('NotSupportedError');
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
  } catch (error) {
    return failure(errorName(error));
  }
  const mimeType = PREFERRED_TYPES.find((type) => MediaRecorder.isTypeSupported(type));
  let media: MediaRecorder;
  try {
    media = new MediaRecorder(stream, { ...(mimeType ? { mimeType } : {}), audioBitsPerSecond: 48_000 });
    media.start(1000);
  } catch (error) {
    stream.getTracks().forEach((track) => track.stop());
    return failure(errorName(error));
  }
  return { ok: true, recorder: createRecorder(media, stream, now) };
}

function createRecorder(media: MediaRecorder, stream: MediaStream, now: () => number): RunRecorder {
  const chunks: Blob[] = [];
  let clock: RecordingClock = startRecordingClock(now());
  const markers: RecordingInfo['markers'] = [{ segmentIndex: 0, atMs: 0 }];
  media.addEventListener('dataavailable', (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  });
  const release = () => stream.getTracks().forEach((track) => track.stop());

  return {
    markSegment(segmentIndex) {
      const atMs = Math.round(recordedMs(clock, now()));
      const last = markers[markers.length - 1];
      if (last?.segmentIndex === segmentIndex) return;
      // Going back and forth within a second keeps only where the user settled.
      if (last && atMs - last.atMs < 1000 && markers.length > 1) {
        markers.pop();
        if (markers[markers.length - 1]?.segmentIndex === segmentIndex) return;
      }
      if (markers.length < MAX_MARKERS) markers.push({ segmentIndex, atMs });
    },
    pause() {
      clock = pauseRecordingClock(clock, now());
      if (media.state === 'recording') media.pause();
    },
    resume() {
      clock = resumeRecordingClock(clock, now());
      if (media.state === 'paused') media.resume();
    },
    stop() {
      const durationMs = Math.round(recordedMs(clock, now()));
      return new Promise((resolve) => {
        const finish = () => {
          release();
          const type = media.mimeType || chunks[0]?.type || 'audio/webm';
          const blob = new Blob(chunks, { type });
          resolve(blob.size === 0 ? null : { blob, mimeType: type, info: { mimeType: type, durationMs, markers: [...markers] } });
        };
        if (media.state === 'inactive') return finish();
        media.addEventListener('stop', finish, { once: true });
        media.stop();
      });
    },
    discard() {
      if (media.state !== 'inactive') media.stop();
      release();
      chunks.length = 0;
    },
  };
}
