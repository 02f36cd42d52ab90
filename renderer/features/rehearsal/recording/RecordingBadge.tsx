import type { RecordingState } from './useRunRecording';
import './recording.css';

const LABELS: Partial<Record<RecordingState, string>> = {
  starting: 'Starting the microphone…',
  recording: 'Recording',
  paused: 'Recording paused',
  failed: 'Not recording',
};

/** Says, while a run lasts, whether the microphone is being recorded. */
export function RecordingBadge({ state }: { state: RecordingState }) {
  const label = LABELS[state];
  if (!label) return null;
  return (
    <span className={`recording-badge recording-${state}`} data-testid="recording-badge">
      <span className="recording-dot" aria-hidden="true" />
      {label}
    </span>
  );
}
