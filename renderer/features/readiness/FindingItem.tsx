import { useEffect, useRef, useState } from 'react';
import { SEVERITY_LABELS, type Finding } from '../../../shared/review/finding';
import { DismissForm } from './DismissForm';
import { TitleForScreenReaders } from './TitleForScreenReaders';

/** What a finding row shows: the same for a story's findings and a critique's. */
export type ShownFinding = Pick<Finding, 'ruleId' | 'severity' | 'title' | 'message' | 'why' | 'fix'>;

interface FindingItemProps {
  finding: ShownFinding;
  /** Where the message links to, and what following it does besides (it takes the caret to the field). */
  href: string;
  onFollow(): void;
  /** Whether Dismiss… also names the finding to screen readers, where one list holds findings of many fields. */
  isButtonTitled?: boolean;
  onDismiss(reason: string): void;
}

/** One open finding: what is wrong, a link to the field, why a panel cares, and a way to dismiss it. */
export function FindingItem({ finding, href, onFollow, isButtonTitled = false, onDismiss }: FindingItemProps) {
  const [isDismissing, setDismissing] = useState(false);
  const dismissRef = useRef<HTMLButtonElement>(null);
  const isCancelled = useRef(false);
  // Cancelling removes the form that held focus; put it back on Dismiss… rather than the page.
  useEffect(() => {
    if (isDismissing || !isCancelled.current) return;
    isCancelled.current = false;
    dismissRef.current?.focus();
  }, [isDismissing]);
  return (
    <li className={`finding severity-${finding.severity}`} data-rule={finding.ruleId}>
      <div className="finding-head">
        <span className={`severity-tag severity-${finding.severity}`}>{SEVERITY_LABELS[finding.severity]}</span>
        <span className="finding-title">{finding.title}</span>
        {!isDismissing && (
          <button
            ref={dismissRef}
            type="button"
            className="button button-small button-quiet finding-dismiss"
            onClick={() => setDismissing(true)}
          >
            Dismiss…{isButtonTitled && <TitleForScreenReaders title={finding.title} />}
          </button>
        )}
      </div>
      <p className="finding-message">
        <a
          href={href}
          onClick={(e) => {
            e.preventDefault();
            onFollow();
          }}
        >
          {finding.message}
        </a>
      </p>
      <details className="finding-why">
        <summary>Why a panel asks, and how to fix it</summary>
        <p>{finding.why}</p>
        <p>
          <strong>Fix:</strong> {finding.fix}
        </p>
      </details>
      {isDismissing && (
        <DismissForm
          onDismiss={onDismiss}
          onCancel={() => {
            isCancelled.current = true;
            setDismissing(false);
          }}
        />
      )}
    </li>
  );
}
