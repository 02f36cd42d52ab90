import { useEffect, useState } from 'react';
import { newId } from '../../../../shared/model/ids';
import type { RehearsalFormat } from '../../../../shared/model/rehearsalFormat';
import { formatDuration, parseDuration } from '../../../../shared/time/duration';
import {
  checkFormatDraft,
  draftFromFormat,
  type FormatDraft,
  type FormatProblem,
  type SegmentDraft,
} from '../../../../shared/rehearsal/formatDraft';
import { SegmentRow } from './SegmentRow';
import './formatEditor.css';

interface Props {
  format: RehearsalFormat;
  isNew: boolean;
  /** Whether a stored copy exists: an edited preset can be reset, the user's own deleted. */
  isStored: boolean;
  onSave(format: RehearsalFormat): Promise<void>;
  onRemove(): void;
  onCancel(): void;
}

const FIELD_IDS: Record<string, string> = { name: 'fmt-name', total: 'fmt-total', warnAt: 'fmt-warn', segments: 'fmt-add' };

function fieldId(field: string): string {
  return FIELD_IDS[field] ?? `fmt-seg-${field.slice('segment-'.length)}`;
}

function plannedMs(segments: readonly SegmentDraft[]): number | null {
  let sum = 0;
  for (const s of segments) {
    const parsed = parseDuration(s.budget, Number.POSITIVE_INFINITY);
    if (!parsed.ok) return null;
    sum += parsed.ms;
  }
  return sum;
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="field-error">
      {message}
    </p>
  ) : null;
}

/** Edit a preset or one of the user's formats: name, segments, budgets and the warning point. */
export function FormatEditor({ format, isNew, isStored, onSave, onRemove, onCancel }: Props) {
  const [draft, setDraft] = useState<FormatDraft>(() => draftFromFormat(format));
  const [problems, setProblems] = useState<FormatProblem[]>([]);
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const isOutline = draft.source === 'outline';
  const planned = plannedMs(draft.segments);
  // The button that opened the editor is gone: start keyboard focus where the user will type.
  useEffect(() => {
    document.getElementById('fmt-name')?.focus();
  }, []);

  const setSegments = (segments: SegmentDraft[]) => setDraft({ ...draft, segments });
  const move = (index: number, offset: -1 | 1) => {
    const segments = [...draft.segments];
    const [moved] = segments.splice(index, 1);
    if (moved) segments.splice(index + offset, 0, moved);
    setSegments(segments);
  };

  const save = async () => {
    const result = checkFormatDraft(draft, format.id, format.presetKey, format.warnAtFraction);
    if (!result.ok) {
      setProblems(result.problems);
      const first = result.problems[0];
      if (first) document.getElementById(fieldId(first.field))?.focus();
      return;
    }
    setProblems([]);
    await onSave(result.format);
  };

  return (
    <form
      className="format-editor"
      aria-labelledby="format-editor-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id="format-editor-title">{isNew ? 'New format' : `Edit “${format.name}”`}</h2>
      {problems.length > 0 && (
        <div className="format-problems" role="alert">
          <p>The format was not saved. Fix {problems.length === 1 ? 'this' : `these ${problems.length} problems`}:</p>
          <ul>
            {problems.map((p) => (
              <li key={p.field}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="format-fields">
        <div className="segment-field">
          <label htmlFor="fmt-name">Name</label>
          <input
            id="fmt-name"
            className="input"
            value={draft.name}
            aria-invalid={errorOf('name') !== undefined}
            aria-describedby={errorOf('name') ? 'fmt-name-error' : undefined}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
          <FieldError id="fmt-name-error" message={errorOf('name')} />
        </div>
        {isOutline && (
          <div className="segment-field">
            <label htmlFor="fmt-total">Length without a story</label>
            <input
              id="fmt-total"
              className="input"
              value={draft.total}
              aria-invalid={errorOf('total') !== undefined}
              aria-describedby={errorOf('total') ? 'fmt-total-error fmt-total-help' : 'fmt-total-help'}
              onChange={(e) => setDraft({ ...draft, total: e.target.value })}
            />
            <FieldError id="fmt-total-error" message={errorOf('total')} />
          </div>
        )}
        <div className="segment-field">
          <label htmlFor="fmt-warn">Warning point (% of each budget)</label>
          <input
            id="fmt-warn"
            className="input"
            inputMode="decimal"
            value={draft.warnAtPercent}
            aria-invalid={errorOf('warnAt') !== undefined}
            aria-describedby={errorOf('warnAt') ? 'fmt-warn-error fmt-warn-help' : 'fmt-warn-help'}
            onChange={(e) => setDraft({ ...draft, warnAtPercent: e.target.value })}
          />
          <FieldError id="fmt-warn-error" message={errorOf('warnAt')} />
        </div>
      </div>
      <p className="chooser-help" id="fmt-warn-help">
        A segment turns to “warning” once this share of its budget is used: 80 warns at 12:00 of a 15:00 segment.
      </p>
      {isOutline ? (
        <p className="chooser-help" id="fmt-total-help">
          This format follows the chosen story’s talk outline: one segment per beat, each beat’s budget scaled so the whole run
          lasts as long as the story’s talk. This length is used only when you rehearse with no story. Edit the beats and the talk
          length in the story’s talk outline.
        </p>
      ) : (
        <>
          <h3 className="format-segments-title">
            Segments{planned !== null && <span className="format-total"> · {formatDuration(planned)} in all</span>}
          </h3>
          <p className="chooser-help" id="fmt-budget-help">
            Budgets as minutes:seconds (2:30), minutes (2) or with units (90s).
          </p>
          <ol className="segment-rows">
            {draft.segments.map((segment, i) => (
              <SegmentRow
                key={segment.id}
                index={i}
                count={draft.segments.length}
                segment={segment}
                titleError={errorOf(`segment-${i}-title`)}
                budgetError={errorOf(`segment-${i}-budget`)}
                onChange={(next) => setSegments(draft.segments.map((s, j) => (j === i ? next : s)))}
                onMove={(offset) => move(i, offset)}
                onRemove={() => setSegments(draft.segments.filter((_, j) => j !== i))}
              />
            ))}
          </ol>
          <button
            id="fmt-add"
            type="button"
            className="button button-small"
            onClick={() => setSegments([...draft.segments, { id: newId(), title: '', budget: '5:00', tags: ['general'] }])}
          >
            Add segment
          </button>
        </>
      )}
      <div className="chooser-actions">
        <button type="submit" className="button button-primary">
          Save format
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        {isStored && (
          <button type="button" className="button button-danger format-remove" onClick={onRemove}>
            {format.presetKey ? 'Reset to the preset' : 'Delete format'}
          </button>
        )}
      </div>
    </form>
  );
}
