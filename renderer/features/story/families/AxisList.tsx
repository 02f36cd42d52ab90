import type { KeyboardEvent } from 'react';
import { FAMILIES_GUIDANCE } from '../../../../shared/content/guidance/familiesGuidance';
import { newId } from '../../../../shared/model/ids';
import type { Axis, FamiliesSection } from '../../../../shared/model/families';
import type { Story } from '../../../../shared/model/story';
import {
  addAxis,
  axisLabel,
  countRemovedRatings,
  duplicateAxisNames,
  moveAxis,
  removeAxis,
  type RemovedAxis,
} from '../../../../shared/story/familyAxes';
import { useApp } from '../../../store/StoreProvider';
import { fieldDomId } from '../fields/fieldDomId';
import { TextInput } from '../fields/TextInput';
import { moveStep } from './moveStep';
import { useFocusAfterRender } from './useFocusAfterRender';

const G = FAMILIES_GUIDANCE.fields.axes;
/** The schema's limit on axes. */
export const MAX_AXES = 30;

const nameId = (axis: Axis) => fieldDomId(['families', 'axes', { id: axis.id }, 'name']);
const ADD_ID = 'families-axes-add';

/**
 * The comparison axes: rename in place, add, reorder (↑/↓ buttons or Alt+↑/↓), and remove with
 * undo. Removing an axis takes its ratings along and undo brings them back (familyAxes.ts).
 */
export function AxisList({ axes }: { axes: readonly Axis[] }) {
  const changeStory = useApp((s) => s.changeStory);
  const notify = useApp((s) => s.notify);
  const undoChange = useApp((s) => s.undoChange);
  const focusAfter = useFocusAfterRender();
  const duplicates = duplicateAxisNames(axes);

  const edit = (recipe: (section: FamiliesSection) => FamiliesSection, label: string) =>
    changeStory((story: Story) => ({ ...story, families: recipe(story.families) }), label);

  const add = () => {
    if (axes.length >= MAX_AXES) return;
    const axis = { id: newId(), name: '' };
    edit((section) => addAxis(section, axis), 'added an axis');
    focusAfter(nameId(axis));
  };

  const move = (index: number, to: number, focusId: string) => {
    if (to < 0 || to >= axes.length) return;
    edit((section) => moveAxis(section, index, to), `moved the axis “${axisLabel(axes[index] as Axis, index)}”`);
    focusAfter(focusId);
  };

  const remove = (axis: Axis, index: number) => {
    // changeStory runs the recipe at once, so what it took is known right after the call.
    const taken: { removed: RemovedAxis | null } = { removed: null };
    const entry = edit(
      (section) => {
        const result = removeAxis(section, axis.id);
        taken.removed = result.removed;
        return result.section;
      },
      `removed the axis “${axisLabel(axis, index)}”`,
    );
    const neighbour = axes[index + 1] ?? axes[index - 1];
    focusAfter(neighbour ? nameId(neighbour) : ADD_ID);
    const removed = taken.removed;
    if (!removed || entry === null) return;
    const ratings = countRemovedRatings(removed);
    const what = ratings === 0 ? '' : ` and its ${ratings === 1 ? 'rating' : `${ratings} ratings`}`;
    notify(`Removed the axis “${axisLabel(axis, index)}”${what}.`, 'info', {
      label: 'Undo',
      run: () => void undoChange(entry),
    });
  };

  const onKeyDown = (event: KeyboardEvent, axis: Axis, index: number) => {
    const step = moveStep(event);
    if (step === 0) return;
    event.preventDefault();
    event.stopPropagation();
    move(index, index + step, nameId(axis));
  };

  return (
    <div className="axis-editor">
      <ol className="axis-list" aria-label="Comparison axes">
        {axes.map((axis, index) => {
          const label = axisLabel(axis, index);
          return (
            <li key={axis.id} className="axis-item" onKeyDown={(e) => onKeyDown(e, axis, index)}>
              <span className="axis-index" aria-hidden="true">
                {index + 1}
              </span>
              <TextInput
                path={['families', 'axes', { id: axis.id }, 'name']}
                value={axis.name}
                id={nameId(axis)}
                aria-label={`Name of axis ${index + 1}`}
                placeholder={G.placeholder}
              />
              <button
                type="button"
                id={`axis-${axis.id}-up`}
                className="button button-quiet icon-button"
                aria-label={`Move axis ${label} up`}
                disabled={index === 0}
                onClick={() => move(index, index - 1, `axis-${axis.id}-up`)}
              >
                ↑
              </button>
              <button
                type="button"
                id={`axis-${axis.id}-down`}
                className="button button-quiet icon-button"
                aria-label={`Move axis ${label} down`}
                disabled={index === axes.length - 1}
                onClick={() => move(index, index + 1, `axis-${axis.id}-down`)}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button-quiet icon-button button-danger"
                aria-label={`Remove axis ${label}`}
                onClick={() => remove(axis, index)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ol>
      {duplicates.length > 0 && (
        <p className="axis-warning" role="status">
          {duplicates.map((name) => `“${name}”`).join(', ')} {duplicates.length === 1 ? 'names' : 'name'} more than one axis:
          rename one so the matrix columns can be told apart.
        </p>
      )}
      <button type="button" id={ADD_ID} className="button button-small" onClick={add} disabled={axes.length >= MAX_AXES}>
        + Add axis
      </button>
      {axes.length >= MAX_AXES && (
        <p className="record-limit">A story holds at most {MAX_AXES} axes: remove one to add another.</p>
      )}
    </div>
  );
}
