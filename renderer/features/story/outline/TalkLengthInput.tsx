import { useState } from 'react';
import { OUTLINE_GUIDANCE } from '../../../../shared/content/guidance/outlineGuidance';
import { parseTalkMinutes } from '../../../../shared/story/parseTalkMinutes';
import { updateAt } from '../../../../shared/story/updateAt';
import { useApp } from '../../../store/StoreProvider';
import { fieldDomId } from '../fields/fieldDomId';

const PATH = ['outline', 'talkMinutes'] as const;

/** The length of the talk in minutes, checked when left or on Enter; Escape puts it back. */
export function TalkLengthInput({ minutes }: { minutes: number }) {
  const changeStory = useApp((s) => s.changeStory);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = fieldDomId(PATH);

  const commit = () => {
    if (draft === null) return;
    const parsed = parseTalkMinutes(draft);
    if (!parsed.ok) return setError(`${parsed.error} The talk stays ${minutes} minutes until then.`);
    setError(null);
    setDraft(null);
    if (parsed.minutes !== minutes) changeStory((s) => updateAt(s, PATH, parsed.minutes), 'changed the talk length');
  };

  return (
    <div className="talk-length">
      <label className="field-label" htmlFor={id}>
        {OUTLINE_GUIDANCE.fields.talkMinutes.label}
      </label>
      <div className="talk-length-row">
        <input
          id={id}
          className="input talk-length-input"
          inputMode="numeric"
          autoComplete="off"
          value={draft ?? String(minutes)}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-unit ${id}-error` : `${id}-unit`}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape' && draft !== null) {
              e.preventDefault();
              setDraft(null);
              setError(null);
            }
          }}
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
