import { useEffect, useRef } from 'react';
import { formatRoute } from '../navigation/route';

/**
 * Shown instead of a story or critique that another window or tab is editing: one writer at a
 * time, so the two can never write over each other's words. "Edit it here" asks the other window
 * to save and let go, then opens the document here with everything it saved.
 */
export function HeldElsewhere({
  noun,
  title,
  onTakeOver,
}: {
  noun: 'story' | 'critique';
  title?: string;
  onTakeOver: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="workspace-message">
      <h1 ref={heading} tabIndex={-1}>
        {title ? `“${title}” is open in another window or tab` : `This ${noun} is open in another window or tab`}
      </h1>
      <p>
        To keep the two from writing over each other, one window edits a {noun} at a time. Edit it here and the other window saves
        what it has and stops editing.
      </p>
      <p className="workspace-message-actions">
        <button type="button" className="button button-primary" onClick={onTakeOver}>
          Edit it here
        </button>{' '}
        <a className="button" href={formatRoute({ name: 'library' })}>
          Back to the library
        </a>
      </p>
    </div>
  );
}
