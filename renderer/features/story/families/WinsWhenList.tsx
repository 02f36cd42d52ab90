import type { KeyboardEvent } from 'react';
import { FAMILIES_GUIDANCE } from '../../../../shared/content/guidance/familiesGuidance';
import { newId } from '../../../../shared/model/ids';
import type { Family, WinsWhen } from '../../../../shared/model/families';
import { insertAt, moveItem, removeById } from '../../../../shared/story/listOps';
import { getAt, updateAt, type Path } from '../../../../shared/story/updateAt';
import { useApp } from '../../../store/StoreProvider';
import { Field } from '../fields/Field';
import { fieldDomId } from '../fields/fieldDomId';
import { TextInput } from '../fields/TextInput';
import { moveStep } from './moveStep';
import { useFocusAfterRender } from './useFocusAfterRender';

const G = FAMILIES_GUIDANCE.fields.winsWhen;
const MAX_CONDITIONS = 50;

/**
 * The "wins when…" conditions of a family, one per line: Enter starts the next one, Alt+↑/↓
 * reorders, × deletes with undo.
 */
export function WinsWhenList({ family, familyLabel }: { family: Family; familyLabel: string }) {
  const changeStory = useApp((s) => s.changeStory);
  const notify = useApp((s) => s.notify);
  const undoChange = useApp((s) => s.undoChange);
  const focusAfter = useFocusAfterRender();
  const listPath: Path = ['families', 'items', { id: family.id }, 'winsWhen'];
  const textId = (condition: WinsWhen) => fieldDomId([...listPath, { id: condition.id }, 'text']);
  const conditions = family.winsWhen;

  const update = (recipe: (list: WinsWhen[]) => WinsWhen[], label: string) =>
    changeStory((story) => updateAt(story, listPath, recipe((getAt(story, listPath) as WinsWhen[] | undefined) ?? [])), label);

  const add = (at = conditions.length) => {
    if (conditions.length >= MAX_CONDITIONS) return;
    const condition = { id: newId(), text: '' };
    update((list) => insertAt(list, at, condition), `added a condition to ${familyLabel}`);
    focusAfter(textId(condition));
  };

  const remove = (condition: WinsWhen, index: number) => {
    const entry = update((list) => removeById(list, condition.id), `deleted a condition of ${familyLabel}`);
    const neighbour = conditions[index + 1] ?? conditions[index - 1];
    focusAfter(neighbour ? textId(neighbour) : `${fieldDomId(listPath)}-add`);
    const text = condition.text.trim();
    notify(`Deleted a condition of ${familyLabel}${text ? `: “${text.slice(0, 40)}”` : ''}.`, 'info', {
      label: 'Undo',
      run: () => void (entry !== null && undoChange(entry)),
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, condition: WinsWhen, index: number) => {
    if (event.key === 'Enter' && !event.altKey && !event.shiftKey) {
      event.preventDefault();
      add(index + 1);
      return;
    }
    const step = moveStep(event);
    if (step === 0) return;
    event.preventDefault();
    event.stopPropagation();
    const to = index + step;
    if (to < 0 || to >= conditions.length) return;
    update((list) => moveItem(list, index, to), `moved a condition of ${familyLabel}`);
    focusAfter(textId(condition));
  };

  return (
    <Field path={listPath} guidance={G}>
      {(control) => (
        <div
          className="wins-when"
          id={control.id}
          tabIndex={-1}
          role="group"
          aria-labelledby={control.labelId}
          aria-describedby={control.describedBy}
        >
          {conditions.length > 0 && (
            <ol className="wins-when-list">
              {conditions.map((condition, index) => (
                <li key={condition.id} className="wins-when-item">
                  <span className="wins-when-marker" aria-hidden="true">
                    when
                  </span>
                  <TextInput
                    path={[...listPath, { id: condition.id }, 'text']}
                    value={condition.text}
                    id={textId(condition)}
                    aria-label={`Condition ${index + 1} under which ${familyLabel} wins`}
                    placeholder={index === 0 ? G.placeholder : undefined}
                    onKeyDown={(e) => onKeyDown(e, condition, index)}
                  />
                  <button
                    type="button"
                    className="button button-quiet icon-button button-danger"
                    aria-label={`Delete condition ${index + 1} of ${familyLabel}`}
                    onClick={() => remove(condition, index)}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ol>
          )}
          <button
            type="button"
            id={`${fieldDomId(listPath)}-add`}
            className="button button-small"
            disabled={conditions.length >= MAX_CONDITIONS}
            onClick={() => add()}
          >
            + Add condition
          </button>
        </div>
      )}
    </Field>
  );
}
