import { useEffect, useMemo, useRef, useState } from 'react';
import { partitionCritiqueFindings, reviewCritique, type CritiqueFinding } from '../../../shared/critique/reviewCritique';
import type { Critique } from '../../../shared/model/critique';
import { SEVERITY_LABELS } from '../../../shared/review/finding';
import { withDismissal, withoutDismissal } from '../../../shared/review/partitionFindings';
import { useApp } from '../../store/StoreProvider';
import { DismissForm } from '../readiness/DismissForm';
import { focusFieldWhenReady } from '../readiness/focusField';
import { describeCounts } from '../readiness/severityText';

/**
 * The critique's review, in the style of the story's: each finding with its severity, what is
 * wrong (a link that takes the caret to the field), why a panel presses on it and the fix, and a
 * way to set it aside with a reason. It follows the critique as saved in the store, so it changes
 * on autosave, not per keystroke.
 */
export function CritiqueReview({ critique }: { critique: Critique }) {
  const changeCritique = useApp((s) => s.changeCritique);
  const findings = useMemo(() => reviewCritique(critique), [critique]);
  const { open, dismissed } = partitionCritiqueFindings(findings, critique.dismissed);
  const counts = { error: 0, warning: 0, hint: 0 };
  for (const finding of open) counts[finding.severity] += 1;
  const dismiss = (finding: CritiqueFinding, reason: string) =>
    changeCritique(
      (c) => ({ ...c, dismissed: withDismissal(c.dismissed, { key: finding.key, reason, at: Date.now() }) }),
      'dismissed a finding',
    );
  const restore = (key: string) =>
    changeCritique((c) => ({ ...c, dismissed: withoutDismissal(c.dismissed, key) }), 'brought back a dismissed finding');

  return (
    <section className="critique-review" aria-labelledby="critique-review-title" data-testid="critique-review">
      <h2 id="critique-review-title">Review</h2>
      <p className="critique-review-counts" role="status">
        {open.length === 0
          ? 'Nothing to fix: the critique is ready for the discussion.'
          : `To look at: ${describeCounts(counts)}.`}
        {dismissed.length > 0 && ` ${dismissed.length} dismissed.`}
      </p>
      {open.length > 0 && (
        <ul className="findings">
          {open.map((finding) => (
            <OpenFinding key={finding.key} finding={finding} onDismiss={(reason) => dismiss(finding, reason)} />
          ))}
        </ul>
      )}
      {dismissed.length > 0 && (
        <details className="readiness-dismissed">
          <summary>Dismissed ({dismissed.length})</summary>
          <ul className="findings">
            {dismissed.map(({ finding, reason }) => (
              <li key={finding.key} className="finding is-dismissed" data-rule={finding.ruleId}>
                <div className="finding-head">
                  <span className="severity-tag">Dismissed {SEVERITY_LABELS[finding.severity].toLowerCase()}</span>
                  <span className="finding-title">{finding.title}</span>
                  <button
                    type="button"
                    className="button button-small button-quiet finding-dismiss"
                    onClick={() => restore(finding.key)}
                  >
                    Restore<span className="visually-hidden"> “{finding.title}”</span>
                  </button>
                </div>
                <p className="finding-message">{finding.message}</p>
                <p className="dismiss-reason">
                  <span className="visually-hidden">Reason: </span>“{reason}”
                </p>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function OpenFinding({ finding, onDismiss }: { finding: CritiqueFinding; onDismiss(reason: string): void }) {
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
            Dismiss…<span className="visually-hidden"> “{finding.title}”</span>
          </button>
        )}
      </div>
      <p className="finding-message">
        <a
          href="#main"
          onClick={(event) => {
            event.preventDefault();
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
