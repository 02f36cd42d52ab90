import { useEffect, useRef, useState } from 'react';
import { BETS_GUIDANCE } from '../../../../shared/content/guidance/betsGuidance';
import { formatConfidence, parseConfidence } from '../../../../shared/story/parseConfidence';
import type { Path } from '../../../../shared/story/updateAt';
import { useApp } from '../../../store/StoreProvider';
import { Field } from '../fields/Field';

/**
 * A bet's confidence as typed ("70", "70 %"). A valid entry is recorded like any field; an
 * invalid one is shown with what to type instead and never stored, so the last good value stays.
 */
export function ConfidenceInput({ path, value }: { path: Path; value: number | null }) {
  const setField = useApp((s) => s.setField);
  const [text, setText] = useState(formatConfidence(value));
  const [error, setError] = useState<string | null>(null);

  // Follow the story when it changes from elsewhere (an undo), not when it echoes what was typed.
  const echoed = useRef(value);
  useEffect(() => {
    if (value === echoed.current) return;
    echoed.current = value;
    setText(formatConfidence(value));
    setError(null);
  }, [value]);

  const onChange = (next: string) => {
    setText(next);
    const parsed = parseConfidence(next);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    echoed.current = parsed.value;
    setField(path, () => parsed.value);
  };

  return (
    <Field path={path} guidance={BETS_GUIDANCE.fields.confidence}>
      {(c) => (
        <>
          <div className="confidence-control">
            <input
              id={c.id}
              className="input confidence-input"
              inputMode="numeric"
              autoComplete="off"
              maxLength={12}
              placeholder={c.placeholder}
              aria-describedby={error ? `${c.id}-error ${c.describedBy}` : c.describedBy}
              aria-invalid={error !== null}
              value={text}
              onChange={(e) => onChange(e.target.value)}
            />
            <span className="confidence-unit" aria-hidden="true">
              %
            </span>
          </div>
          {error && (
            <p id={`${c.id}-error`} className="field-error" role="alert">
              {error} {value === null ? 'Nothing is saved until it is fixed.' : `Still saved: ${value} %.`}
            </p>
          )}
        </>
      )}
    </Field>
  );
}
