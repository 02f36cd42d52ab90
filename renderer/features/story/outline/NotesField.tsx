import { useEffect, useRef } from 'react';
import { OUTLINE_GUIDANCE } from '../../../../shared/content/guidance/outlineGuidance';
import type { Beat } from '../../../../shared/model/outline';
import { notesWords } from '../../../../shared/story/outlineTiming';
import type { Path } from '../../../../shared/story/updateAt';
import { RichTextEditor } from '../../../editor/RichTextEditor';
import { useApp } from '../../../store/StoreProvider';
import { Field } from '../fields/Field';
import { BeatTimingLine } from './BeatTiming';
import { useLiveWords } from './liveWords';

/** How long typing may pause before the estimate catches up: quick enough to feel live. */
const COUNT_DELAY_MS = 150;

/**
 * A beat's speaker notes. Typing records the edit lazily like every prose field, and also counts
 * the words shortly after each pause, so the estimate follows the notes without a save and
 * without re-rendering anything but the timing displays.
 */
export function NotesField({ beat, path }: { beat: Beat; path: Path }) {
  const setField = useApp((s) => s.setField);
  const live = useLiveWords();
  const stored = useRef(beat.notes);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    stored.current = beat.notes;
  }, [beat.notes]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const notesPath = [...path, 'notes'];
  const guidance = OUTLINE_GUIDANCE.fields.notes;
  return (
    <Field path={notesPath} guidance={guidance}>
      {(c) => (
        <>
          <RichTextEditor
            id={c.id}
            value={beat.notes}
            label={`${guidance.label}, ${beat.title || 'this beat'}`}
            // "Speaker notes" plus the beat's bar ("beat 3: Main idea"): ten editors, ten names.
            labelId={`${c.labelId} record-${beat.id}-toggle`}
            describedBy={`${c.describedBy} ${c.id}-timing`}
            {...(c.placeholder ? { placeholder: c.placeholder } : {})}
            onChange={(read) => {
              setField(notesPath, read);
              if (timer.current) clearTimeout(timer.current);
              const typedOver = stored.current;
              timer.current = setTimeout(() => live.set(beat.id, notesWords(read()), typedOver), COUNT_DELAY_MS);
            }}
          />
          <BeatTimingLine beat={beat} id={`${c.id}-timing`} />
        </>
      )}
    </Field>
  );
}
