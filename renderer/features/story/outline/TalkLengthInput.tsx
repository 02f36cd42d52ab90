import { OUTLINE_GUIDANCE } from '../../../../shared/content/guidance/outlineGuidance';
import { parseTalkLength } from '../../../../shared/story/parseTalkLength';
import { wholeMinutes } from '../../../../shared/time/duration';
import { updateAt } from '../../../../shared/story/updateAt';
import { useApp } from '../../../store/StoreProvider';
import { fieldDomId } from '../fields/fieldDomId';
import { useDraftInput } from '../fields/useDraftInput';

const PATH = ['outline', 'talkMs'] as const;

/** The length of the talk, typed in minutes, checked when left or on Enter; Escape puts it back. */
export function TalkLengthInput({ talkMs }: { talkMs: number }) {
  const minutes = wholeMinutes(talkMs);
  const changeStory = useApp((s) => s.changeStory);
  const id = fieldDomId(PATH);
  const { error, inputProps } = useDraftInput({
    shown: String(minutes),
    stored: talkMs,
    read: (draft) => {
      const parsed = parseTalkLength(draft);
      return parsed.ok ? { ok: true, value: parsed.ms } : parsed;
    },
    keptNote: `The talk stays ${minutes} minutes until then.`,
    commit: (value) => changeStory((s) => updateAt(s, PATH, value), 'changed the talk length'),
  });

  return (
    <div className="talk-length">
      <label className="field-label" htmlFor={id}>
        {OUTLINE_GUIDANCE.fields.talkMs.label}
      </label>
      <div className="talk-length-row">
        <input
          id={id}
          className="input talk-length-input"
          inputMode="numeric"
          autoComplete="off"
          aria-describedby={error ? `${id}-unit ${id}-error` : `${id}-unit`}
          {...inputProps}
        />
        <span id={`${id}-unit`}>minutes</span>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
