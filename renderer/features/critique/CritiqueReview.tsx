import { useMemo } from 'react';
import { reviewCritique } from '../../../shared/critique/reviewCritique';
import type { Critique } from '../../../shared/model/critique';
import { SEVERITY_LABELS } from '../../../shared/review/finding';
import { focusFieldWhenReady } from '../readiness/focusField';
import { describeCounts } from '../readiness/severityText';

/**
 * The critique's review, in the style of the story's: each finding with its severity, what is
 * wrong (a link that takes the caret to the field), why a panel presses on it, and the fix. It
 * follows the critique as saved in the store, so it changes on autosave, not per keystroke.
 */
export function CritiqueReview({ critique }: { critique: Critique }) {
  const findings = useMemo(() => reviewCritique(critique), [critique]);
  const counts = { error: 0, warning: 0, hint: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return (
    <section className="critique-review" aria-labelledby="critique-review-title" data-testid="critique-review">
      <h2 id="critique-review-title">Review</h2>
      <p className="critique-review-counts" role="status">
        {findings.length === 0
          ? 'Nothing to fix: the critique is ready for the discussion.'
          : `To look at: ${describeCounts(counts)}.`}
      </p>
      {findings.length > 0 && (
        <ul className="findings">
          {findings.map((finding) => (
            <li
              key={`${finding.ruleId}@${JSON.stringify(finding.path)}`}
              className={`finding severity-${finding.severity}`}
              data-rule={finding.ruleId}
            >
              <div className="finding-head">
                <span className={`severity-tag severity-${finding.severity}`}>{SEVERITY_LABELS[finding.severity]}</span>
                <span className="finding-title">{finding.title}</span>
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
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
