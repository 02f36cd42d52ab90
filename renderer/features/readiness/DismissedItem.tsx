import { SEVERITY_LABELS } from '../../../shared/review/finding';
import type { ShownFinding } from './FindingItem';
import { TitleForScreenReaders } from './TitleForScreenReaders';

interface DismissedItemProps {
  finding: ShownFinding;
  reason: string;
  /** Whether Restore also names the finding to screen readers, where one list holds findings of many fields. */
  isButtonTitled?: boolean;
  onRestore(): void;
}

/** A finding the user set aside, with their reason and a way to bring it back. */
export function DismissedItem({ finding, reason, isButtonTitled = false, onRestore }: DismissedItemProps) {
  return (
    <li className="finding is-dismissed" data-rule={finding.ruleId}>
      <div className="finding-head">
        <span className="severity-tag">Dismissed {SEVERITY_LABELS[finding.severity].toLowerCase()}</span>
        <span className="finding-title">{finding.title}</span>
        <button type="button" className="button button-small button-quiet finding-dismiss" onClick={onRestore}>
          Restore{isButtonTitled && <TitleForScreenReaders title={finding.title} />}
        </button>
      </div>
      <p className="finding-message">{finding.message}</p>
      <p className="dismiss-reason">
        <span className="visually-hidden">Reason: </span>“{reason}”
      </p>
    </li>
  );
}
