import { useEffect, useRef } from 'react';
import { formatRelativeTime } from '../../../shared/text/formatRelativeTime';

/** New questions one more round of practice adds, on request, once today's are done. */
export const EXTRA_NEW = 5;

interface NothingDueProps {
  /** When the next practised question comes due, or null. */
  next: number | null;
  now: number;
  unseen: number;
  /** Take focus on appearing (right after the last rating), so the keyboard carries on from here. */
  shouldFocus: boolean;
  onMore(): void;
}

/** The end of today's drills: when to come back, and a way to take on more new questions. */
export function NothingDue({ next, now, unseen, shouldFocus, onMore }: NothingDueProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (shouldFocus) headingRef.current?.focus();
  }, [shouldFocus]);
  return (
    <div className="drills-done">
      <h2 ref={headingRef} tabIndex={-1}>
        Nothing due right now
      </h2>
      <p>
        {next === null
          ? 'Every question you have practised is resting.'
          : `The next question comes due ${formatRelativeTime(next, now)}.`}{' '}
        Spaced repetition works best in short daily sessions: come back then.
      </p>
      {unseen > 0 && (
        <button type="button" className="button" onClick={onMore}>
          Take {Math.min(EXTRA_NEW, unseen)} more new questions today
        </button>
      )}
    </div>
  );
}
