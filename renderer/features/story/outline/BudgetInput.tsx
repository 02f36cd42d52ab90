import { MAX_BEAT_MS, type Beat } from '../../../../shared/model/outline';
import { formatDuration, parseDuration } from '../../../../shared/time/duration';
import { updateAt, type Path } from '../../../../shared/story/updateAt';
import { useApp } from '../../../store/StoreProvider';
import { fieldDomId } from '../fields/fieldDomId';
import { useDraftInput } from '../fields/useDraftInput';

/**
 * A beat's time budget, typed as minutes:seconds. What is typed is checked when the field is
 * left or Enter is pressed; a bad entry is kept on screen with the reason, and the stored budget
 * stays as it was until it is fixed. Escape puts the stored budget back.
 */
export function BudgetInput({ beat, path }: { beat: Beat; path: Path }) {
  const changeStory = useApp((s) => s.changeStory);
  const stored = formatDuration(beat.budgetMs);
  const id = fieldDomId([...path, 'budgetMs']);
  const { error, inputProps } = useDraftInput({
    shown: stored,
    stored: beat.budgetMs,
    read: (draft) => {
      const parsed = parseDuration(draft, MAX_BEAT_MS);
      return parsed.ok ? { ok: true, value: parsed.ms } : parsed;
    },
    keptNote: `The budget stays ${stored} until then.`,
    commit: (ms) => changeStory((s) => updateAt(s, [...path, 'budgetMs'], ms), 'changed a beat’s budget'),
  });

  return (
    <div className="beat-budget">
      <label className="field-label" htmlFor={id}>
        Time budget
      </label>
      <input
        id={id}
        className="input beat-budget-input"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder="m:ss"
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        {...inputProps}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        minutes:seconds, e.g. 2:30
      </span>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
