import { BETS_GUIDANCE } from '../../../../shared/content/guidance/betsGuidance';
import { BET_STATUS_LABELS, BET_STATUSES, type BetStatus } from '../../../../shared/model/bets';
import type { Story } from '../../../../shared/model/story';
import { updateAt, type Path } from '../../../../shared/story/updateAt';
import { useApp } from '../../../store/StoreProvider';
import { Field } from '../fields/Field';

function isStatus(value: string): value is BetStatus {
  return (BET_STATUSES as readonly string[]).includes(value);
}

/** Where a bet stands; confirmed and refuted are its outcome and feed the calibration. */
export function StatusSelect({ path, value }: { path: Path; value: BetStatus }) {
  const changeStory = useApp((s) => s.changeStory);
  return (
    <Field path={path} guidance={BETS_GUIDANCE.fields.status}>
      {(c) => (
        <select
          id={c.id}
          className="select"
          aria-describedby={c.describedBy}
          value={value}
          onChange={(e) => {
            const next = e.target.value;
            if (isStatus(next)) changeStory((story: Story) => updateAt(story, path, next), 'changed the status of a bet');
          }}
        >
          {BET_STATUSES.map((status) => (
            <option key={status} value={status}>
              {BET_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
