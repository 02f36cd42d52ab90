import { DEFAULT_ANSWER_MS } from '../../../shared/drills/answerClock';

const LIMITS_MS = [60_000, 120_000, 180_000, 300_000] as const;

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
          <select id="drill-limit" className="select" value={limitMs} onChange={(e) => onChange(Number(e.target.value))}>
            {LIMITS_MS.map((ms) => (
              <option key={ms} value={ms}>
                {ms / 60_000} {ms === 60_000 ? 'minute' : 'minutes'}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  );
}
