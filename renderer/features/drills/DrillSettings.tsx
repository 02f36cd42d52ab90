import { DEFAULT_ANSWER_SECONDS } from '../../../shared/drills/answerClock';

const LIMITS = [60, 120, 180, 300] as const;

interface DrillSettingsProps {
  limitSeconds: number | null;
  onChange(limitSeconds: number | null): void;
}

/** Whether answers are timed, and for how long (two minutes unless the user picks otherwise). */
export function DrillSettings({ limitSeconds, onChange }: DrillSettingsProps) {
  const isTimed = limitSeconds !== null;
  return (
    <div className="drill-settings">
      <label className="checkbox-label">
        <input type="checkbox" checked={isTimed} onChange={(e) => onChange(e.target.checked ? DEFAULT_ANSWER_SECONDS : null)} />
        Time my answers
      </label>
      {isTimed && (
        <>
          <label htmlFor="drill-limit" className="visually-hidden">
            Time per answer
          </label>
          <select id="drill-limit" className="select" value={limitSeconds} onChange={(e) => onChange(Number(e.target.value))}>
            {LIMITS.map((seconds) => (
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
