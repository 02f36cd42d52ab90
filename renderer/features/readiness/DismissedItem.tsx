import { SEVERITY_LABELS } from '../../../shared/review/finding';
import type { DismissedFinding } from '../../../shared/review/partitionFindings';

/** A finding the user set aside, with their reason and a way to bring it back. */
export function DismissedItem({ item, onRestore }: { item: DismissedFinding; onRestore(): void }) {
  const { finding, dismissal } = item;
  return (
    <li className="finding is-dismissed" data-rule={finding.ruleId}>
      <div className="finding-head">
        <span className="severity-tag">Dismissed {SEVERITY_LABELS[finding.severity].toLowerCase()}</span>
        <span className="finding-title">{finding.title}</span>
        <button type="button" className="button button-small button-quiet finding-dismiss" onClick={onRestore}>
          Restore
        </button>
      </div>
      <p className="finding-message">{finding.message}</p>
      <p className="dismiss-reason">
        <span className="visually-hidden">Reason: </span>“{dismissal.reason}”
      </p>
    </li>
  );
}
