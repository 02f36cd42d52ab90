import { useEffect, useRef, useState } from 'react';
import { SEVERITY_LABELS, type Finding } from '../../../shared/review/finding';
import { formatRoute } from '../../navigation/route';
import { navigate } from '../../navigation/useRoute';
import { DismissForm } from './DismissForm';
import { focusFieldWhenReady } from './focusField';

interface FindingItemProps {
  storyId: string;
  finding: Finding;
  onDismiss(reason: string): void;
}

/** One open finding: what is wrong, a link to the field, why a panel cares, and a way to dismiss it. */
export function FindingItem({ storyId, finding, onDismiss }: FindingItemProps) {
  const [isDismissing, setDismissing] = useState(false);
  const dismissRef = useRef<HTMLButtonElement>(null);
  const isCancelled = useRef(false);
  // Cancelling removes the form that held focus; put it back on Dismiss… rather than the page.
  useEffect(() => {
    if (isDismissing || !isCancelled.current) return;
    isCancelled.current = false;
    dismissRef.current?.focus();
  }, [isDismissing]);
  const route = { name: 'story', storyId, section: finding.section } as const;
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
            Dismiss…
          </button>
        )}
      </div>
      <p className="finding-message">
        <a
          href={formatRoute(route)}
          onClick={(e) => {
            e.preventDefault();
            navigate(route);
            focusFieldWhenReady(finding.path);
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
