import { useMemo } from 'react';
import { partitionCritiqueFindings, reviewCritique, type CritiqueFinding } from '../../../shared/critique/reviewCritique';
import type { Critique } from '../../../shared/model/critique';
import { withDismissal, withoutDismissal } from '../../../shared/review/partitionFindings';
import { useApp } from '../../store/StoreProvider';
import { DismissedItem } from '../readiness/DismissedItem';
import { FindingItem } from '../readiness/FindingItem';
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
            <FindingItem
              key={finding.key}
              finding={finding}
              href="#main"
              onFollow={() => focusFieldWhenReady(finding.path)}
              isButtonTitled
              onDismiss={(reason) => dismiss(finding, reason)}
            />
          ))}
        </ul>
      )}
      {dismissed.length > 0 && (
        <details className="readiness-dismissed">
          <summary>Dismissed ({dismissed.length})</summary>
          <ul className="findings">
            {dismissed.map(({ finding, reason }) => (
              <DismissedItem
                key={finding.key}
                finding={finding}
                reason={reason}
                isButtonTitled
                onRestore={() => restore(finding.key)}
              />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
