/*
 * What went wrong when recording could not start, told so the user knows what to do. Browsers
 * report getUserMedia failures as DOMException names.
 */

export type MicrophoneProblem = 'missing' | 'denied' | 'busy' | 'unsupported' | 'other';

/** Which problem a getUserMedia or MediaRecorder error name points to. */
export function classifyMicrophoneError(name: string): MicrophoneProblem {
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'missing';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'NotReadableError' || name === 'AbortError' || name === 'TrackStartError') return 'busy';
  if (name === 'NotSupportedError' || name === 'TypeError') return 'unsupported';
  return 'other';
}

const MESSAGES: Record<MicrophoneProblem, string> = {
  missing: 'No microphone was found. Connect one (or turn it on) and start the run again; it will go on without recording.',
  denied:
    'Viva was not allowed to use the microphone, so this run is not being recorded. Allow microphone access for Viva in your system settings, then start a new run.',
  busy: 'The microphone could not be started: another app may be using it. This run is not being recorded.',
  unsupported: 'This window cannot record audio, so this run is not being recorded.',
  other: 'Recording could not start, so this run is not being recorded.',
};

/** A message for the user about the problem an error name points to. */
export function describeMicrophoneError(name: string): string {
  return MESSAGES[classifyMicrophoneError(name)];
}
