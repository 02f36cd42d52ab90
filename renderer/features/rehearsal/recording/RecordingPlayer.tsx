import { useEffect, useRef, useState } from 'react';
import type { RehearsalSession } from '../../../../shared/model/rehearsalSession';
import { formatDuration } from '../../../../shared/time/duration';
import { useApp } from '../../../store/StoreProvider';
import { useRecordingUrl } from './useRecordingUrl';
import { errorMessage } from '../../../../shared/text/errorMessage';

/** Playback of a run's recording, with a button per segment to jump to where it starts. */
export function RecordingPlayer({ session }: { session: RehearsalSession }) {
  const deleteRecording = useApp((s) => s.deleteRecording);
  const notify = useApp((s) => s.notify);
  const audioRef = useRef<HTMLAudioElement>(null);
  const recording = useRecordingUrl(session.id);
  const [isDeleting, setIsDeleting] = useState(false);
  const info = session.recording;

  const url = recording.status === 'ready' ? recording.url : null;
  useEffect(() => fixUnknownDuration(audioRef.current), [url]);

  if (!info) return null;
  if (recording.status === 'loading') return <p className="review-quiet">Loading the recording…</p>;
  if (recording.status === 'missing') {
    return <p className="review-quiet">The audio of this recording could not be read from this machine.</p>;
  }

  const jump = (atMs: number) => {
    const audio = audioRef.current;
    if (!audio) return;
    audio.currentTime = atMs / 1000;
    audio.play().catch(() => undefined);
  };

  const remove = () => {
    setIsDeleting(true);
    deleteRecording(session.id).catch((error: unknown) => {
      setIsDeleting(false);
      notify(`The recording was not deleted: ${errorMessage(error)}`, 'error');
    });
  };

  return (
    <div className="recording-player">
      <audio ref={audioRef} controls preload="metadata" src={recording.url} aria-label="Recording of this run" />
      <p className="review-quiet">Recorded {formatDuration(info.durationMs)}. Jump to a segment:</p>
      <ul className="marker-list" aria-label="Segment markers">
        {info.markers.map((marker) => {
          const title = session.segments[marker.segmentIndex]?.title.trim() || `Segment ${marker.segmentIndex + 1}`;
          const at = formatDuration(marker.atMs, 'down');
          return (
            <li key={`${marker.segmentIndex}-${marker.atMs}`}>
              <button type="button" className="button button-small" onClick={() => jump(marker.atMs)}>
                {title} <span className="marker-at">{at}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button button-danger button-small" disabled={isDeleting} onClick={remove}>
        Delete recording
      </button>
    </div>
  );
}

/*
 * MediaRecorder writes WebM without a duration, so the player shows no length and its scrubber
 * cannot seek until the browser has read to the end. Seeking far past the end makes it do that.
 */
function fixUnknownDuration(audio: HTMLAudioElement | null): (() => void) | undefined {
  if (!audio) return undefined;
  const onMetadata = () => {
    if (audio.duration !== Infinity) return;
    const onDuration = () => {
      if (audio.duration === Infinity) return;
      audio.removeEventListener('durationchange', onDuration);
      audio.currentTime = 0;
    };
    audio.addEventListener('durationchange', onDuration);
    audio.currentTime = 1e9;
  };
  audio.addEventListener('loadedmetadata', onMetadata);
  return () => audio.removeEventListener('loadedmetadata', onMetadata);
}
