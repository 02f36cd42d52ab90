import { ALTITUDE_GUIDANCE } from '../../../../shared/content/guidance/contributionGuidance';
import { ALTITUDE_KEYS, type Altitude, type AltitudeKey } from '../../../../shared/model/contribution';
import { ProseField, TextField } from '../fields/StoryText';
import './contribution.css';

/** One altitude of the method: the explanation at that depth, and one line on why it is told that way. */
export function AltitudeCard({ altitude, value }: { altitude: AltitudeKey; value: Altitude }) {
  const guidance = ALTITUDE_GUIDANCE[altitude];
  const base = ['contribution', 'altitudes', altitude] as const;
  return (
    <li className="altitude-card">
      <span className="altitude-step" aria-hidden="true">
        {ALTITUDE_KEYS.indexOf(altitude) + 1}
      </span>
      <div className="altitude-fields">
        <ProseField path={[...base, 'text']} value={value.text} guidance={guidance.text} />
        <TextField path={[...base, 'why']} value={value.why} guidance={guidance.why} rows={1} />
      </div>
    </li>
  );
}
