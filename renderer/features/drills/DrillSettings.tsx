import { DEFAULT_ANSWER_MS } from '../../../shared/drills/answerClock';
import { MINUTE_MS, wholeMinutes } from '../../../shared/time/duration';

/** The choices, in whole minutes. */
const LIMITS_MINUTES = [1, 2, 3, 5] as const;

interface DrillSettingsProps {
  limitMs: number | null;
  onChange(limitMs: number | null): void;
}

/** Whether answers are timed, and for how long (two minutes unless the user picks otherwise). */
export function DrillSettings({ limitMs, onChange }: DrillSettingsProps) {
  const isTimed = limitMs !== null;
  return (
    <div className="drill-settings">
      <label className="checkbox-label">
        <input type="checkbox" checked={isTimed} onChange={(e) => onChange(e.target.checked ? DEFAULT_ANSWER_MS : null)} />
        Time my answers
      </label>
      {isTimed && (
        <>
          <label htmlFor="drill-limit" className="visually-hidden">
            Time per answer
          </label>
          <select
            id="drill-limit"
            className="select"
            value={wholeMinutes(limitMs)}
            onChange={(e) => onChange(Number(e.target.value) * MINUTE_MS)}
          >
            {LIMITS_MINUTES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes} {minutes === 1 ? 'minute' : 'minutes'}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  );
}
