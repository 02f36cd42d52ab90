import type { TimerStatus } from '../../../../shared/rehearsal/timer';

interface Props {
  status: TimerStatus;
  isFirst: boolean;
  isLast: boolean;
  isNotesHidden: boolean;
  canChallenge: boolean;
  onToggle(): void;
  onPrevious(): void;
  onNext(): void;
  onChallenge(): void;
  onToggleNotes(): void;
  onFinish(): void;
}

const TOGGLE_LABEL: Record<TimerStatus, string> = { ready: 'Start', running: 'Pause', paused: 'Resume', finished: 'Finished' };

/** The run's buttons, each naming its key, for those who would rather click. */
export function RunControls(props: Props) {
  const isLive = props.status === 'running' || props.status === 'paused';
  return (
    <div className="run-controls" role="toolbar" aria-label="Run controls">
      <button
        type="button"
        className="button button-primary run-toggle"
        onClick={props.onToggle}
        disabled={props.status === 'finished'}
        aria-keyshortcuts="Space"
      >
        {TOGGLE_LABEL[props.status]} <kbd>Space</kbd>
      </button>
      <button
        type="button"
        className="button"
        onClick={props.onPrevious}
        disabled={!isLive || props.isFirst}
        aria-keyshortcuts="ArrowLeft"
      >
        Previous <kbd>←</kbd>
      </button>
      <button
        type="button"
        className="button"
        onClick={props.onNext}
        disabled={!isLive || props.isLast}
        aria-keyshortcuts="ArrowRight"
      >
        Next <kbd>→</kbd>
      </button>
      <button type="button" className="button" onClick={props.onChallenge} disabled={!props.canChallenge} aria-keyshortcuts="C">
        Challenge <kbd>C</kbd>
      </button>
      <button
        type="button"
        className="button"
        onClick={props.onToggleNotes}
        aria-pressed={props.isNotesHidden}
        aria-keyshortcuts="H"
      >
        Hide notes <kbd>H</kbd>
      </button>
      <button
        type="button"
        className="button"
        onClick={props.onFinish}
        disabled={props.status === 'finished'}
        aria-keyshortcuts="Escape"
      >
        {props.status === 'ready' ? 'Back' : 'Finish'} <kbd>Esc</kbd>
      </button>
    </div>
  );
}
