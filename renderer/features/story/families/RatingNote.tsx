import type { ChangeEvent } from 'react';
import { MAX_TEXT } from '../../../../shared/model/text';
import type { Story } from '../../../../shared/model/story';
import { withRating } from '../../../../shared/story/familyAxes';
import { useApp } from '../../../store/StoreProvider';
import { fieldDomId } from '../fields/fieldDomId';
import { fitHeight, useFitHeight } from '../fields/useFitHeight';
import { useNativeField } from '../fields/useNativeField';

interface Props {
  familyId: string;
  axisId: string;
  note: string;
  isStored: boolean;
  label: string;
}

/**
 * The note of a matrix cell. Typing is recorded lazily like every text field, except the first
 * keystroke in a cell that holds no rating yet: that one creates the rating at once, because a
 * lazy edit needs a place in the story to land.
 */
export function RatingNote({ familyId, axisId, note, isStored, label }: Props) {
  const changeStory = useApp((s) => s.changeStory);
  const path = ['families', 'items', { id: familyId }, 'ratings', axisId, 'note'] as const;
  // Uncontrolled, like every plain field, so the field's own undo takes back a whole typed run.
  const field = useNativeField<HTMLTextAreaElement>(path, note, fitHeight);
  useFitHeight(field.ref);

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    if (isStored) return field.onChange(event);
    const next = event.currentTarget.value;
    fitHeight(event.currentTarget);
    // Typing, not a structural change: the field's own undo covers it (null: not recorded).
    changeStory((story: Story) => ({ ...story, families: withRating(story.families, familyId, axisId, { note: next }) }), null);
  };

  return (
    <textarea
      {...field}
      id={fieldDomId(path)}
      className="textarea rating-note"
      rows={1}
      maxLength={MAX_TEXT}
      aria-label={label}
      placeholder="Why?"
      onChange={onChange}
    />
  );
}
