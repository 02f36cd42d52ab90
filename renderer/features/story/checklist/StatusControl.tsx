import { CHECK_STATUS_LABELS, CHECK_STATUSES, type ChecklistItem } from '../../../../shared/model/checklist';
import { updateAt } from '../../../../shared/story/updateAt';
import { useApp } from '../../../store/StoreProvider';
import { fieldDomId } from '../fields/fieldDomId';
import './checklist.css';

/**
 * The status of one checklist item as a radio group: arrow keys move between statuses, and the
 * group is named after its item. The checked radio carries the field's DOM id, so a review
 * finding about the status focuses the control a keyboard user would change.
 */
export function StatusControl({ item, title }: { item: ChecklistItem; title: string }) {
  const changeStory = useApp((s) => s.changeStory);
  const path = ['checklist', 'items', { id: item.id }, 'status'] as const;
  const id = fieldDomId(path);
  return (
    <fieldset className="status-control">
      <legend className="visually-hidden">Status of {title}</legend>
      {CHECK_STATUSES.map((status) => (
        <label key={status} className="status-option" data-status={status}>
          <input
            type="radio"
            name={`${id}-radio`}
            value={status}
            id={item.status === status ? id : undefined}
            checked={item.status === status}
            onChange={() => changeStory((story) => updateAt(story, path, status), `set the status of ${title}`)}
          />
          {CHECK_STATUS_LABELS[status]}
        </label>
      ))}
    </fieldset>
  );
}
