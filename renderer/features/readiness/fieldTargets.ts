/*
 * Where to put the caret for a finding. A finding names a field by its path; the field may be a
 * plain control, a rich-text editor, a whole list (focus its "Add" button), or sit in a record
 * that is folded (focus the record's toggle). Candidates are tried most specific first.
 */
import type { Path } from '../../../shared/story/updateAt';
import { fieldDomId } from '../story/fields/fieldDomId';

/** DOM ids that may hold a finding's field, the best first. */
export function fieldTargetIds(path: Path): string[] {
  const ids: string[] = [];
  for (let length = path.length; length > 0; length--) {
    const prefix = path.slice(0, length);
    const last = prefix[length - 1]!;
    if (typeof last === 'string') {
      ids.push(fieldDomId(prefix), `${fieldDomId(prefix)}-add`);
    } else {
      ids.push(`record-${last.id}-toggle`, `record-${last.id}`);
    }
  }
  return ids;
}

const FOCUSABLE = 'input, textarea, select, button, a[href], [tabindex], [contenteditable="true"]';

/**
 * The element to focus for a candidate: the control itself, the editable inside a rich-text
 * editor's wrapper (null until the editor has drawn it), or the first control inside a group.
 */
export function focusableIn(element: HTMLElement): HTMLElement | null {
  if (element.matches(FOCUSABLE)) return element;
  const editable = element.querySelector<HTMLElement>('[contenteditable="true"]');
  if (editable || element.classList.contains('rich-text')) return editable;
  return element.querySelector<HTMLElement>(FOCUSABLE);
}
