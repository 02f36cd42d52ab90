import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { MAX_TEXT } from '../../../../shared/model/text';
import type { Story } from '../../../../shared/model/story';
import { withRating } from '../../../../shared/story/familyAxes';
import { useApp } from '../../../store/StoreProvider';
import { fieldDomId } from '../fields/fieldDomId';

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
  const setField = useApp((s) => s.setField);
  const changeStory = useApp((s) => s.changeStory);
  const [local, setLocal] = useState(note);
  const echoed = useRef(note);
  const ref = useRef<HTMLTextAreaElement>(null);
  const path = ['families', 'items', { id: familyId }, 'ratings', axisId, 'note'] as const;

  useEffect(() => {
    if (note === echoed.current) return;
    echoed.current = note;
    setLocal(note);
  }, [note]);

  // Grow with the text so a long note is read whole, not scrolled inside a small box.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + 2}px`;
  }, [local]);

  const update = (next: string) => {
    echoed.current = next;
    setLocal(next);
    if (isStored) setField(path, () => next);
    // Typing, not a structural change: the field's own undo covers it (null: not recorded).
    else
      changeStory((story: Story) => ({ ...story, families: withRating(story.families, familyId, axisId, { note: next }) }), null);
  };

  return (
    <textarea
      ref={ref}
      id={fieldDomId(path)}
      className="textarea rating-note"
      rows={1}
      maxLength={MAX_TEXT}
      aria-label={label}
      placeholder="Why?"
      value={local}
      onChange={(e) => update(e.target.value)}
    />
  );
}
