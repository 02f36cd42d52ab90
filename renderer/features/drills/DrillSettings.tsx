import { DEFAULT_ANSWER_MS } from '../../../shared/drills/answerClock';
import { msToSeconds, secondsToMs } from '../../../shared/time/duration';

/** The choices, in whole minutes' worth of seconds (the select's values). */
const LIMITS_SECONDS = [60, 120, 180, 300] as const;

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
            value={msToSeconds(limitMs)}
            onChange={(e) => onChange(secondsToMs(Number(e.target.value)))}
          >
            {LIMITS_SECONDS.map((seconds) => (
              <option key={seconds} value={seconds}>
                {seconds / 60} {seconds === 60 ? 'minute' : 'minutes'}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  );
}
