import { CHECK_STATUS_LABELS, openRisks, type Checklist, type CheckStatus } from '../../../../shared/model/checklist';
import { checklistProgress } from '../../../../shared/story/checklistProgress';
import './checklist.css';

/** The bar's order: settled first, open risks last, so the bar fills from the left as work is done. */
const BAR_ORDER: readonly CheckStatus[] = ['addressed', 'partly', 'notApplicable', 'notYet'];

interface Props {
  checklist: Checklist;
  titleOf(index: number): string;
  /** Bring an item into view and focus its status. */
  onJump(id: string): void;
}

/** How far the checklist is: the open risks first, then a bar and a count per status. */
export function ChecklistSummary({ checklist, titleOf, onJump }: Props) {
  const progress = checklistProgress(checklist);
  const risks = openRisks(checklist);
  const settled = progress.total - progress.open;
  return (
    <div className="checklist-summary">
      <p className="checklist-risks" role="status" data-testid="open-risks">
        <strong className={progress.open > 0 ? 'risk-count has-risks' : 'risk-count'}>
          {progress.open === 0 ? 'No open risks' : progress.open === 1 ? '1 open risk' : `${progress.open} open risks`}
        </strong>{' '}
        <span className="checklist-settled">
          · {settled} of {progress.total} items settled
        </span>
      </p>
      {progress.total > 0 && (
        <div className="checklist-bar" aria-hidden="true">
          {BAR_ORDER.map((status) =>
            progress.counts[status] > 0 ? (
              <span
                key={status}
                className="checklist-bar-part"
                data-status={status}
                style={{ flexGrow: progress.counts[status] }}
              />
            ) : null,
          )}
        </div>
      )}
      <ul className="checklist-legend" aria-label="Items by status">
        {BAR_ORDER.map((status) => (
          <li key={status} data-status={status}>
            <span className="checklist-swatch" aria-hidden="true" />
            {CHECK_STATUS_LABELS[status]}: {progress.counts[status]}
          </li>
        ))}
      </ul>
      {risks.length > 0 && (
        <details className="checklist-risk-list">
          <summary>Show the open risks</summary>
          <ul>
            {risks.map((item) => (
              <li key={item.id}>
                <button type="button" className="checklist-risk-link" onClick={() => onJump(item.id)}>
                  {titleOf(checklist.items.indexOf(item))}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
