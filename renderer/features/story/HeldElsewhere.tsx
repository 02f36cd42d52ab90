import { useEffect, useRef } from 'react';
import { formatRoute } from '../../navigation/route';
import { useApp } from '../../store/StoreProvider';

/**
 * Shown instead of a story that another window or tab is editing: one writer at a time, so the
 * two can never write over each other's words. "Edit it here" asks the other window to save and
 * let go, then opens the story here with everything it saved.
 */
export function HeldElsewhere() {
  const takeOver = useApp((s) => s.takeOverStory);
  const title = useApp((s) => s.summaries.find((summary) => summary.id === s.heldElsewhere)?.title);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="workspace-message">
      <h1 ref={heading} tabIndex={-1}>
        {title ? `“${title}” is open in another window or tab` : 'This story is open in another window or tab'}
      </h1>
      <p>
        To keep the two from writing over each other, one window edits a story at a time. Edit it here and the other window saves
        what it has and stops editing.
      </p>
      <p className="workspace-message-actions">
        <button type="button" className="button button-primary" onClick={() => void takeOver()}>
          Edit it here
        </button>{' '}
        <a className="button" href={formatRoute({ name: 'library' })}>
          Back to the library
        </a>
      </p>
    </div>
  );
}
